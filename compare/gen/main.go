// Command gen writes sample reports of a question set, the same for the
// same seed on every machine, to try and time itcheck compare on a round
// of any size:
//
//	go run ./compare/gen -n 10000 -out /tmp/round
//	time itcheck compare /tmp/round --format markdown > /dev/null
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"itcheck/compare"
	"itcheck/questions"
)

func main() {
	n := flag.Int("n", 1000, "how many reports")
	out := flag.String("out", "round", "folder to write them to (created if missing)")
	set := flag.String("questions", "questions.yaml", "question set the reports answer")
	seed := flag.Uint64("seed", 1, "seed of the generator")
	flag.Parse()
	if err := run(*n, *out, *set, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(n int, out, setPath string, seed uint64) error {
	data, err := os.ReadFile(setPath)
	if err != nil {
		return err
	}
	s, err := questions.Parse(setPath, data)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	err = compare.Generate(s, n, seed, func(smp compare.Sample) error {
		return os.WriteFile(filepath.Join(out, smp.Name), smp.Data, 0o644)
	})
	if err != nil {
		return err
	}
	fmt.Printf("%d reports of %s %s written to %s\n", n, s.ID, s.Version, out)
	return nil
}

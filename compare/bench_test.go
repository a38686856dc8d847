package compare

import (
	"fmt"
	"os"
	"testing"

	"itcheck/questions"
)

// builtin loads the question set the program ships with.
func builtin(tb testing.TB) *questions.Set {
	tb.Helper()
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	s, err := questions.Parse("questions.yaml", data)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// generated makes n sample reports of s in memory and a reader for them.
func generated(tb testing.TB, s *questions.Set, n int) ([]string, func(string) ([]byte, error)) {
	tb.Helper()
	files := map[string][]byte{}
	var names []string
	err := Generate(s, n, 1, func(smp Sample) error {
		names = append(names, smp.Name)
		files[smp.Name] = smp.Data
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return names, func(name string) ([]byte, error) {
		data, ok := files[name]
		if !ok {
			return nil, fmt.Errorf("cannot read %s: no such file", name)
		}
		return data, nil
	}
}

func benchmarkCompare(b *testing.B, n int) {
	s := builtin(b)
	names, read := generated(b, s, n)
	var out []byte
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		c, err := Compare(s, names, read, Options{})
		if err != nil {
			b.Fatal(err)
		}
		out = c.Markdown(Meta{Tool: "itcheck"})
	}
	b.StopTimer()
	if len(out) == 0 {
		b.Fatal("nothing rendered")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/report")
}

// BenchmarkCompare1000 and BenchmarkCompare10000 measure a whole
// comparison of generated reports of the built-in set, from the bytes of
// each report to the rendered markdown; generating them is not measured.
// The reports are held in memory, so reading files is not measured
// either. Reproduce the files with: go run ./compare/gen -n 10000.
func BenchmarkCompare1000(b *testing.B)  { benchmarkCompare(b, 1000) }
func BenchmarkCompare10000(b *testing.B) { benchmarkCompare(b, 10000) }

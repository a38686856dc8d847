package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"itcheck/questions"
	"itcheck/report"
	"itcheck/scoring"
)

// testedMarker, on the line before a ```sh block in README.md, marks the
// block's commands as ones TestReadmeExamples runs.
const testedMarker = "<!-- tested -->"

// readmeCommand is one command of a tested block and where it stands.
type readmeCommand struct {
	line int
	text string
}

// testedCommands returns the commands of the README's tested blocks: every
// non-empty line that is not a comment, with lines ending in a backslash
// joined to the next.
func testedCommands(data []byte) []readmeCommand {
	var cmds []readmeCommand
	sc := bufio.NewScanner(bytes.NewReader(data))
	n, marked, inBlock := 0, false, false
	var pending *readmeCommand
	for sc.Scan() {
		n++
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case !inBlock && marked && trimmed == "```sh":
			inBlock, marked = true, false
			continue
		case !inBlock:
			marked = trimmed == testedMarker
			continue
		case trimmed == "```":
			inBlock = false
			continue
		}
		if pending != nil {
			pending.text += " " + strings.TrimSuffix(trimmed, `\`)
		} else if trimmed != "" && !strings.HasPrefix(trimmed, "#") {
			pending = &readmeCommand{line: n, text: strings.TrimSuffix(trimmed, `\`)}
		}
		if pending != nil && !strings.HasSuffix(trimmed, `\`) {
			pending.text = strings.Join(strings.Fields(pending.text), " ")
			cmds = append(cmds, *pending)
			pending = nil
		}
	}
	return cmds
}

var (
	goRunRE  = regexp.MustCompile(`(^|\|\s*)go run \.(\s|$)`)
	jqPipeRE = regexp.MustCompile(`\s*\|\s*jq(\s|$)`)
)

// TestReadmeExamples runs the README's tested examples (see testedMarker)
// with the real binary, in a temporary folder holding a copy of examples/
// and questions.yaml, so nothing is written into the repository. Each
// command must start with "itcheck " or "go run . " and exit 0; pipes into
// jq are cut off when jq is not installed.
func TestReadmeExamples(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	cmds := testedCommands(data)
	if len(cmds) == 0 {
		t.Fatal("README.md has no tested blocks (" + testedMarker + " before a ```sh block); its examples would go unchecked")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	_, jqErr := exec.LookPath("jq")
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	build := exec.Command("go", "build", "-buildvcs=false", "-o", filepath.Join(bin, "itcheck"), ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	work := filepath.Join(dir, "work")
	copyTree(t, "examples", filepath.Join(work, "examples"))
	copyTree(t, "questions.yaml", filepath.Join(work, "questions.yaml"))
	env := append(os.Environ(),
		"PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"NO_COLOR=1",
		"XDG_STATE_HOME="+filepath.Join(dir, "state"),
	)
	for _, c := range cmds {
		text := goRunRE.ReplaceAllString(c.text, "${1}itcheck$2")
		if !strings.HasPrefix(text, "itcheck ") && text != "itcheck" {
			t.Errorf("README.md:%d: a tested command starts with itcheck or go run .: %s", c.line, c.text)
			continue
		}
		if jqErr != nil {
			if loc := jqPipeRE.FindStringIndex(text); loc != nil {
				t.Logf("README.md:%d: jq is not installed; running the command without it", c.line)
				text = text[:loc[0]]
			}
		}
		cmd := exec.Command(bash, "-o", "pipefail", "-c", text)
		cmd.Dir, cmd.Env = work, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("README.md:%d: %s\n%v\n%s", c.line, c.text, err, out)
			continue
		}
		t.Logf("README.md:%d: %s: ok", c.line, c.text)
	}
}

func TestTestedCommands(t *testing.T) {
	readme := "# Title\n\n```sh\nitcheck not-tested\n```\n\n" + testedMarker + "\n```sh\n" +
		"# a comment\nitcheck report --answers a.yaml\n\ngo run . report \\\n  --answers b.yaml | jq .index\n```\n" +
		testedMarker + "\n\n```sh\nitcheck not-tested-either\n```\n"
	got := testedCommands([]byte(readme))
	want := []readmeCommand{{10, "itcheck report --answers a.yaml"}, {12, "go run . report --answers b.yaml | jq .index"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("command %d: got %v, want %v", i, got[i], want[i])
		}
	}
	if s := goRunRE.ReplaceAllString(want[1].text, "${1}itcheck$2"); s != "itcheck report --answers b.yaml | jq .index" {
		t.Errorf("go run . rewritten to %q", s)
	}
	if loc := jqPipeRE.FindStringIndex(want[1].text); loc == nil || want[1].text[:loc[0]] != "go run . report --answers b.yaml" {
		t.Errorf("jq pipe not found in %q", want[1].text)
	}
}

// TestExamples checks every answers file in examples/ against the report
// next to it: scoring the answers (with the report's date) gives the
// report, and scoring the report gives it again, byte for byte.
func TestExamples(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("examples/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	for _, yaml := range files {
		md := strings.TrimSuffix(yaml, ".yaml") + ".md"
		t.Run(filepath.Base(yaml), func(t *testing.T) {
			want, err := os.ReadFile(md)
			if err != nil {
				t.Fatalf("%s has no report next to it: %v", yaml, err)
			}
			fm, err := report.ParseReport(md, want)
			if err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{
				{"report", "--answers", yaml, "--date", fm.Date, "--format", "markdown"},
				{"report", "--answers", md, "--format", "markdown"},
			} {
				var stdout, stderr bytes.Buffer
				if code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr); code != 0 {
					t.Fatalf("itcheck %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
				}
				if !bytes.Equal(stdout.Bytes(), want) {
					t.Errorf("itcheck %s differs from %s; regenerate the examples (see testdata/script/examples.txtar)",
						strings.Join(args, " "), md)
				}
			}
		})
	}
}

// copyTree copies a file or a folder.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestReadmeCalibration holds the README's table of calibration cases to
// what the built-in set gives each answers file in examples/calibration:
// the index, the band and every area's verdict.
func TestReadmeCalibration(t *testing.T) {
	data, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(data), "<!-- calibration -->\n")
	if !ok {
		t.Fatal("README.md has no <!-- calibration --> table")
	}
	table, _, _ = strings.Cut(table, "\n\n")
	set, err := questions.Parse(builtinName, builtinSet)
	if err != nil {
		t.Fatal(err)
	}
	short := map[string]string{"it": "IT", "leadership": "Leadership", "shared": "Shared", "cloudy": "Nobody", "unknown": "Not known"}
	rows := 0
	for _, line := range strings.Split(table, "\n") {
		cells := strings.Split(line, " | ")
		if len(cells) != 7 || !regexp.MustCompile(`^\| C\d+$`).MatchString(cells[0]) || cells[3] == "" {
			continue
		}
		id := strings.TrimPrefix(cells[0], "| C")
		files, _ := filepath.Glob(filepath.Join("examples", "calibration", fmt.Sprintf("c%02s-*.yaml", id)))
		if len(files) != 1 {
			t.Errorf("C%s: %d answers files", id, len(files))
			continue
		}
		raw, err := os.ReadFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		a, err := questions.ParseAnswers(files[0], raw)
		if err != nil {
			t.Fatal(err)
		}
		r := scoring.Score(set, a)
		var areas []string
		for i := range r.Areas {
			areas = append(areas, short[r.Areas[i].Reason()])
		}
		got := fmt.Sprintf("%d | %s | %s", r.Index, r.Band.ID, strings.Join(areas, " / "))
		if want := strings.Join(cells[3:6], " | "); got != want {
			t.Errorf("README row C%s says %q; %s gives %q", id, want, files[0], got)
		}
		rows++
	}
	if rows != 11 {
		t.Errorf("checked %d calibration rows of the README, want 11", rows)
	}
}

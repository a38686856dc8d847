package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/creack/pty"

	"itcheck/questions"
	"itcheck/report"
)

// TestCheckOutStdoutInPTY: with --out -, the interactive check writes the
// markdown report to standard output (here a file) and the verdict with
// the screens, on the terminal; no file named - appears.
func TestCheckOutStdoutInPTY(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the binary and drives it in a terminal")
	}
	set, err := questions.Parse(builtinName, builtinSet)
	if err != nil {
		t.Fatal(err)
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	stdout, err := os.Create(filepath.Join(dir, "stdout.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	cmd := ptyCommand(dir, []string{"NO_COLOR=1"}, bin, "--out", "-", "--date", "2026-11-27")
	cmd.Stdout = stdout // the pty becomes stdin and stderr only
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 30})
	if err != nil {
		t.Fatal(err)
	}
	s := attachPTY(t, cmd, tty, 100, 30)

	s.waitFor("Who is answering?")
	s.send(keyEnter)
	n := 0
	for i, area := range set.Areas {
		s.waitFor(fmt.Sprintf("Area %d of %d", i+1, len(set.Areas)))
		for _, q := range area.Questions {
			n++
			s.waitFor(fmt.Sprintf("Question %d of %d", n, set.QuestionCount()))
			if q.Multi() {
				s.send("x")
			}
			s.send(keyEnter)
		}
		s.waitFor("Notes for your team")
		s.send(keyEnter)
	}
	s.finishReview()
	data, err := os.ReadFile(stdout.Name())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := report.ParseReport("stdout.md", data); err != nil {
		t.Fatalf("standard output is not a report: %v\n%s", err, data)
	}
	if strings.Contains(string(data), "Report written to") {
		t.Errorf("the verdict went to standard output with the report")
	}
	out := regexp.MustCompile(`\x1b\[[0-9;]*m`).ReplaceAllString(s.output(), "")
	if !strings.Contains(out, "Accountability index") || !strings.Contains(out, "Report written to standard output") {
		t.Errorf("the verdict is not on the terminal; output:\n%s", out)
	}
	if _, err := os.Lstat(filepath.Join(dir, "-")); err == nil {
		t.Errorf("a file named - was written")
	}
}

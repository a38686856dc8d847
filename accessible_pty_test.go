//go:build unix

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"itcheck/drafts"
)

// In a terminal, ctrl+d at a plain prompt ends the input: the check stops
// at that prompt, names it, keeps what was answered (exit 130) and prints
// no prompt after it.
func TestAccessibleEndOfInputInPTY(t *testing.T) {
	set, bin := terminalTest(t)
	dir := t.TempDir()
	s := startPTY(t, dir, 100, 30, []string{"NO_COLOR=1"}, bin, "--accessible", "--date", "2026-11-27")
	s.waitFor("Who is answering?")
	s.send("3\r") // IT lead
	s.waitFor("Question 1 of 15")
	s.send("1\r")
	s.waitFor("Question 2 of 15")
	s.send("\x04") // ctrl+d: the end of the input
	if code := s.wait(); code != 130 {
		t.Fatalf("exit code %d, want 130; output:\n%q", code, s.output())
	}
	q1, q2 := &set.Areas[0].Questions[0], &set.Areas[0].Questions[1]
	line := fmt.Sprintf("Stopped: the input ended at question 2 of 15, “%s”. Your answers are kept: run itcheck again to resume.", q2.Text)
	// In a terminal the message is wrapped between words to its width.
	s.waitOutput("again to resume.")
	if out := strings.Join(strings.Fields(s.output()), " "); !strings.Contains(out, line) {
		t.Errorf("output never said %q:\n%s", line, s.output())
	}
	if out := s.output(); strings.Contains(out, "Question 3 of 15") || strings.Contains(out, "Notes for your team") {
		t.Errorf("prompts shown after the input ended:\n%s", out)
	}
	d, err := drafts.Store{Dir: filepath.Join(dir, ".state", "itcheck")}.Load(set.ID)
	if err != nil || d == nil || d.Role != "it-lead" || len(d.Answers) != 1 {
		t.Fatalf("draft %+v, %v; want the role and one answer", d, err)
	}
	if got, want := strings.Join(d.Answers[q1.ID].IDs, ","), q1.Options[0].ID; got != want {
		t.Errorf("draft answer to %s = %s, want %s", q1.ID, got, want)
	}
}

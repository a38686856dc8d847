package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"itcheck/report"
)

// TestCheckInPTY answers every question of the built-in set by keys in a
// real terminal and checks the saved report holds every answer.
func TestCheckInPTY(t *testing.T) {
	set, bin := terminalTest(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "report.md")
	s := startPTY(t, dir, 100, 30, []string{"NO_COLOR=1"}, bin, "--out", out, "--date", "2026-11-27", "--explain")

	s.waitFor("Who is answering?")
	s.send(keyDown, keyDown, keyEnter) // IT lead
	n := 0
	for i, area := range set.Areas {
		s.waitFor(fmt.Sprintf("Area %d of %d", i+1, len(set.Areas)))
		for _, q := range area.Questions {
			n++
			s.waitFor(fmt.Sprintf("Question %d of %d", n, set.QuestionCount()))
			if q.Multi() {
				s.send("x") // tick the first option
			} else if n%2 == 0 {
				s.send(keyDown) // vary the answers: every other question takes its second option
			}
			s.send(keyEnter)
		}
		s.waitFor("Notes for your team")
		s.send(keyEnter)
	}
	s.finishReview()
	for _, want := range []string{"Accountability index", "Why each area landed where it did"} {
		if !strings.Contains(s.output(), want) {
			t.Errorf("the verdict lacks %q (--explain); output:\n%s", want, s.output())
		}
	}

	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	fm, err := report.ParseReport(out, data)
	if err != nil {
		t.Fatal(err)
	}
	if fm.Role != "it-lead" {
		t.Errorf("role = %q, want it-lead", fm.Role)
	}
	n = 0
	for _, area := range set.Areas {
		for _, q := range area.Questions {
			n++
			c, ok := fm.Choices[q.ID]
			if !ok {
				t.Errorf("front matter lacks question %s", q.ID)
				continue
			}
			want := q.Options[0].ID
			if !q.Multi() && n%2 == 0 {
				want = q.Options[1].ID
			}
			if len(c.IDs) != 1 || c.IDs[0] != want {
				t.Errorf("%s = %v, want %s", q.ID, c.IDs, want)
			}
		}
	}
}

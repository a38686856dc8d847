//go:build unix

package main

import (
	"fmt"
	"strings"
	"testing"

	"itcheck/questions"
)

// On a 40x12 terminal, the cursor of a multi-choice question stays in
// view: ticking its last option shows the tick.
func TestMultiSmallTerminalInPTY(t *testing.T) {
	set, bin := terminalTest(t)
	dir := t.TempDir()
	s := startPTY(t, dir, 40, 12, []string{"NO_COLOR=1"}, bin, "--out", dir+"/r.md")
	s.waitFor("Who is answering?")
	s.send(keyEnter)
	n := 0
	var multi *questions.Question
	for i := range set.Areas {
		for j := range set.Areas[i].Questions {
			q := &set.Areas[i].Questions[j]
			n++
			s.waitFor(fmt.Sprintf("Question %d of %d", n, set.QuestionCount()))
			if q.Multi() {
				multi = q
				break
			}
			s.send(keyEnter)
		}
		if multi != nil {
			break
		}
		s.waitFor(fmt.Sprintf("Area %d of %d · Notes", i+1, len(set.Areas)))
		s.send(keyEnter)
	}
	if multi == nil {
		t.Fatal("the built-in set has no multi-choice question")
	}
	for range len(multi.Options) - 1 {
		s.send(keyDown)
	}
	s.send("x")
	last := multi.Options[len(multi.Options)-1].Label
	s.waitFor("> ✓ " + last)
	if !strings.Contains(s.screen(), "ctrl+c quit") {
		t.Errorf("the keys are not shown:\n%s", s.screen())
	}
	s.send(keyCtrlC)
	s.wait()
}

// On a 40-column terminal, the line telling a stop is wrapped between
// words: no line of it starts with a space, and the command to type is
// whole.
func TestStopLineSmallTerminalInPTY(t *testing.T) {
	set, bin := terminalTest(t)
	dir := t.TempDir()
	s := stopAfterOneAnswer(t, set, bin, dir)
	s.waitFor("again to resume.")
	screen := s.screen()
	for _, l := range strings.Split(screen, "\n") {
		if strings.HasPrefix(l, " ") {
			t.Errorf("a line starts with a space:\n%s", screen)
		}
	}
	if !strings.Contains(screen, "Stopped (ctrl+c). Your answers are kept:\nrun itcheck again to resume.") {
		t.Errorf("the stop is not told in two lines cut between words:\n%s", screen)
	}
}

// On a 40-column terminal, the question whether to resume shows every
// key whole, and no empty line inside its bar.
func TestResumeChoiceSmallTerminalInPTY(t *testing.T) {
	set, bin := terminalTest(t)
	dir := t.TempDir()
	stopAfterOneAnswer(t, set, bin, dir)

	r := startPTY(t, dir, 40, 12, []string{"NO_COLOR=1"}, bin, "--out", dir+"/r.md")
	r.waitFor("Start afresh")
	r.waitFor("n Start afresh")
	screen := r.screen()
	for _, want := range []string{"←/→ toggle", "enter submit", "y Resume"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the key %q is not shown whole:\n%s", want, screen)
		}
	}
	for _, l := range strings.Split(screen, "\n") {
		if strings.TrimSpace(l) == "┃" {
			t.Errorf("an empty line in the bar:\n%s", screen)
		}
		if strings.Contains(l, "…") {
			t.Errorf("a line is cut:\n%s", screen)
		}
	}
	r.send(keyEnter)
	r.waitFor(fmt.Sprintf("Question 2 of %d", set.QuestionCount()))
	r.send(keyCtrlC)
	r.wait()
}

// stopAfterOneAnswer starts the check on a 40x12 terminal in dir, answers
// the role and the first question, and stops it with ctrl+c, leaving a
// draft with one answer.
func stopAfterOneAnswer(t *testing.T, set *questions.Set, bin, dir string) *ptySession {
	t.Helper()
	s := startPTY(t, dir, 40, 12, []string{"NO_COLOR=1"}, bin, "--out", dir+"/r.md")
	s.waitFor("Who is answering?")
	s.send(keyEnter)
	s.waitFor(fmt.Sprintf("Question 1 of %d", set.QuestionCount()))
	s.send(keyEnter)
	s.waitFor(fmt.Sprintf("Question 2 of %d", set.QuestionCount()))
	s.send(keyCtrlC)
	s.wait()
	return s
}

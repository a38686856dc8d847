//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"itcheck/drafts"
)

// Two runs at once never lose an answer: the second is told another run
// is answering and keeps a separate draft; the first finishes (its report
// and draft are its own); the second is killed with kill -9, and every
// answer it gave is in its draft, which the next run resumes.
func TestConcurrentRunsKeepEveryAnswer(t *testing.T) {
	set, bin := terminalTest(t)
	w := newWalk(set)
	want := expectedReport(t, bin, set)
	dir := t.TempDir()
	store := drafts.Store{Dir: filepath.Join(dir, ".state", "itcheck")}
	outA, outB := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	args := func(out string, more ...string) []string {
		return append([]string{"--out", out, "--date", "2026-11-27"}, more...)
	}

	a := startPTY(t, dir, 100, 30, []string{"NO_COLOR=1"}, bin, args(outA)...)
	w.run(a, 0, w.questionStep(3), 0)

	b := startPTY(t, dir, 100, 30, []string{"NO_COLOR=1"}, bin, args(outB)...)
	b.waitFor(fmt.Sprintf("Another itcheck (process %d, started", a.cmd.Process.Pid))
	b.waitFor("Separate draft")
	b.send(keyEnter)
	b.waitFor("Who is answering?")
	b.send(keyEnter)   // the first role
	const bAnswers = 5 // into the second area
	for i := 1; i < w.questionStep(bAnswers+1); i++ {
		b.waitFor(w.steps[i].wait)
		b.send(keyEnter) // the first option; no note
	}
	b.waitFor(fmt.Sprintf("Question %d of %d", bAnswers+1, set.QuestionCount()))

	// The first run finishes while the second answers.
	w.run(a, w.questionStep(3), len(w.steps), 0)
	if code := a.wait(); code != 0 {
		t.Fatalf("first run: exit code %d; screen:\n%s", code, a.screen())
	}
	if got, err := os.ReadFile(outA); err != nil || string(got) != string(want) {
		t.Errorf("the first run's report is not its answers (%v):\n%s", err, got)
	}
	if _, err := os.Stat(store.Path(set.ID)); !os.IsNotExist(err) {
		t.Errorf("the first run's draft is still there once its report is saved (%v)", err)
	}

	if err := b.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	b.wait()
	d, err := store.Slot(2).Load(set.ID)
	if err != nil || d == nil {
		t.Fatalf("the second run's draft is gone after kill -9: %v", err)
	}
	if d.Role != set.Roles[0].ID {
		t.Errorf("draft role %q, want %q", d.Role, set.Roles[0].ID)
	}
	for n, q := range w.questions {
		c, ok := d.Answers[q.ID]
		switch {
		case n < bAnswers && (!ok || !slices.Equal(c.IDs, []string{q.Options[0].ID})):
			t.Errorf("question %d (%s) is %v in the second run's draft, want %s", n+1, q.ID, c.IDs, q.Options[0].ID)
		case n >= bAnswers && ok:
			t.Errorf("question %d (%s), not answered by the second run, is in its draft as %v", n+1, q.ID, c.IDs)
		}
	}

	// The next run takes the second run's answers up where it stopped.
	c := startPTY(t, dir, 100, 30, []string{"NO_COLOR=1"}, bin, args(outB, "--resume")...)
	c.waitFor(fmt.Sprintf("Question %d of %d", bAnswers+1, set.QuestionCount()))
	c.send(keyCtrlC)
	if code := c.wait(); code != exitInterrupted {
		t.Fatalf("exit code %d after ctrl+c, want %d; screen:\n%s", code, exitInterrupted, c.screen())
	}
}

//go:build unix

package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"itcheck/drafts"
)

// Keys as a terminal sends them.
const (
	keyHome = "\x1b[H"
	keyEnd  = "\x1b[F"
	keyEsc  = "\x1b"
)

// esc while changing an answer from the review leaves the draft as it was
// before the change; End then enter on the review finishes.
func TestReviewEscAndEndInPTY(t *testing.T) {
	set, bin := terminalTest(t)
	w := newWalk(set)
	want := expectedReport(t, bin, set)
	dir := t.TempDir()
	out := filepath.Join(dir, "report.md")
	store := drafts.Store{Dir: filepath.Join(dir, ".state", "itcheck")}
	load := func() *drafts.Draft {
		t.Helper()
		d, err := store.Load(set.ID)
		if err != nil || d == nil {
			t.Fatalf("no draft: %v", err)
		}
		d.Saved = time.Time{}
		return d
	}

	s := startPTY(t, dir, 100, 30, []string{"NO_COLOR=1"}, bin, "--out", out, "--date", "2026-11-27")
	review := len(w.steps) - 1
	w.run(s, 0, review, 0)
	before := load()

	// Change the first question's answer, and see the draft follow ...
	s.send(keyHome, keyDown, keyEnter)
	s.waitFor("Question 1 of")
	s.send(keyDown)
	q1 := set.Areas[0].Questions[0].ID
	// The draft is saved in the same update that moves the cursor, before
	// the screen is drawn: looking again at each write is enough.
	s.waitUntil(func() bool { return !reflect.DeepEqual(load().Answers[q1], before.Answers[q1]) },
		func() string { return "the draft never took the change; the test cannot tell esc from no change" })
	// ... then esc: the review, and the draft, are as before.
	s.send(keyEsc)
	s.waitFor("Review your answers")
	if got := load(); !reflect.DeepEqual(got, before) {
		t.Errorf("after esc the draft is\n%+v\nwant\n%+v", got, before)
	}

	s.send(keyEnd, keyEnter)
	if code := s.wait(); code != 0 {
		t.Fatalf("exit code %d after End, enter; screen:\n%s", code, s.screen())
	}
	if got, err := os.ReadFile(out); err != nil || string(got) != string(want) {
		t.Errorf("the report is not the answers given before the cancelled change (%v):\n%s", err, got)
	}
}

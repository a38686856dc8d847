package session

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"itcheck/drafts"
	"itcheck/questions"
	"itcheck/report"
	"itcheck/scoring"
	"itcheck/tui"
)

// smallSet is the small question set of the drafts tests.
func smallSet(t *testing.T) *questions.Set {
	t.Helper()
	data, err := os.ReadFile("../drafts/testdata/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := questions.Parse("small.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// stateIn points the XDG state directory at a new folder and returns the
// store that drafts.Default gives for it.
func stateIn(t *testing.T) drafts.Store {
	t.Helper()
	t.Setenv("XDG_STATE_HOME", t.TempDir())
	st, err := drafts.Default()
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func someAnswers(set *questions.Set) questions.Answers {
	return questions.Answers{Set: set.ID, Version: set.Version, Hash: set.Hash, Role: "owner",
		Answers: map[string]questions.Choice{"who-decides": questions.Single("boss-decides")},
		Notes:   map[string]string{"direction": "red \x1b[31malert\x1b[0m\r\nsecond line \u202eevil"}}
}

// Every change is saved at once, owner-only, with the characters a draft
// refuses dropped from notes rather than the whole draft refused.
func TestDraftKeeperSavesEveryChange(t *testing.T) {
	store := stateIn(t)
	set := smallSet(t)
	k := newKeeper(set)
	k.change(someAnswers(set), 1)
	d, err := store.Load(set.ID)
	if err != nil || d == nil {
		t.Fatalf("draft not saved: %v", err)
	}
	if d.Role != "owner" || d.Area != 1 || d.Answers["who-decides"].IDs[0] != "boss-decides" || d.SetHash != set.Hash {
		t.Errorf("draft %+v", d)
	}
	if got, want := d.Notes["direction"], "red [31malert[0m\nsecond line evil"; got != want {
		t.Errorf("note %q, want %q", got, want)
	}
	if fi, err := os.Stat(store.Path(set.ID)); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("draft file mode %v (%v), want 0600", fi.Mode().Perm(), err)
	}
	a := someAnswers(set)
	a.Answers["goals-set"] = questions.Single("goals-no")
	k.change(a, 2)
	if d, _ := store.Load(set.ID); d == nil || len(d.Answers) != 2 || d.Area != 2 {
		t.Errorf("second change not saved: %+v", d)
	}
	if kept, err := k.stop(&a); !kept || err != nil {
		t.Errorf("stop: kept %v, %v", kept, err)
	}
	var warn bytes.Buffer
	k.warn(&warn)
	if warn.Len() != 0 {
		t.Errorf("warning without a failure: %s", warn.String())
	}
	if err := k.remove(); err != nil {
		t.Fatal(err)
	}
	if d, err := store.Load(set.ID); d != nil || err != nil {
		t.Errorf("draft still there after remove: %+v, %v", d, err)
	}
}

// A state directory that cannot be written never stops the person: the
// failure is told once, after the run, and the stop line says the answers
// could not be kept.
func TestDraftKeeperUnwritable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_STATE_HOME", filepath.Join(file, "state")) // under a file: no folder can be made
	set := smallSet(t)
	k := newKeeper(set)
	a := someAnswers(set)
	k.change(a, 1)
	k.change(a, 2)
	var warn bytes.Buffer
	k.warn(&warn)
	if strings.Count(warn.String(), "\n") != 1 || !strings.Contains(warn.String(), "could not be kept as a draft") {
		t.Errorf("want one warning line, got %q", warn.String())
	}
	var stderr bytes.Buffer
	sn := &session{o: Options{Stderr: &stderr}, keeper: k}
	err := sn.stopped(stopBySignal(syscall.SIGTERM), &a, nil)
	if ExitCode(err) != 143 || !strings.HasPrefix(err.Error(), "Stopped (SIGTERM). Your answers could not be kept: ") || stderr.Len() != 0 {
		t.Errorf("exit %d, error %q, stderr %q", ExitCode(err), err, stderr.String())
	}
}

// The stop is decided once, however many ways it arrives: every call
// returns the first one's error.
func TestStoppedOnce(t *testing.T) {
	stateIn(t)
	set := smallSet(t)
	s := &session{o: Options{SetPath: "my set.yaml"}, keeper: newKeeper(set)}
	a := someAnswers(set)
	s.keeper.change(a, 1)
	first := s.stopped(stopBySignal(syscall.SIGHUP), &a, nil)
	again := s.stopped(stopByKey(&tui.AbortError{}), nil, nil)
	want := "Stopped (SIGHUP). Your answers are kept: run itcheck --questions 'my set.yaml' again to resume."
	if first.Error() != want || again != first || ExitCode(first) != 129 {
		t.Errorf("first %q (want %q), again %q, exit %d", first, want, again, ExitCode(first))
	}

	s = &session{keeper: newKeeper(smallSet(t))}
	s.keeper.store.Dir = t.TempDir() // no draft there
	if err := s.stopped(stopByKey(&tui.AbortError{}), nil, nil); ExitCode(err) != 130 ||
		err.Error() != "Stopped (ctrl+c). Nothing was answered yet." {
		t.Errorf("exit %d, error %q", ExitCode(err), err)
	}
}

// A signal in the middle of a plain prompt ends the prompt's line first.
func TestStoppedEndsPromptLine(t *testing.T) {
	stateIn(t)
	var stderr bytes.Buffer
	s := &session{o: Options{Accessible: true, Stderr: &stderr}, keeper: newKeeper(smallSet(t))}
	s.stopped(stopBySignal(syscall.SIGINT), nil, nil)
	if stderr.String() != "\n" {
		t.Errorf("stderr %q, want one line end", stderr.String())
	}
	stderr.Reset()
	s = &session{o: Options{Accessible: true, Stderr: &stderr}, keeper: newKeeper(smallSet(t))}
	s.stopped(stopByKey(&tui.AbortError{}), nil, nil)
	if stderr.Len() != 0 {
		t.Errorf("a key stop wrote %q", stderr.String())
	}
}

// The end of piped input says where it ended, from the abort's reason.
func TestStopByKeyReason(t *testing.T) {
	for err, want := range map[error]string{
		&tui.AbortError{}: " (ctrl+c)",
		&tui.AbortError{Reason: "the input ended at the question whether to resume"}: ": the input ended at the question whether to resume",
		fmt.Errorf("wrapped: %w", &tui.AbortError{Reason: "why"}):                    ": why",
	} {
		if got := stopByKey(err); got.what != want || got.code != 130 || got.sig != 0 {
			t.Errorf("%v: %+v, want %q", err, got, want)
		}
	}
}

// A report that cannot be written where asked is kept in the state
// directory; the message says where, the verdict points there, exit 1.
func TestKeepReportWhenOutUnwritable(t *testing.T) {
	store := stateIn(t)
	r, md := smallReport(t)
	writeErr := errors.New("cannot write the report to nowhere/report.md: not a directory")
	var stdout, stderr bytes.Buffer
	s := &session{o: Options{Stdout: &stdout, Stderr: &stderr, NoColor: true}, keeper: newKeeper(r.Set)}
	err := s.keepReport(r, "nowhere/report.md", md, writeErr, true)
	kept := filepath.Join(store.Dir, "reports", "report.md")
	want := "cannot write the report to nowhere/report.md: not a directory. It is kept at " + kept
	if ExitCode(err) != 1 || err.Error() != want {
		t.Errorf("exit %d, error %q, want %q", ExitCode(err), err, want)
	}
	if got, err := os.ReadFile(kept); err != nil || !bytes.Equal(got, md) {
		t.Errorf("kept report differs (%v)", err)
	}
	if !strings.Contains(stdout.String(), kept) {
		t.Errorf("the verdict does not say where the report is:\n%s", stdout.String())
	}

	// When the state directory cannot be written either, the report
	// follows the verdict on stdout.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_STATE_HOME", filepath.Join(file, "state"))
	stdout.Reset()
	s = &session{o: Options{Stdout: &stdout, Stderr: &stderr, NoColor: true}, keeper: newKeeper(r.Set)}
	err = s.keepReport(r, "nowhere/report.md", md, writeErr, true)
	if ExitCode(err) != 1 || !bytes.HasSuffix(stdout.Bytes(), md) || !strings.Contains(err.Error(), "the report follows the verdict on standard output") {
		t.Errorf("exit %d, error %q, stdout:\n%s", ExitCode(err), err, stdout.String())
	}
}

func smallReport(t *testing.T) (*scoring.Result, []byte) {
	t.Helper()
	set := smallSet(t)
	a := fullAnswers(set)
	r := scoring.Score(set, &a)
	return r, report.Markdown(r, report.Meta{Tool: "itcheck test", Date: "2026-11-27"})
}

// fullAnswers answers every question of the small set.
func fullAnswers(set *questions.Set) questions.Answers {
	return questions.Answers{Set: set.ID, Version: set.Version, Hash: set.Hash, Role: "owner", Answers: map[string]questions.Choice{
		"who-decides": questions.Single("boss-decides"), "goals-set": questions.Single("goals-yes"),
		"budget-owner": questions.Single("it-owns"), "spend-on": questions.Many("tools")}}
}

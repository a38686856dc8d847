package main

import (
	"bytes"
	"context"
	"errors"
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
	data, err := os.ReadFile("drafts/testdata/small.yaml")
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
	k := newDraftKeeper(set)
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
	k := newDraftKeeper(set)
	a := someAnswers(set)
	k.change(a, 1)
	k.change(a, 2)
	var warn bytes.Buffer
	k.warn(&warn)
	if strings.Count(warn.String(), "\n") != 1 || !strings.Contains(warn.String(), "could not be kept as a draft") {
		t.Errorf("want one warning line, got %q", warn.String())
	}
	var stderr bytes.Buffer
	c := &checkRun{e: &env{stderr: &stderr}, keeper: k}
	err := c.stopped(stopBySignal(syscall.SIGTERM), &a)
	if exitCode(err) != 143 || !strings.HasPrefix(stderr.String(), "Stopped (SIGTERM). Your answers could not be kept: ") {
		t.Errorf("exit %d, stderr %q", exitCode(err), stderr.String())
	}
}

// The stop line is said once, however many ways the stop arrives.
func TestStoppedOnce(t *testing.T) {
	stateIn(t)
	set := smallSet(t)
	var stderr bytes.Buffer
	c := &checkRun{e: &env{stderr: &stderr}, f: checkFlags{questions: "my set.yaml"}, keeper: newDraftKeeper(set)}
	a := someAnswers(set)
	c.keeper.change(a, 1)
	first := c.stopped(stopBySignal(syscall.SIGHUP), &a)
	again := c.stopped(stopByKey(tui.ErrAborted), nil)
	want := "Stopped (SIGHUP). Your answers are kept: run itcheck --questions 'my set.yaml' again to resume.\n"
	if stderr.String() != want || exitCode(first) != 129 || exitCode(again) != 129 {
		t.Errorf("stderr %q (want %q), exit %d then %d", stderr.String(), want, exitCode(first), exitCode(again))
	}

	stderr.Reset()
	c = &checkRun{e: &env{stderr: &stderr}, keeper: newDraftKeeper(smallSet(t))}
	c.keeper.store.Dir = t.TempDir() // no draft there
	if err := c.stopped(stopByKey(tui.ErrAborted), nil); exitCode(err) != 130 ||
		stderr.String() != "Stopped (ctrl+c). Nothing was answered yet.\n" {
		t.Errorf("exit %d, stderr %q", exitCode(err), stderr.String())
	}
}

// A report that cannot be written where asked is kept in the state
// directory; the message says where, the verdict points there, exit 1.
// (A path under a regular file fails to write even as root.)
func TestKeepReportWhenOutUnwritable(t *testing.T) {
	store := stateIn(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(file, "report.md")
	r, md := smallReport(t)
	var stdout, stderr bytes.Buffer
	c := &checkRun{e: &env{stdout: &stdout, stderr: &stderr}, f: checkFlags{noColor: true}, keeper: newDraftKeeper(r.Set)}
	err := c.keepReport(r, out, md, writeReport(c.e, out, md, false), true)
	kept := filepath.Join(store.Dir, "reports", "report.md")
	// The message is the error's; the command prints it (check.txtar).
	want := "cannot write the report to " + out + ": not a directory. It is kept at " + kept
	if exitCode(err) != 1 || err.Error() != want {
		t.Errorf("exit %d, error %q, want %q", exitCode(err), err, want)
	}
	if got, err := os.ReadFile(kept); err != nil || !bytes.Equal(got, md) {
		t.Errorf("kept report differs (%v)", err)
	}
	if !strings.Contains(stdout.String(), "report.md") {
		t.Errorf("the verdict does not say where the report is:\n%s", stdout.String())
	}

	// When the state directory cannot be written either, the report
	// follows the verdict on stdout.
	t.Setenv("XDG_STATE_HOME", filepath.Join(file, "state"))
	stdout.Reset()
	stderr.Reset()
	c = &checkRun{e: &env{stdout: &stdout, stderr: &stderr}, f: checkFlags{noColor: true}, keeper: newDraftKeeper(r.Set)}
	err = c.keepReport(r, out, md, writeReport(c.e, out, md, false), true)
	if exitCode(err) != 1 || !bytes.HasSuffix(stdout.Bytes(), md) || !strings.Contains(err.Error(), "the report follows the verdict on standard output") {
		t.Errorf("exit %d, error %q, stdout:\n%s", exitCode(err), err, stdout.String())
	}
}

func smallReport(t *testing.T) (*scoring.Result, []byte) {
	t.Helper()
	set := smallSet(t)
	a := questions.Answers{Set: set.ID, Version: set.Version, Role: "owner", Answers: map[string]questions.Choice{
		"who-decides": questions.Single("boss-decides"), "goals-set": questions.Single("goals-yes"),
		"budget-owner": questions.Single("it-owns"), "spend-on": questions.Many("tools")}}
	r := scoring.Score(set, &a)
	return r, report.Markdown(r, report.Meta{Tool: "itcheck test", Date: "2026-11-27"})
}

// The plain resume question reads one line and no more, so the answers
// piped after it are left for the questions.
func TestAskLine(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
		err  bool
		left string
	}{
		{"\nrest\n", true, false, "rest\n"},
		{"y\nrest", true, false, "rest"},
		{" YES \n", true, false, ""},
		{"n\n1\n", false, false, "1\n"},
		{"maybe\nno\nx", false, false, "x"},
		{"", false, true, ""},
		{"maybe", false, true, ""},
	} {
		r := strings.NewReader(c.in)
		var out bytes.Buffer
		got, err := askLine(context.Background(), r, &out, "Resume? [Y/n] ")
		rest, _ := readAll(r)
		if got != c.want || (err != nil) != c.err || rest != c.left {
			t.Errorf("%q: got %v, %v, left %q", c.in, got, err, rest)
		}
		if err != nil && !errors.Is(err, tui.ErrAborted) {
			t.Errorf("%q: error %v is not tui.ErrAborted", c.in, err)
		}
	}
}

func readAll(r *strings.Reader) (string, error) {
	var b strings.Builder
	_, err := r.WriteTo(&b)
	return b.String(), err
}

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{
		"client.yaml":      "client.yaml",
		"../sets/a-b.yaml": "../sets/a-b.yaml",
		"my set.yaml":      "'my set.yaml'",
		"it's.yaml":        `'it'\''s.yaml'`,
		"a\x1b[2Jb":        `"a\x1b[2Jb"`,
	} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", in, got, want)
		}
	}
}

package main

import (
	"errors"
	"strings"
	"testing"

	"itcheck/internal/strictyaml"
	"itcheck/questions"
	"itcheck/session"
)

// Every mistake cobra finds in the command line is a usage error where
// cobra reports it: exit 2, and fang's capitalised message.
func TestUsageErrorsAreTyped(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--bogus"}, "Unknown flag: --bogus"},
		{[]string{"--out"}, "Flag needs an argument: --out"},
		{[]string{"--force=maybe"}, "Invalid argument"},
		{[]string{"extra"}, `Unknown command "extra" for "itcheck"`},
		{[]string{"report"}, "Report needs --answers, the answers file, saved report or JSON result to score (- for standard input)"},
		{[]string{"report", "--answers", "a.yaml", "extra"}, `Unknown command "extra" for "itcheck report"`},
		{[]string{"show"}, "Show takes one report, not 0 (itcheck show REPORT)"},
		{[]string{"show", "a.md", "b.md"}, "Show takes one report, not 2 (itcheck show REPORT)"},
		{[]string{"compare"}, "Compare needs reports, or a folder of them, to compare (itcheck compare REPORT...)"},
		{[]string{"report", "--answers", "a.yaml", "--formt", "json"}, "Unknown flag: --formt (did you mean --format?)"},
		{[]string{"report", "--answer", "a.yaml"}, "Unknown flag: --answer (did you mean --answers?)"},
		{[]string{"report", "--fo", "x"}, "Unknown flag: --fo (did you mean --force or --format?)"},
		{[]string{"completion", "bash", "extra"}, `Unknown command "extra" for "itcheck completion bash"`},
		{[]string{"man", "extra"}, `Unknown command "extra" for "itcheck man"`}, // added by fang as it runs
	} {
		code, stdout, stderr := runIn(t, c.args...)
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, c.want) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and %q", c.args, code, stdout, stderr, c.want)
		}
	}
}

// Exit codes come from the error's type, whatever its wording.
func TestExitCodes(t *testing.T) {
	for _, c := range []struct {
		err  error
		want int
	}{
		{nil, 0},
		{errors.New("unknown flag: looks like cobra's, is not"), 1},
		{&usageError{errors.New("x")}, 2},
		{usageErrorf("x"), 2},
		{questions.Problems{{File: "f", Msg: "bad"}}, 2},
		{&problemsError{lines: []string{"a"}}, 2},
		{&toldError{code: 2, err: errors.New("x")}, 2},
		{withExitCode(usageErrorf("x"), exitFailure), 2},
		{withExitCode(errors.New("x"), exitFailure), 1},
		{&session.StopError{Code: 143}, 143},
	} {
		if got := exitCode(c.err); got != c.want {
			t.Errorf("%#v: exit code %d, want %d", c.err, got, c.want)
		}
	}
}

// The one printer: problem lists one per line then the summary, nothing
// for what a command's output has told, anything else as its line, with
// what a terminal would act on escaped.
func TestPrintError(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{nil, ""},
		{&toldError{code: 2, err: errors.New("2 of 2 files invalid")}, ""},
		{&problemsError{lines: []string{"a: bad", "b: worse"}, summary: "2 problems"}, "a: bad\nb: worse\n2 problems\n"},
		{questions.Problems{{File: "f.yaml", Pos: strictyaml.Pos{Line: 3, Col: 1}, Msg: "bad"}}, "f.yaml:3:1: bad\nf.yaml: 1 error\n"},
		// Problems in two files: the count names neither.
		{questions.Problems{{File: "a.yaml", Pos: strictyaml.Pos{Line: 1, Col: 1}, Msg: "bad"}, {File: "b.yaml", Pos: strictyaml.Pos{Line: 2, Col: 1}, Msg: "bad", Warning: true}},
			"a.yaml:1:1: bad\nb.yaml:2:1: warning: bad\n1 error, 1 warning\n"},
		{errors.New("cannot read \x1b[2Jx"), "cannot read \\x1b[2Jx\n"},
		{&session.StopError{Code: 130}, "\n"},
	} {
		var b strings.Builder
		printError(&b, c.err, nil)
		if b.String() != c.want {
			t.Errorf("%#v: printed %q, want %q", c.err, b.String(), c.want)
		}
	}
}

// TestShortList: messages name up to three items, then how many more,
// without changing the list they are given.
func TestShortList(t *testing.T) {
	items := []string{"a", "b", "c", "d", "e"}
	for n, want := range map[int]string{1: "a", 2: "a and b", 3: "a, b and c", 4: "a, b, c and 1 more", 5: "a, b, c and 2 more"} {
		if got := shortList(items[:n]); got != want {
			t.Errorf("shortList(%q) = %q, want %q", items[:n], got, want)
		}
	}
	if items[3] != "d" {
		t.Errorf("shortList changed its input: %q", items)
	}
}

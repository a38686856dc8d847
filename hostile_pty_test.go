package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// hostileBody is what a report's body may hold to attack a terminal: a
// window title (OSC 0), a screen clear, a C1 CSI, a bell, a right-to-left
// override and a hyperlink.
const hostileBody = "\x1b]0;owned\x07\x1b[2J\x1b[H BODY \u009b31m \u202eevil \x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\\n"

// terminalQueries are the sequences itcheck itself writes to ask the
// terminal for its background colour (lipgloss.HasDarkBackground): the
// one thing besides SGR colour a command may write to the terminal.
var terminalQueries = regexp.MustCompile(`\x1b\]11;\?(\x07|\x1b\\)|\x1b\[c`)

// escapes lists every escape sequence (and every other control character
// but CR, LF and tab) in out that is not SGR colour or a terminal query.
func escapes(out string) []string {
	out = terminalQueries.ReplaceAllString(out, "")
	out = regexp.MustCompile(`\x1b\[[0-9;:]*m`).ReplaceAllString(out, "")
	var bad []string
	for i, r := range out {
		if r == '\r' || r == '\n' || r == '\t' {
			continue
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == '\u202e' {
			bad = append(bad, strings.ToValidUTF8(out[i:min(len(out), i+16)], "?"))
		}
	}
	return bad
}

// TestShowHostileBodyInPTY: show, in a colour terminal, prints a report
// whose body attacks the terminal: the verdict comes out in colour, and
// nothing but SGR colour reaches the terminal.
func TestShowHostileBodyInPTY(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the binary and runs it in a terminal")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	md, err := os.ReadFile("examples/owner-led-shop.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "hostile.md"), []byte(strings.Replace(string(md), "\n<details>\n", "\n"+hostileBody+"\n<details>\n", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startPTY(t, dir, 100, 30, []string{"COLORTERM=truecolor"}, bin, "show", "hostile.md")
	if code := s.wait(); code != 0 {
		t.Fatalf("exit %d; output:\n%q", code, s.output())
	}
	out := s.output()
	if !strings.Contains(out, "Accountability index") {
		t.Fatalf("the verdict is missing; output:\n%q", out)
	}
	if !regexp.MustCompile(`\x1b\[[0-9;]*38;[25];[0-9;]*m`).MatchString(out) {
		t.Errorf("no colour in a colour terminal; output:\n%q", out)
	}
	if bad := escapes(out); len(bad) > 0 {
		t.Errorf("escape sequences other than SGR colour reached the terminal: %q", bad)
	}
	for _, word := range []string{"owned", "BODY", "evil", "example.com"} {
		if strings.Contains(out, word) {
			t.Errorf("the report's body reached the terminal (%q); output:\n%q", word, out)
		}
	}
}

// TestCompareHostileNameInPTY: a folder given to compare holds a file
// whose name sets the window title, both as a report that is compared and
// as one that is refused: the name is shown cleaned or quoted, and no
// escape sequence but SGR colour reaches the terminal.
func TestCompareHostileNameInPTY(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the binary and runs it in a terminal")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	hostile := "\x1b]0;pwned\x07\u009b2J\u202e a.md"
	copyFile := func(from, to string) {
		t.Helper()
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile("examples/owner-led-shop.md", filepath.Join(dir, "good", hostile))
	copyFile("examples/mature-it.md", filepath.Join(dir, "good", "b.md"))
	copyFile("examples/mature-it.yaml", filepath.Join(dir, "bad", hostile))
	copyFile("examples/mature-it.md", filepath.Join(dir, "bad", "b.md"))

	s := startPTY(t, dir, 100, 30, []string{"COLORTERM=truecolor"}, bin, "compare", "good")
	if code := s.wait(); code != 0 {
		t.Fatalf("compare good: exit %d; output:\n%q", code, s.output())
	}
	if out := s.output(); !strings.Contains(out, "pwned") {
		t.Errorf("the respondent's name is missing; output:\n%q", out)
	} else if bad := escapes(out); len(bad) > 0 {
		t.Errorf("escape sequences other than SGR colour reached the terminal: %q", bad)
	}

	s = startPTY(t, dir, 100, 30, nil, bin, "compare", "bad")
	if code := s.wait(); code != exitUsage {
		t.Fatalf("compare bad: exit %d, want %d; output:\n%q", code, exitUsage, s.output())
	}
	out := s.output()
	if want := `"bad/\x1b]0;pwned\a\u009b2J\u202e a.md"`; !strings.Contains(out, want) {
		t.Errorf("the refused file is not named quoted, as %s; output:\n%q", want, out)
	}
	if bad := escapes(out); len(bad) > 0 {
		t.Errorf("escape sequences reached the terminal: %q", bad)
	}
}

// TestNoQueryWithoutColourInPTY: where no colour is shown (NO_COLOR,
// --no-color, TERM=dumb) the background does not matter, so the terminal
// is not asked for it: a terminal that never answers (this one does not)
// would otherwise hold the output up for seconds and show the queries.
func TestNoQueryWithoutColourInPTY(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the binary and runs it in a terminal")
	}
	bin := buildBinary(t)
	for _, tc := range []struct {
		name string
		env  []string
		args []string
	}{
		{"NO_COLOR", []string{"NO_COLOR=1"}, []string{"show", "examples/owner-led-shop.md"}},
		{"--no-color", nil, []string{"show", "--no-color", "examples/owner-led-shop.md"}},
		{"TERM=dumb", []string{"TERM=dumb"}, []string{"show", "examples/owner-led-shop.md"}},
		{"report, NO_COLOR", []string{"NO_COLOR=1"}, []string{"report", "--answers", "examples/owner-led-shop.yaml"}},
		{"compare, --no-color", nil, []string{"compare", "--no-color", "examples/owner-led-shop.md", "examples/mature-it.md"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wd, err := os.Getwd()
			if err != nil {
				t.Fatal(err)
			}
			s := startPTY(t, wd, 100, 30, tc.env, bin, tc.args...)
			if code := s.wait(); code != 0 {
				t.Fatalf("exit %d; output:\n%q", code, s.output())
			}
			out := s.output()
			if !strings.Contains(out, "Accountability index") && !strings.Contains(out, "Comparing") {
				t.Fatalf("no output; got:\n%q", out)
			}
			if terminalQueries.MatchString(out) {
				t.Errorf("the terminal was asked for its background though no colour is shown; output:\n%q", out)
			}
		})
	}
}

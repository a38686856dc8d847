package session

import (
	"os/exec"
	"testing"
	"unicode/utf8"

	"itcheck/internal/safetext"
)

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{
		"client.yaml":      "client.yaml",
		"../sets/a-b.yaml": "../sets/a-b.yaml",
		"my set.yaml":      "'my set.yaml'",
		"it's.yaml":        `'it'\''s.yaml'`,
		`a\b$c.md`:         `'a\b$c.md'`,
		"":                 "''",
		"a\tb.md":          `$'a\tb.md'`,
		"a\nb\r.md":        `$'a\nb\r.md'`,
		"a\x1b[2Jb":        `$'a\033[2Jb'`,
		"\x07\x7f":         `$'\007\177'`,
		"it's\t\\":         `$'it\'s\t\\'`,
		"\u009b1m":         `$'\302\2331m'`,
		"a\u202eb":         `$'a\342\200\256b'`,
		"\xff\xfe1.md":     `$'\377\3761.md'`,
		"café\t":           `$'café\t'`,
	} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", in, got, want)
		}
	}
}

// nastyNames are file names a shell or a terminal could take for
// something else.
var nastyNames = []string{
	"report.md", "a\tb.md", "a\nb.md", "a\rb.md", "a\x1b[2Jb.md", "bell\x07.md",
	"del\x7f.md", "c1\u009b31m.md", "it's.md", `back\slash.md`, `\'`, "$HOME.md",
	"$(id).md", "`id`.md", "!!.md", "wow!.md", "my report.md", " lead.md",
	"-r.md", "--help", "\xff\xfe.md", "\xc3.md", "a\u202eb.md", "zero\u200bwidth.md",
	"café.md", "日本.md", `"quoted".md`, "*?[a].md", "~user.md", "a;b|c&d.md",
	"x=1", "#hash.md", "{a,b}.md", "\x01\x1f", "\t\n", "\\x41\\101", "\x1b1\x1b\x1b7.md",
	"tab\tthen'quote\\and",
}

// Every name quoted comes back byte for byte from a POSIX shell, and
// the quoted form holds nothing that can act on a terminal:
// safetext.Message leaves it as it is.
func TestShellQuoteRoundTrip(t *testing.T) {
	shells := [][]string{{"bash", "-c"}, {"bash", "--posix", "-c"}, {"zsh", "-c"}, {"ksh", "-c"}, {"mksh", "-c"}}
	ran := 0
	for _, sh := range shells {
		bin, err := exec.LookPath(sh[0])
		if err != nil {
			continue
		}
		ran++
		for _, locale := range []string{"C", "C.UTF-8"} {
			for _, name := range nastyNames {
				q := shellQuote(name)
				cmd := exec.Command(bin, append(sh[1:], "printf %s "+q)...)
				cmd.Env = []string{"LC_ALL=" + locale, "PATH=/usr/bin:/bin"}
				out, err := cmd.Output()
				if err != nil || string(out) != name {
					t.Errorf("%s (LC_ALL=%s) printf %%s %s: got %q (%v), want %q", sh[0], locale, q, out, err, name)
				}
			}
		}
	}
	if ran == 0 {
		t.Skip("no bash, zsh or ksh to read the quoted names back")
	}
}

func TestShellQuoteSafeToPrint(t *testing.T) {
	for _, name := range nastyNames {
		q := shellQuote(name)
		if safetext.Message(q) != q || !utf8.ValidString(q) {
			t.Errorf("shellQuote(%q) = %q, which safetext.Message changes to %q", name, q, safetext.Message(q))
		}
		for _, r := range q {
			if r < 0x20 || r == 0x7f || safetext.IsControl(r) {
				t.Errorf("shellQuote(%q) = %q holds %U", name, q, r)
			}
		}
	}
}

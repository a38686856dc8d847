package safetext

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestEscapeLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain words, with commas; and IT-led (sometimes)!", "plain words, with commas; and IT-led (sometimes)!"},
		{"<b>x</b> & y", `\<b\>x\</b\> \& y`},
		{"# not a heading", `\# not a heading`},
		{"- not a list", `\- not a list`},
		{"+ not a list", `\+ not a list`},
		{"12. not a list", `12\. not a list`},
		{"3) not a list", `3\) not a list`},
		{"version 1.2", "version 1.2"},
		{"=== not an underline", `\=== not an underline`},
		{"a | b", `a \| b`},
		{"[x](http://e)", `\[x\](http\://e)`},
		{"![i](u)", `!\[i\](u)`},
		{"see www.example.com or WWW.x.y", `see www\.example.com or WWW\.x.y`},
		{"mail a@b.co #1 $5", `mail a\@b.co \#1 \$5`},
		{"*a* _b_ `c` ~d~", "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~"},
		{`back\slash\`, `back\\slash\\`},
		{"> not a quote", `\> not a quote`},
	} {
		if got := escapeLine(c.in); got != c.want {
			t.Errorf("escapeLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestClean(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a\x1b[31mb\x1b[0m", "a[31mb[0m"},
		{"\u202eevil\u202c \u2067x\u2069 \u200f", "evil x "},
		{"c1\u009b2J nul\x00 del\x7f bell\a bom\ufeff", "c12J nul del bell bom"},
		{"crlf\r\nlf\ncr\rls\u2028end", "crlf\nlf\ncr\nls\nend"},
		{"tab\there", "tab here"},
		{"ünïcödé ✓ 日本", "ünïcödé ✓ 日本"},
	} {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Note("\n\n  first  \nsecond\t\n\n"); got != "  first\nsecond" {
		t.Errorf("cleanNote = %q", got)
	}
	if got := MarkdownQuote("one\n\n  # two"); got != "> one\n>\n> \\# two\n" {
		t.Errorf("MarkdownQuote = %q", got)
	}
	// Lines that follow each other end in a hard break, or markdown would
	// run them together; a backslash the person typed stays a backslash.
	if got := MarkdownQuote("first line\nsecond \\\nthird"); got != "> first line\\\n> second \\\\\\\n> third\n" {
		t.Errorf("MarkdownQuote = %q", got)
	}
}

// TestQuote: a name with nothing to hide is shown as it is; any control
// or invisible character, or invalid UTF-8, gets the whole name quoted
// with escapes, so it reads unambiguously and does nothing to a terminal.
func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		"report.md":              "report.md",
		"my report (2026).md":    "my report (2026).md",
		"équipe/rapport été.md":  "équipe/rapport été.md",
		"\x1b]0;pwned\x07 a.md":  `"\x1b]0;pwned\a a.md"`,
		"csi\u009b31m.md":        `"csi\u009b31m.md"`,
		"gpj.\u202eexe":          `"gpj.\u202eexe"`,
		"zero\u200bwidth.md":     `"zero\u200bwidth.md"`,
		"line\nbreak.md":         `"line\nbreak.md"`,
		"bad\xffutf8.md":         `"bad\xffutf8.md"`,
		"tag\U000E0041.md":       `"tag\U000e0041.md"`,
		"":                       "",
		`back\slash "quoted".md`: `back\slash "quoted".md`,
	} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%q) = %s, want %s", in, got, want)
		}
	}
}

// TestMessage: whatever a message quotes, it prints as one safe text:
// escapes for control and invisible characters, lines and tabs kept.
func TestMessage(t *testing.T) {
	for in, want := range map[string]string{
		"cannot read a.md: no such file":         "cannot read a.md: no such file",
		"one\ntwo\tthree":                        "one\ntwo\tthree",
		"cannot read \x1b]0;pwned\x07a.md: gone": `cannot read \x1b]0;pwned\aa.md: gone`,
		"\u009b2J and \u202e and \u2028":         `\u009b2J and \u202e and \u2028`,
		"bad \xff byte":                          `bad \xff byte`,
		"emoji 🙂 stays":                          "emoji 🙂 stays",
	} {
		got := Message(in)
		if got != want {
			t.Errorf("Message(%q) = %s, want %s", in, got, want)
		}
		if strings.ContainsAny(got, "\x1b\x07\u009b") {
			t.Errorf("Message(%q) kept a control character: %q", in, got)
		}
	}
}

// TestJSON: characters encoding/json leaves raw become \u escapes, and
// the JSON still means the same.
func TestJSON(t *testing.T) {
	in := []byte("{\"file\":\"csi\u009b2J \u202eevil \u200b tag\U000E0041 é 🙂\",\"n\":1}\n")
	got := JSON(in)
	want := `{"file":"csi\u009b2J \u202eevil \u200b tag\udb40\udc41 é 🙂","n":1}` + "\n"
	if string(got) != want {
		t.Errorf("JSON = %s\nwant   %s", got, want)
	}
	var a, b map[string]any
	if err := json.Unmarshal(in, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(got, &b); err != nil {
		t.Fatal(err)
	}
	if a["file"] != b["file"] {
		t.Errorf("the escaped JSON means %q, not %q", b["file"], a["file"])
	}
	plain := []byte(`{"file":"a.md"}`)
	if got := JSON(plain); &got[0] != &plain[0] {
		t.Errorf("JSON copied text with nothing to escape")
	}
}

func TestFindControl(t *testing.T) {
	tests := []struct {
		in   string
		idx  int
		r    rune
		want bool
	}{
		{"", 0, 0, false},
		{"plain text, accents é and emoji 🙂", 0, 0, false},
		{"tab\tand\nnewline", 0, 0, false},
		{"no-break\u00a0space, thin\u2009space, ideographic\u3000space", 0, 0, false},
		{"zero\u200bwidth", 4, 0x200b, true},
		{"line\u2028sep", 4, 0x2028, true},
		{"para\u2029sep", 4, 0x2029, true},
		{"joiner\u200d", 6, 0x200d, true},
		{"bom\ufeff", 3, 0xfeff, true},
		{"soft\u00adhyphen", 4, 0xad, true},
		{"tag\U000E0069", 3, 0xe0069, true},
		{"private\ue000", 7, 0xe000, true},
		{"\x1b[31mred", 0, 0x1b, true},
		{"héllo\x1b]8;;http://x\x07", 5, 0x1b, true},
		{"bell\x07", 4, 0x07, true},
		{"nul\x00", 3, 0, true},
		{"cr\rlf", 2, '\r', true},
		{"del\x7f", 3, 0x7f, true},
		{"nel\u0085", 3, 0x85, true},
		{"csi\u009b31m", 3, 0x9b, true},
		{"c1 end\u009f", 6, 0x9f, true},
		{"ltr mark\u200e", 8, 0x200e, true},
		{"rtl mark\u200f", 8, 0x200f, true},
		{"arabic mark\u061c", 11, 0x061c, true},
		{"embed\u202a", 5, 0x202a, true},
		{"override\u202e", 8, 0x202e, true},
		{"isolate\u2066", 7, 0x2066, true},
		{"pop isolate\u2069", 11, 0x2069, true},
		{"🙂\u202e", 1, 0x202e, true},
	}
	for _, tt := range tests {
		i, r, ok := FindControl(tt.in)
		if i != tt.idx || r != tt.r || ok != tt.want {
			t.Errorf("FindControl(%q) = %d, %U, %v; want %d, %U, %v", tt.in, i, r, ok, tt.idx, tt.r, tt.want)
		}
	}
}

func TestIsControlBoundaries(t *testing.T) {
	for r, want := range map[rune]bool{
		0x00: true, 0x08: true, '\t': false, '\n': false, 0x0b: true, '\r': true, 0x1f: true, ' ': false, '~': false,
		0x7f: true, 0x80: true, 0x9f: true, 0xa0: false, 0x061b: false, 0x061c: true, 0x200d: true, 0x200c: true, 0x200b: true, 0xad: true, 0xac: false, 0xe0001: true, 0xe007f: true, 0xe0080: false, 0xf0000: true, 0x200e: true,
		0x200f: true, 0x2010: false, 0x2028: true, 0x2029: true, 0x2027: false, 0x2030: false, 0x202a: true, 0x202e: true, 0x202f: false, 0x2065: false,
		0x2066: true, 0x2069: true, 0x206a: true, 0x2070: false, 0xfeff: true, 0xfefe: false,
	} {
		if got := IsControl(r); got != want {
			t.Errorf("IsControl(%U) = %v, want %v", r, got, want)
		}
	}
}

// cleanSlow and lineSlow are Clean and Line without their shortcut for
// text that is clean already.
func cleanSlow(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r == '\ufeff' || IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func lineSlow(s string) string { return strings.Join(strings.Fields(cleanSlow(s)), " ") }

// The shortcut for clean text changes nothing: Clean and Line give what
// cleaning rune by rune gives, and return text already clean as it is.
func TestCleanShortcut(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "plain words", " lead", "trail ", "two  spaces", "tab\there",
		"line\nbreak", "cr\r\nlf", "nbsp\u00a0here", "em\u2003space", "ls\u2028ps\u2029",
		"bom\ufeff", "zw\u200bsp", "bidi\u202eevil", "esc\x1b[31m", "del\x7f", "c1\u0085",
		"bad \xff byte", "ok \ufffd", "Who acts: Leadership · Area: changes — “quoted” café 日本",
	} {
		if got, want := Clean(s), cleanSlow(s); got != want {
			t.Errorf("Clean(%q) = %q, want %q", s, got, want)
		}
		if got, want := Line(s), lineSlow(s); got != want {
			t.Errorf("Line(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCleanShortcut(f *testing.F) {
	for _, s := range []string{"plain words", " a  b ", "x\u00a0y", "\xffz", "a\u2028b", "ü ß\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Clean(s), cleanSlow(s); got != want {
			t.Errorf("Clean(%q) = %q, want %q", s, got, want)
		}
		if got, want := Line(s), lineSlow(s); got != want {
			t.Errorf("Line(%q) = %q, want %q", s, got, want)
		}
	})
}

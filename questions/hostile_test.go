package questions

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// Files may come from anyone: a shared question set, an answers file
// mailed around, a report. These tests feed hostile ones to the parsers.

// withLine returns the minimal set with the line that is exactly old
// replaced by new, and the number of that line.
func withLine(t *testing.T, old, new string) ([]byte, int) {
	t.Helper()
	lines := strings.Split(string(readFile(t, "testdata/minimal.yaml")), "\n")
	for i, l := range lines {
		if l == old {
			lines[i] = new
			return []byte(strings.Join(lines, "\n")), i + 1
		}
	}
	t.Fatalf("minimal.yaml has no line %q", old)
	return nil, 0
}

// colOf is the 1-based column, in characters as YAML counts them, of
// marker in line.
func colOf(t *testing.T, line, marker string) int {
	t.Helper()
	i := strings.Index(line, marker)
	if i < 0 {
		t.Fatalf("%q not in %q", marker, line)
	}
	return utf8.RuneCountInString(line[:i]) + 1
}

// The lines of minimal.yaml the samples change.
const (
	titleLine    = "title: A tiny set"
	labelLine    = "            label: IT decides"
	headlineLine = "  - {id: high, min: 50, max: 100, headline: High}"
	areaLine     = "    title: First area?"
)

// aliasBomb is a "billion laughs": ten levels of ten aliases each, which
// would expand to 10^10 values if anything expanded them. Each level is a
// line: indent, then lead(level), then the anchored list.
func aliasBomb(indent string, lead func(level int) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s%s&l0 [%s]\n", indent, lead(0), strings.TrimSuffix(strings.Repeat(`"lol", `, 10), ", "))
	for i := 1; i < 10; i++ {
		refs := strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 10), ", ")
		fmt.Fprintf(&b, "%s%s&l%d [%s]\n", indent, lead(i), i, refs)
	}
	return b.String()
}

func bombSet() []byte {
	return []byte("id: bomb\ntitle: Bomb\nversion: 1.0.0\nareas:\n" +
		aliasBomb("  ", func(int) string { return "- " }))
}

func bombAnswers() []byte {
	return []byte("set: bomb\nversion: 1.0.0\nanswers:\n" +
		aliasBomb("  ", func(i int) string { return fmt.Sprintf("q%d: ", i) }))
}

func TestAliasBombRefused(t *testing.T) {
	// Were aliases expanded before being refused, these would not return.
	const anchors = "anchors and aliases (&, *) are not allowed; write the value out"
	_, err := Parse("s.yaml", bombSet())
	if err == nil || !strings.Contains(err.Error()+"\n", "s.yaml:5:5: "+anchors+"\n") {
		t.Errorf("Parse of an alias bomb:\n%v\nwant a problem at s.yaml:5:5: %s", err, anchors)
	}
	_, err = ParseAnswers("a.yaml", bombAnswers())
	if err == nil || !strings.HasPrefix(err.Error(), "a.yaml:4:7: "+anchors+"\n") {
		t.Errorf("ParseAnswers of an alias bomb:\n%v\nwant first a.yaml:4:7: %s", err, anchors)
	}
}

// deep returns n opening brackets of a flow list or mapping.
func deep(open string, n int) string { return strings.Repeat(open, n) }

func TestDeepNestingRefused(t *testing.T) {
	tooDeep := "not valid YAML: exceeded max depth of 10000"
	for _, tt := range []struct{ name, data, at string }{
		{"lists", "areas: " + deep("[", 100_000), "1:1"},
		{"mappings", "areas: " + deep("{a: ", 100_000), "1:1"},
		{"indents", "areas:\n" + deep("- ", 100_000), "2:1"},
	} {
		name, data := tt.name, tt.data
		if _, err := Parse("s.yaml", []byte(data)); err == nil || err.Error() != "s.yaml:"+tt.at+": "+tooDeep {
			t.Errorf("%s: Parse = %v, want s.yaml:%s: %s", name, err, tt.at, tooDeep)
		}
		answers := strings.Replace(data, "areas:", "set: x\nanswers:", 1)
		if _, err := ParseAnswers("a.yaml", []byte(answers)); err == nil || !strings.Contains(err.Error(), tooDeep) {
			t.Errorf("%s: ParseAnswers = %v, want %s", name, err, tooDeep)
		}
	}
	// Just inside the parser's limit the decoder refuses the first level.
	under := "areas: " + deep("[", 9_999) + strings.Repeat("]", 9_999) + "\n"
	want := "s.yaml:1:9: expected a mapping of advice, id, intro, name, questions, title, weight, got a list"
	if _, err := Parse("s.yaml", []byte(under)); err == nil || !strings.Contains(err.Error()+"\n", want+"\n") {
		t.Errorf("Parse of 9999 nested lists:\n%v\nwant %s", err, want)
	}
	answers := "set: x\nanswers:\n  q: " + deep("[", 9_998) + strings.Repeat("]", 9_998) + "\n"
	if _, err := ParseAnswers("a.yaml", []byte(answers)); err == nil || err.Error() != "a.yaml:3:7: expected an option id" {
		t.Errorf("ParseAnswers of 9998 nested lists = %v, want a.yaml:3:7: expected an option id", err)
	}
}

func TestOversizeFileRefused(t *testing.T) {
	set := append(readFile(t, "testdata/minimal.yaml"), "description: "+strings.Repeat("x", 1<<20)+"\n"...)
	want := fmt.Sprintf("s.yaml:1:1: file is %d bytes; the limit is 1048576 (1 MiB)", len(set))
	if _, err := Parse("s.yaml", set); err == nil || err.Error() != want {
		t.Errorf("Parse = %v, want %s", err, want)
	}
	answers := []byte("set: tiny\nnotes:\n  alpha: " + strings.Repeat("x", 1<<20) + "\n")
	want = fmt.Sprintf("a.yaml:1:1: file is %d bytes; the limit is 1048576 (1 MiB)", len(answers))
	if _, err := ParseAnswers("a.yaml", answers); err == nil || err.Error() != want {
		t.Errorf("ParseAnswers = %v, want %s", err, want)
	}
	exact := append([]byte("set: tiny\n#"), strings.Repeat("x", 1<<20-11)...)
	if _, err := ParseAnswers("a.yaml", exact); err != nil && strings.Contains(err.Error(), "limit") {
		t.Errorf("a file of exactly 1 MiB was refused for its size: %v", err)
	}
}

const refused = "; remove it (escape sequences and bidi overrides are refused)"

// Escapes in double-quoted YAML strings decode to control characters; the
// problem points at the string and says which character it is.
func TestEscapedControlCharactersRefused(t *testing.T) {
	tests := []struct {
		name, old, new, marker, char string
		at                           int // character within the text
	}{
		{"ESC in the title", titleLine, `title: "A \e[31mred\e[0m set"`, `"`, "U+001B", 3},
		{"OSC hyperlink in an option label", labelLine, `            label: "IT \e]8;;https://evil.example\adecides\e]8;;\a"`, `"`, "U+001B", 4},
		{"C1 CSI in a band headline", headlineLine, `  - {id: high, min: 50, max: 100, headline: "Hi\u009bgh"}`, `"`, "U+009B", 3},
		{"bidi override in an area title", areaLine, `    title: "First \u202Earea?"`, `"`, "U+202E", 7},
		{"NUL in the title", titleLine, `title: "A \0tiny set"`, `"`, "U+0000", 3},
		{"DEL in the title", titleLine, `title: "A \x7Ftiny set"`, `"`, "U+007F", 3},
		{"BEL in the title", titleLine, `title: "A tiny set\a"`, `"`, "U+0007", 11},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, line := withLine(t, tt.old, tt.new)
			want := fmt.Sprintf("s.yaml:%d:%d: text contains control character %s at character %d%s",
				line, colOf(t, tt.new, tt.marker), tt.char, tt.at, refused)
			if _, err := Parse("s.yaml", data); err == nil || err.Error() != want {
				t.Errorf("Parse:\n%v\nwant:\n%s", err, want)
			}
		})
	}
}

// A control character written as is in the file is refused where it
// stands, line and column, and the message names it.
func TestRawControlCharactersRefused(t *testing.T) {
	tests := []struct {
		name, old, new, marker, char string
	}{
		{"ESC in the title", titleLine, "title: A \x1b[31mred\x1b[0m set", "\x1b", "U+001B"},
		{"OSC hyperlink in an option label", labelLine, "            label: IT \x1b]8;;https://evil.example\x07decides", "\x1b", "U+001B"},
		{"C1 CSI in a band headline", headlineLine, "  - {id: high, min: 50, max: 100, headline: Hi\u009bgh}", "\u009b", "U+009B"},
		{"bidi override in an area title", areaLine, "    title: \u202eFirst area?", "\u202e", "U+202E"},
		{"NUL in the title", titleLine, "title: A \x00tiny set", "\x00", "U+0000"},
		{"DEL in the title", titleLine, "title: A tiny set\x7f", "\x7f", "U+007F"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, line := withLine(t, tt.old, tt.new)
			prefix := fmt.Sprintf("s.yaml:%d:%d: ", line, colOf(t, tt.new, tt.marker))
			_, err := Parse("s.yaml", data)
			if err == nil {
				t.Fatal("Parse accepted the set")
			}
			first, _, _ := strings.Cut(err.Error(), "\n")
			if !strings.HasPrefix(first, prefix) || !strings.Contains(first, tt.char) {
				t.Errorf("Parse:\n%v\nwant a first problem starting %q and naming %s", err, prefix, tt.char)
			}
		})
	}
}

func TestControlCharactersInAnswers(t *testing.T) {
	const head = "set: tiny\nversion: 0.1.0\nanswers:\n  a-one: not-sure\nnotes:\n"
	tests := []struct {
		name, last, prefix, char string
	}{
		{"escaped OSC in a note", `  alpha: "see \e]8;;https://evil.example\a here\e]8;;\a"`,
			"a.yaml:6:10: text contains control character U+001B at character 5" + refused, "U+001B"},
		{"escaped bidi override in a note's area id", `  "al\u202Epha": fine`,
			"a.yaml:6:3: text contains control character U+202E at character 3" + refused, "U+202E"},
		{"raw OSC in a note", "  alpha: see \x1b]8;;https://evil.example\x07 here", "a.yaml:6:14: ", "U+001B"},
		{"raw bidi override in a note", "  alpha: \u202esee", "a.yaml:6:10: ", "U+202E"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAnswers("a.yaml", []byte(head+tt.last+"\n"))
			if err == nil {
				t.Fatal("ParseAnswers accepted the file")
			}
			first, _, _ := strings.Cut(err.Error(), "\n")
			if !strings.HasPrefix(first, tt.prefix) || !strings.Contains(first, tt.char) {
				t.Errorf("ParseAnswers:\n%v\nwant a first problem starting %q and naming %s", err, tt.prefix, tt.char)
			}
		})
	}
	line := `  a-one: [it-decides, "\e[2J"]`
	data := "set: tiny\nversion: 0.1.0\nanswers:\n" + line + "\n"
	want := fmt.Sprintf("a.yaml:4:%d: text contains control character U+001B at character 1; remove it", colOf(t, line, `"`))
	if _, err := ParseAnswers("a.yaml", []byte(data)); err == nil || err.Error() != want {
		t.Errorf("escape in an option id of a list: %v\nwant %s", err, want)
	}
}

func BenchmarkAliasBomb(b *testing.B) {
	set, answers := bombSet(), bombAnswers()
	for b.Loop() {
		if _, err := Parse("s.yaml", set); err == nil {
			b.Fatal("alias bomb accepted")
		}
		if _, err := ParseAnswers("a.yaml", answers); err == nil {
			b.Fatal("alias bomb accepted")
		}
	}
}

func BenchmarkDeepNesting(b *testing.B) {
	inputs := [][]byte{
		[]byte("areas: " + deep("[", 1<<20-8)),
		[]byte("areas: " + deep("{a: ", (1<<20-8)/4)),
		[]byte("areas: " + deep("[", 9_999) + strings.Repeat("]", 9_999)),
	}
	for b.Loop() {
		for _, in := range inputs {
			if _, err := Parse("s.yaml", in); err == nil {
				b.Fatal("deep nesting accepted")
			}
		}
	}
}

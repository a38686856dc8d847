package strictyaml

import (
	"strings"
	"testing"
)

func TestRawBytesPositioned(t *testing.T) {
	type doc struct {
		Title string `yaml:"title"`
		Name  string `yaml:"name"`
	}
	tests := []struct {
		name, data, want string
	}{
		// Old Mac line endings: a lone CR ends line 1, so the ESC is on line 2.
		{"lone carriage return", "title: a\rname: b\x1b", "2:8: control character U+001B is not allowed; remove it (escape sequences and bidi overrides are refused)"},
		{"windows line endings", "title: a\r\nname: \x1b", "2:7: control character U+001B is not allowed; remove it (escape sequences and bidi overrides are refused)"},
		{"invalid UTF-8", "title: a\nname: b\xff", "2:8: the file is not valid UTF-8 text here; save it as UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			probs := Decode([]byte(tt.data), &d)
			if len(probs) != 1 {
				t.Fatalf("problems = %v, want one", probs)
			}
			if got := probs[0].Pos.String() + ": " + probs[0].Msg; got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
	var d doc
	if probs := Decode([]byte("title: \uFFFD on purpose\n"), &d); len(probs) != 0 || d.Title != "\uFFFD on purpose" {
		t.Errorf("a written U+FFFD was refused: %v", probs)
	}
}

// TestInvisibleRefused: invisible and format characters (Unicode Cf, Co,
// Cs, Zl, Zp, tag characters among them) make text read other than it is,
// so they are refused where they stand, raw or written as YAML escapes.
func TestInvisibleRefused(t *testing.T) {
	type doc struct {
		Title string `yaml:"title"`
		Name  string `yaml:"name"`
	}
	tests := []struct {
		name, data, want string
	}{
		{"zero width space", "title: a\u200bb\n", "1:9: invisible character U+200B is not allowed; remove it (zero-width, format, separator and private-use characters are refused)"},
		{"tag character", "title: ok\nname: x\U000E0041\n", "2:8: invisible character U+E0041 is not allowed; remove it (zero-width, format, separator and private-use characters are refused)"},
		{"line separator", "title: a\u2028b\n", "1:9: invisible character U+2028 is not allowed; remove it (zero-width, format, separator and private-use characters are refused)"},
		{"private use", "title: \ue000\n", "1:8: invisible character U+E000 is not allowed; remove it (zero-width, format, separator and private-use characters are refused)"},
		{"byte order mark inside", "title: a\ufeff\n", "1:9: invisible character U+FEFF is not allowed; remove it (zero-width, format, separator and private-use characters are refused)"},
		{"escaped in YAML", "title: ok\nname: \"x\\u200dy\"\n", "2:7: text contains invisible character U+200D at character 2; remove it (zero-width, format, separator and private-use characters are refused)"},
		{"escaped surrogate", "title: \"\\ud800\"\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			probs := Decode([]byte(tt.data), &d)
			if tt.want == "" {
				// The YAML parser may refuse a lone surrogate itself or
				// turn it into U+FFFD; it must never reach the value.
				if len(probs) == 0 && strings.ContainsRune(d.Title, 0xd800) {
					t.Fatalf("a surrogate was accepted: %q", d.Title)
				}
				return
			}
			if len(probs) != 1 {
				t.Fatalf("problems = %v, want one", probs)
			}
			if got := probs[0].Pos.String() + ": " + probs[0].Msg; got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestByteOrderMark: a UTF-8 byte order mark may start a file (some
// editors write one); positions on the first line do not count it.
func TestByteOrderMark(t *testing.T) {
	type doc struct {
		Title string `yaml:"title"`
		Count int    `yaml:"count"`
	}
	var d doc
	if probs := Decode([]byte(BOM+"title: Hello\ncount: 2\n"), &d); len(probs) != 0 || d.Title != "Hello" || d.Count != 2 {
		t.Fatalf("a file starting with a BOM: %v, %+v", probs, d)
	}
	probs := Decode([]byte(BOM+"title: Hello\ncolour: blue\ncount: x\n"), &d)
	if got := problemLines(probs); got != "2:1 3:8" {
		t.Errorf("positions after a BOM = %s, want 2:1 3:8 (%v)", got, probs)
	}
	probs = Decode([]byte(BOM+"count: x\n"), &d)
	if got := problemLines(probs); got != "1:8" {
		t.Errorf("position on the BOM's line = %s, want 1:8", got)
	}
}

// TestTagsRefused: explicit YAML tags change what a value means in ways a
// reader does not see (!!binary decodes base64); each is refused where it
// stands, whatever it is attached to.
func TestTagsRefused(t *testing.T) {
	type doc struct {
		Title string            `yaml:"title"`
		Count int               `yaml:"count"`
		List  []string          `yaml:"list"`
		Map   map[string]string `yaml:"map"`
	}
	src := "title: !!binary aGVsbG8=\ncount: !!int 3\nlist: !!seq [a, !custom b]\nmap: {k: !!str v}\n"
	var d doc
	probs := Decode([]byte(src), &d)
	want := "1:8 2:8 3:7 3:17 4:10"
	if got := problemLines(probs); got != want {
		t.Fatalf("tag problems at %s, want %s: %v", got, want, probs)
	}
	if !strings.Contains(probs[0].Msg, `YAML tag "!!binary" is not allowed`) {
		t.Errorf("message = %q", probs[0].Msg)
	}
	if d.Title != "" {
		t.Errorf("a tagged value was decoded: %q", d.Title)
	}
}

// problemLines lists the problems' positions, space-separated.
func problemLines(ps []Problem) string {
	var s []string
	for _, p := range ps {
		s = append(s, p.Pos.String())
	}
	return strings.Join(s, " ")
}

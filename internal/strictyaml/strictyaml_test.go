package strictyaml

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"itcheck/internal/safetext"

	"go.yaml.in/yaml/v3"
)

// decimal decodes itself from a scalar (a Scalar).
type decimal struct{ text string }

func (d *decimal) UnmarshalScalar(text string) error {
	if strings.Trim(text, "0123456789.") != "" {
		return errors.New("expected a decimal, got " + fmt.Sprintf("%q", text))
	}
	d.text = text
	return nil
}

// oneOrMany decodes itself from a node (a NodeDecoder): one word or a list.
type oneOrMany struct {
	words []string
	list  bool
}

func (o *oneOrMany) DecodeNode(n *yaml.Node) []Problem {
	switch n.Kind {
	case yaml.ScalarNode:
		o.words = []string{n.Value}
		return nil
	case yaml.SequenceNode:
		o.list = true
		for _, c := range n.Content {
			o.words = append(o.words, c.Value)
		}
		return nil
	}
	return []Problem{{Pos{n.Line, n.Column}, "expected a word or a list of words"}}
}

type inner struct {
	Meta `yaml:"-"`
	Name string `yaml:"name"`
	N    int    `yaml:"n"`
}

type doc struct {
	Meta    `yaml:"-"`
	Title   string         `yaml:"title"`
	Count   int            `yaml:"count"`
	Big     int64          `yaml:"big"`
	Flag    bool           `yaml:"flag"`
	Inner   inner          `yaml:"inner"`
	Ptr     *inner         `yaml:"ptr"`
	List    []string       `yaml:"list"`
	Items   []inner        `yaml:"items"`
	Map     map[string]int `yaml:"map"`
	Dec     decimal        `yaml:"dec"`
	Either  oneOrMany      `yaml:"either"`
	Plain   string         // untagged: "plain"
	Skipped string         `yaml:"-"`
	hidden  string         // unexported: never decoded
}

const fields = "big, count, dec, either, flag, inner, items, list, map, plain, ptr, title"

// problems formats problems one per line as "line:col: message".
func problems(ps []Problem) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Pos.String() + ": " + p.Msg
	}
	return strings.Join(lines, "\n")
}

func TestDecodeValid(t *testing.T) {
	src := "title: Hello\ncount: 3\nbig: 9007199254740993\nflag: true\ninner: {name: in, n: -2}\n" +
		"ptr:\n  name: p\nlist: [a, b]\nitems:\n  - name: one\n  - {name: two, n: 2}\nmap: {x: 1, y: 2}\n" +
		"dec: 0.25\neither: [w1, w2]\nplain: yes please\n"
	var d doc
	if ps := Decode([]byte(src), &d); ps != nil {
		t.Fatalf("problems:\n%s", problems(ps))
	}
	if d.Title != "Hello" || d.Count != 3 || d.Big != 9007199254740993 || !d.Flag || d.Inner.Name != "in" || d.Inner.N != -2 ||
		d.Ptr == nil || d.Ptr.Name != "p" || strings.Join(d.List, ",") != "a,b" || len(d.Items) != 2 || d.Items[1].N != 2 ||
		d.Map["y"] != 2 || d.Dec.text != "0.25" || !d.Either.list || strings.Join(d.Either.words, ",") != "w1,w2" || d.Plain != "yes please" {
		t.Errorf("decoded %+v", d)
	}
	if d.At != (Pos{1, 1}) || d.PosOf("count") != (Pos{2, 8}) || d.Inner.At != (Pos{5, 8}) || d.Inner.PosOf("n") != (Pos{5, 22}) {
		t.Errorf("positions: doc %v, count %v, inner %v, inner.n %v", d.At, d.PosOf("count"), d.Inner.At, d.Inner.PosOf("n"))
	}
	if d.Items[1].At != (Pos{11, 5}) || d.Ptr.At != (Pos{7, 3}) {
		t.Errorf("positions: items[1] %v, ptr %v", d.Items[1].At, d.Ptr.At)
	}
	if !d.Has("title") || d.Has("skipped") || d.PosOf("absent") != d.At {
		t.Errorf("Has/PosOf of absent keys wrong: %v %v %v", d.Has("title"), d.Has("skipped"), d.PosOf("absent"))
	}
}

const tabMsg = "not valid YAML: a tab here; YAML indents and separates with spaces, not tabs (replace it with spaces)"

func TestDecodeProblems(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key", "title: x\ncolour: red\n", `2:1: unknown field "colour" (expected one of: ` + fields + ")"},
		{"skipped field is unknown", "skipped: x\n", `1:1: unknown field "skipped" (expected one of: ` + fields + ")"},
		{"unexported field is unknown", "hidden: x\n", `1:1: unknown field "hidden" (expected one of: ` + fields + ")"},
		{"unknown key in nested struct", "inner:\n  name: x\n  age: 3\n", `3:3: unknown field "age" (expected one of: n, name)`},
		{"duplicate key", "title: a\ncount: 1\ntitle: b\n", `3:1: key "title" appears twice`},
		{"duplicate map key", "map: {a: 1, b: 2, a: 3}\n", `1:19: key "a" appears twice`},
		{"mapping for a string", "title: {a: b}\n", "1:8: expected a single value, got a mapping"},
		{"list for an int", "count: [1]\n", "1:8: expected a single value, got a list"},
		{"scalar for a list", "list: a\n", `1:7: expected a list, got "a"`},
		{"scalar for a struct", "inner: x\n", `1:8: expected a mapping of n, name, got "x"`},
		{"list for a map", "map: [1]\n", "1:6: expected a mapping, got a list"},
		{"document not a mapping", "- a\n", "1:1: expected a mapping of " + fields + ", got a list"},
		{"quoted number", "count: \"3\"\n", `1:8: expected a whole number, got "3"`},
		{"fraction", "count: 1.5\n", `1:8: expected a whole number, got "1.5"`},
		{"hex number", "count: 0x10\n", `1:8: expected a whole number, got "0x10"`},
		{"int too large", "big: 9223372036854775808\n", `1:6: expected a whole number, got "9223372036854775808"`},
		{"null for an int", "count: null\n", `1:8: expected a whole number, got "null"`},
		{"yes is not a bool", "flag: yes\n", `1:7: expected true or false, got "yes"`},
		{"quoted bool", "flag: \"true\"\n", `1:7: expected true or false, got "true"`},
		{"tagged non-bool", "flag: !!bool yes\n", `1:7: YAML tag "!!bool" is not allowed; write the plain value (tags such as !!binary change what a value means)`},
		{"quoted yes", "flag: \"yes\"\n", `1:7: expected true or false, got "yes"`},
		{"wrong kind in list", "list: [a, [b], c]\n", "1:11: expected a single value, got a list"},
		{"wrong kind in map", "map: {a: 1, b: x}\n", `1:16: expected a whole number, got "x"`},
		{"scalar hook error", "dec: 1/2\n", `1:6: expected a decimal, got "1/2"`},
		{"scalar hook gets a list", "dec: [1]\n", "1:6: expected a single value, got a list"},
		{"node hook problem", "either: {a: b}\n", "1:9: expected a word or a list of words"},
		{"control character before the node hook", "either: \"a\\e[2Jb\"\n",
			"1:9: text contains control character U+001B at character 2; remove it (escape sequences and bidi overrides are refused)"},
		{"control character in a key", "\"ti\\u202etle\": x\n",
			"1:1: text contains control character U+202E at character 3; remove it (escape sequences and bidi overrides are refused)"},
		{"control character in a map value", "map: {\"a\": \"\\x9b1\"}\n",
			"1:12: text contains control character U+009B at character 1; remove it (escape sequences and bidi overrides are refused)"},
		{"anchor", "title: &t x\n", "1:8: anchors and aliases (&, *) are not allowed; write the value out"},
		{"alias", "map: {y: &x 1}\nlist: [a, *x]\n",
			"1:10: anchors and aliases (&, *) are not allowed; write the value out\n2:11: anchors and aliases (&, *) are not allowed; write the value out"},
		{"several problems in document order", "title: [x]\ncount: y\ncolour: z\n",
			"1:8: expected a single value, got a list\n2:8: expected a whole number, got \"y\"\n" +
				`3:1: unknown field "colour" (expected one of: ` + fields + ")"},
		{"syntax error names its line", "title: x\nlist: [a, b\ncount: 1\n", "1:1: not valid YAML: did not find expected ',' or ']'"},
		{"syntax error on a later line (the parser gives lines only)", "title: x\ncount: 1\n  bad: indent\n", "3:1: not valid YAML: mapping values are not allowed in this context"},
		{"empty", "", "1:1: file is empty"},
		{"only a comment", "# nothing here\n", "1:1: file is empty"},
		{"too large", "title: " + strings.Repeat("x", MaxBytes) + "\n", "1:1: file is 1048584 bytes; the limit is 1048576 (1 MiB)"},
		{"too deep", strings.Repeat("[", 10001), "1:1: not valid YAML: exceeded max depth of 10000"},
		// The parser blames a tab on a character "that cannot start any
		// token", at times on the line before it; the tab is named instead.
		{"tab indenting a key", "title: x\ninner:\n\tname: y\n", "3:1: " + tabMsg},
		{"tab after spaces, counted a line early", "title: x\ninner:\n  name: y\n\t  n: z\n", "4:1: " + tabMsg},
		{"tab after a list dash", "list:\n  - a\n  -\tb\n", "3:4: " + tabMsg},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			if got := problems(Decode([]byte(tt.src), &d)); got != tt.want {
				t.Errorf("problems:\n%s\nwant:\n%s", got, tt.want)
			}
			if d.hidden != "" || d.Skipped != "" {
				t.Errorf("decoded a field it must not: %+v", d)
			}
		})
	}
}

func TestDecodeNull(t *testing.T) {
	d := doc{Title: "kept", Ptr: &inner{Name: "old"}, List: []string{"old"}, Map: map[string]int{"old": 1}}
	src := "title: null\nptr: ~\nlist:\nmap: null\ninner:\nitems: ~\n"
	if ps := Decode([]byte(src), &d); ps != nil {
		t.Fatalf("problems:\n%s", problems(ps))
	}
	// A null leaves the value as it was: the Go zero value when decoding
	// into a fresh struct, which is what callers do.
	if d.Title != "kept" || d.Ptr == nil || len(d.List) != 1 || len(d.Map) != 1 || d.Items != nil {
		t.Errorf("after nulls: %+v", d)
	}
	if !d.Has("inner") || d.Inner.Name != "" {
		t.Errorf("null inner: Has = %v, %+v", d.Has("inner"), d.Inner)
	}
	var s doc
	if ps := Decode([]byte("title: ~\nlist: [~]\n"), &s); ps != nil || s.Title != "" || len(s.List) != 1 || s.List[0] != "" {
		t.Errorf("null string: %+v, %s", s, problems(ps))
	}
	if ps := Decode([]byte("title: \"null\"\n"), &s); ps != nil || s.Title != "null" {
		t.Errorf(`quoted "null" = %q, %s`, s.Title, problems(ps))
	}
}

func TestDecodeBoolAndIntForms(t *testing.T) {
	for src, want := range map[string]bool{"flag: true": true, "flag: True": true, "flag: TRUE": true, "flag: false": false, "flag: FALSE": false} {
		d := doc{Flag: !want}
		if ps := Decode([]byte(src), &d); ps != nil || d.Flag != want {
			t.Errorf("%s: flag = %v, %s", src, d.Flag, problems(ps))
		}
	}
	for src, want := range map[string]int{"count: 0": 0, "count: -7": -7, "count: +7": 7, "count: 007": 7} {
		var d doc
		if ps := Decode([]byte(src), &d); ps != nil || d.Count != want {
			t.Errorf("%s: count = %d, %s", src, d.Count, problems(ps))
		}
	}
}

func TestDecodeJSON(t *testing.T) {
	var d doc
	src := `{"title": "J", "count": 2, "list": ["a"], "inner": {"name": "n"}}`
	if ps := Decode([]byte(src), &d); ps != nil || d.Title != "J" || d.Count != 2 || d.Inner.Name != "n" {
		t.Errorf("JSON: %+v, %s", d, problems(ps))
	}
	if got := problems(Decode([]byte(`{"title": "J",`+"\n"+` "colour": 1}`), &d)); !strings.HasPrefix(got, `2:2: unknown field "colour"`) {
		t.Errorf("JSON unknown field: %s", got)
	}
}

// A file holds one document. What follows a second "---" must not be
// silently ignored: it is either refused or decoded, never skipped.
func TestDecodeSecondDocument(t *testing.T) {
	var d doc
	ps := Decode([]byte("title: one\n---\ncolour: red\n"), &d)
	if len(ps) == 0 {
		t.Fatalf("a second YAML document (line 3) was silently ignored; decoded %+v", d)
	}
	if ps[0].Line != 2 && ps[0].Line != 3 {
		t.Errorf("problem at %v, want line 2 or 3: %s", ps[0].Pos, problems(ps))
	}
}

func TestDecodeNodePanics(t *testing.T) {
	for name, v := range map[string]any{"not a pointer": doc{}, "nil pointer": (*doc)(nil)} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("DecodeNode did not panic")
				}
			}()
			DecodeNode(&yaml.Node{Kind: yaml.MappingNode}, v)
		})
	}
}

func TestPosString(t *testing.T) {
	if s := (Pos{3, 14}).String(); s != "3:14" {
		t.Errorf("Pos.String = %q", s)
	}
}

// FuzzDecode: whatever the bytes, Decode returns (never panics), every
// problem has a position and a one-line message free of control
// characters, and text it accepts is free of them too.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"title: Hello\ncount: 3\nflag: true\ninner: {name: in, n: -2}\nlist: [a, b]\nmap: {x: 1}\ndec: 0.25\neither: [w]\n",
		"items:\n  - name: one\n  - {name: two, n: 2}\nptr:\n  name: p\nplain: x\n",
		`{"title": "J", "count": 2, "either": "w"}`,
		"title: &a x\nplain: *a\n",
		"title: \"\\e[2J\\u202e\"\n",
		"count: 0x10\nflag: yes\nbig: 99999999999999999999\n",
		"- a\n",
		"title: one\n---\ntitle: two\n",
		strings.Repeat("[", 200),
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		ps := Decode(data, &d)
		for _, p := range ps {
			if p.Line < 1 || p.Col < 1 || p.Msg == "" {
				t.Errorf("problem without a position: %s: %q", p.Pos, p.Msg)
			}
			if _, r, bad := safetext.FindControl(p.Msg); bad || strings.Contains(p.Msg, "\n") {
				t.Errorf("message carries control character %U: %q", r, p.Msg)
			}
		}
		if len(ps) > 0 {
			return
		}
		// Not d.Either: a NodeDecoder answers for the text inside its node.
		texts := append([]string{d.Title, d.Plain, d.Inner.Name, d.Dec.text}, d.List...)
		for k := range d.Map {
			texts = append(texts, k)
		}
		for _, s := range texts {
			if i, r, bad := safetext.FindControl(s); bad {
				t.Errorf("accepted %q with control character %U at %d", s, r, i)
			}
		}
	})
}

// TestParseThenDecodeNode checks that Parse followed by DecodeNode is
// Decode: the same value for a valid document, the same problems for one
// Parse refuses (and then no document).
func TestParseThenDecodeNode(t *testing.T) {
	for _, src := range []string{
		"title: x\ncount: 3\nlist: [a, b]\n",
		"\ufefftitle: after a byte order mark\n",
		"{\"title\": \"json\", \"count\": 1}\n",
		"title: x\ncolour: red\n",
	} {
		var viaDecode, viaNode doc
		want := problems(Decode([]byte(src), &viaDecode))
		n, ps := Parse([]byte(src))
		if ps != nil || n == nil {
			t.Fatalf("Parse(%q) = %v, %v; want a document", src, n, ps)
		}
		if got := problems(DecodeNode(n, &viaNode)); got != want || !reflect.DeepEqual(viaNode, viaDecode) {
			t.Errorf("%q: Parse+DecodeNode gave %+v (problems %q), Decode %+v (problems %q)", src, viaNode, got, viaDecode, want)
		}
	}
	for _, src := range []string{"", "a: 1\n---\nb: 2\n", "title: [x\n", "title: \"\x1b[2J\"\n"} {
		var d doc
		want := problems(Decode([]byte(src), &d))
		n, ps := Parse([]byte(src))
		if n != nil || problems(ps) != want || want == "" {
			t.Errorf("Parse(%q) = %v, problems %q; want no document and %q", src, n, problems(ps), want)
		}
	}
}

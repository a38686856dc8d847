package questions

import (
	"strings"
	"testing"
)

func TestParseAnswersYAMLAndJSON(t *testing.T) {
	y := "set: tiny\nversion: 0.1.0\nrole: owner\nanswers:\n  a-one: boss-decides\nnotes:\n  alpha: hello\n"
	j := `{"set": "tiny", "version": "0.1.0", "role": "owner", "answers": {"a-one": "boss-decides"}, "notes": {"alpha": "hello"}}`
	for name, data := range map[string]string{"a.yaml": y, "a.json": j} {
		a, err := ParseAnswers(name, []byte(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if c := a.Answers["a-one"]; len(c.IDs) != 1 || c.IDs[0] != "boss-decides" || c.List {
			t.Errorf("%s: a-one = %+v", name, c)
		}
		if a.Notes["alpha"] != "hello" || a.Role != "owner" {
			t.Errorf("%s: notes/role = %v %q", name, a.Notes, a.Role)
		}
	}
}

func TestCheckAnswers(t *testing.T) {
	s, err := Parse("minimal.yaml", readFile(t, "testdata/minimal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		data    string
		partial bool
		want    []string
	}{
		{"valid", "set: tiny\nversion: 0.1.0\nrole: owner\nanswers:\n  a-one: not-sure\n", false, nil},
		{"unknown question", "set: tiny\nversion: 0.1.0\nanswers:\n  a-one: not-sure\n  a-two: x\n", false,
			[]string{`a.yaml:5:10: unknown question "a-two"`}},
		{"unknown option lists valid ones", "set: tiny\nversion: 0.1.0\nanswers:\n  a-one: maybe\n", false,
			[]string{`a.yaml:4:10: question "a-one" has no option "maybe" (expected one of: it-decides, boss-decides, not-sure)`}},
		{"list for a single question", "set: tiny\nversion: 0.1.0\nanswers:\n  a-one: [it-decides]\n", false,
			[]string{`a.yaml:4:10: question "a-one" takes one option, not a list (expected one of: it-decides, boss-decides, not-sure)`}},
		{"missing answer", "set: tiny\nversion: 0.1.0\nanswers: {}\n", false,
			[]string{`a.yaml:3:10: question "a-one" is not answered (expected one of: it-decides, boss-decides, not-sure)`}},
		{"missing answer allowed when partial", "set: tiny\nversion: 0.1.0\nanswers: {}\n", true, nil},
		{"other set", "set: other\nversion: 0.1.0\nanswers:\n  a-one: not-sure\n", false,
			[]string{`a.yaml:1:6: answers are for question set "other", but the questions are "tiny" (questions hash ` + s.Hash[:12] + `)`}},
		{"other version shows both hashes", "set: tiny\nversion: 0.0.9\nhash: abc123\nanswers:\n  a-one: not-sure\n", false,
			[]string{`a.yaml:2:10: answers are for version "0.0.9" of "tiny", but the questions are version "0.1.0" (answers hash abc123, questions hash ` + s.Hash[:12] + `); answer version 0.1.0 again, or score these with --questions and the version 0.0.9 set they were made with`}},
		{"unknown role and area", "set: tiny\nversion: 0.1.0\nrole: cat\nanswers:\n  a-one: not-sure\nnotes:\n  beta: hi\n", false,
			[]string{
				`a.yaml:3:7: unknown role "cat" (expected one of: owner)`,
				`a.yaml:7:3: notes for unknown area "beta" (expected one of: alpha)`,
			}},
		// Near misses get a guess from the set; the cases above, where
		// nothing in the set is close, get none.
		{"mistyped question", "set: tiny\nversion: 0.1.0\nanswers:\n  a-one: not-sure\n  a-onne: it-decides\n", false,
			[]string{`a.yaml:5:11: unknown question "a-onne" (did you mean "a-one"?)`}},
		{"mistyped option", "set: tiny\nversion: 0.1.0\nanswers:\n  a-one: not-suer\n", false,
			[]string{`a.yaml:4:10: question "a-one" has no option "not-suer" (did you mean "not-sure"? expected one of: it-decides, boss-decides, not-sure)`}},
		{"mistyped role and area", "set: tiny\nversion: 0.1.0\nrole: Owner\nanswers:\n  a-one: not-sure\nnotes:\n  alpah: hi\n", false,
			[]string{
				`a.yaml:3:7: unknown role "Owner" (did you mean "owner"? expected one of: owner)`,
				`a.yaml:7:3: notes for unknown area "alpah" (did you mean "alpha"? expected one of: alpha)`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseAnswers("a.yaml", []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			err = s.Check("a.yaml", a, CheckOptions{AllowPartial: tt.partial})
			var got []string
			if err != nil {
				got = strings.Split(err.Error(), "\n")
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestParseAnswersRefusesHostileInput(t *testing.T) {
	tests := map[string]string{
		"escape in note": "set: tiny\nnotes:\n  alpha: \"hi \\e]8;;http://x\\a\"\n",
		"bidi override":  "set: tiny\nrole: \"own\u202eer\"\n",
		"alias":          "set: &x tiny\nrole: *x\n",
		"not a mapping":  "- a\n- b\n",
	}
	for name, data := range tests {
		if _, err := ParseAnswers("a.yaml", []byte(data)); err == nil {
			t.Errorf("%s: accepted", name)
		} else if !strings.HasPrefix(err.Error(), "a.yaml:") {
			t.Errorf("%s: error without position: %v", name, err)
		}
	}
}

func TestCheckRefusesExclusiveCombined(t *testing.T) {
	data := readFile(t, "../scoring/testdata/two-areas.yaml")
	s, err := Parse("two-areas.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseAnswers("a.yaml", []byte("set: two-areas\nversion: 2.0.0\nanswers:\n  q1: x\n  q2: p\n  q3: [m2, not-sure]\n  q4: r\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = s.Check("a.yaml", a, CheckOptions{})
	want := `a.yaml:6:7: question "q3": option "not-sure" (Not sure) cannot be combined with other options`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

func TestHashNote(t *testing.T) {
	long := strings.Repeat("ab", 32) // 64 characters, as sha256 in hex
	for _, tt := range []struct{ answers, set, want string }{
		{"", long, "questions hash abababababab"},
		{long, "0123456789abcdef", "answers hash abababababab, questions hash 0123456789ab"},
		{"abc123", "short", "answers hash abc123, questions hash short"},
	} {
		if got := HashNote(tt.answers, tt.set); got != tt.want {
			t.Errorf("HashNote(%q, %q) = %q, want %q", tt.answers, tt.set, got, tt.want)
		}
	}
}

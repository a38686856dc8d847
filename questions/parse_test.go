package questions

import (
	"os"
	"strings"
	"testing"
)

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestBuiltInSetValidates(t *testing.T) {
	data := readFile(t, "../questions.yaml")
	s, ps := Lint("questions.yaml", data)
	if len(ps) > 0 {
		t.Fatalf("built-in set has problems:\n%v", ps)
	}
	if n := len(s.Areas); n != 4 {
		t.Errorf("built-in set has %d areas, want 4", n)
	}
	if n := s.QuestionCount(); n < 12 || n > 16 {
		t.Errorf("built-in set has %d questions, want 12 to 16", n)
	}
	for _, a := range s.Areas {
		for _, q := range a.Questions {
			notSure := 0
			for _, o := range q.Options {
				if o.NotSure {
					notSure++
				}
			}
			if notSure != 1 {
				t.Errorf("question %s has %d Not sure options, want 1", q.ID, notSure)
			}
		}
	}
}

func TestMinimalSetValidates(t *testing.T) {
	s, err := Parse("minimal.yaml", readFile(t, "testdata/minimal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Hash == "" || len(s.Hash) != 64 {
		t.Errorf("hash = %q, want a sha256 hex", s.Hash)
	}
	q, a := s.Question("a-one")
	if q == nil || a.ID != "alpha" {
		t.Fatalf("Question(a-one) = %v, %v", q, a)
	}
	if got := q.Option("boss-decides").Split.Leadership; got != 7500 {
		t.Errorf("leadership share = %d, want 7500 (0.75 exactly)", got)
	}
}

// edit replaces old with new in the minimal set, once, failing when old is
// not there (so a changed fixture cannot silently make a test pass).
func edit(t *testing.T, old, new string) []byte {
	t.Helper()
	base := string(readFile(t, "testdata/minimal.yaml"))
	if !strings.Contains(base, old) {
		t.Fatalf("fixture has no %q", old)
	}
	return []byte(strings.Replace(base, old, new, 1))
}

// format2 is edit on the minimal set declared format 2, one line lower.
func format2(t *testing.T, old, new string) []byte {
	t.Helper()
	return append([]byte("format: 2\n"), edit(t, old, new)...)
}

func TestValidationRules(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want []string // each a problem line, exactly
	}{
		{"unknown field", edit(t, "title: A tiny set\n", "title: A tiny set\ncolour: blue\n"),
			[]string{"s.yaml:3:1: unknown field \"colour\" (expected one of: areas, bands, closing, description, format, id, minutes, not_known, parties, roles, scoring, source, title, verdicts, version)"}},
		{"unknown field in option", edit(t, "            label: IT decides\n", "            label: IT decides\n            score: 3\n"),
			[]string{"s.yaml:34:13: unknown field \"score\" (expected one of: advice, exclusive, id, label, limit, not_sure, split)"}},
		{"missing set id", edit(t, "id: tiny\n", ""),
			[]string{"s.yaml:1:1: missing id: the set id (kebab-case, like it-accountability)"}},
		{"missing question id", edit(t, "      - id: a-one\n        text", "      - text"),
			[]string{"s.yaml:29:9: missing id: the question id (kebab-case, like budget-owner)"}},
		{"duplicate option id", edit(t, "id: boss-decides", "id: it-decides"),
			[]string{"s.yaml:35:17: duplicate option id \"it-decides\" (first used at 32:17)"}},
		{"id not kebab-case", edit(t, "id: alpha", "id: Alpha_Area"),
			[]string{"s.yaml:26:9: area id \"Alpha_Area\" is not kebab-case (lowercase letters, digits and single dashes, like budget)"}},
		{"shares not summing to 1", edit(t, "{it: 0.25, leadership: 0.75}", "{it: 0.25, leadership: 0.7}"),
			[]string{"s.yaml:37:20: option \"boss-decides\": shares add up to 0.95, not 1 (it 0.25 + leadership 0.7 + unclear 0)"}},
		{"share out of range", edit(t, "{it: 0.25, leadership: 0.75}", "{it: 1.25, leadership: -0.25}"),
			[]string{
				"s.yaml:37:25: expected a share between 0 and 1 with at most 4 decimals (like 0.25), got \"1.25\"",
				"s.yaml:37:43: expected a share between 0 and 1 with at most 4 decimals (like 0.25), got \"-0.25\"",
			}},
		{"band gap", edit(t, "min: 50, max: 100", "min: 60, max: 100"),
			[]string{"s.yaml:23:3: bands leave a gap: no band covers 50 to 59"}},
		{"band overlap", edit(t, "min: 0, max: 49", "min: 0, max: 55"),
			[]string{"s.yaml:24:21: band \"high\" overlaps band \"low\" at 50"}},
		{"band out of range", edit(t, "min: 50, max: 100", "min: 50, max: 120"),
			[]string{"s.yaml:24:21: band \"high\" covers 50 to 120; expected 0 <= min <= max <= 100"}},
		{"fewer than two options", edit(t, "          - id: it-decides\n            label: IT decides\n            split: {it: 1}\n          - id: boss-decides\n            label: The boss decides\n            split: {it: 0.25, leadership: 0.75}\n            advice: {text: Give IT goals., who: leadership}\n", ""),
			[]string{"s.yaml:32:11: question \"a-one\" has 1 option(s); a question needs at least two"}},
		{"empty text", edit(t, "text: Who decides?", "text: \"\""),
			[]string{"s.yaml:30:15: text is empty; write the question's text"}},
		{"bad advice actor", edit(t, "who: leadership}", "who: boss}"),
			[]string{"s.yaml:38:49: advice who is \"boss\"; expected one of: it, leadership, together"}},
		{"missing party", edit(t, "  - id: unclear\n    label: Nobody clearly\n", ""),
			[]string{"s.yaml:5:3: parties: missing party \"unclear\" (every set names it, leadership, unclear)"}},
		{"not yaml", []byte("id: [unclosed\n"),
			[]string{"s.yaml:1:1: not valid YAML: did not find expected ',' or ']'"}},
		{"alias", edit(t, "title: A tiny set", "title: &t A tiny set\ndescription: *t"),
			[]string{
				"s.yaml:2:8: anchors and aliases (&, *) are not allowed; write the value out",
				"s.yaml:3:14: anchors and aliases (&, *) are not allowed; write the value out",
			}},
		{"escape sequence", edit(t, "title: A tiny set", "title: \"A \\e[31mred\\e[0m set\""),
			[]string{"s.yaml:2:8: text contains control character U+001B at character 3; remove it (escape sequences and bidi overrides are refused)"}},
		{"format 2 parts in a format 1 set", edit(t, "            advice: {text: Give IT goals.", "            limit: {it: 0.3, to: leadership}\n            advice: {text: Give IT goals."),
			[]string{"s.yaml:38:20: limit needs format: 2 at the top of the set"}},
		{"a format this itcheck does not read", edit(t, "id: tiny\n", "format: 3\nid: tiny\n"),
			[]string{"s.yaml:1:9: format is 3; this itcheck reads question-set formats 1 to 2"}},
		{"a limit given to IT", format2(t, "            advice: {text: Give IT goals.", "            limit: {it: 0.3, to: it}\n            advice: {text: Give IT goals."),
			[]string{"s.yaml:39:34: option \"boss-decides\": limit to is \"it\"; expected leadership or unclear (who takes what is over the limit)"}},
		{"a limit that limits nothing", format2(t, "            advice: {text: Give IT goals.", "            limit: {it: 1, to: leadership}\n            advice: {text: Give IT goals."),
			[]string{"s.yaml:39:25: option \"boss-decides\": a limit of it: 1 limits nothing; give a share below 1 (like 0.25)"}},
		{"a cause not in kebab-case", format2(t, "who: leadership}", "who: leadership, cause: Money}"),
			[]string{"s.yaml:39:68: cause \"Money\" is not kebab-case (lowercase letters, digits and single dashes, like changes-bypass-it)"}},
		{"an all-IT band with no band below", format2(t, "headline: Low}", "headline: Low, all_areas_it: true}"),
			[]string{"s.yaml:24:61: band \"low\" starts at 0, so it has no band below to give instead; all_areas_it needs a band under it"}},
		{"several problems at once", edit(t, "id: alpha", "id: Alpha\n    colour: red"),
			[]string{
				"s.yaml:26:9: area id \"Alpha\" is not kebab-case (lowercase letters, digits and single dashes, like budget)",
				"s.yaml:27:5: unknown field \"colour\" (expected one of: advice, id, intro, name, questions, title, weight)",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("s.yaml", tt.data)
			if err == nil {
				t.Fatal("Parse accepted an invalid set")
			}
			got := strings.Split(err.Error(), "\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestParseShare(t *testing.T) {
	for in, want := range map[string]Share{"0": 0, "1": 10000, "1.0": 10000, "0.5": 5000, ".25": 2500, "0.3333": 3333} {
		if got, err := ParseShare(in); err != nil || got != want {
			t.Errorf("ParseShare(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", ".", "1.5", "2", "-1", "0.12345", "abc", "0,5", "1e-1"} {
		if _, err := ParseShare(in); err == nil {
			t.Errorf("ParseShare(%q) accepted", in)
		}
	}
	if s := Share(4167).String(); s != "0.4167" {
		t.Errorf("String = %q", s)
	}
}

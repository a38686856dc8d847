package questions

import (
	"strings"
	"testing"
)

func TestLintWarnings(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"leadership-heavy option without advice",
			edit(t, "            advice: {text: Give IT goals., who: leadership}\n", ""),
			`s.yaml:35:13: warning: option "boss-decides" puts most of the area on leadership (0.75) but gives no advice`},
		{"question without not sure",
			edit(t, "          - id: not-sure\n            label: Not sure\n            not_sure: true\n            split: {unclear: 1}\n", ""),
			`s.yaml:29:9: warning: question "a-one" has no "Not sure" option (not_sure: true); people who don't know must guess`},
		{"a Not sure option that gives IT a share",
			edit(t, "            not_sure: true\n            split: {unclear: 1}", "            not_sure: true\n            split: {it: 0.5, unclear: 0.5}"),
			`s.yaml:42:20: warning: option "not-sure" is Not sure but gives IT a share (0.5); not knowing puts nothing in IT's hands, so give it {unclear: 1}`},
		{"one question dominates its area",
			// weights 3 and 1: a-one is 3/4 of the area
			dominated(t),
			`s.yaml:31:17: warning: question "a-one" has weight 3 of 4 in area "alpha": it alone decides the area`},
		{"a version that is not a version number",
			edit(t, "version: 0.1.0\n", "version: two\n"),
			`s.yaml:3:10: warning: version "two" is not a version number like 1.0.0; reports record it and answers are matched to a set by it, so raise it like one when the questions change`},
		{"thresholds that leave no area shared",
			// Not cloudy: unclear below 0.4, so IT and leadership share
			// more than 0.6 and the larger has more than 0.3, which is at
			// least carries_at.
			edit(t, "  carries_at: 0.6\n", "  carries_at: 0.3\n"),
			`s.yaml:16:15: warning: scoring.carries_at is 0.3: an area that is not cloudy leaves IT and leadership more than 0.6, so one of them always reaches 0.3 and no area is ever shared; to allow shared areas, set carries_at above 0.3`},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, ps := Lint("s.yaml", tt.data)
			if s == nil {
				t.Fatalf("set did not parse: %v", ps)
			}
			if len(ps.Errors()) > 0 {
				t.Fatalf("unexpected errors: %v", ps.Errors())
			}
			if got := ps.Error(); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
			if _, err := Parse("s.yaml", tt.data); err != nil {
				t.Errorf("Parse refused a set with only warnings: %v", err)
			}
		})
	}
}

// dominated gives the minimal set a second question, a copy of the first
// with weight 1, and the first weight 3.
func dominated(t *testing.T) []byte {
	dom := string(edit(t, "        text: Who decides?\n", "        text: Who decides?\n        weight: 3\n"))
	i := strings.Index(dom, "      - id: a-one")
	second := strings.ReplaceAll(dom[i:], "a-one", "a-two")
	second = strings.Replace(second, "        weight: 3\n", "", 1)
	return []byte(dom + second)
}

// TestNoWarningsAfterErrors: a set with an error gets no warnings, which
// would mostly follow from it (a refused weight counts as 1 and makes its
// neighbours look dominant), and an exclusive option under a misspelt
// kind is not blamed for the kind.
func TestNoWarningsAfterErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		data []byte
		want string
	}{
		{"a refused weight", dominatedBy(t, "-3"), `s.yaml:31:17: weight is -3; expected 1 or more (or leave it out for 1)`},
		{"a misspelt kind with an exclusive option",
			edit(t, "        text: Who decides?\n", "        text: Who decides?\n        kind: multiple\n"),
			`s.yaml:31:15: kind is "multiple"; expected single or multi`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data
			if strings.Contains(tt.name, "exclusive") {
				data = []byte(strings.Replace(string(data), "            not_sure: true\n", "            not_sure: true\n            exclusive: true\n", 1))
			}
			_, ps := Lint("s.yaml", data)
			if got := ps.Error(); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// dominatedBy is dominated with the first question's weight w.
func dominatedBy(t *testing.T, w string) []byte {
	return []byte(strings.Replace(string(dominated(t)), "        weight: 3\n", "        weight: "+w+"\n", 1))
}

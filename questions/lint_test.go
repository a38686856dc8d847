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

package scoring

import (
	"strings"
	"testing"

	"itcheck/questions"
)

// lintSet is a format-2 set of one area and two questions; each test case
// edits one line of it.
const lintSet = `format: 2
id: tiny
title: A tiny set
version: 0.1.0
parties:
  - {id: it, label: IT}
  - {id: leadership, label: Leadership}
  - {id: unclear, label: Nobody}
roles:
  - {id: owner, label: Owner}
scoring: {cloudy_at: 0.4, carries_at: 0.6}
verdicts:
  it: {label: IT}
  leadership: {label: Leadership}
  shared: {label: Shared}
  cloudy: {label: Cloudy}
bands:
  - {id: low, min: 0, max: 49, headline: Low}
  - {id: high, min: 50, max: 100, headline: High, all_areas_it: true}
areas:
  - id: alpha
    title: First area?
    advice:
      leadership: {text: Lead., who: leadership}
      cloudy: {text: Find out., who: together}
    questions:
      - id: a-one
        text: Who decides?
        options:
          - {id: it-decides, label: IT decides, split: {it: 1}}
          - {id: boss-decides, label: The boss decides, split: {leadership: 1}, limit: {it: 0.3, to: leadership}, advice: {text: Give IT goals., who: leadership}}
          - {id: not-sure, label: Not sure, not_sure: true, split: {unclear: 1}}
      - id: a-two
        text: Who pays?
        options:
          - {id: it-pays, label: IT pays, split: {it: 1}}
          - {id: not-sure, label: Not sure, not_sure: true, split: {unclear: 1}}
`

func TestLint(t *testing.T) {
	tests := []struct {
		name  string
		edits []string // pairs: text in the set, its replacement
		want  string
	}{
		{"a clean set", nil, ""},
		{"a limit that never changes anything",
			// with a-one Not sure, IT has at most (0 + 1)/2 = 0.5 of the area
			// and unclear at least 0.5: cloudy by the shares alone
			[]string{"{id: not-sure, label: Not sure, not_sure: true, split: {unclear: 1}}", "{id: not-sure, label: Not sure, not_sure: true, split: {unclear: 1}, limit: {it: 0.9, to: unclear}}"},
			`s.yaml:32:89: warning: option "not-sure": its limit (IT at most 0.9, the rest to unclear) never changes anything: whenever it is chosen, IT's share of area "alpha" is at most 0.5 and the area is cloudy already`},
		{"advice for a verdict no answers give",
			[]string{"      cloudy: {text: Find out., who: together}\n", "      cloudy: {text: Find out., who: together}\n      shared: {text: Share., who: together}\n"},
			`s.yaml:26:15: warning: area "alpha": the advice for shared never shows: no answers give the area that verdict`},
		{"a band out of reach",
			// IT's best is now (1 + 0.8)/2 = 0.9: the index tops out at 90
			[]string{
				"{id: it-pays, label: IT pays, split: {it: 1}}", "{id: it-pays, label: IT pays, split: {it: 0.8, leadership: 0.2}}",
				"max: 49,", "max: 94,", "min: 50,", "min: 95,",
			},
			`s.yaml:19:5: warning: band "high" (95 to 100) cannot be reached: answers give an index from 0 to 90`},
		{"a band for every area on IT when one area never is",
			// IT's best is (0.4 + 0.7)/2 = 0.55, under carries_at 0.6
			[]string{
				"{id: it-decides, label: IT decides, split: {it: 1}}", "{id: it-decides, label: IT decides, split: {it: 0.4, leadership: 0.6}}",
				"{id: it-pays, label: IT pays, split: {it: 1}}", "{id: it-pays, label: IT pays, split: {it: 0.7, leadership: 0.3}}",
			},
			`s.yaml:19:65: warning: band "high" needs every area on IT, but no answers put area "alpha" there`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := lintSet
			for i := 0; i+1 < len(tt.edits); i += 2 {
				if !strings.Contains(data, tt.edits[i]) {
					t.Fatalf("the set has no %q", tt.edits[i])
				}
				data = strings.Replace(data, tt.edits[i], tt.edits[i+1], 1)
			}
			s, err := questions.Parse("s.yaml", []byte(data))
			if err != nil {
				t.Fatal(err)
			}
			if got := Lint("s.yaml", s).Error(); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

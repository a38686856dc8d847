package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"itcheck/questions"
)

func TestAccessibleTextGolden(t *testing.T) {
	out := Text(mixedResult(t), TextOptions{Accessible: true, Path: "itcheck-2026-11-27.md", MaxRecommendations: 3, Width: 80})
	golden.RequireEqual(t, out)
}

// Every area is said in words and numbers, with no bar, legend or colour.
func TestAccessibleTextWordsNotBars(t *testing.T) {
	for _, c := range []struct {
		name string
		opt  TextOptions
	}{
		{"plain", TextOptions{Accessible: true}},
		{"explain", TextOptions{Accessible: true, Explain: true, Width: 40}},
	} {
		r := incompleteResult(t)
		out := Text(r, c.opt)
		if strings.Contains(out, "\x1b") {
			t.Errorf("%s: colour codes in the accessible verdict", c.name)
		}
		for _, cell := range []string{cellIT, cellLeadership, cellUnclear, cellNone} {
			if strings.Contains(out, cell) {
				t.Errorf("%s: the bar character %q is in the accessible verdict:\n%s", c.name, cell, out)
			}
		}
		flat := strings.Join(strings.Fields(out), " ")
		for i := range r.Areas {
			ar := &r.Areas[i]
			want := label(ar.Area.Title) + labelNotAnswered + "."
			if ar.Scored() {
				pc := ar.Split.Percent()
				want = fmt.Sprintf("%s%s. %s %d percent, %s %d, %s %d.", label(ar.Area.Title), verdictLabel(r.Set, ar),
					r.Set.Party(questions.PartyIT).Label, pc[0],
					lowerWord(r.Set.Party(questions.PartyLeadership).Label), pc[1],
					lowerWord(r.Set.Party(questions.PartyUnclear).Label), pc[2])
			}
			if !strings.Contains(flat, want) {
				t.Errorf("%s: the verdict lacks %q:\n%s", c.name, want, out)
			}
		}
		if !strings.Contains(flat, fmt.Sprintf("Accountability index: %d out of 100", r.Index)) {
			t.Errorf("%s: no index in words:\n%s", c.name, out)
		}
	}
}

// The issue's own example: a title without a question mark.
func TestAreaSentence(t *testing.T) {
	r := mixedResult(t)
	ar := r.Areas[2]
	title := "Who controls the IT budget"
	ar.Area = &questions.Area{ID: ar.Area.ID, Title: title}
	ar.Verdict = questions.PartyLeadership
	ar.Split = split(0.2, 0.7, 0.1)
	ar.Unknown = false
	want := "Who controls the IT budget: Leadership carries it. IT 20 percent, leadership 70, unclear 10."
	if got := areaSentence(r, &ar); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestLowerWord(t *testing.T) {
	for in, want := range map[string]string{"Leadership": "leadership", "IT": "IT", "Unclear": "unclear", "X": "X", "": "", "Éire": "éire"} {
		if got := lowerWord(in); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", in, got, want)
		}
	}
}

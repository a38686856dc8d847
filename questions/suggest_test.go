package questions

import (
	"strings"
	"testing"
)

// TestClosestRule walks both sides of each part of the closeness rule in
// suggest.go.
func TestClosestRule(t *testing.T) {
	long := "budget-vs-recommendation"
	tests := []struct {
		name  string
		typed string
		known []string
		want  string
	}{
		{"one letter dropped", "budget-vs-recomendation", []string{"strategy-driver", long}, long},
		{"two letters swapped", "ownre", []string{"owner", "it-lead"}, "owner"},
		{"short id, two edits", "ownr1", []string{"owner"}, "owner"},
		{"short id, three edits is unrelated", "onr1", []string{"owner"}, ""},
		// 21 characters typed: up to max(2, 21/4) = 5 edits.
		{"long id, five edits", "budgt-recommendations", []string{long}, long},
		// 19 characters typed: up to 4 edits.
		{"long id, five edits is too many when shorter", "budget-recmendation", []string{long}, ""},
		{"unrelated id", "finance", []string{"strategy", "change"}, ""},
		{"a guess keeps some of what was typed", "x", []string{"it", "leadership"}, ""},
		{"one character off a two-character id", "iy", []string{"it"}, "it"},
		{"the closest wins", "chang", []string{"chart", "change"}, "change"},
		{"a tie goes to the first in the set", "lost", []string{"last", "list"}, "last"},
		{"nothing known", "owner", nil, ""},
		{"too long to be a typo", strings.Repeat("a", maxSuggestChars) + "b", []string{strings.Repeat("a", maxSuggestChars)}, ""},
		{"too long to be offered", strings.Repeat("a", maxSuggestChars), []string{strings.Repeat("a", maxSuggestChars+1)}, ""},
		{"the longest id compared", strings.Repeat("a", maxSuggestChars-1) + "b", []string{strings.Repeat("a", maxSuggestChars)}, strings.Repeat("a", maxSuggestChars)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := newSuggester().closest(tt.typed, tt.known); got != tt.want {
				t.Errorf("closest(%q, %q) = %q, want %q", tt.typed, tt.known, got, tt.want)
			}
		})
	}
}

// TestClosestBudget shows guesses stop, whole, once one Check has made
// as many comparisons as it may.
func TestClosestBudget(t *testing.T) {
	known := []string{"alpha", "beta", "gamma"}
	g := &suggester{left: 2 * len(known)}
	for i, want := range []string{"alpha", "beta", ""} {
		if got := g.closest(known[i]+"x", known); got != want {
			t.Errorf("guess %d: got %q, want %q", i+1, got, want)
		}
	}
}

package questions

import (
	"fmt"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// The closeness rule for "did you mean": a known id is offered for an id
// that is not in the set when its Levenshtein distance d (in characters:
// one insertion, deletion or substitution each counts 1, so two swapped
// letters count 2) from the typed id is
//
//   - at most max(2, n/4), where n is the length of the typed id: one or
//     two slips in a short id, a slip every four characters in a long one;
//   - less than the length of the shorter of the two ids, so that a guess
//     always keeps some of what was typed ("x" is not a typo of "it",
//     though only two edits apart); and
//   - the smallest of all the known ids; on a tie the first in the set's
//     order wins.
//
// Ids longer than maxSuggestChars are neither guessed for nor offered: a
// mistyped id is a short word or three, and comparing long ones would
// only cost time.
const maxSuggestChars = 64

// suggestBudget is how many id comparisons one Check may make. Files may
// come from anyone, and an answers file full of unknown ids checked
// against a set with thousands of questions would otherwise take long;
// once the budget would run out no more guesses are made, so a guess is
// never picked from only some of the known ids.
const suggestBudget = 20000

// suggester picks, for ids that are not in a set, the known id each is
// most likely a typo of, within one budget of comparisons.
type suggester struct {
	left int
}

func newSuggester() *suggester { return &suggester{left: suggestBudget} }

// closest returns the id in known that typed most likely is a typo of, by
// the closeness rule above, or "" when none is close enough.
func (g *suggester) closest(typed string, known []string) string {
	n := utf8.RuneCountInString(typed)
	if n > maxSuggestChars || len(known) > g.left {
		return ""
	}
	g.left -= len(known)
	limit := max(2, n/4)
	best, bestD := "", limit+1
	for _, k := range known {
		m := utf8.RuneCountInString(k)
		// The difference in length is a lower bound on the distance.
		if m > maxSuggestChars || abs(m-n) >= bestD {
			continue
		}
		d := levenshtein.ComputeDistance(typed, k)
		if d > 0 && d < bestD && d < min(n, m) {
			best, bestD = k, d
		}
	}
	return best
}

// guessNote is the hint for guess, as a parenthesis to end a message,
// or "" when there is no guess.
func guessNote(guess string) string {
	if guess == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", guess)
}

// guessLead is the hint for guess, to open a parenthesis that goes on to
// list what is expected, or "" when there is no guess.
func guessLead(guess string) string {
	if guess == "" {
		return ""
	}
	return fmt.Sprintf("did you mean %q? ", guess)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

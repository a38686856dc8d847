package strictyaml

import (
	"fmt"
	"unicode/utf8"

	"itcheck/internal/safetext"
)

// Text from a file may end up on someone's terminal or in a shared report,
// so control characters are refused wherever they stand.

// rawControls finds control characters written into the file as they are
// (not as YAML escapes, which the decoder checks after unescaping). The
// YAML parser would refuse them too, but without saying where. Carriage
// returns are allowed for files with Windows line endings.
func rawControls(data []byte) []Problem {
	var probs []Problem
	line, col := 1, 1
	for i, r := range string(data) {
		switch {
		case r == '\n':
			line, col = line+1, 1
			continue
		case r == '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				break
			}
			// A lone carriage return ends a line for YAML too.
			line, col = line+1, 1
			continue
		case r == utf8.RuneError && invalidAt(data, i):
			probs = append(probs, Problem{Pos{line, col}, "the file is not valid UTF-8 text here; save it as UTF-8"})
			return probs
		case safetext.IsControl(r):
			probs = append(probs, Problem{Pos{line, col}, fmt.Sprintf("%s %U is not allowed; remove it (%s)", safetext.Describe(r), r, why(r))})
		}
		col++
	}
	return probs
}

// invalidAt reports whether the bytes at i are not UTF-8 (as opposed to
// a U+FFFD written on purpose).
func invalidAt(data []byte, i int) bool {
	_, size := utf8.DecodeRune(data[i:])
	return size == 1
}

// why says, in messages about r, what kind of character is refused.
func why(r rune) string {
	if safetext.Describe(r) == "control character" {
		return "escape sequences and bidi overrides are refused"
	}
	return "zero-width, format, separator and private-use characters are refused"
}

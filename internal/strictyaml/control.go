package strictyaml

import (
	"fmt"
	"unicode/utf8"
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
		case IsControl(r):
			probs = append(probs, Problem{Pos{line, col}, fmt.Sprintf("control character %U is not allowed; remove it (escape sequences and bidi overrides are refused)", r)})
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

// FindControl returns the index (in runes) and value of the first rune in s
// that must not reach a terminal or a report: C0 controls other than tab
// and newline, DEL, C1 controls, and bidirectional overrides and isolates.
func FindControl(s string) (int, rune, bool) {
	i := 0
	for _, r := range s {
		if IsControl(r) {
			return i, r, true
		}
		i++
	}
	return 0, 0, false
}

// IsControl reports whether r is refused by FindControl.
func IsControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

package strictyaml

import (
	"fmt"
	"unicode"
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
			probs = append(probs, Problem{Pos{line, col}, fmt.Sprintf("%s %U is not allowed; remove it (%s)", Describe(r), r, why(r))})
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
	if Describe(r) == "control character" {
		return "escape sequences and bidi overrides are refused"
	}
	return "zero-width, format, separator and private-use characters are refused"
}

// FindControl returns the index (in runes) and value of the first rune in s
// that must not reach a terminal or a report (see IsControl).
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

// IsControl reports whether r must not reach a terminal or a report: C0
// controls other than tab and newline, DEL, C1 controls, and the
// invisible characters that can make text read other than it is (see
// IsInvisible), bidirectional overrides and isolates among them.
func IsControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	}
	return IsInvisible(r)
}

// IsInvisible reports whether r is an invisible or format character:
// Unicode categories Cf (format: zero-width spaces and joiners, byte order
// marks, bidi marks, overrides and isolates, tag characters), Co (private
// use), Cs (surrogates), Zl and Zp (line and paragraph separators).
func IsInvisible(r rune) bool {
	if r < 0xad {
		return false // fast path: nothing below the soft hyphen
	}
	return unicode.In(r, unicode.Cf, unicode.Co, unicode.Cs, unicode.Zl, unicode.Zp)
}

// Describe names the kind of character r is, for messages about it:
// "control character" for C0 and C1 controls, DEL and the bidirectional
// controls (marks, embeddings, overrides, isolates), "invisible character"
// for the other characters IsInvisible reports.
func Describe(r rune) string {
	switch {
	case r < 0x20 || r == 0x7f, r >= 0x80 && r <= 0x9f:
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
	default:
		return "invisible character"
	}
	return "control character"
}

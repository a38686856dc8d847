package safetext

import "unicode"

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

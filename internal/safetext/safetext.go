// Package safetext makes text that people or files wrote safe to show:
// free of control characters for a terminal, and escaped for markdown so
// that it stays the plain text it was.
package safetext

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean removes what must never reach a terminal or a report from text:
// C0 and C1 control characters (escape sequences start with them), DEL,
// and invisible and format characters such as bidirectional overrides,
// zero-width spaces and byte order marks (IsControl). Line ends
// become "\n" and tabs become spaces.
func Clean(s string) string {
	if clean(s, false) {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r == '\ufeff' || IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Quote returns s as it is when it holds only printable characters, and
// otherwise quoted as Go's %q quotes it: control and invisible characters
// become escapes such as \x1b and \u202e, and invalid UTF-8 \xff. It is
// for names and values echoed in messages (file names above all), which
// then show what they hold and can do nothing to a terminal.
func Quote(s string) string {
	if printable(s) {
		return s
	}
	return strconv.Quote(s)
}

// printable reports whether s is valid UTF-8 made only of printable
// characters and ordinary spaces.
func printable(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		}
		if !unicode.IsPrint(r) || IsControl(r) {
			return false
		}
	}
	return true
}

// Message makes a message safe to print, whatever it quotes: each control
// or invisible character other than a newline or tab becomes its escape
// (\x1b, \u202e), as Quote would write it, and invalid UTF-8 becomes \xff.
// Messages whose values were already quoted pass unchanged.
func Message(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case IsControl(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// JSON escapes, in JSON text, every control or invisible character that
// encoding/json leaves raw (C1 controls, bidi overrides, zero-width and
// tag characters) as \uXXXX, so the JSON means the same and can be printed
// to a terminal. Such characters can only stand inside strings in valid
// JSON; characters outside the Basic Multilingual Plane become surrogate
// pairs, as JSON writes them.
func JSON(b []byte) []byte {
	if printableJSON(b) {
		return b
	}
	out := make([]byte, 0, len(b)+64)
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError && IsControl(r) && r >= 0x7f {
			if r > 0xffff {
				hi, lo := utf16Pair(r)
				out = fmt.Appendf(out, `\u%04x\u%04x`, hi, lo)
			} else {
				out = fmt.Appendf(out, `\u%04x`, r)
			}
		} else {
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	return out
}

// printableJSON reports whether b holds nothing JSON must escape for a
// terminal: the common case, checked without copying.
func printableJSON(b []byte) bool {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError && IsControl(r) && r >= 0x7f {
			return false
		}
		i += size
	}
	return true
}

// utf16Pair splits r (above U+FFFF) into its UTF-16 surrogate pair.
func utf16Pair(r rune) (rune, rune) {
	r -= 0x10000
	return 0xd800 + (r>>10)&0x3ff, 0xdc00 + r&0x3ff
}

// Note cleans a note a person typed and tidies its layout: no spaces
// at line ends and no blank lines around it. An empty result means there
// is no note.
func Note(s string) string {
	lines := strings.Split(Clean(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// Line cleans s and folds it onto one line with single spaces.
func Line(s string) string {
	if clean(s, true) {
		return s
	}
	return strings.Join(strings.Fields(Clean(s)), " ")
}

// MarkdownInline escapes s for use inside a markdown line: a table cell, a
// heading, a list item or a paragraph. Line breaks become spaces.
func MarkdownInline(s string) string {
	return escapeLine(Line(s))
}

// MarkdownQuote renders text a person typed as a markdown blockquote, each line
// prefixed by "> ", escaped so that it stays plain text inside the quote,
// and its line breaks kept.
func MarkdownQuote(s string) string {
	lines := strings.Split(Note(s), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	var b strings.Builder
	for i, l := range lines {
		if l == "" {
			b.WriteString(">\n")
			continue
		}
		b.WriteString("> ")
		b.WriteString(escapeLine(l))
		if i+1 < len(lines) && lines[i+1] != "" {
			// A hard line break: markdown would join the lines into one.
			b.WriteByte('\\')
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// escapeLine escapes one line of text (already clean, trimmed, without
// line breaks) so that GitHub-flavoured markdown shows it as the same
// plain text: no raw HTML or entities, emphasis, code, links, images,
// autolinks, mentions, math, strikethrough or table cells, and, at the
// start of the line, no heading, list, quote, thematic break or setext
// underline.
func escapeLine(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	digits := true // every rune so far is a digit: "1." would start a list
	for i, r := range rs {
		esc := false
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '$', '@':
			esc = true
		case '-', '+', '=':
			esc = i == 0
		case '.', ')':
			esc = digits && i > 0
			if r == '.' && !esc {
				// "www." starts a GitHub autolink.
				esc = i >= 3 && strings.EqualFold(string(rs[i-3:i]), "www")
			}
		case ':':
			// "scheme://" starts a GitHub autolink.
			esc = i+2 < len(rs) && rs[i+1] == '/' && rs[i+2] == '/'
		}
		if r < '0' || r > '9' {
			digits = false
		}
		if esc {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// clean reports whether Clean would leave s as it is, and with line set
// whether Line would: no spaces at the ends or next to each other, and no
// other white space. Most text is, and this tells without allocating.
func clean(s string, line bool) bool {
	space := true // at the start, a space would be one too many
	for _, r := range s {
		switch {
		case r == ' ':
			if line && space {
				return false
			}
			space = true
			continue
		case r < 0x7f:
			if r < 0x20 && (line || r != '\n') {
				return false
			}
		case r == utf8.RuneError || r == '\ufeff' || r == '\u2028' || r == '\u2029' || IsControl(r):
			return false // (an invalid byte is RuneError too, and Clean replaces it)
		case line && unicode.IsSpace(r):
			return false
		}
		space = false
	}
	return !line || !space || s == ""
}

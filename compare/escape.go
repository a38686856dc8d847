package compare

import "strings"

// md escapes text for one line of GitHub-flavoured markdown (a table
// cell, heading, list item or paragraph) so that it shows as the same
// plain text: control characters are removed, line breaks become spaces,
// and everything markdown could read as syntax is backslash-escaped: raw
// HTML and entities, emphasis, code, links, images, autolinks, mentions,
// math, strikethrough and table cells anywhere; headings, lists, quotes
// and thematic breaks at the start.
func md(s string) string {
	rs := []rune(cleanText(s))
	var b strings.Builder
	b.Grow(len(rs) + len(rs)/8)
	digits := true // every rune so far is a digit: "1." would start a list
	for i, r := range rs {
		esc := false
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '$', '@', '!':
			esc = true
		case '-', '+', '=':
			esc = i == 0
		case '.', ')':
			esc = digits && i > 0
			if r == '.' && !esc {
				esc = i >= 3 && strings.EqualFold(string(rs[i-3:i]), "www")
			}
		case ':':
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

// mdQuote renders text a person typed as a blockquote, line by line.
func mdQuote(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for len(lines) > 0 && md(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && md(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	var b strings.Builder
	for _, l := range lines {
		if l = md(l); l == "" {
			b.WriteString(">\n")
			continue
		}
		b.WriteString("> " + l + "\n")
	}
	return b.String()
}

package strictyaml

import "strings"

// tabHint replaces a syntax problem caused by a tab with one that says so,
// at the tab. The parser calls a tab "a character that cannot start any
// token" and counts it, at times, on the line before the tab's, so the
// problem's line and the next are searched for a tab among the blanks
// that start a line or stand before a value.
func tabHint(data []byte, p Problem) Problem {
	if !strings.Contains(p.Msg, "cannot start any token") && !strings.Contains(p.Msg, "tab character") {
		return p
	}
	lines := strings.Split(string(data), "\n")
	for l := p.Line; l <= p.Line+1 && l <= len(lines); l++ {
		line := lines[l-1]
		if col := blankTab(line); col > 0 {
			return Problem{Pos{l, col}, "not valid YAML: a tab here; YAML indents and separates with spaces, not tabs (replace it with spaces)"}
		}
	}
	return p
}

// blankTab is the column (counted in characters, from 1) of the first tab
// in the run of blanks at the start of line or after a "-" or ":" that
// introduces a value, or 0 when there is none there.
func blankTab(line string) int {
	col := 0
	blank := true
	var prev rune
	for _, r := range line {
		col++
		switch {
		case r == '\t' && blank:
			return col
		case r == ' ':
		case r == '\t':
		default:
			blank = false
			if r == '#' && (prev == ' ' || prev == 0) {
				return 0
			}
		}
		if (r == '-' || r == ':') && !blank {
			blank = true
		}
		prev = r
	}
	return 0
}

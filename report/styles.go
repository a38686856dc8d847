package report

import (
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"

	"itcheck/questions"
	"itcheck/scoring"
)

// Bar cells, one character per party so that the bar reads without colour.
const (
	cellIT         = "█"
	cellLeadership = "▓"
	cellUnclear    = "░"
	cellNone       = "·" // an area with no answers
)

// Styles holds the lipgloss styles of the terminal verdict; the team
// view uses them too, so that both look alike.
type Styles struct {
	Headline   lipgloss.Style            // the band's headline
	Warn       lipgloss.Style            // incomplete results and other warnings
	Label      lipgloss.Style            // labels such as "Accountability index"
	Index      lipgloss.Style            // the index figure
	Muted      lipgloss.Style            // secondary text: glosses, legends, who acts
	Heading    lipgloss.Style            // section headings
	Verdict    lipgloss.Style            // an area's verdict
	Number     lipgloss.Style            // list numbers and figures
	Party      map[string]lipgloss.Style // bar and legend colour by party id
	PartyCells map[string]string         // bar character by party id

	plain bool // no styling at all (see fillPlain)
}

// NewStyles picks colours for a dark or light background.
func NewStyles(dark bool) Styles {
	var st Styles
	st.fill(dark)
	return st
}

// NewPlainStyles returns styles that style nothing, for output that
// shows no styling (a pipe, a file, NO_COLOR): the text is the same, and
// nothing is spent on sequences that would be stripped again.
func NewPlainStyles() Styles {
	var st Styles
	st.fillPlain()
	return st
}

// fill sets st's styles for a dark or light background. A lipgloss.Style
// is large (some 650 bytes) and each of its setters returns a copy, so
// every style is made by fg, in a frame of its own: built in one function,
// the copies took some 24 KB of stack, which the command's goroutine grew
// to by copying its stack twice more.
func (st *Styles) fill(dark bool) {
	ld := lipgloss.LightDark(dark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }
	accent := c("#5A56E0", "#8B87FF")
	muted := c("#6B6B6B", "#9A9A9A")
	st.Headline = fg(accent, true)
	st.Warn = fg(c("#B45309", "#FBBF24"), true)
	st.Label = fg(nil, true)
	st.Index = fg(accent, true)
	st.Muted = fg(muted, false)
	st.Heading = fg(accent, true)
	st.Verdict = fg(nil, true)
	st.Number = fg(accent, false)
	st.Party = map[string]lipgloss.Style{
		questions.PartyIT:         fg(c("#1D6FD8", "#4EA8FF"), false),
		questions.PartyLeadership: fg(c("#C2410C", "#FF9F43"), false),
		questions.PartyUnclear:    fg(c("#8A8A8A", "#7A7A7A"), false),
		"":                        fg(muted, false),
	}
	st.PartyCells = cellsByParty()
}

// fillPlain sets st's styles to none at all, for text that shows no
// styling.
func (st *Styles) fillPlain() {
	*st = Styles{
		plain: true,
		Party: map[string]lipgloss.Style{
			questions.PartyIT: {}, questions.PartyLeadership: {}, questions.PartyUnclear: {}, "": {},
		},
		PartyCells: cellsByParty(),
	}
}

// cellsByParty is the bar character of each party id.
func cellsByParty() map[string]string {
	return map[string]string{
		questions.PartyIT:         cellIT,
		questions.PartyLeadership: cellLeadership,
		questions.PartyUnclear:    cellUnclear,
		"":                        cellNone,
	}
}

// render is style.Render(s), or s for plain styles: lipgloss takes its
// time over a style that sets nothing too.
func (st *Styles) render(style lipgloss.Style, s string) string {
	if st.plain {
		return s
	}
	return style.Render(s)
}

// fg is a style in colour c (none when nil), bold or not.
//
//go:noinline
func fg(c color.Color, bold bool) lipgloss.Style {
	s := lipgloss.NewStyle()
	if bold {
		s = s.Bold(true)
	}
	if c != nil {
		s = s.Foreground(c)
	}
	return s
}

// Bar draws a split as n cells, one run per party in the fixed order,
// each party with its own character so that the bar reads without colour.
// An area with no answers (scored false) is a row of dots.
func (st *Styles) Bar(s scoring.Split, scored bool, n int) string {
	if !scored {
		return st.render(st.Party[""], strings.Repeat(st.PartyCells[""], n))
	}
	var b strings.Builder
	for i, c := range cells(s, n) {
		if c == 0 {
			continue
		}
		p := questions.PartyIDs[i]
		b.WriteString(st.render(st.Party[p], strings.Repeat(st.PartyCells[p], c)))
	}
	return b.String()
}

// cells divides n cells among the parties in proportion to the split,
// by largest remainder (ties go to the party listed first).
func cells(s scoring.Split, n int) [3]int {
	one := int(questions.One)
	exact := [3]int{int(s.IT) * n, int(s.Leadership) * n, int(s.Unclear) * n}
	var out [3]int
	total := 0
	for i, v := range exact {
		out[i] = v / one
		total += out[i]
	}
	for total < n {
		best := -1
		for i, v := range exact {
			if best < 0 || v%one > exact[best]%one {
				best = i
			}
		}
		out[best]++
		exact[best] = out[best] * one // its remainder is used up
		total++
	}
	return out
}

// VerdictStyle styles an area's verdict in the colour of the party that
// carries it; an area with no verdict (nothing answered) is muted.
func (st *Styles) VerdictStyle(verdict string) lipgloss.Style {
	if st.plain {
		return lipgloss.Style{}
	}
	switch verdict {
	case questions.VerdictIT:
		return st.Party[questions.PartyIT].Bold(true)
	case questions.VerdictLeadership:
		return st.Party[questions.PartyLeadership].Bold(true)
	case questions.VerdictCloudy:
		return st.Party[questions.PartyUnclear].Bold(true)
	case "":
		return st.Muted
	}
	return st.Verdict
}

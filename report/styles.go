package report

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"itcheck/questions"
)

// Bar cells, one character per party so that the bar reads without colour.
const (
	cellIT         = "█"
	cellLeadership = "▓"
	cellUnclear    = "░"
	cellNone       = "·" // an area with no answers
)

// styles holds the lipgloss styles of the terminal verdict.
type styles struct {
	headline   lipgloss.Style
	warn       lipgloss.Style
	label      lipgloss.Style
	index      lipgloss.Style
	muted      lipgloss.Style
	heading    lipgloss.Style
	verdict    lipgloss.Style
	number     lipgloss.Style
	party      map[string]lipgloss.Style // bar and legend colour by party id
	partyCells map[string]string         // bar character by party id
}

// newStyles picks colours for a dark or light background.
func newStyles(dark bool) styles {
	ld := lipgloss.LightDark(dark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }
	accent := c("#5A56E0", "#8B87FF")
	muted := c("#6B6B6B", "#9A9A9A")
	return styles{
		headline: lipgloss.NewStyle().Bold(true).Foreground(accent),
		warn:     lipgloss.NewStyle().Bold(true).Foreground(c("#B45309", "#FBBF24")),
		label:    lipgloss.NewStyle().Bold(true),
		index:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		muted:    lipgloss.NewStyle().Foreground(muted),
		heading:  lipgloss.NewStyle().Bold(true).Foreground(accent),
		verdict:  lipgloss.NewStyle().Bold(true),
		number:   lipgloss.NewStyle().Foreground(accent),
		party: map[string]lipgloss.Style{
			questions.PartyIT:         lipgloss.NewStyle().Foreground(c("#1D6FD8", "#4EA8FF")),
			questions.PartyLeadership: lipgloss.NewStyle().Foreground(c("#C2410C", "#FF9F43")),
			questions.PartyUnclear:    lipgloss.NewStyle().Foreground(c("#8A8A8A", "#7A7A7A")),
			"":                        lipgloss.NewStyle().Foreground(muted),
		},
		partyCells: map[string]string{
			questions.PartyIT:         cellIT,
			questions.PartyLeadership: cellLeadership,
			questions.PartyUnclear:    cellUnclear,
			"":                        cellNone,
		},
	}
}

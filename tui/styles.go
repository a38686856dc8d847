package tui

import (
	"image/color"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// maxWidth caps the width of the content, however wide the terminal.
const maxWidth = 80

// styles holds every style the flow draws with.
type styles struct {
	accent     color.Color
	header     lipgloss.Style // "Area 2 of 4 · …"
	title      lipgloss.Style // the set's title on the welcome page
	text       lipgloss.Style
	subtle     lipgloss.Style
	progress   lipgloss.Style
	cursor     lipgloss.Style // "> " before the highlighted row
	selected   lipgloss.Style // the highlighted row
	answer     lipgloss.Style
	unanswered lipgloss.Style
	warn       lipgloss.Style
	button     lipgloss.Style
	buttonOn   lipgloss.Style
	helpKey    lipgloss.Style
	helpDesc   lipgloss.Style
	helpSep    lipgloss.Style
}

// newStyles picks the styles for a dark or light background.
func newStyles(isDark bool) styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A56E0"), lipgloss.Color("#7571F9"))
	subtle := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#9A9A9A"))
	answer := ld(lipgloss.Color("#02805F"), lipgloss.Color("#02BF87"))
	warn := ld(lipgloss.Color("#B3261E"), lipgloss.Color("#FF6B6B"))
	fg := ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#EEEEEE"))
	return styles{
		accent:     accent,
		header:     lipgloss.NewStyle().Bold(true).Foreground(accent),
		title:      lipgloss.NewStyle().Bold(true).Foreground(accent),
		text:       lipgloss.NewStyle().Foreground(fg),
		subtle:     lipgloss.NewStyle().Foreground(subtle),
		progress:   lipgloss.NewStyle().Foreground(subtle),
		cursor:     lipgloss.NewStyle().Foreground(accent).Bold(true),
		selected:   lipgloss.NewStyle().Foreground(accent),
		answer:     lipgloss.NewStyle().Foreground(answer),
		unanswered: lipgloss.NewStyle().Foreground(warn).Bold(true),
		warn:       lipgloss.NewStyle().Foreground(warn).Bold(true),
		button:     lipgloss.NewStyle().Foreground(subtle),
		buttonOn:   lipgloss.NewStyle().Foreground(accent).Bold(true).Reverse(true),
		helpKey:    lipgloss.NewStyle().Foreground(subtle).Bold(true),
		helpDesc:   lipgloss.NewStyle().Foreground(subtle),
		helpSep:    lipgloss.NewStyle().Foreground(subtle),
	}
}

// huhTheme returns huh's Charm theme following the flow's own idea of the
// background (huh would otherwise assume a light one).
func huhTheme(st *state) huh.Theme {
	return huh.ThemeFunc(func(bool) *huh.Styles {
		s := huh.ThemeCharm(st.isDark)
		accent := newStyles(st.isDark).accent
		s.Focused.Title = s.Focused.Title.Foreground(accent)
		s.Focused.Base = s.Focused.Base.BorderForeground(accent)
		return s
	})
}

package tui

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// sgr is the escape sequence a style's foreground starts with.
func sgr(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("38;2;%d;%d;%d", r>>8, g>>8, b>>8)
}

// Every page is drawn in the terminal's own colours until the terminal
// says what its background is, then at once, without waiting for a key,
// in the palette for it.
func TestBackgroundRedrawsEveryPage(t *testing.T) {
	s := realSet(t)
	dark, light := newPalette(true), newPalette(false)
	for _, c := range []struct {
		name string
		opts Options
	}{
		{"welcome", Options{Set: s}},
		{"area", Options{Set: s, StartArea: 2}},
		{"review", Options{Set: s, Initial: allAnswered(s, "it-lead"), StartArea: len(s.Areas) + 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := newDriver(t, c.opts, 100, 30)
			if colors, basic := screenColors(d.m.View().Content); len(colors)+len(basic) > 0 {
				t.Fatalf("the page is drawn in colours (%d, %v) before the background is known", len(colors), basic)
			}
			d.send(tea.BackgroundColorMsg{Color: lipgloss.Color("#000000")})
			if v := d.m.View().Content; !strings.Contains(v, sgr(dark.text)) || !strings.Contains(v, sgr(dark.accent)) {
				t.Fatalf("the page is not drawn in the dark palette on a dark background:\n%q", v)
			}
			d.send(tea.BackgroundColorMsg{Color: lipgloss.Color("#FFFFFF")})
			v := d.m.View().Content
			if strings.Contains(v, sgr(dark.text)) || strings.Contains(v, sgr(dark.accent)) {
				t.Errorf("dark colours remain on a light background:\n%q", v)
			}
			if !strings.Contains(v, sgr(light.text)) || !strings.Contains(v, sgr(light.accent)) {
				t.Errorf("the page is not drawn in the light palette:\n%q", v)
			}
		})
	}
}

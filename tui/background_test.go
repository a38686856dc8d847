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

// Every page is drawn again in the light palette once the terminal says
// its background is light, without waiting for a key.
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
			if v := d.m.View().Content; !strings.Contains(v, sgr(dark.text)) {
				t.Fatalf("the page is not drawn in the dark palette first:\n%q", v)
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

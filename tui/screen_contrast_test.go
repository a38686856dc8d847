package tui

import (
	"fmt"
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

var (
	sgrRE   = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)
	paramRE = regexp.MustCompile(`[;:]`)
)

// screenColors returns every foreground colour that view draws visible
// text in (text other than spaces), and the codes of any of the
// terminal's own palette of 16, whose colours no test can measure.
func screenColors(view string) (colors []color.Color, basic []string) {
	var fg color.Color
	var fgBasic string
	pos := 0
	visible := func(text string) {
		if strings.TrimSpace(ansi.Strip(text)) == "" {
			return
		}
		switch {
		case fg != nil:
			colors = append(colors, fg)
		case fgBasic != "":
			basic = append(basic, fgBasic)
		}
	}
	for _, loc := range sgrRE.FindAllStringSubmatchIndex(view, -1) {
		visible(view[pos:loc[0]])
		pos = loc[1]
		ps := paramRE.Split(view[loc[2]:loc[3]], -1)
		for i := 0; i < len(ps); i++ {
			n, _ := strconv.Atoi(ps[i])
			switch {
			case n == 0 || n == 39:
				fg, fgBasic = nil, ""
			case n == 38 && i+4 < len(ps) && ps[i+1] == "2":
				r, _ := strconv.Atoi(ps[i+2])
				g, _ := strconv.Atoi(ps[i+3])
				b, _ := strconv.Atoi(ps[i+4])
				fg, fgBasic = color.RGBA{uint8(r), uint8(g), uint8(b), 255}, ""
				i += 4
			case n == 38 && i+2 < len(ps) && ps[i+1] == "5":
				k, _ := strconv.Atoi(ps[i+2])
				fg, fgBasic = ansi.IndexedColor(k), ""
				i += 2
			case n == 48 && i+1 < len(ps) && ps[i+1] == "2":
				i += 4
			case n == 48 && i+1 < len(ps) && ps[i+1] == "5":
				i += 2
			case n >= 30 && n <= 37, n >= 90 && n <= 97:
				fg, fgBasic = nil, strconv.Itoa(n)
			}
		}
	}
	visible(view[pos:])
	return colors, basic
}

// Every colour drawn on every page, for every field of every area, is
// readable on the background the terminal reported: what a person sees,
// not only what the styles say.
func TestScreenContrast(t *testing.T) {
	s := realSet(t)
	for _, c := range []struct {
		name string
		bg   color.Color
		bgs  []color.Color
	}{
		{"dark", lipgloss.Color("#000000"), darkBackgrounds},
		{"light", lipgloss.Color("#FFFFFF"), lightBackgrounds},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := newDriver(t, Options{Set: s, AskPath: true, DefaultPath: "x.md"}, 100, 30)
			d.send(tea.BackgroundColorMsg{Color: c.bg})
			seen := 0
			check := func(where string) {
				t.Helper()
				colors, basic := screenColors(d.m.View().Content)
				if len(basic) > 0 {
					t.Errorf("%s: colours of the terminal's own palette %v cannot be measured", where, basic)
				}
				for _, fg := range colors {
					seen++
					for _, bg := range c.bgs {
						if r := contrast(fg, bg); r < minTextContrast {
							t.Errorf("%s: %s on %s is %.2f:1", where, hex(fg), hex(bg), r)
						}
					}
				}
			}
			check("welcome")
			d.send(down, down, enter)
			for d.m.page == pageArea {
				k := d.focusedKey()
				check(fmt.Sprintf("area %d/%s", d.m.area.idx+1, k))
				if q := d.m.area.focusedQuestion(); q != nil && q.Multi() {
					d.send(tick)
					check(fmt.Sprintf("area %d/%s ticked", d.m.area.idx+1, k))
				}
				d.send(enter)
			}
			check("review")
			d.send(end, enter)
			check("save")
			if seen < 100 {
				t.Fatalf("only %d colours seen: the views are not coloured as the test expects", seen)
			}
		})
	}
}

package tui

import (
	"fmt"
	"image/color"
	"math"
	"reflect"
	"testing"
	"unsafe"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// WCAG 2.x contrast minimums: text, and the parts of controls that are
// not text (the focused field's frame).
const (
	minTextContrast    = 4.5
	minControlContrast = 3.0
)

// luminance is the WCAG relative luminance of c.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG contrast ratio of a and b, 1 to 21.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func hex(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02X%02X%02X", r>>8, g>>8, b>>8)
}

// namedStyle is a style found in a theme, with where it was found.
type namedStyle struct {
	name  string
	style lipgloss.Style
}

var styleType = reflect.TypeOf(lipgloss.Style{})

// collectStyles finds every lipgloss.Style in v (a struct or a pointer to
// one), however deep, exported or not.
func collectStyles(name string, v reflect.Value) []namedStyle {
	if v.Kind() == reflect.Pointer {
		return collectStyles(name, v.Elem())
	}
	if v.Type() == styleType {
		if !v.CanInterface() {
			v = reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
		}
		return []namedStyle{{name, v.Interface().(lipgloss.Style)}}
	}
	if v.Kind() != reflect.Struct {
		return nil
	}
	var out []namedStyle
	for i := range v.NumField() {
		out = append(out, collectStyles(name+"."+v.Type().Field(i).Name, v.Field(i))...)
	}
	return out
}

// addressable returns an addressable copy of x, so that unexported
// fields can be read.
func addressable(x any) reflect.Value {
	v := reflect.New(reflect.TypeOf(x)).Elem()
	v.Set(reflect.ValueOf(x))
	return v
}

func isColor(c color.Color) bool {
	if c == nil {
		return false
	}
	_, none := c.(lipgloss.NoColor)
	return !none
}

// contrastProblems lists every foreground of the styles that is less
// readable than WCAG AA asks on any of the backgrounds, as given
// (true-colour terminals) and as a 256-colour terminal shows it.
func contrastProblems(styles []namedStyle, backgrounds []color.Color) []string {
	var out []string
	// A terminal's own background is what its settings say; only the
	// colours the program sends, foregrounds and a style's background,
	// are rounded by a 256-colour terminal.
	check := func(what string, fg color.Color, bgs []color.Color, ownBg bool, min float64) {
		for _, bg := range bgs {
			for _, p := range []colorprofile.Profile{colorprofile.TrueColor, colorprofile.ANSI256} {
				f, b := p.Convert(fg), bg
				if ownBg {
					b = p.Convert(bg)
				}
				if r := contrast(f, b); r < min {
					out = append(out, fmt.Sprintf("%s: %s on %s is %.2f:1 (%s), want %.1f:1",
						what, hex(f), hex(b), r, p, min))
				}
			}
		}
	}
	for _, ns := range styles {
		s := ns.style
		bgs, own := backgrounds, false
		if bg := s.GetBackground(); isColor(bg) {
			bgs, own = []color.Color{bg}, true
		}
		if fg := s.GetForeground(); isColor(fg) {
			check(ns.name, fg, bgs, own, minTextContrast)
		}
		if s.GetBorderLeft() || s.GetBorderTop() {
			for _, c := range []color.Color{s.GetBorderLeftForeground(), s.GetBorderTopForeground()} {
				if isColor(c) {
					check(ns.name+" border", c, backgrounds, false, minControlContrast)
				}
			}
		}
	}
	return out
}

// flowStyles is every style the flow draws with on a dark or light
// background: its own, and its huh themes for every kind of field.
func flowStyles(isDark bool) []namedStyle {
	var out []namedStyle
	out = append(out, collectStyles("styles", addressable(newStyles(isDark)))...)
	out = append(out, collectStyles("huh", reflect.ValueOf(huhStyles(isDark)))...)
	out = append(out, collectStyles("huh(unanswered)", reflect.ValueOf(unansweredStyles(newPalette(isDark))))...)
	in := inputStyles(newPalette(isDark))
	out = append(out, collectStyles("input", reflect.ValueOf(in))...)
	out = append(out, namedStyle{"input.Cursor", lipgloss.NewStyle().Foreground(in.Cursor.Color)})
	return out
}

func TestContrast(t *testing.T) {
	for _, c := range []struct {
		name   string
		isDark bool
		bgs    []color.Color
	}{
		{"dark", true, darkBackgrounds},
		{"light", false, lightBackgrounds},
	} {
		t.Run(c.name, func(t *testing.T) {
			styles := flowStyles(c.isDark)
			withColor := 0
			for _, ns := range styles {
				if isColor(ns.style.GetForeground()) {
					withColor++
				}
			}
			// The walk must have found the styles it checks.
			if withColor < 40 {
				t.Fatalf("only %d coloured styles found; the walk over the themes is broken", withColor)
			}
			for _, p := range contrastProblems(styles, c.bgs) {
				t.Error(p)
			}
		})
	}
}

// The check finds the problem issue 9 reported: huh v2.0.3's Charm theme
// draws the options not under the cursor in 256-colour 235 on a dark
// background and 252 on a light one; and one only a 256-colour terminal
// shows, a true colour that passes but whose nearest palette entry does
// not.
func TestContrastCheckFindsUnreadable(t *testing.T) {
	for _, c := range []struct {
		name string
		fg   string
		bgs  []color.Color
	}{
		{"235 on dark", "235", darkBackgrounds},
		{"252 on light", "252", lightBackgrounds},
		{"#6E69E1 on black, 4.8:1 but 4.1:1 as 256-colour 62", "#6E69E1", []color.Color{lipgloss.Color("#000000")}},
	} {
		styles := []namedStyle{{"option", lipgloss.NewStyle().Foreground(lipgloss.Color(c.fg))}}
		if len(contrastProblems(styles, c.bgs)) == 0 {
			t.Errorf("%s passed the check", c.name)
		}
	}
	// And a readable pair passes.
	ok := []namedStyle{{"option", lipgloss.NewStyle().Foreground(lipgloss.Color("#EEEEEE"))}}
	if p := contrastProblems(ok, darkBackgrounds); len(p) > 0 {
		t.Errorf("#EEEEEE on dark: %v", p)
	}
}

// The neutral theme is shown before the background is known: it must use
// no colour at all, only the terminal's own.
func TestNeutralThemeHasNoColours(t *testing.T) {
	for _, isDark := range []bool{true, false} {
		for _, ns := range collectStyles("neutral", reflect.ValueOf(NeutralTheme().Theme(isDark))) {
			if isColor(ns.style.GetForeground()) || isColor(ns.style.GetBackground()) {
				t.Errorf("%s has a colour (%v on %v)", ns.name, ns.style.GetForeground(), ns.style.GetBackground())
			}
		}
	}
}

// Until the terminal says what its background is, the flow draws in the
// terminal's own colours: no style sets one.
func TestNeutralPaletteHasNoColours(t *testing.T) {
	p := neutralPalette()
	styles := collectStyles("styles", addressable(stylesFor(p)))
	styles = append(styles, collectStyles("huh", reflect.ValueOf(huhStylesFor(p)))...)
	styles = append(styles, collectStyles("huh(unanswered)", reflect.ValueOf(unansweredStyles(p)))...)
	styles = append(styles, collectStyles("input", reflect.ValueOf(inputStyles(p)))...)
	if len(styles) < 40 {
		t.Fatalf("only %d styles found", len(styles))
	}
	for _, ns := range styles {
		s := ns.style
		for _, c := range []color.Color{s.GetForeground(), s.GetBackground(), s.GetBorderLeftForeground(), s.GetBorderTopForeground()} {
			if isColor(c) {
				t.Errorf("%s has colour %s", ns.name, hex(c))
			}
		}
	}
	if c := inputStyles(p).Cursor.Color; isColor(c) {
		t.Errorf("the input's cursor has colour %s", hex(c))
	}
}

package tui

import (
	"image/color"
	"sync"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// maxWidth caps the width of the content, however wide the terminal.
const maxWidth = 80

// palette is every colour the flow draws text with, for one kind of
// background. Each one is readable on that background: a contrast of at
// least 4.5:1 (WCAG AA for text), also once a 256-colour terminal has
// rounded it to its nearest palette entry. TestContrast checks this for
// every foreground of styles and of the huh theme.
type palette struct {
	text   color.Color // body text and options
	subtle color.Color // descriptions, progress, help, bullets
	accent color.Color // titles, the cursor, the focused field's frame
	answer color.Color // answers given and ticks
	warn   color.Color // what needs doing, "not answered"
}

// Backgrounds the palettes are checked against: pure black and white, and
// the slightly lighter and darker greys many terminal themes use.
var (
	darkBackgrounds  = []color.Color{lipgloss.Color("#000000"), lipgloss.Color("#1E1E1E")}
	lightBackgrounds = []color.Color{lipgloss.Color("#FFFFFF"), lipgloss.Color("#F5F5F5")}
)

// neutralPalette is the palette used until the terminal says what its
// background is, and for good when it never does: no colour at all, the
// terminal's own foreground, readable on whatever background it has.
// The styles mark with bold and reverse video what colour marks otherwise.
func neutralPalette() palette {
	none := lipgloss.NoColor{}
	return palette{text: none, subtle: none, accent: none, answer: none, warn: none}
}

// neutral reports whether p is the neutral palette, without colours.
func (p palette) neutral() bool {
	_, none := p.text.(lipgloss.NoColor)
	return none
}

// The palettes for dark and light backgrounds, made once: the state asks
// for its palette whenever a theme or a style is drawn.
var (
	darkPalette  = makePalette(true)
	lightPalette = makePalette(false)
)

// newPalette returns the palette for a dark or light background.
func newPalette(isDark bool) palette {
	if isDark {
		return darkPalette
	}
	return lightPalette
}

// makePalette builds the palette for a dark or light background.
func makePalette(isDark bool) palette {
	if isDark {
		return palette{
			text:   lipgloss.Color("#EEEEEE"),
			subtle: lipgloss.Color("#A8A8A8"),
			accent: lipgloss.Color("#8F8CFF"),
			answer: lipgloss.Color("#02BF87"),
			warn:   lipgloss.Color("#FF7A7A"),
		}
	}
	return palette{
		text:   lipgloss.Color("#1A1A1A"),
		subtle: lipgloss.Color("#5F5F5F"),
		accent: lipgloss.Color("#4B47D1"),
		answer: lipgloss.Color("#006B4F"),
		warn:   lipgloss.Color("#A4262C"),
	}
}

// styles holds every style the flow draws with.
type styles struct {
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
func newStyles(isDark bool) styles { return stylesFor(newPalette(isDark)) }

// stylesFor returns the styles drawn in palette p.
func stylesFor(p palette) styles {
	return styles{
		header:     lipgloss.NewStyle().Bold(true).Foreground(p.accent),
		title:      lipgloss.NewStyle().Bold(true).Foreground(p.accent),
		text:       lipgloss.NewStyle().Foreground(p.text),
		subtle:     lipgloss.NewStyle().Foreground(p.subtle),
		progress:   lipgloss.NewStyle().Foreground(p.subtle),
		cursor:     lipgloss.NewStyle().Foreground(p.accent).Bold(true),
		selected:   lipgloss.NewStyle().Foreground(p.accent).Bold(p.neutral()),
		answer:     lipgloss.NewStyle().Foreground(p.answer),
		unanswered: lipgloss.NewStyle().Foreground(p.warn).Bold(true),
		warn:       lipgloss.NewStyle().Foreground(p.warn).Bold(true),
		button:     lipgloss.NewStyle().Foreground(p.subtle),
		// Reversed: the accent becomes the background, the terminal's own
		// background the text, so the contrast is the accent's.
		buttonOn: lipgloss.NewStyle().Foreground(p.accent).Bold(true).Reverse(true),
		helpKey:  lipgloss.NewStyle().Foreground(p.subtle).Bold(true),
		helpDesc: lipgloss.NewStyle().Foreground(p.subtle),
		helpSep:  lipgloss.NewStyle().Foreground(p.subtle),
	}
}

// huhStyles is the flow's own huh theme for a dark or light background.
// Every style that draws text is given a colour of the palette, rather
// than inheriting one from huh's themes, whose colours for the options
// not under the cursor are near-invisible (huh v2.0.3's Charm theme swaps
// its light and dark greys).
//
// A field not focused shows no cursor: on a multi-choice question its
// ticks say what was chosen, and a single-choice question shows its
// answer with a tick (see unansweredStyles for one not answered yet).
func huhStyles(isDark bool) *huh.Styles { return huhStylesFor(newPalette(isDark)) }

// huhStylesFor returns the huh theme drawn in palette p.
func huhStylesFor(p palette) *huh.Styles {
	t := huh.ThemeBase(true)
	fg := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }

	f := &t.Focused
	f.Base = f.Base.BorderForeground(p.accent)
	f.Card = f.Base
	f.Title = fg(p.accent).Bold(true)
	f.NoteTitle = fg(p.accent).Bold(true).MarginBottom(1)
	f.Description = fg(p.subtle)
	f.ErrorIndicator = fg(p.warn).SetString(" *")
	f.ErrorMessage = fg(p.warn).SetString(" *")
	f.SelectSelector = fg(p.accent).Bold(true).SetString("> ")
	f.NextIndicator = fg(p.accent).MarginLeft(1).SetString("→")
	f.PrevIndicator = fg(p.accent).MarginRight(1).SetString("←")
	f.Option = fg(p.text)
	f.Directory = fg(p.accent)
	f.File = fg(p.text)
	f.MultiSelectSelector = fg(p.accent).Bold(true).SetString("> ")
	f.SelectedOption = fg(p.answer).Bold(p.neutral())
	f.SelectedPrefix = fg(p.answer).SetString("✓ ")
	f.UnselectedOption = fg(p.text)
	f.UnselectedPrefix = fg(p.subtle).SetString("• ")
	f.TextInput.Cursor = fg(p.accent)
	f.TextInput.CursorText = fg(p.text)
	f.TextInput.Placeholder = fg(p.subtle)
	f.TextInput.Prompt = fg(p.accent)
	f.TextInput.Text = fg(p.text)
	button := lipgloss.NewStyle().Padding(0, 2).MarginRight(1)
	f.FocusedButton = button.Foreground(p.accent).Bold(true).Reverse(true)
	f.BlurredButton = button.Foreground(p.text)
	f.Next = f.FocusedButton

	t.Blurred = t.Focused
	b := &t.Blurred
	b.Base = b.Base.BorderStyle(lipgloss.HiddenBorder())
	b.Card = b.Base
	b.Title = fg(p.text).Bold(true)
	b.NextIndicator = lipgloss.NewStyle()
	b.PrevIndicator = lipgloss.NewStyle()
	b.MultiSelectSelector = lipgloss.NewStyle().SetString("  ")
	b.SelectSelector = fg(p.answer).SetString("✓ ")

	t.Group.Title = t.Focused.Title
	t.Group.Description = t.Focused.Description
	t.Help = help.Styles{
		Ellipsis:       fg(p.subtle),
		ShortKey:       fg(p.subtle).Bold(true),
		ShortDesc:      fg(p.subtle),
		ShortSeparator: fg(p.subtle),
		FullKey:        fg(p.subtle).Bold(true),
		FullDesc:       fg(p.subtle),
		FullSeparator:  fg(p.subtle),
	}
	return t
}

// inputStyles are the styles of the save page's text input: bubbles'
// defaults draw its prompt in the terminal's light grey (colour 7), which
// a light background all but hides.
func inputStyles(p palette) textinput.Styles {
	state := textinput.StyleState{
		Text:        lipgloss.NewStyle().Foreground(p.text),
		Placeholder: lipgloss.NewStyle().Foreground(p.subtle),
		Suggestion:  lipgloss.NewStyle().Foreground(p.subtle),
		Prompt:      lipgloss.NewStyle().Foreground(p.accent).Bold(true),
	}
	return textinput.Styles{
		Focused: state,
		Blurred: state,
		Cursor:  textinput.CursorStyle{Color: p.accent, Shape: tea.CursorBlock, Blink: true},
	}
}

// unansweredStyles is huhStyles for a single-choice question not answered
// yet: when not focused, no option is marked, so that it does not look
// answered.
func unansweredStyles(p palette) *huh.Styles {
	t := huhStylesFor(p)
	t.Blurred.SelectSelector = lipgloss.NewStyle().SetString("  ")
	t.Blurred.SelectedOption = t.Blurred.UnselectedOption
	return t
}

// themeKey names a built huh theme: its palette, and whether it is the
// theme of a single-choice question not answered yet.
type themeKey struct {
	p          palette
	unanswered bool
}

// themes holds the huh themes built so far. huh asks a field's theme for
// its styles again for every option and every part it draws, and
// building them (huh's base theme and some forty styles) took most of
// the time an area page spent drawing; built once per palette, they are
// shared by every field. huh only reads the styles it is given.
var themes struct {
	sync.Mutex
	built map[themeKey]*huh.Styles
}

// cachedStyles returns the huh theme for palette p (unansweredStyles
// when unanswered, else huhStylesFor), building it the first time.
func cachedStyles(p palette, unanswered bool) *huh.Styles {
	k := themeKey{p, unanswered}
	themes.Lock()
	defer themes.Unlock()
	if t, ok := themes.built[k]; ok {
		return t
	}
	if themes.built == nil {
		themes.built = map[themeKey]*huh.Styles{}
	}
	t := huhStylesFor(p)
	if unanswered {
		t = unansweredStyles(p)
	}
	themes.built[k] = t
	return t
}

// huhTheme returns the flow's huh theme, following what the terminal said
// of its background (huh would otherwise assume a light one).
func huhTheme(st *state) huh.Theme {
	return huh.ThemeFunc(func(bool) *huh.Styles { return cachedStyles(st.palette(), false) })
}

// singleTheme is huhTheme for single-choice question qid: it marks no
// option until the question is answered.
func singleTheme(st *state, qid string) huh.Theme {
	return huh.ThemeFunc(func(bool) *huh.Styles {
		return cachedStyles(st.palette(), !st.answered[qid])
	})
}

// NeutralTheme is a huh theme without colours, readable on any background
// because it uses the terminal's own: bold titles, and the focused button
// in reverse video. It is for prompts shown before the terminal has said
// whether its background is dark, and for plain line prompts.
func NeutralTheme() huh.Theme {
	return huh.ThemeFunc(func(isDark bool) *huh.Styles {
		t := huh.ThemeBase(isDark)
		button := lipgloss.NewStyle().Padding(0, 2).MarginRight(1)
		for _, f := range []*huh.FieldStyles{&t.Focused, &t.Blurred} {
			f.Title = f.Title.Bold(true)
			f.NoteTitle = f.NoteTitle.Bold(true).MarginBottom(1)
			f.FocusedButton = button.Bold(true).Reverse(true)
			f.BlurredButton = button
			f.Next = f.FocusedButton
			f.TextInput.Placeholder = lipgloss.NewStyle()
		}
		t.Group.Title = t.Focused.Title
		t.Help = help.Styles{}
		return t
	})
}

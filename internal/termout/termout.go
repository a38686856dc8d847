// Package termout decides how text meant for a person is written: the
// width to wrap it at, whether the terminal's background is dark, and a
// writer that reduces styling to what the output supports. Every command
// asks it, so that all of them detect the terminal the same way.
package termout

import (
	"io"
	"os"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"itcheck/report"
)

// DefaultWidth is the width written at when the output is not a terminal.
const DefaultWidth = 80

// TextWidth is the widest a verdict or a shown report is written: on a
// wider terminal, lines longer than that would no longer read as one.
const TextWidth = 100

// IsTerminal reports whether v, a reader or a writer, is a terminal.
func IsTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// Interactive reports whether a person can be asked questions: the
// keyboard side (in) and the side the questions are drawn on (draw) are
// both terminals.
func Interactive(in io.Reader, draw io.Writer) bool {
	return IsTerminal(in) && IsTerminal(draw)
}

// Options say how to look at the output.
type Options struct {
	// MaxWidth caps the terminal's width; DefaultWidth when 0.
	MaxWidth int
	// AskDark asks the terminal for its background colour, when the input
	// and the output are both terminals and the output shows colours; a
	// dark one is assumed when it does not say, or is not asked. Without
	// AskDark, Dark is kept.
	AskDark bool
	Dark    bool
	// NoColor (--no-color) drops colours, as NO_COLOR does.
	NoColor bool
}

// Look is how to write to an output.
type Look struct {
	Width int       // columns: DefaultWidth, or the terminal's up to MaxWidth
	Dark  bool      // whether the background is dark
	W     io.Writer // the output, styling reduced to what it supports
	// Plain says the output shows no styling at all (not a terminal, or
	// TERM=dumb): W strips it, so text for it may as well be made plain.
	Plain bool
}

// For returns how to write to out, reading the terminal's answers from in.
func For(in io.Reader, out io.Writer, o Options) Look {
	maxWidth := o.MaxWidth
	if maxWidth == 0 {
		maxWidth = DefaultWidth
	}
	p := Profile(out, o.NoColor)
	l := Look{Width: DefaultWidth, Dark: o.Dark, W: &colorprofile.Writer{Forward: out, Profile: p}, Plain: p == colorprofile.NoTTY}
	if o.AskDark {
		l.Dark = true // unless the terminal says otherwise
	}
	if f, ok := out.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			l.Width = min(w, maxWidth)
		}
		// Only colours depend on the background: without them (NO_COLOR,
		// --no-color, TERM=dumb) nothing is asked, since a terminal that
		// does not answer would hold the output up for seconds.
		if in, ok := in.(*os.File); ok && o.AskDark && p > colorprofile.ASCII && term.IsTerminal(in.Fd()) {
			l.Dark = lipgloss.HasDarkBackground(in, f)
		}
	}
	return l
}

// Profile is the colour profile for writing to w: see report.Profile;
// noColor lowers it as NO_COLOR does.
func Profile(w io.Writer, noColor bool) colorprofile.Profile {
	p := report.Profile(w, os.Environ())
	if noColor && p > colorprofile.ASCII {
		p = colorprofile.ASCII
	}
	return p
}

// Writer reduces styled text written to w to what w supports (see
// Profile).
func Writer(w io.Writer, noColor bool) io.Writer {
	return &colorprofile.Writer{Forward: w, Profile: Profile(w, noColor)}
}

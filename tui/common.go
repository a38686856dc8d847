package tui

import tea "charm.land/bubbletea/v2"

// common is what every page shares with the root model: the answers, the
// styles and keys, the room the pages draw in, and whether the page on
// screen changes an answer from the review. The root model owns it and
// changes it; the pages read it.
type common struct {
	st *state
	// styles are held by pointer: they are made again only when the
	// terminal says what its background is.
	styles *styles
	keys   keyMap
	// width and height are the room the pages draw in: the terminal's,
	// the width capped at maxWidth.
	width, height int
	// fromReview is set when the page on screen was opened from the
	// review to change one answer; finishing it goes back to the review.
	fromReview bool
}

// page is one screen of the flow. It keeps its own state, handles the
// messages the root model passes it, and asks the root model to show
// another page through the move it returns.
type page interface {
	// Update handles msg, returning a command and where to go next.
	Update(msg tea.Msg) (tea.Cmd, move)
	// View draws the page in the room it was given.
	View() string
	// SetSize lays the page out for width x height, in the styles of
	// now.
	SetSize(width, height int) tea.Cmd
}

// moveKind is where a page asks the flow to go.
type moveKind int

const (
	stay      moveKind = iota // stay on the page
	toWelcome                 // the welcome
	toArea                    // an area page
	toReview                  // the review
	cancel                    // the review, putting back the answers a change from it began with
	finish                    // the end: to the save step when asked for, else done
	saved                     // done, with where to save the report
)

// move is where a page asks the flow to go, and with what.
type move struct {
	kind       moveKind
	area       int    // toArea: the area's index
	focus      string // toArea: the field to focus ("" the first)
	fromReview bool   // toWelcome, toArea: to change an answer from the review
	atFinish   bool   // toReview: with the cursor on "finish"
	path       string // saved: where
	overwrite  bool   // saved: replacing a file already there
}

package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// welcomePage says what the check is and asks who is answering.
type welcomePage struct {
	c      *common
	st     *state
	cursor int // highlighted role
	sc     scroller
	// cursorLine is the line of the highlighted role in the content.
	cursorLine int
	// head is the content above the roles, which no key changes: drawn
	// once for each width and palette (the styles are the palette's).
	head      string
	headWidth int
	headFor   palette
}

func newWelcomePage(c *common) *welcomePage {
	w := &welcomePage{c: c, st: c.st}
	w.reset()
	return w
}

// reset highlights the role already chosen, if any.
func (w *welcomePage) reset() {
	w.cursor = 0
	for i, r := range w.st.set.Roles {
		if r.ID == w.st.role {
			w.cursor = i
		}
	}
}

// content renders everything the page can scroll through.
func (w *welcomePage) content(s styles, width int) string {
	if w.head == "" || w.headWidth != width || w.headFor != w.st.palette() {
		w.head, w.headWidth, w.headFor = w.headContent(s, width), width, w.st.palette()
	}
	set := w.st.set
	var b strings.Builder
	b.WriteString(w.head)
	lines := strings.Count(w.head, "\n")
	for i, r := range set.Roles {
		if i == w.cursor {
			w.cursorLine = lines + i
			b.WriteString(s.cursor.Render("> ") + s.selected.Render(r.Label))
		} else {
			b.WriteString("  " + s.text.Render(r.Label))
		}
		if i < len(set.Roles)-1 {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// headContent renders the content above the roles: what the check is,
// its areas, and the question.
func (w *welcomePage) headContent(s styles, width int) string {
	set := w.st.set
	var b strings.Builder
	b.WriteString(s.title.Render(wrapText(set.Title, width)) + "\n")
	if set.Description != "" {
		b.WriteString(s.text.Render(wrapText(strings.TrimSpace(set.Description), width)) + "\n")
	}
	b.WriteString("\n")
	facts := fmt.Sprintf("%d questions in %d areas", set.QuestionCount(), len(set.Areas))
	if set.Minutes > 0 {
		facts += fmt.Sprintf(" · about %d minutes", set.Minutes)
	}
	b.WriteString(s.subtle.Render(wrapText(facts, width)) + "\n\n")
	b.WriteString(s.text.Render("The areas:") + "\n")
	for i, a := range set.Areas {
		prefix := fmt.Sprintf("%2d. ", i+1)
		item := wrapText(a.Title, width-len(prefix))
		b.WriteString(indent(prefix, item) + "\n")
	}
	b.WriteString("\n" + s.header.Render("Who is answering?") + "\n")
	return b.String()
}

// help lists the page's keys.
func (w *welcomePage) help(s styles, k keyMap, width int, fromReview bool) string {
	next := k.Start
	if fromReview {
		next = k.Next
	}
	binds := []key.Binding{k.Choose, next}
	if fromReview {
		binds = append(binds, k.Back)
	}
	if w.sc.overflows() {
		binds = append(binds, k.Scroll)
	}
	return helpView(s, width, append(binds, k.Quit)...)
}

// SetSize lays the page out for width x height.
func (w *welcomePage) SetSize(width, height int) tea.Cmd {
	s, k := *w.c.styles, w.c.keys
	w.sc.setContent(w.content(s, width))
	// The help can only grow by the scroll item; measure with it.
	w.sc.setHeight(height)
	footer := lipgloss.Height(w.help(s, k, width, true))
	w.sc.setHeight(height - footer - 1)
	w.sc.show(w.cursorLine, w.cursorLine)
	return nil
}

// View draws the page.
func (w *welcomePage) View() string {
	return w.sc.view() + "\n\n" + w.help(*w.c.styles, w.c.keys, w.c.width, w.c.fromReview)
}

// Update handles a message on the welcome page: the role is chosen here.
func (w *welcomePage) Update(msg tea.Msg) (tea.Cmd, move) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, move{}
	}
	k := w.c.keys
	switch {
	case key.Matches(km, k.Up):
		w.cursor = max(w.cursor-1, 0)
	case key.Matches(km, k.Down):
		w.cursor = min(w.cursor+1, len(w.st.set.Roles)-1)
	case key.Matches(km, k.PageUp):
		w.sc.scroll(-max(w.sc.height-1, 1))
		return nil, move{}
	case key.Matches(km, k.PageDown):
		w.sc.scroll(max(w.sc.height-1, 1))
		return nil, move{}
	case key.Matches(km, k.Next):
		if len(w.st.set.Roles) > 0 {
			w.st.setRole(w.st.set.Roles[w.cursor].ID)
		}
		if w.c.fromReview {
			return nil, move{kind: toReview}
		}
		return nil, move{kind: toArea}
	case key.Matches(km, k.Back), key.Matches(km, k.Review):
		if w.c.fromReview {
			return nil, move{kind: cancel}
		}
		return nil, move{}
	default:
		return nil, move{}
	}
	w.sc.setContent(w.content(*w.c.styles, w.c.width))
	w.sc.show(w.cursorLine, w.cursorLine)
	return nil, move{}
}

// indent puts prefix before the first line of s and aligns the others
// under it.
func indent(prefix, s string) string {
	pad := strings.Repeat(" ", lipgloss.Width(prefix))
	lines := strings.Split(s, "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = pad + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// wrapText wraps s at word boundaries (breaking words longer than a line)
// to width columns and trims the spaces left at line ends.
func wrapText(s string, width int) string {
	lines := strings.Split(ansi.Wrap(s, max(width, 1), ""), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " ")
	}
	return strings.Join(lines, "\n")
}

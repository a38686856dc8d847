package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"itcheck/questions"
)

// reviewKind is what a row of the review stands for.
type reviewKind int

const (
	rowRole reviewKind = iota
	rowQuestion
	rowNotes
	rowFinish
)

// reviewRow is one row the cursor can rest on.
type reviewRow struct {
	kind   reviewKind
	area   int    // area index, for questions and notes
	qid    string // question id
	lo, hi int    // its lines in the content (hi inclusive)
	ctx    int    // first line to bring into view with it (its heading)
}

// reviewPage shows every answer on one screen.
type reviewPage struct {
	c      *common
	cursor int
	rows   []reviewRow
	sc     scroller
	status string
	wrap   wrapCache // question and answer texts wrapped, for the width laid out
}

func newReviewPage(c *common) *reviewPage { return &reviewPage{c: c} }

// wrapCache keeps texts wrapped for one layout of the page: the review
// lays every question out again on each key, and the texts only change
// with the page's width or an answer.
type wrapCache struct {
	page int // the page width the texts were wrapped for
	m    map[wrapKey]string
}

type wrapKey struct {
	text  string
	width int
}

// reset empties the cache when the page width is no longer page.
func (c *wrapCache) reset(page int) {
	if c.m == nil || c.page != page {
		c.page, c.m = page, map[wrapKey]string{}
	}
}

// get is wrapText(text, width), from the cache when it has it.
func (c *wrapCache) get(text string, width int) string {
	k := wrapKey{text, width}
	w, ok := c.m[k]
	if !ok {
		w = wrapText(text, width)
		c.m[k] = w
	}
	return w
}

// content renders the rows and records where each one is.
func (r *reviewPage) content(st *state, s styles, width int) string {
	r.rows = r.rows[:0]
	r.wrap.reset(width)
	var lines []string
	add := func(row reviewRow, text string) {
		row.lo = len(lines)
		lines = append(lines, strings.Split(text, "\n")...)
		row.hi = len(lines) - 1
		if row.ctx < 0 {
			row.ctx = row.lo
		}
		if len(r.rows) == r.cursor && strings.HasPrefix(lines[row.lo], "  ") {
			lines[row.lo] = s.cursor.Render("> ") + lines[row.lo][2:]
		}
		r.rows = append(r.rows, row)
	}
	inner := max(width-4, 1)
	role := s.unanswered.Render("not chosen")
	if rl := st.set.Role(st.role); rl != nil {
		role = s.answer.Render(rl.Label)
	}
	add(reviewRow{kind: rowRole, ctx: -1}, "  "+s.text.Render("Who is answering: ")+role)
	for i := range st.set.Areas {
		ar := &st.set.Areas[i]
		lines = append(lines, "")
		heading := len(lines)
		// A heading may wrap: count its lines, or the rows' places drift.
		lines = append(lines, strings.Split(s.header.Render(wrapText(fmt.Sprintf("Area %d · %s", i+1, ar.Title), width)), "\n")...)
		for j := range ar.Questions {
			q := &ar.Questions[j]
			ctx := -1
			if j == 0 {
				ctx = heading
			}
			add(reviewRow{kind: rowQuestion, area: i, qid: q.ID, ctx: ctx}, "  "+reviewAnswer(st, s, q, inner, &r.wrap))
		}
		note := s.subtle.Render("—")
		if n := strings.TrimSpace(st.notes[ar.ID]); n != "" {
			note = s.text.Render(ansi.Truncate(strings.Join(strings.Fields(n), " "), max(inner-7, 1), "…"))
		}
		add(reviewRow{kind: rowNotes, area: i, ctx: -1}, "  "+s.subtle.Render("Notes: ")+note)
	}
	lines = append(lines, "")
	btn := s.button.Render("[ Looks right — finish ]")
	if r.cursor == len(r.rows) {
		btn = s.buttonOn.Render("[ Looks right — finish ]")
	}
	add(reviewRow{kind: rowFinish, ctx: -1}, "  "+btn)
	return strings.Join(lines, "\n")
}

// reviewAnswer renders a question's text, wrapped between words to width
// (its lines after the first indented to line up under the row's first),
// and its answer under it.
func reviewAnswer(st *state, s styles, q *questions.Question, width int, wrap *wrapCache) string {
	qlines := strings.Split(wrap.get(q.Text, width), "\n")
	for i, l := range qlines {
		qlines[i] = s.text.Render(l)
		if i > 0 {
			qlines[i] = "  " + qlines[i]
		}
	}
	text := strings.Join(qlines, "\n")
	labels := optionLabels(q, st.chosen(q))
	if len(labels) == 0 {
		return text + "\n      " + s.unanswered.Render("✗ not answered")
	}
	ans := wrap.get(strings.Join(labels, "; "), max(width-4, 1))
	return text + "\n" + s.answer.Render(indent("    → ", ans))
}

// reviewRowCount is the number of rows of the review: the role, each
// question and each area's notes, and "finish".
func reviewRowCount(st *state) int {
	n := 2
	for i := range st.set.Areas {
		n += len(st.set.Areas[i].Questions) + 1
	}
	return n
}

// help lists the review's keys.
func (r *reviewPage) help(s styles, k keyMap, width int) string {
	binds := []key.Binding{k.Choose, k.Change, k.ToFinish, k.Back}
	if r.sc.overflows() {
		binds = append(binds, k.Scroll)
	}
	return helpView(s, width, append(binds, k.Quit)...)
}

// SetSize lays the review out for width x height.
func (r *reviewPage) SetSize(width, height int) tea.Cmd {
	s, k := *r.c.styles, r.c.keys
	r.sc.setContent(r.content(r.c.st, s, width))
	r.sc.setHeight(height)
	r.sc.setHeight(height - r.chrome(s, k, width))
	r.follow()
	return nil
}

// chrome is the height of everything around the scrolled rows.
func (r *reviewPage) chrome(s styles, k keyMap, width int) int {
	h := 2 + 1 + lipgloss.Height(r.help(s, k, width)) // title, blank; blank, help
	if r.status != "" {
		h += lipgloss.Height(r.statusView(s, width)) + 1
	}
	return h
}

// follow scrolls so the highlighted row and its heading are in view.
func (r *reviewPage) follow() {
	if r.cursor < len(r.rows) {
		row := r.rows[r.cursor]
		r.sc.show(row.ctx, row.hi)
		r.sc.show(row.lo, row.hi)
	}
}

// page moves the cursor a screen down (dir 1) or up (-1): to the row
// that starts about a screen's height away, or to the last or first row
// when none is that far. It always moves unless already at that end.
func (r *reviewPage) page(dir int) {
	if len(r.rows) == 0 {
		return
	}
	r.cursor = min(max(r.cursor, 0), len(r.rows)-1)
	step := max(r.sc.height-1, 1)
	from := r.rows[r.cursor].lo
	if dir > 0 {
		next := len(r.rows) - 1
		for i := r.cursor + 1; i < len(r.rows); i++ {
			if r.rows[i].lo >= from+step {
				next = i
				break
			}
		}
		r.cursor = next
		return
	}
	prev := 0
	for i := r.cursor - 1; i >= 0; i-- {
		if r.rows[i].lo <= from-step {
			prev = i
			break
		}
	}
	r.cursor = prev
}

func (r *reviewPage) statusView(s styles, width int) string {
	if r.status == "" {
		return ""
	}
	return s.warn.Render(wrapText(r.status, width))
}

// View draws the review.
func (r *reviewPage) View() string {
	s, k, width := *r.c.styles, r.c.keys, r.c.width
	title := s.header.Render("Review your answers") + "\n\n"
	body := r.sc.view()
	if r.status != "" {
		body += "\n\n" + r.statusView(s, width)
	}
	return title + body + "\n\n" + r.help(s, k, width)
}

// Update handles a message on the review page.
func (r *reviewPage) Update(msg tea.Msg) (tea.Cmd, move) {
	k := r.c.keys
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, move{}
	}
	switch {
	case key.Matches(km, k.Up):
		r.cursor = max(r.cursor-1, 0)
	case key.Matches(km, k.Down):
		r.cursor = min(r.cursor+1, len(r.rows)-1)
	case key.Matches(km, k.Home):
		r.cursor = 0
	case key.Matches(km, k.End), key.Matches(km, k.ToFinish):
		r.cursor = len(r.rows) - 1
	case key.Matches(km, k.PageUp):
		r.page(-1)
	case key.Matches(km, k.PageDown):
		r.page(1)
	case key.Matches(km, k.Back):
		r.status = ""
		return nil, move{kind: toArea, area: len(r.c.st.set.Areas) - 1, focus: notesKey}
	case key.Matches(km, k.Change):
		return r.pick()
	default:
		return nil, move{}
	}
	r.status = ""
	return r.SetSize(r.c.width, r.c.height), move{}
}

// pick acts on the highlighted row: open it to change it, or finish
// when everything is answered.
func (r *reviewPage) pick() (tea.Cmd, move) {
	st := r.c.st
	if r.cursor >= len(r.rows) {
		return nil, move{}
	}
	row := r.rows[r.cursor]
	r.status = ""
	switch row.kind {
	case rowRole:
		return nil, move{kind: toWelcome, fromReview: true}
	case rowQuestion:
		return nil, move{kind: toArea, area: row.area, focus: row.qid, fromReview: true}
	case rowNotes:
		return nil, move{kind: toArea, area: row.area, focus: notesKey, fromReview: true}
	case rowFinish:
		if st.role == "" {
			r.status = "Say who is answering before you finish (press enter)."
			r.cursor = 0
			return r.SetSize(r.c.width, r.c.height), move{}
		}
		if left := st.unanswered(); len(left) > 0 {
			q := left[0]
			_, ar := st.set.Question(q.ID)
			more := ""
			if len(left) > 1 {
				more = fmt.Sprintf(" (and %d more)", len(left)-1)
			}
			r.status = fmt.Sprintf("Not answered yet: %q in %s%s. Press enter to answer it.",
				ansi.Truncate(q.Text, 60, "…"), ar.Title, more)
			for i, rw := range r.rows {
				if rw.kind == rowQuestion && rw.qid == q.ID {
					r.cursor = i
				}
			}
			return r.SetSize(r.c.width, r.c.height), move{}
		}
		return nil, move{kind: finish}
	}
	return nil, move{}
}

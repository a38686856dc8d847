package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"itcheck/questions"
)

// notesKey is the key of the notes field on every area page.
const notesKey = "notes"

// areaPage is one area: its questions and a notes field, in one huh form
// built from static options with the answers so far preselected.
type areaPage struct {
	c       *common
	st      *state
	idx     int
	area    *questions.Area
	form    *huh.Form
	keys    []string // field keys in order: question ids, then notesKey
	singles map[string]*singleAccessor
	first   int // number of the area's first question in the whole set (1-based)

	// pressed marks the fields that got enter or tab while focused: a
	// single question is answered when the focus leaves it forward after
	// such a key, not when it is merely passed over.
	pressed map[int]bool
	// target is the field being changed from the review, or -1.
	target int
	multis []multiField
	// fields are the form's fields, in the order of keys, each keeping
	// its drawing while not focused (see cachedField).
	fields  []*cachedField
	width   int     // the width the page is laid out for
	wrapped int     // the width the fields' titles and help were wrapped for
	palette palette // the palette its fields were last drawn in
	compact bool    // small terminal: no blank lines, no help in the form
	fits    bool    // the intro fits in the header with room for the questions
	details bool    // showing the details of the focused question
	// status is a message shown above the keys until the next key:
	// what to do instead of what was pressed, or what a tick changed.
	status string
	sc     scroller
}

// newAreaPage builds the page of area i of the set, for the room c
// gives, and focuses the field with key focus ("" for the first).
func newAreaPage(c *common, i int, focus string) (*areaPage, tea.Cmd) {
	st := c.st
	ar := &st.set.Areas[i]
	p := &areaPage{c: c, st: st, idx: i, area: ar, singles: map[string]*singleAccessor{},
		pressed: map[int]bool{}, target: -1, first: 1, width: c.width, compact: c.height < compactHeight}
	for j := range i {
		p.first += len(st.set.Areas[j].Questions)
	}
	for j := range ar.Questions {
		q := &ar.Questions[j]
		p.keys = append(p.keys, q.ID)
		if !q.Multi() {
			acc := &singleAccessor{st: st, qid: q.ID}
			if st.answered[q.ID] {
				acc.cur = st.single[q.ID]
			}
			p.singles[q.ID] = acc
		}
	}
	p.keys = append(p.keys, notesKey)
	return p, p.build(focus)
}

// textWidths is the room, at the page's width, for a field's title and
// description (field) and for a single-choice option's label beside the
// cursor (option). Text is wrapped to it between words before huh sees
// it: huh wraps too, but may let a line ending in a comma or a full stop
// run one column over, which its frame then breaks again, leaving a word
// alone on a line.
func (p *areaPage) textWidths() (field, option int) {
	field = p.width - cachedStyles(p.st.palette(), false).Focused.Base.GetHorizontalFrameSize()
	option = field
	for _, unanswered := range []bool{false, true} {
		f := cachedStyles(p.st.palette(), unanswered).Focused
		option = min(option, p.width-f.Base.GetHorizontalFrameSize()-lipgloss.Width(f.SelectSelector.String()))
	}
	return field, option
}

// wrapTo is s wrapped between words to width, or s as it is when there
// is no room to wrap in; text that fits is left as it is.
func wrapTo(s string, width int) string {
	if width < 1 {
		return s
	}
	return wrapText(s, width)
}

// build (re)builds the form, focused on the field with key focus. In
// compact mode the questions' help is left out of the form (it is one
// key away, in the details).
func (p *areaPage) build(focus string) tea.Cmd {
	var fields []huh.Field
	p.multis = nil
	p.wrapped = p.width
	fieldW, optionW := p.textWidths()
	desc := func(s string) string {
		if p.compact {
			return ""
		}
		return wrapTo(s, fieldW)
	}
	for j := range p.area.Questions {
		q := &p.area.Questions[j]
		title := wrapTo(q.Text, fieldW)
		opts := make([]huh.Option[string], len(q.Options))
		for k, o := range q.Options {
			label := o.Label
			if !q.Multi() {
				label = wrapTo(label, optionW)
			}
			opts[k] = huh.NewOption(label, o.ID)
		}
		// The theme and the width come first: a field measures its
		// options as they are set, and without a theme it would build
		// huh's own for that.
		if q.Multi() {
			ms := huh.NewMultiSelect[string]()
			ms.WithTheme(huhTheme(p.st))
			ms.WithWidth(p.width)
			ms.Key(q.ID).Title(title).Description(desc(multiHelp(q.Help))).
				Options(opts...).Accessor(&multiAccessor{st: p.st, qid: q.ID})
			p.multis = append(p.multis, multiField{field: ms, title: title, descr: desc(multiHelp(q.Help)), opts: opts})
			fields = append(fields, ms)
			continue
		}
		sel := huh.NewSelect[string]()
		sel.WithTheme(singleTheme(p.st, q.ID))
		sel.WithWidth(p.width)
		sel.Key(q.ID).Title(title).Description(desc(q.Help)).
			Options(opts...).Accessor(p.singles[q.ID])
		fields = append(fields, sel)
	}
	notes := huh.NewText()
	notes.WithTheme(huhTheme(p.st))
	fields = append(fields, notes.Key(notesKey).
		Title(wrapTo("Notes for your team", fieldW)).
		Description(desc(fmt.Sprintf("Optional: what you want the team to read about this area (up to %d characters).", questions.MaxNoteChars))).
		Lines(3).CharLimit(questions.MaxNoteChars).ExternalEditor(false).
		Accessor(&notesAccessor{st: p.st, aid: p.area.ID}))
	notes.WithWidth(p.width)

	// Every field has the width the page will give it (else the group
	// would first draw them all at no width), in the palette of now.
	p.fields = make([]*cachedField, len(fields))
	for i, f := range fields {
		p.fields[i] = cache(f)
		p.fields[i].width = p.width
		fields[i] = p.fields[i]
	}
	p.palette = p.st.palette()
	p.form = huh.NewForm(huh.NewGroup(fields...)).
		WithTheme(huhTheme(p.st)).
		WithKeyMap(huhKeys()).
		WithShowHelp(false).
		WithShowErrors(false)
	cmds := []tea.Cmd{p.form.Init()}
	for range p.fieldIndex(focus) {
		fm, cmd := p.form.Update(huh.NextField())
		p.form = fm.(*huh.Form)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// multi returns the multi question field with key k; its field is nil
// when there is none.
func (p *areaPage) multi(k string) multiField {
	for _, m := range p.multis {
		if m.field.GetKey() == k {
			return m
		}
	}
	return multiField{}
}

// emptyMulti reports whether the focused field is a multi-choice
// question with nothing ticked.
func (p *areaPage) emptyMulti() bool {
	q := p.focusedQuestion()
	return q != nil && q.Multi() && !p.st.isAnswered(q)
}

// redrawMsg makes the form draw its fields again, and does nothing else.
type redrawMsg struct{}

// invalidate has every field draw itself again when the form is next
// drawn: after a change the fields do not see, such as new colours.
func (p *areaPage) invalidate() {
	for _, f := range p.fields {
		f.invalidate()
	}
}

// stale reports whether a field changed since the form last drew it.
func (p *areaPage) stale() bool {
	for _, f := range p.fields {
		if !f.valid {
			return true
		}
	}
	return false
}

// redraw scrolls the focused multi question's options so that its cursor
// is in view, and has the form draw its fields again when one changed.
func (p *areaPage) redraw() {
	m := p.multi(p.form.GetFocusedField().GetKey())
	h, hovering := m.hovered()
	if hovering {
		m.hover(h)
	}
	if hovering || p.stale() {
		fm, _ := p.form.Update(redrawMsg{})
		p.form = fm.(*huh.Form)
	}
}

// multiHelp adds how to answer to a multi question's help.
func multiHelp(help string) string {
	if help == "" {
		return "Tick all that apply."
	}
	return help + " Tick all that apply."
}

// fieldIndex returns the index of the field with key k (0 if none).
func (p *areaPage) fieldIndex(k string) int {
	for i, fk := range p.keys {
		if fk == k {
			return i
		}
	}
	return 0
}

// focused returns the index of the focused field.
func (p *areaPage) focused() int { return p.fieldIndex(p.form.GetFocusedField().GetKey()) }

// focusedQuestion returns the focused question, or nil on the notes.
func (p *areaPage) focusedQuestion() *questions.Question {
	if i := p.focused(); i < len(p.area.Questions) {
		return &p.area.Questions[i]
	}
	return nil
}

// commit answers the single questions in fields lo..hi-1 that were left
// forward with enter or tab.
func (p *areaPage) commit(lo, hi int) {
	for i := lo; i < hi && i < len(p.area.Questions); i++ {
		if acc := p.singles[p.keys[i]]; acc != nil && p.pressed[i] {
			acc.commit()
			p.fields[i].invalidate() // it shows its answer now
		}
	}
	for i := range p.pressed {
		if i < hi {
			delete(p.pressed, i)
		}
	}
}

// nothingTicked is what enter on a multi-choice question with nothing
// ticked says instead of moving on.
const nothingTicked = "Nothing ticked yet: tick what applies with x or space, then press enter."

// Update handles a message on an area page, and gives the page its room
// again when a status line came or went.
func (p *areaPage) Update(msg tea.Msg) (tea.Cmd, move) {
	before := p.status
	cmd, mv := p.update(msg)
	if mv.kind == stay && p.status != before {
		return tea.Batch(cmd, p.SetSize(p.c.width, p.c.height)), mv
	}
	return cmd, mv
}

// update handles a message on an area page.
func (p *areaPage) update(msg tea.Msg) (tea.Cmd, move) {
	k := p.c.keys
	if km, ok := msg.(tea.KeyPressMsg); ok {
		p.status = ""
		switch {
		case key.Matches(km, k.Back) && p.focused() == 0:
			return nil, p.back()
		case key.Matches(km, k.Review) && p.c.fromReview:
			return nil, move{kind: cancel}
		case key.Matches(km, k.Details):
			p.details = !p.details
			p.sc.offset = 0
			return p.SetSize(p.c.width, p.c.height), move{}
		case p.details:
			switch {
			case key.Matches(km, k.PageUp), key.Matches(km, k.Up):
				p.sc.scroll(-1)
			case key.Matches(km, k.PageDown), key.Matches(km, k.Down):
				p.sc.scroll(1)
			default:
				p.details = false
			}
			return nil, move{}
		case key.Matches(km, k.Next) && p.emptyMulti():
			p.status = nothingTicked
			return nil, move{}
		case key.Matches(km, k.Next, k.Skip):
			p.pressed[p.focused()] = true
		}
	}
	before := p.focused()
	if before == len(p.area.Questions) {
		// The notes: what could upset the terminal never reaches them.
		var ok bool
		if msg, ok = cleanInput(msg); !ok {
			return nil, move{}
		}
	}
	fm, cmd := p.form.Update(msg)
	p.form = fm.(*huh.Form)
	// huh scrolls a multi question's options to its cursor only when the
	// cursor moves: after anything else, bring it back into view. And the
	// form draws its fields when it updates, before an answer is
	// committed here: draw them again, so that they show it.
	defer p.redraw()
	if p.st.retick {
		// huh keeps its own ticks: show the answer as it was recorded,
		// the cursor where it was.
		p.st.retick = false
		p.status, p.st.dropped = p.st.dropped, ""
		focus := p.form.GetFocusedField().GetKey()
		hovered, hovering := p.multi(focus).hovered()
		cmd = tea.Batch(cmd, p.build(focus), p.SetSize(p.c.width, p.c.height))
		if hovering {
			p.multi(focus).hover(hovered)
		}
		return cmd, move{}
	}
	if p.form.State == huh.StateCompleted {
		p.commit(before, len(p.keys))
		return nil, p.forward()
	}
	if after := p.focused(); after > before {
		p.commit(before, after)
		if p.c.fromReview && p.target >= before && p.target < after {
			return nil, move{kind: toReview}
		}
	}
	return cmd, move{}
}

// back is where the page is left backwards to: the review when changing
// an answer from there, else the previous area's last field, or the
// welcome from the first area.
func (p *areaPage) back() move {
	switch {
	case p.c.fromReview:
		return move{kind: toReview}
	case p.idx > 0:
		return move{kind: toArea, area: p.idx - 1, focus: notesKey}
	}
	return move{kind: toWelcome}
}

// forward is where the page is left forwards to: the next area, or the
// review after the last one (or when changing an answer from there).
func (p *areaPage) forward() move {
	if !p.c.fromReview && p.idx < len(p.st.set.Areas)-1 {
		return move{kind: toArea, area: p.idx + 1}
	}
	return move{kind: toReview, atFinish: !p.c.fromReview}
}

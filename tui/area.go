package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"itcheck/questions"
)

// notesKey is the key of the notes field on every area page.
const notesKey = "notes"

// areaPage is one area: its questions and a notes field, in one huh form
// built from static options with the answers so far preselected.
type areaPage struct {
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
	target  int
	multis  []multiField
	compact bool // small terminal: no blank lines, no help in the form
	fits    bool // the intro fits in the header with room for the questions
	details bool // showing the details of the focused question
	sc      scroller
}

// newAreaPage builds the page of area i of the set and focuses the field
// with key focus ("" for the first).
func newAreaPage(st *state, i int, focus string, compact bool) (*areaPage, tea.Cmd) {
	ar := &st.set.Areas[i]
	p := &areaPage{st: st, idx: i, area: ar, singles: map[string]*singleAccessor{},
		pressed: map[int]bool{}, target: -1, first: 1, compact: compact}
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

// build (re)builds the form, focused on the field with key focus. In
// compact mode the questions' help is left out of the form (it is one
// key away, in the details).
func (p *areaPage) build(focus string) tea.Cmd {
	var fields []huh.Field
	p.multis = nil
	desc := func(s string) string {
		if p.compact {
			return ""
		}
		return s
	}
	for j := range p.area.Questions {
		q := &p.area.Questions[j]
		opts := make([]huh.Option[string], len(q.Options))
		for k, o := range q.Options {
			opts[k] = huh.NewOption(o.Label, o.ID)
		}
		if q.Multi() {
			ms := huh.NewMultiSelect[string]().Key(q.ID).
				Title(q.Text).Description(desc(multiHelp(q.Help))).
				Options(opts...).Accessor(&multiAccessor{st: p.st, qid: q.ID})
			p.multis = append(p.multis, multiField{field: ms, title: q.Text, descr: desc(multiHelp(q.Help)), opts: opts})
			fields = append(fields, ms)
			continue
		}
		fields = append(fields, huh.NewSelect[string]().Key(q.ID).
			Title(q.Text).Description(desc(q.Help)).
			Options(opts...).Accessor(p.singles[q.ID]))
	}
	fields = append(fields, huh.NewText().Key(notesKey).
		Title("Notes for your team").
		Description(desc(fmt.Sprintf("Optional: what you want the team to read about this area (up to %d characters).", questions.MaxNoteChars))).
		Lines(3).CharLimit(questions.MaxNoteChars).ExternalEditor(false).
		Accessor(&notesAccessor{st: p.st, aid: p.area.ID}))

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
		}
	}
	for i := range p.pressed {
		if i < hi {
			delete(p.pressed, i)
		}
	}
}

// showsIntro reports whether the header shows the area's intro.
func (p *areaPage) showsIntro() bool {
	return !p.compact && p.area.Intro != "" && p.fits
}

// progress says which field is focused.
func (p *areaPage) progress(field int) string {
	if field >= len(p.area.Questions) {
		if p.compact {
			return "Notes"
		}
		return "Notes for your team · optional"
	}
	return fmt.Sprintf("Question %d of %d", p.first+field, p.st.set.QuestionCount())
}

// header renders where the person is: area, intro, question number. In
// compact mode it takes two lines: the numbers, and the area's title cut
// to one line (the details show it whole).
func (p *areaPage) header(s styles, width int, intro bool, field int) string {
	n := len(p.st.set.Areas)
	var lines []string
	if p.compact {
		lines = append(lines,
			s.header.Render(wrapText(fmt.Sprintf("Area %d of %d · %s", p.idx+1, n, p.progress(field)), width)),
			s.header.Render(ansi.Truncate(p.area.Title, width, "…")))
	} else {
		lines = append(lines, s.header.Render(wrapText(fmt.Sprintf("Area %d of %d · %s", p.idx+1, n, p.area.Title), width)))
		if intro {
			lines = append(lines, s.text.Render(wrapText(strings.TrimSpace(p.area.Intro), width)))
		}
		progress := p.progress(field)
		if field < len(p.area.Questions) && !p.st.isAnswered(&p.area.Questions[field]) {
			progress += " · not answered yet"
		}
		lines = append(lines, s.progress.Render(wrapText(progress, width)))
	}
	return strings.Join(lines, "\n")
}

// detailsText is everything about the focused question: the area's title
// and intro, the question and its help.
func (p *areaPage) detailsText(s styles, width int) string {
	parts := []string{
		s.header.Render(wrapText(fmt.Sprintf("Area %d of %d · %s", p.idx+1, len(p.st.set.Areas), p.area.Title), width)),
	}
	if p.area.Intro != "" {
		parts = append(parts, s.text.Render(wrapText(strings.TrimSpace(p.area.Intro), width)))
	}
	parts = append(parts, s.progress.Render(p.progress(p.focused())))
	if q := p.focusedQuestion(); q != nil {
		parts = append(parts, s.text.Render(wrapText(q.Text, width)))
		help := q.Help
		if q.Multi() {
			help = multiHelp(help)
		}
		if help != "" {
			parts = append(parts, s.subtle.Render(wrapText(help, width)))
		}
	}
	return strings.Join(parts, "\n")
}

// help lists the keys for the focused field.
func (p *areaPage) help(s styles, k keyMap, width int, fromReview bool, field int) string {
	if p.details {
		return helpView(s, width, k.Details, k.Scroll, k.Quit)
	}
	var binds []key.Binding
	switch {
	case field >= len(p.area.Questions):
		binds = append(binds, k.Next, k.NewLine)
	case p.area.Questions[field].Multi():
		binds = append(binds, k.Toggle, k.Choose, k.Next)
	default:
		binds = append(binds, k.Choose, k.Next)
	}
	binds = append(binds, k.Back)
	if fromReview {
		binds = append(binds, k.Review)
	}
	if p.compact || (p.area.Intro != "" && !p.showsIntro()) {
		binds = append(binds, k.Details)
	}
	return helpView(s, width, append(binds, k.Quit)...)
}

// footerHeight is the tallest help of any field, so that the layout does
// not jump between fields.
func (p *areaPage) footerHeight(s styles, k keyMap, width int, fromReview bool) int {
	h := 0
	for i := range p.keys {
		h = max(h, lipgloss.Height(p.help(s, k, width, fromReview, i)))
	}
	return h
}

// headerHeight is the tallest header of any field.
func (p *areaPage) headerHeight(s styles, width int, intro bool) int {
	h := 0
	for i := range p.keys {
		h = max(h, lipgloss.Height(p.header(s, width, intro, i)))
	}
	return h
}

// Layout limits: below compactHeight rows the page drops its blank lines
// and the questions' help; the intro shows only when the questions keep
// minFormHeight rows.
const (
	compactHeight = 20
	minFormHeight = 10
)

// setSize lays the page out for width x height, rebuilding the form when
// it switches between compact and full, and tells the form the room it
// has.
func (p *areaPage) setSize(s styles, k keyMap, width, height int, fromReview bool) tea.Cmd {
	var cmd tea.Cmd
	if compact := height < compactHeight; compact != p.compact {
		p.compact = compact
		cmd = p.build(p.form.GetFocusedField().GetKey())
	}
	footer := p.footerHeight(s, k, width, fromReview)
	gaps := 2
	if p.compact {
		gaps = 0
	}
	p.fits = height-p.headerHeight(s, width, true)-footer-gaps >= minFormHeight
	head := p.headerHeight(s, width, p.showsIntro())
	formH := max(height-head-footer-gaps, 1)
	fm, _ := p.form.Update(tea.WindowSizeMsg{Width: width, Height: formH})
	p.form = fm.(*huh.Form)
	for _, m := range p.multis {
		m.fit(huhTheme(p.st), width)
	}
	p.sc.setContent(p.detailsText(s, width))
	p.sc.setHeight(height - footer - 1)
	return cmd
}

func (p *areaPage) view(s styles, k keyMap, width int, fromReview bool) string {
	help := p.help(s, k, width, fromReview, p.focused())
	if p.details {
		return p.sc.view() + "\n\n" + help
	}
	form := strings.TrimRight(p.form.View(), "\n ")
	if p.compact {
		return p.header(s, width, false, p.focused()) + "\n" + form + "\n" + help
	}
	return p.header(s, width, p.showsIntro(), p.focused()) + "\n\n" + form + "\n\n" + help
}

// updateArea handles a message on an area page.
func (m *Model) updateArea(msg tea.Msg) tea.Cmd {
	p := m.area
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, m.keys.Back) && p.focused() == 0:
			return m.areaBack()
		case key.Matches(km, m.keys.Review) && m.fromReview:
			m.openReview()
			return nil
		case key.Matches(km, m.keys.Details):
			p.details = !p.details
			p.sc.offset = 0
			return m.resize()
		case p.details:
			switch {
			case key.Matches(km, m.keys.PageUp), key.Matches(km, m.keys.Up):
				p.sc.scroll(-1)
			case key.Matches(km, m.keys.PageDown), key.Matches(km, m.keys.Down):
				p.sc.scroll(1)
			default:
				p.details = false
			}
			return nil
		case km.String() == "enter" || km.String() == "tab":
			p.pressed[p.focused()] = true
		}
	}
	before := p.focused()
	fm, cmd := p.form.Update(msg)
	p.form = fm.(*huh.Form)
	if p.st.retick {
		// huh keeps its own ticks: show the answer as it was recorded.
		p.st.retick = false
		return tea.Batch(cmd, p.build(p.form.GetFocusedField().GetKey()), m.resize())
	}
	if p.form.State == huh.StateCompleted {
		p.commit(before, len(p.keys))
		return m.areaForward()
	}
	if after := p.focused(); after > before {
		p.commit(before, after)
		if m.fromReview && p.target >= before && p.target < after {
			m.openReview()
			return nil
		}
	}
	return cmd
}

// areaBack leaves an area page backwards: to the review when changing an
// answer from there, else to the previous area's last field, or to the
// welcome from the first area.
func (m *Model) areaBack() tea.Cmd {
	switch {
	case m.fromReview:
		m.openReview()
	case m.area.idx > 0:
		return m.openArea(m.area.idx-1, notesKey, false)
	default:
		m.openWelcome(false)
	}
	return nil
}

// areaForward leaves an area page forwards: to the next area, or to the
// review after the last one (or when changing an answer from there).
func (m *Model) areaForward() tea.Cmd {
	if !m.fromReview && m.area.idx < len(m.st.set.Areas)-1 {
		return m.openArea(m.area.idx+1, "", false)
	}
	m.openReview()
	return nil
}

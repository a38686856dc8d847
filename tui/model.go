package tui

import (
	"go/token"
	"reflect"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// pageID is the page the flow is on.
type pageID int

const (
	pageWelcome pageID = iota
	pageArea
	pageReview
	pageSave
)

// Model is the root Bubble Tea model of the flow. It handles the keys
// that work everywhere and the terminal's size and colours, routes every
// other message to the page on screen, and moves between pages when a
// page asks; the answers live in a state shared by every copy of the
// model and its pages.
type Model struct {
	opts Options
	st   *state
	// c is what the pages share: held by pointer, as Bubble Tea keeps
	// the model in an interface, which copies it for every message.
	c *common

	// width and height are the terminal's.
	width, height int
	// sized is set once the terminal said its size.
	sized bool

	page    pageID
	welcome *welcomePage
	area    *areaPage
	review  *reviewPage
	save    *savePage

	// before holds the answers as they were when a change from the
	// review began: cancelling it (esc) puts them back.
	before *snapshot

	done      bool
	aborted   bool
	path      string
	overwrite bool

	lastPage int // the page OnChange last saw
	initCmd  tea.Cmd
	// drawn is what View drew last, shared by every copy of the model:
	// Bubble Tea asks for the view after every message, and after one
	// the model ignores it is the same.
	drawn *drawing
}

// drawing is a view drawn, and whether it still stands.
type drawing struct {
	content string
	ok      bool
}

// New builds the root model for opts. Run uses it; tests drive it
// directly.
func New(opts Options) Model {
	st := newState(opts.Set, opts.Initial)
	m := Model{
		opts:   opts,
		st:     st,
		c:      &common{st: st, styles: ptr(stylesFor(st.palette())), keys: defaultKeys()},
		width:  80,
		height: 24,
		drawn:  &drawing{},
	}
	m.c.width, m.c.height = m.contentWidth(), m.height
	m.welcome = newWelcomePage(m.c)
	m.review = newReviewPage(m.c)
	m.save = newSavePage(m.c, opts.DefaultPath)
	n := len(opts.Set.Areas)
	switch {
	case opts.StartArea >= 1 && opts.StartArea <= n:
		// Resuming: open the area at its first question still open.
		m.initCmd = m.openArea(opts.StartArea-1, m.st.firstOpen(opts.StartArea-1), false)
	case opts.StartArea > n:
		m.openReview(true)
	default:
		m.page = pageWelcome
	}
	m.lastPage, st.changed = m.pageNumber(), false
	return m
}

// Init asks the terminal for its size and background colour and starts
// the first page.
func (m Model) Init() tea.Cmd {
	return tea.Batch(m.initCmd, tea.RequestBackgroundColor, tea.RequestWindowSize)
}

// Update routes msg to the page on screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.done || m.aborted || m.ignores(msg) {
		return m, nil
	}
	m.drawn.ok = false
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height, m.sized = max(msg.Width, 1), max(msg.Height, 1), true
		return m, m.resize()
	case tea.BackgroundColorMsg:
		// Every page keeps its content drawn: draw it again in the
		// colours for this background.
		m.st.isDark, m.st.bgKnown = msg.IsDark(), true
		m.c.styles = ptr(stylesFor(m.st.palette()))
		return m, m.resize()
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.c.keys.Quit):
			m.aborted = true
			return m, tea.Quit
		case key.Matches(msg, m.c.keys.Suspend):
			return m, tea.Suspend
		}
	}
	cmd, mv := m.active().Update(msg)
	if mv.kind != stay {
		cmd = tea.Batch(cmd, m.goTo(mv))
	}
	m.notify()
	if m.done {
		return m, tea.Quit
	}
	return m, cmd
}

// ignores reports whether msg changes nothing on screen: what Bubble Tea
// learnt of the terminal at the start (no page uses it, and passing it on
// would only draw them again), its own internal messages, and a size the
// page is laid out for already.
func (m *Model) ignores(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tea.EnvMsg, tea.ColorProfileMsg, tea.ModeReportMsg, tea.KeyboardEnhancementsMsg:
		return true
	case tea.WindowSizeMsg:
		return m.sized && max(msg.Width, 1) == m.width && max(msg.Height, 1) == m.height
	}
	return teaInternal(msg)
}

// teaPkgPath is the import path of Bubble Tea, as reflect reports it.
var teaPkgPath = reflect.TypeOf(tea.KeyPressMsg{}).PkgPath()

// teaInternal reports whether msg is one of Bubble Tea's own unexported
// messages, which it also hands the model (as after tea.RequestWindowSize):
// nothing outside Bubble Tea can act on them.
func teaInternal(msg tea.Msg) bool {
	t := reflect.TypeOf(msg)
	return t != nil && t.PkgPath() == teaPkgPath && !token.IsExported(t.Name())
}

// notify calls OnChange when the answers or the page changed: the state
// marks every change of the role, an answer or a note.
func (m *Model) notify() {
	p := m.pageNumber()
	if !m.st.changed && p == m.lastPage {
		return
	}
	m.lastPage, m.st.changed = p, false
	if m.opts.OnChange != nil {
		m.opts.OnChange(m.st.answers(), p)
	}
}

// pageNumber is the page in OnChange and StartArea terms: 0 for the
// welcome, k for area k (1-based), and the number of areas + 1 for the
// review and the save step.
func (m *Model) pageNumber() int {
	switch m.page {
	case pageArea:
		return m.area.idx + 1
	case pageReview, pageSave:
		return len(m.st.set.Areas) + 1
	}
	return 0
}

// ptr returns a pointer to a copy of v.
func ptr[T any](v T) *T { return &v }

// contentWidth is the width pages draw in.
func (m *Model) contentWidth() int { return min(m.width, maxWidth) }

// active returns the page on screen.
func (m *Model) active() page {
	switch m.page {
	case pageArea:
		return m.area
	case pageReview:
		return m.review
	case pageSave:
		return m.save
	}
	return m.welcome
}

// resize gives the page on screen the space it has.
func (m *Model) resize() tea.Cmd {
	m.c.width, m.c.height = m.contentWidth(), m.height
	return m.active().SetSize(m.c.width, m.c.height)
}

// goTo shows the page mv asks for.
func (m *Model) goTo(mv move) tea.Cmd {
	switch mv.kind {
	case toWelcome:
		m.openWelcome(mv.fromReview)
	case toArea:
		return m.openArea(mv.area, mv.focus, mv.fromReview)
	case toReview:
		m.openReview(mv.atFinish)
	case cancel:
		m.cancelChange()
	case finish:
		return m.finish()
	case saved:
		m.path, m.overwrite, m.done = mv.path, mv.overwrite, true
	}
	return nil
}

// openWelcome shows the welcome page.
func (m *Model) openWelcome(fromReview bool) {
	m.page = pageWelcome
	m.setFromReview(fromReview)
	m.welcome.reset()
	m.resize()
}

// openArea shows the page of area i with the field focus (a question id,
// "notes", or "" for the first question) focused.
func (m *Model) openArea(i int, focus string, fromReview bool) tea.Cmd {
	m.page = pageArea
	m.setFromReview(fromReview)
	var cmd tea.Cmd
	m.c.width, m.c.height = m.contentWidth(), m.height
	m.area, cmd = newAreaPage(m.c, i, focus)
	if fromReview {
		m.area.target = m.area.fieldIndex(focus)
	}
	return tea.Batch(cmd, m.resize())
}

// setFromReview records whether the page being opened changes an answer
// from the review, keeping the answers as they are for a cancel.
func (m *Model) setFromReview(fromReview bool) {
	m.c.fromReview = fromReview
	m.before = nil
	if fromReview {
		m.before = m.st.snapshot()
	}
}

// openReview shows the review page, with the cursor on "finish" when
// atFinish (coming from the last area), else where it was.
func (m *Model) openReview(atFinish bool) {
	m.page = pageReview
	m.c.fromReview = false
	m.before = nil
	if atFinish {
		m.review.cursor = reviewRowCount(m.st) - 1
	}
	m.resize()
}

// cancelChange ends a change begun from the review, putting the answers
// back as they were, and shows the review.
func (m *Model) cancelChange() {
	if m.before != nil {
		m.st.restore(m.before)
	}
	m.openReview(false)
}

// finish ends the flow with the answers given, asking first where to
// save the report when the options say so.
func (m *Model) finish() tea.Cmd {
	if m.opts.AskPath {
		m.page = pageSave
		cmd := m.save.reset()
		m.resize()
		return cmd
	}
	m.done = true
	return nil
}

// Outcome returns what the person gave so far. Run returns it; tests use
// it on the model they drove.
func (m Model) Outcome() Outcome {
	a := m.st.answers()
	o := Outcome{Answers: &a, Dark: m.st.isDark}
	if m.done {
		o.Path, o.Overwrite = m.path, m.overwrite
	}
	return o
}

// View draws the page on screen in the alternate screen.
func (m Model) View() tea.View {
	v := tea.NewView(m.content())
	v.AltScreen = true
	v.WindowTitle = m.st.set.Title
	return v
}

// content draws the page on screen, or returns what was drawn last when
// nothing changed since.
func (m *Model) content() string {
	if m.drawn == nil {
		m.drawn = &drawing{}
	}
	if m.drawn.ok {
		return m.drawn.content
	}
	var s string
	if !m.done && !m.aborted {
		s = m.active().View()
	}
	m.drawn.content = lipgloss.NewStyle().MaxWidth(m.width).MaxHeight(m.height).Render(s)
	m.drawn.ok = true
	return m.drawn.content
}

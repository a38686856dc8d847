package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// The layout of an area page: its header, keys, status and sizes.

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

// SetSize lays the page out for width x height, rebuilding the form when
// it switches between compact and full, and tells the form the room it
// has.
func (p *areaPage) SetSize(width, height int) tea.Cmd {
	s, k, fromReview := *p.c.styles, p.c.keys, p.c.fromReview
	var cmd tea.Cmd
	p.width = width
	if compact := height < compactHeight; compact != p.compact || width != p.wrapped {
		// Compact mode leaves out the help, and the fields' text is
		// wrapped for the width.
		p.compact = compact
		cmd = p.build(p.form.GetFocusedField().GetKey())
	}
	if pal := p.st.palette(); pal != p.palette {
		// New colours: the fields draw themselves again.
		p.palette = pal
		p.invalidate()
	}
	footer := p.footerHeight(s, k, width, fromReview)
	if p.status != "" {
		footer += lipgloss.Height(p.statusView(s, width))
	}
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
		m.fit(huhTheme(p.st), width, formH)
		// The form drew it before it was fitted.
		p.fields[p.fieldIndex(m.field.GetKey())].invalidate()
	}
	p.redraw()
	p.sc.setContent(p.detailsText(s, width))
	p.sc.setHeight(height - footer - 1)
	return cmd
}

// View draws the page.
func (p *areaPage) View() string {
	s, k, width, fromReview := *p.c.styles, p.c.keys, p.c.width, p.c.fromReview
	help := p.help(s, k, width, fromReview, p.focused())
	if p.status != "" && !p.details {
		help = p.statusView(s, width) + "\n" + help
	}
	if p.details {
		return p.sc.view() + "\n\n" + help
	}
	form := strings.TrimRight(p.form.View(), "\n ")
	if p.compact {
		return p.header(s, width, false, p.focused()) + "\n" + form + "\n" + help
	}
	return p.header(s, width, p.showsIntro(), p.focused()) + "\n\n" + form + "\n\n" + help
}

// statusView renders the status, wrapped to width.
func (p *areaPage) statusView(s styles, width int) string {
	return s.warn.Render(wrapText(p.status, width))
}

package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// multiField is a multi question's field and what it was built from.
type multiField struct {
	field        *huh.MultiSelect[string]
	title, descr string
	opts         []huh.Option[string]
}

// fit lays the field out for width, working around two quirks of huh
// v2.0.3's MultiSelect:
//
//   - it does not wrap long option labels itself, and cuts their ends off;
//     so the labels are wrapped here, continuation lines under the label;
//   - left without a height, it sizes its options viewport to the options'
//     height minus the title and description, cutting off the last
//     options; so it is given the height it needs, up to maxHeight. When
//     that is less, its options scroll in its own viewport, which follows
//     the cursor (the form's viewport only brings the field's top into
//     view, so the cursor of a taller field would move out of sight).
//
// Throwaway fields built the same way measure the parts exactly.
func (m multiField) fit(theme huh.Theme, width, maxHeight int) {
	// Setting the options moves huh's cursor to the first ticked option:
	// put it back where the person had it.
	hovered, hovering := m.hovered()
	defer func() {
		if hovering {
			m.hover(hovered)
		}
	}()
	opts := make([]huh.Option[string], len(m.opts))
	avail := max(width-optionIndent(theme, width)-1, 10)
	for i, o := range m.opts {
		opts[i] = huh.NewOption(ansi.Wrap(o.Key, avail, ""), o.Value)
	}
	m.field.Options(opts...)

	// Themes first, as in areaPage.build.
	optionsOnly := huh.NewMultiSelect[string]()
	optionsOnly.WithTheme(theme)
	optionsOnly.WithWidth(width)
	optionsOnly.Options(opts...)
	textOnly := huh.NewMultiSelect[string]()
	textOnly.WithTheme(theme)
	textOnly.WithWidth(width)
	textOnly.Title(m.title).Description(m.descr)
	// textOnly renders its title and description, then an empty line for
	// its empty options.
	head := lipgloss.Height(textOnly.View()) - 1
	// At least the title and one option, however small the terminal.
	m.field.WithHeight(max(min(head+lipgloss.Height(optionsOnly.View()), maxHeight), head+1))
}

// hovered returns the value of the option under the cursor; ok is false
// when there is none, or no field.
func (m multiField) hovered() (v string, ok bool) {
	if m.field == nil {
		return "", false
	}
	return m.field.Hovered()
}

// hover moves the field's cursor onto the option with value v, scrolling
// the options so that it is in view.
func (m multiField) hover(v string) {
	m.field.Update(tea.KeyPressMsg{Code: tea.KeyHome})
	for range m.opts {
		if h, ok := m.field.Hovered(); !ok || h == v {
			return
		}
		m.field.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	}
}

// optionIndent is how far from the field's left edge an option's label
// starts: the frame, the cursor and the tick box.
func optionIndent(theme huh.Theme, width int) int {
	probe := huh.NewMultiSelect[string]()
	probe.WithTheme(theme)
	probe.WithWidth(width)
	probe.Options(huh.NewOption("X", "x"))
	for _, line := range strings.Split(ansi.Strip(probe.View()), "\n") {
		if i := strings.Index(line, "X"); i >= 0 {
			return ansi.StringWidth(line[:i])
		}
	}
	return 6
}

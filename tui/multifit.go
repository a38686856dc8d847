package tui

import (
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// multiField is a multi question's field and what it was built from.
type multiField struct {
	field        *huh.MultiSelect[string]
	title, descr string
	opts         []huh.Option[string]
}

// fit gives the field the height it needs at width. huh v2.0.3's
// MultiSelect, left without a height, sizes its options viewport to the
// options' height minus the title and description, so the last options of
// a question with help text are cut off. Two throwaway fields built the
// same way measure the parts exactly: one with only the options, one with
// only the title and description.
func (m multiField) fit(theme huh.Theme, width int) {
	optionsOnly := huh.NewMultiSelect[string]().Options(m.opts...)
	optionsOnly.WithTheme(theme)
	optionsOnly.WithWidth(width)
	textOnly := huh.NewMultiSelect[string]().Title(m.title).Description(m.descr)
	textOnly.WithTheme(theme)
	textOnly.WithWidth(width)
	// textOnly renders its title and description, then an empty line for
	// its empty options.
	head := lipgloss.Height(textOnly.View()) - 1
	m.field.WithHeight(head + lipgloss.Height(optionsOnly.View()))
}

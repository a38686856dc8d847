package tui

import (
	"reflect"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// cachedField wraps a field of an area page's form and keeps what it drew
// until something changes it.
//
// For every message it gets, huh's group updates every field of the page
// and draws them all again, the focused one twice, though only the
// focused field changes by itself. A field changes only when a message
// other than a refresh reaches it (a key to the focused field, a new
// size), when the group sets its focus, width, height or theme, or when
// the page changes it from outside (an answer committed, its options
// fitted, new colours): the page then calls invalidate. Until one of
// those happens, the field is not drawn again, and a field not focused
// gets only the messages that could change it.
type cachedField struct {
	huh.Field
	focused bool
	view    string
	valid   bool
	// width and height are what the field was last given through the
	// wrapper: given again, they change nothing.
	width, height int
}

// cache wraps f, which must have its theme already: huh keeps the first
// theme a field is given, so one given later changes nothing.
func cache(f huh.Field) *cachedField { return &cachedField{Field: f} }

// invalidate makes the field draw itself again when next drawn.
func (c *cachedField) invalidate() { c.valid = false }

// refresh reports whether msg changes nothing in a field by itself: huh's
// field refresh, the page's own redrawMsg, or a new size (the group gives
// its fields their size with WithWidth and WithHeight).
func refresh(msg tea.Msg) bool {
	switch msg.(type) {
	case redrawMsg, tea.WindowSizeMsg:
		return true
	}
	t := reflect.TypeOf(msg)
	return t != nil && t.PkgPath() == huhPkgPath && t.Name() == "updateFieldMsg"
}

// forBlurred reports whether msg can change a field that is not focused.
// The group passes every message but keys and pastes to every field, but
// huh's fields (in v2.0.3) act on few when not focused: the background
// colour, and huh's own messages that reload a title or options from
// their functions. A text area or a filter not focused ignores
// everything, and cursor blinks are for the focused field.
func forBlurred(msg tea.Msg) bool {
	if _, ok := msg.(tea.BackgroundColorMsg); ok {
		return true
	}
	t := reflect.TypeOf(msg)
	return t == nil || (t.PkgPath() == huhPkgPath && !refresh(msg))
}

// huhPkgPath is the import path of package huh, as reflect reports it.
var huhPkgPath = reflect.TypeOf(huh.Form{}).PkgPath()

// Update passes msg to the field, except to a field not focused whose
// drawing is kept, when msg cannot change it (see forBlurred).
func (c *cachedField) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	if c.valid && !c.focused && !forBlurred(msg) {
		return c, nil
	}
	c.valid = false
	m, cmd := c.Field.Update(msg)
	c.Field = m.(huh.Field)
	return c, cmd
}

// View draws the field, or returns its drawing kept from before.
func (c *cachedField) View() string {
	if !c.valid {
		c.view, c.valid = c.Field.View(), true
	}
	return c.view
}

// Focus focuses the field.
func (c *cachedField) Focus() tea.Cmd {
	c.focused, c.valid = true, false
	return c.Field.Focus()
}

// Blur takes the focus from the field.
func (c *cachedField) Blur() tea.Cmd {
	c.focused, c.valid = false, false
	return c.Field.Blur()
}

// WithTheme gives the field a theme, which changes nothing: it has one
// (see cache). Its colours follow the page's palette through the theme.
func (c *cachedField) WithTheme(t huh.Theme) huh.Field {
	c.Field = c.Field.WithTheme(t)
	return c
}

// WithKeyMap sets the field's keys, which huh's fields do not draw.
func (c *cachedField) WithKeyMap(k *huh.KeyMap) huh.Field {
	c.Field = c.Field.WithKeyMap(k)
	return c
}

// WithWidth sets the field's width. The group does so for every new
// size of the terminal, mostly without a change to the width.
func (c *cachedField) WithWidth(w int) huh.Field {
	if c.valid && w == c.width {
		return c
	}
	c.valid, c.width = false, w
	c.Field = c.Field.WithWidth(w)
	return c
}

// WithHeight sets the field's height.
func (c *cachedField) WithHeight(h int) huh.Field {
	if c.valid && h == c.height {
		return c
	}
	c.valid, c.height = false, h
	c.Field = c.Field.WithHeight(h)
	return c
}

// WithPosition tells the field where it is in the form (the form does so
// after every key), for its keys: huh's fields do not draw it.
func (c *cachedField) WithPosition(p huh.FieldPosition) huh.Field {
	c.Field = c.Field.WithPosition(p)
	return c
}

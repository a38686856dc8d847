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
// those happens, the field is not drawn again, and a field not focused is
// not even updated for a refresh.
type cachedField struct {
	huh.Field
	focused bool
	view    string
	valid   bool
	pos     huh.FieldPosition
}

// cache wraps f.
func cache(f huh.Field) *cachedField { return &cachedField{Field: f} }

// invalidate makes the field draw itself again when next drawn.
func (c *cachedField) invalidate() { c.valid = false }

// refresh reports whether msg only asks fields to draw again: huh's
// field refresh, or the page's own redrawMsg.
func refresh(msg tea.Msg) bool {
	if _, ok := msg.(redrawMsg); ok {
		return true
	}
	t := reflect.TypeOf(msg)
	return t != nil && t.PkgPath() == huhPkgPath && t.Name() == "updateFieldMsg"
}

// huhPkgPath is the import path of package huh, as reflect reports it.
var huhPkgPath = reflect.TypeOf(huh.Form{}).PkgPath()

// Update passes msg to the field, except a refresh to a field not focused
// whose drawing is kept: nothing it could change would show.
func (c *cachedField) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	if c.valid && !c.focused && refresh(msg) {
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

// WithTheme sets the field's theme.
func (c *cachedField) WithTheme(t huh.Theme) huh.Field {
	c.valid = false
	c.Field = c.Field.WithTheme(t)
	return c
}

// WithKeyMap sets the field's keys.
func (c *cachedField) WithKeyMap(k *huh.KeyMap) huh.Field {
	c.valid = false
	c.Field = c.Field.WithKeyMap(k)
	return c
}

// WithWidth sets the field's width.
func (c *cachedField) WithWidth(w int) huh.Field {
	c.valid = false
	c.Field = c.Field.WithWidth(w)
	return c
}

// WithHeight sets the field's height.
func (c *cachedField) WithHeight(h int) huh.Field {
	c.valid = false
	c.Field = c.Field.WithHeight(h)
	return c
}

// WithPosition tells the field where it is in the form. The form does so
// after every key, mostly without a change.
func (c *cachedField) WithPosition(p huh.FieldPosition) huh.Field {
	if p != c.pos {
		c.pos, c.valid = p, false
	}
	c.Field = c.Field.WithPosition(p)
	return c
}

package tui

import (
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"
)

// cleanTyped removes from text a person typed or pasted every character
// that could change how a terminal shows the rest: Unicode controls (Cc:
// C0 and C1, which start escape sequences, and DEL) and format characters
// (Cf: the bidirectional overrides, embeddings, isolates and marks such
// as U+202E, U+2066 and U+200E, zero-width characters and the byte order
// mark). Line ends are kept as "\n" and tabs become a space.
func cleanTyped(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\r' || r == '\u2028' || r == '\u2029':
			return '\n'
		case r == '\t':
			return ' '
		case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s)
}

// cleanInput cleans the text a key press or a paste carries before it
// reaches a text field. ok is false when nothing is left of it.
func cleanInput(msg tea.Msg) (out tea.Msg, ok bool) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if msg.Text == "" {
			return msg, true
		}
		t := cleanTyped(msg.Text)
		if t == msg.Text {
			return msg, true
		}
		if t == "" {
			return nil, false
		}
		return tea.KeyPressMsg{Code: []rune(t)[0], Text: t}, true
	case tea.PasteMsg:
		msg.Content = cleanTyped(msg.Content)
		return msg, msg.Content != ""
	}
	return msg, true
}

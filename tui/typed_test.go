package tui

import (
	"strings"
	"testing"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// hasFormatOrControl reports whether s holds a character cleanTyped
// removes (a newline aside).
func hasFormatOrControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return r != '\n' && (unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r))
	})
}

// Bidi controls, zero-width characters and escape sequences typed or
// pasted into the notes never reach the screen, the answers or the review.
func TestNotesDropControlAndBidi(t *testing.T) {
	s := smallSet(t)
	d := newDriver(t, Options{Set: s, Initial: allAnswered(s, "exec"), StartArea: 1}, 100, 30)
	for d.focusedKey() != notesKey {
		d.send(enter)
	}
	typed := "a\u202eb\u2066c\u200ed\u200bé\x07"
	for _, r := range typed {
		d.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	d.send(tea.PasteMsg{Content: " x\u202ey\x1b[31mz\u2069\r\nnext\u061c line"})
	raw := d.m.View().Content
	for _, bad := range []string{"\u202e", "\u2066", "\u200e", "\u200b", "\x07", "\x1b[31m", "\u2069", "\u061c"} {
		if strings.Contains(raw, bad) {
			t.Errorf("the screen shows %q", bad)
		}
	}
	want := "abcdé xy[31mz\nnext line"
	if got := d.m.st.notes["direction"]; got != want {
		t.Errorf("notes = %q, want %q", got, want)
	}
	d.mustSee("abcdé xy[31mz")
	d.send(enter)
	for d.m.page == pageArea {
		d.send(enter)
	}
	if v := d.m.View().Content; strings.Contains(v, "\u202e") || !strings.Contains(ansi.Strip(v), "abcdé xy[31mz next line") {
		t.Errorf("the review shows the notes wrongly:\n%s", ansi.Strip(v))
	}
}

// Notes kept from before are cleaned the same way.
func TestResumedNotesCleaned(t *testing.T) {
	s := smallSet(t)
	init := allAnswered(s, "exec")
	init.Notes = map[string]string{"direction": "left\u202eright\u2066", "budget": "\u200e"}
	d := newDriver(t, Options{Set: s, Initial: init, StartArea: len(s.Areas) + 1}, 100, 30)
	a := d.m.Outcome().Answers
	if got := a.Notes["direction"]; got != "leftright" {
		t.Errorf("notes = %q, want leftright", got)
	}
	if _, ok := a.Notes["budget"]; ok {
		t.Errorf("a note of nothing but a mark is kept: %q", a.Notes["budget"])
	}
	if hasFormatOrControl(ansi.Strip(d.m.View().Content)) {
		t.Errorf("the review shows control characters: %q", d.m.View().Content)
	}
}

func TestCleanTyped(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                    "plain",
		"tab\there":                "tab here",
		"crlf\r\nline":             "crlf\nline",
		"rlo\u202eover":            "rloover",
		"lri\u2066x\u2069":         "lrix",
		"lrm\u200e\u200f\u061c":    "lrm",
		"esc\x1b]52;c;eA==\x07end": "esc]52;c;eA==end",
		"c1\u009bend":              "c1end",
		"bom\ufeff":                "bom",
		"émoji 😀":                  "émoji 😀",
	} {
		if got := cleanTyped(in); got != want {
			t.Errorf("cleanTyped(%q) = %q, want %q", in, got, want)
		}
		if hasFormatOrControl(cleanTyped(in)) {
			t.Errorf("cleanTyped(%q) keeps a control", in)
		}
	}
}

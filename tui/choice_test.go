package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

var resumeTestChoice = Choice{
	Question: "You have unfinished answers from 29 Nov 2026 02:46: 1 of 15 answered, last at area 1 of 4.",
	Detail:   "Resume where you stopped, or start afresh?",
	Yes:      "Resume",
	No:       "Start afresh",
}

func choiceAt(width int) *choiceModel {
	m := newChoiceModel(resumeTestChoice)
	m.Update(tea.WindowSizeMsg{Width: width, Height: 12})
	return m
}

// At 40 columns, the choice fits: no line wider, every key whole, and no
// empty line inside the bar.
func TestGoldenChoice40x12(t *testing.T) {
	m := choiceAt(40)
	view := m.content()
	for _, l := range strings.Split(view, "\n") {
		if w := ansi.StringWidth(l); w > 40 {
			t.Errorf("line %q is %d wide", ansi.Strip(l), w)
		}
		if strings.TrimSpace(ansi.Strip(l)) == "┃" {
			t.Errorf("an empty line in the bar:\n%s", ansi.Strip(view))
		}
	}
	plain := ansi.Strip(view)
	for _, want := range []string{"←/→ toggle", "enter submit", "y Resume", "n Start afresh"} {
		if !strings.Contains(plain, want) {
			t.Errorf("%q is not shown whole:\n%s", want, plain)
		}
	}
	golden.RequireEqual(t, view)
}

func TestGoldenChoice100x30(t *testing.T) {
	golden.RequireEqual(t, choiceAt(100).content())
}

// Enter takes the answer selected, Yes at first; y and n answer at once;
// ctrl+c stops.
func TestChoiceKeys(t *testing.T) {
	for _, tc := range []struct {
		keys    []tea.KeyPressMsg
		yes     bool
		aborted bool
	}{
		{[]tea.KeyPressMsg{{Code: tea.KeyEnter}}, true, false},
		{[]tea.KeyPressMsg{{Code: tea.KeyRight}, {Code: tea.KeyEnter}}, false, false},
		{[]tea.KeyPressMsg{{Code: tea.KeyRight}, {Code: tea.KeyLeft}, {Code: tea.KeyEnter}}, true, false},
		{[]tea.KeyPressMsg{{Code: 'n', Text: "n"}}, false, false},
		{[]tea.KeyPressMsg{{Code: tea.KeyRight}, {Code: 'y', Text: "y"}}, true, false},
		{[]tea.KeyPressMsg{{Code: 'c', Mod: tea.ModCtrl}}, true, true},
	} {
		m := choiceAt(40)
		var cmd tea.Cmd
		for _, k := range tc.keys {
			_, cmd = m.Update(k)
		}
		if cmd == nil {
			t.Errorf("%v: did not end", tc.keys)
			continue
		}
		if m.yes != tc.yes || m.aborted != tc.aborted || m.done == tc.aborted {
			t.Errorf("%v: yes %v aborted %v done %v", tc.keys, m.yes, m.aborted, m.done)
		}
	}
}

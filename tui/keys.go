package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
)

// keyMap holds the keys of the flow. The keys inside a question are
// huh's own; these are the ones the flow handles itself or shows in help.
type keyMap struct {
	Up       key.Binding
	Down     key.Binding
	Choose   key.Binding // ↑/↓ shown as one help item
	Toggle   key.Binding
	Next     key.Binding
	Skip     key.Binding // tab: on to the next question, leaving this one open
	Start    key.Binding
	Change   key.Binding
	Save     key.Binding
	Back     key.Binding
	Review   key.Binding
	NewLine  key.Binding
	Details  key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Scroll   key.Binding // pgup/pgdn shown as one help item
	Home     key.Binding
	End      key.Binding
	ToFinish key.Binding // the review's "finish" row
	Yes      key.Binding
	No       key.Binding
	Quit     key.Binding
	Suspend  key.Binding
}

// defaultKeys returns the flow's keys.
func defaultKeys() keyMap {
	return keyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
		Choose:   key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "choose")),
		Toggle:   key.NewBinding(key.WithKeys("x", "space"), key.WithHelp("x", "tick")),
		Next:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
		Skip:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "skip")),
		Start:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Change:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "change")),
		Save:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
		Back:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
		Review:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		NewLine:  key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"), key.WithHelp("alt+enter", "new line")),
		Details:  key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", "details")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "scroll up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "scroll down")),
		Scroll:   key.NewBinding(key.WithKeys("pgup", "pgdown"), key.WithHelp("pgup/pgdn", "scroll")),
		Home:     key.NewBinding(key.WithKeys("home"), key.WithHelp("home", "first")),
		End:      key.NewBinding(key.WithKeys("end"), key.WithHelp("end", "last")),
		ToFinish: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "go to finish")),
		Yes:      key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "replace")),
		No:       key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "keep it")),
		Quit:     key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Suspend:  key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),
	}
}

// huhKeys returns huh's keymap with the keys the flow handles itself
// taken out of huh's hands: no filtering (its esc and / would surprise
// people), and quitting is the flow's job.
func huhKeys() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit = key.NewBinding(key.WithKeys("ctrl+c"), key.WithDisabled())
	km.Select.Filter.SetEnabled(false)
	km.MultiSelect.Filter.SetEnabled(false)
	km.Text.Editor.SetEnabled(false)
	return km
}

// helpView renders bindings as "key desc • key desc", wrapping between
// items so every key stays visible at any width.
func helpView(st styles, width int, binds ...key.Binding) string {
	sep := st.helpSep.Render(" • ")
	sepW := ansi.StringWidth(sep)
	var lines []string
	var cur strings.Builder
	curW := 0
	for _, b := range binds {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		item := st.helpKey.Render(h.Key) + " " + st.helpDesc.Render(h.Desc)
		w := ansi.StringWidth(item)
		if curW > 0 && curW+sepW+w > width {
			lines = append(lines, cur.String())
			cur.Reset()
			curW = 0
		}
		if curW > 0 {
			cur.WriteString(sep)
			curW += sepW
		}
		cur.WriteString(item)
		curW += w
	}
	if curW > 0 {
		lines = append(lines, cur.String())
	}
	return strings.Join(lines, "\n")
}

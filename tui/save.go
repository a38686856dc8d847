package tui

import (
	"fmt"
	"os"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// savePage asks where to save the report, and whether to replace a file
// that is already there.
type savePage struct {
	c       *common
	def     string
	input   textinput.Model
	confirm bool // asking whether to replace the file at input's path
	status  string
}

func newSavePage(c *common, def string) *savePage {
	in := textinput.New()
	in.Prompt = "> "
	in.CharLimit = 4096
	in.SetValue(def)
	return &savePage{c: c, def: def, input: in}
}

// reset shows the input again, keeping what was typed, and focuses it.
func (p *savePage) reset() tea.Cmd {
	p.confirm = false
	p.status = ""
	p.input.CursorEnd()
	return p.input.Focus()
}

// SetSize lays the page out for width x height.
func (p *savePage) SetSize(width, _ int) tea.Cmd {
	p.input.SetStyles(inputStyles(p.c.st.palette()))
	p.input.SetWidth(max(width-3, 1))
	return nil
}

func (p *savePage) help(s styles, k keyMap, width int) string {
	if p.confirm {
		return helpView(s, width, k.Yes, k.No, k.Quit)
	}
	return helpView(s, width, k.Save, k.Back, k.Quit)
}

// View draws the page.
func (p *savePage) View() string {
	s, k, width := *p.c.styles, p.c.keys, p.c.width
	var b strings.Builder
	b.WriteString(s.header.Render("Save the report") + "\n\n")
	b.WriteString(s.text.Render(wrapText("Where should the report be saved?", width)) + "\n")
	b.WriteString(p.input.View() + "\n")
	if p.confirm {
		b.WriteString("\n" + s.warn.Render(wrapText(fmt.Sprintf("%s exists. Replace it?", p.input.Value()), width)) + "\n")
	} else if p.status != "" {
		b.WriteString("\n" + s.warn.Render(wrapText(p.status, width)) + "\n")
	}
	return b.String() + "\n" + p.help(s, k, width)
}

// Update handles a message on the save page.
func (p *savePage) Update(msg tea.Msg) (tea.Cmd, move) {
	k := p.c.keys
	km, isKey := msg.(tea.KeyPressMsg)
	if p.confirm {
		if !isKey {
			return nil, move{}
		}
		switch {
		case key.Matches(km, k.Yes):
			return nil, move{kind: saved, path: strings.TrimSpace(p.input.Value()), overwrite: true}
		case key.Matches(km, k.No):
			p.confirm = false
			return p.input.Focus(), move{}
		}
		return nil, move{}
	}
	if isKey {
		switch {
		case key.Matches(km, k.Back):
			return nil, move{kind: toReview}
		case key.Matches(km, k.Save):
			path := strings.TrimSpace(p.input.Value())
			if path == "" {
				p.status = "Type a file name for the report."
				return nil, move{}
			}
			fi, err := os.Stat(path)
			switch {
			case err == nil && fi.IsDir():
				p.status = fmt.Sprintf("%s is a folder; type a file name.", path)
			case err == nil:
				p.confirm = true
				p.input.Blur()
			default:
				return nil, move{kind: saved, path: path}
			}
			return nil, move{}
		}
		p.status = ""
	}
	if !p.input.Focused() {
		cmd := p.input.Focus()
		var c2 tea.Cmd
		p.input, c2 = p.input.Update(msg)
		return tea.Batch(cmd, c2), move{}
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return cmd, move{}
}

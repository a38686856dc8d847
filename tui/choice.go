package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// choiceModel asks a Choice on the terminal: the question and its detail
// in a bar, the two answers under them, and the keys, wrapped between
// items so that each one stays whole at any width. Enter takes the answer
// shown selected, Yes at first.
type choiceModel struct {
	c       Choice
	yes     bool
	done    bool // answered
	aborted bool // ctrl+c
	width   int
	f       huh.FieldStyles // the neutral theme's focused field, for the background known

	toggle, submit, accept, reject, quit key.Binding
}

// choiceWidth is the width the choice is laid out at until the terminal
// tells its own.
const choiceWidth = 80

func newChoiceModel(c Choice) *choiceModel {
	return &choiceModel{
		c: c, yes: true, width: choiceWidth, f: NeutralTheme().Theme(true).Focused,
		toggle: key.NewBinding(key.WithKeys("left", "right", "h", "l", "tab", "shift+tab"), key.WithHelp("←/→", "toggle")),
		submit: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "submit")),
		accept: key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", c.Yes)),
		reject: key.NewBinding(key.WithKeys("n", "N"), key.WithHelp("n", c.No)),
		quit:   key.NewBinding(key.WithKeys("ctrl+c")),
	}
}

func (m *choiceModel) Init() tea.Cmd { return tea.RequestBackgroundColor }

func (m *choiceModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		if msg.Width > 0 {
			m.width = msg.Width
		}
	case tea.BackgroundColorMsg:
		m.f = NeutralTheme().Theme(msg.IsDark()).Focused
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.quit):
			m.aborted = true
			return m, tea.Quit
		case key.Matches(msg, m.toggle):
			m.yes = !m.yes
		case key.Matches(msg, m.submit):
			m.done = true
			return m, tea.Quit
		case key.Matches(msg, m.accept):
			m.yes, m.done = true, true
			return m, tea.Quit
		case key.Matches(msg, m.reject):
			m.yes, m.done = false, true
			return m, tea.Quit
		}
	}
	return m, nil
}

func (m *choiceModel) View() tea.View {
	if m.done || m.aborted {
		return tea.NewView("")
	}
	return tea.NewView(m.content())
}

// content is the choice laid out at the model's width: no line wider, no
// word cut, and no empty line inside the bar.
func (m *choiceModel) content() string {
	f := m.f
	inner := max(m.width-f.Base.GetHorizontalFrameSize(), 1)
	var parts []string
	if m.c.Question != "" {
		parts = append(parts, f.Title.Render(wrapText(m.c.Question, inner)))
	}
	if m.c.Detail != "" {
		parts = append(parts, f.Description.Render(wrapText(m.c.Detail, inner)))
	}
	yes, no := f.BlurredButton.Render(m.c.Yes), f.FocusedButton.Render(m.c.No)
	if m.yes {
		yes, no = f.FocusedButton.Render(m.c.Yes), f.BlurredButton.Render(m.c.No)
	}
	buttons := lipgloss.JoinHorizontal(lipgloss.Top, yes, no)
	if lipgloss.Width(buttons) > inner {
		buttons = lipgloss.JoinVertical(lipgloss.Left, yes, no)
	}
	parts = append(parts, buttons)
	body := f.Base.Render(strings.Join(parts, "\n"))
	help := helpView(styles{}, m.width, m.toggle, m.submit, m.accept, m.reject)
	return body + "\n\n" + help
}

package tui

import (
	"image/color"
	"os"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"itcheck/questions"
)

// The CPU and allocations of the flow's start and keys, without a
// terminal: go test ./tui -run NONE -bench . -benchmem (bench/speed.sh
// measures the program on a terminal).

func benchSet(b *testing.B) *questions.Set {
	b.Helper()
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		b.Fatal(err)
	}
	s, err := questions.Parse("questions.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// benchStart builds the model for page (0 the welcome, k area k) and
// gives it what Bubble Tea sends at the start, drawing after each.
func benchStart(s *questions.Set, page int) tea.Model {
	var m tea.Model = New(Options{Set: s, StartArea: page})
	_ = m.View()
	for _, msg := range []tea.Msg{
		tea.ColorProfileMsg{Profile: colorprofile.ANSI256},
		tea.WindowSizeMsg{Width: 100, Height: 30},
		tea.EnvMsg{},
		tea.BackgroundColorMsg{Color: color.Black},
		tea.WindowSizeMsg{Width: 100, Height: 30},
	} {
		m, _ = m.Update(msg)
		_ = m.View()
	}
	return m
}

func benchKeys(b *testing.B, m tea.Model) {
	for i := 0; b.Loop(); i++ {
		k := down
		if i%2 == 1 {
			k = up
		}
		m, _ = m.Update(k)
		_ = m.View()
	}
}

func BenchmarkWelcomeStart(b *testing.B) {
	s := benchSet(b)
	for b.Loop() {
		benchStart(s, 0)
	}
}

func BenchmarkWelcomeKey(b *testing.B) { benchKeys(b, benchStart(benchSet(b), 0)) }

func BenchmarkAreaStart(b *testing.B) {
	s := benchSet(b)
	for b.Loop() {
		benchStart(s, 1)
	}
}

func BenchmarkAreaKey(b *testing.B) { benchKeys(b, benchStart(benchSet(b), 1)) }

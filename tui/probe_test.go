package tui

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// ping asks the viewProbe for a snapshot of the view.
type ping struct{}

// viewProbe snapshots the live model's view on the event loop: the
// renderer writes only changed cells, so the output stream is no place
// to look for text.
type viewProbe struct{ last atomic.Value }

func (p *viewProbe) filter(m tea.Model, msg tea.Msg) tea.Msg {
	if _, ok := msg.(ping); ok {
		p.last.Store(ansi.Strip(m.View().Content))
		return nil
	}
	return msg
}

func (p *viewProbe) waitFor(t *testing.T, tm *teatest.TestModel, want string) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Second)
	for time.Now().Before(deadline) {
		tm.Send(ping{})
		time.Sleep(10 * time.Millisecond)
		if s, _ := p.last.Load().(string); strings.Contains(s, want) {
			return
		}
	}
	s, _ := p.last.Load().(string)
	t.Fatalf("view never contained %q; last view:\n%s", want, s)
}

package tui

import (
	"strings"
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
// to look for text. Each ping is answered with the view as it is once
// every message sent before it has been handled.
type viewProbe struct{ views chan string }

func newViewProbe() *viewProbe { return &viewProbe{views: make(chan string, 1)} }

func (p *viewProbe) filter(m tea.Model, msg tea.Msg) tea.Msg {
	if _, ok := msg.(ping); ok {
		p.views <- ansi.Strip(m.View().Content)
		return nil
	}
	return msg
}

// waitFor pings until the view shows want. Each round waits for the
// program to answer the ping, never for a set time; the deadline only
// stops a test whose program never gets there.
func (p *viewProbe) waitFor(t *testing.T, tm *teatest.TestModel, want string) {
	t.Helper()
	deadline := time.After(5 * time.Second)
	last := ""
	for {
		tm.Send(ping{})
		select {
		case last = <-p.views:
			if strings.Contains(last, want) {
				return
			}
		case <-deadline:
			t.Fatalf("view never contained %q; last view:\n%s", want, last)
		}
	}
}

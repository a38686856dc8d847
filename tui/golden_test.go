package tui

import (
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// Goldens of the view at fixed sizes. Regenerate with: go test ./tui -update

func TestGoldenWelcome100x30(t *testing.T) {
	d := newDriver(t, Options{Set: realSet(t)}, 100, 30)
	golden.RequireEqual(t, d.view())
}

func TestGoldenFirstArea100x30(t *testing.T) {
	d := newDriver(t, Options{Set: realSet(t)}, 100, 30)
	d.send(down, enter) // second role, start
	golden.RequireEqual(t, d.view())
}

func TestGoldenReview100x30(t *testing.T) {
	s := realSet(t)
	d := newDriver(t, Options{Set: s, Initial: allAnswered(s, "it-lead"), StartArea: len(s.Areas) + 1}, 100, 30)
	golden.RequireEqual(t, d.view())
}

func TestGoldenArea40x12(t *testing.T) {
	s := realSet(t)
	d := newDriver(t, Options{Set: s, StartArea: 2}, 40, 12)
	d.send(down) // cursor on the second option
	golden.RequireEqual(t, d.view())
}

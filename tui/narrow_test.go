package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// At 40 columns, a question whose line ends at a comma one column past
// the room is wrapped before the word, not broken again after it: no
// word is left alone on a line.
func TestGoldenCommaQuestion40x12(t *testing.T) {
	d := newDriver(t, Options{Set: realSet(t), StartArea: 3}, 40, 12)
	d.send(enter, enter)
	d.mustSee("Question 11 of")
	view := d.view()
	if !strings.Contains(view, "┃ year, say on a replacement laptop or a") {
		t.Errorf("the question is not wrapped between words:\n%s", view)
	}
	golden.RequireEqual(t, view)
}

// A page laid out wide and then made narrow wraps its questions for the
// new width.
func TestQuestionRewrappedOnResize(t *testing.T) {
	d := newDriver(t, Options{Set: realSet(t), StartArea: 3}, 100, 30)
	d.send(enter, enter)
	d.send(teaSize(40, 12))
	if view := d.view(); !strings.Contains(view, "┃ year, say on a replacement laptop or a") {
		t.Errorf("the question is not wrapped for 40 columns:\n%s", view)
	}
}

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

// At 40 columns, the review shows each question whole, wrapped between
// words, not cut with an ellipsis.
func TestReviewQuestionsWhole40x12(t *testing.T) {
	s := realSet(t)
	d := newDriver(t, Options{Set: s, Initial: allAnswered(s, "it-lead"), StartArea: len(s.Areas) + 1}, 40, 12)
	var seen strings.Builder
	for range reviewRowCount(d.m.st) {
		d.send(up)
		seen.WriteString(d.view())
	}
	all := seen.String()
	if strings.Contains(all, "…") {
		t.Errorf("the review cuts a line:\n%s", all)
	}
	for _, want := range []string{"If a tool brought in without IT", "fails or leaks data, who is held", "responsible?"} {
		if !strings.Contains(all, want) {
			t.Errorf("the review does not show %q:\n%s", want, all)
		}
	}
}

// An option whose line ends at a comma one column past the room is
// wrapped before the word, so that no word is left alone on a line.
func TestOptionWrappedBetweenWords42(t *testing.T) {
	d := newDriver(t, Options{Set: realSet(t), StartArea: 1}, 42, 12)
	d.mustSee("Question 1 of")
	view := d.view()
	if !strings.Contains(view, "┃   goals, and backs it with what's needed") {
		t.Errorf("the option is not wrapped between words:\n%s", view)
	}
}

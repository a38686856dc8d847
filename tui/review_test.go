package tui

import (
	"reflect"
	"testing"

	"itcheck/questions"
)

// reviewAt opens the review of a fully answered small set, at w x h.
func reviewAt(t *testing.T, w, h int, onChange func(questions.Answers, int)) *driver {
	t.Helper()
	s := smallSet(t)
	d := newDriver(t, Options{Set: s, Initial: allAnswered(s, "exec"), StartArea: len(s.Areas) + 1, OnChange: onChange}, w, h)
	d.mustSee("Review your answers")
	return d
}

// cursorTo moves the review's cursor onto the row of question qid (""
// for the notes of area) from the top.
func cursorTo(t *testing.T, d *driver, kind reviewKind, qid string, area int) {
	t.Helper()
	d.send(home)
	for range len(d.m.review.rows) {
		row := d.m.review.rows[d.m.review.cursor]
		if row.kind == kind && row.qid == qid && (kind != rowNotes || row.area == area) {
			return
		}
		d.send(down)
	}
	t.Fatalf("no review row for %v %q", kind, qid)
}

// esc while changing an answer from the review puts back the answer as it
// was, for a single question, a multi question and notes, and the last
// draft saved holds the answers as before.
func TestEscCancelsChangeFromReview(t *testing.T) {
	var last questions.Answers
	d := reviewAt(t, 100, 30, func(a questions.Answers, _ int) { last = a })
	before := d.m.Outcome().Answers
	for _, c := range []struct {
		name string
		kind reviewKind
		qid  string
		keys []any
	}{
		{"single", rowQuestion, "tools-ask", []any{down, down}},
		{"multi", rowQuestion, "tools-shadow", []any{tick, down, down, tick}},
		{"notes", rowNotes, "", []any{runeKey('h'), runeKey('i')}},
	} {
		t.Run(c.name, func(t *testing.T) {
			cursorTo(t, d, c.kind, c.qid, 1)
			d.send(enter)
			for _, k := range c.keys {
				d.send(k)
			}
			if reflect.DeepEqual(d.m.Outcome().Answers, before) {
				t.Fatalf("the keys changed nothing: the test proves nothing")
			}
			d.send(esc)
			d.mustSee("Review your answers")
			if got := d.m.Outcome().Answers; !reflect.DeepEqual(got, before) {
				t.Errorf("after esc the answers are\n%+v\nwant\n%+v", got, before)
			}
			if !reflect.DeepEqual(&last, before) {
				t.Errorf("the last draft saved holds\n%+v\nwant\n%+v", last, before)
			}
		})
	}
}

// esc on the welcome page opened from the review keeps the role.
func TestEscCancelsRoleChange(t *testing.T) {
	d := reviewAt(t, 100, 30, nil)
	d.send(home, enter)
	d.mustSee("Who is answering?")
	d.send(down, down, esc)
	d.mustSee("Review your answers")
	if got := d.m.Outcome().Answers.Role; got != "exec" {
		t.Errorf("role %q after esc, want exec", got)
	}
}

// Opening the review after the last area puts the cursor on "finish", so
// enter finishes.
func TestReviewOpensOnFinishAfterLastArea(t *testing.T) {
	s := smallSet(t)
	d := newDriver(t, Options{Set: s, Initial: allAnswered(s, "exec"), StartArea: len(s.Areas)}, 100, 30)
	for d.m.page == pageArea {
		d.send(enter)
	}
	d.mustSee("Review your answers")
	if row := d.m.review.rows[d.m.review.cursor]; row.kind != rowFinish {
		t.Fatalf("cursor on %+v, want finish", row)
	}
	d.send(enter)
	if !d.m.done {
		t.Fatalf("enter did not finish:\n%s", d.view())
	}
}

// Home, End and f move to the ends; PgUp and PgDn always move, and
// reach both ends, on a screen too small for the whole review.
func TestReviewKeysMove(t *testing.T) {
	d := reviewAt(t, 40, 12, nil)
	r := d.m.review
	last := len(r.rows) - 1
	d.send(home)
	if r.cursor != 0 {
		t.Fatalf("home: cursor %d", r.cursor)
	}
	d.send(end)
	if r.cursor != last {
		t.Fatalf("end: cursor %d, want %d", r.cursor, last)
	}
	d.mustSee("Looks right")
	d.send(home, runeKey('f'))
	if r.cursor != last {
		t.Fatalf("f: cursor %d, want %d", r.cursor, last)
	}
	d.mustSee("f go to finish")
	d.send(home)
	for prev, n := 0, 0; r.cursor != last; n++ {
		d.send(pgDown)
		if r.cursor <= prev || n > len(r.rows) {
			t.Fatalf("pgdn did not move down: cursor %d after %d", r.cursor, prev)
		}
		prev = r.cursor
	}
	d.mustSee("Looks right")
	for prev, n := last, 0; r.cursor != 0; n++ {
		d.send(pgUp)
		if r.cursor >= prev || n > len(r.rows) {
			t.Fatalf("pgup did not move up: cursor %d after %d", r.cursor, prev)
		}
		prev = r.cursor
	}
	d.mustSee("Who is answering")
}

// End then enter finishes.
func TestReviewEndEnterFinishes(t *testing.T) {
	d := reviewAt(t, 100, 30, nil)
	d.send(home, end, enter)
	if !d.m.done {
		t.Fatalf("end, enter did not finish:\n%s", d.view())
	}
}

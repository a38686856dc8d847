package tui

import (
	"slices"
	"strings"
	"testing"

	"itcheck/questions"
)

// openMulti opens the built-in set's multi question change-aftermath at
// w x h, with every question answered but that one.
func openMulti(t *testing.T, w, h int) *driver {
	t.Helper()
	s := realSet(t)
	init := allAnswered(s, "exec")
	delete(init.Answers, "change-aftermath")
	d := newDriver(t, Options{Set: s, Initial: init, StartArea: 4}, w, h)
	if got := d.focusedKey(); got != "change-aftermath" {
		t.Fatalf("focused %q, want change-aftermath", got)
	}
	return d
}

// lineWith returns the line of the view holding s, or "".
func lineWith(view, s string) string {
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

// On a 40x12 terminal the options scroll with the cursor: the last option
// is in view, ticked, with the cursor on it, and so is the first again
// when the cursor goes back up.
func TestMultiFollowsCursorSmallTerminal(t *testing.T) {
	d := openMulti(t, 40, 12)
	d.mustSee("IT ended up supporting them")
	q, _ := realSet(t).Question("change-aftermath")
	last := len(q.Options) - 1 // Not sure
	for range last {
		d.send(down)
	}
	d.send(tick) // Not sure
	if l := lineWith(d.view(), "Not sure"); !strings.Contains(l, "> ✓ Not sure") {
		t.Fatalf("the ticked last option is not in view with the cursor on it:\n%s", d.view())
	}
	for range last {
		d.send(up)
	}
	if l := lineWith(d.view(), "IT ended up"); !strings.Contains(l, "> • IT ended up") {
		t.Fatalf("the first option is not in view with the cursor on it:\n%s", d.view())
	}
	d.send(tick) // IT ended up supporting them anyway: Not sure goes
	if got := strings.Join(d.m.st.multi["change-aftermath"], ","); got != "it-inherited" {
		t.Fatalf("ticked %q, want it-inherited", got)
	}
	if l := lineWith(d.view(), "IT ended up"); !strings.Contains(l, "> ✓ IT ended up") {
		t.Fatalf("after the retick the cursor left the option it was on:\n%s", d.view())
	}
}

// Enter with nothing ticked says what to do and stays on the question;
// once something is ticked, enter moves on.
func TestMultiEnterWithNothingTicked(t *testing.T) {
	for _, size := range [][2]int{{100, 30}, {40, 12}} {
		d := openMulti(t, size[0], size[1])
		d.send(enter)
		if got := d.focusedKey(); got != "change-aftermath" {
			t.Fatalf("%v: enter with nothing ticked moved on to %q", size, got)
		}
		v := d.view()
		if !strings.Contains(strings.Join(strings.Fields(v), " "), "Nothing ticked yet: tick what applies with x or space, then press enter.") {
			t.Fatalf("%v: no word on what to do:\n%s", size, v)
		}
		if n := strings.Count(v, "\n") + 1; n > size[1] {
			t.Fatalf("%v: the view is %d lines high", size, n)
		}
		d.send(tick)
		if strings.Contains(d.view(), "Nothing ticked yet") {
			t.Fatalf("%v: the message stays after a key", size)
		}
		d.send(enter)
		if got := d.focusedKey(); got == "change-aftermath" {
			t.Fatalf("%v: enter with a tick did not move on", size)
		}
	}
}

// Ticking "Not sure" after problems says the problems were unticked.
func TestMultiSaysWhatATickTookOff(t *testing.T) {
	d := openMulti(t, 100, 30)
	q, _ := realSet(t).Question("change-aftermath")
	notSure := slices.IndexFunc(q.Options, func(o questions.Option) bool { return o.NotSure })
	// Tick the first two options (problems), then go down to Not sure.
	d.send(tick, down, tick)
	for range notSure - 1 {
		d.send(down)
	}
	d.send(tick)
	if got := strings.Join(d.m.st.multi["change-aftermath"], ","); got != "not-sure" {
		t.Fatalf("ticked %q, want not-sure alone", got)
	}
	d.mustSee("“Not sure” stands alone: the other ticks were taken off.")
}

// A question not answered yet marks no option until it is focused; once
// answered, it shows its answer with a tick.
func TestUnansweredShowsNoCursor(t *testing.T) {
	s := realSet(t)
	d := newDriver(t, Options{Set: s, Initial: &questions.Answers{Role: "exec"}, StartArea: 1}, 100, 70)
	qs := s.Areas[0].Questions
	if n := strings.Count(d.view(), "> "); n != 1 {
		t.Fatalf("%d cursors on the page, want 1 (the focused question's):\n%s", n, d.view())
	}
	if strings.Contains(d.view(), "✓") {
		t.Fatalf("a tick on a page with nothing answered:\n%s", d.view())
	}
	d.send(down, enter) // the first question: its second option
	v := d.view()
	if l := lineWith(v, qs[0].Options[1].Label[:30]); !strings.Contains(l, "✓ "+qs[0].Options[1].Label[:30]) {
		t.Errorf("the answered question does not show its answer ticked:\n%s", v)
	}
	if l := lineWith(v, qs[2].Options[0].Label); strings.Contains(l, ">") || strings.Contains(l, "✓") {
		t.Errorf("a question not reached marks its first option: %q\n%s", l, v)
	}
}

package tui

import (
	"reflect"
	"strings"
	"testing"

	"itcheck/questions"
)

// answerPage answers every question of the area page on screen by keys:
// single questions get the option `downs` steps below the cursor, multi
// questions get their first and third options ticked, and the notes get
// note (empty: left empty).
func answerPage(t *testing.T, d *driver, downs int, note string) {
	t.Helper()
	area := d.m.area.area
	for i := range area.Questions {
		q := &area.Questions[i]
		if got := d.focusedKey(); got != q.ID {
			t.Fatalf("focused %q, want %q", got, q.ID)
		}
		if q.Multi() {
			d.send(tick, down, down, tick, enter)
			continue
		}
		for range downs {
			d.send(down)
		}
		d.send(enter)
	}
	if got := d.focusedKey(); got != notesKey {
		t.Fatalf("focused %q, want the notes", got)
	}
	d.typeText(note)
	d.send(enter)
}

// finishReview moves to the finish row of the review and presses enter.
func finishReview(t *testing.T, d *driver) {
	t.Helper()
	if d.m.page != pageReview {
		t.Fatalf("not on the review:\n%s", d.view())
	}
	for range len(d.m.review.rows) {
		d.send(down)
	}
	d.send(enter)
}

func TestFullWalkRealSet(t *testing.T) {
	t.Parallel()
	s := realSet(t)
	var changes []questions.Answers
	var pages []int
	d := newDriver(t, Options{Set: s, OnChange: func(a questions.Answers, area int) {
		changes = append(changes, a)
		pages = append(pages, area)
	}}, 100, 30)
	d.mustSee("Who is answering?")
	d.send(down, down, enter) // IT lead
	for i := range s.Areas {
		d.mustSee(s.Areas[i].Title)
		answerPage(t, d, i%3, "note "+s.Areas[i].ID)
	}
	d.mustSee("Review your answers")
	finishReview(t, d)
	if !d.m.done {
		t.Fatalf("not done:\n%s", d.view())
	}
	o := d.m.Outcome()
	a := o.Answers
	if a.Set != s.ID || a.Version != s.Version || a.Hash != s.Hash || a.Role != "it-lead" || a.Date != "" {
		t.Fatalf("header: %+v", a)
	}
	if len(a.Answers) != s.QuestionCount() {
		t.Fatalf("%d answers, want %d: %v", len(a.Answers), s.QuestionCount(), a.Answers)
	}
	// Each single question got the option i%3 below the first, by area.
	for i, ar := range s.Areas {
		for _, q := range ar.Questions {
			want := q.Options[i%3].ID
			if q.Multi() {
				want = q.Options[0].ID + "," + q.Options[2].ID
			}
			if got := choice(o, q.ID); got != want {
				t.Errorf("%s = %q, want %q", q.ID, got, want)
			}
		}
		if got := a.Notes[ar.ID]; got != "note "+ar.ID {
			t.Errorf("notes %s = %q", ar.ID, got)
		}
	}
	if err := s.Check("walk", a, questions.CheckOptions{}); err != nil {
		t.Fatalf("answers do not fit the set: %v", err)
	}
	// OnChange saw the answers grow, one page after another.
	if len(changes) < s.QuestionCount() {
		t.Fatalf("OnChange called %d times", len(changes))
	}
	for i := 1; i < len(changes); i++ {
		if len(changes[i].Answers) < len(changes[i-1].Answers) {
			t.Fatalf("answers shrank at call %d", i)
		}
		if pages[i] < pages[i-1] {
			t.Fatalf("page went back at call %d: %v", i, pages)
		}
	}
	if last := changes[len(changes)-1]; !reflect.DeepEqual(last.Answers, a.Answers) || pages[len(pages)-1] != len(s.Areas)+1 {
		t.Fatalf("last OnChange: page %d, %v", pages[len(pages)-1], last.Answers)
	}
}

func TestBackAcrossAreas(t *testing.T) {
	t.Parallel()
	s := smallSet(t)
	d := newDriver(t, Options{Set: s}, 100, 30)
	d.send(enter) // Executive
	d.mustSee("Area 1 of 3")
	d.send(down, enter) // dir-driver: IT itself
	d.send(enter)       // dir-goals: Yes
	d.typeText("kept")
	d.send(enter)
	d.mustSee("Area 2 of 3")
	if d.focusedKey() != "tools-shadow" {
		t.Fatalf("focused %q", d.focusedKey())
	}
	d.send(shiftTab) // from the first question of area 2 ...
	d.mustSee("Area 1 of 3")
	if got := d.focusedKey(); got != notesKey { // ... to area 1's last field
		t.Fatalf("focused %q, want the notes", got)
	}
	d.mustSee("kept")
	d.send(shiftTab, shiftTab)
	if got := d.focusedKey(); got != "dir-driver" {
		t.Fatalf("focused %q", got)
	}
	d.mustSee("> IT itself") // the earlier answer is preselected
	o := d.m.Outcome()
	if choice(o, "dir-driver") != "it" || choice(o, "dir-goals") != "yes" || o.Answers.Notes["direction"] != "kept" {
		t.Fatalf("answers lost: %+v", o.Answers)
	}
	d.send(shiftTab) // back from the very first question: the welcome
	d.mustSee("Who is answering?")
	d.send(enter)
	d.mustSee("Area 1 of 3")
	d.mustSee("> IT itself")
	// Forward again keeps everything.
	d.send(enter, enter, enter)
	d.mustSee("Area 2 of 3")
	if o := d.m.Outcome(); choice(o, "dir-driver") != "it" || o.Answers.Notes["direction"] != "kept" {
		t.Fatalf("answers lost going forward: %+v", o.Answers)
	}
}

func TestPassingOverIsNotAnswering(t *testing.T) {
	s := smallSet(t)
	d := newDriver(t, Options{Set: s}, 100, 30)
	d.send(enter)
	d.send(down, shiftTab) // move the cursor, then leave backwards
	d.send(enter)          // welcome -> area 1 again
	if _, ok := d.m.Outcome().Answers.Answers["dir-driver"]; ok {
		t.Fatal("a question left backwards counts as answered")
	}
	d.mustSee("not answered yet")
}

func TestEditFromReview(t *testing.T) {
	s := smallSet(t)
	d := newDriver(t, Options{Set: s, Initial: allAnswered(s, "exec"), StartArea: len(s.Areas) + 1}, 100, 30)
	d.mustSee("Review your answers")
	// rows: role, dir-driver, dir-goals, notes, tools-shadow, ...
	d.send(home, down, down, down, down, down, down, up) // tools-ask
	row := d.m.review.rows[d.m.review.cursor]
	if row.qid != "tools-ask" {
		t.Fatalf("cursor on %+v", row)
	}
	d.send(enter)
	if got := d.focusedKey(); got != "tools-ask" {
		t.Fatalf("opened %q", got)
	}
	d.send(down, down, enter) // Never
	d.mustSee("Review your answers")
	if d.m.review.rows[d.m.review.cursor].qid != "tools-ask" {
		t.Fatal("review cursor moved")
	}
	d.mustSee("→ Never")
	finishReview(t, d)
	if !d.m.done {
		t.Fatalf("not done:\n%s", d.view())
	}
	o := d.m.Outcome()
	if choice(o, "tools-ask") != "never" || choice(o, "dir-driver") != "business" {
		t.Fatalf("answers: %+v", o.Answers.Answers)
	}
}

func TestEmptyMultiBlocksFinish(t *testing.T) {
	s := smallSet(t)
	init := allAnswered(s, "exec")
	delete(init.Answers, "tools-shadow")
	d := newDriver(t, Options{Set: s, Initial: init, StartArea: len(s.Areas) + 1}, 100, 30)
	d.mustSee("✗ not answered")
	finishReview(t, d)
	if d.m.done {
		t.Fatal("finished with an unanswered question")
	}
	d.mustSee("Not answered yet")
	d.mustSee("Which of these do teams buy on their own?")
	if row := d.m.review.rows[d.m.review.cursor]; row.qid != "tools-shadow" {
		t.Fatalf("cursor on %+v, want the unanswered question", row)
	}
	d.send(enter) // opens it
	if got := d.focusedKey(); got != "tools-shadow" {
		t.Fatalf("opened %q", got)
	}
	d.send(enter) // enter with nothing ticked says what to do ...
	if got := d.focusedKey(); got != "tools-shadow" {
		t.Fatalf("enter with nothing ticked moved on to %q", got)
	}
	d.mustSee("Nothing ticked yet")
	d.send(esc) // ... and esc goes back, leaving it open
	d.mustSee("Review your answers")
	d.mustSee("✗ not answered") // ... and still flagged
	d.send(enter)
	d.send(down, tick, enter) // Devices
	d.mustSee("→ Devices")
	finishReview(t, d)
	if !d.m.done {
		t.Fatalf("not done:\n%s", d.view())
	}
	if got := choice(d.m.Outcome(), "tools-shadow"); got != "devices" {
		t.Fatalf("tools-shadow = %q", got)
	}
}

func TestAbortKeepsAnswers(t *testing.T) {
	s := smallSet(t)
	d := newDriver(t, Options{Set: s}, 100, 30)
	d.send(down, enter, enter) // IT lead; dir-driver: The business
	d.send(ctrlC)
	if !d.m.aborted || d.m.done {
		t.Fatalf("aborted=%v done=%v", d.m.aborted, d.m.done)
	}
	o := d.m.Outcome()
	if o.Answers.Role != "it-lead" || choice(o, "dir-driver") != "business" || len(o.Answers.Answers) != 1 {
		t.Fatalf("answers so far: %+v", o.Answers)
	}
}

func TestResizeKeepsAnswerAndCursor(t *testing.T) {
	s := smallSet(t)
	d := newDriver(t, Options{Set: s}, 100, 30)
	d.send(enter, down, down) // cursor on "Not sure"
	d.send(teaSize(40, 12))
	d.mustSee("> Not sure")
	d.send(teaSize(100, 30))
	d.mustSee("> Not sure")
	d.send(enter)
	if got := choice(d.m.Outcome(), "dir-driver"); got != "not-sure" {
		t.Fatalf("dir-driver = %q", got)
	}
	if !strings.Contains(d.view(), "Are the goals written down?") {
		t.Fatalf("not on the next question:\n%s", d.view())
	}
}

// Two enters that arrive before the focus moves (a bouncing key) skip a
// question; the skipped one must not count as answered.
func TestSkippedByFastKeysIsNotAnswered(t *testing.T) {
	s := smallSet(t)
	d := newDriver(t, Options{Set: s}, 100, 30)
	d.send(enter)
	nm, c1 := d.m.Update(enter)
	d.m = nm.(Model)
	nm, c2 := d.m.Update(enter)
	d.m = nm.(Model)
	d.run(c1, 0)
	d.run(c2, 0)
	if got := d.focusedKey(); got != notesKey {
		t.Fatalf("focused %q; the double enter did not skip", got)
	}
	a := d.m.Outcome().Answers.Answers
	if _, ok := a["dir-goals"]; ok || choice(d.m.Outcome(), "dir-driver") != "business" {
		t.Fatalf("answers: %v", a)
	}
}

// An option that must stand alone clears the others when ticked, and
// gives way when another is ticked, in the answer and on screen.
func TestExclusiveOptionStandsAlone(t *testing.T) {
	s := smallSet(t)
	init := allAnswered(s, "exec")
	delete(init.Answers, "tools-shadow")
	d := newDriver(t, Options{Set: s, Initial: init, StartArea: 2}, 100, 30)
	if got := d.focusedKey(); got != "tools-shadow" {
		t.Fatalf("focused %q", got)
	}
	d.send(tick, down, tick) // Online services, Devices
	if got := d.m.st.multi["tools-shadow"]; strings.Join(got, ",") != "saas,devices" {
		t.Fatalf("ticked %v, want saas,devices", got)
	}
	d.send(down, tick) // None of these: the others go
	if got := d.m.st.multi["tools-shadow"]; strings.Join(got, ",") != "none" {
		t.Fatalf("after None of these: %v, want none alone", got)
	}
	ticks := 0
	for _, line := range strings.Split(d.view(), "\n") {
		for _, label := range []string{"Online services", "Devices", "None of these"} {
			if strings.Contains(line, label) && strings.Contains(line, "✓") {
				ticks++
			}
		}
	}
	if ticks != 1 {
		t.Errorf("the question shows %d ticks, want 1:\n%s", ticks, d.view())
	}
	d.send(up, up, tick) // Online services: None of these goes
	if got := d.m.st.multi["tools-shadow"]; strings.Join(got, ",") != "saas" {
		t.Fatalf("after Online services: %v, want saas alone", got)
	}
}

// A long option of a multi question wraps under its label, whole: huh's
// MultiSelect would cut its end off.
func TestMultiOptionWrapsWhole(t *testing.T) {
	s := realSet(t)
	q, _ := s.Question("change-aftermath")
	if q == nil || !q.Multi() {
		t.Fatal("the built-in set has no multi question change-aftermath")
	}
	d := newDriver(t, Options{Set: s, Initial: allAnswered(s, "exec"), StartArea: 4}, 100, 30)
	for d.focusedKey() != q.ID {
		d.send(enter)
	}
	v := d.view()
	for _, o := range q.Options {
		words := strings.Fields(o.Label)
		last := words[len(words)-1]
		if !strings.Contains(v, last) {
			t.Errorf("option %q lost its end %q:\n%s", o.ID, last, v)
		}
	}
}

// On a small terminal the review keeps the highlighted row in view, down
// to the finish button, and a page scroll takes the highlight along.
func TestReviewKeepsHighlightInView(t *testing.T) {
	s := realSet(t)
	d := newDriver(t, Options{Set: s, Initial: allAnswered(s, "exec"), StartArea: len(s.Areas) + 1}, 40, 12)
	for range 60 {
		d.send(down)
	}
	d.mustSee("Looks right")
	d2 := newDriver(t, Options{Set: s, Initial: allAnswered(s, "exec"), StartArea: len(s.Areas) + 1}, 40, 12)
	d2.send(pgDown, pgDown)
	r := d2.m.review
	if row := r.rows[r.cursor]; row.lo < r.sc.offset || row.lo >= r.sc.offset+r.sc.height {
		t.Errorf("after two pages down the highlight (lines %d-%d) is out of view (%d-%d):\n%s",
			row.lo, row.hi, r.sc.offset, r.sc.offset+r.sc.height-1, d2.view())
	}
	if !strings.Contains(d2.view(), "> ") {
		t.Errorf("no highlighted row in view:\n%s", d2.view())
	}
}

// Resuming opens the area at its first question still open.
func TestResumeOpensFirstOpenQuestion(t *testing.T) {
	s := smallSet(t)
	init := allAnswered(s, "exec")
	delete(init.Answers, "dir-goals")
	d := newDriver(t, Options{Set: s, Initial: init, StartArea: 1}, 100, 30)
	if got := d.focusedKey(); got != "dir-goals" {
		t.Fatalf("focused %q, want dir-goals, the first question not answered", got)
	}
}

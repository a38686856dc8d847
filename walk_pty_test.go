//go:build unix

package main

import (
	"fmt"
	"slices"

	"itcheck/questions"
)

// walk answers the built-in set by keys, always the same way: IT lead;
// the first option of a multi-choice question; the second option of every
// other single-choice question, else the first; a note in the last area.
type walk struct {
	questions []*questions.Question
	steps     []step
	qsteps    []int // the step of question n at n-1
	notes     []int // the step of area k's notes at k-1
	areas     []int // the step of area k's first question at k-1
}

// step is one thing on screen to answer.
type step struct {
	wait  string   // what the screen shows when the step is on
	keys  []string // the keys that answer it
	again []string // the keys that keep the answer given before a stop
	then  string   // shown before the last key, when set
	page  int      // the page, numbered as drafts number them
}

func newWalk(set *questions.Set) *walk {
	w := &walk{}
	w.steps = append(w.steps, step{wait: "Who is answering?", keys: []string{keyDown, keyDown, keyEnter}})
	n := 0
	for i := range set.Areas {
		ar := &set.Areas[i]
		w.areas = append(w.areas, len(w.steps))
		for j := range ar.Questions {
			q := &ar.Questions[j]
			n++
			w.questions = append(w.questions, q)
			w.qsteps = append(w.qsteps, len(w.steps))
			keys := []string{keyEnter}
			switch {
			case q.Multi():
				keys = []string{"x", keyEnter}
			case n%2 == 0:
				keys = []string{keyDown, keyEnter}
			}
			w.steps = append(w.steps, step{wait: fmt.Sprintf("Question %d of %d", n, set.QuestionCount()),
				keys: keys, again: []string{keyEnter}, page: i + 1})
		}
		w.notes = append(w.notes, len(w.steps))
		keys := []string{keyEnter}
		if i == len(set.Areas)-1 {
			keys = []string{keptNote, keyEnter}
		}
		w.steps = append(w.steps, step{wait: "Notes for your team · optional",
			keys: keys, again: []string{keyEnter}, page: i + 1})
	}
	down := slices.Repeat([]string{keyDown}, 40)
	w.steps = append(w.steps, step{wait: "Review your answers", keys: append(down, keyEnter), again: append(down, keyEnter),
		then: "Looks right", page: len(set.Areas) + 1})
	return w
}

// questionStep is the step of question n (1-based).
func (w *walk) questionStep(n int) int { return w.qsteps[n-1] }

// notesStep is the step of area k's notes (1-based).
func (w *walk) notesStep(k int) int { return w.notes[k-1] }

// pageStep is the first step on page p, numbered as drafts number pages.
func (w *walk) pageStep(p int) int {
	switch {
	case p <= 0:
		return 0
	case p > len(w.areas):
		return len(w.steps) - 1
	}
	return w.areas[p-1]
}

// resumeStep is the step a resumed run opens page p at, when the steps
// before done were answered: the page's first question still open, or
// its first step when every question of it is answered.
func (w *walk) resumeStep(p, done int) int {
	start := w.pageStep(p)
	if p < 1 || p > len(w.areas) {
		return start
	}
	if first := max(start, done); first < w.notes[p-1] {
		return first
	}
	return start
}

// choice is the option the walk takes for question n (1-based).
func (w *walk) choice(n int) string {
	q := w.questions[n-1]
	if !q.Multi() && n%2 == 0 {
		return q.Options[1].ID
	}
	return q.Options[0].ID
}

// run answers steps from up to (not including) to, and waits until step
// to is on screen. Steps before done were answered before a stop: their
// answers are kept.
func (w *walk) run(s *ptySession, from, to, done int) {
	s.t.Helper()
	for i := from; i < to; i++ {
		st := w.steps[i]
		s.waitFor(st.wait)
		keys := st.keys
		if i < done {
			keys = st.again
		}
		if st.then != "" {
			s.send(keys[:len(keys)-1]...)
			s.waitFor(st.then)
			keys = keys[len(keys)-1:]
		}
		s.send(keys...)
	}
	if to < len(w.steps) {
		s.waitFor(w.steps[to].wait)
	}
}

package tui

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"itcheck/questions"
)

// state holds the answers given so far. It is shared by pointer between
// the root model and its pages, so every copy of the model sees the same
// answers.
type state struct {
	set      *questions.Set
	role     string
	single   map[string]string   // question id -> option id, for single questions
	answered map[string]bool     // single questions the person has confirmed
	multi    map[string][]string // question id -> option ids, for multi questions
	notes    map[string]string   // area id -> notes
	isDark   bool                // terminal background, for the styles; true until known
	bgKnown  bool                // the terminal said what its background is
	// retick is set when an answer was changed from what the form shows
	// (an option that must stand alone), so the page rebuilds its form.
	retick bool
	// dropped says, after such a change, which ticks were taken away and
	// why, for the person to read; the page clears it once shown.
	dropped string
	// changed is set whenever the role, an answer or a note changes, and
	// cleared by the root model once it has told OnChange.
	changed bool
}

// newState builds the state for set s, starting from initial (may be nil).
// Answers that do not fit the set are dropped.
func newState(s *questions.Set, initial *questions.Answers) *state {
	st := &state{
		set:      s,
		single:   map[string]string{},
		answered: map[string]bool{},
		multi:    map[string][]string{},
		notes:    map[string]string{},
		isDark:   true,
	}
	if initial == nil {
		return st
	}
	if s.Role(initial.Role) != nil {
		st.role = initial.Role
	}
	for qid, c := range initial.Answers {
		q, _ := s.Question(qid)
		if q == nil {
			continue
		}
		var ids []string
		for _, id := range c.IDs {
			if q.Option(id) != nil && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		switch {
		case q.Multi():
			if len(ids) > 0 {
				st.multi[qid] = orderedIDs(q, ids)
			}
		case len(ids) == 1:
			st.single[qid] = ids[0]
			st.answered[qid] = true
		}
	}
	for aid, n := range initial.Notes {
		if n = cleanTyped(n); s.Area(aid) != nil && n != "" {
			st.notes[aid] = n
		}
	}
	return st
}

// palette is the palette to draw in: the one for the terminal's
// background, or none (the terminal's own colours) until it is known.
func (st *state) palette() palette {
	if !st.bgKnown {
		return neutralPalette()
	}
	return newPalette(st.isDark)
}

// orderedIDs returns ids in the order the question lists its options.
func orderedIDs(q *questions.Question, ids []string) []string {
	var out []string
	for _, o := range q.Options {
		if slices.Contains(ids, o.ID) {
			out = append(out, o.ID)
		}
	}
	return out
}

// isAnswered reports whether question q has an answer.
func (st *state) isAnswered(q *questions.Question) bool {
	if q.Multi() {
		return len(st.multi[q.ID]) > 0
	}
	return st.answered[q.ID]
}

// chosen returns the option ids chosen for q, in option order.
func (st *state) chosen(q *questions.Question) []string {
	if q.Multi() {
		return orderedIDs(q, st.multi[q.ID])
	}
	if st.answered[q.ID] {
		return []string{st.single[q.ID]}
	}
	return nil
}

// firstOpen is the id of area i's first unanswered question, or "" (the
// page's first field) when all are answered.
func (st *state) firstOpen(i int) string {
	for j := range st.set.Areas[i].Questions {
		if q := &st.set.Areas[i].Questions[j]; !st.isAnswered(q) {
			return q.ID
		}
	}
	return ""
}

// unanswered lists the questions without an answer, in the order asked.
func (st *state) unanswered() []*questions.Question {
	var out []*questions.Question
	for i := range st.set.Areas {
		for j := range st.set.Areas[i].Questions {
			if q := &st.set.Areas[i].Questions[j]; !st.isAnswered(q) {
				out = append(out, q)
			}
		}
	}
	return out
}

// answers returns a copy of the answers so far. Date is left empty.
func (st *state) answers() questions.Answers {
	a := questions.Answers{
		Set:     st.set.ID,
		Version: st.set.Version,
		Hash:    st.set.Hash,
		Role:    st.role,
		Answers: map[string]questions.Choice{},
	}
	for i := range st.set.Areas {
		ar := &st.set.Areas[i]
		for j := range ar.Questions {
			q := &ar.Questions[j]
			ids := st.chosen(q)
			switch {
			case len(ids) == 0:
			case q.Multi():
				a.Answers[q.ID] = questions.Many(ids...)
			default:
				a.Answers[q.ID] = questions.Single(ids[0])
			}
		}
		if n := strings.TrimSpace(st.notes[ar.ID]); n != "" {
			if a.Notes == nil {
				a.Notes = map[string]string{}
			}
			a.Notes[ar.ID] = strings.TrimRight(st.notes[ar.ID], " \t\n")
		}
	}
	return a
}

// setRole records who is answering.
func (st *state) setRole(id string) {
	if st.role != id {
		st.role, st.changed = id, true
	}
}

// optionLabels returns the labels of the chosen options of q.
func optionLabels(q *questions.Question, ids []string) []string {
	var out []string
	for _, id := range ids {
		if o := q.Option(id); o != nil {
			out = append(out, o.Label)
		}
	}
	return out
}

// singleAccessor binds a huh Select to a single question. The cursor's
// option is kept in cur; it becomes the answer once the person confirms
// the question (or already had), so passing over a question does not
// answer it.
type singleAccessor struct {
	st  *state
	qid string
	cur string
}

// Get returns the option under the cursor.
func (a *singleAccessor) Get() string { return a.cur }

// Set records the option under the cursor.
func (a *singleAccessor) Set(v string) {
	a.cur = v
	if a.st.answered[a.qid] && a.st.single[a.qid] != v {
		a.st.single[a.qid], a.st.changed = v, true
	}
}

// commit makes the option under the cursor the answer.
func (a *singleAccessor) commit() {
	if a.cur == "" || (a.st.answered[a.qid] && a.st.single[a.qid] == a.cur) {
		return
	}
	a.st.answered[a.qid] = true
	a.st.single[a.qid] = a.cur
	a.st.changed = true
}

// multiAccessor binds a huh MultiSelect to a multi question.
type multiAccessor struct {
	st  *state
	qid string
}

// Get returns the chosen option ids.
func (a *multiAccessor) Get() []string { return slices.Clone(a.st.multi[a.qid]) }

// Set records the chosen option ids. An option that must stand alone
// (Not sure, None of these) clears the others when it is ticked, and is
// cleared when another is ticked; st.retick tells the page to show it.
func (a *multiAccessor) Set(v []string) {
	q, _ := a.st.set.Question(a.qid)
	if q != nil {
		if w := alone(q, a.st.multi[a.qid], v); !slices.Equal(w, v) {
			a.st.dropped = droppedWords(q, v, w, true)
			v, a.st.retick = w, true
		}
		// The answer is the ids in option order: the same ids in
		// another order change nothing.
		if !slices.Equal(orderedIDs(q, v), orderedIDs(q, a.st.multi[a.qid])) {
			a.st.changed = true
		}
	}
	if len(v) == 0 {
		delete(a.st.multi, a.qid)
		return
	}
	a.st.multi[a.qid] = slices.Clone(v)
}

// droppedWords says which ticks of a multi question went when the
// person's ticks were changed to the answer kept, and why: in full (every
// label), or short for a status line (the labels cut).
func droppedWords(q *questions.Question, ticked, kept []string, short bool) string {
	var gone []string
	for _, id := range ticked {
		if !slices.Contains(kept, id) {
			gone = append(gone, id)
		}
	}
	quote := func(ids []string) string {
		labels := optionLabels(q, orderedIDs(q, ids))
		for i := range labels {
			if short {
				labels[i] = ansi.Truncate(labels[i], 24, "…")
			}
			labels[i] = "“" + labels[i] + "”"
		}
		return strings.Join(labels, ", ")
	}
	if len(kept) == 1 {
		if o := q.Option(kept[0]); o != nil && o.Alone() {
			if short {
				return fmt.Sprintf("%s stands alone: the other ticks were taken off.", quote(kept))
			}
			return fmt.Sprintf("%s stands alone, so %s %s unticked.", quote(kept), quote(gone), wasWere(len(gone)))
		}
	}
	it := "it"
	if len(gone) > 1 {
		it = "they"
	}
	return fmt.Sprintf("%s %s unticked: %s cannot go with other answers.", quote(gone), wasWere(len(gone)), it)
}

func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

// alone applies the options that must be chosen on their own to a change
// of a multi question's answer from prev to next: a newly ticked one
// stands alone; otherwise one ticked before gives way to the others.
func alone(q *questions.Question, prev, next []string) []string {
	for _, id := range next {
		if o := q.Option(id); o != nil && o.Alone() && !slices.Contains(prev, id) {
			return []string{id}
		}
	}
	if len(next) < 2 {
		return next
	}
	var out []string
	for _, id := range next {
		if o := q.Option(id); o == nil || !o.Alone() {
			out = append(out, id)
		}
	}
	return out
}

// notesAccessor binds a huh Text to an area's notes.
type notesAccessor struct {
	st  *state
	aid string
}

// Get returns the notes.
func (a *notesAccessor) Get() string { return a.st.notes[a.aid] }

// Set records the notes, without the characters cleanTyped removes.
func (a *notesAccessor) Set(v string) {
	v = cleanTyped(v)
	if v != a.st.notes[a.aid] {
		a.st.changed = true
	}
	if v == "" {
		delete(a.st.notes, a.aid)
		return
	}
	a.st.notes[a.aid] = v
}

// snapshot is a copy of the answers, taken before an answer is changed
// from the review so that esc can put them back.
type snapshot struct {
	role     string
	single   map[string]string
	answered map[string]bool
	multi    map[string][]string
	notes    map[string]string
}

// snapshot copies the answers so far.
func (st *state) snapshot() *snapshot {
	sn := &snapshot{role: st.role, single: maps.Clone(st.single), answered: maps.Clone(st.answered),
		multi: map[string][]string{}, notes: maps.Clone(st.notes)}
	for k, v := range st.multi {
		sn.multi[k] = slices.Clone(v)
	}
	return sn
}

// restore puts back the answers of sn.
func (st *state) restore(sn *snapshot) {
	st.role, st.changed = sn.role, true
	st.single, st.answered, st.notes = maps.Clone(sn.single), maps.Clone(sn.answered), maps.Clone(sn.notes)
	st.multi = map[string][]string{}
	for k, v := range sn.multi {
		st.multi[k] = slices.Clone(v)
	}
}

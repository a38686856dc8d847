package drafts

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"itcheck/questions"
)

// Resume turns the draft back into answers to set, with the page to open
// (numbered as Draft.Area) and a human-readable line for each thing that
// could not be kept.
//
// A draft of the very same set (same hash) comes back whole. When the set
// has changed since, what still matches is kept: an answer whose question
// and options still exist (a list only for a multi question, and no
// option that must now stand alone combined with others), the role when
// the set still has it, and notes whose area still exists. The page is
// kept within the set and moved back to the first page with something
// left to answer. The answers returned always pass set.Check with
// partial answers allowed.
func (d *Draft) Resume(set *questions.Set) (answers *questions.Answers, area int, dropped []string) {
	a := &questions.Answers{
		Set:     set.ID,
		Version: set.Version,
		Hash:    set.Hash,
		Answers: map[string]questions.Choice{},
		Notes:   map[string]string{},
	}
	if d == nil {
		return a, 0, nil
	}
	roleDropped := false
	if d.Role != "" {
		if set.Role(d.Role) != nil {
			a.Role = d.Role
		} else {
			roleDropped = true
			dropped = append(dropped, fmt.Sprintf("role %s no longer exists", d.Role))
		}
	}
	for _, qid := range slices.Sorted(maps.Keys(d.Answers)) {
		c, why := resumeChoice(set, qid, d.Answers[qid])
		dropped = append(dropped, why...)
		if c != nil {
			a.Answers[qid] = *c
		}
	}
	for _, aid := range slices.Sorted(maps.Keys(d.Notes)) {
		switch {
		case d.Notes[aid] == "":
		case set.Area(aid) == nil:
			dropped = append(dropped, fmt.Sprintf("area %s no longer exists, so its note was dropped", aid))
		default:
			a.Notes[aid] = d.Notes[aid]
		}
	}
	area = min(max(d.Area, 0), len(set.Areas)+1)
	if d.SetHash != set.Hash {
		area = min(area, firstGap(set, a, roleDropped))
	}
	return a, area, dropped
}

// resumeChoice keeps what still fits of choice c for question qid, or
// returns nil, with the reasons for what it left out.
func resumeChoice(set *questions.Set, qid string, c questions.Choice) (*questions.Choice, []string) {
	q, _ := set.Question(qid)
	if q == nil {
		return nil, []string{fmt.Sprintf("question %s no longer exists", qid)}
	}
	var why, ids, seen []string
	for _, id := range c.IDs {
		switch {
		case slices.Contains(seen, id):
		case q.Option(id) == nil:
			why = append(why, fmt.Sprintf("option %s of question %s no longer exists", id, qid))
		default:
			ids = append(ids, id)
		}
		seen = append(seen, id)
	}
	switch {
	case len(ids) == 0:
		return nil, why
	case !q.Multi() && len(ids) > 1:
		return nil, append(why, fmt.Sprintf("question %s now takes one option, so the answer %s was dropped", qid, strings.Join(ids, ", ")))
	case !q.Multi():
		s := questions.Single(ids[0])
		return &s, why
	}
	if len(ids) > 1 {
		for _, id := range ids {
			if q.Option(id).Alone() {
				return nil, append(why, fmt.Sprintf("option %s of question %s can no longer be combined with others, so the answer %s was dropped", id, qid, strings.Join(ids, ", ")))
			}
		}
	}
	m := questions.Many(ids...)
	return &m, why
}

// firstGap is the first page with something left to answer: the welcome
// when the role must be asked again, else the first area with a question
// unanswered, else the review.
func firstGap(set *questions.Set, a *questions.Answers, roleDropped bool) int {
	if roleDropped {
		return 0
	}
	for i, ar := range set.Areas {
		for _, q := range ar.Questions {
			if _, ok := a.Answers[q.ID]; !ok {
				return i + 1
			}
		}
	}
	return len(set.Areas) + 1
}

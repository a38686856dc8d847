package compare

import (
	"math/bits"
	"slices"

	"itcheck/questions"
	"itcheck/scoring"
)

// aggregate counts the answers per question, role and area, and measures
// disagreement. It is linear in respondents × questions; the pairwise
// measures work on distinct answers.
func (c *comparer) aggregate(cmp *Comparison, compared []bool) {
	s := c.set
	groupOf := map[string]int{}
	for _, r := range cmp.Respondents {
		if _, ok := groupOf[r.Role]; !ok {
			groupOf[r.Role] = len(cmp.Roles)
			label := r.Role
			if role := s.Role(r.Role); role != nil {
				label = role.Label
			}
			cmp.Roles = append(cmp.Roles, Role{ID: r.Role, Label: label, Areas: make([]RoleArea, len(s.Areas))})
		}
	}
	nroles := len(cmp.Roles)

	cmp.Areas = make([]Area, len(s.Areas))
	for i := range s.Areas {
		cmp.Areas[i].Area = &s.Areas[i]
	}
	index := make([]int, len(c.questions)) // position in cmp.Questions, or -1
	for qi, q := range c.questions {
		index[qi] = -1
		if compared[qi] {
			index[qi] = len(cmp.Questions)
			cmp.Questions = append(cmp.Questions, Question{Question: q, Area: &s.Areas[c.areaOf[qi]]})
		}
	}
	lookup := make([]map[uint64]int, len(cmp.Questions))
	for i := range lookup {
		lookup[i] = map[uint64]int{}
	}
	indexSum := make([]int, nroles)
	unsureIn := make([]bool, len(s.Areas))
	for ri := range cmp.Respondents {
		r := &cmp.Respondents[ri]
		g := groupOf[r.Role]
		role := &cmp.Roles[g]
		role.Respondents++
		indexSum[g] += r.Index
		for ai, as := range r.Areas {
			if as.Verdict == "" {
				continue
			}
			ra := &role.Areas[ai]
			ra.Scored++
			ra.sum.Add(as.Split, 1)
			ra.Verdicts[slices.Index(questions.VerdictIDs, as.Verdict)]++
		}
		clear(unsureIn)
		for qi, m := range r.masks {
			if m == 0 || index[qi] < 0 {
				continue
			}
			q := &cmp.Questions[index[qi]]
			k, ok := lookup[index[qi]][m]
			if !ok {
				k = len(q.Answers)
				lookup[index[qi]][m] = k
				q.Answers = append(q.Answers, newAnswer(q.Question, m, nroles))
			}
			a := &q.Answers[k]
			a.Count++
			a.ByRole[g]++
			area := &cmp.Areas[c.areaOf[qi]]
			area.Answers++
			if a.NotSure {
				q.NotSure++
				area.NotSure++
				unsureIn[c.areaOf[qi]] = true
			} else {
				q.Placed++
			}
		}
		for ai, u := range unsureIn {
			if u {
				cmp.Areas[ai].NotSureBy++
			}
		}
	}
	for g := range cmp.Roles {
		role := &cmp.Roles[g]
		role.Index = float64(indexSum[g]) / float64(role.Respondents)
		for ai := range role.Areas {
			if ra := &role.Areas[ai]; ra.Scored > 0 {
				ra.Split = ra.sum.Mean()
			}
		}
	}
	for i := range cmp.Questions {
		q := &cmp.Questions[i]
		slices.SortFunc(q.Answers, func(a, b Answer) int { return maskOrder(a.mask, b.mask) })
		measure(q, nroles)
		q.Mixed = q.Placed >= 2 && (round4(q.Disagreement) >= MixedAt || round4(q.RoleGap) >= MixedAt)
		q.Unsure = q.NotSure >= NotSureMin && q.NotSure*NotSureOneIn >= q.Placed+q.NotSure
		if q.Unsure {
			cmp.Areas[slices.Index(s.AreaIDs(), q.Area.ID)].Cluster = true
		}
		if q.Mixed {
			cmp.Mixed = append(cmp.Mixed, q)
		}
	}
	for i := range cmp.Areas {
		a := &cmp.Areas[i]
		if a.NotSureBy >= NotSureMin && a.NotSure*NotSureOneIn >= a.Answers {
			a.Cluster = true
		}
	}
	slices.SortStableFunc(cmp.Mixed, func(a, b *Question) int {
		da, db := round4(a.Disagreement), round4(b.Disagreement)
		switch {
		case da > db:
			return -1
		case da < db:
			return 1
		}
		return 0
	})
}

// newAnswer describes the answer a mask stands for.
func newAnswer(q *questions.Question, m uint64, nroles int) Answer {
	a := Answer{Options: options(q, m), ByRole: make([]int, nroles), mask: m, NotSure: true}
	for _, o := range a.Options {
		a.NotSure = a.NotSure && o.NotSure
	}
	c := scoring.Counted(a.Options).Split
	a.Split = scoring.Split{IT: c.IT, Leadership: c.Leadership, Unclear: c.Unclear}
	return a
}

// maskOrder orders answers by their options in the set's order: the
// answer that has the first option where they differ comes first.
func maskOrder(a, b uint64) int {
	if a == b {
		return 0
	}
	if low := bits.TrailingZeros64(a ^ b); a&(1<<low) != 0 {
		return -1
	}
	return 1
}

// measure computes a question's disagreement, role views and role gap
// from its distinct answers.
func measure(q *Question, nroles int) {
	var placed []*Answer
	for i := range q.Answers {
		if !q.Answers[i].NotSure {
			placed = append(placed, &q.Answers[i])
		}
	}
	if m := q.Placed; m >= 2 {
		var sum float64
		for i, a := range placed {
			for _, b := range placed[i+1:] {
				sum += mul(float64(a.Count*b.Count), a.Split.Distance(b.Split))
			}
		}
		q.Disagreement = sum / (float64(m) * float64(m-1) / 2)
	}
	q.Views = make([]View, nroles)
	for g := range q.Views {
		v := &q.Views[g]
		for _, a := range placed {
			if n := a.ByRole[g]; n > 0 {
				v.Placed += n
				v.sum.Add(a.Split, n)
			}
		}
		if v.Placed > 0 {
			v.Split = v.sum.Mean()
		}
	}
	q.GapRoles = [2]int{-1, -1}
	for g, v := range q.Views {
		for h := g + 1; h < nroles; h++ {
			if v.Placed == 0 || q.Views[h].Placed == 0 {
				continue
			}
			if d := v.Split.Distance(q.Views[h].Split); q.GapRoles[0] < 0 || d > q.RoleGap {
				q.RoleGap, q.GapRoles = d, [2]int{g, h}
			}
		}
	}
}

package compare

// Change is what moved between two reports of one respondent, or of one
// role, over time.
type Change struct {
	From, To *Respondent // the earlier and the later report
	// Areas has one entry per area of the set, in order.
	Areas []AreaChange
	// Moved lists the answers that changed, in the set's order.
	Moved []Move
}

// AreaChange is one area's split and verdict before and after.
type AreaChange struct {
	From, To AreaScore
}

// Move is one question answered differently. From or To is nil when the
// question was not answered in that report.
type Move struct {
	Question *Question
	From, To *Answer
}

// IndexDelta is how far the accountability index moved.
func (ch *Change) IndexDelta() int { return ch.To.Index - ch.From.Index }

// overTime returns the change between the two respondents, when the
// comparison is one over time: forced, or two reports of one role with
// different dates. The earlier date comes first; without dates to go by,
// the order given.
func overTime(cmp *Comparison, force bool) *Change {
	rs := cmp.Respondents
	if len(rs) != 2 {
		return nil
	}
	from, to := &rs[0], &rs[1]
	if !force && (from.Role != to.Role || from.Date == "" || to.Date == "" || from.Date == to.Date) {
		return nil
	}
	if from.Date != "" && to.Date != "" && from.Date > to.Date {
		from, to = to, from
	}
	ch := &Change{From: from, To: to, Areas: make([]AreaChange, len(from.Areas))}
	for i := range from.Areas {
		ch.Areas[i] = AreaChange{From: from.Areas[i], To: to.Areas[i]}
	}
	qi := 0
	for i := range cmp.Set.Areas {
		for range cmp.Set.Areas[i].Questions {
			a, b := from.masks[qi], to.masks[qi]
			qi++
			if a == b {
				continue
			}
			q := cmp.question(qi - 1)
			if q == nil {
				continue
			}
			ch.Moved = append(ch.Moved, Move{Question: q, From: q.answer(a), To: q.answer(b)})
		}
	}
	return ch
}

// question returns the compared question at position qi of the set, or
// nil when it was left out.
func (c *Comparison) question(qi int) *Question {
	n := 0
	for i := range c.Set.Areas {
		for j := range c.Set.Areas[i].Questions {
			if n == qi {
				q := &c.Set.Areas[i].Questions[j]
				for k := range c.Questions {
					if c.Questions[k].Question == q {
						return &c.Questions[k]
					}
				}
				return nil
			}
			n++
		}
	}
	return nil
}

// answer returns the answer a mask stands for, or nil.
func (q *Question) answer(m uint64) *Answer {
	for i := range q.Answers {
		if q.Answers[i].mask == m && m != 0 {
			return &q.Answers[i]
		}
	}
	return nil
}

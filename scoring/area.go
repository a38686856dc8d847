package scoring

import "itcheck/questions"

// Counted returns the option whose split counts among chosen: the one
// with the lowest IT share, the first on a tie.
func Counted(chosen []*questions.Option) *questions.Option {
	var worst *questions.Option
	for _, o := range chosen {
		if worst == nil || o.Split.IT < worst.Split.IT {
			worst = o
		}
	}
	return worst
}

// evalArea scores one area given the options chosen for each of its
// questions (chosen[j] for area.Questions[j]; empty when unanswered).
func evalArea(area *questions.Area, chosen [][]*questions.Option, sc questions.Scoring) AreaResult {
	return evalAreaLimits(area, chosen, sc, nil)
}

// evalAreaLimits is evalArea that applies only the limits of the options
// only accepts; nil applies all.
func evalAreaLimits(area *questions.Area, chosen [][]*questions.Option, sc questions.Scoring, only func(*questions.Option) bool) AreaResult {
	ar := AreaResult{Area: area, Questions: make([]QuestionResult, len(area.Questions))}
	var total int64
	for j := range area.Questions {
		q := &area.Questions[j]
		qr := QuestionResult{Question: q, Chosen: chosen[j]}
		if qr.Answered() {
			qr.Counted = Counted(qr.Chosen)
			qr.Split = fromShares(qr.Counted.Split)
			qr.weight = questions.EffectiveWeight(q.Weight)
			total += int64(qr.weight)
			ar.Answered++
			if qr.NotSure() {
				ar.NotSure++
			}
		}
		ar.Questions[j] = qr
	}
	if ar.Answered == 0 {
		return ar
	}
	ar.weight = questions.EffectiveWeight(area.Weight)
	var sum Sum
	var notSureUnclear int64
	for j := range ar.Questions {
		qr := &ar.Questions[j]
		if !qr.Answered() {
			continue
		}
		w := int64(qr.weight)
		qr.Weight = float64(qr.weight) / float64(total)
		qr.Contribution = Split{
			IT:         Share(divRound(w*int64(qr.Split.IT), total)),
			Leadership: Share(divRound(w*int64(qr.Split.Leadership), total)),
			Unclear:    Share(divRound(w*int64(qr.Split.Unclear), total)),
		}
		sum.Add(qr.Split, qr.weight)
		if qr.NotSure() {
			notSureUnclear += w * int64(qr.Split.Unclear)
		}
	}
	ar.Mean = sum.Mean()
	ar.Split = ar.Mean
	toUnclear, known := false, false
	for j := range ar.Questions {
		qr := &ar.Questions[j]
		for _, o := range qr.Chosen {
			if o.Limit == nil || (only != nil && !only(o)) {
				continue
			}
			moved := max(ar.Split.IT-o.Limit.IT, 0)
			ar.Split.IT -= moved
			ar.Split.add(o.Limit.To, moved)
			ar.Limits = append(ar.Limits, AppliedLimit{Question: qr.Question, Option: o, Moved: moved})
			toUnclear = toUnclear || o.Limit.To == questions.PartyUnclear
			known = known || !o.NotSure
			if o.NotSure && o.Limit.To == questions.PartyUnclear {
				notSureUnclear += int64(moved) * total
			}
		}
	}
	ar.Verdict = verdict(ar.Split, sc)
	if len(ar.Limits) > 0 && ar.Verdict != questions.VerdictCloudy {
		ar.Verdict = questions.VerdictLeadership
		if toUnclear {
			ar.Verdict = questions.VerdictCloudy
		}
	}
	// Unknown: Not sure answers, and their limits, supply at least half of
	// the unclear share.
	// A condition known to have failed outranks not knowing.
	ar.Unknown = ar.Verdict == questions.VerdictCloudy && !known && 2*notSureUnclear >= int64(ar.Split.Unclear)*total
	return ar
}

func verdict(s Split, sc questions.Scoring) string {
	switch {
	case s.Unclear >= sc.CloudyAt:
		return questions.VerdictCloudy
	case s.IT >= sc.CarriesAt && s.IT >= s.Leadership:
		return questions.VerdictIT
	case s.Leadership >= sc.CarriesAt:
		return questions.VerdictLeadership
	}
	return questions.VerdictShared
}

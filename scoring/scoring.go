// Package scoring turns a question set and one person's answers into a
// result: the accountability split and verdict of each area, the
// accountability index with its band, and the recommendations in order.
//
// The model (every number and word comes from the question set):
//
//   - A question's split is its chosen option's split; for a multi
//     question, the mean of the chosen options' splits.
//   - An area's split is the weighted mean of its answered questions'
//     splits (question weights; a weight left out counts 1).
//   - An area is cloudy when its unclear share reaches scoring.cloudy_at;
//     otherwise IT or leadership carries it when that party's share
//     reaches scoring.carries_at; otherwise it is shared.
//   - The accountability index, 0 to 100, is the weighted mean of the
//     areas' IT shares (area weights), times 100, rounded half up: how hard
//     the IT team can fairly be pushed. The set's bands name it.
//   - Recommendations come from the chosen options' advice and from each
//     area's advice for its verdict. Each is ranked by the accountability
//     it concerns: the index points that do not rest with IT in the part
//     of the index the answer (or area) holds. Largest first; ties keep
//     the set's order. An area's advice for the it verdict confirms what
//     works rather than clearing anything up: it concerns 0 points.
//
// Arithmetic is float64 with every product explicitly rounded, so the same
// answers give the same result, bit for bit, on every machine.
package scoring

import (
	"math"
	"slices"

	"itcheck/questions"
)

// Split is an accountability split as fractions of 1.
type Split struct {
	IT         float64 `json:"it"`
	Leadership float64 `json:"leadership"`
	Unclear    float64 `json:"unclear"`
}

// Of returns the share of party p.
func (s Split) Of(p string) float64 {
	switch p {
	case questions.PartyIT:
		return s.IT
	case questions.PartyLeadership:
		return s.Leadership
	case questions.PartyUnclear:
		return s.Unclear
	}
	return 0
}

// Percent returns the split in whole percents that add up to 100 (largest
// remainder rounding; ties go to the party listed first). An empty split
// gives all zeros.
func (s Split) Percent() [3]int {
	exact := [3]float64{mul(s.IT, 100), mul(s.Leadership, 100), mul(s.Unclear, 100)}
	var out [3]int
	total := 0
	for i, v := range exact {
		out[i] = int(math.Floor(v))
		total += out[i]
	}
	if exact[0]+exact[1]+exact[2] == 0 {
		return out
	}
	order := []int{0, 1, 2}
	slices.SortStableFunc(order, func(a, b int) int {
		ra, rb := exact[a]-math.Floor(exact[a]), exact[b]-math.Floor(exact[b])
		switch {
		case ra > rb:
			return -1
		case ra < rb:
			return 1
		}
		return 0
	})
	for i := 0; total < 100 && i < 3; i++ {
		out[order[i]]++
		total++
	}
	return out
}

func fromShares(s questions.Split) Split {
	return Split{IT: s.IT.Float(), Leadership: s.Leadership.Float(), Unclear: s.Unclear.Float()}
}

// mul multiplies with an explicit rounding, which keeps the compiler from
// fusing it with a neighbouring addition on machines that could.
func mul(a, b float64) float64 { return float64(a * b) }

// addScaled returns acc + w*s for each party.
func addScaled(acc Split, w float64, s Split) Split {
	return Split{
		IT:         acc.IT + mul(w, s.IT),
		Leadership: acc.Leadership + mul(w, s.Leadership),
		Unclear:    acc.Unclear + mul(w, s.Unclear),
	}
}

func scale(s Split, f float64) Split {
	return Split{IT: mul(s.IT, f), Leadership: mul(s.Leadership, f), Unclear: mul(s.Unclear, f)}
}

// Result is the scored outcome of one set of answers.
type Result struct {
	Set     *questions.Set
	Answers *questions.Answers
	// Missing lists the ids of unanswered questions, in the set's order.
	Missing []string
	Areas   []AreaResult
	// Index is the accountability index, 0 to 100 (rounded half up).
	Index int
	// IndexExact is the index before rounding.
	IndexExact float64
	// Band is the band the index falls in.
	Band            *questions.Band
	Recommendations []Recommendation
}

// Complete reports whether every question was answered.
func (r *Result) Complete() bool { return len(r.Missing) == 0 }

// AreaResult is the outcome of one area.
type AreaResult struct {
	Area *questions.Area
	// Split is the weighted split of the answered questions.
	Split Split
	// Verdict is it, leadership, shared or cloudy; empty when no question
	// of the area was answered.
	Verdict string
	// Weight is the area's part of the index (0 to 1; 0 when unanswered).
	Weight    float64
	Answered  int
	NotSure   int
	Questions []QuestionResult
}

// Scored reports whether any question of the area was answered.
func (a *AreaResult) Scored() bool { return a.Answered > 0 }

// QuestionResult is the outcome of one question.
type QuestionResult struct {
	Question *questions.Question
	// Chosen is empty when the question was not answered.
	Chosen []*questions.Option
	// Split is the question's own split.
	Split Split
	// Weight is the question's part of its area (0 to 1).
	Weight float64
	// Contribution is Weight times Split: how much of each party's share
	// of the area this answer supplied.
	Contribution Split
}

// Answered reports whether an option was chosen.
func (q *QuestionResult) Answered() bool { return len(q.Chosen) > 0 }

// NotSure reports whether every chosen option is a "Not sure" answer.
func (q *QuestionResult) NotSure() bool {
	if len(q.Chosen) == 0 {
		return false
	}
	for _, o := range q.Chosen {
		if !o.NotSure {
			return false
		}
	}
	return true
}

// Recommendation is one piece of advice raised by the answers.
type Recommendation struct {
	Text string
	Who  string
	Area *questions.Area
	// Question and Option raised it; both nil for an area's advice.
	Question *questions.Question
	Option   *questions.Option
	// Verdict raised it, for an area's advice.
	Verdict string
	// Impact is the index points the advice concerns (see the package
	// comment); recommendations are ordered by it.
	Impact float64
}

// Score computes the result of answers a to set s. Answers are taken as
// given: ids that the set does not know are ignored, so check them first
// (questions.Set.Check). Unanswered questions leave their area's weight
// to the answered ones and are listed in Missing.
func Score(s *questions.Set, a *questions.Answers) *Result {
	r := &Result{Set: s, Answers: a}
	it := make([]float64, len(s.Areas))
	scored := make([]bool, len(s.Areas))
	for i := range s.Areas {
		ar := scoreArea(&s.Areas[i], a, s.Scoring, &r.Missing)
		it[i], scored[i] = ar.Split.IT, ar.Scored()
		r.Areas = append(r.Areas, ar)
	}
	weights, exact := IndexOf(s, it, scored)
	for i := range r.Areas {
		r.Areas[i].Weight = weights[i]
	}
	r.IndexExact = exact
	r.Index = Round(exact)
	r.Band = s.Band(r.Index)
	r.Recommendations = recommend(r)
	return r
}

// IndexOf computes the accountability index, before rounding, from each
// area's IT share (it[i]): the mean of the shares weighted by the set's
// area weights, times 100. An area that was not scored (scored[i] false)
// leaves its weight to the others. It also returns each area's part of
// the index (0 for an area not scored).
func IndexOf(s *questions.Set, it []float64, scored []bool) (weights []float64, exact float64) {
	weights = make([]float64, len(s.Areas))
	var total float64
	for i := range s.Areas {
		if scored[i] {
			total += float64(questions.EffectiveWeight(s.Areas[i].Weight))
		}
	}
	var index float64
	for i := range s.Areas {
		if !scored[i] {
			continue
		}
		weights[i] = float64(questions.EffectiveWeight(s.Areas[i].Weight)) / total
		index += mul(weights[i], it[i])
	}
	return weights, mul(index, 100)
}

// Round rounds an exact index half up, to the whole number shown.
func Round(exact float64) int { return int(math.Floor(exact + 0.5)) }

func scoreArea(area *questions.Area, a *questions.Answers, sc questions.Scoring, missing *[]string) AreaResult {
	ar := AreaResult{Area: area}
	var totalWeight float64
	for i := range area.Questions {
		q := &area.Questions[i]
		qr := QuestionResult{Question: q}
		if c, ok := a.Answers[q.ID]; ok {
			for _, id := range c.IDs {
				if o := q.Option(id); o != nil && !slices.Contains(qr.Chosen, o) {
					qr.Chosen = append(qr.Chosen, o)
				}
			}
		}
		if qr.Answered() {
			for _, o := range qr.Chosen {
				qr.Split = addScaled(qr.Split, 1, fromShares(o.Split))
			}
			qr.Split = scale(qr.Split, 1/float64(len(qr.Chosen)))
			totalWeight += float64(questions.EffectiveWeight(q.Weight))
			ar.Answered++
			if qr.NotSure() {
				ar.NotSure++
			}
		} else {
			*missing = append(*missing, q.ID)
		}
		ar.Questions = append(ar.Questions, qr)
	}
	if ar.Answered == 0 {
		return ar
	}
	for i := range ar.Questions {
		qr := &ar.Questions[i]
		if !qr.Answered() {
			continue
		}
		qr.Weight = float64(questions.EffectiveWeight(qr.Question.Weight)) / totalWeight
		qr.Contribution = scale(qr.Split, qr.Weight)
		ar.Split = addScaled(ar.Split, 1, qr.Contribution)
	}
	ar.Verdict = verdict(ar.Split, sc)
	return ar
}

func verdict(s Split, sc questions.Scoring) string {
	switch {
	case s.Unclear >= sc.CloudyAt.Float():
		return questions.VerdictCloudy
	case s.IT >= sc.CarriesAt.Float() && s.IT >= s.Leadership:
		return questions.VerdictIT
	case s.Leadership >= sc.CarriesAt.Float():
		return questions.VerdictLeadership
	}
	return questions.VerdictShared
}

func recommend(r *Result) []Recommendation {
	var recs []Recommendation
	seen := map[string]bool{}
	add := func(rec Recommendation) {
		if seen[rec.Text] {
			return
		}
		seen[rec.Text] = true
		recs = append(recs, rec)
	}
	for _, ar := range r.Areas {
		if !ar.Scored() {
			continue
		}
		if adv := ar.Area.Advice.For(ar.Verdict); adv != nil {
			impact := mul(mul(ar.Weight, 1-ar.Split.IT), 100)
			if ar.Verdict == questions.VerdictIT {
				// Advice for an area IT carries confirms what works; it
				// makes nothing clearer, so it comes after every problem.
				impact = 0
			}
			add(Recommendation{
				Text: adv.Text, Who: adv.Who, Area: ar.Area, Verdict: ar.Verdict,
				Impact: impact,
			})
		}
		for _, qr := range ar.Questions {
			for _, o := range qr.Chosen {
				if o.Advice == nil {
					continue
				}
				part := mul(ar.Weight, qr.Weight) / float64(len(qr.Chosen))
				add(Recommendation{
					Text: o.Advice.Text, Who: o.Advice.Who, Area: ar.Area,
					Question: qr.Question, Option: o,
					Impact: mul(mul(part, 1-o.Split.IT.Float()), 100),
				})
			}
		}
	}
	slices.SortStableFunc(recs, func(a, b Recommendation) int {
		switch {
		case a.Impact > b.Impact:
			return -1
		case a.Impact < b.Impact:
			return 1
		}
		return 0
	})
	return recs
}

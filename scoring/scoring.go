// Package scoring turns a question set and one person's answers into a
// result: the accountability split and verdict of each area, the
// accountability index with its band and headline, and the
// recommendations in order.
//
// The model (every number and word comes from the question set):
//
//   - Shares are whole basis points (questions.Share, 1/10000), so every
//     sum is exact and the same answers give the same bytes everywhere.
//   - A question counts the split of its chosen option; a multi question
//     counts the worst of its chosen options (the lowest IT share, the
//     first on a tie), so an added problem never raises IT's share.
//   - An area's split is the weighted mean of its answered questions,
//     each share rounded half up to a basis point (unclear takes what the
//     rounding leaves).
//   - Conditions: a chosen option with a limit is a condition that failed.
//     It caps IT's share of its whole area, what is over going to the
//     limit's party, and it moves the area off IT: to leadership, or (when
//     any failed condition names unclear) to cloudy. No number of good
//     answers elsewhere in the area can average a failed condition away.
//   - An area is cloudy when its unclear share reaches scoring.cloudy_at;
//     otherwise, with a failed condition, it goes where the condition
//     sends it; otherwise IT or leadership carries it when that party's
//     share reaches scoring.carries_at; otherwise it is shared. A cloudy
//     area is unknown when at least half of its unclear share comes from
//     Not sure answers and no known answer failed a condition: not knowing
//     is a finding of its own.
//   - The accountability index, 0 to 100, is the weighted mean of the
//     areas' IT shares (area weights), rounded half up in whole-number
//     arithmetic: how much of what IT needs in order to be held to account
//     is in place.
//   - The band is the one the index falls in, except that a band marked
//     all_areas_it is given only when every area is on IT; otherwise the
//     band below it. When more than half of the answers are Not sure and
//     no area is on IT, the set's not_known headline replaces the band's.
//   - Recommendations: the chosen answers' advice, one per cause and area
//     (advice naming the same cause merges; Not sure answers share one
//     cause per area), else the area's advice for its verdict. Each is
//     ranked by what acting on it would unlock: the index points gained if
//     the answers behind it were at their question's best, the limits of
//     the area's other answers left aside (so each of two failed
//     conditions shows what it holds back). Advice for an area IT carries
//     confirms what works and unlocks nothing.
package scoring

import (
	"slices"

	"itcheck/questions"
)

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
	// Band is the band given (see the package comment).
	Band *questions.Band
	// NotKnown: more than half of the answers are Not sure, and no area is
	// on IT (which the headline would then contradict).
	NotKnown bool
	// HeldBack lists the areas not on IT, the one holding back the most
	// index points first.
	HeldBack        []*AreaResult
	Recommendations []Recommendation

	indexNum, indexDen int64 // the exact index, as a fraction
}

// Complete reports whether every question was answered.
func (r *Result) Complete() bool { return len(r.Missing) == 0 }

// AllIT reports whether every area was answered and is carried by IT.
func (r *Result) AllIT() bool {
	for i := range r.Areas {
		if r.Areas[i].Verdict != questions.VerdictIT {
			return false
		}
	}
	return len(r.Areas) > 0
}

// anyIT reports whether some area is carried by IT.
func anyIT(areas []AreaResult) bool {
	return slices.ContainsFunc(areas, func(a AreaResult) bool { return a.Verdict == questions.VerdictIT })
}

// Headline returns the headline and the summary under it: the not_known
// words when most answers are Not sure and the set has them, else the
// band's.
func (r *Result) Headline() (headline, summary string) {
	if r.NotKnown && r.Set.NotKnown != nil {
		return r.Set.NotKnown.Headline, r.Set.NotKnown.Summary
	}
	if r.Band != nil {
		return r.Band.Headline, r.Band.Summary
	}
	return "", ""
}

// AreaResult is the outcome of one area.
type AreaResult struct {
	Area *questions.Area
	// Mean is the weighted split of the answered questions, before limits.
	Mean Split
	// Split is the area's split once the limits of its answers apply.
	Split Split
	// Limits lists the failed conditions: the chosen options with a limit,
	// in the set's order.
	Limits []AppliedLimit
	// Verdict is it, leadership, shared or cloudy; empty when no question
	// of the area was answered.
	Verdict string
	// Unknown: the area is cloudy and at least half of its unclear share
	// comes from Not sure answers.
	Unknown bool
	// Weight is the area's part of the index (0 to 1; 0 when unanswered).
	Weight    float64
	Answered  int
	NotSure   int
	Questions []QuestionResult

	weight int // the area's effective weight, 0 when unanswered
}

// Scored reports whether any question of the area was answered.
func (a *AreaResult) Scored() bool { return a.Answered > 0 }

// Reason is the verdict, or questions.VerdictUnknown for an unknown area:
// the key for the area's words and advice.
func (a *AreaResult) Reason() string {
	if a.Unknown {
		return questions.VerdictUnknown
	}
	return a.Verdict
}

// AppliedLimit is a chosen option's limit: a failed condition.
type AppliedLimit struct {
	Question *questions.Question
	Option   *questions.Option
	// Moved is the share taken from IT and given to Option.Limit.To; 0
	// when IT's share was under the cap already.
	Moved Share
}

// QuestionResult is the outcome of one question.
type QuestionResult struct {
	Question *questions.Question
	// Chosen is empty when the question was not answered.
	Chosen []*questions.Option
	// Counted is the chosen option whose split counts: the only one, or
	// for a multi question the worst.
	Counted *questions.Option
	// Split is Counted's split.
	Split Split
	// Weight is the question's part of its area (0 to 1).
	Weight float64
	// Contribution is Weight times Split, per party rounded half up: how
	// much of each party's share of the area (before limits) this answer
	// supplied.
	Contribution Split

	weight int // effective weight, 0 when unanswered
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

// Score computes the result of answers a to set s. Answers are taken as
// given: ids that the set does not know are ignored, so check them first
// (questions.Set.Check). Unanswered questions leave their area's weight
// to the answered ones and are listed in Missing.
func Score(s *questions.Set, a *questions.Answers) *Result {
	r := &Result{Set: s, Answers: a}
	answered, notSure := 0, 0
	for i := range s.Areas {
		area := &s.Areas[i]
		chosen := make([][]*questions.Option, len(area.Questions))
		for j := range area.Questions {
			q := &area.Questions[j]
			chosen[j] = choiceOf(q, a)
			if len(chosen[j]) == 0 {
				r.Missing = append(r.Missing, q.ID)
			}
		}
		ar := evalArea(area, chosen, s.Scoring)
		answered += ar.Answered
		notSure += ar.NotSure
		r.Areas = append(r.Areas, ar)
	}
	r.indexNum, r.indexDen = indexOf(r.Areas)
	if r.indexDen > 0 {
		r.Index = int(divRound(r.indexNum, r.indexDen))
		r.IndexExact = float64(r.indexNum) / float64(r.indexDen)
		var total int
		for i := range r.Areas {
			total += r.Areas[i].weight
		}
		for i := range r.Areas {
			r.Areas[i].Weight = float64(r.Areas[i].weight) / float64(total)
		}
	}
	r.Band = bandOf(s, r.Index, r.AllIT())
	r.NotKnown = answered > 0 && 2*notSure > answered && !anyIT(r.Areas)
	r.HeldBack = heldBack(r.Areas)
	r.Recommendations = recommend(r)
	return r
}

// choiceOf returns the options answers a chose for q, each once, in the
// order given; ids the question does not know are left out.
func choiceOf(q *questions.Question, a *questions.Answers) []*questions.Option {
	var out []*questions.Option
	if c, ok := a.Answers[q.ID]; ok {
		for _, id := range c.IDs {
			if o := q.Option(id); o != nil && !slices.Contains(out, o) {
				out = append(out, o)
			}
		}
	}
	return out
}

// indexOf returns the exact index as num/den: the areas' IT shares
// weighted by area weight, in percent. den is 0 when no area was answered.
func indexOf(areas []AreaResult) (num, den int64) {
	var w int64
	for i := range areas {
		num += int64(areas[i].weight) * int64(areas[i].Split.IT)
		w += int64(areas[i].weight)
	}
	return num, w * int64(questions.One) / 100
}

// bandOf returns the band for index, stepping below a band that needs
// every area on IT when not all are.
func bandOf(s *questions.Set, index int, allIT bool) *questions.Band {
	b := s.Band(index)
	for b != nil && b.AllAreasIT && !allIT && b.Min > 0 {
		b = s.Band(b.Min - 1)
	}
	return b
}

// heldBack returns the scored areas not on IT, the one holding back the
// most index points first (ties in the set's order).
func heldBack(areas []AreaResult) []*AreaResult {
	var out []*AreaResult
	for i := range areas {
		if ar := &areas[i]; ar.Scored() && ar.Verdict != questions.VerdictIT {
			out = append(out, ar)
		}
	}
	slices.SortStableFunc(out, func(a, b *AreaResult) int {
		return b.weight*int(questions.One-b.Split.IT) - a.weight*int(questions.One-a.Split.IT)
	})
	return out
}

// IndexOf returns the index and band for areas scored one at a time, as
// Score would give them: it[i] is area i's IT share and verdicts[i] its
// verdict ("" for an area not answered).
func IndexOf(s *questions.Set, it []Share, verdicts []string) (int, *questions.Band) {
	areas := make([]AreaResult, len(s.Areas))
	allIT := len(areas) > 0
	for i := range areas {
		if verdicts[i] != "" {
			areas[i].weight = questions.EffectiveWeight(s.Areas[i].Weight)
			areas[i].Split.IT = it[i]
		}
		allIT = allIT && verdicts[i] == questions.VerdictIT
	}
	num, den := indexOf(areas)
	index := 0
	if den > 0 {
		index = int(divRound(num, den))
	}
	return index, bandOf(s, index, allIT)
}

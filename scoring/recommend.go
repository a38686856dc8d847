package scoring

import (
	"cmp"
	"slices"

	"itcheck/questions"
)

// NotSureCause is the cause the advice of an area's Not sure answers
// shares when it names none: not knowing is one root cause, however many
// questions show it.
const NotSureCause = "not-sure"

// Recommendation is one piece of advice raised by the answers.
type Recommendation struct {
	Text string
	Who  string
	Area *questions.Area
	// Cause is the root cause the advice addresses: the cause its advice
	// names, NotSureCause for Not sure answers, or empty.
	Cause string
	// Question and Option are the first answer that raised it; both nil
	// for an area's advice.
	Question *questions.Question
	Option   *questions.Option
	// Verdict is the area verdict (or questions.VerdictUnknown) that
	// raised it, for an area's advice.
	Verdict string
	// Impact is the index points acting on it would unlock: the gain if
	// the answers behind it were at their questions' best (for an area's
	// advice, every answer of the area). Recommendations are ordered by it.
	Impact float64

	unlock int64 // Impact as a numerator over the result's index denominator
}

// member is one answer behind a recommendation: a question of the area
// (by position) and the option chosen there.
type member struct {
	q int
	o *questions.Option
}

// recommend builds the recommendations, one per cause and area, largest
// unlock first; ties keep the set's order.
func recommend(r *Result) []Recommendation {
	var recs []Recommendation
	for i := range r.Areas {
		ar := &r.Areas[i]
		if !ar.Scored() {
			continue
		}
		recs = append(recs, areaRecommendations(r.Set.Scoring, ar)...)
	}
	for i := range recs {
		if r.indexDen > 0 {
			recs[i].Impact = float64(recs[i].unlock) / float64(r.indexDen)
		}
	}
	// Largest unlock first; on a tie a problem comes before advice that
	// confirms what works (an area IT carries), then the set's order.
	confirms := func(r Recommendation) bool { return r.Verdict == questions.VerdictIT }
	slices.SortStableFunc(recs, func(a, b Recommendation) int {
		switch {
		case a.unlock != b.unlock:
			return cmp.Compare(b.unlock, a.unlock)
		case confirms(a) != confirms(b):
			if confirms(a) {
				return 1
			}
			return -1
		}
		return 0
	})
	return recs
}

func areaRecommendations(sc questions.Scoring, ar *AreaResult) []Recommendation {
	type group struct {
		rec     Recommendation
		members []member
	}
	var groups []*group
	byCause := map[string]*group{}
	for j := range ar.Questions {
		qr := &ar.Questions[j]
		for _, o := range qr.Chosen {
			if o.Advice == nil {
				continue
			}
			cause := o.Advice.Cause
			if cause == "" && o.NotSure {
				cause = NotSureCause
			}
			key := cause
			if key == "" {
				key = "\x00" + qr.Question.ID + "\x00" + o.ID // its own cause
			}
			if g := byCause[key]; g != nil {
				g.members = append(g.members, member{j, o})
				continue
			}
			g := &group{
				rec: Recommendation{
					Text: o.Advice.Text, Who: o.Advice.Who, Area: ar.Area, Cause: cause,
					Question: qr.Question, Option: o,
				},
				members: []member{{j, o}},
			}
			byCause[key] = g
			groups = append(groups, g)
		}
	}
	// An area mostly unknown to the person answering (most of its answers
	// Not sure) gets the area's advice for that in place of its first Not
	// sure answer's; with fewer, each question's own advice says what to
	// find out.
	if g := byCause[NotSureCause]; g != nil && ar.Unknown && 2*ar.NotSure > ar.Answered && ar.Area.Advice.Unknown != nil {
		adv := ar.Area.Advice.Unknown
		g.rec.Text, g.rec.Who = adv.Text, adv.Who
		g.rec.Question, g.rec.Option, g.rec.Verdict = nil, nil, questions.VerdictUnknown
	}
	var recs []Recommendation
	for _, g := range groups {
		g.rec.unlock = unlock(sc, ar, g.members)
		recs = append(recs, g.rec)
	}
	// The area's own advice, only when no answer gave advice of its own:
	// for an area IT carries it confirms what works, which would read
	// wrong beside a problem the answers name.
	reason := ar.Reason()
	adv := ar.Area.Advice.For(reason)
	if adv == nil && ar.Unknown {
		reason = questions.VerdictCloudy
		adv = ar.Area.Advice.For(reason)
	}
	switch {
	case adv == nil || len(groups) > 0:
	case ar.Verdict == questions.VerdictIT:
		recs = append(recs, Recommendation{Text: adv.Text, Who: adv.Who, Area: ar.Area, Cause: adv.Cause, Verdict: reason})
	default:
		var all []member
		for j := range ar.Questions {
			for _, o := range ar.Questions[j].Chosen {
				all = append(all, member{j, o})
			}
		}
		recs = append(recs, Recommendation{
			Text: adv.Text, Who: adv.Who, Area: ar.Area, Cause: adv.Cause, Verdict: reason,
			unlock: unlock(sc, ar, all),
		})
	}
	return recs
}

// unlock returns the index numerator gained if the given answers were
// taken back: each ticked option of a multi question unticked, a single
// choice (or a multi question left empty) at its question's best option.
// The limits of the area's other answers are left out on both sides, so
// that two failed conditions capping one area each show what they hold
// back, rather than nothing because the other still holds.
func unlock(sc questions.Scoring, ar *AreaResult, ms []member) int64 {
	chosen := make([][]*questions.Option, len(ar.Questions))
	for j := range ar.Questions {
		chosen[j] = ar.Questions[j].Chosen
	}
	mine := func(o *questions.Option) bool {
		return slices.ContainsFunc(ms, func(m member) bool { return m.o == o })
	}
	now := evalAreaLimits(ar.Area, chosen, sc, mine)
	for _, m := range ms {
		q := ar.Questions[m.q].Question
		rest := slices.DeleteFunc(slices.Clone(chosen[m.q]), func(o *questions.Option) bool { return o == m.o })
		if !q.Multi() || len(rest) == 0 {
			rest = []*questions.Option{Best(q)}
		}
		chosen[m.q] = rest
	}
	better := evalAreaLimits(ar.Area, chosen, sc, mine)
	return int64(ar.weight) * int64(better.Split.IT-now.Split.IT)
}

// Best returns the option of q that puts the most in IT's hands: the
// highest IT share, then the highest cap, then the first; Not sure
// answers are never best unless there is nothing else.
func Best(q *questions.Question) *questions.Option {
	var best *questions.Option
	for i := range q.Options {
		o := &q.Options[i]
		switch {
		case best == nil:
			best = o
		case o.NotSure != best.NotSure:
			if best.NotSure {
				best = o
			}
		case o.Split.IT > best.Split.IT || (o.Split.IT == best.Split.IT && o.Cap() > best.Cap()):
			best = o
		}
	}
	return best
}

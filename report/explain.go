package report

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"itcheck/internal/safetext"
	"itcheck/questions"
	"itcheck/scoring"
)

// Explanation says in plain words why one area landed where it did. The
// words come from the question set (titles, questions, option, party and
// verdict labels); the numbers from the scoring result.
type Explanation struct {
	Area *questions.Area
	// Verdict is the label of the area's verdict, or "not answered".
	Verdict string
	// Split is the area's split in whole percents, like
	// "IT 43%, Leadership 56%, Unclear 1%"; empty when not answered.
	Split string
	// Limits has one line per answer whose limit capped IT's share of the
	// area, in the order applied.
	Limits []string
	// Rule is the verdict rule that applied, with the set's thresholds,
	// like "Unclear is under 35% and neither IT nor Leadership reaches
	// 60%, so: Shared."; empty when not answered.
	Rule string
	// Answers has one line per answered question, the largest mover
	// first, then one line per question left unanswered; none when the
	// area has no answers.
	Answers []string
}

// Explain explains every area of r, in the set's order.
//
// Each answer gives its part of the area (its weight over the weights of
// the answered questions) to the parties in the proportions of its
// option's split; a party's points over all answers add up to its share
// of the area. Answers are listed by their part of the area, largest
// first, then by the most points they gave one party.
func Explain(r *scoring.Result) []Explanation {
	out := make([]Explanation, 0, len(r.Areas))
	for i := range r.Areas {
		out = append(out, explainArea(r.Set, &r.Areas[i]))
	}
	return out
}

func explainArea(s *questions.Set, ar *scoring.AreaResult) Explanation {
	e := Explanation{Area: ar.Area, Verdict: labelNotAnswered}
	if !ar.Scored() {
		return e
	}
	e.Verdict = safetext.Line(s.Verdicts.Text(ar.Reason()).Label)
	e.Split = splitWords(s, ar.Split)
	e.Rule = ruleWords(s, ar)
	for _, l := range ar.Limits {
		e.Limits = append(e.Limits, limitWords(s, l))
	}
	var unanswered []string
	total := 0
	for _, qr := range ar.Questions {
		if qr.Answered() {
			total += questions.EffectiveWeight(qr.Question.Weight)
		}
	}
	type mover struct {
		weight, top float64
		line        string
	}
	var movers []mover
	for _, qr := range ar.Questions {
		q := "“" + safetext.Line(qr.Question.Text) + "”"
		if !qr.Answered() {
			unanswered = append(unanswered, q+" "+labelNotScored)
			continue
		}
		c := qr.Contribution
		movers = append(movers, mover{
			weight: qr.Weight,
			top:    max(c.IT, c.Leadership, c.Unclear).Float(),
			line:   answerWords(s, qr, q, total),
		})
	}
	slices.SortStableFunc(movers, func(a, b mover) int {
		switch {
		case a.weight != b.weight:
			return cmpDesc(a.weight, b.weight)
		case a.top != b.top:
			return cmpDesc(a.top, b.top)
		}
		return 0
	})
	for _, m := range movers {
		e.Answers = append(e.Answers, m.line)
	}
	e.Answers = append(e.Answers, unanswered...)
	return e
}

func cmpDesc(a, b float64) int {
	if a > b {
		return -1
	}
	return 1
}

// answerWords is one answer's line: the question, its part of the area,
// the option(s) chosen and the points each party got from it.
func answerWords(s *questions.Set, qr scoring.QuestionResult, q string, total int) string {
	var b strings.Builder
	b.WriteString(q)
	b.WriteString(" (weight " + strconv.Itoa(questions.EffectiveWeight(qr.Question.Weight)) +
		" of " + strconv.Itoa(total) + ", " + decimal(qr.Weight*100, 1) + "% " + labelPartOf + ") ")
	b.WriteString(labelAnswered + " ")
	labels := make([]string, len(qr.Chosen))
	for i, o := range qr.Chosen {
		labels[i] = "“" + safetext.Line(o.Label) + "”"
	}
	b.WriteString(joinAnd(labels))
	if len(labels) > 1 {
		b.WriteString(", " + labelWorstCounts + " (“" + safetext.Line(qr.Counted.Label) + "”)")
	}
	b.WriteString(": ")
	type pts struct {
		party string
		v     float64
	}
	c := qr.Contribution
	ps := []pts{{questions.PartyIT, c.IT.Float()}, {questions.PartyLeadership, c.Leadership.Float()}, {questions.PartyUnclear, c.Unclear.Float()}}
	slices.SortStableFunc(ps, func(a, b pts) int {
		if a.v == b.v {
			return 0
		}
		return cmpDesc(a.v, b.v)
	})
	var parts []string
	for _, p := range ps {
		if p.v > 0 {
			parts = append(parts, safetext.Line(s.Party(p.party).Label)+" +"+points(p.v*100))
		}
	}
	b.WriteString(strings.Join(parts, ", ") + ".")
	return b.String()
}

// joinAnd joins "a", "a and b", "a, b and c".
func joinAnd(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// splitWords is "IT 43%, Leadership 56%, Unclear 1%": whole percents that
// add up to 100, with more decimals for a party whose whole percent would
// seem to cross one of the set's thresholds when its exact share does not.
func splitWords(s *questions.Set, sp scoring.Split) string {
	pc := sp.Percent()
	thresholds := map[string]questions.Share{
		questions.PartyIT:         s.Scoring.CarriesAt,
		questions.PartyLeadership: s.Scoring.CarriesAt,
		questions.PartyUnclear:    s.Scoring.CloudyAt,
	}
	parts := make([]string, len(questions.PartyIDs))
	for i, p := range questions.PartyIDs {
		v, t := sp.Of(p), thresholds[p]
		shown := strconv.Itoa(pc[i])
		if (float64(pc[i]) >= sharePercent(t)) != (v >= t) {
			shown = percentAgainst(v.Float(), t)
		}
		parts[i] = safetext.Line(s.Party(p).Label) + " " + shown + "%"
	}
	return strings.Join(parts, ", ")
}

// ruleWords names the verdict rule that applied, with the set's
// thresholds, in the order scoring applies them.
func ruleWords(s *questions.Set, ar *scoring.AreaResult) string {
	label := func(p string) string { return safetext.Line(s.Party(p).Label) }
	unclear, it, lead := label(questions.PartyUnclear), label(questions.PartyIT), label(questions.PartyLeadership)
	cloudy := thresholdWords(s.Scoring.CloudyAt)
	carries := thresholdWords(s.Scoring.CarriesAt)
	verdict := safetext.Line(s.Verdicts.Text(ar.Reason()).Label)
	var rule string
	switch {
	case ar.Split.Unclear >= s.Scoring.CloudyAt:
		rule = unclear + " reaches " + cloudy
	case len(ar.Limits) > 0:
		rule = unclear + " is under " + cloudy + ", but " + labelConditionFailed
	case ar.Verdict == questions.VerdictIT:
		rule = unclear + " is under " + cloudy + " and " + it + " reaches " + carries
	case ar.Verdict == questions.VerdictLeadership:
		rule = unclear + " is under " + cloudy + " and " + lead + " reaches " + carries
	default:
		rule = unclear + " is under " + cloudy + " and neither " + it + " nor " + lead + " reaches " + carries
	}
	if ar.Unknown {
		rule += ", and most of it comes from " + labelNotSureAnswers
	}
	return rule + ", so: " + verdict + "."
}

// limitWords says how one answer's limit, a failed condition, capped IT's
// share of its area.
func limitWords(s *questions.Set, l scoring.AppliedLimit) string {
	w := "“" + safetext.Line(l.Question.Text) + "” " + labelAnswered + " “" + safetext.Line(l.Option.Label) + "”: " +
		safetext.Line(s.Party(questions.PartyIT).Label) + " " + labelCarriesAtMost + " " +
		decimal(sharePercent(l.Option.Limit.IT), 2) + "% " + labelPartOf
	if l.Moved == 0 {
		return w + " (" + labelHasLess + ")."
	}
	return w + ", so " + points(l.Moved.Float()*100) + " " + labelPointsMoved + " " + safetext.Line(s.Party(l.Option.Limit.To).Label) + "."
}

// sharePercent is a share in percent (0.35 is 35).
func sharePercent(t questions.Share) float64 { return float64(t) / 100 }

// thresholdWords writes a threshold as a percent: "35%", "33.33%".
func thresholdWords(t questions.Share) string {
	return decimal(sharePercent(t), 2) + "%"
}

// percentAgainst writes share v in percent with the fewest decimals (up
// to 4) that keep it on the same side of threshold t as the exact share.
func percentAgainst(v float64, t questions.Share) string {
	for d := 0; d < 4; d++ {
		r := roundTo(v*100, d)
		if (r >= sharePercent(t)) == (v >= t.Float()) {
			return decimal(v*100, d)
		}
	}
	return decimal(v*100, 4)
}

// points writes an answer's points with one decimal at most; a share too
// small for that shows as "0.1" rather than "0", so every listed party
// visibly got something.
func points(v float64) string {
	if v > 0 && v < 0.05 {
		return "0.1"
	}
	return decimal(v, 1)
}

func roundTo(v float64, d int) float64 {
	p := math.Pow10(d)
	return math.Round(v*p) / p
}

// decimal writes v rounded to at most d decimals, without trailing zeros.
func decimal(v float64, d int) string {
	t := strconv.FormatFloat(roundTo(v, d), 'f', d, 64)
	if strings.Contains(t, ".") {
		t = strings.TrimSuffix(strings.TrimRight(t, "0"), ".")
	}
	return t
}

package scoring

import (
	"fmt"

	"itcheck/questions"
)

// maxCombinations bounds how many ways of answering one area Lint tries;
// a larger area is left unchecked rather than slowing validate down.
const maxCombinations = 200_000

// maxTicks bounds the options of a multi question whose every combination
// Lint tries; with more, it tries each option on its own.
const maxTicks = 12

// Lint returns warnings about rules of set s that can never take effect,
// found by scoring every way of answering each area: a limit that never
// lowers IT's share nor changes a verdict, an area's advice for a verdict the area can never
// get, and a band no answers can reach. name is the set's file name, for
// the positions.
func Lint(name string, s *questions.Set) questions.Problems {
	var ps questions.Problems
	warn := func(at questions.Pos, format string, args ...any) {
		ps = append(ps, questions.Problem{File: name, Pos: at, Msg: fmt.Sprintf(format, args...), Warning: true})
	}
	var minNum, maxNum, weights int64
	complete := true
	neverIT := ""
	for i := range s.Areas {
		area := &s.Areas[i]
		seen, ok := explore(area, s.Scoring)
		if !ok {
			complete = false
			continue
		}
		w := int64(questions.EffectiveWeight(area.Weight))
		minNum += w * int64(seen.minIT)
		maxNum += w * int64(seen.maxIT)
		weights += w
		if !seen.verdicts[questions.VerdictIT] && neverIT == "" {
			neverIT = area.ID
		}
		for _, v := range append(questions.VerdictIDs, questions.VerdictUnknown) {
			// A set whose thresholds allow no shared area is told so
			// once, at carries_at (questions' lint), not once per area.
			if v == questions.VerdictShared && s.Scoring.NeverShared() {
				continue
			}
			if area.Advice.For(v) != nil && !seen.verdicts[v] {
				warn(area.Advice.PosOf(v), "area %q: the advice for %s never shows: no answers give the area that verdict", area.ID, v)
			}
		}
		for j := range area.Questions {
			q := &area.Questions[j]
			for k := range q.Options {
				o := &q.Options[k]
				if o.Limit != nil && !seen.limited[o] {
					to := questions.VerdictLeadership
					if o.Limit.To == questions.PartyUnclear {
						to = questions.VerdictCloudy
					}
					warn(o.Limit.At, "option %q: its limit (IT at most %s, the rest to %s) never changes anything: whenever it is chosen, IT's share of area %q is at most %s and the area is %s already",
						o.ID, o.Limit.IT, o.Limit.To, area.ID, seen.maxWith[o], to)
				}
			}
		}
	}
	if !complete || weights == 0 {
		return ps
	}
	den := weights * int64(questions.One) / 100
	lo, hi := int(divRound(minNum, den)), int(divRound(maxNum, den))
	for _, b := range s.Bands {
		switch {
		case b.Max < lo || b.Min > hi:
			warn(b.At, "band %q (%d to %d) cannot be reached: answers give an index from %d to %d", b.ID, b.Min, b.Max, lo, hi)
		case b.AllAreasIT && neverIT != "":
			warn(b.PosOf("all_areas_it"), "band %q needs every area on IT, but no answers put area %q there", b.ID, neverIT)
		}
	}
	return ps
}

// explored is what scoring every way of answering one area showed.
type explored struct {
	minIT, maxIT Share
	verdicts     map[string]bool // verdicts and the unknown reason reached
	limited      map[*questions.Option]bool
	maxWith      map[*questions.Option]Share // highest IT share before limits while the option is chosen
}

// explore scores every way of answering area; ok is false when there are
// more than maxCombinations.
func explore(area *questions.Area, sc questions.Scoring) (explored, bool) {
	e := explored{
		minIT: questions.One, verdicts: map[string]bool{},
		limited: map[*questions.Option]bool{}, maxWith: map[*questions.Option]Share{},
	}
	ok := eachCombination(area, func(chosen [][]*questions.Option) {
		ar := evalArea(area, chosen, sc)
		e.minIT, e.maxIT = min(e.minIT, ar.Split.IT), max(e.maxIT, ar.Split.IT)
		e.verdicts[ar.Verdict] = true
		if ar.Unknown {
			e.verdicts[questions.VerdictUnknown] = true
		}
		for _, l := range ar.Limits {
			// A failed condition takes effect when it lowers IT's share
			// or gives another verdict than the shares alone would.
			if l.Moved > 0 || verdict(ar.Split, sc) != ar.Verdict {
				e.limited[l.Option] = true
			}
		}
		for _, os := range chosen {
			for _, o := range os {
				e.maxWith[o] = max(e.maxWith[o], ar.Mean.IT)
			}
		}
	})
	return e, ok
}

// eachCombination calls f with every way of answering every question of
// area (see choicesOf), like an odometer; f must not keep the slice. It
// reports false, calling f never, when there are more than
// maxCombinations.
func eachCombination(area *questions.Area, f func(chosen [][]*questions.Option)) bool {
	choices := make([][][]*questions.Option, len(area.Questions))
	total := 1
	for j := range area.Questions {
		choices[j] = choicesOf(&area.Questions[j])
		total *= max(len(choices[j]), 1)
		if total > maxCombinations {
			return false
		}
	}
	chosen := make([][]*questions.Option, len(area.Questions))
	pick := make([]int, len(area.Questions))
	for {
		for j := range pick {
			if len(choices[j]) > 0 {
				chosen[j] = choices[j][pick[j]]
			}
		}
		f(chosen)
		j := 0
		for ; j < len(pick); j++ {
			if pick[j]++; pick[j] < len(choices[j]) {
				break
			}
			pick[j] = 0
		}
		if j == len(pick) {
			return true
		}
	}
}

// choicesOf lists the ways of answering q: each option alone, and for a
// multi question every set of two or more options that may go together
// (with more than maxTicks such options, only each on its own).
func choicesOf(q *questions.Question) [][]*questions.Option {
	var out, together [][]*questions.Option
	var free []*questions.Option
	for i := range q.Options {
		o := &q.Options[i]
		out = append(out, []*questions.Option{o})
		if q.Multi() && !o.Alone() {
			free = append(free, o)
		}
	}
	if len(free) < 2 || len(free) > maxTicks {
		return out
	}
	for mask := 1; mask < 1<<len(free); mask++ {
		if mask&(mask-1) == 0 {
			continue // a single option, listed already
		}
		var set []*questions.Option
		for k, o := range free {
			if mask&(1<<k) != 0 {
				set = append(set, o)
			}
		}
		together = append(together, set)
	}
	return append(out, together...)
}

package scoring

import (
	"slices"

	"itcheck/questions"
)

// Share is an exact fraction of 1 in basis points.
type Share = questions.Share

// Split is an accountability split in basis points; its shares sum to
// questions.One, or are all 0 for an area with no answers.
type Split struct {
	IT         Share
	Leadership Share
	Unclear    Share
}

// Of returns the share of party p.
func (s Split) Of(p string) Share {
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

// add moves n basis points to party p.
func (s *Split) add(p string, n Share) {
	switch p {
	case questions.PartyIT:
		s.IT += n
	case questions.PartyLeadership:
		s.Leadership += n
	case questions.PartyUnclear:
		s.Unclear += n
	}
}

// Percent returns the split in whole percents that add up to 100 (largest
// remainder; ties go to the party listed first). An empty split gives all
// zeros.
func (s Split) Percent() [3]int {
	bp := [3]int{int(s.IT), int(s.Leadership), int(s.Unclear)}
	var out [3]int
	total := 0
	for i, v := range bp {
		out[i] = v / 100
		total += out[i]
	}
	if bp[0]+bp[1]+bp[2] == 0 {
		return out
	}
	order := []int{0, 1, 2}
	slices.SortStableFunc(order, func(a, b int) int { return bp[b]%100 - bp[a]%100 })
	for i := 0; total < 100 && i < 3; i++ {
		out[order[i]]++
		total++
	}
	return out
}

func fromShares(s questions.Split) Split {
	return Split{IT: s.IT, Leadership: s.Leadership, Unclear: s.Unclear}
}

// Sum adds weighted splits exactly, for their mean.
type Sum struct {
	it, lead, weight int64
}

// Add adds split x with weight w (a whole number, 1 or more).
func (s *Sum) Add(x Split, w int) {
	s.it += int64(w) * int64(x.IT)
	s.lead += int64(w) * int64(x.Leadership)
	s.weight += int64(w)
}

// Mean returns the weighted mean of the splits added: IT's and
// leadership's shares rounded half up to a basis point, unclear taking
// what is left. With nothing added it is the empty split.
func (s Sum) Mean() Split {
	if s.weight == 0 {
		return Split{}
	}
	var m Split
	m.IT = Share(divRound(s.it, s.weight))
	m.Leadership = min(Share(divRound(s.lead, s.weight)), questions.One-m.IT)
	m.Unclear = questions.One - m.IT - m.Leadership
	return m
}

// Distance is the total variation distance between two splits, as a
// fraction of 1: half the sum of the parties' differences.
func (s Split) Distance(o Split) float64 {
	abs := func(v Share) int {
		if v < 0 {
			return -int(v)
		}
		return int(v)
	}
	d := abs(s.IT-o.IT) + abs(s.Leadership-o.Leadership) + abs(s.Unclear-o.Unclear)
	return float64(d) / float64(2*questions.One)
}

// divRound returns num/den rounded half up (num, den >= 0, den > 0).
func divRound(num, den int64) int64 { return (2*num + den) / (2 * den) }

package compare

import (
	"encoding/binary"

	"golang.org/x/sync/errgroup"

	"itcheck/questions"
	"itcheck/scoring"
)

// scoreAll scores each respondent's compared answers, one worker per CPU.
// An area's split and verdict depend only on the answers to its own
// questions, and a round has few distinct ways of answering one area, so
// each worker scores each distinct area answer once with the scoring
// package and reuses it; the index is then the scoring package's weighted
// mean of the areas' IT shares (see index).
func (c *comparer) scoreAll(rs []Respondent) {
	forEach(len(rs), c.workers(len(rs)), func() func(int) {
		cache := map[string]AreaScore{}
		key := make([]byte, 0, 64)
		return func(i int) {
			r := &rs[i]
			r.Areas = make([]AreaScore, len(c.set.Areas))
			qi := 0
			for ai := range c.set.Areas {
				n := len(c.set.Areas[ai].Questions)
				key = binary.LittleEndian.AppendUint32(key[:0], uint32(ai))
				for _, m := range r.masks[qi : qi+n] {
					key = binary.LittleEndian.AppendUint64(key, m)
				}
				as, ok := cache[string(key)]
				if !ok {
					as = c.scoreArea(ai, r.masks[qi:qi+n])
					cache[string(key)] = as
				}
				r.Areas[ai] = as
				qi += n
			}
			r.Index, r.Band = index(c.set, r.Areas)
		}
	})
}

// scoreArea scores one area's answers (masks by question of the area).
func (c *comparer) scoreArea(ai int, masks []uint64) AreaScore {
	area := &c.set.Areas[ai]
	a := &questions.Answers{Set: c.set.ID, Version: c.set.Version, Answers: map[string]questions.Choice{}}
	for j, m := range masks {
		if m == 0 {
			continue
		}
		q := &area.Questions[j]
		var ids []string
		for _, o := range options(q, m) {
			ids = append(ids, o.ID)
		}
		a.Answers[q.ID] = questions.Choice{IDs: ids, List: q.Multi()}
	}
	ar := scoring.Score(c.set, a).Areas[ai]
	return AreaScore{Split: ar.Split, Verdict: ar.Verdict}
}

// index is the accountability index and band of area scores, by
// scoring's rule.
func index(s *questions.Set, areas []AreaScore) (int, *questions.Band) {
	it := make([]scoring.Share, len(areas))
	verdicts := make([]string, len(areas))
	for i, as := range areas {
		it[i], verdicts[i] = as.Split.IT, as.Verdict
	}
	return scoring.IndexOf(s, it, verdicts)
}

// forEach runs f(i) for every i in [0, n) on at most w goroutines at
// once; newWorker gives each goroutine its own f (and scratch space), and
// goroutine k takes i = k, k+w, k+2w and so on.
func forEach(n, w int, newWorker func() func(int)) {
	var g errgroup.Group
	g.SetLimit(w)
	for k := range w {
		g.Go(func() error {
			f := newWorker()
			for i := k; i < n; i += w {
				f(i)
			}
			return nil
		})
	}
	_ = g.Wait() // the workers return no errors
}

package compare

import (
	"encoding/binary"

	"golang.org/x/sync/errgroup"

	"itcheck/questions"
	"itcheck/scoring"
)

// scoreAll scores each respondent's compared answers, one worker per CPU,
// but for those reading the report scored already.
// An area's split and verdict depend only on the answers to its own
// questions, and a round has few distinct ways of answering one area, so
// each worker scores each distinct area answer once with the scoring
// package and reuses it (see scorer); the index is then the scoring
// package's weighted mean of the areas' IT shares (see index).
func (c *comparer) scoreAll(rs []Respondent) {
	defer c.releaseScorers()
	forEach(len(rs), c.workers(len(rs)), func() func(int) {
		sc := c.takeScorer()
		return func(i int) {
			r := &rs[i]
			if r.Areas != nil {
				return // scored while reading
			}
			r.Areas = sc.areas(r.masks)
			r.Index, r.Band = index(c.set, r.Areas)
		}
	})
}

// scorer scores answers area by area, each distinct way of answering an
// area once. One goroutine uses it.
type scorer struct {
	c     *comparer
	cache map[string]AreaScore
	key   []byte
}

// takeScorer gives a goroutine a scorer of its own: one that scored for
// an earlier pass, with what it learned, if one is idle. Reading reports
// checks their recorded index, and scoring them again then finds the same
// areas in the cache.
func (c *comparer) takeScorer() *scorer {
	c.mu.Lock()
	defer c.mu.Unlock()
	var sc *scorer
	if n := len(c.idle); n > 0 {
		sc, c.idle = c.idle[n-1], c.idle[:n-1]
	} else {
		sc = &scorer{c: c, cache: map[string]AreaScore{}, key: make([]byte, 0, 64)}
	}
	c.busy = append(c.busy, sc)
	return sc
}

// releaseScorers makes every scorer idle again, once a pass is over.
func (c *comparer) releaseScorers() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.idle = append(c.idle, c.busy...)
	c.busy = nil
}

// areas scores masks (chosen options by question of the set) area by area.
func (sc *scorer) areas(masks []uint64) []AreaScore {
	s := sc.c.set
	out := make([]AreaScore, len(s.Areas))
	qi := 0
	for ai := range s.Areas {
		n := len(s.Areas[ai].Questions)
		sc.key = binary.LittleEndian.AppendUint32(sc.key[:0], uint32(ai))
		for _, m := range masks[qi : qi+n] {
			sc.key = binary.LittleEndian.AppendUint64(sc.key, m)
		}
		as, ok := sc.cache[string(sc.key)]
		if !ok {
			as = sc.c.scoreArea(ai, masks[qi:qi+n])
			sc.cache[string(sc.key)] = as
		}
		out[ai] = as
		qi += n
	}
	return out
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

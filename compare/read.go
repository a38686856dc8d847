package compare

import (
	"fmt"
	"maps"
	"math/bits"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"itcheck/internal/safetext"
	"itcheck/questions"
	"itcheck/report"
	"itcheck/scoring"
)

// maxOptions is the most options a question may have: compare keeps an
// answer as a bit set of option positions in one 64-bit word, and
// question sets allow no more than questions.MaxOptions.
const maxOptions = min(questions.MaxOptions, 64)

// Error lists every report that cannot be compared, one error per report,
// each naming its file; nothing is compared when there is one.
type Error struct {
	Problems []error
}

// Error lists the problems one per line (a report may have several).
func (e *Error) Error() string {
	lines := make([]string, 0, len(e.Problems))
	for _, p := range e.Problems {
		lines = append(lines, p.Error())
	}
	return strings.Join(lines, "\n")
}

// SetMismatchError is the problem of a report that answers another
// question set than the one in use.
type SetMismatchError struct {
	File    string // the report
	Got     string // the set id it answers
	Want    string // the set id in use
	SetName string // where the set in use came from
}

func (e *SetMismatchError) Error() string {
	return fmt.Sprintf("%s: answers question set %q, but the questions in use are %q (%s); compare reports of one set, or pass theirs with --questions",
		e.File, e.Got, e.Want, e.SetName)
}

// parsed is what one report contributes, before scoring.
type parsed struct {
	role, date, version string
	masks               []uint64          // chosen options by question (set order); 0 = none
	notes               map[string]string // kept for small comparisons only
	// For a report of another version: why each question is left out
	// (empty when it is compared), and the ids it answers that the set
	// in use does not ask.
	leftOut []string
	unknown []string
	// areas, index and band score every question's answer, when reading
	// the report did (see indexAgrees); nil areas when it did not.
	areas []AreaScore
	index int
	band  *questions.Band
	// indexDiff is set when the report records another index than its
	// answers score.
	indexDiff *IndexDiff
}

// IndexDiff is a report whose recorded index is not the one its answers
// score with the question set it was made with (the same text, by its
// hash): edited by hand, or saved by another itcheck. Compare goes by the
// answers.
type IndexDiff struct {
	File     string        // the report, as given
	Pos      questions.Pos // where the index stands in it
	Recorded int           // the index the report records
	Scored   int           // the index its answers score
}

// readAll reads and parses every input with one worker per CPU. Results
// keep the input order, whatever order the workers finish in.
func (c *comparer) readAll(names []string, read func(string) ([]byte, error)) ([]parsed, error) {
	out := make([]parsed, len(names))
	errs := make([]error, len(names))
	defer c.releaseScorers()
	forEach(len(names), c.workers(len(names)), func() func(int) {
		sc := c.takeScorer()
		return func(i int) {
			data, err := read(names[i])
			if err == nil {
				err = c.parse(names[i], data, &out[i], sc)
			}
			errs[i] = err
		}
	})
	var problems []error
	for _, err := range errs {
		if err != nil {
			problems = append(problems, err)
		}
	}
	if len(problems) > 0 {
		return nil, &Error{Problems: problems}
	}
	return out, nil
}

func (c *comparer) workers(n int) int {
	w := c.opt.Workers
	if w <= 0 {
		w = runtime.GOMAXPROCS(0)
	}
	return max(1, min(w, n))
}

// isMarkdownName reports whether name is read as a markdown report, as
// report.ReadAnswers does.
func isMarkdownName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return true
	}
	return false
}

// parse reads one report into p. report.Scan, the fast path, is tried
// first; on any doubt the report is read again with report.ParseReport,
// whose errors carry positions. A report whose recorded index its
// answers may not score is read so too, to say where the index stands.
// sc scores for the goroutine parse runs on.
func (c *comparer) parse(path string, data []byte, p *parsed, sc *scorer) error {
	md := isMarkdownName(path)
	name := safetext.Quote(path) // for messages: a file name can hold anything
	if md || strings.HasPrefix(string(data[:min(len(data), 4)]), "---\n") {
		if f, ok := report.Scan(data); ok {
			if f.Set != c.set.ID {
				return c.mismatch(name, f.Set)
			}
			if c.fill(f.Header, f.Answers, f.Missing, f.Notes, p) && c.indexAgrees(f, p, sc) {
				return nil
			}
			*p = parsed{}
		}
		f, err := report.ParseReport(name, data)
		if err == nil {
			if err := c.check(name, f.Answers(), f.Missing, p); err != nil {
				return err
			}
			p.indexDiff = c.indexDiff(path, f)
			return nil
		}
		if md {
			return err
		}
	}
	a, err := report.ReadAnswers(name, data)
	if err != nil {
		return err
	}
	return c.check(name, a, nil, p)
}

// indexAgrees reports whether a scanned report f
// records the index its answers (p.masks) score, keeping the score in p,
// or cannot be held to it: a report of another version, or of another
// text of the set (its hash), was scored with other questions. False
// means the report is to be read again in full, which decides and says
// where.
func (c *comparer) indexAgrees(f *report.Scanned, p *parsed, sc *scorer) bool {
	if f.Version != c.set.Version {
		return true
	}
	if !f.Recorded {
		return false
	}
	if f.Hash != c.set.Hash {
		return true
	}
	p.areas = sc.areas(p.masks)
	p.index, p.band = index(c.set, p.areas)
	return p.index == f.Index
}

// indexDiff checks a report read in full as show does: a report of the
// set's own text whose recorded index is not the one its answers score
// gives an IndexDiff, pointing at the index.
func (c *comparer) indexDiff(path string, f *report.FrontMatter) *IndexDiff {
	if f.Version != c.set.Version || f.Hash != c.set.Hash {
		return nil
	}
	scored := scoring.Score(c.set, f.Answers()).Index
	if scored == f.Index {
		return nil
	}
	return &IndexDiff{File: path, Pos: f.PosOf("index"), Recorded: f.Index, Scored: scored}
}

func (c *comparer) mismatch(name, set string) error {
	return &SetMismatchError{File: name, Got: set, Want: c.set.ID, SetName: c.opt.SetName}
}

// check validates answers read by the report package, with problems that
// point into the file, and keeps what compare needs.
func (c *comparer) check(name string, a *questions.Answers, missing []string, p *parsed) error {
	s := c.set
	if a.Set != s.ID {
		return c.mismatch(name, a.Set)
	}
	if a.Version == s.Version {
		if err := s.Check(name, a, questions.CheckOptions{AllowPartial: true}); err != nil {
			return err
		}
	} else if a.Role != "" && s.Role(a.Role) == nil {
		// Roles are not versioned: the set in use checks it, with the
		// guess it offers for any unknown id.
		role := &questions.Answers{Meta: a.Meta, Set: s.ID, Version: s.Version, Role: a.Role}
		return s.Check(name, role, questions.CheckOptions{AllowPartial: true})
	}
	answers := make([]report.ScannedAnswer, 0, len(a.Answers))
	for _, id := range slices.Sorted(maps.Keys(a.Answers)) {
		ch := a.Answers[id]
		answers = append(answers, report.ScannedAnswer{Question: id, IDs: ch.IDs, List: ch.List})
	}
	if !c.fill(report.Header{Set: a.Set, Version: a.Version, Role: a.Role, Date: a.Date}, answers, missing, a.Notes, p) {
		return fmt.Errorf("%s: the answers do not fit question set %s %s", name, s.ID, s.Version)
	}
	return nil
}

// fill keeps what compare needs from one report's answers. For the set's
// own version it accepts only what questions.Set.Check accepts (partial
// answers allowed) and reports false otherwise; for another version it
// records which questions cannot be compared, and why.
func (c *comparer) fill(h report.Header, answers []report.ScannedAnswer, missing []string, notes map[string]string, p *parsed) bool {
	s := c.set
	same := h.Version == s.Version
	if h.Role != "" && s.Role(h.Role) == nil {
		return false
	}
	p.role, p.date, p.version = h.Role, h.Date, h.Version
	p.masks = make([]uint64, len(c.questions))
	if !same {
		p.leftOut = make([]string, len(c.questions))
	}
	for _, a := range answers {
		qi, ok := c.index[a.Question]
		if !ok {
			if same {
				return false
			}
			p.unknown = append(p.unknown, a.Question)
			continue
		}
		m, why := choiceMask(c.questions[qi], a)
		switch {
		case why == "":
			p.masks[qi] = m
		case same:
			return false
		default:
			p.leftOut[qi] = why
		}
	}
	if !same {
		for qi, q := range c.questions {
			if p.masks[qi] == 0 && p.leftOut[qi] == "" && !slices.Contains(missing, q.ID) {
				p.leftOut[qi] = fmt.Sprintf("not in version %s", h.Version)
			}
		}
	}
	for area := range notes {
		if same && s.Area(area) == nil {
			return false
		}
	}
	slices.Sort(p.unknown)
	if c.keepNotes {
		p.notes = notes
	}
	return true
}

// choiceMask turns a choice into a bit set of option positions, or says
// why the question, as the set in use asks it, cannot take it.
func choiceMask(q *questions.Question, a report.ScannedAnswer) (uint64, string) {
	if len(a.IDs) == 0 || (!q.Multi() && (a.List || len(a.IDs) > 1)) {
		return 0, "asked differently in this version"
	}
	var m uint64
	for _, id := range a.IDs {
		i := slices.IndexFunc(q.Options, func(o questions.Option) bool { return o.ID == id })
		if i < 0 {
			return 0, fmt.Sprintf("option %q is not in this version", id)
		}
		if m&(1<<i) != 0 || (q.Options[i].Alone() && len(a.IDs) > 1) {
			return 0, "asked differently in this version"
		}
		m |= 1 << i
	}
	return m, ""
}

// options returns the options a mask stands for, in the set's order.
func options(q *questions.Question, m uint64) []*questions.Option {
	opts := make([]*questions.Option, 0, bits.OnesCount64(m))
	for m != 0 {
		i := bits.TrailingZeros64(m)
		opts = append(opts, &q.Options[i])
		m &^= 1 << i
	}
	return opts
}

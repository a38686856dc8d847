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
}

// readAll reads and parses every input with one worker per CPU. Results
// keep the input order, whatever order the workers finish in.
func (c *comparer) readAll(names []string, read func(string) ([]byte, error)) ([]parsed, error) {
	out := make([]parsed, len(names))
	errs := make([]error, len(names))
	forEach(len(names), c.workers(len(names)), func() func(int) {
		return func(i int) {
			data, err := read(names[i])
			if err == nil {
				err = c.parse(names[i], data, &out[i])
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
// whose errors carry positions.
func (c *comparer) parse(path string, data []byte, p *parsed) error {
	md := isMarkdownName(path)
	name := safetext.Quote(path) // for messages: a file name can hold anything
	if md || strings.HasPrefix(string(data[:min(len(data), 4)]), "---\n") {
		if f, ok := report.Scan(data); ok {
			if f.Set != c.set.ID {
				return c.mismatch(name, f.Set)
			}
			if c.fill(f.Header, f.Answers, f.Missing, f.Notes, p) {
				return nil
			}
			*p = parsed{}
		}
		f, err := report.ParseReport(name, data)
		if err == nil {
			return c.check(name, f.Answers(), f.Missing, p)
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

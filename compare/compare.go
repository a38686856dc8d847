package compare

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"itcheck/questions"
	"itcheck/scoring"
)

// Thresholds and sizes of the comparison.
const (
	// MixedAt is the disagreement (or role gap) at which a question is a
	// mixed signal. At 0.25 the answers place, on average, a quarter of
	// the accountability with a different party: more than the step
	// between neighbouring options of one question (in the built-in set,
	// "Every role we need is covered" and "Most are covered" are 0.35
	// apart, "IT decides, within a budget agreed in advance" and "Every
	// purchase needs leadership's sign-off" 0.5), so one person a notch off
	// among several who agree stays below it, while a split room is above.
	MixedAt = 0.25
	// NotSureMin and NotSureOneIn define a Not sure cluster: at least
	// NotSureMin respondents, and at least one answer in NotSureOneIn,
	// said Not sure. One person's Not sure is already in their own report;
	// two or more, and a third of the room, is a gap the team shares.
	NotSureMin   = 2
	NotSureOneIn = 3
	// ListLimit is the most respondents shown one by one in text and
	// markdown; larger comparisons are shown by role (JSON always lists
	// everyone).
	ListLimit = 20
	// AgendaMixed and AgendaNotSure are how many mixed signals and Not
	// sure clusters the markdown agenda takes up: a meeting's worth.
	AgendaMixed   = 5
	AgendaNotSure = 3
)

// Options tune Compare.
type Options struct {
	// SetName says where the set in use came from, for messages, like
	// "questions.yaml (built in)".
	SetName string
	// OverTime compares exactly two reports as one respondent's (or one
	// role's) over time, whatever their roles and dates. Without it, two
	// reports of the same role with different dates are compared so.
	OverTime bool
	// SideBySide compares two reports as two respondents' even when they
	// are of the same role with different dates: two people who answered
	// on different days, not one person twice. It cannot go with OverTime.
	SideBySide bool
	// Workers is how many reports are read at once; 0 means one per CPU.
	Workers int
}

// Comparison is the outcome of comparing reports.
type Comparison struct {
	Set *questions.Set
	// Respondents are grouped by role, in the set's order of roles (no
	// role last), and otherwise keep the order they were given in.
	Respondents []Respondent
	// Roles are the roles that answered, in the set's order.
	Roles []Role
	// Areas has one entry per area of the set, in order.
	Areas []Area
	// Questions are the questions compared, in the set's order.
	Questions []Question
	// Mixed lists the mixed signals, largest disagreement first.
	Mixed []*Question
	// LeftOut lists the set's questions that were not compared because
	// reports of other versions cannot speak to them.
	LeftOut []LeftOut
	// Unknown lists, per report of another version, the questions it
	// answers that the set in use does not ask.
	Unknown []Unknown
	// Twins lists the files that hold the very same answers, notes, role
	// and date as another (each group in the order given): most likely
	// one person's report saved twice, say as markdown and as JSON, and
	// counted twice. A file without a date (an answers file) is a twin of
	// one with the same answers, notes and role whatever its date: most
	// likely the report made from it.
	Twins [][]string
	// IndexDiffers lists the reports whose recorded index their answers
	// do not score, in the order given; the comparison goes by the
	// answers.
	IndexDiffers []IndexDiff
	// Inferred says the comparison was taken to be one over time from
	// the reports alone (one role, two dates), not asked for.
	Inferred bool
	// Change is the change over time between two reports, or nil.
	Change *Change
}

// Listed reports whether the respondents are few enough to show one by one.
func (c *Comparison) Listed() bool { return len(c.Respondents) <= ListLimit }

// Respondent is one report's part in the comparison.
type Respondent struct {
	Name    string // the file's name without folder and extension (the path given, when names repeat)
	File    string // the file as given
	Role    string // role id, or "" when the report names none
	Date    string
	Version string // the version of the set the report answers
	Index   int    // accountability index on the compared questions
	Band    *questions.Band
	Areas   []AreaScore // one per area of the set
	// Notes by area id, kept when the respondents are listed.
	Notes map[string]string
	masks []uint64 // chosen options by question of the set; 0 = none
}

// AreaScore is one respondent's split and verdict for one area.
type AreaScore struct {
	Split   scoring.Split
	Verdict string // "" when no compared question of the area was answered
}

// Role is one role's respondents taken together.
type Role struct {
	ID          string // "" for reports that name no role
	Label       string
	Respondents int
	Index       float64    // mean accountability index
	Areas       []RoleArea // one per area of the set
}

// RoleArea is one role's view of one area.
type RoleArea struct {
	Split    scoring.Split // mean split of the respondents who answered the area
	Scored   int           // respondents who answered the area
	Verdicts [4]int        // respondents per verdict, in questions.VerdictIDs order
	sum      scoring.Sum
}

// Common returns the verdict most respondents got (ties go to the first
// in questions.VerdictIDs) and how many got it; "" when none answered.
func (ra RoleArea) Common() (string, int) {
	best := -1
	for i, n := range ra.Verdicts {
		if n > 0 && (best < 0 || n > ra.Verdicts[best]) {
			best = i
		}
	}
	if best < 0 {
		return "", 0
	}
	return questions.VerdictIDs[best], ra.Verdicts[best]
}

// Area counts the Not sure answers in one area.
type Area struct {
	Area    *questions.Area
	Answers int // answers to its compared questions
	NotSure int // of which Not sure
	// NotSureBy counts the respondents who said Not sure to at least one
	// of its questions.
	NotSureBy int
	// Cluster is set when many said Not sure here: a Not sure cluster
	// among its questions, or NotSureMin respondents and one answer in
	// NotSureOneIn over the whole area.
	Cluster bool
}

// Question is how the respondents answered one question.
type Question struct {
	Question *questions.Question
	Area     *questions.Area
	// Answers are the distinct answers given, each with its count.
	Answers []Answer
	Placed  int // respondents whose answer places accountability
	NotSure int // respondents who said Not sure
	// Disagreement is the mean distance between the placed answers (see
	// the package comment); 0 when fewer than two placed it.
	Disagreement float64
	// Views holds each role's mean split (parallel to Comparison.Roles);
	// Placed says how many of the role placed it.
	Views []View
	// RoleGap is the distance between the two roles whose views are
	// farthest apart, GapRoles (indexes into Comparison.Roles); -1 when
	// fewer than two roles placed it.
	RoleGap  float64
	GapRoles [2]int
	Mixed    bool // disagreement or role gap reaches MixedAt
	Unsure   bool // a Not sure cluster
}

// View is one role's answers to one question, taken together.
type View struct {
	Split  scoring.Split
	Placed int
	sum    scoring.Sum
}

// Answer is one distinct answer and who gave it.
type Answer struct {
	Options []*questions.Option
	Split   scoring.Split
	NotSure bool
	Count   int
	ByRole  []int // parallel to Comparison.Roles
	mask    uint64
}

// LeftOut is a question of the set that was not compared.
type LeftOut struct {
	Question *questions.Question
	Area     *questions.Area
	Reports  []LeftOutReport
}

// LeftOutReport is a report that could not speak to a question, and why.
type LeftOutReport struct {
	File, Version, Reason string
}

// Unknown is a report's answers to questions the set in use does not ask.
type Unknown struct {
	File, Version string
	IDs           []string
}

// Compare reads the reports named (read returns a file's bytes; it is
// called from several goroutines at once) and compares them with set s.
// Every problem with every report is returned at once as *Error.
func Compare(s *questions.Set, names []string, read func(name string) ([]byte, error), opt Options) (*Comparison, error) {
	if len(names) < 2 {
		return nil, fmt.Errorf("compare needs at least two reports, got %d", len(names))
	}
	if opt.OverTime && opt.SideBySide {
		return nil, errors.New("--over-time and --side-by-side ask for opposite views; give one of them")
	}
	if opt.OverTime && len(names) != 2 {
		return nil, fmt.Errorf("--over-time compares exactly two reports, got %d", len(names))
	}
	c := &comparer{set: s, opt: opt, keepNotes: len(names) <= ListLimit, index: map[string]int{}}
	for i := range s.Areas {
		for j := range s.Areas[i].Questions {
			q := &s.Areas[i].Questions[j]
			if len(q.Options) > maxOptions {
				return nil, fmt.Errorf("question %q has %d options; compare handles at most %d", q.ID, len(q.Options), maxOptions)
			}
			c.index[q.ID] = len(c.questions)
			c.questions = append(c.questions, q)
			c.areaOf = append(c.areaOf, i)
		}
	}
	ps, err := c.readAll(names, read)
	if err != nil {
		return nil, err
	}
	cmp := &Comparison{Set: s}
	for _, p := range ps {
		if p.indexDiff != nil {
			cmp.IndexDiffers = append(cmp.IndexDiffers, *p.indexDiff)
		}
	}
	compared := c.leftOut(cmp, names, ps)
	cmp.Respondents = c.respondents(names, ps, compared)
	cmp.Twins = twins(cmp.Respondents, names)
	c.aggregate(cmp, compared)
	if !opt.SideBySide {
		cmp.Change = overTime(cmp, opt.OverTime)
		cmp.Inferred = cmp.Change != nil && !opt.OverTime
	}
	return cmp, nil
}

// comparer holds what reading and scoring share.
type comparer struct {
	set       *questions.Set
	opt       Options
	keepNotes bool
	questions []*questions.Question // every question of the set, in order
	areaOf    []int                 // area index by question
	index     map[string]int        // position in questions by id
	// Scorers for the goroutines of a pass, and those idle between passes.
	mu         sync.Mutex
	busy, idle []*scorer
}

// leftOut records the questions reports of other versions cannot speak to
// and returns which questions are compared.
func (c *comparer) leftOut(cmp *Comparison, names []string, ps []parsed) []bool {
	compared := make([]bool, len(c.questions))
	for i := range compared {
		compared[i] = true
	}
	for i, p := range ps {
		if p.leftOut == nil {
			continue
		}
		for qi, why := range p.leftOut {
			if why == "" {
				continue
			}
			if compared[qi] {
				compared[qi] = false
				cmp.LeftOut = append(cmp.LeftOut, LeftOut{Question: c.questions[qi], Area: &c.set.Areas[c.areaOf[qi]]})
			}
			for j := range cmp.LeftOut {
				if lo := &cmp.LeftOut[j]; lo.Question == c.questions[qi] {
					lo.Reports = append(lo.Reports, LeftOutReport{File: names[i], Version: p.version, Reason: why})
				}
			}
		}
		if len(p.unknown) > 0 {
			cmp.Unknown = append(cmp.Unknown, Unknown{File: names[i], Version: p.version, IDs: p.unknown})
		}
	}
	slices.SortStableFunc(cmp.LeftOut, func(a, b LeftOut) int {
		return slices.Index(c.questions, a.Question) - slices.Index(c.questions, b.Question)
	})
	return compared
}

// respondents scores every report on the compared questions, in parallel,
// and orders them by role.
func (c *comparer) respondents(names []string, ps []parsed, compared []bool) []Respondent {
	rs := make([]Respondent, len(ps))
	base := map[string]int{}
	all := !slices.Contains(compared, false)
	for i, n := range names {
		base[displayName(n)]++
		rs[i] = Respondent{File: n, Role: ps[i].role, Date: ps[i].date, Version: ps[i].version, Notes: ps[i].notes, masks: ps[i].masks}
		if all && ps[i].areas != nil {
			// Scored on every question while reading: what is compared.
			rs[i].Areas, rs[i].Index, rs[i].Band = ps[i].areas, ps[i].index, ps[i].band
		}
		for qi, ok := range compared {
			if !ok {
				rs[i].masks[qi] = 0
			}
		}
	}
	for i, n := range names {
		rs[i].Name = displayName(n)
		if base[rs[i].Name] > 1 {
			rs[i].Name = n
		}
	}
	c.scoreAll(rs)
	// Group by role, keeping the order given within each role.
	order := c.roleOrder()
	buckets := make([][]int, len(c.set.Roles)+1)
	for i := range rs {
		k := order[rs[i].Role]
		buckets[k] = append(buckets[k], i)
	}
	sorted := make([]Respondent, 0, len(rs))
	for _, b := range buckets {
		for _, i := range b {
			sorted = append(sorted, rs[i])
		}
	}
	return sorted
}

// displayName is a file's name without folder and extension.
func displayName(file string) string {
	b := filepath.Base(file)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// roleOrder numbers the set's roles in order; no role comes last.
func (c *comparer) roleOrder() map[string]int {
	order := map[string]int{"": len(c.set.Roles)}
	for i, r := range c.set.Roles {
		order[r.ID] = i
	}
	return order
}

// mul multiplies with an explicit rounding, which keeps the compiler from
// fusing it with a neighbouring addition: results are the same everywhere.
func mul(a, b float64) float64 { return float64(a * b) }

// round4 rounds to four decimals, the precision the outputs show and the
// thresholds are compared at.
func round4(v float64) float64 { return math.Round(v*10000) / 10000 }

// twins groups the respondents whose answers, notes, role, date and
// version are all the same, by file, in the order names gives them; a
// respondent without a date matches any date.
func twins(rs []Respondent, names []string) [][]string {
	order := make(map[string]int, len(names))
	for i, n := range names {
		order[n] = i
	}
	var groups [][]string
	taken := make([]bool, len(rs))
	for i := range rs {
		if taken[i] {
			continue
		}
		group := []string{rs[i].File}
		for j := i + 1; j < len(rs); j++ {
			a, b := &rs[i], &rs[j]
			sameDate := a.Date == b.Date || a.Date == "" || b.Date == ""
			if !taken[j] && a.Role == b.Role && sameDate && a.Version == b.Version &&
				slices.Equal(a.masks, b.masks) && maps.Equal(a.Notes, b.Notes) {
				taken[j] = true
				group = append(group, b.File)
			}
		}
		if len(group) > 1 {
			slices.SortFunc(group, func(x, y string) int { return order[x] - order[y] })
			groups = append(groups, group)
		}
	}
	return groups
}

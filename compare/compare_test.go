package compare

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"itcheck/questions"
	"itcheck/scoring"
)

// loadSet reads a question set from testdata or the repository.
func loadSet(tb testing.TB, path string) *questions.Set {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	s, err := questions.Parse(filepath.Base(path), data)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// fromMemory compares files held in memory, in the order of names.
func fromMemory(tb testing.TB, s *questions.Set, files map[string]string, names []string, opt Options) (*Comparison, error) {
	tb.Helper()
	return Compare(s, names, func(name string) ([]byte, error) {
		data, ok := files[name]
		if !ok {
			return nil, fmt.Errorf("cannot read %s: no such file or directory", name)
		}
		return []byte(data), nil
	}, opt)
}

// tinyAnswers are four people's answers to testdata/tiny.yaml.
var tinyAnswers = map[string]string{
	"r1.yaml": "set: tiny\nversion: 1.0.0\nrole: owner\nanswers: {q1: it, q2: [a, b], q3: 'yes', q4: x}\n",
	"r2.yaml": "set: tiny\nversion: 1.0.0\nrole: owner\nanswers: {q1: it2, q2: [a], q3: not-sure, q4: y}\n",
	"r3.yaml": "set: tiny\nversion: 1.0.0\nrole: it-lead\nanswers: {q1: lead, q2: [b], q3: not-sure, q4: x}\n",
	"r4.yaml": "set: tiny\nversion: 1.0.0\nrole: it-lead\nanswers: {q1: not-sure, q2: [a, b], q3: not-sure, q4: y}\n",
}

func tiny(t *testing.T) *Comparison {
	t.Helper()
	s := loadSet(t, "testdata/tiny.yaml")
	c, err := fromMemory(t, s, tinyAnswers, []string{"r1.yaml", "r2.yaml", "r3.yaml", "r4.yaml"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestDisagreementByHand checks the measure against arithmetic done by
// hand on testdata/tiny.yaml. d is half the L1 distance between splits
// (it, leadership, unclear).
func TestDisagreementByHand(t *testing.T) {
	c := tiny(t)
	q := map[string]*Question{}
	for i := range c.Questions {
		q[c.Questions[i].Question.ID] = &c.Questions[i]
	}

	// q1: r1 "it" (1,0,0) and r2 "it2" (1,0,0) are owners, r3 "lead"
	// (0,1,0) is the IT lead, r4 is Not sure and left out. Pairs: r1-r2
	// d=0 (different options, same place), r1-r3 d=½(1+1)=1, r2-r3 d=1.
	// D = (0+1+1)/3 = 2/3. Owner view (1,0,0), IT lead view (0,1,0):
	// gap 1.
	q1 := q["q1"]
	if !near(q1.Disagreement, 2.0/3) || q1.Placed != 3 || q1.NotSure != 1 {
		t.Errorf("q1: disagreement %v placed %d not sure %d; want 2/3, 3, 1", q1.Disagreement, q1.Placed, q1.NotSure)
	}
	if !near(q1.RoleGap, 1) || c.seenBy(q1) != "Owner and IT lead" {
		t.Errorf("q1: role gap %v seen by %q; want 1, Owner and IT lead", q1.RoleGap, c.seenBy(q1))
	}

	// q2 (multi, the worst ticked option counts): r1 [a,b] counts b
	// (0,1,0), r2 [a] (1,0,0), r3 [b] (0,1,0), r4 [a,b] (0,1,0). Distinct
	// answers {a,b}×2, {a}×1, {b}×1: d({a,b},{a}) = 1, d({a,b},{b}) = 0,
	// d({a},{b}) = 1. Σ c·c·d = 2·1·1 + 2·1·0 + 1·1·1 = 3 over 4·3/2 = 6
	// pairs: D = ½. Owner view (½,½,0), IT lead view (0,1,0): gap
	// ½(½+½) = ½.
	q2 := q["q2"]
	if !near(q2.Disagreement, 0.5) || !near(q2.RoleGap, 0.5) {
		t.Errorf("q2: disagreement %v role gap %v; want 0.5, 0.5", q2.Disagreement, q2.RoleGap)
	}

	// q3: three of four said Not sure: a cluster (≥2 and ≥ one in three);
	// only one placed it, so no disagreement and no mixed signal.
	q3 := q["q3"]
	if !q3.Unsure || q3.Mixed || q3.Disagreement != 0 || q3.NotSure != 3 {
		t.Errorf("q3: unsure %v mixed %v disagreement %v not sure %d; want a cluster, not mixed", q3.Unsure, q3.Mixed, q3.Disagreement, q3.NotSure)
	}

	// q4: "x" and "y" are different options with the same split
	// (0.6,0.4,0): no disagreement at all.
	q4 := q["q4"]
	if q4.Disagreement != 0 || q4.RoleGap != 0 || q4.Mixed {
		t.Errorf("q4: disagreement %v role gap %v mixed %v; want 0, 0, false", q4.Disagreement, q4.RoleGap, q4.Mixed)
	}

	// Mixed signals, largest disagreement first: q1 (0.67), q2 (0.5).
	var mixed []string
	for _, m := range c.Mixed {
		mixed = append(mixed, m.Question.ID)
	}
	if !slices.Equal(mixed, []string{"q1", "q2"}) {
		t.Errorf("mixed signals %v, want [q1 q2]", mixed)
	}

	// The agenda: the two mixed signals, then the Not sure cluster with
	// the Not sure option's advice and the roles that said it.
	ag := c.Agenda()
	if len(ag) != 3 || ag[2].Kind != KindNotSure || ag[2].Advice == nil || ag[2].Advice.Text != "Ask around." {
		t.Fatalf("agenda %+v", ag)
	}
	if got := c.room(ag[0]); got != "Owner and IT lead, who see it differently, and whoever speaks for IT and Leadership" {
		t.Errorf("room for q1: %q", got)
	}
	if got := c.room(ag[2]); got != "Owner and IT lead, who said Not sure, and whoever speaks for IT and Leadership" {
		t.Errorf("room for q3: %q", got)
	}
}

func TestMaskOrderAndDistance(t *testing.T) {
	// (|9000-1000| + |1000-2000| + |0-7000|) / 2 = 8000: 0.8
	if d := split3(9000, 1000, 0).Distance(split3(1000, 2000, 7000)); d != 0.8 {
		t.Errorf("distance %v, want 0.8", d)
	}
	masks := []uint64{0b100, 0b011, 0b001, 0b010}
	slices.SortFunc(masks, maskOrder)
	if !slices.Equal(masks, []uint64{0b011, 0b001, 0b010, 0b100}) {
		t.Errorf("order %b", masks)
	}
}

// TestIndexMatchesScoring holds compare's scores to the scoring package:
// area splits, verdicts and index, for complete and partial answers.
func TestIndexMatchesScoring(t *testing.T) {
	s := builtin(t)
	names, read := generated(t, s, 300)
	c, err := Compare(s, names, read, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Respondents {
		data, _ := read(r.File)
		want := scoreReport(t, s, r.File, data)
		if r.Index != want.Index {
			t.Fatalf("%s: index %d, scoring says %d", r.File, r.Index, want.Index)
		}
		for i, ar := range want.Areas {
			if r.Areas[i].Split != ar.Split || r.Areas[i].Verdict != ar.Verdict {
				t.Fatalf("%s: area %s %+v, scoring says %+v %s", r.File, ar.Area.ID, r.Areas[i], ar.Split, ar.Verdict)
			}
		}
	}
}

func TestRefusals(t *testing.T) {
	s := loadSet(t, "testdata/tiny.yaml")
	files := map[string]string{
		"ok.yaml":    tinyAnswers["r1.yaml"],
		"ok2.yaml":   tinyAnswers["r2.yaml"],
		"other.yaml": "set: other\nversion: 1.0.0\nanswers: {q1: it}\n",
		"bad.yaml":   "set: tiny\nversion: 1.0.0\nanswers: {q1: nope}\n",
		"notes.md":   "# Meeting notes\n",
	}
	_, err := fromMemory(t, s, files, []string{"ok.yaml", "other.yaml", "gone.md", "bad.yaml", "notes.md", "ok2.yaml"}, Options{SetName: "tiny.yaml"})
	ce, ok := err.(*Error)
	if !ok || len(ce.Problems) != 4 {
		t.Fatalf("want 4 problems, got %v", err)
	}
	want := []string{
		`other.yaml: answers question set "other", but the questions in use are "tiny" (tiny.yaml); compare reports of one set, or pass theirs with --questions`,
		"cannot read gone.md: no such file or directory",
		`bad.yaml:3:15: question "q1" has no option "nope" (expected one of: it, it2, lead, not-sure)`,
		"notes.md: not an itcheck report: it has no data block (itcheck ends a report with a ```yaml itcheck block inside <details>; older reports start with front matter, a line ---)",
	}
	for i, p := range ce.Problems {
		if p.Error() != want[i] {
			t.Errorf("problem %d:\n got %s\nwant %s", i, p, want[i])
		}
	}
	if _, err := fromMemory(t, s, files, []string{"ok.yaml"}, Options{}); err == nil {
		t.Error("one report compared")
	}
}

// TestOtherVersion compares a report of another version on the questions
// both versions share.
func TestOtherVersion(t *testing.T) {
	s := loadSet(t, "testdata/tiny.yaml")
	files := map[string]string{
		"new.yaml": tinyAnswers["r1.yaml"],
		"old.yaml": "set: tiny\nversion: 0.9.0\nrole: it-lead\nanswers: {q1: lead, q2: [gone], q3: 'yes', q0: whatever}\n",
	}
	c, err := fromMemory(t, s, files, []string{"new.yaml", "old.yaml"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, q := range c.Questions {
		ids = append(ids, q.Question.ID)
	}
	if !slices.Equal(ids, []string{"q1", "q3"}) {
		t.Errorf("compared %v, want [q1 q3]", ids)
	}
	if len(c.LeftOut) != 2 || c.LeftOut[0].Reports[0].Reason != `option "gone" is not in this version` ||
		c.LeftOut[1].Reports[0].Reason != "not in version 0.9.0" {
		t.Errorf("left out %+v", c.LeftOut)
	}
	if len(c.Unknown) != 1 || !slices.Equal(c.Unknown[0].IDs, []string{"q0"}) {
		t.Errorf("unknown %+v", c.Unknown)
	}
}

func TestOverTime(t *testing.T) {
	s := builtin(t)
	c := fromDir(t, s, "testdata/time", Options{})
	ch := c.Change
	if ch == nil {
		t.Fatal("two reports of one role at different dates are not compared over time")
	}
	if ch.From.Date != "2026-03-01" || ch.To.Date != "2027-03-01" || len(ch.Moved) != 2 {
		t.Errorf("change %s → %s, %d moved", ch.From.Date, ch.To.Date, len(ch.Moved))
	}
	if !c.Inferred {
		t.Error("a comparison over time taken from the reports alone is not marked Inferred")
	}
	if c := fromDir(t, s, "testdata/team", Options{}); c.Change != nil || c.Inferred {
		t.Error("three reports compared over time")
	}
	// Asked for, it is not inferred; side by side, there is no change.
	if c := fromDir(t, s, "testdata/time", Options{OverTime: true}); c.Change == nil || c.Inferred {
		t.Errorf("--over-time: change %v, inferred %v", c.Change != nil, c.Inferred)
	}
	c = fromDir(t, s, "testdata/time", Options{SideBySide: true})
	if c.Change != nil || c.Inferred || len(c.Respondents) != 2 {
		t.Errorf("--side-by-side: change %v, inferred %v, %d respondents", c.Change != nil, c.Inferred, len(c.Respondents))
	}
}

func split3(it, lead, unclear scoring.Share) scoring.Split {
	return scoring.Split{IT: it, Leadership: lead, Unclear: unclear}
}

// Calibration case C12: an owner answers as in C1 (everything in place),
// the IT lead as in C2 (the last budget came in well below IT's
// recommendation). The team view must flag the budget question as a mixed
// signal that the two roles see differently.
func TestCalibrationMixedBudget(t *testing.T) {
	s := loadSet(t, "../questions.yaml")
	files := map[string]string{}
	names := []string{"../examples/calibration/c01-all-in-place.yaml", "../examples/calibration/c02-budget-well-below.yaml"}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		files[n] = string(data)
	}
	c, err := fromMemory(t, s, files, names, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var mixed []string
	for _, q := range c.Mixed {
		mixed = append(mixed, q.Question.ID)
		if q.Question.ID == "budget-vs-recommendation" {
			// met (1,0,0) against well-below (0,1,0): d = 1
			if q.Disagreement != 1 || c.seenBy(q) != "Executive or owner and IT lead" {
				t.Errorf("budget: disagreement %v seen by %q; want 1, Executive or owner and IT lead", q.Disagreement, c.seenBy(q))
			}
		}
	}
	if !slices.Equal(mixed, []string{"budget-vs-recommendation"}) {
		t.Errorf("mixed signals %v, want the budget question alone", mixed)
	}
}

// TestTwins: the same report saved twice (here, one file under two
// names) is found, once, with its files in the order given; reports
// that differ in anything compared are not twins.
func TestTwins(t *testing.T) {
	s := loadSet(t, "../questions.yaml")
	read := func(n string) string {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	owner, mature := read("../examples/owner-led-shop.md"), read("../examples/mature-it.md")
	files := map[string]string{
		"b/owner.md": owner, "a/owner-copy.md": owner, "mature.md": mature,
		"owner-later.md": strings.Replace(owner, "date: 2026-11-27", "date: 2026-11-28", 1),
	}
	names := []string{"b/owner.md", "mature.md", "owner-later.md", "a/owner-copy.md"}
	c, err := fromMemory(t, s, files, names, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{"b/owner.md", "a/owner-copy.md"}}; !reflect.DeepEqual(c.Twins, want) {
		t.Errorf("twins %q, want %q", c.Twins, want)
	}
	if c, err := fromMemory(t, s, files, []string{"b/owner.md", "mature.md"}, Options{}); err != nil || c.Twins != nil {
		t.Errorf("different reports taken for twins: %q (%v)", c.Twins, err)
	}
	// Answers without a date and the report made from them.
	files["owner-undated.md"] = strings.Replace(owner, "date: 2026-11-27\n", "", 1)
	c, err = fromMemory(t, s, files, []string{"owner-later.md", "mature.md", "owner-undated.md"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]string{{"owner-later.md", "owner-undated.md"}}; !reflect.DeepEqual(c.Twins, want) {
		t.Errorf("twins %q, want %q", c.Twins, want)
	}
}

// TestUnknownRoleGuess: a report of another version that names a role the
// set does not have is refused with the guess every other reader offers.
func TestUnknownRoleGuess(t *testing.T) {
	s := loadSet(t, "testdata/tiny.yaml")
	files := map[string]string{
		"new.yaml": tinyAnswers["r1.yaml"],
		"old.yaml": "set: tiny\nversion: 0.9.0\nrole: it-laed\nanswers: {q1: lead}\n",
	}
	_, err := fromMemory(t, s, files, []string{"new.yaml", "old.yaml"}, Options{})
	want := `old.yaml:3:7: unknown role "it-laed" (did you mean "it-lead"? expected one of: owner, it-lead)`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// TestIndexDiffers: a report whose recorded index its answers do not
// score is named, with where the index stands, in the fast layout and the
// earlier one; a report of another text of the set is not held to it.
func TestIndexDiffers(t *testing.T) {
	s := loadSet(t, "../questions.yaml")
	data, err := os.ReadFile("../examples/mature-it.md")
	if err != nil {
		t.Fatal(err)
	}
	mature := string(data)
	edited := strings.Replace(mature, "\nindex: 100\n", "\nindex: 7\n", 1)
	if edited == mature {
		t.Fatal("no index: 100 in mature-it.md")
	}
	files := map[string]string{
		"mature.md": mature,
		"edited.md": edited,
		// Not the fast layout: read in full.
		"commented.md":  strings.Replace(edited, "\nindex: 7\n", "\nindex: 7 # by hand\n", 1),
		"other-text.md": strings.Replace(edited, "\nhash: ", "\nhash: 0", 1),
	}
	c, err := fromMemory(t, s, files, []string{"mature.md", "edited.md", "other-text.md", "commented.md"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// The line of "index: 7", counted from the file: column 8 is the 7.
	line := strings.Count(edited[:strings.Index(edited, "\nindex: 7\n")+1], "\n") + 1
	want := []IndexDiff{
		{File: "edited.md", Pos: questions.Pos{Line: line, Col: 8}, Recorded: 7, Scored: 100},
		{File: "commented.md", Pos: questions.Pos{Line: line, Col: 8}, Recorded: 7, Scored: 100},
	}
	if !reflect.DeepEqual(c.IndexDiffers, want) {
		t.Errorf("index differs: %+v\nwant %+v", c.IndexDiffers, want)
	}
	for _, r := range c.Respondents {
		if r.Index != 100 {
			t.Errorf("%s compared with index %d, want its answers' 100", r.File, r.Index)
		}
	}
}

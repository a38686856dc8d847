package scoring

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"itcheck/questions"
)

// builtin parses the built-in question set.
func builtin(t *testing.T) *questions.Set { return parseSet(t, "../questions.yaml") }

func scoreFile(t *testing.T, s *questions.Set, name string) *Result {
	t.Helper()
	path := filepath.Join("..", "examples", "calibration", name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := questions.ParseAnswers(path, data)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Check(path, a, questions.CheckOptions{}); err != nil {
		t.Fatal(err)
	}
	return Score(s, a)
}

// verdicts lists the areas' verdicts in the set's order, an unknown area
// as "unknown".
func verdicts(r *Result) []string {
	var out []string
	for i := range r.Areas {
		out = append(out, r.Areas[i].Reason())
	}
	return out
}

// firstRecs returns the causes (or, without one, option ids, or the
// verdict of an area's advice) of the first n recommendations.
func firstRecs(r *Result, n int) []string {
	var out []string
	for _, rec := range r.Recommendations[:min(n, len(r.Recommendations))] {
		switch {
		case rec.Cause != "":
			out = append(out, rec.Area.ID+":"+rec.Cause)
		case rec.Option != nil:
			out = append(out, rec.Area.ID+":"+rec.Option.ID)
		default:
			out = append(out, rec.Area.ID+":"+rec.Verdict)
		}
	}
	return out
}

// The calibration cases are the model's contract with the article: each
// situation, written as an answers file in examples/calibration, must get
// the verdict the article gives it. The README's table lists them.
func TestCalibration(t *testing.T) {
	s := builtin(t)
	const top = "hold-to-account"
	allText := func(r *Result) string {
		var b strings.Builder
		for _, rec := range r.Recommendations {
			b.WriteString(rec.Text + "\n")
		}
		return b.String()
	}
	tests := []struct {
		file  string
		check func(t *testing.T, r *Result)
	}{
		{"c01-all-in-place.yaml", func(t *testing.T, r *Result) {
			if got := verdicts(r); !slices.Equal(got, []string{"it", "it", "it", "it"}) || r.Index != 100 || r.Band.ID != top {
				t.Errorf("verdicts %v, index %d, band %s; want all it, 100, %s", got, r.Index, r.Band.ID, top)
			}
		}},
		{"c02-budget-well-below.yaml", func(t *testing.T, r *Result) {
			if v := r.Areas[2].Verdict; v != "leadership" || r.Band.ID == top {
				t.Errorf("budget %s, band %s; want leadership, not the top band", v, r.Band.ID)
			}
			if got := firstRecs(r, 1); got[0] != "budget:under-funded" {
				t.Errorf("first recommendation %v, want the budget's", got)
			}
		}},
		{"c03-unbacked-direction.yaml", func(t *testing.T, r *Result) {
			if v := r.Areas[0].Verdict; v != "leadership" {
				t.Errorf("strategy %s, want leadership", v)
			}
		}},
		{"c04-it-sets-direction.yaml", func(t *testing.T, r *Result) {
			if v := r.Areas[0].Verdict; v != "it" {
				t.Errorf("strategy %s, want it", v)
			}
			if got := firstRecs(r, 3); !slices.Contains(got, "strategy:it-led-direction") {
				t.Errorf("first three %v, want the business-objectives warning among them", got)
			}
		}},
		{"c05-title-without-experience.yaml", func(t *testing.T, r *Result) {
			if v := r.Areas[1].Verdict; v != "leadership" {
				t.Errorf("resources %s, want leadership", v)
			}
			if !strings.Contains(allText(r), "bookkeeper") {
				t.Error("no recommendation makes the bookkeeper point")
			}
		}},
		{"c06-critical-roles-missing.yaml", func(t *testing.T, r *Result) {
			if v := r.Areas[1].Verdict; v != "leadership" && v != "cloudy" {
				t.Errorf("resources %s, want leadership or cloudy", v)
			}
		}},
		{"c07-tools-bypass-it.yaml", func(t *testing.T, r *Result) {
			if v := r.Areas[3].Verdict; v != "cloudy" && v != "leadership" {
				t.Errorf("change %s, want cloudy or leadership", v)
			}
			text := allText(r)
			for _, harm := range []string{"IT's desk", "security and policy checks", "duplicate systems", "splitting its data", "at minimum, reach IT before launch"} {
				if !strings.Contains(text, harm) {
					t.Errorf("no recommendation says %q (the three harms of going around IT, and the fix)", harm)
				}
			}
			// The process and the late notice share one cause: one
			// recommendation, not two.
			if n := strings.Count(strings.Join(firstRecs(r, 99), " "), "change:changes-bypass-it"); n != 1 {
				t.Errorf("%d recommendations for changes bypassing IT, want 1", n)
			}
		}},
		{"c08-it-told-before-launch.yaml", func(t *testing.T, r *Result) {
			if v := r.Areas[3].Verdict; v != "it" && v != "shared" {
				t.Errorf("change %s, want it or shared", v)
			}
		}},
		{"c09-not-sure-everywhere.yaml", func(t *testing.T, r *Result) {
			if got := verdicts(r); !slices.Equal(got, []string{"unknown", "unknown", "unknown", "unknown"}) || r.Index != 0 || !r.NotKnown {
				t.Errorf("verdicts %v, index %d, not known %v; want all cloudy from Not sure, 0, the nobody-can-say headline", got, r.Index, r.NotKnown)
			}
			if h, _ := r.Headline(); h != r.Set.NotKnown.Headline {
				t.Errorf("headline %q", h)
			}
			// Not knowing gets advice about finding out, never advice that
			// presumes what happened.
			if text := allText(r); strings.Contains(text, "Changes happen without IT") {
				t.Errorf("advice presumes changes bypass IT:\n%s", text)
			}
		}},
		{"c10-budget-not-known.yaml", func(t *testing.T, r *Result) {
			if v := r.Areas[2].Reason(); v != "unknown" || r.Band.ID == top {
				t.Errorf("budget %s, band %s; want cloudy from Not sure, not the top band", v, r.Band.ID)
			}
			if len(r.HeldBack) != 1 || r.HeldBack[0].Area.ID != "budget" {
				t.Errorf("held back by %v, want the budget alone", r.HeldBack)
			}
		}},
		{"c11-worst-everywhere.yaml", func(t *testing.T, r *Result) {
			if r.Index > 10 || slices.Contains(verdicts(r), "it") {
				t.Errorf("index %d, verdicts %v; want at most 10 and no area on IT", r.Index, verdicts(r))
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r := scoreFile(t, s, tt.file)
			if !r.Complete() {
				t.Fatalf("missing %v", r.Missing)
			}
			tt.check(t, r)
		})
	}
	files, _ := filepath.Glob("../examples/calibration/*.yaml")
	if len(files) != len(tests) {
		t.Errorf("%d calibration files, %d cases: every file needs its expected verdict", len(files), len(tests))
	}
}

// dominates reports whether choice a puts at least as much in IT's hands
// as choice b: the split that counts has no lower IT share and no higher
// unclear share. Limits are not compared: an answer with a higher IT
// share must not bring a tighter limit than the answers below it.
func dominates(a, b []*questions.Option) bool {
	ca, cb := Counted(a), Counted(b)
	return ca.Split.IT >= cb.Split.IT && ca.Split.Unclear <= cb.Split.Unclear
}

func capOf(os []*questions.Option) questions.Share {
	c := questions.One
	for _, o := range os {
		c = min(c, o.Cap())
	}
	return c
}

// Over every way of answering each area of the built-in set: changing one
// answer to one that puts more in IT's hands never lowers IT's share of
// the area, and never moves an area IT carries off IT.
func TestMoreInITsHandsNeverHurts(t *testing.T) {
	s := builtin(t)
	for i := range s.Areas {
		area := &s.Areas[i]
		checked := 0
		complete := eachCombination(area, func(chosen [][]*questions.Option) {
			before := evalArea(area, chosen, s.Scoring)
			for j := range area.Questions {
				for _, alt := range choicesOf(&area.Questions[j]) {
					if !dominates(alt, chosen[j]) {
						continue
					}
					changed := slices.Clone(chosen)
					changed[j] = alt
					after := evalArea(area, changed, s.Scoring)
					checked++
					if after.Split.IT < before.Split.IT {
						t.Fatalf("area %s: %s from %v to %v lowers IT's share %v -> %v", area.ID, area.Questions[j].ID, ids(chosen[j]), ids(alt), before.Split.IT, after.Split.IT)
					}
					if before.Verdict == questions.VerdictIT && after.Verdict != questions.VerdictIT {
						t.Fatalf("area %s: %s from %v to %v moves the area off IT (%s)", area.ID, area.Questions[j].ID, ids(chosen[j]), ids(alt), after.Verdict)
					}
				}
			}
		})
		if !complete || checked == 0 {
			t.Errorf("area %s: not every combination checked (%d changes)", area.ID, checked)
		}
	}
}

// Ticking one more problem in a multi question never raises IT's share.
func TestAddedProblemNeverRaisesIT(t *testing.T) {
	s := builtin(t)
	for i := range s.Areas {
		for j := range s.Areas[i].Questions {
			q := &s.Areas[i].Questions[j]
			if !q.Multi() {
				continue
			}
			for _, set := range choicesOf(q) {
				for k := range q.Options {
					o := &q.Options[k]
					if o.Alone() || slices.Contains(set, o) || set[0].Alone() {
						continue
					}
					more := append(slices.Clone(set), o)
					if Counted(more).Split.IT > Counted(set).Split.IT || capOf(more) > capOf(set) {
						t.Errorf("%s: ticking %s after %v raises IT's share", q.ID, o.ID, ids(set))
					}
				}
			}
		}
	}
}

func ids(os []*questions.Option) []string {
	var out []string
	for _, o := range os {
		out = append(out, o.ID)
	}
	return out
}

func TestBuiltinSetHasNoDeadRules(t *testing.T) {
	if ps := Lint("questions.yaml", builtin(t)); len(ps) > 0 {
		t.Errorf("the built-in set has rules that never take effect:\n%v", ps)
	}
}

package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"itcheck/questions"
	"itcheck/scoring"
)

func TestTextExplain(t *testing.T) {
	out := ansi.Strip(Text(mixedResult(t), TextOptions{Width: 80, Explain: true}))
	golden.RequireEqual(t, out)
	for i, l := range strings.Split(out, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("line %d is %d wide", i+1, w)
		}
		if strings.ContainsRune(l, '\u00a0') {
			t.Errorf("line %d keeps a non-breaking space: %q", i+1, l)
		}
	}
	why := out[strings.Index(out, labelWhy):strings.Index(out, labelRecs)]
	for _, l := range strings.Split(why, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "+") {
			t.Errorf("a party and its points are split across lines at %q", l)
		}
	}
}

func TestMarkdownExplain(t *testing.T) {
	r := incompleteResult(t)
	md := MarkdownWith(r, testMeta, MarkdownOptions{Explain: true})
	golden.RequireEqual(t, md)
	checkStructure(t, r, md)
	plain := Markdown(r, testMeta)
	if !bytes.Equal(MarkdownWith(r, testMeta, MarkdownOptions{}), plain) {
		t.Error("MarkdownWith without options differs from Markdown")
	}
	if !bytes.Equal(md[len(Body(md)):], plain[len(Body(plain)):]) {
		t.Error("explaining changes the data block")
	}
}

// TestExplainAddsUp checks the promise the explanation makes: each
// party's points over an area's answers add up to its share of the area
// before limits (to within the rounding of each answer's points to a
// basis point), the limits account for the rest, and answers come largest
// part of the area first.
func TestExplainAddsUp(t *testing.T) {
	for _, r := range []*scoring.Result{mixedResult(t), incompleteResult(t), sampleResult(t)} {
		es := Explain(r)
		if len(es) != len(r.Areas) {
			t.Fatalf("%d explanations for %d areas", len(es), len(r.Areas))
		}
		for i, ar := range r.Areas {
			var sum scoring.Split
			for _, qr := range ar.Questions {
				sum.IT += qr.Contribution.IT
				sum.Leadership += qr.Contribution.Leadership
				sum.Unclear += qr.Contribution.Unclear
			}
			for _, p := range questions.PartyIDs {
				if d := sum.Of(p) - ar.Mean.Of(p); d > scoring.Share(ar.Answered) || -d > scoring.Share(ar.Answered) {
					t.Errorf("%s: %s points add up to %v, share is %v", ar.Area.ID, p, sum.Of(p), ar.Mean.Of(p))
				}
			}
			moved := ar.Mean.IT
			for _, l := range ar.Limits {
				moved -= l.Moved
			}
			if moved != ar.Split.IT || len(es[i].Limits) != len(ar.Limits) {
				t.Errorf("%s: limits explain IT %v -> %v in %d lines; area IT is %v", ar.Area.ID, ar.Mean.IT, moved, len(es[i].Limits), ar.Split.IT)
			}
			if n := len(es[i].Answers); ar.Scored() && n != len(ar.Questions) {
				t.Errorf("%s: %d lines for %d questions", ar.Area.ID, n, len(ar.Questions))
			}
			if !ar.Scored() {
				if es[i].Split != "" || es[i].Rule != "" || es[i].Verdict != labelNotAnswered || len(es[i].Answers) > 0 {
					t.Errorf("%s: an unanswered area is explained as %+v", ar.Area.ID, es[i])
				}
				continue
			}
			last := 101.0
			for _, line := range es[i].Answers {
				_, rest, ok := strings.Cut(line, "% "+labelPartOf)
				if !ok {
					if !strings.HasSuffix(line, labelNotScored) {
						t.Errorf("%s: odd line %q", ar.Area.ID, line)
					}
					last = -1
					continue
				}
				_ = rest
				head := line[:strings.Index(line, "% "+labelPartOf)]
				pct := head[strings.LastIndex(head, " ")+1:]
				v := parseFloat(t, pct)
				if v > last {
					t.Errorf("%s: %q comes after a smaller part", ar.Area.ID, line)
				}
				last = v
			}
		}
	}
}

func parseFloat(t *testing.T, s string) float64 {
	t.Helper()
	v, whole, frac, scale := 0.0, true, 0.0, 1.0
	for _, c := range s {
		switch {
		case c == '.':
			whole = false
		case c >= '0' && c <= '9' && whole:
			v = v*10 + float64(c-'0')
		case c >= '0' && c <= '9':
			scale /= 10
			frac += float64(c-'0') * scale
		default:
			t.Fatalf("not a number: %q", s)
		}
	}
	return v + frac
}

func TestRuleWords(t *testing.T) {
	s := loadSet(t, "testdata/set.yaml")
	for _, c := range []struct {
		split scoring.Split
		want  string
	}{
		{split(0.2, 0.4, 0.4), "Nobody clear reaches 35%, so: Cloudy."},
		{split(0.7, 0.2, 0.1), "Nobody clear is under 35% and IT team reaches 60%, so: IT carries it."},
		{split(0.1, 0.8, 0.1), "Nobody clear is under 35% and Leadership reaches 60%, so: Leadership carries it."},
		{split(0.45, 0.45, 0.1), "Nobody clear is under 35% and neither IT team nor Leadership reaches 60%, so: Shared."},
	} {
		ar := &scoring.AreaResult{Area: &s.Areas[0], Split: c.split, Answered: 1}
		ar.Verdict = verdictFor(s, c.split)
		if got := ruleWords(s, ar); got != c.want {
			t.Errorf("rule for %+v = %q, want %q", c.split, got, c.want)
		}
	}
}

// verdictFor scores a one-question area with the given split, to get the
// verdict scoring itself gives.
func verdictFor(s *questions.Set, sp scoring.Split) string {
	q := questions.Question{ID: "q", Options: []questions.Option{{ID: "o", Split: questions.Split{
		IT: sp.IT, Leadership: sp.Leadership, Unclear: sp.Unclear}}}}
	set := *s
	set.Areas = []questions.Area{{ID: "a", Questions: []questions.Question{q}}}
	r := scoring.Score(&set, &questions.Answers{Answers: map[string]questions.Choice{"q": questions.Single("o")}})
	return r.Areas[0].Verdict
}

// TestSplitWordsNearThreshold: a share just under a threshold must not
// read as reaching it.
func TestSplitWordsNearThreshold(t *testing.T) {
	s := loadSet(t, "testdata/set.yaml")
	got := splitWords(s, split(0.3501, 0.30, 0.3499))
	if want := "IT team 35%, Leadership 30%, Nobody clear 34.99%"; got != want {
		t.Errorf("splitWords = %q, want %q", got, want)
	}
	for _, c := range []struct {
		v    float64
		t    questions.Share
		want string
	}{
		{0.5, 6000, "50"}, {0.59999, 6000, "59.999"}, {0.6, 6000, "60"}, {0.3333, 3333, "33.33"}, {0.33329, 3333, "33"}, {0.33334, 3333, "33.33"},
	} {
		if got := percentAgainst(c.v, c.t); got != c.want {
			t.Errorf("percentAgainst(%v, %v) = %q, want %q", c.v, c.t, got, c.want)
		}
	}
}

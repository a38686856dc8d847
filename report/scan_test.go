package report

import (
	"bytes"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"itcheck/questions"
	"itcheck/scoring"
)

// sameAsParse checks that whenever Scan accepts data, ParseReport accepts
// it too and reads the same values. It reports whether Scan accepted it.
func sameAsParse(t *testing.T, name string, data []byte) bool {
	t.Helper()
	f, ok := Scan(data)
	if !ok {
		return false
	}
	fm, err := ParseReport(name, data)
	if err != nil {
		t.Fatalf("%s: Scan accepts what ParseReport refuses (%v):\n%s", name, err, data)
	}
	a := fm.Answers()
	if f.Set != a.Set || f.Version != a.Version || f.Role != a.Role || f.Date != a.Date {
		t.Fatalf("%s: header %+v, ParseReport %q %q %q %q", name, f.Header, a.Set, a.Version, a.Role, a.Date)
	}
	got := map[string]questions.Choice{}
	for _, sa := range f.Answers {
		got[sa.Question] = questions.Choice{IDs: sa.IDs, List: sa.List}
	}
	if len(got) != len(a.Answers) {
		t.Fatalf("%s: answers %v, ParseReport %v", name, got, a.Answers)
	}
	for id, c := range a.Answers {
		if g, ok := got[id]; !ok || !slices.Equal(g.IDs, c.IDs) || g.List != c.List {
			t.Fatalf("%s: answer %s %+v, ParseReport %+v", name, id, g, c)
		}
	}
	if !slices.Equal(f.Missing, fm.Missing) && len(f.Missing)+len(fm.Missing) > 0 {
		t.Fatalf("%s: missing %v, ParseReport %v", name, f.Missing, fm.Missing)
	}
	if !maps.Equal(f.Notes, fm.Notes) && len(f.Notes)+len(fm.Notes) > 0 {
		t.Fatalf("%s: notes %q, ParseReport %q", name, f.Notes, fm.Notes)
	}
	return true
}

// randomReports writes n reports of the built-in set with random answers
// (some Not sure, some unanswered, some notes on one or two lines, with
// characters markdown escapes), the same for the same seed.
func randomReports(t *testing.T, n int, seed uint64) [][]byte {
	s := loadSet(t, "../questions.yaml")
	rng := rand.New(rand.NewPCG(seed, seed+1))
	notes := []string{"We talked about it.", "Two lines:\nthe *second* | one.", "Ask [me] later #1"}
	var out [][]byte
	for i := range n {
		a := &questions.Answers{Set: s.ID, Version: s.Version, Role: s.Roles[rng.IntN(len(s.Roles))].ID,
			Answers: map[string]questions.Choice{}, Notes: map[string]string{}}
		for _, ar := range s.Areas {
			for _, q := range ar.Questions {
				if rng.IntN(10) == 0 {
					continue // left unanswered
				}
				o := q.Options[rng.IntN(len(q.Options))]
				c := questions.Single(o.ID)
				if q.Multi() {
					c = questions.Many(o.ID)
					if !o.Alone() {
						for _, o2 := range q.Options {
							if o2.ID != o.ID && !o2.Alone() && rng.IntN(2) == 0 {
								c.IDs = append(c.IDs, o2.ID)
							}
						}
					}
				}
				a.Answers[q.ID] = c
			}
			if rng.IntN(4) == 0 {
				a.Notes[ar.ID] = notes[rng.IntN(len(notes))]
			}
		}
		date := fmt.Sprintf("2026-%02d-%02d", 1+i%12, 1+i%28)
		out = append(out, Markdown(scoring.Score(s, a), Meta{Tool: "itcheck v0.1.0", Date: date}))
	}
	return out
}

// baseReport is a report whose front matter the variations below edit.
func baseReport(t *testing.T) []byte {
	s := loadSet(t, "../questions.yaml")
	a := &questions.Answers{Set: s.ID, Version: s.Version, Role: "executive", Answers: map[string]questions.Choice{},
		Notes: map[string]string{"budget": "We fund what IT asks for."}}
	for _, ar := range s.Areas {
		for _, q := range ar.Questions {
			c := questions.Single(scoring.Best(&q).ID)
			if q.Multi() {
				c = questions.Many(c.IDs...)
			}
			a.Answers[q.ID] = c
		}
	}
	a.Answers["resources-who-to-call"] = questions.Single("mostly")
	return Markdown(scoring.Score(s, a), testMeta)
}

// TestScan checks Scan against ParseReport on generated reports, the
// examples, and variations that Scan must leave to ParseReport.
func TestScan(t *testing.T) {
	for i, data := range randomReports(t, 200, 7) {
		if !sameAsParse(t, fmt.Sprintf("random-%d.md", i), data) {
			t.Errorf("random report %d is not scanned:\n%s", i, data)
		}
	}
	files, _ := filepath.Glob("../examples/*.md")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		if !sameAsParse(t, f, data) {
			t.Errorf("%s is not scanned", f)
		}
	}
	base := baseReport(t)
	if !sameAsParse(t, "earlier.md", earlierLayout(t, base)) {
		t.Errorf("a report in the earlier layout is not scanned")
	}
	for _, tc := range []struct{ old, new string }{
		{"role: executive", "role: executive # the owner"},
		{"role: executive", "role: \"exec\\u0075tive\""},
		{"version: 2.0.0", "version: 2.0.0\nversion: 2.0.1"},
		{"answers:\n", "answers:\n  # comment\n"},
		{"strategy-goals: written", "strategy-goals: \"written"},
		{"change-aftermath: [none-without-it]", "change-aftermath:\n    - none"},
		{"index: 98", "index: 98.5"},
		{"complete: true", "complete: yes"},
		{"date: 2026-11-27", "date: 2026-13-45"},
		{"date: 2026-11-27", "date: yesterday"},
		{"it: 0.9167,", "it: 1.9167,"},
		{"set: it-accountability", "set: &a it-accountability"},
		{"tool: itcheck", "colour: blue\ntool: itcheck"},
		{"budget: ", "budget: |\n    two\n    lines\n  x: "},
		{"role: executive\n", "role: executive\r\n"},
		{"</details>\n", "</details>\n\n"},
		{"</details>\n", "</details>"},
		{"```\n\n</details>", "```\n</details>"},
		{"<summary>", "\n<summary>"},
	} {
		data := editData(t, string(base), tc.old, tc.new)
		if sameAsParse(t, tc.new, []byte(data)) {
			t.Errorf("scanned with %q", tc.new)
		}
	}
	// Layouts Scan leaves to ParseReport (which may accept or refuse them).
	data := string(base)
	for name, v := range map[string]string{
		"crlf":          strings.ReplaceAll(data, "\n", "\r\n"),
		"two blocks":    data + data[len(Body(base)):],
		"open":          strings.TrimSuffix(data, "```\n\n</details>\n"),
		"junk after":    data + "x\n",
		"not folded":    strings.Replace(data, "<details>\n", "", 1),
		"front matter":  "---\n---\n" + data,
		"both":          string(earlierLayout(t, base)) + data[len(Body(base)):],
		"old with crlf": strings.ReplaceAll(string(earlierLayout(t, base)), "\n", "\r\n"),
		"early fence":   strings.Replace(data, "\nanswers:\n", "\n```\nanswers:\n", 1),
	} {
		if sameAsParse(t, name, []byte(v)) {
			t.Errorf("scanned %s", name)
		}
	}
	for _, tc := range []struct{ old, new string }{
		{"role: executive", "role: 'executive'"},
		{"role: executive", "role: \"executive\""},
		{"role: executive", "role:"},
		{"strategy-goals: written", "strategy-goals: \"written\""},
		{"<summary>", "<summary>Other words</summary><summary>"},
	} {
		data := editData(t, string(base), tc.old, tc.new)
		if !sameAsParse(t, tc.new, []byte(data)) {
			t.Errorf("not scanned with %q", tc.new)
		}
	}
}

// The data is written in FrontMatter's field order, which Scan relies on.
func TestFrontMatterKeyOrder(t *testing.T) {
	var keys []string
	_, yml, _ := bytes.Cut(baseReport(t), []byte(dataOpen+"\n"))
	for _, line := range bytes.Split(yml, []byte("\n")) {
		if string(line) == dataClose {
			break
		}
		if k, _, ok := strings.Cut(string(line), ":"); ok && !strings.HasPrefix(k, " ") {
			keys = append(keys, k)
		}
	}
	want := slices.DeleteFunc(frontMatterKeys(), func(k string) bool { return k == "missing" }) // complete: no missing
	if !slices.Equal(keys, want) {
		t.Errorf("front matter keys %v, want %v", keys, want)
	}
}

// FuzzScan: whatever Scan accepts, ParseReport accepts with the same
// values.
func FuzzScan(f *testing.F) {
	files, _ := filepath.Glob("../examples/*.md")
	for _, name := range files {
		data, _ := os.ReadFile(name)
		f.Add(data)
		f.Add(earlierLayout(f, data))
		// A fence inside the data block, closing it early.
		f.Add(bytes.Replace(data, []byte("\nanswers:\n"), []byte("\n```\nanswers:\n"), 1))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sameAsParse(t, "fuzz.md", data)
	})
}

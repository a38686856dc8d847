package questions

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"itcheck/internal/safetext"

	"go.yaml.in/yaml/v3"
)

// The fuzz targets run their seeds (below and in testdata/fuzz) as
// ordinary tests; `go test -fuzz FuzzParse` and `-fuzz FuzzParseAnswers`
// search further.

// checkProblems fails on a problem a person could not act on: without a
// position, for another file, without words, or with a message that
// could carry control characters or break the one-problem-per-line form.
func checkProblems(t *testing.T, name string, ps Problems) {
	t.Helper()
	for _, p := range ps {
		if p.File != name || p.Pos.Line < 1 || p.Pos.Col < 1 || p.Msg == "" {
			t.Errorf("problem without a usable position: %q", p.String())
		}
		if _, r, ok := safetext.FindControl(p.Msg); ok || strings.Contains(p.Msg, "\n") {
			t.Errorf("problem message carries control character %U: %q", r, p.Msg)
		}
	}
}

// seedSets are question sets every fuzz run starts from.
func seedSets(f *testing.F) [][]byte {
	var seeds [][]byte
	for _, path := range []string{"../questions.yaml", "testdata/minimal.yaml"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, data)
	}
	return append(seeds,
		[]byte("id: x\n"),
		[]byte("id: x\nscoring:\nverdicts: {}\nareas: [1]\n"),
		[]byte(`{"id": "j", "areas": [{"id": "a", "questions": [{"id": "q", "options": [{"id": "o", "split": {"it": 1}}]}]}]}`),
		[]byte("areas: &a [*a]\n"),
		[]byte("title: \"\\e]8;;x\\a\"\n"),
		[]byte("bands:\n  - {id: b, min: -5, max: 500, headline: h}\n"),
		[]byte("id: tiny\n---\nfoo: bar\n"),
	)
}

// Every problem points into the file, also for a part of the set that is
// missing or could not be decoded.
func TestEveryProblemPositioned(t *testing.T) {
	for name, data := range map[string]string{
		"no scoring, no verdicts": "id: x\ntitle: X\nversion: 1\n",
		"null scoring":            "id: x\nscoring:\nverdicts: ~\n",
		"area not a mapping":      "id: x\nareas:\n  - 1\n",
		"null area":               "id: x\nareas:\n  - ~\n",
		"anchored area":           "id: x\nareas:\n  - &a {id: a}\n",
		"option not a mapping":    "areas:\n  - id: a\n    questions:\n      - id: q\n        options: [x, y]\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, ps := Lint("f.yaml", []byte(data))
			if len(ps) == 0 {
				t.Fatal("no problems")
			}
			checkProblems(t, "f.yaml", ps)
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range seedSets(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "f.yaml"
		s, ps := Lint(name, data)
		checkProblems(t, name, ps)
		if _, again := Lint(name, data); again.Error() != ps.Error() {
			t.Fatalf("Lint is not deterministic:\n%v\nthen:\n%v", ps, again)
		}
		if s == nil {
			if len(ps.Errors()) == 0 {
				t.Fatal("Lint returned no set and no errors")
			}
			return
		}
		if sum := sha256.Sum256(data); s.Hash != hex.EncodeToString(sum[:]) {
			t.Errorf("Hash = %s, want the sha256 of the bytes", s.Hash)
		}
		// Validating the set again gives the very same problems.
		again := s.validate(name)
		if len(again.Errors()) == 0 {
			again = append(again, s.lint(name)...)
		}
		sortProblems(again)
		if again.Error() != ps.Error() {
			t.Errorf("re-validation differs:\n%v\nfirst:\n%v", again, ps)
		}
		if len(ps.Errors()) > 0 {
			return
		}
		if _, err := Parse(name, data); err != nil {
			t.Fatalf("Lint found no errors but Parse failed: %v", err)
		}
		checkValidSet(t, s)
	})
}

// checkValidSet checks the promises a valid set makes to scoring and the
// interactive flow.
func checkValidSet(t *testing.T, s *Set) {
	t.Helper()
	if s.QuestionCount() == 0 || len(s.Roles) == 0 {
		t.Errorf("valid set with %d questions and %d roles", s.QuestionCount(), len(s.Roles))
	}
	for i := 0; i <= 100; i++ {
		if s.Band(i) == nil {
			t.Errorf("valid set has no band for index %d", i)
		}
	}
	for _, a := range s.Areas {
		for _, q := range a.Questions {
			if len(q.Options) < 2 {
				t.Errorf("question %q has %d options", q.ID, len(q.Options))
			}
			for _, o := range q.Options {
				if o.Split.Sum() != One || o.Split.IT < 0 || o.Split.Leadership < 0 || o.Split.Unclear < 0 {
					t.Errorf("option %q of %q has split %+v", o.ID, q.ID, o.Split)
				}
			}
		}
	}
	if found, _ := s.Question(s.QuestionIDs()[0]); found == nil {
		t.Error("first question cannot be looked up")
	}
}

func FuzzParseAnswers(f *testing.F) {
	for _, s := range []string{
		"set: tiny\nversion: 0.1.0\nrole: owner\nanswers:\n  a-one: boss-decides\nnotes:\n  alpha: hello\n",
		`{"set": "tiny", "version": "0.1.0", "answers": {"a-one": ["x", "y"]}, "notes": {"alpha": "a\nb"}}`,
		"set: tiny\nanswers:\n  a-one: []\n  a-two: [[x]]\n  a-three: {x: y}\n  a-four:\n",
		"set: tiny\nanswers: {q: &a x, r: *a}\n",
		"set: tiny\nnotes:\n  alpha: \"\\e[2J\\u202e\"\n",
		"set: tiny\ndate: 2026-11-27\nhash: null\nrole: ~\nanswers:\n  q: 1\n  r: true\n",
		"set: tiny\nnotes:\n  alpha: |\n    two\n    lines  \n",
		"set: tiny\nanswers:\n  q: !!binary aGk=\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "f.yaml"
		a, err := ParseAnswers(name, data)
		if err != nil {
			ps, ok := err.(Problems)
			if !ok || len(ps) == 0 {
				t.Fatalf("ParseAnswers error %T is not Problems: %v", err, err)
			}
			checkProblems(t, name, ps)
			return
		}
		for _, s := range answerTexts(a) {
			if i, r, bad := safetext.FindControl(s); bad {
				t.Errorf("accepted text %q with control character %U at %d", s, r, i)
			}
		}
		// What was read can be written and read back the same, as YAML
		// (report front matter) and as JSON (--format json).
		y, err := yaml.Marshal(a)
		if err != nil {
			t.Fatalf("yaml.Marshal: %v", err)
		}
		j, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
		for kind, out := range map[string][]byte{"YAML": y, "JSON": j} {
			back, err := ParseAnswers(name, out)
			if err != nil {
				t.Fatalf("%s written from %q does not read back: %v\n%s", kind, data, err, out)
			}
			if got, want := answerTexts(back), answerTexts(a); !slices.Equal(got, want) {
				t.Errorf("%s round trip changed the answers:\n%q\nwant\n%q", kind, got, want)
			}
		}
	})
}

// answerTexts lists every text of a in a fixed order, with each choice's
// form (one id or a list) marked.
func answerTexts(a *Answers) []string {
	texts := []string{a.Set, a.Version, a.Hash, a.Role, a.Date}
	for _, q := range slices.Sorted(maps.Keys(a.Answers)) {
		c := a.Answers[q]
		form := "one"
		if c.List || len(c.IDs) != 1 {
			form = "list"
		}
		texts = append(texts, q, form)
		texts = append(texts, c.IDs...)
	}
	for _, k := range slices.Sorted(maps.Keys(a.Notes)) {
		texts = append(texts, k, a.Notes[k])
	}
	return texts
}

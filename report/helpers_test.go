package report

import (
	"math"
	"os"
	"testing"

	"itcheck/questions"
	"itcheck/scoring"
)

// testMeta is the meta data every golden report uses.
var testMeta = Meta{Tool: "itcheck v0.1.0", Date: "2026-11-27"}

func loadSet(t *testing.T, path string) *questions.Set {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := questions.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func loadAnswers(t *testing.T, s *questions.Set, path string, partial bool) *questions.Answers {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ReadAnswers(path, data)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Check(path, a, questions.CheckOptions{AllowPartial: partial}); err != nil {
		t.Fatal(err)
	}
	return a
}

func score(t *testing.T, setPath, answersPath string, partial bool) *scoring.Result {
	t.Helper()
	s := loadSet(t, setPath)
	return scoring.Score(s, loadAnswers(t, s, answersPath, partial))
}

// builtinSet is the question set the program ships with.
const builtinSet = "../questions.yaml"

// mixedResult scores a mixed set of answers to the built-in set.
func mixedResult(t *testing.T) *scoring.Result {
	t.Helper()
	return score(t, builtinSet, "testdata/builtin-mixed.yaml", false)
}

// incompleteResult scores answers to the built-in set that leave a whole
// area and more unanswered.
func incompleteResult(t *testing.T) *scoring.Result {
	t.Helper()
	return score(t, builtinSet, "testdata/builtin-incomplete.yaml", true)
}

// sampleResult scores answers to the small sample set in testdata.
func sampleResult(t *testing.T) *scoring.Result {
	t.Helper()
	return score(t, "testdata/set.yaml", "testdata/mixed.yaml", false)
}

// split builds a split from fractions, each to the nearest basis point.
func split(it, lead, unclear float64) scoring.Split {
	bp := func(v float64) scoring.Share { return scoring.Share(math.Round(v * float64(questions.One))) }
	return scoring.Split{IT: bp(it), Leadership: bp(lead), Unclear: bp(unclear)}
}

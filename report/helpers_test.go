package report

import (
	"math"
	"os"
	"strings"
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

// editData replaces the first old in the data block of report md (not in
// its human part) with new.
func editData(t *testing.T, md, old, new string) string {
	t.Helper()
	body := string(Body([]byte(md)))
	data := md[len(body):]
	if len(body) == len(md) || !strings.Contains(data, old) {
		t.Fatalf("%q not in the report's data block:\n%s", old, md)
	}
	return body + strings.Replace(data, old, new, 1)
}

// lineOf is the 1-based line where sub first stands in s.
func lineOf(t *testing.T, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not found", sub)
	}
	return strings.Count(s[:i], "\n") + 1
}

// earlierLayout rewrites a report in the layout itcheck wrote before:
// the data as front matter at the top, then the human part.
func earlierLayout(t testing.TB, md []byte) []byte {
	t.Helper()
	body := Body(md)
	rest := string(md[len(body):])
	_, yml, ok := strings.Cut(rest, dataOpen+"\n")
	yml, _, ok2 := strings.Cut(yml, "\n"+dataClose+"\n")
	if len(body) == len(md) || !ok || !ok2 {
		t.Fatalf("no data block:\n%s", md)
	}
	return []byte("---\n" + yml + "\n---\n\n" + strings.TrimRight(string(body), "\n") + "\n")
}

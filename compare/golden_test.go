package compare

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"

	"itcheck/questions"
	"itcheck/report"
	"itcheck/scoring"
)

var testMeta = Meta{Tool: "itcheck v0.1.0"}

// fromDir compares the reports in a testdata folder.
func fromDir(t *testing.T, s *questions.Set, dir string, opt Options) *Comparison {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, filepath.Join(dir, e.Name()))
	}
	c, err := Compare(s, names, os.ReadFile, opt)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// scoreReport scores a report with the scoring package directly.
func scoreReport(t *testing.T, s *questions.Set, name string, data []byte) *scoring.Result {
	t.Helper()
	a, err := report.ReadAnswers(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Score(s, a)
}

// plain drops the styling, as the program does for a pipe.
func plain(t *testing.T, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
	if _, err := fmt.Fprint(w, s); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGoldenTeam(t *testing.T) {
	c := fromDir(t, builtin(t), "testdata/team", Options{})
	t.Run("markdown", func(t *testing.T) { golden.RequireEqual(t, c.Markdown(testMeta)) })
	t.Run("text", func(t *testing.T) { golden.RequireEqual(t, plain(t, c.Text(TextOptions{Width: 80, Dark: true}))) })
	t.Run("text40", func(t *testing.T) { golden.RequireEqual(t, plain(t, c.Text(TextOptions{Width: 40}))) })
	t.Run("json", func(t *testing.T) { golden.RequireEqual(t, c.JSON(testMeta)) })
}

func TestGoldenOverTime(t *testing.T) {
	c := fromDir(t, builtin(t), "testdata/time", Options{})
	t.Run("markdown", func(t *testing.T) { golden.RequireEqual(t, c.Markdown(testMeta)) })
	t.Run("text", func(t *testing.T) { golden.RequireEqual(t, plain(t, c.Text(TextOptions{Width: 80}))) })
}

// TestGoldenRound is a round of 40 generated respondents, shown by role.
func TestGoldenRound(t *testing.T) {
	s := builtin(t)
	names, read := generated(t, s, 40)
	c, err := Compare(s, names, read, Options{})
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, c.Markdown(testMeta))
}

package compare

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
	// At 41 columns "IT lead: 1" fits the first line and "report" would not:
	// the count goes down with its noun.
	t.Run("text41", func(t *testing.T) {
		out := string(plain(t, c.Text(TextOptions{Width: 41})))
		if !strings.Contains(out, "\nExecutive or owner: 1 report · IT lead:\n1 report · IT staff: 1 report\n") {
			t.Errorf("a role's count is parted from its noun:\n%s", out)
		}
	})
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

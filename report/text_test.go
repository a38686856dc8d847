package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"itcheck/scoring"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// plainText writes the verdict through a colorprofile writer for a
// non-terminal, as the program does when stdout is a pipe.
func plainText(t *testing.T, text string) string {
	t.Helper()
	var buf bytes.Buffer
	w := &colorprofile.Writer{Forward: &buf, Profile: colorprofile.NoTTY}
	if _, err := fmt.Fprint(w, text); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestText(t *testing.T) {
	r := mixedResult(t)
	for _, w := range []int{80, 40} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			out := Text(r, TextOptions{Width: w, Dark: true, Path: "itcheck-2026-11-27.md"})
			golden.RequireEqual(t, ansi.Strip(out))
		})
	}
}

func TestTextIncomplete(t *testing.T) {
	r := incompleteResult(t)
	out := ansi.Strip(Text(r, TextOptions{Width: 80}))
	golden.RequireEqual(t, out)
	want := fmt.Sprintf("Incomplete: %d questions unanswered", len(r.Missing))
	mark := strings.Index(out, want)
	if mark < 0 || mark > strings.Index(out, "Accountability index") {
		t.Errorf("no %q above the index:\n%s", want, out)
	}
	if !strings.Contains(Text(mixedResult(t), TextOptions{}), "Accountability index") ||
		strings.Contains(Text(mixedResult(t), TextOptions{}), "Incomplete") {
		t.Error("a complete result is marked incomplete")
	}
}

// TestTextWidth checks that no line is wider than asked, with long words
// and a long path too, and that plain output has no trailing spaces.
func TestTextWidth(t *testing.T) {
	r := mixedResult(t)
	path := "/home/someone/Documents/reports/itcheck-2026-11-27-with-a-rather-long-file-name.md"
	for _, w := range []int{120, 80, 60, 40, 30, 20} {
		for _, dark := range []bool{true, false} {
			out := Text(r, TextOptions{Width: w, Dark: dark, Path: path})
			for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if got := ansi.StringWidth(l); got > w {
					t.Errorf("width %d: line %d is %d wide: %q", w, i+1, got, ansi.Strip(l))
				}
			}
			plain := plainText(t, out)
			if plain != ansi.Strip(out) {
				t.Errorf("width %d: the NoTTY writer's output differs from the stripped text", w)
			}
			for i, l := range strings.Split(plain, "\n") {
				if strings.TrimRight(l, " ") != l {
					t.Errorf("width %d: line %d ends in spaces: %q", w, i+1, l)
				}
			}
			if !strings.Contains(strings.ReplaceAll(plain, "\n", ""), path) {
				t.Errorf("width %d: the report path is not shown whole", w)
			}
		}
	}
}

func TestTextDefaultWidth(t *testing.T) {
	r := mixedResult(t)
	if Text(r, TextOptions{}) != Text(r, TextOptions{Width: 80}) {
		t.Error("width 0 does not mean 80 columns")
	}
}

// TestTextStyled checks that the verdict carries colour and that the bar
// reads without it: one character per party.
func TestTextStyled(t *testing.T) {
	r := sampleResult(t)
	dark := Text(r, TextOptions{Width: 80, Dark: true})
	light := Text(r, TextOptions{Width: 80, Dark: false})
	if !strings.Contains(dark, "\x1b[") {
		t.Fatal("the verdict has no ANSI styling")
	}
	if dark == light {
		t.Error("dark and light backgrounds give the same colours")
	}
	if ansi.Strip(dark) != ansi.Strip(light) {
		t.Error("the background changes the text, not only the colours")
	}
	plain := ansi.Strip(dark)
	for _, want := range []string{
		cellIT + " IT team", cellLeadership + " Leadership", cellUnclear + " Nobody clear", // legend from the set
		"█████▓▓▓▓▓▓▓▓▓▓░  Leadership carries it", // 30/63/7 percent of 16 cells
		"Who controls changes?",
	} {
		if !strings.Contains(plain, want) {
			t.Errorf("verdict lacks %q:\n%s", want, plain)
		}
	}
}

func TestCells(t *testing.T) {
	for _, c := range []struct {
		it, lead, unclear float64
		n                 int
		want              [3]int
	}{
		{1, 0, 0, 20, [3]int{20, 0, 0}},
		{0.3, 0.6333, 0.0667, 20, [3]int{6, 13, 1}},
		{1.0 / 3, 1.0 / 3, 1.0 / 3, 20, [3]int{7, 7, 6}},
		{0.5, 0.5, 0, 15, [3]int{8, 7, 0}},
		{0, 0, 1, 12, [3]int{0, 0, 12}},
	} {
		got := cells(split(c.it, c.lead, c.unclear), c.n)
		if got != c.want {
			t.Errorf("cells(%v, %v, %v; %d) = %v, want %v", c.it, c.lead, c.unclear, c.n, got, c.want)
		}
	}
}

// TestTextMaxRecommendations: a capped list starts "Start here" and
// says how many more there are and where to find them.
func TestTextMaxRecommendations(t *testing.T) {
	r := mixedResult(t)
	n := len(r.Recommendations)
	out := ansi.Strip(Text(r, TextOptions{Width: 80, MaxRecommendations: 3, Path: "itcheck-2026-11-27.md"}))
	golden.RequireEqual(t, out)
	if !strings.Contains(out, "\nStart here\n") {
		t.Errorf("no Start here heading:\n%s", out)
	}
	if !strings.Contains(out, fmt.Sprintf("\n+%d more in the report (itcheck-2026-11-27.md)\n", n-3)) {
		t.Errorf("no line naming the %d others:\n%s", n-3, out)
	}
	if strings.Contains(out, "\n4. ") || !strings.Contains(out, "\n3. ") {
		t.Errorf("want exactly 3 recommendations:\n%s", out)
	}
	// At 40 columns the file name does not fit after the count: it goes
	// whole on the next line, not broken at a hyphen.
	narrow := ansi.Strip(Text(r, TextOptions{Width: 40, MaxRecommendations: 3, Path: "itcheck-2026-11-27.md"}))
	if !strings.Contains(narrow, fmt.Sprintf("\n+%d more in the report:\nitcheck-2026-11-27.md\n", n-3)) {
		t.Errorf("at 40 columns, the file name is not whole on its own line:\n%s", narrow)
	}
	bare := ansi.Strip(Text(r, TextOptions{Width: 80, MaxRecommendations: 3}))
	if !strings.Contains(bare, fmt.Sprintf("+%d more: itcheck report --format markdown\n", n-3)) {
		t.Errorf("without a path, no pointer to the full list:\n%s", bare)
	}
	full := ansi.Strip(Text(r, TextOptions{Width: 80}))
	if !strings.Contains(full, "\nRecommendations\n") || !strings.Contains(full, fmt.Sprintf("\n%d. ", n)) {
		t.Errorf("without a cap, not every recommendation under Recommendations:\n%s", full)
	}
	for _, limit := range []int{n, n + 3} {
		all := ansi.Strip(Text(r, TextOptions{Width: 80, MaxRecommendations: limit}))
		if strings.Contains(all, "more") || !strings.Contains(all, fmt.Sprintf("\n%d. ", n)) {
			t.Errorf("limit %d does not list all %d", limit, n)
		}
	}
}

// TestTextPlain checks that the unstyled verdict is the styled one with
// its styling stripped, as a writer for a non-terminal leaves it, and
// that it has no styling left.
func TestTextPlain(t *testing.T) {
	results := map[string]func(*testing.T) *scoring.Result{
		"mixed": mixedResult, "incomplete": incompleteResult, "sample": sampleResult,
	}
	for name, result := range results {
		r := result(t)
		for _, opt := range []TextOptions{
			{Width: 80, Dark: true},
			{Width: 100, Dark: false, Explain: true},
			{Width: 40, Dark: true, Path: "itcheck-2026-11-27.md", MaxRecommendations: 3},
			{Width: 24, Dark: true, Explain: true},
		} {
			styled := Text(r, opt)
			opt.Plain = true
			plain := Text(r, opt)
			if plain != plainText(t, styled) {
				t.Errorf("%s %+v: plain text differs from the stripped styled text:\n%s\nwant\n%s", name, opt, plain, plainText(t, styled))
			}
			if strings.Contains(plain, "\x1b") {
				t.Errorf("%s %+v: plain text has escape sequences", name, opt)
			}
		}
	}
}

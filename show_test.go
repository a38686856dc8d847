package main

import (
	"os"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"itcheck/internal/termout"
	"itcheck/report"
	"itcheck/scoring"
)

// TestShowPlainIsStyledStripped checks that what show prints where
// nothing is styled (the plain layout) is exactly the styled text with
// its styling stripped, for every example report, on dark and light
// backgrounds, at a narrow and the usual width: the plain layout saves
// work and changes no word.
func TestShowPlainIsStyledStripped(t *testing.T) {
	set, err := loadSet(&env{}, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"examples/owner-led-shop.md", "examples/outsourced-provider.md", "examples/mature-it.md"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		fm, err := report.ParseReport(name, data)
		if err != nil {
			t.Fatal(err)
		}
		answers := fm.Answers()
		result := scoring.Score(set, answers)
		for _, width := range []int{40, termout.TextWidth} {
			plain := showText(set, fm, answers, result, termout.Look{Width: width, Plain: true})
			if plain != ansi.Strip(plain) {
				t.Errorf("%s at %d columns: the plain text holds escape sequences", name, width)
			}
			for _, dark := range []bool{true, false} {
				styled := showText(set, fm, answers, result, termout.Look{Width: width, Dark: dark})
				if styled == plain {
					t.Fatalf("%s: the styled text has no styling; the comparison would prove nothing", name)
				}
				if got := ansi.Strip(styled); got != plain {
					t.Errorf("%s at %d columns (dark %v): plain and stripped styled text differ\nplain:\n%s\nstripped:\n%s", name, width, dark, plain, got)
				}
			}
		}
	}
}

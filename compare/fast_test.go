package compare

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"itcheck/questions"
	"itcheck/report"
)

// sameAsReport checks that whenever readFast accepts data, the report
// package accepts it too and reads the same values.
func sameAsReport(t *testing.T, name string, data []byte) bool {
	f, ok := readFast(data)
	if !ok {
		return false
	}
	fm, err := report.ParseReport(name, data)
	if err != nil {
		t.Fatalf("%s: the fast reader accepts what ParseReport refuses (%v):\n%s", name, err, data)
	}
	a := fm.Answers()
	if f.set != a.Set || f.version != a.Version || f.role != a.Role || f.date != a.Date {
		t.Fatalf("%s: header %+v, ParseReport %q %q %q %q", name, f.header, a.Set, a.Version, a.Role, a.Date)
	}
	got := map[string]questions.Choice{}
	for _, at := range f.answers {
		got[at.question] = questions.Choice{IDs: at.ids, List: at.list}
	}
	if len(got) != len(a.Answers) {
		t.Fatalf("%s: answers %v, ParseReport %v", name, got, a.Answers)
	}
	for id, c := range a.Answers {
		if g, ok := got[id]; !ok || !slices.Equal(g.IDs, c.IDs) || g.List != c.List {
			t.Fatalf("%s: answer %s %+v, ParseReport %+v", name, id, g, c)
		}
	}
	if !slices.Equal(f.missing, fm.Missing) && len(f.missing)+len(fm.Missing) > 0 {
		t.Fatalf("%s: missing %v, ParseReport %v", name, f.missing, fm.Missing)
	}
	if !maps.Equal(f.notes, fm.Notes) && len(f.notes)+len(fm.Notes) > 0 {
		t.Fatalf("%s: notes %q, ParseReport %q", name, f.notes, fm.Notes)
	}
	return true
}

// TestFastReader checks the fast reader against the report package on
// generated reports, the reports in testdata, and variations that it must
// hand over to the report package.
func TestFastReader(t *testing.T) {
	s := builtin(t)
	err := Generate(s, 200, 7, func(smp Sample) error {
		if !sameAsReport(t, smp.Name, smp.Data) {
			t.Errorf("%s: a generated report is not read fast", smp.Name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/*/*.md")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		if !sameAsReport(t, f, data) {
			t.Errorf("%s is not read fast", f)
		}
	}
	base, _ := os.ReadFile("testdata/team/a.md")
	for _, tc := range []struct{ old, new string }{
		{"role: executive", "role: executive # the owner"},
		{"role: executive", "role: \"exec\\u0075tive\""},
		{"version: 2.0.0", "version: 2.0.0\nversion: 2.0.1"},
		{"answers:\n", "answers:\n  # comment\n"},
		{"strategy-goals: written", "strategy-goals: \"written"},
		{"change-aftermath: [none-without-it]", "change-aftermath:\n    - none"},
		{"index: 98", "index: 98.5"},
		{"complete: true", "complete: yes"},
		{"it: 0.9167,", "it: 1.9167,"},
		{"set: it-accountability", "set: &a it-accountability"},
		{"tool: itcheck", "colour: blue\ntool: itcheck"},
		{"budget: ", "budget: |\n    two\n    lines\n  x: "},
		{"---\n", "---\r\n"},
	} {
		data := strings.Replace(string(base), tc.old, tc.new, 1)
		if data == string(base) {
			t.Fatalf("%q not in the report", tc.old)
		}
		if sameAsReport(t, tc.new, []byte(data)) {
			t.Errorf("read fast with %q", tc.new)
		}
	}
	for _, tc := range []struct{ old, new string }{
		{"role: executive", "role: 'executive'"},
		{"role: executive", "role: \"executive\""},
		{"role: executive", "role:"},
		{"strategy-goals: written", "strategy-goals: \"written\""},
	} {
		data := strings.Replace(string(base), tc.old, tc.new, 1)
		if !sameAsReport(t, tc.new, []byte(data)) {
			t.Errorf("not read fast with %q", tc.new)
		}
	}
}

// FuzzFastReader: whatever the fast reader accepts, the report package
// accepts with the same values.
func FuzzFastReader(f *testing.F) {
	files, _ := filepath.Glob("testdata/*/*.md")
	for _, name := range files {
		data, _ := os.ReadFile(name)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sameAsReport(t, "fuzz.md", data)
	})
}

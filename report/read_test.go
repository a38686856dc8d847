package report

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"

	"itcheck/questions"
	"itcheck/scoring"
)

// TestReadAnswers reads the same answers from a YAML file, a JSON file and
// a saved report; all three must score to the same report.
func TestReadAnswers(t *testing.T) {
	s := loadSet(t, "testdata/set.yaml")
	report := Markdown(sampleResult(t), testMeta)
	inputs := map[string][]byte{"report.md": report, "report.txt": report}
	for _, name := range []string{"testdata/mixed.yaml", "testdata/mixed.json"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		inputs[name] = data
	}
	// A YAML answers file may start with a document marker.
	inputs["marker.yaml"] = append([]byte("---\n"), inputs["testdata/mixed.yaml"]...)
	var first []byte
	var firstAnswers map[string]questions.Choice
	for _, name := range []string{"testdata/mixed.yaml", "testdata/mixed.json", "marker.yaml", "report.md", "report.txt"} {
		a, err := ReadAnswers(name, inputs[name])
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := s.Check(name, a, questions.CheckOptions{}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if a.Set != "sample-check" || a.Version != "0.3.0" || a.Role != "it-lead" || len(a.Answers) != 4 || len(a.Notes) != 2 {
			t.Errorf("%s: read %+v", name, a)
		}
		ids := map[string]questions.Choice{}
		for q, c := range a.Answers {
			ids[q] = questions.Choice{IDs: c.IDs, List: c.List}
		}
		md := Markdown(scoring.Score(s, a), testMeta)
		if first == nil {
			first, firstAnswers = md, ids
			continue
		}
		if !reflect.DeepEqual(ids, firstAnswers) {
			t.Errorf("%s: answers %v, want %v", name, ids, firstAnswers)
		}
		if !bytes.Equal(md, first) {
			t.Errorf("%s: gives another report than testdata/mixed.yaml", name)
		}
	}
}

func TestParseReportErrors(t *testing.T) {
	good := string(Markdown(sampleResult(t), testMeta))
	old := string(earlierLayout(t, []byte(good)))
	at := func(name, s, sub string, col int) string {
		return fmt.Sprintf("%s:%d:%d: ", name, lineOf(t, s, sub), col)
	}
	unknown := editData(t, good, "role: it-lead\n", "role: it-lead\nmood: great\n")
	control := editData(t, good, "role: it-lead\n", "role: \"it\\e[31m-lead\"\n")
	area := editData(t, good, "verdict: it}", "verdict: it, extra: 1}")
	crlf := editData(t, strings.ReplaceAll(good, "\n", "\r\n"), "index: 48", "index: high")
	twice := good + "\n" + good[len(Body([]byte(good))):]
	open := strings.TrimSuffix(good, dataClose+"\n\n"+detailsClose+"\n")
	junk := good + "Written by hand.\n"
	inside := editData(t, good, "\n"+dataClose+"\n\n"+detailsClose, "\n"+dataClose+"\nmore\n"+detailsClose)
	unfolded := editData(t, good, detailsOpen+"\n", "")
	nosummary := editData(t, good, summaryOpen, "<b>")
	noblank := editData(t, good, summaryClose+"\n\n", summaryClose+"\n")
	empty := good[:strings.Index(good, dataOpen)] + dataOpen + "\n" + dataClose + "\n\n" + detailsClose + "\n"
	both := old + good[len(Body([]byte(good))):]
	oldUnknown := strings.Replace(old, "role: it-lead\n", "role: it-lead\nmood: great\n", 1)
	for _, c := range []struct {
		name, data string
		want       []string
	}{
		{"unknown.md", unknown, []string{at("unknown.md", unknown, "mood:", 1) + `unknown field "mood"`}},
		{"control.md", control, []string{at("control.md", control, "role: ", 7) + "text contains control character U+001B"}},
		{"area.md", area, []string{at("area.md", area, "extra", 66) + `unknown field "extra"`}},
		{"crlf.md", crlf, []string{at("crlf.md", crlf, "index: high", 8) + `expected a whole number, got "high"`}},
		{"notes.md", "# My notes\n\nSome text.\n", []string{"notes.md: not an itcheck report: it has no data block"}},
		{"empty.md", "", []string{"empty.md: not an itcheck report"}},
		{"twice.md", twice, []string{fmt.Sprintf("twice.md:%d:1: a second data block starts here", strings.Count(good, "\n")+5)}},
		{"open.md", open, []string{at("open.md", open, dataOpen, 1) + "the data block that starts here has no closing line ```"}},
		{"junk.md", junk, []string{at("junk.md", junk, "Written by hand", 1) + "unexpected text after the data block's </details>"}},
		{"inside.md", inside, []string{at("inside.md", inside, "more\n", 1) + "expected </details> here, after the data block"}},
		{"unfolded.md", unfolded, []string{fmt.Sprintf("unfolded.md:%d:1: expected a line <details> here", lineOf(t, unfolded, summaryOpen)-1)}},
		{"nosummary.md", nosummary, []string{at("nosummary.md", nosummary, "<b>", 1) + "expected a line <summary>…</summary> here"}},
		{"noblank.md", noblank, []string{at("noblank.md", noblank, dataOpen, 1) + "the data block that starts here needs a blank line before it"}},
		{"emptyblock.md", empty, []string{at("emptyblock.md", empty, dataOpen, 1) + "the data block that starts here is empty"}},
		{"both.md", both, []string{at("both.md", both, dataOpen, 1) + "a second data block starts here; the front matter at the top already holds"}},
		// Reports in the earlier layout: front matter at the top.
		{"old-unknown.md", oldUnknown, []string{`old-unknown.md:8:1: unknown field "mood"`}},
		{"old-open.md", "---\nset: x\n", []string{"old-open.md:1:1: the front matter that starts here has no closing line ---"}},
		{"old-noset.md", "---\ntool: itcheck\n---\n", []string{"old-noset.md:2:1: missing set", "old-noset.md:2:1: missing version"}},
		{"old-empty.md", "---\n---\n", []string{"old-empty.md:1:1: the front matter that starts here is empty"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseReport(c.name, []byte(c.data))
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			lines := strings.Split(msg, "\n")
			if len(lines) != len(c.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(lines), len(c.want), msg)
			}
			for i, w := range c.want {
				if !strings.HasPrefix(lines[i], w) {
					t.Errorf("problem %d is\n%s\nwant it to start with\n%s", i+1, lines[i], w)
				}
			}
			var ps questions.Problems
			if positioned := !strings.Contains(c.want[0], "not an itcheck report"); positioned != errors.As(err, &ps) {
				t.Errorf("error is %T; positioned problems should be questions.Problems", err)
			}
		})
	}
}

// dataWithoutPositions prints a report's data without the positions.
func dataWithoutPositions(f *FrontMatter) string {
	g := *f
	g.Meta = questions.Meta{}
	g.Choices = map[string]questions.Choice{}
	for id, c := range f.Choices {
		g.Choices[id] = questions.Choice{IDs: c.IDs, List: c.List}
	}
	g.Areas = map[string]AreaScore{}
	for id, a := range f.Areas {
		a.Meta = questions.Meta{}
		g.Areas[id] = a
	}
	return fmt.Sprintf("%+v", g)
}

// TestEarlierLayout reads a report in the layout itcheck wrote before,
// with its data as front matter at the top, as the same report.
func TestEarlierLayout(t *testing.T) {
	for name, r := range map[string]*scoring.Result{"mixed": mixedResult(t), "incomplete": incompleteResult(t), "hostile": hostileResult(t)} {
		md := Markdown(r, testMeta)
		old := earlierLayout(t, md)
		fm, err := ParseReport(name+".md", md)
		if err != nil {
			t.Fatal(err)
		}
		fmOld, err := ParseReport(name+"-old.md", old)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := dataWithoutPositions(fm), dataWithoutPositions(fmOld); a != b {
			t.Errorf("%s: the earlier layout reads otherwise:\n%s\n%s", name, a, b)
		}
		if !bytes.Equal(bytes.TrimRight(Body(old), "\n"), bytes.TrimRight(Body(md), "\n")) {
			t.Errorf("%s: Body differs between the layouts", name)
		}
		if !sameAsParse(t, name+"-old.md", old) {
			t.Errorf("%s: the earlier layout is not scanned", name)
		}
		a, err := ReadAnswers(name+"-old.txt", old)
		if err != nil || len(a.Answers) != len(fm.Choices) {
			t.Errorf("%s: ReadAnswers on the earlier layout: %v", name, err)
		}
	}
}

func TestProfile(t *testing.T) {
	var buf bytes.Buffer
	tty := []string{"TTY_FORCE=1", "TERM=xterm-256color", "COLORTERM=truecolor"}
	for _, c := range []struct {
		env  []string
		want colorprofile.Profile
	}{
		{tty, colorprofile.TrueColor},
		{append(tty, "NO_COLOR=yes"), colorprofile.ASCII},
		{append(tty, "NO_COLOR=1"), colorprofile.ASCII},
		{append(tty, "NO_COLOR="), colorprofile.TrueColor},
		{[]string{"TERM=xterm-256color", "COLORTERM=truecolor"}, colorprofile.NoTTY}, // a buffer is no terminal
		{[]string{"TTY_FORCE=1", "TERM=dumb"}, colorprofile.NoTTY},
	} {
		if got := Profile(&buf, c.env); got != c.want {
			t.Errorf("Profile(%q) = %v, want %v", c.env, got, c.want)
		}
	}
	// Written through the NO_COLOR=yes profile, the verdict has no colour.
	w := &colorprofile.Writer{Forward: &buf, Profile: Profile(&buf, append(tty, "NO_COLOR=yes"))}
	if _, err := w.WriteString(Text(sampleResult(t), TextOptions{})); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "\x1b[1m") {
		t.Errorf("NO_COLOR=yes output lost its bold text:\n%q", out)
	}
	if hasColour(out) {
		t.Errorf("NO_COLOR=yes output has colour codes:\n%q", out)
	}
	if !hasColour(Text(sampleResult(t), TextOptions{})) {
		t.Error("hasColour misses the verdict's colours")
	}
}

// hasColour reports whether s sets a foreground or background colour.
func hasColour(s string) bool {
	for _, m := range regexp.MustCompile(`\x1b\[([0-9;:]*)m`).FindAllStringSubmatch(s, -1) {
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			n, _ := strconv.Atoi(p)
			if (n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107) {
				return true
			}
		}
	}
	return false
}

// TestParseReportAccepts reads what editors and mail may make of a
// report: CRLF line ends, a byte order mark, another summary, no final
// line end.
func TestParseReportAccepts(t *testing.T) {
	good := string(Markdown(sampleResult(t), testMeta))
	want, err := ParseReport("good.md", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{
		"crlf.md":    strings.ReplaceAll(good, "\n", "\r\n"),
		"bom.md":     "\ufeff" + good,
		"summary.md": editData(t, good, labelData, "Daten"),
		"noeol.md":   strings.TrimSuffix(good, "\n"),
		"blanks.md":  good + "\n\n",
	} {
		got, err := ParseReport(name, []byte(data))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if a, b := dataWithoutPositions(got), dataWithoutPositions(want); a != b {
			t.Errorf("%s reads otherwise:\n%s\n%s", name, a, b)
		}
	}
}

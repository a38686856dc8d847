package report

import (
	"bytes"
	"errors"
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
	for _, c := range []struct {
		name, data string
		want       []string
	}{{
		name: "unknown.md",
		data: strings.Replace(good, "role: it-lead\n", "role: it-lead\nmood: great\n", 1),
		want: []string{`unknown.md:8:1: unknown field "mood"`},
	}, {
		name: "control.md",
		data: strings.Replace(good, "role: it-lead\n", "role: \"it\\e[31m-lead\"\n", 1),
		want: []string{"control.md:7:7: text contains control character U+001B"},
	}, {
		name: "area.md",
		data: strings.Replace(good, "verdict: it}", "verdict: it, extra: 1}", 1),
		want: []string{`area.md:23:66: unknown field "extra"`},
	}, {
		name: "crlf.md",
		data: strings.Replace(strings.ReplaceAll(good, "\n", "\r\n"), "index: 48", "index: high", 1),
		want: []string{`crlf.md:19:8: expected a whole number, got "high"`},
	}, {
		name: "notes.md",
		data: "# My notes\n\nSome text.\n",
		want: []string{"notes.md: not an itcheck report: it has no front matter (a report starts with a line ---)"},
	}, {
		name: "empty.md",
		data: "",
		want: []string{"empty.md: not an itcheck report"},
	}, {
		name: "open.md",
		data: "---\nset: x\n",
		want: []string{"open.md:1:1: the front matter that starts here has no closing line ---"},
	}, {
		name: "noset.md",
		data: "---\ntool: itcheck\n---\n",
		want: []string{"noset.md:2:1: missing set", "noset.md:2:1: missing version"},
	}} {
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

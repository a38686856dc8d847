package report

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"itcheck/internal/safetext"
	"itcheck/questions"
	"itcheck/scoring"
)

// The fuzz targets run their seeds (below and in testdata/fuzz) as
// ordinary tests; `go test -fuzz FuzzParseReport` and
// `-fuzz FuzzMarkdownNotes` search further.

// errNoData matches the one error ParseReport gives without a position:
// the file has no data block and does not start with front matter.
var errNoData = regexp.MustCompile(`^f\.md: not an itcheck report: it has no data block`)

// checkReadError fails unless err is a list of problems a person can act
// on (each in the file, at line and column 1 or more, on one line without
// control characters), or the plain "no data block" error for data that
// has no line opening a data block and does not start with a fence line.
func checkReadError(t *testing.T, name string, data []byte, err error) {
	t.Helper()
	var ps questions.Problems
	if !errors.As(err, &ps) {
		if name != "f.md" || !errNoData.MatchString(err.Error()) || startsWithFence(data) || hasDataBlock(data) {
			t.Fatalf("error %T without a position: %v", err, err)
		}
		return
	}
	if len(ps) == 0 {
		t.Fatal("an empty problem list as error")
	}
	lines := yamlLines(data)
	for _, p := range ps {
		if p.File != name || p.Pos.Line < 1 || p.Pos.Col < 1 || p.Msg == "" {
			t.Errorf("problem without a usable position: %q", p.String())
		}
		if p.Pos.Line > lines {
			t.Errorf("problem at line %d of a %d-line file: %q", p.Pos.Line, lines, p.String())
		}
		if _, r, ok := safetext.FindControl(p.Msg); ok || strings.Contains(p.Msg, "\n") {
			t.Errorf("problem message carries control character %U: %q", r, p.Msg)
		}
	}
}

// yamlLines counts the lines of data as a YAML parser does: "\r\n", "\r",
// "\n", NEL, LS and PS each end one.
func yamlLines(data []byte) int {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	n := 1
	for _, r := range s {
		switch r {
		case '\n', '\r', '\u0085', '\u2028', '\u2029':
			n++
		}
	}
	return n
}

// startsWithFence reports whether data's first line is "---".
func startsWithFence(data []byte) bool {
	lines := splitLines(data)
	return len(lines) > 0 && isFence(lines[0])
}

func FuzzParseReport(f *testing.F) {
	for _, golden := range []string{"TestMarkdown", "TestMarkdownHostileNotes", "TestMarkdownIncomplete"} {
		data, err := os.ReadFile("testdata/" + golden + ".golden")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		f.Add(earlierLayout(f, data))
	}
	for _, seed := range [][]byte{
		[]byte("---\nset: tiny\nversion: 1\n---\n"),
		[]byte("---\r\nset: tiny\r\nversion: 1\r\nanswers: {q: [a, b]}\r\n---\r\nbody\r\n"),
		[]byte("---\nset: &a x\nversion: *a\n---\n"),
		[]byte("---\nnotes:\n  a: \"\\e]8;;x\\a\"\n---\n"),
		[]byte("---\nset: x\n---\nfoo: bar\n---\n"),
		[]byte("---\n---\n"),
		[]byte("---\nset: x\n"),
		[]byte("no front matter\n"),
		[]byte("<details>\n<summary></summary>\n\n```yaml itcheck\nset: x\nversion: 1\n```\n\n</details>\n"),
		[]byte("<details>\r\n<summary>s</summary>\r\n\r\n```yaml itcheck\r\nset: x\r\n```\r\n</details>\r\nmore"),
		[]byte("```yaml itcheck\n```yaml itcheck\n```\n"),
		[]byte("<details>\n<summary></summary>\n\n```yaml itcheck\nset: x\n---\nversion: 1\n```\n</details>"),
		[]byte(`{"set": {"id": "tiny", "version": "1"}, "answers": {"q": "a"}}`),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fm, err := ParseReport("f.md", data)
		if err != nil {
			checkReadError(t, "f.md", data, err)
		} else {
			checkTexts(t, fm.Answers())
		}
		// Answers are read from reports, answers files and JSON results
		// alike, whatever the name says.
		for _, name := range []string{"f.md", "f.yaml"} {
			a, err := ReadAnswers(name, data)
			if err != nil {
				checkReadError(t, name, data, err)
				continue
			}
			checkTexts(t, a)
		}
	})
}

// checkTexts fails when answers read from a file hold a character a
// terminal could interpret.
func checkTexts(t *testing.T, a *questions.Answers) {
	t.Helper()
	texts := []string{a.Set, a.Version, a.Hash, a.Role, a.Date}
	for q, c := range a.Answers {
		texts = append(texts, q)
		texts = append(texts, c.IDs...)
	}
	for k, n := range a.Notes {
		texts = append(texts, k, n)
	}
	for _, s := range texts {
		if i, r, bad := safetext.FindControl(s); bad {
			t.Errorf("accepted text %q with control character %U at %d", s, r, i)
		}
	}
}

func FuzzMarkdownNotes(f *testing.F) {
	f.Add(hostileNotes["strategy"], hostileNotes["changes"])
	for _, seed := range []string{
		"", "   \n\n", "plain words", "a\\", "1. x", "10) x", "- x", "+ x", "= x", "> x", "#x", "    code",
		"<div>", "&copy;", "www.x.org", "http://x", "a@b.c", "|a|b|\n|-|-|", "x\n---", "x\n===", "```", "~~~",
		"[a]: http://x", "![a](b)", "*a*", "_a_", "`a`", "$a$", "~a~", "\xff\xfe", "a\u2028b", "\ufeffbom",
		"<!--", "<?php", "<![CDATA[", "\\\\", "a  \nb", "\x1b[2J", "\u009b2J", "\u202e\u2066",
	} {
		f.Add(seed, "")
	}
	var (
		once sync.Once
		base *scoring.Result
	)
	f.Fuzz(func(t *testing.T, strategy, changes string) {
		once.Do(func() { base = sampleResult(t) })
		a := *base.Answers
		a.Notes = map[string]string{"strategy": strategy, "changes": changes}
		r := scoring.Score(base.Set, &a)
		md := Markdown(r, testMeta)
		if !utf8.Valid(md) {
			t.Fatal("the report is not valid UTF-8")
		}
		if i, c, bad := safetext.FindControl(string(md)); bad {
			t.Fatalf("the report holds control character %U at %d", c, i)
		}
		checkStructure(t, r, md)
		checkQuotes(t, r, md)
		checkGitHubLayout(t, md)

		// What was written reads back: the data block keeps each note
		// as the report shows it.
		fm, err := ParseReport("f.md", md)
		if err != nil {
			t.Fatalf("the report does not read back: %v\n%s", err, md)
		}
		for id, note := range a.Notes {
			if got, want := fm.Notes[id], safetext.Note(note); got != want {
				t.Errorf("note %s read back as %q, want %q", id, got, want)
			}
		}
	})
}

// checkQuotes checks that each non-empty note became one blockquote
// holding paragraphs and nothing else.
func checkQuotes(t *testing.T, r *scoring.Result, md []byte) {
	t.Helper()
	want := 0
	for _, n := range r.Answers.Notes {
		if safetext.Note(n) != "" {
			want++
		}
	}
	html := renderGFM(t, md)
	quotes := regexp.MustCompile(`(?s)<blockquote>(.*?)</blockquote>`).FindAllStringSubmatch(html, -1)
	if len(quotes) != want || strings.Count(html, "<blockquote>") != want {
		t.Fatalf("want %d blockquotes, got %d:\n%s", want, len(quotes), html)
	}
	tagRE := regexp.MustCompile(`<(/?[a-z0-9]+)`)
	for _, q := range quotes {
		for _, tag := range tagRE.FindAllStringSubmatch(q[1], -1) {
			if tag[1] != "p" && tag[1] != "/p" && tag[1] != "br" {
				t.Errorf("a note made a <%s>:\n%s", tag[1], q[1])
			}
		}
	}
}

package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"itcheck/questions"
	"itcheck/scoring"
)

// hostileNotes are notes as someone might paste them: markdown, HTML,
// terminal escape sequences and bidi overrides.
var hostileNotes = map[string]string{
	"strategy": "<script>alert(1)</script> & &amp; <b>bold</b> <!-- c -->\n" +
		"| a | b |\n|---|---|\n| 1 | 2 |\n" +
		"# heading\n" +
		"[x](http://e) ![img](http://e/i.png) <http://e> www.example.com a@b.co @someone #12 [ref]: http://e\n" +
		"```\ncode\n```\n" +
		"    indented code\n" +
		"- list item\n+ plus\n* star\n1. ordered\n2) ordered\n" +
		"> quote\n" +
		"***\n---\n===\n___\n" +
		"$x^2$ ~~strike~~ *em* _em_ `code` trailing backslash\\\n" +
		"\x1b[31mred\x1b[0m \x1b]8;;http://e\x1b\\link\x1b]8;;\x1b\\ \u009b31mC1 \u202eevil\u202c \u2066iso\u2069 nul\x00 del\x7f",
	"changes": "windows line\r\nends   \r\n\r\n\r\nand a bell\a and tabs\there   ",
}

func hostileResult(t *testing.T) *scoring.Result {
	t.Helper()
	r := sampleResult(t)
	a := *r.Answers
	a.Notes = hostileNotes
	return scoring.Score(r.Set, &a)
}

// renderGFM renders the human part of a report (see Body) as
// GitHub-flavoured markdown (goldmark with the GFM extensions: tables,
// autolinks, strikethrough, task lists) to HTML, with raw HTML left out.
func renderGFM(t *testing.T, md []byte) string {
	t.Helper()
	body := Body(md)
	if len(body) == len(md) {
		t.Fatalf("no data block found:\n%s", md)
	}
	var out bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert(body, &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestMarkdown(t *testing.T) {
	md := Markdown(mixedResult(t), testMeta)
	golden.RequireEqual(t, md)
	checkStructure(t, mixedResult(t), md)
}

func TestMarkdownIncomplete(t *testing.T) {
	r := incompleteResult(t)
	md := Markdown(r, testMeta)
	golden.RequireEqual(t, md)
	checkStructure(t, r, md)
	for _, want := range []string{"complete: false\n", "missing:\n  - resources-business-sense\n", "**Incomplete:** 7 questions unanswered."} {
		if !bytes.Contains(md, []byte(want)) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestMarkdownHostileNotes(t *testing.T) {
	r := hostileResult(t)
	md := Markdown(r, testMeta)
	golden.RequireEqual(t, md)
	checkStructure(t, r, md)
	for _, bad := range []string{"\x1b", "\u009b", "\u202e", "\u2066", "\x00", "\x7f", "\a", "\r"} {
		if bytes.Contains(md, []byte(bad)) {
			t.Errorf("report contains %q", bad)
		}
	}
	html := renderGFM(t, md)
	quotes := regexp.MustCompile(`(?s)<blockquote>(.*?)</blockquote>`).FindAllStringSubmatch(html, -1)
	if len(quotes) != 2 {
		t.Fatalf("want the two notes as two blockquotes, got %d:\n%s", len(quotes), html)
	}
	for _, q := range quotes {
		// Inside a note only paragraphs and line breaks may appear: every
		// other tag means the note's text became markdown structure.
		tags := regexp.MustCompile(`<(/?[a-z0-9]+)`).FindAllStringSubmatch(q[1], -1)
		for _, tag := range tags {
			if tag[1] != "p" && tag[1] != "/p" && tag[1] != "br" {
				t.Errorf("a note made a <%s>:\n%s", tag[1], q[1])
			}
		}
	}
	if !strings.Contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &amp;amp; &lt;b&gt;bold&lt;/b&gt;") {
		t.Errorf("HTML in a note does not show as typed:\n%s", quotes[0][1])
	}
	if !strings.Contains(html, "[x](http://e) ![img](http://e/i.png) &lt;http://e&gt; www.example.com a@b.co @someone #12") {
		t.Errorf("links in a note do not show as typed:\n%s", quotes[0][1])
	}
}

// checkStructure renders the report and checks that its structure is the
// one the code writes, whatever the notes hold: one table per area plus
// the summary table, headings only where the report puts them, no raw HTML,
// code only in the areas' bars, and links only in the source line.
func checkStructure(t *testing.T, r *scoring.Result, md []byte) {
	t.Helper()
	html := renderGFM(t, md)
	count := func(s string) int { return strings.Count(html, s) }
	if n, want := count("<table>"), 1+len(r.Areas); n != want {
		t.Errorf("%d tables, want %d", n, want)
	}
	if n := count("<h1"); n != 1 {
		t.Errorf("%d h1 headings, want 1", n)
	}
	if n, want := count("<h2"), 1+len(r.Areas)+2; n != want { // headline, areas, all recommendations, answers
		t.Errorf("%d h2 headings, want %d", n, want)
	}
	if n, want := count("<h3"), len(r.Areas); n != want {
		t.Errorf("%d h3 headings, want %d", n, want)
	}
	bars := 0
	for _, ar := range r.Areas {
		if ar.Scored() {
			bars++
		}
	}
	if n := count("<code>"); n != bars {
		t.Errorf("%d code spans, want %d (one bar per scored area)", n, bars)
	}
	for _, bad := range []string{"raw HTML omitted", "<img", "<pre", "<del", "<hr"} {
		if strings.Contains(html, bad) {
			t.Errorf("report renders %q", bad)
		}
	}
	links := count("<a ")
	want := 0
	if r.Set.Source.URL != "" {
		want = 1
	}
	if links != want {
		t.Errorf("%d links, want %d (the source)", links, want)
	}
}

func TestMarkdownPercentsSumTo100(t *testing.T) {
	md := string(Markdown(hostileResult(t), testMeta))
	rowRE := regexp.MustCompile(`(?m)^\| .* \| +(\d+)% \| +(\d+)% \| +(\d+)% \| .* \|$`)
	rows := rowRE.FindAllStringSubmatch(md, -1)
	if len(rows) != 3 {
		t.Fatalf("want 3 area rows, got %d", len(rows))
	}
	for _, row := range rows {
		sum := 0
		for _, p := range row[1:4] {
			n := 0
			for _, c := range p {
				n = n*10 + int(c-'0')
			}
			sum += n
		}
		if sum != 100 {
			t.Errorf("row %q sums to %d%%", row[0], sum)
		}
	}
}

// TestRoundTrip re-scores saved reports: the answers they record must give
// the same report byte for byte.
func TestRoundTrip(t *testing.T) {
	for name, r := range map[string]*scoring.Result{
		"mixed":      mixedResult(t),
		"incomplete": incompleteResult(t),
		"hostile":    hostileResult(t),
	} {
		t.Run(name, func(t *testing.T) {
			md := Markdown(r, testMeta)
			f, err := ParseReport(name+".md", md)
			if err != nil {
				t.Fatal(err)
			}
			a := f.Answers()
			if err := r.Set.Check(name+".md", a, questions.CheckOptions{AllowPartial: true}); err != nil {
				t.Fatal(err)
			}
			again := Markdown(scoring.Score(r.Set, a), Meta{Tool: f.Tool, Date: f.Date})
			if !bytes.Equal(md, again) {
				t.Errorf("re-scored report differs:\n%s\n---- again ----\n%s", md, again)
			}
			if f.Index != r.Index || f.Complete != r.Complete() || f.Hash != r.Set.Hash || len(f.Areas) == 0 {
				t.Errorf("front matter: index %d complete %v hash %s, want %d %v %s",
					f.Index, f.Complete, f.Hash, r.Index, r.Complete(), r.Set.Hash)
			}
			for _, ar := range r.Areas {
				got, ok := f.Areas[ar.Area.ID]
				if ok != ar.Scored() {
					t.Errorf("area %s recorded %v, scored %v", ar.Area.ID, ok, ar.Scored())
				}
				if ok && (got.Verdict != ar.Verdict || got.IT != ar.Split.IT) {
					t.Errorf("area %s: got %+v", ar.Area.ID, got)
				}
			}
		})
	}
}

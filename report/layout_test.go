package report

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// gfm renders markdown as GitHub does: the GFM extensions, and raw HTML
// such as <details> kept (GitHub keeps <details> and <summary>).
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))

// TestGitHubLayout renders the example reports and the goldens as GitHub
// would and checks what a reader sees: first the title and headline, the
// index, the table of the areas with their bars and a legend; last the
// data block, folded inside a closed <details>, its data nowhere else.
func TestGitHubLayout(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.md")
	goldens, _ := filepath.Glob("testdata/TestMarkdown*.golden")
	files = append(files, goldens...)
	if len(files) < 6 {
		t.Fatalf("only %d reports found", len(files))
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			md, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			checkGitHubLayout(t, md)
		})
	}
}

func checkGitHubLayout(t *testing.T, md []byte) {
	t.Helper()
	doc := gfm.Parser().Parse(text.NewReader(md))
	var top []ast.Node
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		top = append(top, n)
	}
	if len(top) < 8 {
		t.Fatalf("only %d blocks", len(top))
	}
	heading := func(n ast.Node, level int) bool {
		h, ok := n.(*ast.Heading)
		return ok && h.Level == level
	}
	plain := func(n ast.Node) string { return mdText(n, md) }
	if !heading(top[0], 1) || !heading(top[1], 2) {
		t.Errorf("the report does not open with its title and headline: %s, %s", top[0].Kind(), top[1].Kind())
	}
	if top[2].Kind() != ast.KindParagraph || !strings.HasPrefix(plain(top[2]), labelIndex+": ") {
		t.Errorf("the third block is not the index: %s %q", top[2].Kind(), plain(top[2]))
	}
	table, ok := top[3].(*east.Table)
	if !ok {
		t.Fatalf("the fourth block is %s, not the table of the areas", top[3].Kind())
	}
	rows, bars := 0, 0
	barRE := regexp.MustCompile(`^[` + cellIT + cellLeadership + cellUnclear + `]{20}$`)
	for row := table.FirstChild(); row != nil; row = row.NextSibling() {
		if row.Kind() != east.KindTableRow {
			continue
		}
		rows++
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, plain(c))
		}
		if len(cells) != 6 {
			t.Fatalf("a row of %d cells: %q", len(cells), cells)
		}
		if barRE.MatchString(cells[1]) {
			bars++
			// The bar is not the only carrier of meaning: the shares and
			// the verdict are there in words.
			for _, c := range cells[2:5] {
				if !regexp.MustCompile(`^\d+%$`).MatchString(c) {
					t.Errorf("share %q beside a bar", c)
				}
			}
			if cells[5] == "" || cells[5] == "—" {
				t.Errorf("no verdict beside a bar: %q", cells)
			}
		} else if cells[1] != "—" || cells[5] != labelNotAnswered {
			t.Errorf("an area without a bar is not marked as not answered: %q", cells)
		}
	}
	if rows == 0 || bars == 0 {
		t.Errorf("%d area rows, %d bars", rows, bars)
	}
	if legend := plain(top[4]); !strings.HasPrefix(legend, labelBars+": "+cellIT) {
		t.Errorf("no legend after the table: %q", legend)
	}

	// The data block ends the report: an HTML block opening a closed
	// <details> with its summary, the YAML fence, the closing </details>.
	n := len(top)
	open, fence, closing := top[n-3], top[n-2], top[n-1]
	if h, ok := open.(*ast.HTMLBlock); !ok || !strings.HasPrefix(blockText(h, md), detailsOpen+"\n"+summaryOpen) {
		t.Errorf("the data block does not start with <details> and its summary: %s", open.Kind())
	}
	if f, ok := fence.(*ast.FencedCodeBlock); !ok || string(f.Language(md)) != "yaml" {
		t.Errorf("the data block is not a yaml fence: %s", fence.Kind())
	}
	if h, ok := closing.(*ast.HTMLBlock); !ok || strings.TrimSpace(blockText(h, md)) != detailsClose {
		t.Errorf("the report does not end with </details>: %s", closing.Kind())
	}
	var out bytes.Buffer
	if err := gfm.Convert(md, &out); err != nil {
		t.Fatal(err)
	}
	page := out.String()
	i := strings.Index(page, detailsOpen)
	if i < 0 || strings.Count(page, "<details") != 1 || strings.Contains(page, "<details open") {
		t.Fatalf("no single closed <details>:\n%s", page)
	}
	// What a reader sees unfolded holds none of the data: no hash, no
	// option ids as YAML.
	if visible := page[:i]; strings.Contains(visible, "hash:") || strings.Contains(visible, "answers:") || strings.Contains(visible, "<hr") {
		t.Errorf("data shows outside the folded block:\n%s", visible)
	}
	if !strings.Contains(page[i:], "hash: ") || !strings.Contains(page[i:], `<pre><code class="language-yaml">`) {
		t.Errorf("the folded block does not hold the data:\n%s", page[i:])
	}
}

// blockText is the raw text of an HTML block.
func blockText(h *ast.HTMLBlock, src []byte) string {
	var b strings.Builder
	for i := 0; i < h.Lines().Len(); i++ {
		seg := h.Lines().At(i)
		b.Write(seg.Value(src))
	}
	if h.HasClosure() {
		b.Write(h.ClosureLine.Value(src))
	}
	return b.String()
}

// mdText is the text a reader sees in n, without markup.
func mdText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() {
				b.WriteString(" ")
			}
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

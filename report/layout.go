package report

import (
	"bytes"
	"fmt"
	"strings"

	"itcheck/questions"
	"itcheck/scoring"
)

// A report keeps its data (see FrontMatter) in a block at its end, which
// GitHub and most markdown viewers show folded and a text editor shows as
// plain YAML:
//
//	<details>
//	<summary>Data for itcheck: …</summary>
//
//	```yaml itcheck
//	tool: itcheck v0.1.0
//	…
//	```
//
//	</details>
//
// The block is a fenced code block inside <details> rather than an HTML
// comment: a fence keeps any text safe (a comment ends at the first "-->",
// which a note may hold), it survives renderers without HTML as a
// readable code block, and it stays visible when the report is pasted as
// plain text. Reports written before kept the same YAML as front matter at
// the top, between two lines "---"; both layouts are read.
const (
	detailsOpen  = "<details>"
	summaryOpen  = "<summary>"
	summaryClose = "</summary>"
	dataOpen     = "```yaml itcheck"
	dataClose    = "```"
	detailsClose = "</details>"
)

// dataBlock writes the report's data block, with the blank line before
// it.
func dataBlock(b *bytes.Buffer, r *scoring.Result, m Meta) {
	b.WriteString("\n" + detailsOpen + "\n" + summaryOpen + labelData + summaryClose + "\n\n" + dataOpen + "\n")
	b.Write(dataYAML(r, m))
	b.WriteString(dataClose + "\n\n" + detailsClose + "\n")
}

// locate finds the data in a report of either layout. It returns the YAML
// with every line before it blanked, so that YAML positions are positions
// in the whole file, and the offset where the human part ends. Problems
// with the layout are questions.Problems that point into the file; a file
// with no data at all gets a plain error.
func locate(name string, data []byte) (yml []byte, bodyEnd int, err error) {
	lines := splitLines(data)
	if len(lines) > 0 && isFence(lines[0]) {
		return locateFront(name, data, lines)
	}
	open := -1
	for i, l := range lines {
		if lineIs(l, dataOpen) {
			if open >= 0 {
				return nil, 0, problemAt(name, i, "a second data block starts here; a report holds one, at its end")
			}
			open = i
		}
	}
	if open < 0 {
		return nil, 0, fmt.Errorf("%s: not an itcheck report: it has no data block (itcheck ends a report with a %s block inside <details>; older reports start with front matter, a line ---)", name, dataOpen)
	}
	switch {
	case open < 1 || !lineIs(lines[open-1], ""):
		return nil, 0, problemAt(name, open, "the data block that starts here needs a blank line before it, after <summary>…</summary>")
	case open < 2 || !isSummary(lines[open-2]):
		return nil, 0, problemAt(name, max(open-2, 0), "expected a line <summary>…</summary> here, two lines before the data block")
	case open < 3 || !lineIs(lines[open-3], detailsOpen):
		return nil, 0, problemAt(name, max(open-3, 0), "expected a line <details> here, before the data block's <summary>")
	}
	closing := -1
	for i := open + 1; i < len(lines); i++ {
		if lineIs(lines[i], dataClose) {
			closing = i
			break
		}
	}
	if closing < 0 {
		return nil, 0, problemAt(name, open, "the data block that starts here has no closing line "+dataClose)
	}
	ended := false
	for i := closing + 1; i < len(lines); i++ {
		switch {
		case lineIs(lines[i], ""):
		case !ended && lineIs(lines[i], detailsClose):
			ended = true
		case ended:
			return nil, 0, problemAt(name, i, "unexpected text after the data block's "+detailsClose+"; the data block ends the report")
		default:
			return nil, 0, problemAt(name, i, "expected "+detailsClose+" here, after the data block")
		}
	}
	if !ended {
		return nil, 0, problemAt(name, closing, "the data block that ends here needs a line "+detailsClose+" after it")
	}
	start, end := offsetOf(lines, open+1), offsetOf(lines, closing)
	if len(bytes.TrimSpace(data[start:end])) == 0 {
		return nil, 0, problemAt(name, open, "the data block that starts here is empty")
	}
	yml = append(bytes.Repeat([]byte("\n"), open+1), data[start:end]...)
	return yml, offsetOf(lines, open-3), nil
}

// locateFront finds the data in a report of the earlier layout, which
// starts with front matter.
func locateFront(name string, data []byte, lines [][]byte) ([]byte, int, error) {
	end := -1
	for i := 1; i < len(lines); i++ {
		if isFence(lines[i]) {
			end = i
			break
		}
	}
	if end < 0 {
		return nil, 0, problemAt(name, 0, "the front matter that starts here has no closing line ---")
	}
	for i := end + 1; i < len(lines); i++ {
		if lineIs(lines[i], dataOpen) {
			return nil, 0, problemAt(name, i, "a second data block starts here; the front matter at the top already holds the report's data")
		}
	}
	if len(bytes.TrimSpace(data[len(lines[0]):offsetOf(lines, end)])) == 0 {
		return nil, 0, problemAt(name, 0, "the front matter that starts here is empty")
	}
	// Blank the opening line instead of dropping it, so that YAML line
	// numbers are file line numbers.
	yml := append([]byte("\n"), data[len(lines[0]):offsetOf(lines, end)]...)
	return yml, offsetOf(lines, end+1), nil
}

// scanLocate finds the data in a report as Markdown writes it: the YAML
// and the line that closes it, which follows it in front.
func scanLocate(data []byte) (front, closing string, ok bool) {
	if bytes.Count(data, []byte(dataOpen)) > 1 {
		return "", "", false
	}
	if rest, old := bytes.CutPrefix(data, []byte("---\n")); old {
		end := bytes.Index(rest, []byte("\n---\n"))
		if end < 0 || bytes.Contains(data, []byte(dataOpen)) {
			return "", "", false
		}
		return string(rest[:end+len("\n---\n")]), "---", true
	}
	if first, _, _ := bytes.Cut(data, []byte("\n")); isFence(first) {
		return "", "", false // front matter not as Markdown wrote it
	}
	open := "\n\n" + dataOpen + "\n"
	tail := dataClose + "\n\n" + detailsClose + "\n"
	i := bytes.Index(data, []byte(open))
	if i < 0 || !bytes.HasSuffix(data, []byte(tail)) || i+len(open) > len(data)-len(tail) {
		return "", "", false
	}
	before, ok := bytes.CutSuffix(data[:i], []byte(summaryClose))
	if !ok {
		return "", "", false
	}
	j := bytes.LastIndexByte(before, '\n')
	if j < 0 || !bytes.HasPrefix(before[j+1:], []byte(summaryOpen)) {
		return "", "", false
	}
	before, ok = bytes.CutSuffix(before[:j], []byte(detailsOpen))
	if !ok || (len(before) > 0 && before[len(before)-1] != '\n') {
		return "", "", false
	}
	return string(data[i+len(open) : len(data)-len(tail)+len(dataClose)+1]), dataClose, true
}

// problemAt is a problem at the start of line i (counted from 0).
func problemAt(name string, i int, msg string) error {
	return questions.Problems{{File: name, Pos: questions.Pos{Line: i + 1, Col: 1}, Msg: msg}}
}

// offsetOf is where line i starts in the data the lines were split from.
func offsetOf(lines [][]byte, i int) int {
	n := 0
	for _, l := range lines[:i] {
		n += len(l)
	}
	return n
}

// lineIs reports whether line, without its line end, is exactly s.
func lineIs(line []byte, s string) bool {
	return string(trimEOL(line)) == s
}

func isSummary(line []byte) bool {
	l := string(trimEOL(line))
	return len(l) >= len(summaryOpen+summaryClose) && strings.HasPrefix(l, summaryOpen) && strings.HasSuffix(l, summaryClose)
}

// trimEOL removes a line's "\n" or "\r\n".
func trimEOL(line []byte) []byte {
	return bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
}

// hasDataBlock reports whether data has a line opening a data block.
func hasDataBlock(data []byte) bool {
	for _, l := range splitLines(data) {
		if lineIs(l, dataOpen) {
			return true
		}
	}
	return false
}

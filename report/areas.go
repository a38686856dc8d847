package report

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"itcheck/internal/safetext"
	"itcheck/questions"
	"itcheck/scoring"
)

// partyCells are the bar characters in questions.PartyIDs order, as the
// terminal's verdict draws them.
var partyCells = [3]string{cellIT, cellLeadership, cellUnclear}

// areaTable writes the areas as a table: each area's bar (one block per 5
// percent, in a code span so that every viewer draws it in a fixed-width
// font), its shares in words and who carries it, then a legend for the
// bar characters. The cells are padded so that the table lines up in a
// text editor too.
func areaTable(b *bytes.Buffer, r *scoring.Result) {
	s := r.Set
	head := []string{labelArea, labelSplit}
	for _, p := range questions.PartyIDs {
		head = append(head, safetext.MarkdownInline(s.Party(p).Label))
	}
	head = append(head, labelCarries)
	rows := [][]string{head}
	for i := range r.Areas {
		ar := &r.Areas[i]
		title := safetext.MarkdownInline(ar.Area.Title)
		if !ar.Scored() {
			rows = append(rows, []string{title, "—", "—", "—", "—", "*" + labelNotAnswered + "*"})
			continue
		}
		var bar strings.Builder
		for i, n := range cells(ar.Split, barCells) {
			bar.WriteString(strings.Repeat(partyCells[i], n))
		}
		pc := ar.Split.Percent()
		rows = append(rows, []string{title, "`" + bar.String() + "`",
			fmt.Sprintf("%d%%", pc[0]), fmt.Sprintf("%d%%", pc[1]), fmt.Sprintf("%d%%", pc[2]),
			safetext.MarkdownInline(verdictLabel(s, ar))})
	}
	right := []bool{false, false, true, true, true, false}
	width := make([]int, len(head))
	for _, row := range rows {
		for i, c := range row {
			width[i] = max(width[i], ansi.StringWidth(c), 3)
		}
	}
	line := func(cells []string) {
		for i, c := range cells {
			pad := strings.Repeat(" ", width[i]-ansi.StringWidth(c))
			if right[i] {
				c = pad + c
			} else {
				c += pad
			}
			b.WriteString("| " + c + " ")
		}
		b.WriteString("|\n")
	}
	line(rows[0])
	rule := make([]string, len(head))
	for i, w := range width {
		rule[i] = strings.Repeat("-", w)
		if right[i] {
			rule[i] = rule[i][1:] + ":"
		}
	}
	line(rule)
	for _, row := range rows[1:] {
		line(row)
	}
	b.WriteString("\n")
	legend := make([]string, len(questions.PartyIDs))
	for i, p := range questions.PartyIDs {
		legend[i] = partyCells[i] + " " + safetext.MarkdownInline(s.Party(p).Label)
	}
	fmt.Fprintf(b, "%s: %s\n\n", labelBars, strings.Join(legend, " · "))
}

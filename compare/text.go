package compare

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"itcheck/internal/safetext"
	"itcheck/internal/textblock"
	"itcheck/report"
)

// TextOptions shape the terminal view.
type TextOptions struct {
	Width int  // columns; 0 means 80. No line is wider than this.
	Dark  bool // dark terminal background: picks the colours
}

// barWidth is the width of an area bar, in cells.
const barWidth = 16

// maxPerRole is how many of a role's answers the terminal shows per
// question; the rest are counted.
const maxPerRole = 3

// Text renders the comparison for the terminal, styled like the verdict:
// the summary, the mixed signals with each role's answers, the Not sure
// clusters, one line per respondent (or role) and area with a bar and
// verdict, and the accountability index; over time, what changed. It ends
// with a newline.
//
// The text is always styled with full-colour ANSI sequences; write it
// through a colorprofile.Writer, which reduces it to what the output
// supports, down to plain text for pipes and NO_COLOR.
func (c *Comparison) Text(opt TextOptions) string {
	w := opt.Width
	if w <= 0 {
		w = 80
	}
	t := &textWriter{Writer: textblock.New(w), c: c, st: report.NewStyles(opt.Dark)}
	if c.Change != nil {
		t.change()
	} else {
		t.summary()
		t.mixed()
		t.notSure()
		t.areas()
		t.index()
	}
	t.leftOut()
	return t.String()
}

// textWriter lays out the comparison in the verdict's styles.
type textWriter struct {
	*textblock.Writer
	c  *Comparison
	st report.Styles
}

// heading adds a heading after a blank line.
func (t *textWriter) heading(s string) {
	t.Blank()
	t.Para(s, t.st.Heading)
}

func (t *textWriter) summary() {
	c := t.c
	t.Para(labelComparing+" "+reports(len(c.Respondents))+": "+c.Set.Title, t.st.Headline)
	var parts []string
	for g, r := range c.Roles {
		// A non-breaking space keeps each count with its noun ("2 reports")
		// when the line wraps.
		count := strings.Replace(reports(r.Respondents), " ", "\u00a0", 1)
		parts = append(parts, safetext.Line(c.roleLabel(g))+": "+count)
	}
	t.HangingLine("", "", strings.Join(parts, " · "), t.st.Muted)
}

func (t *textWriter) mixed() {
	c := t.c
	t.heading(labelMixed)
	if len(c.Mixed) == 0 {
		t.Para(labelNoMixed+" "+num2(MixedAt)+".", t.st.Muted)
		return
	}
	nw := len(strconv.Itoa(len(c.Mixed)))
	indent := strings.Repeat(" ", nw+2)
	for i, q := range c.Mixed {
		t.Hanging(t.st.Number.Render(fmt.Sprintf("%*d.", nw, i+1))+" ", indent, q.Question.Text, t.st.Label)
		line := labelDisagreement + " " + num2(q.Disagreement)
		if seen := c.seenBy(q); seen != "" {
			line += " · " + labelSeenBy + ": " + seen + " (" + num2(q.RoleGap) + ")"
		}
		t.Hanging(indent, indent, line, t.st.Muted)
		for _, g := range answeredBy(q) {
			t.Hanging(indent, indent+"  ", c.roleLabel(g)+": "+roleLine(q, g), lipgloss.NewStyle())
		}
	}
}

// roleLine lists a role's answers to q with counts, most given first.
func roleLine(q *Question, g int) string {
	as := byRole(q, g)
	var parts []string
	for i, a := range as {
		if i == maxPerRole {
			parts = append(parts, fmt.Sprintf("%d %s", len(as)-maxPerRole, labelMoreAnswers))
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%d)", answerLabel(a.answer), a.n))
	}
	return strings.Join(parts, "; ")
}

func (t *textWriter) notSure() {
	c := t.c
	first := true
	for i := range c.Areas {
		a := &c.Areas[i]
		if !a.Cluster {
			continue
		}
		if first {
			t.heading(labelNotSure)
			first = false
		}
		t.Hanging("", "  ", a.Area.Title+"  "+ofCount(a.NotSure, a.Answers)+" answers", t.st.Label)
		for j := range c.Questions {
			if q := &c.Questions[j]; q.Unsure && q.Area == a.Area {
				t.Hanging("  ", "    ", q.Question.Text+" "+ofCount(q.NotSure, q.Placed+q.NotSure)+" ("+c.unsureRoles(q)+")", lipgloss.NewStyle())
			}
		}
	}
}

func (t *textWriter) leftOut() {
	c := t.c
	if len(c.LeftOut) == 0 && len(c.Unknown) == 0 {
		return
	}
	t.heading(labelLeftOut)
	for _, lo := range c.LeftOut {
		t.Hanging("  ", "    ", lo.Question.Text, t.st.Label)
		for _, r := range lo.Reports {
			t.Hanging("    ", "      ", r.File+" ("+r.Version+"): "+r.Reason, t.st.Warn)
		}
	}
	for _, u := range c.Unknown {
		t.Hanging("  ", "    ", u.File+" ("+u.Version+") also answers "+strings.Join(u.IDs, ", "), t.st.Muted)
	}
}

func (t *textWriter) change() {
	c, ch := t.c, t.c.Change
	t.Para(labelChanged+": "+c.Set.Title, t.st.Headline)
	t.Para(ch.From.Name+" ("+ch.From.Date+") → "+ch.To.Name+" ("+ch.To.Date+") · "+c.respondentRole(ch.To), t.st.Muted)
	t.Blank()
	t.Add(t.st.Label.Render(labelIndex+"  ") + t.st.Number.Render(fmt.Sprintf("%d → %d (%+d)", ch.From.Index, ch.To.Index, ch.IndexDelta())))
	t.heading(labelAreas)
	for ai, ac := range ch.Areas {
		t.Blank()
		t.Para(c.Set.Areas[ai].Title, t.st.Label)
		bars := t.st.Bar(ac.From.Split, ac.From.Verdict != "", barWidth) + " → " + t.st.Bar(ac.To.Split, ac.To.Verdict != "", barWidth)
		if ansi.StringWidth(bars)+2 > t.Width() {
			bars = t.st.Bar(ac.To.Split, ac.To.Verdict != "", min(barWidth, t.Width()-2))
		}
		t.Add("  " + bars)
		verdict := c.verdictLabel(ac.From.Verdict) + " → " + c.verdictLabel(ac.To.Verdict)
		if ac.From.Verdict == ac.To.Verdict {
			verdict = c.verdictLabel(ac.To.Verdict)
		}
		t.Hanging("  ", "  ", verdict, t.verdictStyle(ac.To.Verdict))
	}
	t.Blank()
	t.legend()
	t.heading(labelMoved)
	if len(ch.Moved) == 0 {
		t.Para("—", t.st.Muted)
	}
	for i, mv := range ch.Moved {
		if i > 0 {
			t.Blank()
		}
		t.Hanging("  ", "  ", mv.Question.Question.Text, t.st.Label)
		t.Hanging("    ", "    ", answerLabel(mv.From)+" → "+answerLabel(mv.To), lipgloss.NewStyle())
	}
}

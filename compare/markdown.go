package compare

import (
	"bytes"
	"fmt"
	"math"
	"strings"

	"itcheck/internal/safetext"
	"itcheck/questions"
	"itcheck/scoring"
)

// Meta is what the rendered comparison records besides the comparison.
type Meta struct {
	Tool string // name and version of the program, like "itcheck v0.1.0"
}

// Markdown renders the comparison for a team to read before and during a
// meeting: a summary line, the discussion agenda, the mixed signals, the
// Not sure clusters, each area's splits and verdicts (per respondent, or
// per role when there are more than ListLimit respondents), the
// accountability index, what was left out, how to read the measures, and
// a footer. Over time it shows what changed instead.
//
// It renders cleanly as GitHub-flavoured markdown with no raw HTML; text
// from reports (file names, notes) is escaped so it shows as typed. The
// same comparison always gives the same bytes.
func (c *Comparison) Markdown(m Meta) []byte {
	w := &mdWriter{c: c}
	if c.Change != nil {
		w.change()
	} else {
		w.header()
		w.agenda()
		w.mixed()
		w.notSure()
		w.areas()
		w.index()
	}
	w.leftOut()
	if c.Change == nil {
		w.h2(labelHowToRead)
		for _, p := range howToRead {
			w.para("%s", p)
		}
	}
	w.footer(m)
	return w.b.Bytes()
}

type mdWriter struct {
	c *Comparison
	b bytes.Buffer
}

func (w *mdWriter) para(format string, args ...any) {
	fmt.Fprintf(&w.b, format, args...)
	w.b.WriteString("\n\n")
}

func (w *mdWriter) h2(s string) { w.para("## %s", s) }

// row writes one table row; cells are already escaped.
func (w *mdWriter) row(cells ...string) {
	w.b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
}

func (w *mdWriter) endTable() { w.b.WriteString("\n") }

func (w *mdWriter) header() {
	c := w.c
	w.para("# %s: %s", labelComparing, safetext.MarkdownInline(c.Set.Title))
	parts := []string{safetext.MarkdownInline(fmt.Sprintf("%s of %s %s", reports(len(c.Respondents)), c.Set.ID, c.Set.Version))}
	for g, r := range c.Roles {
		parts = append(parts, safetext.MarkdownInline(roleReports(c.roleLabel(g), r.Respondents)))
	}
	w.para("%s", strings.Join(parts, " · "))
}

func (w *mdWriter) agenda() {
	c := w.c
	items := c.Agenda()
	if len(items) == 0 {
		return
	}
	w.h2(labelAgenda)
	for i, it := range items {
		q := it.Question
		w.para("### %d. %s", i+1, safetext.MarkdownInline(q.Question.Text))
		what := fmt.Sprintf("%s · %s %s", labelMixedOne, strings.ToLower(labelDisagreement), num2(q.Disagreement))
		if it.Kind == KindNotSure {
			what = fmt.Sprintf("%s: %s", safetext.MarkdownInline(notSureLabel(q.Question)), ofCount(q.NotSure, q.Placed+q.NotSure))
		}
		w.para("*%s* · %s", safetext.MarkdownInline(q.Area.Title), what)
		if q.Question.Help != "" {
			w.para("%s", safetext.MarkdownInline(q.Question.Help))
		}
		w.roleAnswers(q)
		if it.Advice != nil {
			w.para("**%s:** %s", labelToDiscuss, safetext.MarkdownInline(it.Advice.Text))
		}
		w.para("**%s:** %s", labelRoom, safetext.MarkdownInline(c.room(it)))
	}
}

// room words who should be in the room for an agenda item: "IT staff
// and Executive or owner, who see it differently, and whoever speaks for
// IT and Leadership".
func (c *Comparison) room(it AgendaItem) string {
	var roles, parties []string
	for _, g := range it.Roles {
		roles = append(roles, c.roleLabel(g))
	}
	for _, p := range it.Parties {
		parties = append(parties, c.Set.Party(p).Label)
	}
	why := "who see it differently"
	if it.Kind == KindNotSure {
		why = "who said " + notSureLabel(it.Question.Question)
	}
	s := and(roles) + ", " + why
	if len(parties) > 0 {
		s += ", and whoever speaks for " + and(parties)
	}
	return s
}

// and joins words as "a, b and c".
func and(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// roleAnswers writes a table of the answers each role gave to q.
func (w *mdWriter) roleAnswers(q *Question) {
	w.row(labelRole, labelAnswers)
	w.row("---", "---")
	for _, g := range answeredBy(q) {
		var parts []string
		for _, a := range byRole(q, g) {
			l := safetext.MarkdownInline(answerLabel(a.answer))
			if a.answer.NotSure {
				l = "*" + l + "*"
			}
			parts = append(parts, fmt.Sprintf("%s (%d)", l, a.n))
		}
		w.row(safetext.MarkdownInline(w.c.roleLabel(g)), strings.Join(parts, "; "))
	}
	w.endTable()
}

func (w *mdWriter) mixed() {
	c := w.c
	w.h2(labelMixed)
	if len(c.Mixed) == 0 {
		w.para("%s %s.", labelNoMixed, num2(MixedAt))
		return
	}
	w.row("#", labelQuestion, labelArea, labelDisagreement, labelSeenBy)
	w.row("---:", "---", "---", "---:", "---")
	for i, q := range c.Mixed {
		seen := safetext.MarkdownInline(c.seenBy(q))
		if seen != "" {
			seen += " (" + num2(q.RoleGap) + ")"
		}
		w.row(fmt.Sprint(i+1), safetext.MarkdownInline(q.Question.Text), safetext.MarkdownInline(q.Area.Title), num2(q.Disagreement), seen)
	}
	w.endTable()
}

func (w *mdWriter) notSure() {
	c := w.c
	var areas []*Area
	for i := range c.Areas {
		if c.Areas[i].Cluster {
			areas = append(areas, &c.Areas[i])
		}
	}
	if len(areas) == 0 {
		return
	}
	w.h2(labelNotSure)
	for _, a := range areas {
		fmt.Fprintf(&w.b, "- **%s**: %s answers\n", safetext.MarkdownInline(a.Area.Title), ofCount(a.NotSure, a.Answers))
		for i := range c.Questions {
			if q := &c.Questions[i]; q.Unsure && q.Area == a.Area {
				fmt.Fprintf(&w.b, "  - %s: %s (%s)\n", safetext.MarkdownInline(q.Question.Text), ofCount(q.NotSure, q.Placed+q.NotSure), safetext.MarkdownInline(c.unsureRoles(q)))
			}
		}
	}
	w.endTable()
}

func (w *mdWriter) areas() {
	c := w.c
	w.h2(labelAreas)
	parties := make([]string, len(questions.PartyIDs))
	for i, p := range questions.PartyIDs {
		parties[i] = safetext.MarkdownInline(c.Set.Party(p).Label)
	}
	for ai := range c.Set.Areas {
		area := &c.Set.Areas[ai]
		w.para("### %s", safetext.MarkdownInline(area.Title))
		if c.Listed() {
			w.row(append(append([]string{labelRespondent, labelRole}, parties...), labelCarries)...)
			w.row("---", "---", "---:", "---:", "---:", "---")
			for i := range c.Respondents {
				r := &c.Respondents[i]
				as := r.Areas[ai]
				w.row(append(append([]string{safetext.MarkdownInline(r.Name), safetext.MarkdownInline(c.respondentRole(r))}, percents(as.Split, as.Verdict != "")...), safetext.MarkdownInline(c.verdictLabel(as.Verdict)))...)
			}
			w.endTable()
			w.notes(area)
			continue
		}
		w.row(append(append([]string{labelRole, labelRespondents}, parties...), labelMostCommon)...)
		w.row("---", "---:", "---:", "---:", "---:", "---")
		for g := range c.Roles {
			ra := c.Roles[g].Areas[ai]
			v, n := ra.Common()
			common := safetext.MarkdownInline(c.verdictLabel(v))
			if v != "" {
				common += " (" + ofCount(n, ra.Scored) + ")"
			}
			w.row(append(append([]string{safetext.MarkdownInline(c.roleLabel(g)), fmt.Sprint(c.Roles[g].Respondents)}, percents(ra.Split, ra.Scored > 0)...), common)...)
		}
		w.endTable()
	}
}

// notes quotes what each respondent wrote about an area.
func (w *mdWriter) notes(area *questions.Area) {
	first := true
	for i := range w.c.Respondents {
		r := &w.c.Respondents[i]
		note := r.Notes[area.ID]
		if safetext.Line(note) == "" {
			continue
		}
		if first {
			w.para("**%s**", labelNotes)
			first = false
		}
		w.para("*%s* (%s):", safetext.MarkdownInline(r.Name), safetext.MarkdownInline(w.c.respondentRole(r)))
		w.b.WriteString(safetext.MarkdownQuote(note))
		w.b.WriteString("\n")
	}
}

// percents writes a split as three whole percents, or dashes.
func percents(s scoring.Split, scored bool) []string {
	if !scored {
		return []string{"—", "—", "—"}
	}
	p := s.Percent()
	return []string{fmt.Sprintf("%d%%", p[0]), fmt.Sprintf("%d%%", p[1]), fmt.Sprintf("%d%%", p[2])}
}

func (w *mdWriter) index() {
	c := w.c
	w.h2(labelIndex)
	if c.Listed() {
		w.row(labelRespondent, labelRole, labelDate, labelIndex)
		w.row("---", "---", "---", "---:")
		for i := range c.Respondents {
			r := &c.Respondents[i]
			w.row(safetext.MarkdownInline(r.Name), safetext.MarkdownInline(c.respondentRole(r)), safetext.MarkdownInline(r.Date), fmt.Sprintf("%d/100", r.Index))
		}
	} else {
		w.row(labelRole, labelRespondents, labelMeanIndex)
		w.row("---", "---:", "---:")
		for g, r := range c.Roles {
			w.row(safetext.MarkdownInline(c.roleLabel(g)), fmt.Sprint(r.Respondents), fmt.Sprintf("%d/100", int(math.Floor(r.Index+0.5))))
		}
	}
	w.endTable()
}

func (w *mdWriter) leftOut() {
	c := w.c
	if len(c.LeftOut) == 0 && len(c.Unknown) == 0 {
		return
	}
	w.h2(labelLeftOut)
	if len(c.LeftOut) > 0 {
		w.row(labelQuestion, labelReport, labelVersion, labelWhy)
		w.row("---", "---", "---", "---")
		for _, lo := range c.LeftOut {
			for _, r := range lo.Reports {
				w.row(safetext.MarkdownInline(lo.Question.Text), safetext.MarkdownInline(r.File), safetext.MarkdownInline(r.Version), safetext.MarkdownInline(r.Reason))
			}
		}
		w.endTable()
	}
	for _, u := range c.Unknown {
		w.para("%s (%s %s) also answers %s, which %s %s does not ask.", safetext.MarkdownInline(u.File), safetext.MarkdownInline(c.Set.ID), safetext.MarkdownInline(u.Version),
			safetext.MarkdownInline(strings.Join(u.IDs, ", ")), safetext.MarkdownInline(c.Set.ID), safetext.MarkdownInline(c.Set.Version))
	}
}

func (w *mdWriter) change() {
	c, ch := w.c, w.c.Change
	w.para("# %s: %s", labelChanged, safetext.MarkdownInline(c.Set.Title))
	w.para("%s (%s), %s → %s (%s), %s", safetext.MarkdownInline(ch.From.Name), safetext.MarkdownInline(c.respondentRole(ch.From)), safetext.MarkdownInline(ch.From.Date),
		safetext.MarkdownInline(ch.To.Name), safetext.MarkdownInline(c.respondentRole(ch.To)), safetext.MarkdownInline(ch.To.Date))
	w.para("**%s: %d → %d** (%+d)", labelIndex, ch.From.Index, ch.To.Index, ch.IndexDelta())
	head := []string{labelArea}
	for _, p := range questions.PartyIDs {
		head = append(head, safetext.MarkdownInline(c.Set.Party(p).Label))
	}
	w.row(append(head, labelCarries)...)
	w.row("---", "---:", "---:", "---:", "---")
	for ai, ac := range ch.Areas {
		from, to := percents(ac.From.Split, ac.From.Verdict != ""), percents(ac.To.Split, ac.To.Verdict != "")
		cells := []string{safetext.MarkdownInline(c.Set.Areas[ai].Title)}
		for i := range from {
			cells = append(cells, from[i]+" → "+to[i])
		}
		verdict := safetext.MarkdownInline(c.verdictLabel(ac.From.Verdict)) + " → " + safetext.MarkdownInline(c.verdictLabel(ac.To.Verdict))
		if ac.From.Verdict == ac.To.Verdict {
			verdict = safetext.MarkdownInline(c.verdictLabel(ac.To.Verdict))
		}
		w.row(append(cells, verdict)...)
	}
	w.endTable()
	w.h2(labelMoved)
	if len(ch.Moved) == 0 {
		w.para("—")
		return
	}
	w.row(labelArea, labelQuestion, labelBefore, labelAfter)
	w.row("---", "---", "---", "---")
	for _, mv := range ch.Moved {
		w.row(safetext.MarkdownInline(mv.Question.Area.Title), safetext.MarkdownInline(mv.Question.Question.Text), safetext.MarkdownInline(answerLabel(mv.From)), safetext.MarkdownInline(answerLabel(mv.To)))
	}
	w.endTable()
}

func (w *mdWriter) footer(m Meta) {
	var parts []string
	if t := safetext.MarkdownInline(m.Tool); t != "" {
		parts = append(parts, t)
	}
	parts = append(parts, safetext.MarkdownInline(w.c.Set.ID+" "+w.c.Set.Version))
	fmt.Fprintf(&w.b, "*%s*\n", strings.Join(parts, " · "))
}

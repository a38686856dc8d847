package report

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"itcheck/internal/safetext"
	"itcheck/questions"
	"itcheck/scoring"
)

// Markdown renders the shareable report: the title, the headline, the
// accountability index and a table of the areas with a bar for each
// (block characters, as in the terminal's verdict, beside the same
// shares and verdicts in words), then the incomplete mark, the summary
// and the areas holding the index back, the role and date, every
// recommendation once in order, a section per area with its finding and
// notes, the set's closing words, the answers given, a footer naming the
// tool, the set and the date, and last the data block (see FrontMatter
// and layout.go), which GitHub shows folded.
//
// It renders cleanly as GitHub-flavoured markdown; its only raw HTML is
// the <details> around the data block. Notes are quoted and escaped so
// they show as the text typed. The same result and meta always give the
// same bytes. Answers and notes for ids the set does not know are left
// out, as scoring leaves them out.
func Markdown(r *scoring.Result, m Meta) []byte {
	return MarkdownWith(r, m, MarkdownOptions{})
}

// MarkdownOptions add optional parts to the markdown report. The zero
// value gives exactly the report Markdown writes.
type MarkdownOptions struct {
	// Explain adds to each area's section why it landed where it did
	// (see Explain). The data block is the same either way.
	Explain bool
}

// MarkdownWith renders the report as Markdown does, with the optional
// parts opt asks for.
func MarkdownWith(r *scoring.Result, m Meta, opt MarkdownOptions) []byte {
	var b bytes.Buffer
	s := r.Set
	para := func(format string, args ...any) {
		fmt.Fprintf(&b, format, args...)
		b.WriteString("\n\n")
	}
	para("# %s", safetext.MarkdownInline(s.Title))
	headline, summary := r.Headline()
	if headline != "" {
		para("## %s", safetext.MarkdownInline(headline))
	}
	para("**%s: %d/100**, %s.", labelIndex, r.Index, labelIndexGloss)
	areaTable(&b, r)
	if len(r.Missing) > 0 {
		para("**%s:** %s.", labelIncomplete, unanswered(len(r.Missing)))
	}
	if summary != "" {
		para("%s", safetext.MarkdownInline(summary))
	}
	if held := heldBackWords(r); held != "" {
		para("%s", safetext.MarkdownInline(held))
	}
	var facts []string
	if r.Answers.Role != "" {
		facts = append(facts, labelRole+": "+safetext.MarkdownInline(roleLabel(s, r.Answers.Role)))
	}
	if d := safetext.Line(m.Date); d != "" {
		facts = append(facts, labelDate+": "+safetext.MarkdownInline(d))
	}
	if len(facts) > 0 {
		para("%s", strings.Join(facts, " · "))
	}
	if len(r.Recommendations) > 0 {
		para("## %s", labelRecs)
		for i, rec := range r.Recommendations {
			fmt.Fprintf(&b, "%d. %s", i+1, recItem(s, rec))
			if rec.Area != nil {
				fmt.Fprintf(&b, " *(%s)*", safetext.MarkdownInline(rec.Area.Title))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}
	var why []Explanation
	if opt.Explain {
		why = Explain(r)
	}
	for i := range r.Areas {
		areaSection(&b, r, &r.Areas[i])
		if why != nil {
			explainSection(&b, why[i])
		} else {
			areaFindings(&b, &r.Areas[i])
		}
		areaRecs(&b, r, r.Areas[i].Area)
		areaNotes(&b, r, &r.Areas[i])
	}
	if s.Closing != "" {
		para("%s", safetext.MarkdownInline(s.Closing))
	}
	answersGiven(&b, r)
	footer(&b, r, m)
	dataBlock(&b, r, m)
	return b.Bytes()
}

// recItem is a recommendation as "**Who:** text".
func recItem(s *questions.Set, rec scoring.Recommendation) string {
	return fmt.Sprintf("**%s:** %s", safetext.MarkdownInline(actorLabel(s, rec.Who)), safetext.MarkdownInline(rec.Text))
}

// row writes one table row; cells are already escaped.
func row(b *bytes.Buffer, cells ...string) {
	b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
}

func areaSection(b *bytes.Buffer, r *scoring.Result, ar *scoring.AreaResult) {
	s := r.Set
	fmt.Fprintf(b, "## %s\n\n", safetext.MarkdownInline(ar.Area.Title))
	if ar.Scored() {
		v := s.Verdicts.Text(ar.Reason())
		fmt.Fprintf(b, "**%s:**", safetext.MarkdownInline(v.Label))
		if v.Meaning != "" {
			b.WriteString(" " + safetext.MarkdownInline(v.Meaning))
		}
		b.WriteString("\n\n")
	} else {
		fmt.Fprintf(b, "*%s*\n\n", labelNotAnswered)
	}
}

// areaFindings names the answers behind an area's verdict, for a reader
// who does not ask for the full explanation: for an area that is not
// IT's, every answer that keeps it from IT, the failed conditions marked
// (they decide where the area lands) and the answers that give IT less
// than half; for IT's, any failed condition.
func areaFindings(b *bytes.Buffer, ar *scoring.AreaResult) {
	if !ar.Scored() {
		return
	}
	limited := map[string][]string{}
	for _, l := range ar.Limits {
		limited[l.Question.ID] = append(limited[l.Question.ID], l.Option.Label)
	}
	notIT := ar.Verdict != questions.VerdictIT
	var lines []string
	for _, qr := range ar.Questions {
		q := safetext.MarkdownInline(qr.Question.Text)
		switch opts, ok := limited[qr.Question.ID]; {
		case ok:
			// A multi question's ticked options share one line.
			lines = append(lines, fmt.Sprintf("- %s **%s** *(%s)*", q, safetext.MarkdownInline(strings.Join(opts, "; ")), labelConditionNotMet))
		case notIT && qr.Counted != nil && 2*qr.Split.IT < questions.One:
			lines = append(lines, fmt.Sprintf("- %s **%s**", q, safetext.MarkdownInline(qr.Counted.Label)))
		}
	}
	if len(lines) == 0 {
		return
	}
	label := labelNotInPlace
	if notIT {
		label = labelAgainstIT
	}
	fmt.Fprintf(b, "%s:\n\n%s\n\n", label, strings.Join(lines, "\n"))
}

// areaRecs points from an area to its recommendations, by their numbers
// in the list above.
func areaRecs(b *bytes.Buffer, r *scoring.Result, a *questions.Area) {
	var nums []string
	for i, rec := range r.Recommendations {
		if rec.Area == a {
			nums = append(nums, strconv.Itoa(i+1))
		}
	}
	switch len(nums) {
	case 0:
		return
	case 1:
		fmt.Fprintf(b, "%s: %s.\n\n", labelAreaRec, nums[0])
	default:
		fmt.Fprintf(b, "%s: %s and %s.\n\n", labelAreaRecs, strings.Join(nums[:len(nums)-1], ", "), nums[len(nums)-1])
	}
}

// areaNotes quotes the person's notes on one area.
func areaNotes(b *bytes.Buffer, r *scoring.Result, ar *scoring.AreaResult) {
	if note := safetext.Note(r.Answers.Notes[ar.Area.ID]); note != "" {
		fmt.Fprintf(b, "**%s**\n\n%s\n", labelNotes, safetext.MarkdownQuote(note))
	}
}

// explainSection writes why an area landed where it did: the split and
// the rule in one paragraph, then one list item per answer.
func explainSection(b *bytes.Buffer, e Explanation) {
	if e.Split == "" && len(e.Answers) == 0 {
		return
	}
	fmt.Fprintf(b, "**%s**\n\n", labelWhyShort)
	if e.Split != "" {
		fmt.Fprintf(b, "%s\n\n", safetext.MarkdownInline(e.Split+". "+e.Rule))
	}
	for _, line := range e.Limits {
		fmt.Fprintf(b, "%s\n\n", safetext.MarkdownInline(line))
	}
	for _, line := range e.Answers {
		fmt.Fprintf(b, "- %s\n", safetext.MarkdownInline(line))
	}
	if len(e.Answers) > 0 {
		b.WriteString("\n")
	}
}

func answersGiven(b *bytes.Buffer, r *scoring.Result) {
	fmt.Fprintf(b, "## %s\n\n", labelAnswers)
	for i := range r.Areas {
		ar := &r.Areas[i]
		fmt.Fprintf(b, "### %s\n\n", safetext.MarkdownInline(ar.Area.Title))
		row(b, labelQuestion, labelAnswer)
		row(b, "---", "---")
		for _, qr := range ar.Questions {
			row(b, safetext.MarkdownInline(qr.Question.Text), answerCell(qr))
		}
		b.WriteString("\n")
	}
}

// answerCell lists the chosen options' labels; "Not sure" answers are in
// italics so they stand out as the finding they are.
func answerCell(qr scoring.QuestionResult) string {
	if !qr.Answered() {
		return "*" + labelNotAnswered + "*"
	}
	labels := make([]string, len(qr.Chosen))
	for i, o := range qr.Chosen {
		labels[i] = safetext.MarkdownInline(o.Label)
		if o.NotSure {
			labels[i] = "*" + labels[i] + "*"
		}
	}
	return strings.Join(labels, "; ")
}

func footer(b *bytes.Buffer, r *scoring.Result, m Meta) {
	s := r.Set
	parts := []string{}
	if t := safetext.MarkdownInline(m.Tool); t != "" {
		parts = append(parts, t)
	}
	parts = append(parts, safetext.MarkdownInline(s.ID+" "+s.Version))
	if d := safetext.MarkdownInline(m.Date); d != "" {
		parts = append(parts, d)
	}
	fmt.Fprintf(b, "*%s*\n", strings.Join(parts, " · "))
	if ref := sourceRef(s.Source); ref != "" {
		fmt.Fprintf(b, "\n%s: %s\n", labelSource, ref)
	}
	// The note says how the set uses its source (paraphrased, not quoted):
	// the title alone can read as the report's own.
	if n := safetext.MarkdownInline(s.Source.Note); n != "" {
		fmt.Fprintf(b, "\n%s\n", n)
	}
}

// sourceRef names the material the set draws on, as a link when it has a
// web address.
func sourceRef(src questions.Source) string {
	title, u := safetext.MarkdownInline(src.Title), safetext.Line(src.URL)
	switch {
	case u == "":
		return title
	case !isWebURL(u):
		return strings.TrimSpace(title + " " + safetext.MarkdownInline(u))
	case title == "":
		return "<" + u + ">"
	case !strings.ContainsAny(u, "()"):
		return "[" + title + "](" + u + ")"
	}
	return title + " <" + u + ">"
}

// isWebURL reports whether u can be written as a markdown autolink.
func isWebURL(u string) bool {
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return false
	}
	return !strings.ContainsAny(u, " <>\"'`\\")
}

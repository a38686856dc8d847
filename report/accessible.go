package report

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"itcheck/internal/safetext"
	"itcheck/internal/textblock"
	"itcheck/questions"
	"itcheck/scoring"
)

// AccessibleText renders the terminal verdict for a screen reader: the
// same content as Text, in words and numbers only. There are no bars, no
// legend and no colours; each area is one sentence, such as "Who controls
// the IT budget: Leadership carries it. IT 20 percent, leadership 70,
// unclear 10." Lines are wrapped to opt.Width (0 means 80). It ends with
// a newline.
func AccessibleText(r *scoring.Result, opt TextOptions) string {
	w := opt.Width
	if w <= 0 {
		w = 80
	}
	var lines []string
	para := func(s string) {
		lines = append(lines, textblock.Wrap(safetext.Line(s), w)...)
	}
	blank := func() {
		if n := len(lines); n > 0 && lines[n-1] != "" {
			lines = append(lines, "")
		}
	}
	headline, summary := r.Headline()
	if headline != "" {
		para(headline)
	}
	if len(r.Missing) > 0 {
		para(labelIncomplete + ": " + unanswered(len(r.Missing)) + ".")
	}
	para(fmt.Sprintf("%s: %d out of 100, %s.", labelIndex, r.Index, labelIndexGloss))
	if summary != "" {
		para(summary)
	}
	if held := heldBackWords(r); held != "" {
		para(held)
	}
	blank()
	for i := range r.Areas {
		para(areaSentence(r, &r.Areas[i]))
	}
	if opt.Explain {
		blank()
		para(labelWhy + ". " + labelWhyGloss)
		for _, e := range Explain(r) {
			blank()
			para(label(e.Area.Title) + end(e.Verdict))
			if e.Split != "" {
				para(strings.ReplaceAll(e.Split, "%", " percent") + ".")
				for _, l := range e.Limits {
					para(strings.ReplaceAll(l, "%", " percent"))
				}
				para(strings.ReplaceAll(e.Rule, "%", " percent"))
			}
			for _, a := range e.Answers {
				para(strings.ReplaceAll(a, "%", " percent"))
			}
		}
	}
	if recs := r.Recommendations; len(recs) > 0 {
		blank()
		shown := recs
		if opt.MaxRecommendations > 0 && opt.MaxRecommendations < len(recs) {
			shown = recs[:opt.MaxRecommendations]
			para(fmt.Sprintf("%s: the first %d of %d %s.", labelStartHere, len(shown), len(recs), strings.ToLower(labelRecs)))
		} else {
			para(labelRecs + ":")
		}
		for i, rec := range shown {
			who := labelWhoActs + ": " + actorLabel(r.Set, rec.Who) + "."
			if rec.Area != nil {
				who += " " + labelArea + ": " + end(rec.Area.Title)
			}
			para(fmt.Sprintf("%d. %s %s", i+1, rec.Text, who))
		}
		if more := len(recs) - len(shown); more > 0 {
			para(moreWords(more, opt.Path) + ".")
		}
	}
	if r.Set.Closing != "" {
		blank()
		para(r.Set.Closing)
	}
	if opt.Path != "" {
		// On one line, and without a full stop, however long: a path cut
		// or ended with a dot is another path.
		blank()
		lines = append(lines, labelWritten+" "+strings.ReplaceAll(safetext.Clean(opt.Path), "\n", " "))
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n") + "\n"
}

// areaSentence is one area in words and numbers: "Who controls the IT
// budget: Leadership carries it. IT 20 percent, leadership 70, unclear
// 10." (a title that is a question ends with its question mark instead
// of the colon). An area without answers says so.
func areaSentence(r *scoring.Result, ar *scoring.AreaResult) string {
	title := label(safetext.Line(ar.Area.Title))
	if !ar.Scored() {
		return title + labelNotAnswered + "."
	}
	pc := ar.Split.Percent()
	parts := make([]string, len(questions.PartyIDs))
	for i, p := range questions.PartyIDs {
		label := safetext.Line(r.Set.Party(p).Label)
		if i == 0 {
			parts[i] = label + " " + strconv.Itoa(pc[i]) + " percent"
			continue
		}
		parts[i] = lowerWord(label) + " " + strconv.Itoa(pc[i])
	}
	return fmt.Sprintf("%s%s %s.", title, end(safetext.Line(verdictLabel(r.Set, ar))), strings.Join(parts, ", "))
}

// label ends s as the lead-in of a sentence: "Budget: ", or "Who pays? "
// when s ends in a question or an exclamation mark.
func label(s string) string {
	if strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s + " "
	}
	return s + ": "
}

// end ends s as a sentence, with a full stop unless it already has one
// (or a question or an exclamation mark).
func end(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") {
		return s
	}
	return s + "."
}

// lowerWord lower-cases the first letter of a label in the middle of a
// sentence, unless the label is an abbreviation such as "IT".
func lowerWord(s string) string {
	first, n := utf8.DecodeRuneInString(s)
	second, _ := utf8.DecodeRuneInString(s[n:])
	if n == len(s) || !unicode.IsLower(second) {
		return s
	}
	return string(unicode.ToLower(first)) + s[n:]
}

package compare

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"itcheck/questions"
)

// Structural labels: the only words the package adds to the question
// set's own.
const (
	labelComparing    = "Comparing"
	labelChanged      = "What changed"
	labelAgenda       = "Discussion agenda"
	labelMixed        = "Mixed signals"
	labelMixedOne     = "Mixed signal"
	labelNotSure      = "Not sure"
	labelAreas        = "Areas"
	labelIndex        = "Accountability index"
	labelLeftOut      = "Left out"
	labelMoved        = "Answers that moved"
	labelHowToRead    = "How to read this"
	labelRespondent   = "Respondent"
	labelRole         = "Role"
	labelRespondents  = "Respondents"
	labelDate         = "Date"
	labelQuestion     = "Question"
	labelArea         = "Area"
	labelAnswers      = "Answers"
	labelBefore       = "Before"
	labelAfter        = "After"
	labelCarries      = "Who carries it"
	labelMostCommon   = "Most common"
	labelDisagreement = "Disagreement"
	labelSeenBy       = "Seen differently by"
	labelToDiscuss    = "To discuss"
	labelRoom         = "Who should be in the room"
	labelNotes        = "Notes"
	labelNoRole       = "No role given"
	labelNotAnswered  = "not answered"
	labelReport       = "Report"
	labelVersion      = "Version"
	labelWhy          = "Why"
	labelMeanIndex    = "Mean index"
	labelNoMixed      = "No mixed signals: no question's disagreement or role gap reaches"
	labelMoreAnswers  = "more"
)

// howToRead explains the measures in the markdown.
var howToRead = []string{
	fmt.Sprintf("**%s** is, for each question, the mean over every pair of respondents of how much of the accountability their answers place with a different party: 0 when they place it alike (even through different options), 1 when they place it with entirely different parties. Answers of *Not sure* are left out of it and counted on their own.", labelDisagreement),
	fmt.Sprintf("A question is a **mixed signal** when its disagreement, or the gap between two roles' average answers, is %s or more. **%s** names the two roles whose average answers are farthest apart, with that gap on the same scale.", num2(MixedAt), labelSeenBy),
	fmt.Sprintf("An area or question is listed under **%s** when at least %d respondents, and at least one answer in %d, said so.", labelNotSure, NotSureMin, NotSureOneIn),
}

// reports words a count of reports.
func reports(n int) string {
	if n == 1 {
		return "1 report"
	}
	return strconv.Itoa(n) + " reports"
}

// roleReports says how many reports a role has, as the header lists
// them: "IT lead: 2 reports". A bare count after a label ("IT lead 2")
// does not say what it counts.
func roleReports(label string, n int) string { return label + ": " + reports(n) }

// num2 writes a measure with two decimals, as people read it.
func num2(v float64) string { return strconv.FormatFloat(round4(v), 'f', 2, 64) }

// ofCount writes "3 of 5".
func ofCount(n, total int) string { return fmt.Sprintf("%d of %d", n, total) }

// roleLabel names role g of the comparison.
func (c *Comparison) roleLabel(g int) string {
	if c.Roles[g].ID == "" {
		return labelNoRole
	}
	return c.Roles[g].Label
}

// respondentRole names a respondent's role.
func (c *Comparison) respondentRole(r *Respondent) string {
	if r.Role == "" {
		return labelNoRole
	}
	if role := c.Set.Role(r.Role); role != nil {
		return role.Label
	}
	return r.Role
}

// verdictLabel names a verdict, or says the area was not answered.
func (c *Comparison) verdictLabel(v string) string {
	if v == "" {
		return labelNotAnswered
	}
	return c.Set.Verdicts.Text(v).Label
}

// answerLabel lists an answer's option labels.
func answerLabel(a *Answer) string {
	if a == nil {
		return labelNotAnswered
	}
	labels := make([]string, len(a.Options))
	for i, o := range a.Options {
		labels[i] = o.Label
	}
	return strings.Join(labels, "; ")
}

// counted is an answer and how many of a group gave it.
type counted struct {
	answer *Answer
	n      int
}

// byRole lists the answers role g gave to q, most given first (ties in
// the options' order).
func byRole(q *Question, g int) []counted {
	var out []counted
	for i := range q.Answers {
		if n := q.Answers[i].ByRole[g]; n > 0 {
			out = append(out, counted{&q.Answers[i], n})
		}
	}
	slices.SortStableFunc(out, func(a, b counted) int { return b.n - a.n })
	return out
}

// answeredBy lists the roles that answered q, in order.
func answeredBy(q *Question) []int {
	var gs []int
	for g := range q.Views {
		for i := range q.Answers {
			if q.Answers[i].ByRole[g] > 0 {
				gs = append(gs, g)
				break
			}
		}
	}
	return gs
}

// seenBy names the roles that see q most differently, or "".
func (c *Comparison) seenBy(q *Question) string {
	if q.GapRoles[0] < 0 {
		return ""
	}
	return c.roleLabel(q.GapRoles[0]) + " and " + c.roleLabel(q.GapRoles[1])
}

// notSureOption returns q's Not sure option, or nil.
func notSureOption(q *questions.Question) *questions.Option {
	for i := range q.Options {
		if q.Options[i].NotSure {
			return &q.Options[i]
		}
	}
	return nil
}

// notSureLabel is the set's words for Not sure in q, or the structural
// label.
func notSureLabel(q *questions.Question) string {
	if o := notSureOption(q); o != nil {
		return o.Label
	}
	return labelNotSure
}

// unsure lists the Not sure clusters, the largest share first (ties in
// the set's order).
func (c *Comparison) unsure() []*Question {
	var qs []*Question
	for i := range c.Questions {
		if c.Questions[i].Unsure {
			qs = append(qs, &c.Questions[i])
		}
	}
	slices.SortStableFunc(qs, func(a, b *Question) int {
		// a.NotSure/(a total) > b.NotSure/(b total), without division.
		return b.NotSure*(a.Placed+a.NotSure) - a.NotSure*(b.Placed+b.NotSure)
	})
	return qs
}

// unsureRoles words who said Not sure to q: "IT staff 2, Executive or
// owner 1".
func (c *Comparison) unsureRoles(q *Question) string {
	var parts []string
	for i := range q.Answers {
		if !q.Answers[i].NotSure {
			continue
		}
		for g, n := range q.Answers[i].ByRole {
			if n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", c.roleLabel(g), n))
			}
		}
	}
	return strings.Join(parts, ", ")
}

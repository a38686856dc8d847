package report

import (
	"strconv"
	"strings"

	"itcheck/internal/safetext"

	"itcheck/questions"
	"itcheck/scoring"
)

// Structural labels: the only words the package adds to the question
// set's own.
const (
	labelIndex           = "Accountability index"
	labelIndexGloss      = "how hard IT can fairly be pushed"
	labelRecs            = "Recommendations"
	labelStartHere       = "Start here"
	labelHeldBack        = "Held back by"
	labelWhoActs         = "Who acts"
	labelArea            = "Area"
	labelCarries         = "Who carries it"
	labelSplit           = "Split"
	labelBars            = "Bars, one block for every 5%"
	labelData            = "Data for itcheck: the answers and scores, to score this report again or compare it"
	labelTogether        = "Together"
	labelIncomplete      = "Incomplete"
	labelNotes           = "Notes"
	labelNotInPlace      = "Conditions not in place"
	labelAgainstIT       = "What keeps this area from IT"
	labelConditionNotMet = "a condition not in place"
	labelAreaRec         = "Recommendation for this area"
	labelAreaRecs        = "Recommendations for this area"
	labelAnswers         = "Answers given"
	labelQuestion        = "Question"
	labelAnswer          = "Answer"
	labelNotAnswered     = "not answered"
	labelRole            = "Role"
	labelDate            = "Date"
	labelSource          = "Questions and advice drawn from"
	labelWritten         = "Report written to"
	labelWhy             = "Why each area landed where it did"
	labelWhyShort        = "Why"
	labelWhyGloss        = "Each answer gives its part of the area to the parties its option names, in points that add up to the area's split before limits; a limit is a condition that failed, and it caps IT's share of the whole area."
	labelAnswered        = "answered"
	labelWorstCounts     = "the worst counts"
	labelNotSureAnswers  = "Not sure answers"
	labelCarriesAtMost   = "can carry at most"
	labelPointsMoved     = "points moved to"
	labelHasLess         = "it has less already"
	labelConditionFailed = "a condition failed (see the limits above)"
	labelPartOf          = "of the area"
	labelNotScored       = "was not answered; the answered questions share its weight."
	labelMoreIn          = "more in the report"
	labelMoreCommand     = "itcheck report --format markdown"
)

// unanswered words the incomplete mark: "3 questions unanswered".
func unanswered(n int) string {
	if n == 1 {
		return "1 question unanswered"
	}
	return strconv.Itoa(n) + " questions unanswered"
}

// actorLabel names who acts on advice: the party label for it and
// leadership, "Together" for both.
func actorLabel(s *questions.Set, who string) string {
	switch who {
	case questions.ActorIT:
		return s.Party(questions.PartyIT).Label
	case questions.ActorLeadership:
		return s.Party(questions.PartyLeadership).Label
	case questions.ActorTogether:
		return labelTogether
	}
	return who
}

// roleLabel returns the set's label for role id, or the id itself.
func roleLabel(s *questions.Set, id string) string {
	if r := s.Role(id); r != nil {
		return r.Label
	}
	return id
}

// verdictLabel returns the label of an area's verdict, or "" when the area
// was not scored.
func verdictLabel(s *questions.Set, ar *scoring.AreaResult) string {
	if !ar.Scored() {
		return ""
	}
	return s.Verdicts.Text(ar.Reason()).Label
}

// areaName is the area's short name for running text, or its title.
func areaName(a *questions.Area) string {
	if a.Name != "" {
		return a.Name
	}
	return a.Title
}

// heldBackWords names the areas holding the index back and why, the one
// holding back the most first: "Held back by: the IT budget (Leadership
// carries it); changes (Not known)." Empty when every area is on IT.
func heldBackWords(r *scoring.Result) string {
	if len(r.HeldBack) == 0 {
		return ""
	}
	parts := make([]string, len(r.HeldBack))
	for i, ar := range r.HeldBack {
		parts[i] = safetext.Line(areaName(ar.Area)) + " (" + safetext.Line(verdictLabel(r.Set, ar)) + ")"
	}
	return labelHeldBack + ": " + strings.Join(parts, "; ") + "."
}

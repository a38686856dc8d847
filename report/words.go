package report

import (
	"strconv"

	"itcheck/questions"
	"itcheck/scoring"
)

// Structural labels: the only words the package adds to the question
// set's own.
const (
	labelIndex       = "Accountability index"
	labelIndexGloss  = "how hard IT can fairly be pushed"
	labelRecs        = "Recommendations"
	labelAllRecs     = "All recommendations"
	labelWhoActs     = "Who acts"
	labelArea        = "Area"
	labelCarries     = "Who carries it"
	labelTogether    = "Together"
	labelIncomplete  = "Incomplete"
	labelNotes       = "Notes"
	labelAnswers     = "Answers given"
	labelQuestion    = "Question"
	labelAnswer      = "Answer"
	labelNotAnswered = "not answered"
	labelRole        = "Role"
	labelDate        = "Date"
	labelSource      = "Source"
	labelWritten     = "Report written to"
	labelWhy         = "Why each area landed where it did"
	labelWhyShort    = "Why"
	labelWhyGloss    = "Each answer gives its part of the area to the parties its option names, in points that add up to the area's split."
	labelAnswered    = "answered"
	labelAveraged    = "averaged"
	labelPartOf      = "of the area"
	labelNotScored   = "was not answered; the answered questions share its weight."
	labelMoreIn      = "more in the report"
	labelMoreCommand = "itcheck report --format markdown"
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
	return s.Verdicts.Text(ar.Verdict).Label
}

package compare

import (
	"fmt"
	"math/rand/v2"
	"time"

	"itcheck/questions"
	"itcheck/report"
	"itcheck/scoring"
)

// Sample is one generated report.
type Sample struct {
	Name string // a file name, like "respondent-00042.md"
	Data []byte // the markdown report, as report.Markdown writes it
}

// sampleNotes are the notes some generated respondents leave: neutral
// remarks, one of them on two lines.
var sampleNotes = []string{
	"We talked about this at the last team meeting.",
	"Hard to say; it changed when the new manager started.",
	"Ask me again after the budget round.\nThe numbers are not final yet.",
}

// Generate makes n reports of set s, the same for the same seed on every
// machine, and hands each to emit in order; an error from emit stops it.
// Each respondent takes one of the set's roles; each role leans towards
// the options that give one party more of the split (the first role
// towards IT, the second towards leadership, the third towards unclear,
// and so on), so roles differ the way real rounds do. About one answer in
// twelve is Not sure where a question offers it, one report in five
// carries a note, and dates spread over half a year.
func Generate(s *questions.Set, n int, seed uint64, emit func(Sample) error) error {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	start := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	for i := range n {
		a := &questions.Answers{Set: s.ID, Version: s.Version, Answers: map[string]questions.Choice{}}
		lean := 0
		if len(s.Roles) > 0 {
			k := rng.IntN(len(s.Roles))
			a.Role, lean = s.Roles[k].ID, k%3
		}
		for _, area := range s.Areas {
			for qi := range area.Questions {
				q := &area.Questions[qi]
				a.Answers[q.ID] = pick(rng, q, questions.PartyIDs[lean])
			}
		}
		if rng.IntN(5) == 0 && len(s.Areas) > 0 {
			area := s.Areas[rng.IntN(len(s.Areas))]
			a.Notes = map[string]string{area.ID: sampleNotes[rng.IntN(len(sampleNotes))]}
		}
		date := start.AddDate(0, 0, rng.IntN(182)).Format(time.DateOnly)
		a.Date = date
		md := report.Markdown(scoring.Score(s, a), report.Meta{Tool: "itcheck", Date: date})
		if err := emit(Sample{Name: fmt.Sprintf("respondent-%05d.md", i+1), Data: md}); err != nil {
			return err
		}
	}
	return nil
}

// pick chooses options for q, favouring those that give party more.
func pick(rng *rand.Rand, q *questions.Question, party string) questions.Choice {
	weight := func(o *questions.Option) int {
		if o.NotSure {
			return 1
		}
		return 2 + int(o.Split.Of(party)*8/questions.One)
	}
	choose := func(alone bool) *questions.Option {
		total := 0
		for i := range q.Options {
			if o := &q.Options[i]; !q.Multi() || o.Alone() == alone {
				total += weight(o)
			}
		}
		k := rng.IntN(max(total, 1))
		for i := range q.Options {
			if o := &q.Options[i]; !q.Multi() || o.Alone() == alone {
				if k -= weight(o); k < 0 {
					return o
				}
			}
		}
		return &q.Options[0]
	}
	if !q.Multi() {
		return questions.Single(choose(false).ID)
	}
	if rng.IntN(3) == 0 {
		return questions.Many(choose(true).ID)
	}
	var ids []string
	for i := range q.Options {
		if o := &q.Options[i]; !o.Alone() && rng.IntN(2) == 0 {
			ids = append(ids, o.ID)
		}
	}
	if len(ids) == 0 {
		ids = append(ids, choose(false).ID)
	}
	return questions.Many(ids...)
}

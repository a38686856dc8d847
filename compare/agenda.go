package compare

import (
	"slices"

	"itcheck/questions"
)

// Agenda item kinds.
const (
	KindMixed   = "mixed"    // a mixed signal
	KindNotSure = "not_sure" // a Not sure cluster
)

// AgendaItem is one point for the team to talk through: a question, the
// set's advice to start from, and who should be in the room.
type AgendaItem struct {
	Question *Question
	Kind     string // KindMixed or KindNotSure
	// Advice is the set's words to start from, or nil: for a mixed signal
	// the area's advice for a shared verdict (agree who answers for what);
	// for a Not sure cluster the Not sure option's advice, else the
	// area's advice for a cloudy verdict.
	Advice *questions.Advice
	// Roles are who should be in the room (indexes into
	// Comparison.Roles): the two roles that see a mixed signal most
	// differently (or the one role that answered), or the roles that said
	// Not sure.
	Roles []int
	// Parties are the parties (ids, in the set's order) the question
	// concerns: those that some answer given puts most of it on (a share
	// of at least the set's carries_at), and whoever the advice asks to
	// act.
	Parties []string
}

// Agenda lists the points for a meeting: the first AgendaMixed mixed
// signals, then the first AgendaNotSure Not sure clusters that are not
// already on it. It is empty for a comparison over time.
func (c *Comparison) Agenda() []AgendaItem {
	if c.Change != nil {
		return nil
	}
	var items []AgendaItem
	for _, q := range c.Mixed[:min(len(c.Mixed), AgendaMixed)] {
		item := AgendaItem{Question: q, Kind: KindMixed, Advice: q.Area.Advice.Shared}
		switch {
		case q.GapRoles[0] >= 0:
			item.Roles = q.GapRoles[:]
		default:
			item.Roles = answeredBy(q)
		}
		item.Parties = c.parties(q, item.Advice)
		items = append(items, item)
	}
	n := 0
	for _, q := range c.unsure() {
		if n == AgendaNotSure {
			break
		}
		if slices.ContainsFunc(items, func(it AgendaItem) bool { return it.Question == q }) {
			continue
		}
		n++
		item := AgendaItem{Question: q, Kind: KindNotSure, Advice: q.Area.Advice.Cloudy}
		if o := notSureOption(q.Question); o != nil && o.Advice != nil {
			item.Advice = o.Advice
		}
		for i := range q.Answers {
			if a := &q.Answers[i]; a.NotSure {
				for g, k := range a.ByRole {
					if k > 0 {
						item.Roles = append(item.Roles, g)
					}
				}
			}
		}
		item.Parties = c.parties(q, item.Advice)
		items = append(items, item)
	}
	return items
}

// parties lists the parties q's answers, and adv's actor, concern.
func (c *Comparison) parties(q *Question, adv *questions.Advice) []string {
	at := c.Set.Scoring.CarriesAt
	heavy := map[string]bool{}
	for i := range q.Answers {
		if a := &q.Answers[i]; !a.NotSure {
			heavy[questions.PartyIT] = heavy[questions.PartyIT] || a.Split.IT >= at
			heavy[questions.PartyLeadership] = heavy[questions.PartyLeadership] || a.Split.Leadership >= at
		}
	}
	if adv != nil {
		switch adv.Who {
		case questions.ActorIT:
			heavy[questions.PartyIT] = true
		case questions.ActorLeadership:
			heavy[questions.PartyLeadership] = true
		case questions.ActorTogether:
			heavy[questions.PartyIT], heavy[questions.PartyLeadership] = true, true
		}
	}
	var ps []string
	for _, p := range questions.PartyIDs {
		if heavy[p] {
			ps = append(ps, p)
		}
	}
	return ps
}

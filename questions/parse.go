package questions

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"

	"itcheck/internal/lazyregexp"
	"itcheck/internal/strictyaml"
)

// Parse reads a question set from data and validates it. name is used in
// error messages (a file name, or "questions.yaml" for the built-in set).
// On failure the error is Problems listing every error; warnings are not
// errors and are left to Lint.
func Parse(name string, data []byte) (*Set, error) {
	s, ps := Lint(name, data)
	if errs := ps.Errors(); len(errs) > 0 {
		return nil, errs
	}
	return s, nil
}

// Lint reads and validates a question set and returns every problem,
// errors and warnings alike. The set is nil when it could not be decoded.
func Lint(name string, data []byte) (*Set, Problems) {
	var s Set
	if probs := strictyaml.Decode(data, &s); len(probs) > 0 {
		ps := fromDecode(name, probs)
		// The file decoded partly; validate what is there so that every
		// problem shows at once, but never hand out the broken set. A line
		// that already has a decoding problem gets no follow-on complaints
		// (a share that failed to read would also "not sum to 1").
		if s.At.Line > 0 {
			bad := map[int]bool{}
			for _, p := range probs {
				bad[p.Line] = true
			}
			for _, p := range s.validate(name) {
				if !bad[p.Pos.Line] {
					ps = append(ps, p)
				}
			}
		}
		sortProblems(ps)
		return nil, ps
	}
	sum := sha256.Sum256(data)
	s.Hash = hex.EncodeToString(sum[:])
	ps := s.validate(name)
	// Warnings are about a set that works; on a set with errors they
	// would mostly follow from the errors (a refused weight counts as 1).
	if len(ps.Errors()) == 0 {
		ps = append(ps, s.lint(name)...)
	}
	sortProblems(ps)
	return &s, ps
}

func sortProblems(ps Problems) { ps.Sort() }

// Sort orders problems by their position in the file.
func (ps Problems) Sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line - b.Pos.Line
		}
		return a.Pos.Col - b.Pos.Col
	})
}

// MaxOptions is the most options a question may have, for every command:
// validate refuses more, so the interactive check and compare never get
// more. With this many, the question's page starts and answers keys about
// as fast as with the five options of the built-in set (README, "Speed"),
// and compare keeps a choice as a bit set in one 64-bit word.
const MaxOptions = 16

var idRE = lazyregexp.New(`^[a-z0-9]+(-[a-z0-9]+)*$`)

type checker struct {
	name string
	root Pos // where the set starts: the place for what is missing from it
	ps   Problems
}

func (c *checker) errf(at Pos, format string, args ...any) {
	if at.Line == 0 {
		// A section that is missing altogether has no position of its own.
		at = c.root
	}
	c.ps = append(c.ps, Problem{File: c.name, Pos: at, Msg: fmt.Sprintf(format, args...)})
}

// required reports an empty text field.
func (c *checker) required(m Meta, key, value, what string) {
	if value == "" {
		if m.Has(key) {
			c.errf(m.PosOf(key), "%s is empty; write the %s", key, what)
		} else {
			c.errf(m.At, "missing %s: the %s", key, what)
		}
	}
}

// id checks an id's form and, with seen, that it is not used twice.
func (c *checker) id(m Meta, id, what string, seen map[string]Pos) {
	if id == "" {
		c.required(m, "id", id, what+" id (kebab-case, like "+exampleID(what)+")")
		return
	}
	at := m.PosOf("id")
	if !idRE.MatchString(id) {
		c.errf(at, "%s id %q is not kebab-case (lowercase letters, digits and single dashes, like %s)", what, id, exampleID(what))
	}
	if seen == nil {
		return
	}
	if first, dup := seen[id]; dup {
		c.errf(at, "duplicate %s id %q (first used at %s)", what, id, first)
		return
	}
	seen[id] = at
}

func exampleID(what string) string {
	switch what {
	case "area":
		return "budget"
	case "question":
		return "budget-owner"
	case "option":
		return "not-sure"
	}
	return "it-accountability"
}

func (s *Set) validate(name string) Problems {
	c := &checker{name: name, root: s.At}
	if c.root.Line == 0 {
		c.root = Pos{Line: 1, Col: 1}
	}
	c.id(s.Meta, s.ID, "set", nil)
	c.required(s.Meta, "title", s.Title, "question set's title")
	c.required(s.Meta, "version", s.Version, "question set's version (like 1.0.0)")
	if s.Has("format") && (s.Format < 1 || s.Format > Format) {
		c.errf(s.PosOf("format"), "format is %d; this itcheck reads question-set formats 1 to %d", s.Format, Format)
	}
	s.validateFormat2(c)
	if s.Has("minutes") && s.Minutes < 1 {
		c.errf(s.PosOf("minutes"), "minutes is %d; expected the minutes it takes, 1 or more", s.Minutes)
	}
	s.validateParties(c)
	s.validateRoles(c)
	s.validateScoring(c)
	s.validateBands(c)
	if len(s.Areas) == 0 {
		c.errf(s.PosOf("areas"), "no areas: a question set needs at least one area with questions")
	}
	areaIDs, questionIDs := map[string]Pos{}, map[string]Pos{}
	for i := range s.Areas {
		s.Areas[i].validate(c, areaIDs, questionIDs)
	}
	return c.ps
}

// validateFormat2 checks the parts added in format 2 and that a set using
// them says format: 2, so that a reader of format 1 is told plainly.
func (s *Set) validateFormat2(c *checker) {
	need := func(at Pos, what string) {
		if s.Format < 2 {
			c.errf(at, "%s needs format: 2 at the top of the set", what)
		}
	}
	if s.NotKnown != nil {
		need(s.PosOf("not_known"), "not_known")
		c.required(s.NotKnown.Meta, "headline", s.NotKnown.Headline, "headline shown when most answers are Not sure")
	}
	if s.Has("closing") {
		need(s.PosOf("closing"), "closing")
	}
	if s.Verdicts.Unknown != nil {
		need(s.Verdicts.PosOf("unknown"), "verdicts.unknown")
		if s.Verdicts.Unknown.Label == "" {
			c.errf(s.Verdicts.PosOf("unknown"), "verdicts.unknown needs a label")
		}
	}
	for _, b := range s.Bands {
		if b.Has("all_areas_it") {
			need(b.PosOf("all_areas_it"), "all_areas_it")
		}
	}
	for _, a := range s.Areas {
		if a.Has("name") {
			need(a.PosOf("name"), "an area's name")
		}
		if a.Advice.Unknown != nil {
			need(a.Advice.PosOf("unknown"), "advice for unknown")
		}
		advice := []*Advice{a.Advice.IT, a.Advice.Leadership, a.Advice.Shared, a.Advice.Cloudy, a.Advice.Unknown}
		for _, q := range a.Questions {
			for _, o := range q.Options {
				advice = append(advice, o.Advice)
				if o.Limit != nil {
					need(o.PosOf("limit"), "limit")
				}
			}
		}
		for _, adv := range advice {
			if adv != nil && adv.Has("cause") {
				need(adv.PosOf("cause"), "cause")
			}
		}
	}
}

func (s *Set) validateParties(c *checker) {
	seen := map[string]Pos{}
	for _, p := range s.Parties {
		at := p.PosOf("id")
		if !slices.Contains(PartyIDs, p.ID) {
			c.errf(at, "unknown party %q (expected one of: %s)", p.ID, join(PartyIDs))
			continue
		}
		if first, dup := seen[p.ID]; dup {
			c.errf(at, "duplicate party %q (first at %s)", p.ID, first)
		}
		seen[p.ID] = at
		c.required(p.Meta, "label", p.Label, "party's label")
	}
	for _, id := range PartyIDs {
		if _, ok := seen[id]; !ok {
			c.errf(s.PosOf("parties"), "parties: missing party %q (every set names %s)", id, join(PartyIDs))
		}
	}
}

func (s *Set) validateRoles(c *checker) {
	if len(s.Roles) == 0 {
		c.errf(s.PosOf("roles"), "no roles: list who may answer (like executive, it-lead)")
	}
	seen := map[string]Pos{}
	for _, r := range s.Roles {
		c.id(r.Meta, r.ID, "role", seen)
		c.required(r.Meta, "label", r.Label, "role's label")
	}
}

func (s *Set) validateScoring(c *checker) {
	if !s.Has("scoring") {
		c.errf(s.At, "missing scoring: the thresholds cloudy_at and carries_at (like 0.35 and 0.6)")
	}
	if !s.Has("verdicts") {
		c.errf(s.At, "missing verdicts: a label for each of it, leadership, shared and cloudy")
	}
	if !s.Has("scoring") || !s.Has("verdicts") {
		return
	}
	sc := s.Scoring
	for _, k := range []struct {
		key string
		v   Share
	}{{"cloudy_at", sc.CloudyAt}, {"carries_at", sc.CarriesAt}} {
		if k.v == 0 {
			c.errf(sc.PosOf(k.key), "scoring.%s must be a share above 0 (like 0.5)", k.key)
		}
	}
	vs := s.Verdicts
	for _, v := range []struct {
		key string
		t   VerdictText
	}{{VerdictIT, vs.IT}, {VerdictLeadership, vs.Leadership}, {VerdictShared, vs.Shared}, {VerdictCloudy, vs.Cloudy}} {
		if v.t.Label == "" {
			c.errf(vs.PosOf(v.key), "verdicts.%s needs a label", v.key)
		}
	}
}

func (s *Set) validateBands(c *checker) {
	if len(s.Bands) == 0 {
		c.errf(s.PosOf("bands"), "no bands: list bands that cover the index from 0 to 100")
		return
	}
	seen := map[string]Pos{}
	owner := make([]int, 101) // band index+1 covering each index value
	for i, b := range s.Bands {
		c.id(b.Meta, b.ID, "band", seen)
		c.required(b.Meta, "headline", b.Headline, "band's headline")
		if b.Min < 0 || b.Max > 100 || b.Min > b.Max {
			c.errf(b.PosOf("min"), "band %q covers %d to %d; expected 0 <= min <= max <= 100", b.ID, b.Min, b.Max)
		}
		if b.AllAreasIT && b.Min <= 0 {
			c.errf(b.PosOf("all_areas_it"), "band %q starts at 0, so it has no band below to give instead; all_areas_it needs a band under it", b.ID)
		}
		overlap := false
		for v := max(b.Min, 0); v <= min(b.Max, 100); v++ {
			if o := owner[v]; o != 0 {
				if !overlap {
					c.errf(b.PosOf("min"), "band %q overlaps band %q at %d", b.ID, s.Bands[o-1].ID, v)
				}
				overlap = true
				continue
			}
			owner[v] = i + 1
		}
	}
	for v := 0; v <= 100; v++ {
		if owner[v] != 0 {
			continue
		}
		end := v
		for end < 100 && owner[end+1] == 0 {
			end++
		}
		c.errf(s.PosOf("bands"), "bands leave a gap: no band covers %d to %d", v, end)
		v = end
	}
}

func (a *Area) validate(c *checker, areaIDs, questionIDs map[string]Pos) {
	c.id(a.Meta, a.ID, "area", areaIDs)
	c.required(a.Meta, "title", a.Title, "area's title (the question the area answers)")
	if a.Has("weight") && a.Weight < 1 {
		c.errf(a.PosOf("weight"), "weight is %d; expected 1 or more (or leave it out for 1)", a.Weight)
	}
	for _, v := range VerdictIDs {
		if adv := a.Advice.For(v); adv != nil {
			adv.validate(c)
		}
	}
	if a.Advice.Unknown != nil {
		a.Advice.Unknown.validate(c)
	}
	if len(a.Questions) == 0 {
		c.errf(a.PosOf("questions"), "area %q has no questions", a.ID)
	}
	for i := range a.Questions {
		a.Questions[i].validate(c, questionIDs)
	}
}

func (adv *Advice) validate(c *checker) {
	c.required(adv.Meta, "text", adv.Text, "advice text")
	if !slices.Contains(ActorIDs, adv.Who) {
		c.errf(adv.PosOf("who"), "advice who is %q; expected one of: %s", adv.Who, join(ActorIDs))
	}
	if adv.Has("cause") && !idRE.MatchString(adv.Cause) {
		c.errf(adv.PosOf("cause"), "cause %q is not kebab-case (lowercase letters, digits and single dashes, like changes-bypass-it)", adv.Cause)
	}
}

func (q *Question) validate(c *checker, questionIDs map[string]Pos) {
	c.id(q.Meta, q.ID, "question", questionIDs)
	c.required(q.Meta, "text", q.Text, "question's text")
	if q.Kind != "" && q.Kind != KindSingle && q.Kind != KindMulti {
		c.errf(q.PosOf("kind"), "kind is %q; expected single or multi", q.Kind)
	}
	if q.Has("weight") && q.Weight < 1 {
		c.errf(q.PosOf("weight"), "weight is %d; expected 1 or more (or leave it out for 1)", q.Weight)
	}
	if len(q.Options) < 2 {
		c.errf(q.PosOf("options"), "question %q has %d option(s); a question needs at least two", q.ID, len(q.Options))
	} else if len(q.Options) > MaxOptions {
		c.errf(q.PosOf("options"), "question %q has %d options; a question may have at most %d (split it into two questions)", q.ID, len(q.Options), MaxOptions)
	}
	seen := map[string]Pos{}
	for _, o := range q.Options {
		c.id(o.Meta, o.ID, "option", seen)
		c.required(o.Meta, "label", o.Label, "option's label")
		if !o.Has("split") {
			c.errf(o.At, "option %q has no split: say how accountability divides (it, leadership, unclear; summing to 1)", o.ID)
		} else if sum := o.Split.Sum(); sum != One {
			c.errf(o.PosOf("split"), "option %q: shares add up to %s, not 1 (it %s + leadership %s + unclear %s)",
				o.ID, sum, o.Split.IT, o.Split.Leadership, o.Split.Unclear)
		}
		if o.Advice != nil {
			o.Advice.validate(c)
		}
		if l := o.Limit; l != nil {
			if !l.Has("it") {
				c.errf(l.At, "option %q: limit needs it, the most of the area IT can carry (like 0.25)", o.ID)
			} else if l.IT == One {
				c.errf(l.PosOf("it"), "option %q: a limit of it: 1 limits nothing; give a share below 1 (like 0.25)", o.ID)
			}
			if !l.Has("to") {
				c.errf(l.At, "option %q: limit needs to, the party that takes what is over the limit (leadership or unclear)", o.ID)
			} else if l.To != PartyLeadership && l.To != PartyUnclear {
				c.errf(l.PosOf("to"), "option %q: limit to is %q; expected leadership or unclear (who takes what is over the limit)", o.ID, l.To)
			}
		}
		// Under a kind that is neither, the kind is the mistake: it has
		// its own error, and exclusive may well be right.
		if o.Exclusive && (q.Kind == "" || q.Kind == KindSingle) {
			c.errf(o.PosOf("exclusive"), "option %q: exclusive only applies to multi questions (kind: multi)", o.ID)
		}
	}
}

// Package questions holds question sets and the answers people give to
// them: the types, parsing from bytes with every position kept, and
// validation that reports all problems at once as file:line:column.
//
// It draws nothing and reads no files; callers hand it bytes.
package questions

import (
	"fmt"
	"strings"

	"itcheck/internal/strictyaml"
)

// Pos is a 1-based line and column in a parsed file.
type Pos = strictyaml.Pos

// Meta records where a value stood in its file; it is embedded in every
// type decoded from a file.
type Meta = strictyaml.Meta

// The three parties accountability is split among.
const (
	PartyIT         = "it"         // the IT team or provider
	PartyLeadership = "leadership" // whoever sets strategy, resourcing and budget
	PartyUnclear    = "unclear"    // nobody can say: ad-hoc change, shadow IT, "not sure"
)

// PartyIDs lists the party ids in their fixed order.
var PartyIDs = []string{PartyIT, PartyLeadership, PartyUnclear}

// The verdicts an area can get: which party carries it.
const (
	VerdictIT         = "it"
	VerdictLeadership = "leadership"
	VerdictShared     = "shared"
	VerdictCloudy     = "cloudy"
)

// VerdictUnknown is not a verdict of its own but a reason: an area that
// is cloudy because most of its unclear share comes from Not sure answers.
// Sets may give it its own words and advice.
const VerdictUnknown = "unknown"

// VerdictIDs lists the verdict ids in their fixed order.
var VerdictIDs = []string{VerdictIT, VerdictLeadership, VerdictShared, VerdictCloudy}

// Who may act on a piece of advice.
const (
	ActorIT         = "it"
	ActorLeadership = "leadership"
	ActorTogether   = "together"
)

// ActorIDs lists the actor ids.
var ActorIDs = []string{ActorIT, ActorLeadership, ActorTogether}

// Question kinds.
const (
	KindSingle = "single" // exactly one option
	KindMulti  = "multi"  // one or more options; the worst of them counts
)

// Format is the newest question-set format this package reads. Format 1
// (the default when a set names none) has no limits, causes, unknown
// verdict words, all-IT bands, not-known headline, closing or area names;
// format 2 adds them.
const Format = 2

// Set is a question set: metadata, the words for parties, verdicts and
// bands, and the areas with their questions.
type Set struct {
	Meta `yaml:"-"`
	// Format is the set's format version: 1 when left out, or 2.
	Format      int      `yaml:"format"`
	ID          string   `yaml:"id"`
	Title       string   `yaml:"title"`
	Version     string   `yaml:"version"`
	Description string   `yaml:"description"`
	Source      Source   `yaml:"source"`
	Minutes     int      `yaml:"minutes"`
	Parties     []Party  `yaml:"parties"`
	Roles       []Role   `yaml:"roles"`
	Scoring     Scoring  `yaml:"scoring"`
	Verdicts    Verdicts `yaml:"verdicts"`
	Bands       []Band   `yaml:"bands"`
	// NotKnown replaces the band's headline when most answers are Not
	// sure (format 2; optional).
	NotKnown *Headline `yaml:"not_known"`
	// Closing is said at the end of every verdict and report (format 2;
	// optional).
	Closing string `yaml:"closing"`
	Areas   []Area `yaml:"areas"`

	// Hash is the hex sha256 of the bytes the set was parsed from.
	Hash string `yaml:"-"`
}

// Source attributes the material the set paraphrases.
type Source struct {
	Meta  `yaml:"-"`
	Title string `yaml:"title"`
	URL   string `yaml:"url"`
	Note  string `yaml:"note"`
}

// Party gives one of the three fixed parties its words.
type Party struct {
	Meta        `yaml:"-"`
	ID          string `yaml:"id"`
	Label       string `yaml:"label"`
	Description string `yaml:"description"`
}

// Role is who may be answering (executive, IT lead, ...).
type Role struct {
	Meta  `yaml:"-"`
	ID    string `yaml:"id"`
	Label string `yaml:"label"`
}

// Scoring holds the thresholds that turn an area's split into a verdict.
type Scoring struct {
	Meta `yaml:"-"`
	// CloudyAt: an area whose unclear share is at least this is cloudy.
	CloudyAt Share `yaml:"cloudy_at"`
	// CarriesAt: otherwise a party whose share is at least this carries
	// the area; when neither it nor leadership does, the area is shared.
	CarriesAt Share `yaml:"carries_at"`
}

// NeverShared reports whether no area can ever be shared under these
// thresholds: an area that is not cloudy leaves IT and leadership more
// than One-CloudyAt between them, so the larger part is over half of
// that, and when that reaches CarriesAt one of them always carries it.
func (sc Scoring) NeverShared() bool {
	return sc.CarriesAt > 0 && 2*sc.CarriesAt <= One-sc.CloudyAt
}

// Verdicts gives each area verdict its words.
type Verdicts struct {
	Meta       `yaml:"-"`
	IT         VerdictText `yaml:"it"`
	Leadership VerdictText `yaml:"leadership"`
	Shared     VerdictText `yaml:"shared"`
	Cloudy     VerdictText `yaml:"cloudy"`
	// Unknown words a cloudy area whose unclear share comes mostly from
	// Not sure answers (format 2; optional: cloudy's words stand in).
	Unknown *VerdictText `yaml:"unknown"`
}

// Text returns the words for verdict id v.
func (vs Verdicts) Text(v string) VerdictText {
	switch v {
	case VerdictUnknown:
		if vs.Unknown != nil {
			return *vs.Unknown
		}
		return vs.Cloudy
	case VerdictIT:
		return vs.IT
	case VerdictLeadership:
		return vs.Leadership
	case VerdictShared:
		return vs.Shared
	case VerdictCloudy:
		return vs.Cloudy
	}
	return VerdictText{Label: v}
}

// Headline is a headline with the few sentences under it.
type Headline struct {
	Meta     `yaml:"-"`
	Headline string `yaml:"headline"`
	Summary  string `yaml:"summary"`
}

// VerdictText is a verdict's short label and what it means.
type VerdictText struct {
	Meta    `yaml:"-"`
	Label   string `yaml:"label"`
	Meaning string `yaml:"meaning"`
}

// Band turns a range of the accountability index (whole numbers, min and
// max included) into the headline verdict.
type Band struct {
	Meta     `yaml:"-"`
	ID       string `yaml:"id"`
	Min      int    `yaml:"min"`
	Max      int    `yaml:"max"`
	Headline string `yaml:"headline"`
	Summary  string `yaml:"summary"`
	// AllAreasIT: the band is given only when every area's verdict is it;
	// otherwise the highest band below it is (format 2).
	AllAreasIT bool `yaml:"all_areas_it"`
}

// Area is one of the article's four questions, asked on one page.
type Area struct {
	Meta  `yaml:"-"`
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	// Name is a short name for the area in running text, like "the IT
	// budget" (format 2; optional: the title stands in).
	Name   string `yaml:"name"`
	Intro  string `yaml:"intro"`
	Weight int    `yaml:"weight"` // share of the index; left out means 1
	// Advice by verdict: what to do when the area lands there.
	Advice    AreaAdvice `yaml:"advice"`
	Questions []Question `yaml:"questions"`
}

// AreaAdvice holds an area's advice for each verdict; any may be absent.
type AreaAdvice struct {
	Meta       `yaml:"-"`
	IT         *Advice `yaml:"it"`
	Leadership *Advice `yaml:"leadership"`
	Shared     *Advice `yaml:"shared"`
	Cloudy     *Advice `yaml:"cloudy"`
	// Unknown is for a cloudy area whose unclear share comes mostly from
	// Not sure answers (format 2).
	Unknown *Advice `yaml:"unknown"`
}

// For returns the advice for verdict v (or VerdictUnknown), or nil.
func (a AreaAdvice) For(v string) *Advice {
	switch v {
	case VerdictUnknown:
		return a.Unknown
	case VerdictIT:
		return a.IT
	case VerdictLeadership:
		return a.Leadership
	case VerdictShared:
		return a.Shared
	case VerdictCloudy:
		return a.Cloudy
	}
	return nil
}

// Advice is one recommendation and who should act on it.
type Advice struct {
	Meta `yaml:"-"`
	Text string `yaml:"text"`
	Who  string `yaml:"who"` // it, leadership or together
	// Cause names the root cause the advice addresses (format 2;
	// optional). Answers of one area whose advice names the same cause
	// give one recommendation.
	Cause string `yaml:"cause"`
}

// Question is one concrete situation with its options.
type Question struct {
	Meta    `yaml:"-"`
	ID      string   `yaml:"id"`
	Text    string   `yaml:"text"`
	Help    string   `yaml:"help"`
	Kind    string   `yaml:"kind"`   // single (default) or multi
	Weight  int      `yaml:"weight"` // within its area; left out means 1
	Options []Option `yaml:"options"`
}

// Multi reports whether more than one option may be chosen.
func (q *Question) Multi() bool { return q.Kind == KindMulti }

// Option returns the option with the given id, or nil.
func (q *Question) Option(id string) *Option {
	for i := range q.Options {
		if q.Options[i].ID == id {
			return &q.Options[i]
		}
	}
	return nil
}

// OptionIDs lists the ids of the question's options in order.
func (q *Question) OptionIDs() []string {
	ids := make([]string, len(q.Options))
	for i, o := range q.Options {
		ids[i] = o.ID
	}
	return ids
}

// Option is one answer to a question, with the accountability split it
// implies and, where there is something to do about it, advice.
type Option struct {
	Meta    `yaml:"-"`
	ID      string `yaml:"id"`
	Label   string `yaml:"label"`
	Split   Split  `yaml:"split"`
	NotSure bool   `yaml:"not_sure"` // the "Not sure" answer: itself a finding
	// Exclusive, in a multi question, means the option cannot be chosen
	// together with others ("None of these"). Not sure is always exclusive.
	Exclusive bool `yaml:"exclusive"`
	// Limit, when the option is chosen, caps IT's share of the whole
	// area (format 2): a condition the article states, which no number of
	// good answers elsewhere may average away.
	Limit  *Limit  `yaml:"limit"`
	Advice *Advice `yaml:"advice"`
}

// Limit caps IT's share of an area and says who takes the rest.
type Limit struct {
	Meta `yaml:"-"`
	// IT is the most of the area IT can carry while the option stands.
	IT Share `yaml:"it"`
	// To is the party that takes what is over: leadership or unclear.
	To string `yaml:"to"`
}

// Cap returns the option's cap on IT's share of its area: its limit, or
// One when it has none.
func (o *Option) Cap() Share {
	if o.Limit == nil {
		return One
	}
	return o.Limit.IT
}

// Alone reports whether the option must be chosen on its own.
func (o *Option) Alone() bool { return o.Exclusive || o.NotSure }

// Split is how accountability divides among the parties; shares sum to 1.
type Split struct {
	Meta       `yaml:"-"`
	IT         Share `yaml:"it"`
	Leadership Share `yaml:"leadership"`
	Unclear    Share `yaml:"unclear"`
}

// Sum returns the total of the three shares.
func (s Split) Sum() Share { return s.IT + s.Leadership + s.Unclear }

// Of returns the share of party p.
func (s Split) Of(p string) Share {
	switch p {
	case PartyIT:
		return s.IT
	case PartyLeadership:
		return s.Leadership
	case PartyUnclear:
		return s.Unclear
	}
	return 0
}

// Share is an exact decimal fraction between 0 and 1, kept in units of
// 1/10000 so that sums are exact and results equal on every machine.
type Share int

// One is the share that stands for the whole.
const One Share = 10000

// UnmarshalScalar reads a decimal such as 0.25, 1 or .3 exactly.
func (s *Share) UnmarshalScalar(text string) error {
	v, err := ParseShare(text)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseShare reads a decimal between 0 and 1 with at most four decimal
// places, without going through floating point.
func ParseShare(text string) (Share, error) {
	bad := fmt.Errorf("expected a share between 0 and 1 with at most 4 decimals (like 0.25), got %q", text)
	whole, frac, _ := strings.Cut(strings.TrimSpace(text), ".")
	if (whole == "" && frac == "") || len(frac) > 4 {
		return 0, bad
	}
	for _, r := range whole + frac {
		if r < '0' || r > '9' {
			return 0, bad
		}
	}
	w := 0
	for _, r := range whole {
		w = w*10 + int(r-'0')
		if w > 1 {
			return 0, bad
		}
	}
	f := 0
	for i := range 4 {
		f *= 10
		if i < len(frac) {
			f += int(frac[i] - '0')
		}
	}
	v := Share(w*10000 + f)
	if v > One {
		return 0, bad
	}
	return v, nil
}

// Float returns the share as a fraction of 1.
func (s Share) Float() float64 { return float64(s) / float64(One) }

// String formats the share as a short decimal (0.25, 1, 0).
func (s Share) String() string {
	t := fmt.Sprintf("%d.%04d", int(s)/10000, int(s)%10000)
	t = strings.TrimRight(t, "0")
	return strings.TrimSuffix(t, ".")
}

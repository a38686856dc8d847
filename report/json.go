package report

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"

	"itcheck/internal/safetext"
	"itcheck/questions"
	"itcheck/scoring"
)

// JSONResult is the result for machines, written by JSON. Its field names
// are stable: fields may be added, never renamed or removed. Every field
// is always present; optional values are null. Shares are fractions of 1
// and, like every other fraction, rounded to four decimals.
type JSONResult struct {
	Tool string  `json:"tool"` // program name and version
	Set  JSONSet `json:"set"`
	Role string  `json:"role"` // role id of the person answering, or ""
	Date string  `json:"date"` // YYYY-MM-DD
	// Complete is false when questions were left unanswered.
	Complete bool `json:"complete"`
	// Missing lists the unanswered question ids in the set's order.
	Missing []string `json:"missing"`
	// Answers holds the chosen option id (a string) or ids (an array, for
	// a multi question) by question id.
	Answers map[string]questions.Choice `json:"answers"`
	// Notes holds the person's notes by area id.
	Notes map[string]string `json:"notes"`
	// Index is the accountability index, 0 to 100; IndexExact is the same
	// before rounding.
	Index      int       `json:"index"`
	IndexExact Number    `json:"index_exact"`
	Band       *JSONBand `json:"band"` // null when no band covers the index
	// Headline and Summary are what the verdict opens with: the band's,
	// or the set's not_known words when NotKnown.
	Headline string `json:"headline"`
	Summary  string `json:"summary"`
	// NotKnown is true when more than half of the answers are Not sure.
	NotKnown bool `json:"not_known"`
	// HeldBack lists the ids of the areas not on IT, the one holding back
	// the most index points first.
	HeldBack []string   `json:"held_back"`
	Areas    []JSONArea `json:"areas"`
	// Recommendations are in order, largest impact first.
	Recommendations []JSONRecommendation `json:"recommendations"`
}

// JSONSet identifies the question set and its verdict thresholds.
type JSONSet struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Version string `json:"version"`
	Hash    string `json:"hash"`   // sha256 of the set's bytes
	Format  int    `json:"format"` // the set's format version
	// CloudyAt and CarriesAt are the set's verdict thresholds (see Area).
	CloudyAt  Number `json:"cloudy_at"`
	CarriesAt Number `json:"carries_at"`
}

// JSONBand is the band the index falls in.
type JSONBand struct {
	ID       string `json:"id"`
	Headline string `json:"headline"`
}

// JSONSplit is an accountability split by party id.
type JSONSplit struct {
	IT         Number `json:"it"`
	Leadership Number `json:"leadership"`
	Unclear    Number `json:"unclear"`
}

// JSONPercent is a split in whole percents that add up to 100 (all 0 for
// an area with no answers).
type JSONPercent struct {
	IT         int `json:"it"`
	Leadership int `json:"leadership"`
	Unclear    int `json:"unclear"`
}

// JSONArea is one area's outcome.
type JSONArea struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Weight is the area's part of the index (0 when it has no answers).
	Weight Number `json:"weight"`
	// Mean is the weighted split of the answers; Split is the area's split
	// once the answers' limits apply (Limits, in the order applied).
	Mean    JSONSplit   `json:"mean"`
	Split   JSONSplit   `json:"split"`
	Percent JSONPercent `json:"percent"`
	Limits  []JSONLimit `json:"limits"`
	// Verdict is it, leadership, shared or cloudy, null when the area has
	// no answers; VerdictLabel is the set's words for it (for an unknown
	// area, the words for unknown).
	Verdict      *string `json:"verdict"`
	VerdictLabel *string `json:"verdict_label"`
	// Unknown is true for a cloudy area whose unclear share comes mostly
	// from Not sure answers.
	Unknown   bool           `json:"unknown"`
	Answered  int            `json:"answered"` // questions answered
	NotSure   int            `json:"not_sure"` // of which "Not sure"
	Questions []JSONQuestion `json:"questions"`
}

// JSONLimit is an answer's limit that capped IT's share of its area.
type JSONLimit struct {
	Question string `json:"question"`
	Option   string `json:"option"`
	IT       Number `json:"it"`    // the cap on IT's share
	To       string `json:"to"`    // the party that took what was over
	Moved    Number `json:"moved"` // the share moved
}

// JSONQuestion is one question's part in its area.
type JSONQuestion struct {
	ID string `json:"id"`
	// Answer lists the chosen option ids; empty when unanswered.
	Answer []string `json:"answer"`
	// Counted is the option whose split counts (for a multi question, the
	// worst chosen), null when unanswered.
	Counted *string `json:"counted"`
	// Weight is the question's part of its area (0 when unanswered).
	Weight Number    `json:"weight"`
	Split  JSONSplit `json:"split"`
	// Contribution is Weight times Split: what this answer adds to each
	// party's share of the area.
	Contribution JSONSplit `json:"contribution"`
}

// JSONRecommendation is one piece of advice.
type JSONRecommendation struct {
	Text string `json:"text"`
	Who  string `json:"who"`  // it, leadership or together
	Area string `json:"area"` // area id
	// Question and Option raised it; both null for an area's advice,
	// which Verdict raised instead (null for an answer's advice).
	Question *string `json:"question"`
	Option   *string `json:"option"`
	Verdict  *string `json:"verdict"`
	// Cause is the root cause the advice addresses, or "".
	Cause string `json:"cause"`
	// Impact is the index points acting on the advice would unlock; the
	// order follows it.
	Impact Number `json:"impact"`
}

// Number is a fraction or score written with at most four decimals, so
// the JSON is the same on every machine.
type Number float64

// MarshalJSON writes the number rounded to four decimals.
func (n Number) MarshalJSON() ([]byte, error) {
	v := math.Round(float64(n)*10000) / 10000
	if v == 0 {
		v = 0 // no "-0"
	}
	return []byte(strconv.FormatFloat(v, 'f', -1, 64)), nil
}

// NewJSONResult builds the machine-readable form of r.
func NewJSONResult(r *scoring.Result, m Meta) *JSONResult {
	s := r.Set
	out := &JSONResult{
		Tool: safetext.Line(m.Tool),
		Set: JSONSet{ID: s.ID, Title: s.Title, Version: s.Version, Hash: s.Hash, Format: max(s.Format, 1),
			CloudyAt: Number(s.Scoring.CloudyAt.Float()), CarriesAt: Number(s.Scoring.CarriesAt.Float())},
		Role:            safetext.Line(r.Answers.Role),
		Date:            safetext.Line(m.Date),
		Complete:        r.Complete(),
		Missing:         append([]string{}, r.Missing...),
		Answers:         map[string]questions.Choice{},
		Notes:           map[string]string{},
		Index:           r.Index,
		IndexExact:      Number(r.IndexExact),
		NotKnown:        r.NotKnown,
		HeldBack:        []string{},
		Areas:           []JSONArea{},
		Recommendations: []JSONRecommendation{},
	}
	out.Headline, out.Summary = r.Headline()
	for _, ar := range r.HeldBack {
		out.HeldBack = append(out.HeldBack, ar.Area.ID)
	}
	if r.Band != nil {
		out.Band = &JSONBand{ID: r.Band.ID, Headline: r.Band.Headline}
	}
	for i := range r.Areas {
		ar := &r.Areas[i]
		ja := JSONArea{
			ID: ar.Area.ID, Title: ar.Area.Title, Weight: Number(ar.Weight),
			Mean: jsonSplit(ar.Mean), Split: jsonSplit(ar.Split), Limits: []JSONLimit{},
			Unknown: ar.Unknown, Answered: ar.Answered, NotSure: ar.NotSure,
			Questions: []JSONQuestion{},
		}
		for _, l := range ar.Limits {
			ja.Limits = append(ja.Limits, JSONLimit{Question: l.Question.ID, Option: l.Option.ID,
				IT: Number(l.Option.Limit.IT.Float()), To: l.Option.Limit.To, Moved: Number(l.Moved.Float())})
		}
		if ar.Scored() {
			pc := ar.Split.Percent()
			ja.Percent = JSONPercent{IT: pc[0], Leadership: pc[1], Unclear: pc[2]}
			ja.Verdict = ptr(ar.Verdict)
			ja.VerdictLabel = ptr(verdictLabel(s, ar))
		}
		for _, qr := range ar.Questions {
			ids := []string{}
			for _, o := range qr.Chosen {
				ids = append(ids, o.ID)
			}
			if qr.Answered() {
				c := questions.Choice{IDs: ids, List: qr.Question.Multi()}
				out.Answers[qr.Question.ID] = c
			}
			jq := JSONQuestion{
				ID: qr.Question.ID, Answer: ids, Weight: Number(qr.Weight),
				Split: jsonSplit(qr.Split), Contribution: jsonSplit(qr.Contribution),
			}
			if qr.Counted != nil {
				jq.Counted = ptr(qr.Counted.ID)
			}
			ja.Questions = append(ja.Questions, jq)
		}
		if n := safetext.Note(r.Answers.Notes[ar.Area.ID]); n != "" {
			out.Notes[ar.Area.ID] = n
		}
		out.Areas = append(out.Areas, ja)
	}
	for _, rec := range r.Recommendations {
		jr := JSONRecommendation{Text: rec.Text, Who: rec.Who, Cause: rec.Cause, Impact: Number(rec.Impact)}
		if rec.Area != nil {
			jr.Area = rec.Area.ID
		}
		if rec.Question != nil {
			jr.Question = ptr(rec.Question.ID)
		}
		if rec.Option != nil {
			jr.Option = ptr(rec.Option.ID)
		}
		if rec.Verdict != "" {
			jr.Verdict = ptr(rec.Verdict)
		}
		out.Recommendations = append(out.Recommendations, jr)
	}
	return out
}

// JSON renders the result for machines: a JSONResult, indented by two
// spaces, ending with a newline. Object keys keep the struct order; map
// keys are sorted. The same result and meta always give the same bytes.
func JSON(r *scoring.Result, m Meta) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(NewJSONResult(r, m)); err != nil {
		// Every value is a string, number, boolean or a list or map of them.
		panic("report: encoding JSON: " + err.Error())
	}
	return b.Bytes()
}

func jsonSplit(s scoring.Split) JSONSplit {
	return JSONSplit{IT: Number(s.IT.Float()), Leadership: Number(s.Leadership.Float()), Unclear: Number(s.Unclear.Float())}
}

func ptr(s string) *string { return &s }

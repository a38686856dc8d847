package questions

import (
	"bytes"
	"encoding/json"
	"strconv"
	"sync"
)

// Schema returns the JSON Schema (draft 2020-12) of the question-set
// format, for editors that validate and complete a set as it is written.
// It is pretty-printed with two-space indentation, ends in a newline and is
// the same, byte for byte, on every call.
//
// The schema describes the shape of a set: its keys, their types, which are
// required, the form of ids and the range of shares. What spans several
// values (shares summing to 1, bands covering 0 to 100, unique ids) is left
// to Parse and Lint.
func Schema() []byte { return bytes.Clone(schemaJSON()) }

// SchemaID is the schema's $id. It is a name, not an address: no web
// page serves the schema, which ships with itcheck (`itcheck schema`). It
// carries no version because one schema describes every format a set may
// declare (format 1 and 2), later formats being additions to it; a file
// that validated keeps validating under the same id.
const SchemaID = "urn:itcheck:question-set"

var schemaJSON = sync.OnceValue(func() []byte {
	compact, err := schemaMarshal(schemaDoc())
	if err != nil {
		panic("questions: schema does not marshal: " + err.Error())
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact, "", "  "); err != nil {
		panic("questions: schema does not indent: " + err.Error())
	}
	out.WriteByte('\n')
	return out.Bytes()
})

// schemaNode is one JSON Schema. The fields print in this order, so the file
// reads top-down: what a value is, then its constraints, then its parts.
type schemaNode struct {
	Schema               string        `json:"$schema,omitempty"`
	ID                   string        `json:"$id,omitempty"`
	Title                string        `json:"title,omitempty"`
	Description          string        `json:"description,omitempty"`
	Ref                  string        `json:"$ref,omitempty"`
	Type                 any           `json:"type,omitempty"`
	Enum                 []string      `json:"enum,omitempty"`
	Const                string        `json:"const,omitempty"`
	Default              any           `json:"default,omitempty"`
	Pattern              string        `json:"pattern,omitempty"`
	MinLength            int           `json:"minLength,omitempty"`
	Minimum              json.Number   `json:"minimum,omitempty"`
	ExclusiveMinimum     json.Number   `json:"exclusiveMinimum,omitempty"`
	Maximum              json.Number   `json:"maximum,omitempty"`
	MinItems             int           `json:"minItems,omitempty"`
	MaxItems             int           `json:"maxItems,omitempty"`
	Items                *schemaNode   `json:"items,omitempty"`
	AllOf                []*schemaNode `json:"allOf,omitempty"`
	Contains             *schemaNode   `json:"contains,omitempty"`
	Required             []string      `json:"required,omitempty"`
	MinProperties        int           `json:"minProperties,omitempty"`
	Properties           schemaProps   `json:"properties,omitempty"`
	AdditionalProperties *bool         `json:"additionalProperties,omitempty"`
	Defs                 schemaProps   `json:"$defs,omitempty"`
}

// schemaProps is a JSON object whose keys keep the order they were written in:
// properties in the order of the Go types, so completion lists and the
// file read like a question set.
type schemaProps []schemaProp

type schemaProp struct {
	name string
	n    *schemaNode
}

// MarshalJSON writes the properties as one JSON object, in order.
func (ps schemaProps) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := schemaMarshal(p.name)
		if err != nil {
			return nil, err
		}
		v, err := schemaMarshal(p.n)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// schemaMarshal encodes v compactly, leaving <, > and & as they are.
func schemaMarshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// schemaDoc describes the question-set format. The small helpers at its
// top keep each property to a line or two.
func schemaDoc() *schemaNode {
	no := false
	p := func(name string, n *schemaNode) schemaProp { return schemaProp{name, n} }
	// object is a mapping with exactly the given keys.
	object := func(desc string, required []string, ps ...schemaProp) *schemaNode {
		return &schemaNode{Description: desc, Type: "object", Required: required, Properties: ps, AdditionalProperties: &no}
	}
	ref := func(def, desc string) *schemaNode { return &schemaNode{Description: desc, Ref: "#/$defs/" + def} }
	list := func(def, desc string, minItems int) *schemaNode {
		return &schemaNode{Description: desc, Type: "array", MinItems: minItems, Items: &schemaNode{Ref: "#/$defs/" + def}}
	}
	text := func(desc string) *schemaNode { return &schemaNode{Description: desc, Type: "string"} }
	// mustText is a text that may not be empty.
	mustText := func(desc string) *schemaNode { return &schemaNode{Description: desc, Type: "string", MinLength: 1} }
	boolean := func(desc string) *schemaNode { return &schemaNode{Description: desc, Type: "boolean"} }
	integer := func(desc string, minimum, maximum json.Number) *schemaNode {
		return &schemaNode{Description: desc, Type: "integer", Minimum: minimum, Maximum: maximum}
	}
	enum := func(desc string, values ...string) *schemaNode {
		return &schemaNode{Description: desc, Type: "string", Enum: values}
	}
	weight := func(what string) *schemaNode {
		n := integer("How much this "+what+", a whole number of 1 or more; left out means 1. "+
			"A weight of 2 counts twice as much as a weight of 1.", "1", "")
		n.Default = 1
		return n
	}
	share := func(desc string) *schemaNode { return ref("Share", desc) }
	// threshold is a share that must be above 0.
	threshold := func(desc string) *schemaNode {
		n := share(desc)
		n.ExclusiveMinimum = "0"
		return n
	}
	verdictWords := map[string]string{
		VerdictIT:         "IT carries the area (its share reaches scoring.carries_at)",
		VerdictLeadership: "leadership carries the area (its share reaches scoring.carries_at)",
		VerdictShared:     "neither IT nor leadership reaches scoring.carries_at, so the area is shared",
		VerdictCloudy:     "the area's unclear share reaches scoring.cloudy_at, so nobody clearly owns it",
		VerdictUnknown:    "a cloudy area whose unclear share comes mostly from Not sure answers",
	}
	// split needs at least one share: they sum to 1.
	split := func(n *schemaNode) *schemaNode {
		n.MinProperties = 1
		return n
	}
	// byVerdict lists one property per area verdict, in VerdictIDs order.
	byVerdict := func(def string, desc func(verdict string) string) []schemaProp {
		ps := make([]schemaProp, len(VerdictIDs))
		for i, v := range VerdictIDs {
			ps[i] = p(v, ref(def, desc(v)))
		}
		return ps
	}

	parties := list("Party", "The words for the three parties accountability is split among. "+
		"Name each of it, leadership and unclear exactly once.", 3)
	parties.MaxItems = 3
	for _, id := range PartyIDs {
		parties.AllOf = append(parties.AllOf, &schemaNode{Contains: &schemaNode{
			Type:       "object",
			Required:   []string{"id"},
			Properties: schemaProps{p("id", &schemaNode{Const: id})},
		}})
	}

	return &schemaNode{
		Schema: "https://json-schema.org/draft/2020-12/schema",
		ID:     SchemaID,
		Title:  "itcheck question set",
		Description: "A question set for itcheck: its metadata, the words for the parties, verdicts and " +
			"bands, and the areas with their questions and options. This schema checks the shape of " +
			"the file. `itcheck validate FILE` also checks what a schema cannot express: that the " +
			"shares of every split sum to 1, that the bands cover the index from 0 to 100 without gaps " +
			"or overlaps, that ids are unique, and that exclusive options appear only in multi questions.",
		Ref: "#/$defs/Set",
		Defs: schemaProps{
			p("Set", object("A question set.",
				[]string{"id", "title", "version", "parties", "roles", "scoring", "verdicts", "bands", "areas"},
				p("format", integer("The version of this file format: 1 (the default) or 2. Limits, causes, "+
					"unknown verdict words and advice, all_areas_it bands, not_known, closing and area names "+
					"need format 2.", "1", "2")),
				p("id", ref("ID", "The set's stable id, kebab-case (like it-accountability). "+
					"Reports and answers name the set by it, so keep it when the set changes.")),
				p("title", mustText("The set's title, shown to the person answering and in reports.")),
				p("version", &schemaNode{
					Description: "The set's version (like 1.0.0). Raise it whenever questions, options " +
						"or shares change, so reports show which version they were answered against.",
					Type:      []string{"string", "number"},
					MinLength: 1,
				}),
				p("description", text("What the check is for, in a sentence or two, shown on the welcome screen.")),
				p("source", ref("Source", "Where the material comes from: the work the set paraphrases, for attribution.")),
				p("minutes", integer("About how many minutes answering takes, shown on the welcome screen. "+
					"Left out, nothing is promised.", "1", "")),
				p("parties", parties),
				p("roles", list("Role", "Who may be answering (executive, IT lead, ...); "+
					"the person picks one before the questions and it goes into the report.", 1)),
				p("scoring", ref("Scoring", "The thresholds that turn an area's split into its verdict.")),
				p("verdicts", ref("Verdicts", "The words for the four verdicts an area can get.")),
				p("bands", list("Band", "Ranges of the accountability index (0 to 100, the weighted "+
					"IT share over all areas) with the headline verdict for each. Together they must "+
					"cover 0 to 100 without gaps or overlaps.", 1)),
				p("not_known", ref("Headline", "The headline when more than half of the answers are Not sure; "+
					"it replaces the band's (format 2).")),
				p("closing", text("A closing paragraph shown at the end of every verdict and report (format 2).")),
				p("areas", list("Area", "The areas, each asked on one page, in the order they are asked.", 1)),
			)),
			p("Headline", object("A headline with the sentences under it.", []string{"headline"},
				p("headline", mustText("The headline.")),
				p("summary", text("A few sentences under the headline.")),
			)),
			p("Source", object("Attribution for the material the set paraphrases.", nil,
				p("title", text("Title of the source, like an article's headline.")),
				p("url", text("Web address of the source, if it has one.")),
				p("note", text("How the set uses the source, like \"the questions put the article's arguments into our own words\".")),
			)),
			p("Party", object("The words for one of the three parties.", []string{"id", "label"},
				p("id", enum("Which party: it (the IT team or provider), leadership (whoever sets "+
					"strategy, resourcing and budget) or unclear (nobody can say: ad-hoc change, "+
					"shadow IT, not sure).", PartyIDs...)),
				p("label", mustText("Short name of the party, shown in results and reports (like IT).")),
				p("description", text("One line on who this party is (like Your IT team or outside IT provider).")),
			)),
			p("Role", object("Someone who may be answering.", []string{"id", "label"},
				p("id", ref("ID", "The role's stable id, kebab-case (like it-lead), unique among the roles; answers record it.")),
				p("label", mustText("The role as the person picks it (like IT lead).")),
			)),
			p("Scoring", object("The thresholds that turn an area's split into its verdict: "+
				"cloudy first, then who carries it, else shared.", []string{"cloudy_at", "carries_at"},
				p("cloudy_at", threshold("An area whose unclear share is at least this is cloudy: "+
					"nobody clearly owns it. A share above 0 and up to 1 (like 0.35).")),
				p("carries_at", threshold("Otherwise, a party (it or leadership) whose share is at "+
					"least this carries the area; when neither does, the area is shared. "+
					"A share above 0 and up to 1 (like 0.6).")),
			)),
			p("Verdicts", object("The words for each verdict an area can get.", VerdictIDs,
				append(byVerdict("VerdictText", func(v string) string {
					return "Words for the verdict when " + verdictWords[v] + "."
				}), p(VerdictUnknown, ref("VerdictText", "Words for "+verdictWords[VerdictUnknown]+
					" (format 2; left out, cloudy's words stand in).")))...,
			)),
			p("VerdictText", object("A verdict's label and what it means.", []string{"label"},
				p("label", mustText("Short label shown next to each area's bar (like IT carries it).")),
				p("meaning", text("What the verdict means for the reader, in a sentence.")),
			)),
			p("Band", object("A range of the accountability index with its headline verdict.",
				[]string{"id", "min", "max", "headline"},
				p("id", ref("ID", "The band's stable id, kebab-case (like hold-to-account), unique among the bands.")),
				p("min", integer("Lowest index in the band, a whole number from 0 to 100, included.", "0", "100")),
				p("max", integer("Highest index in the band, a whole number from 0 to 100, included; "+
					"at least min. The next band starts at max + 1.", "0", "100")),
				p("headline", mustText("The headline verdict for an index in this band, at the top of the results.")),
				p("summary", text("A few sentences under the headline: what this means and what to do first.")),
				p("all_areas_it", boolean("true: the band is given only when every area's verdict is it; "+
					"otherwise the highest band below it is (format 2). For a top band that says IT has what it needs.")),
			)),
			p("Area", object("One area of the check, asked on one page.", []string{"id", "title", "questions"},
				p("id", ref("ID", "The area's stable id, kebab-case (like budget), unique in the set; "+
					"notes and reports name the area by it.")),
				p("title", mustText("The question the area answers, shown as the page's heading (like Who's calling the shots?).")),
				p("name", text("A short name for the area in running text, like the IT budget (format 2); "+
					"left out, the title stands in.")),
				p("intro", text("One or two lines of framing under the title.")),
				p("weight", weight("area counts towards the accountability index")),
				p("advice", ref("AreaAdvice", "What to do, by the verdict the area gets.")),
				p("questions", list("Question", "The area's questions, in the order they are asked.", 1)),
			)),
			p("AreaAdvice", object("An area's advice for each verdict; any may be left out. For an area "+
				"IT carries it confirms what works; for any other verdict it shows only when none of the "+
				"area's answers gave advice of its own.", nil,
				append(byVerdict("Advice", func(v string) string {
					return "Advice shown when " + verdictWords[v] + ". Leave it out for none."
				}), p(VerdictUnknown, ref("Advice", "Advice for "+verdictWords[VerdictUnknown]+
					": about finding out, never presuming what happened (format 2). It stands for the "+
					"area's Not sure answers.")))...,
			)),
			p("Advice", object("A recommendation and who should act on it.", []string{"text", "who"},
				p("text", mustText("The recommendation, addressed to whoever acts on it.")),
				p("who", enum("Who should act: it (the IT team or provider), leadership, "+
					"or together (both, in one conversation).", ActorIDs...)),
				p("cause", ref("ID", "The root cause the advice addresses, kebab-case (format 2). Answers of "+
					"one area whose advice names the same cause give one recommendation.")),
			)),
			p("Question", object("One concrete situation with its options.", []string{"id", "text", "options"},
				p("id", ref("ID", "The question's stable id, kebab-case (like budget-owner), unique in the "+
					"whole set; answers name the question by it, so keep it when the wording changes.")),
				p("text", mustText("The question as asked.")),
				p("help", text("A hint under the question: examples, or what to think of.")),
				p("kind", &schemaNode{
					Description: "single (the default): exactly one option is chosen. multi: one or more " +
						"options may be chosen, and the worst of them (the lowest IT share) counts, so an added problem " +
						"never raises IT's share.",
					Type:    "string",
					Enum:    []string{KindSingle, KindMulti},
					Default: KindSingle,
				}),
				p("weight", weight("question counts within its area")),
				p("options", withMaxItems(list("Option", "The possible answers, in the order shown; at least two, at most "+
					strconv.Itoa(MaxOptions)+". Usually the last is a Not sure option (not_sure: true): not knowing is itself a finding.", 2), MaxOptions)),
			)),
			p("Option", object("One answer to a question, with the accountability split it implies.",
				[]string{"id", "label", "split"},
				p("id", ref("ID", "The option's stable id, kebab-case (like not-sure), unique in its question; "+
					"answers record it, so keep it when the label changes.")),
				p("label", mustText("The answer as the person sees it.")),
				p("split", ref("Split", "How accountability divides when this answer is chosen: "+
					"shares for it, leadership and unclear that sum to 1.")),
				p("not_sure", boolean("true for the Not sure answer, which is a finding in itself: "+
					"it is always chosen on its own. Give it the split {unclear: 1}.")),
				p("exclusive", boolean("In a multi question, true when the option cannot be chosen together "+
					"with others (like None of these). Only for kind: multi; Not sure is always exclusive.")),
				p("limit", ref("Limit", "A condition that fails when this answer is chosen: IT's share of the "+
					"whole area is capped, whatever the other answers (format 2).")),
				p("advice", ref("Advice", "What to do when this answer is chosen. Leave it out when there is nothing to do.")),
			)),
			p("Limit", object("Caps IT's share of the whole area while the option is chosen; what is over "+
				"goes to another party.", []string{"it", "to"},
				p("it", share("The most of the area IT can carry, below 1 (like 0.25). Below scoring.carries_at, "+
					"the area can never be IT's.")),
				p("to", enum("Who takes what is over the cap: leadership, or unclear when nobody owns it.",
					PartyLeadership, PartyUnclear)),
			)),
			p("Split", split(object("How accountability divides among the parties. The three shares sum to 1; "+
				"a party left out gets 0 (like {it: 0.25, leadership: 0.75}).", nil,
				p("it", share("Share of accountability with the IT team or provider, 0 to 1; "+
					"the three shares of a split sum to 1; left out means 0.")),
				p("leadership", share("Share of accountability with leadership (strategy, resourcing "+
					"and budget), 0 to 1; the three shares of a split sum to 1; left out means 0.")),
				p("unclear", share("Share of accountability nobody can name (ad-hoc change, shadow IT, "+
					"not sure), 0 to 1; the three shares of a split sum to 1; left out means 0.")),
			))),
			p("Share", &schemaNode{
				Description: "A share between 0 and 1 with at most four decimal places, like 0.25 " +
					"(`itcheck validate` checks the decimal places).",
				Type:    "number",
				Minimum: "0",
				Maximum: "1",
			}),
			p("ID", &schemaNode{
				Description: "A stable id in kebab-case: lowercase letters and digits in words joined by " +
					"single dashes (like budget-owner).",
				Type:    "string",
				Pattern: idRE.String(),
			}),
		},
	}
}

// withMaxItems caps the length of list n.
func withMaxItems(n *schemaNode, maxItems int) *schemaNode {
	n.MaxItems = maxItems
	return n
}

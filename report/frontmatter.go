package report

import (
	"bytes"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"itcheck/internal/safetext"
	"itcheck/questions"
	"itcheck/scoring"
)

// FrontMatter is a report's data: everything needed to score the answers
// again or to compare reports, written as YAML in the data block at the
// end of the report (see layout.go; reports in the earlier layout kept it
// as front matter at the top, hence the name). Its fields are written in
// this order.
type FrontMatter struct {
	// Meta records where each field stood in the report file.
	questions.Meta `yaml:"-"`

	Tool     string `yaml:"tool"`     // program name and version
	Set      string `yaml:"set"`      // question set id
	Version  string `yaml:"version"`  // question set version
	Hash     string `yaml:"hash"`     // sha256 of the question set's bytes
	Date     string `yaml:"date"`     // YYYY-MM-DD
	Role     string `yaml:"role"`     // role id of the person answering
	Complete bool   `yaml:"complete"` // every question was answered
	// Missing lists the unanswered question ids, in the set's order.
	Missing []string `yaml:"missing"`
	// Choices holds the chosen option id or ids by question id (the
	// "answers" field; the Answers method turns them into answers).
	Choices map[string]questions.Choice `yaml:"answers"`
	// Notes holds the person's notes by area id.
	Notes map[string]string `yaml:"notes"`
	Index int               `yaml:"index"` // accountability index, 0 to 100
	Band  string            `yaml:"band"`  // id of the band the index falls in
	// Areas holds each scored area's split and verdict by area id.
	Areas map[string]AreaScore `yaml:"areas"`
}

// frontMatterKeys returns the data's keys in FrontMatter's order,
// which is the order Markdown writes them (a test holds the two equal).
func frontMatterKeys() []string {
	t := reflect.TypeFor[FrontMatter]()
	var keys []string
	for i := range t.NumField() {
		if k, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ","); k != "" && k != "-" {
			keys = append(keys, k)
		}
	}
	return keys
}

// AreaScore is one area's split (rounded to four decimals) and verdict.
type AreaScore struct {
	// Meta records where the score stood in the report file.
	questions.Meta `yaml:"-"`

	IT         questions.Share `yaml:"it"`         // the IT party's share
	Leadership questions.Share `yaml:"leadership"` // leadership's share
	Unclear    questions.Share `yaml:"unclear"`    // the share nobody can place
	Verdict    string          `yaml:"verdict"`    // it, leadership, shared or cloudy
}

// Answers returns the answers recorded in the report's data. Positions are
// kept, so problems found by questions.Set.Check point into the report.
func (f *FrontMatter) Answers() *questions.Answers {
	a := &questions.Answers{
		Meta:    f.Meta,
		Set:     f.Set,
		Version: f.Version,
		Hash:    f.Hash,
		Role:    f.Role,
		Date:    f.Date,
		Answers: make(map[string]questions.Choice, len(f.Choices)),
	}
	for id, c := range f.Choices {
		a.Answers[id] = c
	}
	if len(f.Notes) > 0 {
		a.Notes = make(map[string]string, len(f.Notes))
		for id, n := range f.Notes {
			a.Notes[id] = n
		}
	}
	return a
}

// dataYAML writes the report's data as YAML, without the lines around
// it. Maps are written in the set's order, so the same result always
// gives the same bytes.
func dataYAML(r *scoring.Result, m Meta) []byte {
	s := r.Set
	doc := mapping(
		"tool", str(safetext.Line(m.Tool)),
		"set", str(s.ID),
		"version", str(s.Version),
		"hash", str(s.Hash),
		"date", dateNode(safetext.Line(m.Date)),
		"role", str(safetext.Line(r.Answers.Role)),
		"complete", plain(boolText(r.Complete())),
	)
	if len(r.Missing) > 0 {
		missing := &yaml.Node{Kind: yaml.SequenceNode}
		for _, id := range r.Missing {
			missing.Content = append(missing.Content, str(id))
		}
		add(doc, "missing", missing)
	}
	answers := mapping()
	notes := mapping()
	areas := mapping()
	for i := range r.Areas {
		ar := &r.Areas[i]
		for _, qr := range ar.Questions {
			if !qr.Answered() {
				continue
			}
			if qr.Question.Multi() {
				list := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
				for _, o := range qr.Chosen {
					list.Content = append(list.Content, str(o.ID))
				}
				add(answers, qr.Question.ID, list)
			} else {
				add(answers, qr.Question.ID, str(qr.Chosen[0].ID))
			}
		}
		if n := safetext.Note(r.Answers.Notes[ar.Area.ID]); n != "" {
			note := str(n)
			if strings.Contains(n, "\n") {
				note.Style = yaml.LiteralStyle
			}
			add(notes, ar.Area.ID, note)
		}
		if ar.Scored() {
			score := mapping(
				"it", plain(ar.Split.IT.String()),
				"leadership", plain(ar.Split.Leadership.String()),
				"unclear", plain(ar.Split.Unclear.String()),
				"verdict", str(ar.Verdict),
			)
			score.Style = yaml.FlowStyle
			add(areas, ar.Area.ID, score)
		}
	}
	add(doc, "answers", answers)
	if len(notes.Content) > 0 {
		add(doc, "notes", notes)
	}
	band := ""
	if r.Band != nil {
		band = r.Band.ID
	}
	add(doc, "index", plain(strconv.Itoa(r.Index)))
	add(doc, "band", str(band))
	add(doc, "areas", areas)

	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		// The document is built from strings, numbers and booleans only.
		panic("report: encoding the report's data: " + err.Error())
	}
	_ = enc.Close()
	return buf.Bytes()
}

// str is a string scalar; the encoder quotes it when it would read as
// something else (a number, a boolean, null).
func str(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v} }

// plain is a scalar written as it is (numbers, booleans, dates).
func plain(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }

func mapping(kv ...any) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(kv); i += 2 {
		add(n, kv[i].(string), kv[i+1].(*yaml.Node))
	}
	return n
}

func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, str(key), v)
}

// dateNode writes a YYYY-MM-DD date unquoted and anything else as a string.
func dateNode(d string) *yaml.Node {
	if dateRE.MatchString(d) {
		return plain(d)
	}
	return str(d)
}

var dateRE = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

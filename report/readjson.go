package report

import (
	"go.yaml.in/yaml/v3"

	"itcheck/internal/strictyaml"
	"itcheck/questions"
)

// resultInput is a JSON result (see JSONResult) read back as answers. The
// fields that record the answers are decoded; the fields that record the
// outcome are accepted and ignored, since scoring computes them again.
// Any other field is an error, as in an answers file.
type resultInput struct {
	questions.Meta `yaml:"-"`

	Tool            ignored                     `yaml:"tool"`
	Set             resultSet                   `yaml:"set"`
	Role            string                      `yaml:"role"`
	Date            string                      `yaml:"date"`
	Complete        ignored                     `yaml:"complete"`
	Missing         ignored                     `yaml:"missing"`
	Answers         map[string]questions.Choice `yaml:"answers"`
	Notes           map[string]string           `yaml:"notes"`
	Index           ignored                     `yaml:"index"`
	IndexExact      ignored                     `yaml:"index_exact"`
	Band            ignored                     `yaml:"band"`
	Headline        ignored                     `yaml:"headline"`
	Summary         ignored                     `yaml:"summary"`
	NotKnown        ignored                     `yaml:"not_known"`
	HeldBack        ignored                     `yaml:"held_back"`
	Areas           ignored                     `yaml:"areas"`
	Recommendations ignored                     `yaml:"recommendations"`
}

type resultSet struct {
	questions.Meta `yaml:"-"`

	ID        string  `yaml:"id"`
	Title     ignored `yaml:"title"`
	Version   string  `yaml:"version"`
	Hash      string  `yaml:"hash"`
	Format    ignored `yaml:"format"`
	CloudyAt  ignored `yaml:"cloudy_at"`
	CarriesAt ignored `yaml:"carries_at"`
}

// ignored accepts any value and keeps none of it.
type ignored struct{}

// DecodeNode accepts any node.
func (*ignored) DecodeNode(*yaml.Node) []strictyaml.Problem { return nil }

// isJSONResult reports whether a parsed document is a JSON result rather
// than an answers file: its set is an object (id, version, hash), not an
// id.
func isJSONResult(doc *yaml.Node) bool {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return false
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		if top.Content[i].Value == "set" {
			return top.Content[i+1].Kind == yaml.MappingNode
		}
	}
	return false
}

// decodeJSONResult reads the answers a parsed JSON result records.
// Problems point into the file; a wrong set or version points at the set
// object.
func decodeJSONResult(name string, doc *yaml.Node) (*questions.Answers, error) {
	var in resultInput
	probs := strictyaml.DecodeNode(doc, &in)
	if len(probs) == 0 && (in.Set.ID == "" || in.Set.Version == "") {
		probs = append(probs, strictyaml.Problem{Pos: in.PosOf("set"),
			Msg: "set needs an id and a version: the question set the result answers"})
	}
	if len(probs) > 0 {
		return nil, problems(name, probs)
	}
	if ps := questions.CheckDate(name, in.PosOf("date"), in.Date); ps != nil {
		return nil, ps
	}
	a := &questions.Answers{
		Meta:    in.Set.Meta,
		Set:     in.Set.ID,
		Version: in.Set.Version,
		Hash:    in.Set.Hash,
		Role:    in.Role,
		Date:    in.Date,
		Answers: in.Answers,
		Notes:   in.Notes,
	}
	if a.Answers == nil {
		a.Answers = map[string]questions.Choice{}
	}
	if len(a.Notes) == 0 {
		a.Notes = nil
	}
	return a, nil
}

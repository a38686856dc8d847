package questions

import (
	"go.yaml.in/yaml/v3"

	"itcheck/internal/strictyaml"
)

// DecodeAnswers decodes answers from a document already parsed (see
// strictyaml.Parse), as ParseAnswers does from the file's bytes; name is
// the file's name for error messages. It lets a reader that must look at
// a file before knowing what it holds parse it once.
func DecodeAnswers(name string, doc *yaml.Node) (*Answers, error) {
	var a Answers
	if probs := strictyaml.DecodeNode(doc, &a); len(probs) > 0 {
		return nil, fromDecode(name, probs)
	}
	if ps := CheckDate(name, a.PosOf("date"), a.Date); ps != nil {
		return nil, ps
	}
	return &a, nil
}

package questions

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"itcheck/internal/safetext"
	"itcheck/internal/strictyaml"
)

// Answers is what one person answered: the set they answered, who they
// are, an option id (or several, for a multi question) per question id,
// and their notes per area id.
type Answers struct {
	Meta    `yaml:"-"`
	Set     string            `yaml:"set" json:"set"`
	Version string            `yaml:"version" json:"version"`
	Hash    string            `yaml:"hash,omitempty" json:"hash,omitempty"`
	Role    string            `yaml:"role" json:"role"`
	Date    string            `yaml:"date,omitempty" json:"date,omitempty"`
	Answers map[string]Choice `yaml:"answers" json:"answers"`
	Notes   map[string]string `yaml:"notes,omitempty" json:"notes,omitempty"`
}

// MaxNoteChars is the most characters a note on one area may have: the
// interactive check takes no more, and answers files and reports with a
// longer note are refused. Every report itcheck writes can then be read
// back, well under the 1 MiB limit on input, with a note on every area.
const MaxNoteChars = 4000

// Choice is the option id or ids chosen for one question. In a file it is
// written as one id, or as a list of ids for a multi question.
type Choice struct {
	Meta `yaml:"-"`
	IDs  []string
	List bool // written as a list in the file
}

// Single returns a single-option choice.
func Single(id string) Choice { return Choice{IDs: []string{id}} }

// Many returns a multi-option choice.
func Many(ids ...string) Choice { return Choice{IDs: ids, List: true} }

// DecodeNode reads a scalar id or a list of scalar ids.
func (c *Choice) DecodeNode(n *yaml.Node) []strictyaml.Problem {
	c.At = Pos{Line: n.Line, Col: n.Column}
	var probs []strictyaml.Problem
	switch n.Kind {
	case yaml.ScalarNode:
		c.IDs = []string{n.Value}
	case yaml.SequenceNode:
		c.List = true
		for _, e := range n.Content {
			if e.Kind != yaml.ScalarNode {
				probs = append(probs, strictyaml.Problem{Pos: Pos{Line: e.Line, Col: e.Column}, Msg: "expected an option id"})
				continue
			}
			if i, r, ok := safetext.FindControl(e.Value); ok {
				probs = append(probs, strictyaml.Problem{Pos: Pos{Line: e.Line, Col: e.Column},
					Msg: fmt.Sprintf("text contains control character %U at character %d; remove it", r, i+1)})
				continue
			}
			c.IDs = append(c.IDs, e.Value)
		}
	default:
		probs = append(probs, strictyaml.Problem{Pos: c.At, Msg: "expected an option id or a list of option ids"})
	}
	return probs
}

// MarshalYAML writes a single id as a scalar and several as a list.
func (c Choice) MarshalYAML() (any, error) {
	if len(c.IDs) == 1 && !c.List {
		return c.IDs[0], nil
	}
	return c.IDs, nil
}

// MarshalJSON writes a single id as a string and several as an array.
func (c Choice) MarshalJSON() ([]byte, error) {
	if len(c.IDs) == 1 && !c.List {
		return json.Marshal(c.IDs[0])
	}
	if c.IDs == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(c.IDs)
}

// ParseAnswers reads an answers file (YAML or JSON). name is used in
// error messages. Structural problems are returned as Problems; whether
// the answers fit a question set is Check's job.
func ParseAnswers(name string, data []byte) (*Answers, error) {
	doc, probs := strictyaml.Parse(data)
	if len(probs) > 0 {
		return nil, fromDecode(name, probs)
	}
	return DecodeAnswers(name, doc)
}

// CheckOptions tunes Check.
type CheckOptions struct {
	// AllowPartial accepts questions left unanswered.
	AllowPartial bool
}

// Check reports every way answers do not fit set s: another set or
// version, unknown question or option ids, a list for a single question,
// unknown roles or areas, and (unless partial answers are allowed)
// questions left unanswered. name is the answers file's name. An unknown
// question, option, role or area id close to one in the set, likely a
// typo, is told which one it may have meant (see suggest.go).
func (s *Set) Check(name string, a *Answers, opt CheckOptions) error {
	var ps Problems
	add := func(at Pos, format string, args ...any) {
		ps = append(ps, Problem{File: name, Pos: at, Msg: fmt.Sprintf(format, args...)})
	}
	guess := newSuggester()
	if a.Set != s.ID {
		add(a.PosOf("set"), "answers are for question set %q, but the questions are %q (%s)",
			a.Set, s.ID, HashNote(a.Hash, s.Hash))
	} else if a.Version != s.Version {
		add(a.PosOf("version"), "answers are for version %q of %q, but the questions are version %q (%s); "+
			"answer version %s again, or score these with --questions and the version %s set they were made with",
			a.Version, s.ID, s.Version, HashNote(a.Hash, s.Hash), s.Version, a.Version)
	}
	if a.Role != "" && s.Role(a.Role) == nil {
		add(a.PosOf("role"), "unknown role %q (%sexpected one of: %s)",
			a.Role, guessLead(guess.closest(a.Role, s.RoleIDs())), join(s.RoleIDs()))
	}
	for _, qid := range slices.Sorted(maps.Keys(a.Answers)) {
		c := a.Answers[qid]
		q, _ := s.Question(qid)
		if q == nil {
			add(c.At, "unknown question %q%s", qid, guessNote(guess.closest(qid, s.QuestionIDs())))
			continue
		}
		if len(c.IDs) == 0 {
			add(c.At, "question %q has no option chosen (expected one of: %s)", qid, join(q.OptionIDs()))
			continue
		}
		if !q.Multi() && (c.List || len(c.IDs) > 1) {
			add(c.At, "question %q takes one option, not a list (expected one of: %s)", qid, join(q.OptionIDs()))
			continue
		}
		seen := map[string]bool{}
		for _, id := range c.IDs {
			o := q.Option(id)
			switch {
			case o == nil:
				add(c.At, "question %q has no option %q (%sexpected one of: %s)",
					qid, id, guessLead(guess.closest(id, q.OptionIDs())), join(q.OptionIDs()))
			case seen[id]:
				add(c.At, "question %q lists option %q twice", qid, id)
			case o.Alone() && len(c.IDs) > 1:
				add(c.At, "question %q: option %q (%s) cannot be combined with other options", qid, id, o.Label)
			}
			seen[id] = true
		}
	}
	if !opt.AllowPartial {
		for _, ar := range s.Areas {
			for _, q := range ar.Questions {
				if _, ok := a.Answers[q.ID]; !ok {
					add(a.PosOf("answers"), "question %q is not answered (expected one of: %s)", q.ID, join(q.OptionIDs()))
				}
			}
		}
	}
	for _, aid := range slices.Sorted(maps.Keys(a.Notes)) {
		if s.Area(aid) == nil {
			add(a.PosOf("notes"), "notes for unknown area %q (%sexpected one of: %s)",
				aid, guessLead(guess.closest(aid, s.AreaIDs())), join(s.AreaIDs()))
		}
		if n := utf8.RuneCountInString(a.Notes[aid]); n > MaxNoteChars {
			add(a.PosOf("notes"), "the note on area %q is %d characters long; a note may have at most %d (the check's note field takes no more)", aid, n, MaxNoteChars)
		}
	}
	if len(ps) > 0 {
		sortProblems(ps)
		return ps
	}
	return nil
}

// HashNote names the content hashes of the set answers were given to and
// of the set at hand, for a message saying they differ: each by its first
// 12 characters, enough to tell sets apart, and the answers' only when
// they record one.
func HashNote(answersHash, setHash string) string {
	short := func(h string) string {
		if r := []rune(h); len(r) > 12 {
			return string(r[:12])
		}
		return h
	}
	if answersHash == "" {
		return "questions hash " + short(setHash)
	}
	return "answers hash " + short(answersHash) + ", questions hash " + short(setHash)
}

// Package strictyaml decodes YAML (and JSON, which YAML reads too) into Go
// structs strictly: every unknown or repeated key, wrong kind of value,
// alias or control character is reported with its line and column, and all
// problems are reported at once instead of stopping at the first.
//
// It understands the `yaml:"name"` struct tags of go.yaml.in/yaml/v3 and
// nothing more: strings, integers, booleans, slices, maps with string keys,
// pointers, nested structs, and types that decode themselves (Scalar,
// NodeDecoder). An embedded Meta records where a value stood.
package strictyaml

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"itcheck/internal/lazyregexp"
	"itcheck/internal/safetext"
)

// MaxBytes is the largest input Decode accepts. Question sets, answers and
// reports are a few kilobytes; anything near this size is a mistake or an
// attack, and refusing it early keeps parsing time bounded.
const MaxBytes = 1 << 20

// Scalar is implemented by types that decode themselves from a scalar's
// text (for example an exact decimal).
type Scalar interface {
	UnmarshalScalar(text string) error
}

// NodeDecoder is implemented by types that decode themselves from a node,
// such as a value that may be either one string or a list of strings.
type NodeDecoder interface {
	DecodeNode(n *yaml.Node) []Problem
}

var metaType = reflect.TypeOf(Meta{})

// Decode parses data and decodes it into v, which must be a pointer to a
// struct. It returns every problem found, in document order; nil means v
// was filled completely.
func Decode(data []byte, v any) []Problem {
	doc, probs := Parse(data)
	if len(probs) > 0 {
		return probs
	}
	return DecodeNode(doc, v)
}

// Parse parses data as Decode does before it decodes: one YAML document
// of at most MaxBytes, without raw control characters, not empty. The
// document can then be looked at and decoded with DecodeNode, so that a
// file whose kind depends on its content is parsed only once.
func Parse(data []byte) (*yaml.Node, []Problem) {
	// A byte order mark is how some editors start a UTF-8 file; it says
	// nothing, and columns on the first line are counted without it.
	data = bytes.TrimPrefix(data, []byte(BOM))
	if len(data) > MaxBytes {
		return nil, []Problem{{Pos{1, 1}, fmt.Sprintf("file is %d bytes; the limit is %d (1 MiB)", len(data), MaxBytes)}}
	}
	if probs := rawControls(data); len(probs) > 0 {
		return nil, probs
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		return nil, []Problem{tabHint(data, syntaxProblem(err))}
	}
	var next yaml.Node
	if err := dec.Decode(&next); err == nil {
		// At its first value; at its "---" line when it holds none (an
		// empty value stands after the end of the file).
		at := Pos{max(next.Line, 1), max(next.Column, 1)}
		if next.Kind == yaml.DocumentNode && len(next.Content) > 0 && !isEmptyScalar(next.Content[0]) {
			at = posOf(next.Content[0])
		}
		return nil, []Problem{{at, "a second YAML document (after ---) starts here; a file holds one"}}
	} else if err != io.EOF {
		return nil, []Problem{tabHint(data, syntaxProblem(err))}
	}
	if doc.Kind == 0 || (doc.Kind == yaml.DocumentNode && len(doc.Content) == 0) {
		return nil, []Problem{{Pos{1, 1}, "file is empty"}}
	}
	return &doc, nil
}

// BOM is the UTF-8 byte order mark, accepted at the start of a file.
const BOM = "\ufeff"

// DecodeNode decodes an already parsed node into v (a pointer). Explicit
// YAML tags (!!binary, !!str, !custom) are refused: they change what a
// value means in ways a reader of the file does not see.
func DecodeNode(n *yaml.Node, v any) []Problem {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		panic("strictyaml: DecodeNode needs a non-nil pointer")
	}
	if probs := tags(n, nil); len(probs) > 0 {
		return probs
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	var d decoder
	d.value(n, rv.Elem())
	return d.problems
}

// tags appends a problem for each node under n written with an explicit
// tag. Aliases are not followed (they are refused on their own).
func tags(n *yaml.Node, probs []Problem) []Problem {
	if n.Style&yaml.TaggedStyle != 0 {
		probs = append(probs, Problem{posOf(n), fmt.Sprintf("YAML tag %q is not allowed; write the plain value (tags such as !!binary change what a value means)", n.Tag)})
	}
	for _, c := range n.Content {
		probs = tags(c, probs)
	}
	return probs
}

var lineRE = lazyregexp.New(`^yaml: (?:line (\d+): )?(.*)$`)

// syntaxProblem turns a yaml.v3 parse error ("yaml: line 3: did not find
// expected key") into a positioned problem. The parser reports lines only.
func syntaxProblem(err error) Problem {
	msg := err.Error()
	line := 1
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		if m[1] != "" {
			line, _ = strconv.Atoi(m[1])
		}
		msg = m[2]
	}
	return Problem{Pos{line, 1}, "not valid YAML: " + msg}
}

type decoder struct{ problems []Problem }

func (d *decoder) addf(n *yaml.Node, format string, args ...any) {
	d.problems = append(d.problems, Problem{posOf(n), fmt.Sprintf(format, args...)})
}

func posOf(n *yaml.Node) Pos { return Pos{n.Line, n.Column} }

func (d *decoder) value(n *yaml.Node, v reflect.Value) {
	if v.Kind() == reflect.Struct {
		// Whatever is wrong with the value, it has a place in the file,
		// for messages about what it lacks.
		if meta := metaOf(v); meta != nil {
			meta.At = posOf(n)
		}
	}
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		d.addf(n, "anchors and aliases (&, *) are not allowed; write the value out")
		return
	}
	if v.CanAddr() {
		if nd, ok := v.Addr().Interface().(NodeDecoder); ok {
			if n.Kind == yaml.ScalarNode && !d.cleanText(n) {
				return
			}
			d.problems = append(d.problems, nd.DecodeNode(n)...)
			return
		}
		if sc, ok := v.Addr().Interface().(Scalar); ok {
			if !d.scalar(n) {
				return
			}
			if err := sc.UnmarshalScalar(n.Value); err != nil {
				d.addf(n, "%v", err)
			}
			return
		}
	}
	switch v.Kind() {
	case reflect.Pointer:
		if isNull(n) {
			return
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		d.value(n, v.Elem())
	case reflect.Struct:
		d.structValue(n, v)
	case reflect.Slice:
		d.sliceValue(n, v)
	case reflect.Map:
		d.mapValue(n, v)
	case reflect.String:
		if !d.scalar(n) {
			return
		}
		if !isNull(n) {
			v.SetString(n.Value)
		}
	case reflect.Int, reflect.Int64:
		if !d.scalar(n) {
			return
		}
		i, err := strconv.ParseInt(n.Value, 10, 64)
		if err != nil || n.Tag != "!!int" {
			d.addf(n, "expected a whole number, got %q", n.Value)
			return
		}
		v.SetInt(i)
	case reflect.Bool:
		if !d.scalar(n) {
			return
		}
		switch {
		case n.Tag == "!!bool" && (n.Value == "true" || n.Value == "True" || n.Value == "TRUE"):
			v.SetBool(true)
		case n.Tag == "!!bool" && (n.Value == "false" || n.Value == "False" || n.Value == "FALSE"):
			v.SetBool(false)
		default:
			d.addf(n, "expected true or false, got %q", n.Value)
		}
	default:
		panic("strictyaml: unsupported kind " + v.Kind().String())
	}
}

// scalar checks that n is a scalar with clean text.
func (d *decoder) scalar(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode {
		d.addf(n, "expected a single value, got %s", kindName(n))
		return false
	}
	return d.cleanText(n)
}

// cleanText refuses control characters and terminal escape sequences: text
// from a file may end up on someone's terminal or in a shared report.
func (d *decoder) cleanText(n *yaml.Node) bool {
	if i, r, ok := safetext.FindControl(n.Value); ok {
		d.addf(n, "text contains %s %U at character %d; remove it (%s)", safetext.Describe(r), r, i+1, why(r))
		return false
	}
	return true
}

// isEmptyScalar reports whether n is the null a document without content
// holds: nothing written at all.
func isEmptyScalar(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null" && n.Value == ""
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "nothing"
}

func (d *decoder) structValue(n *yaml.Node, v reflect.Value) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.addf(n, "expected a mapping of %s, got %s", strings.Join(fieldNames(v.Type()), ", "), kindName(n))
		return
	}
	fields := map[string]int{}
	meta := metaOf(v)
	t := v.Type()
	for i := range t.NumField() {
		if name := tagName(t.Field(i)); name != "" {
			fields[name] = i
		}
	}
	if meta != nil {
		meta.At = posOf(n)
		meta.keys = make([]KeyPos, 0, len(n.Content)/2)
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if !d.scalar(k) {
			continue
		}
		if seen[k.Value] {
			d.addf(k, "key %q appears twice", k.Value)
			continue
		}
		seen[k.Value] = true
		idx, ok := fields[k.Value]
		if !ok {
			d.addf(k, "unknown field %q (expected one of: %s)", k.Value, strings.Join(fieldNames(t), ", "))
			continue
		}
		if meta != nil {
			meta.keys = append(meta.keys, KeyPos{k.Value, posOf(val)})
		}
		d.value(val, v.Field(idx))
	}
}

// metaOf returns the Meta embedded in struct v, or nil.
func metaOf(v reflect.Value) *Meta {
	t := v.Type()
	for i := range t.NumField() {
		if f := t.Field(i); f.Anonymous && f.Type == metaType {
			return v.Field(i).Addr().Interface().(*Meta)
		}
	}
	return nil
}

func (d *decoder) sliceValue(n *yaml.Node, v reflect.Value) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.addf(n, "expected a list, got %s", kindName(n))
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, c := range n.Content {
		d.value(c, s.Index(i))
	}
	v.Set(s)
}

func (d *decoder) mapValue(n *yaml.Node, v reflect.Value) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.addf(n, "expected a mapping, got %s", kindName(n))
		return
	}
	if v.Type().Key().Kind() != reflect.String {
		panic("strictyaml: map keys must be strings")
	}
	m := reflect.MakeMapWithSize(v.Type(), len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if !d.scalar(k) {
			continue
		}
		key := reflect.ValueOf(k.Value).Convert(v.Type().Key())
		if m.MapIndex(key).IsValid() {
			d.addf(k, "key %q appears twice", k.Value)
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		d.value(val, elem)
		m.SetMapIndex(key, elem)
	}
	v.Set(m)
}

func tagName(f reflect.StructField) string {
	if !f.IsExported() || (f.Anonymous && f.Type == metaType) {
		return ""
	}
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" {
		return ""
	}
	if name == "" {
		return strings.ToLower(f.Name)
	}
	return name
}

func fieldNames(t reflect.Type) []string {
	var names []string
	for i := range t.NumField() {
		if n := tagName(t.Field(i)); n != "" {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	return names
}

// This file holds where decoded values stood: positions, the Meta a struct
// embeds, and the problems found.

package strictyaml

import "fmt"

// Pos is a 1-based line and column in the decoded text.
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"column"`
}

// String formats the position as "line:column".
func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Meta is embedded in a struct to receive the position of the mapping the
// struct was decoded from and of each of its keys' values.
type Meta struct {
	At   Pos      `yaml:"-" json:"-"`
	keys []KeyPos // value position by key, in the mapping's order
}

// KeyPos is where the value of one key of a mapping stood.
type KeyPos struct {
	Key string
	Pos Pos
}

// find returns the position of key's value.
func (m Meta) find(key string) (Pos, bool) {
	// A struct has a handful of fields: a search beats a map, which is
	// costly to build for every mapping decoded.
	for _, k := range m.keys {
		if k.Key == key {
			return k.Pos, true
		}
	}
	return Pos{}, false
}

// PosOf returns where the value of key stood, or the mapping's own position
// when the key was absent.
func (m Meta) PosOf(key string) Pos {
	if p, ok := m.find(key); ok {
		return p
	}
	return m.At
}

// NewMeta returns the Meta that Decode gives a struct decoded from a
// mapping at at whose keys' values stood at keys, in the mapping's order
// (nil for a value decoded from null). It is for values built in code to
// equal decoded ones, such as the question set generated from its file;
// keys is kept, not copied, and must not change.
func NewMeta(at Pos, keys []KeyPos) Meta { return Meta{At: at, keys: keys} }

// Has reports whether key was present in the mapping.
func (m Meta) Has(key string) bool {
	_, ok := m.find(key)
	return ok
}

// Problem is one thing wrong with the input, at a position.
type Problem struct {
	Pos
	Msg string
}

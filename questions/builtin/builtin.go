// Package builtin is itcheck's built-in question set, already parsed: the
// Go form of the questions.yaml at the module's root, generated from it
// (set_gen.go), so that a start with the built-in set decodes no YAML.
//
// It can never stand in for other text: Set hands it out only for the
// very bytes it was generated from, by their sha256, and TestGenerated
// checks that it equals what questions.Parse gives for them. After
// changing questions.yaml, run go generate ./questions/builtin; until
// then the set is parsed from the file, as any other.
package builtin

import (
	"crypto/sha256"
	"encoding/hex"

	"itcheck/questions"
)

//go:generate go run ./gen ../../questions.yaml set_gen.go

// Set returns the set that questions.Parse gives for data when data are
// the bytes set_gen.go was generated from (a new copy on every call);
// otherwise ok is false and the caller parses data itself.
func Set(data []byte) (s *questions.Set, ok bool) {
	sum := sha256.Sum256(data)
	if hex.EncodeToString(sum[:]) != hash {
		return nil, false
	}
	return build(), true
}

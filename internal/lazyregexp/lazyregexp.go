// Package lazyregexp is a regular expression compiled on first use, so
// that a package's patterns cost nothing at start-up for the commands
// that never use them (as the Go tree's own internal/lazyregexp does).
package lazyregexp

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use.
type Regexp struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
}

// New returns a Regexp for pattern, which must compile (see
// regexp.MustCompile); it is compiled on first use.
func New(pattern string) *Regexp { return &Regexp{pattern: pattern} }

func (r *Regexp) get() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.pattern) })
	return r.re
}

// String returns the pattern.
func (r *Regexp) String() string { return r.pattern }

// MatchString reports whether s matches (see regexp.Regexp.MatchString).
func (r *Regexp) MatchString(s string) bool { return r.get().MatchString(s) }

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.get().FindStringSubmatch(s) }

package lazyregexp

import (
	"slices"
	"testing"
)

// A lazy pattern matches as the compiled one does, and keeps its text.
func TestRegexp(t *testing.T) {
	r := New(`^yaml: (?:line (\d+): )?(.*)$`)
	if r.String() != `^yaml: (?:line (\d+): )?(.*)$` {
		t.Errorf("String() = %q", r.String())
	}
	if !r.MatchString("yaml: line 3: bad") || r.MatchString("json: bad") {
		t.Error("MatchString matched the wrong strings")
	}
	if got := r.FindStringSubmatch("yaml: line 3: bad"); !slices.Equal(got, []string{"yaml: line 3: bad", "3", "bad"}) {
		t.Errorf("FindStringSubmatch = %q", got)
	}
	if got := r.FindStringSubmatch("no"); got != nil {
		t.Errorf("FindStringSubmatch of a non-match = %q", got)
	}
}

// A pattern that does not compile panics on first use, as
// regexp.MustCompile does at start-up.
func TestBadPattern(t *testing.T) {
	r := New(`(`)
	defer func() {
		if recover() == nil {
			t.Error("a bad pattern did not panic")
		}
	}()
	r.MatchString("x")
}

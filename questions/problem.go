package questions

import (
	"fmt"
	"strings"

	"itcheck/internal/strictyaml"
)

// Problem is one thing wrong in a file, at a position. A warning is a
// likely mistake that still lets the file be used.
type Problem struct {
	File    string
	Pos     Pos
	Msg     string
	Warning bool
}

// String formats the problem as "file:line:column: message", the form
// editors and terminals turn into links.
func (p Problem) String() string {
	kind := ""
	if p.Warning {
		kind = "warning: "
	}
	return fmt.Sprintf("%s:%d:%d: %s%s", p.File, p.Pos.Line, p.Pos.Col, kind, p.Msg)
}

// Problems is a list of problems; as an error it reads one per line.
type Problems []Problem

// Error lists every problem, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Errors returns the problems that are not warnings.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// Warnings returns the problems that are warnings.
func (ps Problems) Warnings() Problems {
	var out Problems
	for _, p := range ps {
		if p.Warning {
			out = append(out, p)
		}
	}
	return out
}

func fromDecode(name string, probs []strictyaml.Problem) Problems {
	ps := make(Problems, len(probs))
	for i, p := range probs {
		ps[i] = Problem{File: name, Pos: p.Pos, Msg: p.Msg}
	}
	return ps
}

func join(ids []string) string {
	if len(ids) == 0 {
		return "(none)"
	}
	return strings.Join(ids, ", ")
}

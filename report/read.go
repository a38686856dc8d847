package report

import (
	"bytes"
	"path/filepath"
	"strings"

	"itcheck/internal/strictyaml"
	"itcheck/questions"
)

// ParseReport reads the data of a saved report: the block at its end,
// or the front matter at the top of a report in the earlier layout (see
// layout.go). name is used in error messages, which are
// questions.Problems with positions counted in the whole file, so that
// file:line:column points at the right place. A data block that is
// missing, repeated, unclosed or followed by other text, unknown fields,
// control characters and values of the wrong kind are errors, all
// reported at once. Nothing of the human part is read.
func ParseReport(name string, data []byte) (*FrontMatter, error) {
	yml, _, err := locate(name, data)
	if err != nil {
		return nil, err
	}
	var f FrontMatter
	probs := strictyaml.Decode(yml, &f)
	if len(probs) == 0 {
		if f.Set == "" {
			probs = append(probs, strictyaml.Problem{Pos: f.PosOf("set"), Msg: "missing set: the id of the question set the report answers"})
		}
		if f.Version == "" {
			probs = append(probs, strictyaml.Problem{Pos: f.PosOf("version"), Msg: "missing version: the version of the question set the report answers"})
		}
	}
	if len(probs) > 0 {
		return nil, problems(name, probs)
	}
	if ps := questions.CheckDate(name, f.PosOf("date"), f.Date); ps != nil {
		return nil, ps
	}
	return &f, nil
}

// problems turns decoding problems into questions.Problems in file name.
func problems(name string, probs []strictyaml.Problem) questions.Problems {
	ps := make(questions.Problems, len(probs))
	for i, p := range probs {
		ps[i] = questions.Problem{File: name, Pos: p.Pos, Msg: p.Msg}
	}
	return ps
}

// ReadAnswers reads answers from an answers file (YAML or JSON), from a
// saved report, or from a JSON result (see JSON). A file is read as a
// report when its name ends in .md or .markdown, when it has a line
// opening a data block, or when its first line is --- and a later line
// closes the front matter; a YAML file may start with --- too. It is read
// as a JSON result when its set is an object (id, version, hash) rather
// than an id.
func ReadAnswers(name string, data []byte) (*questions.Answers, error) {
	if isReport(name, data) {
		f, err := ParseReport(name, data)
		if err != nil {
			return nil, err
		}
		return f.Answers(), nil
	}
	// Parsed once: what the document holds decides how it is read.
	doc, probs := strictyaml.Parse(data)
	if len(probs) > 0 {
		return nil, problems(name, probs)
	}
	if isJSONResult(doc) {
		return decodeJSONResult(name, doc)
	}
	return questions.DecodeAnswers(name, doc)
}

// Body returns the human part of a saved report: what precedes its data
// block, or for a report in the earlier layout what follows the front
// matter's closing --- line (and the blank line after it). Data that is
// not a report in either layout is returned whole.
func Body(data []byte) []byte {
	_, end, err := locate("", data)
	if err != nil {
		return data
	}
	if !isFence(splitLines(data)[0]) {
		return data[:end]
	}
	return bytes.TrimLeft(data[end:], "\r\n")
}

func isReport(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return true
	}
	lines := splitLines(data)
	if len(lines) > 0 && isFence(lines[0]) {
		for _, l := range lines[1:] {
			if isFence(l) {
				return true
			}
		}
	}
	return hasDataBlock(data)
}

// splitLines splits data after each "\n", keeping the line ends.
func splitLines(data []byte) [][]byte {
	var lines [][]byte
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			lines = append(lines, data)
			break
		}
		lines = append(lines, data[:i+1])
		data = data[i+1:]
	}
	return lines
}

// isFence reports whether line is exactly "---" (with its line end).
func isFence(line []byte) bool {
	line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
	return string(line) == "---"
}

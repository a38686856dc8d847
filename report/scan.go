package report

import (
	"slices"
	"strconv"
	"strings"

	"itcheck/questions"
)

// Scanned is what Scan takes from a report's data: what compare
// needs, without positions.
type Scanned struct {
	Header
	Answers []ScannedAnswer
	Missing []string
	Notes   map[string]string
	// Hash and Index are what the data records about how the report was
	// scored: the hash of the question set's text and the index it got.
	// Recorded is false when either is missing.
	Hash     string
	Index    int
	Recorded bool
}

// Header is what a report says about itself.
type Header struct {
	Set, Version, Role, Date string
}

// ScannedAnswer is one question's choice as a report records it.
type ScannedAnswer struct {
	Question string
	IDs      []string
	List     bool // written as a list
}

// topKeys are the data's fields, in the order Markdown writes
// them: FrontMatter's.
var topKeys = frontMatterKeys()

// Scan is the fast path of ParseReport: it reads the data of a report in
// the exact layout Markdown writes (or the front matter of a report in
// the earlier layout, as Markdown wrote it), without a general YAML
// parser, which would take most of the time of reading thousands of
// reports. It accepts a strict subset of what ParseReport accepts and
// gives the same values, without positions; anything else (comments,
// other quoting or layouts, unknown or repeated keys, values ParseReport
// would refuse) returns false, and the caller reads the report with
// ParseReport, which then decides and reports problems with their
// positions.
func Scan(data []byte) (*Scanned, bool) {
	front, closing, ok := scanLocate(data)
	if !ok || strings.IndexByte(front, '\r') >= 0 {
		return nil, false
	}
	return scanFields(front, closing)
}

// scanFields reads the fields of the data, up to the line closing.
func scanFields(front, closing string) (*Scanned, bool) {
	r := &Scanned{}
	seen := make([]bool, len(topKeys))
	lines := lineReader{rest: front}
	for {
		line, ok := lines.next()
		if !ok {
			return nil, false // no closing ---
		}
		if line == closing {
			if lines.rest != "" {
				return nil, false // a closing line inside the data
			}
			break
		}
		key, val, ok := topLevel(line)
		k := slices.Index(topKeys, key)
		if !ok || k < 0 || seen[k] {
			return nil, false
		}
		seen[k] = true
		switch key {
		case "tool", "hash", "band", "set", "version", "role", "date":
			s, ok := stringValue(val)
			if !ok {
				return nil, false
			}
			switch key {
			case "hash":
				r.Hash = s
			case "set":
				r.Set = s
			case "version":
				r.Version = s
			case "role":
				r.Role = s
			case "date":
				if s != "" && !questions.ValidDate(s) {
					return nil, false // ParseReport says why
				}
				r.Date = s
			}
		case "complete":
			if val != "true" && val != "false" {
				return nil, false
			}
		case "index":
			if !isIndex(val) {
				return nil, false
			}
			r.Index, _ = strconv.Atoi(val)
		case "missing":
			if r.Missing, ok = readMissing(&lines, val); !ok {
				return nil, false
			}
		case "answers":
			if r.Answers, ok = readAnswers(&lines, val); !ok {
				return nil, false
			}
		case "notes":
			if r.Notes, ok = readNotes(&lines, val); !ok {
				return nil, false
			}
		case "areas":
			if !readAreas(&lines, val) {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	if r.Set == "" || r.Version == "" {
		return nil, false
	}
	r.Recorded = seen[slices.Index(topKeys, "hash")] && seen[slices.Index(topKeys, "index")]
	return r, true
}

// lineReader hands out lines without their "\n", with one line of
// look-ahead.
type lineReader struct{ rest string }

func (l *lineReader) peek() (string, bool) {
	if len(l.rest) == 0 {
		return "", false
	}
	i := strings.IndexByte(l.rest, '\n')
	if i < 0 {
		return l.rest, true
	}
	return l.rest[:i], true
}

func (l *lineReader) next() (string, bool) {
	line, ok := l.peek()
	if ok {
		l.rest = l.rest[min(len(line)+1, len(l.rest)):]
	}
	return line, ok
}

// nested returns the next line of a block nested two spaces deep, with
// the indent removed, or false at the end of the block.
func (l *lineReader) nested() (string, bool) {
	line, ok := l.peek()
	if !ok || !strings.HasPrefix(line, "  ") {
		return "", false
	}
	l.next()
	return line[2:], true
}

func readMissing(l *lineReader, val string) ([]string, bool) {
	inline, ok := emptyFlow(val, "[]")
	if !ok {
		return nil, false
	}
	ids := []string{}
	if inline {
		return ids, true
	}
	for {
		line, more := l.nested()
		if !more {
			return ids, len(ids) > 0
		}
		id, ok := strings.CutPrefix(line, "- ")
		if !ok {
			return nil, false
		}
		if id, ok = idValue(id); !ok {
			return nil, false
		}
		ids = append(ids, id)
	}
}

func readAnswers(l *lineReader, val string) ([]ScannedAnswer, bool) {
	inline, ok := emptyFlow(val, "{}")
	if !ok {
		return nil, false
	}
	as := make([]ScannedAnswer, 0, 16)
	if inline {
		return as, true
	}
	ids := make([]string, 0, 32) // one array holds every answer's ids
	for {
		line, more := l.nested()
		if !more {
			return as, len(as) > 0
		}
		k, v, found := strings.Cut(line, ": ")
		if !found || !isID(k) {
			return nil, false
		}
		for _, a := range as {
			if a.Question == k {
				return nil, false
			}
		}
		start := len(ids)
		a := ScannedAnswer{Question: k}
		if list, ok := strings.CutPrefix(v, "["); ok {
			if list, ok = strings.CutSuffix(list, "]"); !ok {
				return nil, false
			}
			a.List = true
			for list != "" {
				var e string
				e, list, _ = strings.Cut(list, ", ")
				id, ok := idValue(e)
				if !ok {
					return nil, false
				}
				ids = append(ids, id)
			}
		} else {
			id, ok := idValue(v)
			if !ok {
				return nil, false
			}
			ids = append(ids, id)
		}
		a.IDs = ids[start:len(ids):len(ids)]
		as = append(as, a)
	}
}

func readNotes(l *lineReader, val string) (map[string]string, bool) {
	inline, ok := emptyFlow(val, "{}")
	if !ok {
		return nil, false
	}
	m := map[string]string{}
	if inline {
		return m, true
	}
	for {
		line, more := l.nested()
		if !more {
			return m, len(m) > 0
		}
		k, v, found := strings.Cut(line, ":")
		if !found || !isID(k) {
			return nil, false
		}
		if _, dup := m[k]; dup {
			return nil, false
		}
		v, ok = strings.CutPrefix(v, " ")
		if !ok {
			return nil, false
		}
		var text string
		if v == "|-" {
			text, ok = literalBlock(l)
		} else {
			var null bool
			text, null, ok = scalarText(v)
			ok = ok && !null
		}
		if !ok {
			return nil, false
		}
		m[k] = text
	}
}

// literalBlock reads the lines of a "|-" block nested four spaces deep.
func literalBlock(l *lineReader) (string, bool) {
	var lines []string
	for {
		line, ok := l.peek()
		if !ok {
			break
		}
		if line == "" {
			if len(lines) == 0 {
				return "", false
			}
			l.next()
			lines = append(lines, "")
			continue
		}
		text, ok := strings.CutPrefix(line, "    ")
		if !ok {
			break
		}
		if strings.TrimLeft(text, " ") == "" || (len(lines) == 0 && text[0] == ' ') || !printable(text) {
			return "", false
		}
		l.next()
		lines = append(lines, text)
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n"), len(lines) > 0
}

// readAreas checks the area scores, which compare recomputes:
// "  id: {it: 0.23, leadership: 0.48, unclear: 0.29, verdict: shared}".
func readAreas(l *lineReader, val string) bool {
	inline, ok := emptyFlow(val, "{}")
	if !ok {
		return false
	}
	if inline {
		return true
	}
	var seen []string
	for {
		line, more := l.nested()
		if !more {
			return len(seen) > 0
		}
		k, v, found := strings.Cut(line, ": {it: ")
		if !found || !isID(k) || slices.Contains(seen, k) {
			return false
		}
		seen = append(seen, k)
		v, ok := strings.CutSuffix(v, "}")
		if !ok {
			return false
		}
		it, v, _ := strings.Cut(v, ", leadership: ")
		lead, v, _ := strings.Cut(v, ", unclear: ")
		unclear, verdict, found := strings.Cut(v, ", verdict: ")
		if !found || !isID(verdict) {
			return false
		}
		for _, s := range []string{it, lead, unclear} {
			if !isShare(s) {
				return false
			}
		}
	}
}

// isShare reports whether s is a share that questions.ParseShare accepts
// and YAML reads as a plain number: 0 or 1, or a decimal point and one to
// four decimals after 0 or 1 (then only zeros).
func isShare(s string) bool {
	whole, frac, dot := strings.Cut(s, ".")
	if whole != "0" && whole != "1" {
		return false
	}
	if !dot {
		return true
	}
	if frac == "" || len(frac) > 4 {
		return false
	}
	for i := 0; i < len(frac); i++ {
		if c := frac[i]; c < '0' || c > '9' || (whole == "1" && c != '0') {
			return false
		}
	}
	return true
}

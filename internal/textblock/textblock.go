// Package textblock lays out styled text for the terminal, for the
// verdict and the team view alike: lines never wider than a width,
// paragraphs word-wrapped with a hanging indent, and text cut to a column
// with an ellipsis. Text is cleaned of control characters before it is
// laid out (see safetext.Line).
package textblock

import (
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"itcheck/internal/safetext"
)

// Writer collects styled lines, none wider than its width.
type Writer struct {
	width int
	plain bool // styles are not applied
	lines []string
}

// New returns a writer for lines of at most width cells (at least 1).
func New(width int) *Writer { return &Writer{width: max(width, 1)} }

// NewPlain returns a writer like New's that leaves text unstyled, for
// output that shows no styling: Para, Hanging and HangingLine do not apply
// their style, which is the costly part of laying out text.
func NewPlain(width int) *Writer { return &Writer{width: max(width, 1), plain: true} }

// Width is the widest a line may be, in cells.
func (w *Writer) Width() int { return w.width }

// Add adds a line already laid out, cut to the width.
func (w *Writer) Add(line string) {
	if len(line) > w.width { // no string is wider in cells than in bytes
		line = ansi.Truncate(line, w.width, "")
	}
	w.lines = append(w.lines, line)
}

// Blank adds an empty line, unless the last line is empty already (or
// there is none yet).
func (w *Writer) Blank() {
	if n := len(w.lines); n > 0 && w.lines[n-1] != "" {
		w.lines = append(w.lines, "")
	}
}

// Para adds s word-wrapped to the width, each line in style.
func (w *Writer) Para(s string, style lipgloss.Style) { w.Hanging("", "", s, style) }

// Hanging adds s wrapped after first (a prefix already styled, as wide as
// indent) and indented by indent on the following lines.
func (w *Writer) Hanging(first, indent, s string, style lipgloss.Style) {
	w.HangingLine(first, indent, safetext.Line(s), style)
}

// HangingLine is Hanging for text already cleaned and on one line. Its
// non-breaking spaces hold words together while wrapping and are shown as
// spaces.
func (w *Writer) HangingLine(first, indent, s string, style lipgloss.Style) {
	var (
		render  func(string) string
		same    bool // render adds no cells: only codes, or nothing
		firstW  int
		indentW = ansi.StringWidth(indent)
	)
	for i, l := range Wrap(s, w.width-indentW) {
		l = strings.ReplaceAll(l, "\u00a0", " ")
		p, pw := indent, indentW
		if i == 0 {
			firstW = indentW
			if first != indent {
				firstW = ansi.StringWidth(first)
			}
			p, pw = first, firstW
			render, same = w.fastRender(style, l)
		}
		if line := p + render(l); same && pw+len(l) <= w.width {
			w.lines = append(w.lines, line) // as wide as p and l: it fits
		} else {
			w.Add(line)
		}
	}
}

// fastRender returns a function that styles a line as style.Render does,
// and whether it adds nothing but codes (no cells). Rendering is the costly part
// of laying out the verdict, and for a style that only sets colours and
// attributes it is the same codes before and after every line: those are
// taken once, from a marker, and used for the paragraph's lines when they
// give exactly what Render gives for line (codes and, say, padding: the
// bool says whether they are codes only). Any other style is rendered
// line by line. A plain writer applies no style.
func (w *Writer) fastRender(style lipgloss.Style, line string) (func(string) string, bool) {
	if w.plain {
		return func(l string) string { return l }, true
	}
	pre, suf, ok := strings.Cut(style.Render("\x00"), "\x00")
	if !ok || strings.Contains(suf, "\x00") || pre+line+suf != style.Render(line) {
		return func(l string) string { return style.Render(l) }, false
	}
	return func(l string) string { return pre + l + suf }, ansi.StringWidth(pre+suf) == 0
}

// String joins the lines, trailing blank lines left out, and ends with a
// newline.
func (w *Writer) String() string {
	lines := w.lines
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n") + "\n"
}

// Wrap breaks text already cleaned and on one line into lines of at most
// width cells, at spaces other than non-breaking ones, breaking words
// longer than a line. Empty text gives no lines.
func Wrap(s string, width int) []string {
	if s == "" {
		return nil
	}
	var wrapped string
	if printableASCII(s) {
		wrapped = wrapASCII(s, max(width, 1))
	} else {
		wrapped = ansi.Wrap(s, max(width, 1), "")
	}
	lines := strings.Split(wrapped, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return lines
}

// Shorten cuts plain text to at most width cells, ending it with "…" when
// it had to be cut.
func Shorten(s string, width int) string {
	if ansi.StringWidth(s) <= width {
		return s
	}
	if width < 1 {
		return ""
	}
	return strings.TrimRightFunc(ansi.Truncate(s, width-1, ""), unicode.IsSpace) + "…"
}

// Fit cleans s, shortens it to width cells and pads it with spaces to
// exactly width.
func Fit(s string, width int) string {
	s = Shorten(safetext.Line(s), width)
	return s + strings.Repeat(" ", max(width-ansi.StringWidth(s), 0))
}

// printableASCII reports whether s is all printable ASCII: one cell per
// byte, no escape sequences and no white space but the space.
func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// wrapASCII is ansi.Wrap(s, limit, "") for printable ASCII, step for step
// (its rules for spaces, hyphens and words longer than a line), without
// the escape sequence parser and the grapheme clusters that make it the
// costly part of laying out a paragraph. A fuzz test holds the two equal.
func wrapASCII(s string, limit int) string {
	var (
		buf         = make([]byte, 0, len(s)+len(s)/limit+1)
		word, space []byte
		curWidth    int // width of the line written so far
	)
	addSpace := func() {
		curWidth += len(space)
		buf = append(buf, space...)
		space = space[:0]
	}
	addWord := func() {
		if len(word) == 0 {
			return
		}
		addSpace()
		curWidth += len(word)
		buf = append(buf, word...)
		word = word[:0]
	}
	addNewline := func() {
		buf = append(buf, '\n')
		curWidth = 0
		space = space[:0]
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ':
			addWord()
			space = append(space, c)
		case '-': // a break point
			addSpace()
			if curWidth+len(word) >= limit {
				word = append(word, c)
			} else {
				addWord()
				buf = append(buf, c)
				curWidth++
			}
		default:
			if curWidth == limit {
				addNewline()
			}
			word = append(word, c)
			if len(word) == limit {
				addWord() // a word as long as a line is cut
			}
			if curWidth+len(word)+len(space) > limit {
				addNewline()
			}
		}
	}
	if len(word) == 0 {
		if curWidth+len(space) <= limit {
			buf = append(buf, space...) // trailing spaces are kept
		}
		space = space[:0]
	}
	addWord()
	return string(buf)
}

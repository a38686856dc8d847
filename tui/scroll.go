package tui

import "strings"

// scroller shows a window of lines that fits the height it is given.
type scroller struct {
	lines  []string
	offset int
	height int
}

// setContent replaces the lines, keeping the offset where it can.
func (s *scroller) setContent(text string) {
	s.lines = strings.Split(text, "\n")
	s.clamp()
}

// setHeight sets how many lines are shown.
func (s *scroller) setHeight(h int) {
	s.height = max(h, 1)
	s.clamp()
}

func (s *scroller) clamp() {
	s.offset = max(min(s.offset, len(s.lines)-s.height), 0)
}

// scroll moves the window by n lines (negative: up).
func (s *scroller) scroll(n int) {
	s.offset += n
	s.clamp()
}

// show moves the window so that lines lo..hi (inclusive) are visible,
// preferring lo when they do not all fit.
func (s *scroller) show(lo, hi int) {
	if hi >= s.offset+s.height {
		s.offset = hi - s.height + 1
	}
	if lo < s.offset {
		s.offset = lo
	}
	s.clamp()
}

// overflows reports whether some lines are out of view.
func (s *scroller) overflows() bool { return len(s.lines) > s.height }

// view returns the visible lines.
func (s *scroller) view() string {
	end := min(s.offset+s.height, len(s.lines))
	return strings.Join(s.lines[s.offset:end], "\n")
}

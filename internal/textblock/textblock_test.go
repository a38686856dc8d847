package textblock

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// The fast path of HangingLine gives exactly what rendering each line
// with its style gives: for plain and coloured styles, and (by falling
// back) for styles that pad or size their text.
func TestHangingLineRendersLikeRender(t *testing.T) {
	text := "Leadership should fund the gap, or agree in writing which results IT can no longer promise."
	for name, style := range map[string]lipgloss.Style{
		"plain":   lipgloss.NewStyle(),
		"colour":  lipgloss.NewStyle().Foreground(lipgloss.Color("#5f5fd7")),
		"bold":    lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("62")),
		"padded":  lipgloss.NewStyle().PaddingLeft(2).Foreground(lipgloss.Color("62")),
		"width":   lipgloss.NewStyle().Width(30),
		"reverse": lipgloss.NewStyle().Reverse(true),
	} {
		w := New(40)
		w.HangingLine("- ", "  ", text, style)
		var want []string
		for i, l := range Wrap(text, 38) {
			p := "  "
			if i == 0 {
				p = "- "
			}
			want = append(want, ansi.Truncate(p+style.Render(l), 40, ""))
		}
		if got := w.String(); got != strings.Join(want, "\n")+"\n" {
			t.Errorf("%s: got\n%q\nwant\n%q", name, got, strings.Join(want, "\n")+"\n")
		}
	}
}

// A plain writer lays out text as a styled one does, without the codes of
// styles that only set colours and attributes.
func TestPlainWriter(t *testing.T) {
	text := "Leadership should fund the gap, or agree in writing which results IT can no longer promise: 日本語の文章も折り返す。"
	for name, style := range map[string]lipgloss.Style{
		"plain":  lipgloss.NewStyle(),
		"colour": lipgloss.NewStyle().Foreground(lipgloss.Color("#5f5fd7")),
		"bold":   lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("62")),
	} {
		for _, width := range []int{12, 40, 80} {
			styled, plain := New(width), NewPlain(width)
			for _, w := range []*Writer{styled, plain} {
				w.Para(text, style)
				w.HangingLine("1. ", "   ", text, style)
				w.Add(text)
			}
			if got, want := plain.String(), ansi.Strip(styled.String()); got != want {
				t.Errorf("%s at %d: got\n%s\nwant\n%s", name, width, got, want)
			}
		}
	}
}

// Lines are cut to the width however they were made: a first prefix wider
// than the indent, wide characters, a line added as it is.
func TestLinesFit(t *testing.T) {
	for _, w := range []*Writer{New(20), NewPlain(20)} {
		w.HangingLine("-----> ", "  ", "a paragraph of words that wraps", lipgloss.NewStyle().Foreground(lipgloss.Color("62")))
		w.Para("日本語の文章も折り返す、日本語の文章も折り返す", lipgloss.NewStyle())
		w.Add(strings.Repeat("é", 30))
		for _, l := range strings.Split(strings.TrimSuffix(w.String(), "\n"), "\n") {
			if ansi.StringWidth(l) > 20 {
				t.Errorf("line %q is %d cells wide, more than 20", l, ansi.StringWidth(l))
			}
		}
	}
}

// wrapASCII wraps printable ASCII exactly as ansi.Wrap does.
func TestWrapASCII(t *testing.T) {
	texts := []string{
		"", " ", "a", "word", "two words", "  lead and trail  ", "a-hyphenated-word in a line",
		"Leadership should fund the gap, or agree in writing which results IT can no longer promise.",
		"averyveryverylongwordthatcannotfitonalineatall and then some", "x - y -- z---", "-----",
		"ends with a hyphen-", "many     spaces     between",
	}
	for _, s := range texts {
		for limit := 1; limit <= 30; limit++ {
			if got, want := wrapASCII(s, limit), ansi.Wrap(s, limit, ""); got != want {
				t.Errorf("wrapASCII(%q, %d) = %q, want %q", s, limit, got, want)
			}
		}
	}
}

func FuzzWrapASCII(f *testing.F) {
	f.Add([]byte("Leadership should fund the gap, or agree in writing."), 10)
	f.Add([]byte("a-b c--d  e"), 3)
	f.Fuzz(func(t *testing.T, raw []byte, limit int) {
		if limit < 1 || limit > 200 {
			return
		}
		// Mostly letters, spaces and hyphens, where the rules lie, and
		// any other printable ASCII now and then.
		const alphabet = "abc  --xy"
		s := make([]byte, len(raw))
		for i, c := range raw {
			if c >= 0x80 {
				s[i] = alphabet[int(c)%len(alphabet)]
			} else {
				s[i] = 0x20 + c%0x5f
			}
		}
		if got, want := wrapASCII(string(s), limit), ansi.Wrap(string(s), limit, ""); got != want {
			t.Errorf("wrapASCII(%q, %d) = %q, want %q", s, limit, got, want)
		}
	})
}

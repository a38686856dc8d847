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

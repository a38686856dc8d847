package report

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"itcheck/internal/safetext"
	"itcheck/internal/textblock"
	"itcheck/questions"
	"itcheck/scoring"
)

// TextOptions shape the terminal verdict.
type TextOptions struct {
	Width int    // columns; 0 means 80. No line is wider than this.
	Dark  bool   // dark terminal background: picks the colours
	Path  string // where the markdown report was written; shown at the end when set
	// MaxRecommendations caps the recommendations listed, under the
	// heading "Start here"; 0 lists all. Below a capped list one line says
	// how many more there are and where to read them: in the report at
	// Path, or with itcheck report.
	MaxRecommendations int
	// Explain adds, for each area, why it landed where it did (see
	// Explain): the split, the verdict rule and one line per answer.
	Explain bool
	// Accessible renders words and numbers only, for screen readers: see
	// AccessibleText.
	Accessible bool
	// Plain leaves out the styling, for output that shows none (a
	// colorprofile.Writer with the NoTTY profile): the same text as
	// stripping the styled one, without the cost of styling it.
	Plain bool
}

// Bar sizes of the area lines, in cells.
const (
	barCells    = 20 // full bar: one cell per 5 percent
	barMinCells = 16 // the bar may shrink to this to keep area titles whole
	minTitle    = 16 // narrower title columns put each title on its own line
)

// Text renders the terminal verdict: the headline, the accountability
// index, the summary and the areas holding the index back, one line per
// area with a bar and who carries it, a legend, with opt.Explain why each
// area landed where it did, the recommendations in order (the first
// opt.MaxRecommendations when set), the set's closing words and, when
// opt.Path is set, where the report was written. It ends with a newline.
//
// The text is styled with full-colour ANSI sequences, unless opt.Plain;
// write it through a colorprofile.Writer (see Profile), which reduces it
// to what the output supports, down to plain text for pipes and NO_COLOR.
func Text(r *scoring.Result, opt TextOptions) string {
	if opt.Accessible {
		return AccessibleText(r, opt)
	}
	w := opt.Width
	if w <= 0 {
		w = 80
	}
	t := &textWriter{Writer: textblock.New(w), st: new(Styles)}
	if opt.Plain {
		t.Writer = textblock.NewPlain(w)
		t.st.fillPlain()
	} else {
		t.st.fill(opt.Dark)
	}
	t.summary(r)
	t.Blank()
	t.areas(r)
	if opt.Explain {
		t.explain(r)
	}
	t.recommendations(r, opt.MaxRecommendations, opt.Path)
	if r.Set.Closing != "" {
		t.Blank()
		t.Para(r.Set.Closing, t.st.Muted)
	}
	if opt.Path != "" {
		t.Blank()
		t.path(opt.Path)
	}
	return t.String()
}

// textWriter lays out the verdict in the report's styles.
type textWriter struct {
	*textblock.Writer
	st *Styles
}

func (t *textWriter) summary(r *scoring.Result) {
	headline, summary := r.Headline()
	if headline != "" {
		t.Para(headline, t.st.Headline)
	}
	if len(r.Missing) > 0 {
		t.Para(labelIncomplete+": "+unanswered(len(r.Missing)), t.st.Warn)
	}
	t.Blank()
	label := labelIndex + "  "
	num := strconv.Itoa(r.Index) + "/100"
	if ansi.StringWidth(label+num) > t.Width() {
		t.Para(labelIndex, t.st.Label)
		t.Para(num, t.st.Index)
	} else {
		line := t.st.render(t.st.Label, label) + t.st.render(t.st.Index, num)
		gloss := "  " + labelIndexGloss
		if ansi.StringWidth(label+num+gloss) <= t.Width() {
			t.Add(line + t.st.render(t.st.Muted, gloss))
		} else {
			t.Add(line)
			t.Para(labelIndexGloss, t.st.Muted)
		}
	}
	if summary != "" {
		t.Para(summary, lipgloss.NewStyle())
	}
	if held := heldBackWords(r); held != "" {
		t.Para(held, lipgloss.NewStyle())
	}
}

// areaLayout is the geometry of the area lines.
type areaLayout struct {
	wide   bool // title, bar and verdict on one line
	titleW int  // title column (wide) or title line width (narrow)
	bar    int
	indent int // where the bar starts
}

func layoutAreas(r *scoring.Result, width int) areaLayout {
	titleMax, verdictMax := 0, 0
	for i := range r.Areas {
		ar := &r.Areas[i]
		titleMax = max(titleMax, ansi.StringWidth(safetext.Line(ar.Area.Title)))
		verdictMax = max(verdictMax, ansi.StringWidth(areaVerdict(r, ar)))
	}
	avail := width - 4 - verdictMax // two gaps of two spaces
	if avail-barMinCells >= min(minTitle, titleMax) {
		bar := min(barCells, max(barMinCells, avail-titleMax))
		title := min(titleMax, avail-bar)
		return areaLayout{wide: true, titleW: title, bar: bar, indent: title + 2}
	}
	bar := min(barCells, max(8, width-4-verdictMax))
	return areaLayout{titleW: width, bar: min(bar, width-2), indent: 2}
}

func (t *textWriter) areas(r *scoring.Result) {
	lay := layoutAreas(r, t.Width())
	for i := range r.Areas {
		ar := &r.Areas[i]
		title := textblock.Shorten(safetext.Line(ar.Area.Title), lay.titleW)
		bar := t.st.Bar(ar.Split, ar.Scored(), lay.bar)
		room := t.Width() - lay.indent - lay.bar - 2
		v := "  " + t.st.render(t.verdictStyle(ar), textblock.Shorten(areaVerdict(r, ar), room))
		if lay.wide {
			pad := strings.Repeat(" ", lay.titleW-ansi.StringWidth(title))
			t.Add(title + pad + "  " + bar + v)
			continue
		}
		t.Add(t.st.render(t.st.Label, title))
		t.Add("  " + bar + v)
	}
	t.legend(r.Set, lay.indent)
}

// areaVerdict is the verdict label shown for an area, or a mark that it
// was not answered.
func areaVerdict(r *scoring.Result, ar *scoring.AreaResult) string {
	if !ar.Scored() {
		return labelNotAnswered
	}
	return safetext.Line(verdictLabel(r.Set, ar))
}

func (t *textWriter) verdictStyle(ar *scoring.AreaResult) lipgloss.Style {
	return t.st.VerdictStyle(ar.Verdict)
}

// legend explains the bar characters with the set's party labels.
func (t *textWriter) legend(s *questions.Set, indent int) {
	if indent+ansi.StringWidth(t.legendPlain(s)) > t.Width() {
		indent = 0
	}
	pad := strings.Repeat(" ", indent)
	line, lineW := pad, indent
	for _, p := range questions.PartyIDs {
		label := safetext.Line(s.Party(p).Label)
		item := t.st.render(t.st.Party[p], t.st.PartyCells[p]) + " " + t.st.render(t.st.Muted, label)
		itemW := 2 + ansi.StringWidth(label)
		if lineW > indent && lineW+2+itemW > t.Width() {
			t.Add(line)
			line, lineW = pad, indent
		}
		if lineW > indent {
			line += "  "
			lineW += 2
		}
		line += item
		lineW += itemW
	}
	t.Add(line)
}

func (t *textWriter) legendPlain(s *questions.Set) string {
	var parts []string
	for _, p := range questions.PartyIDs {
		parts = append(parts, t.st.PartyCells[p]+" "+safetext.Line(s.Party(p).Label))
	}
	return strings.Join(parts, "  ")
}

func (t *textWriter) recommendations(r *scoring.Result, limit int, path string) {
	if len(r.Recommendations) == 0 {
		return
	}
	t.Blank()
	recs := r.Recommendations
	heading := labelRecs
	if limit > 0 {
		heading = labelStartHere
		recs = recs[:min(limit, len(recs))]
	}
	t.Para(heading, t.st.Heading)
	nw := len(strconv.Itoa(len(recs)))
	indent := strings.Repeat(" ", nw+2)
	for i, rec := range recs {
		num := t.st.render(t.st.Number, fmt.Sprintf("%*d.", nw, i+1)) + " "
		t.Hanging(num, indent, rec.Text, lipgloss.NewStyle())
		who := labelWhoActs + ": " + actorLabel(r.Set, rec.Who)
		if rec.Area != nil {
			who += " · " + labelArea + ": " + rec.Area.Title
		}
		t.Hanging(indent, indent, who, t.st.Muted)
	}
	if more := len(r.Recommendations) - len(recs); more > 0 {
		t.more(more, path)
	}
}

// more says how many recommendations a capped list left out and where to
// read them all. A file name that does not fit on the line goes on lines
// of its own, as in path, never broken at its hyphens.
func (t *textWriter) more(n int, path string) {
	p := strings.ReplaceAll(safetext.Clean(path), "\n", " ")
	words := moreWords(n, p)
	if p == "" || ansi.StringWidth(words) <= t.Width() {
		t.Para(words, t.st.Muted)
		return
	}
	t.Para(fmt.Sprintf("+%d %s:", n, labelMoreIn), t.st.Muted)
	for _, l := range strings.Split(ansi.Hardwrap(p, t.Width(), true), "\n") {
		t.Add(t.st.render(t.st.Muted, l))
	}
}

// moreWords says how many recommendations a capped list left out and
// where to read them all.
func moreWords(n int, path string) string {
	if p := safetext.Line(path); p != "" {
		return fmt.Sprintf("+%d %s (%s)", n, labelMoreIn, p)
	}
	return fmt.Sprintf("+%d more: %s", n, labelMoreCommand)
}

// explain adds why each area landed where it did.
func (t *textWriter) explain(r *scoring.Result) {
	t.Blank()
	t.Para(labelWhy, t.st.Heading)
	t.Para(labelWhyGloss, t.st.Muted)
	for _, e := range Explain(r) {
		t.Blank()
		title := safetext.Line(e.Area.Title)
		t.Para(title+" — "+e.Verdict, t.st.Label)
		if e.Split != "" {
			t.Hanging("  ", "  ", e.Split+".", lipgloss.NewStyle())
			for _, l := range e.Limits {
				t.Hanging("  ", "  ", l, lipgloss.NewStyle())
			}
			t.Hanging("  ", "  ", e.Rule, t.st.Muted)
		}
		for _, line := range e.Answers {
			// Keep each party with its points: "Leadership +30".
			line = strings.ReplaceAll(safetext.Line(line), " +", "\u00a0+")
			t.HangingLine("  - ", "    ", line, lipgloss.NewStyle())
		}
	}
}

func (t *textWriter) path(p string) {
	p = strings.ReplaceAll(safetext.Clean(p), "\n", " ")
	if ansi.StringWidth(labelWritten+" "+p) <= t.Width() {
		t.Add(t.st.render(t.st.Muted, labelWritten+" ") + t.st.render(t.st.Label, p))
		return
	}
	t.Para(labelWritten, t.st.Muted)
	for _, l := range strings.Split(ansi.Hardwrap(p, t.Width(), true), "\n") {
		t.Add(t.st.render(t.st.Label, l))
	}
}

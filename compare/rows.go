package compare

import (
	"math"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"itcheck/internal/safetext"
	"itcheck/internal/textblock"
	"itcheck/questions"
	"itcheck/scoring"
)

// rowLayout is the geometry of the respondent (or role) lines.
type rowLayout struct {
	wide               bool
	nameW, roleW, barW int
}

// layout fits name, role, bar and verdict columns into the width: the
// bar gives way first, then the role, then the name; verdicts are cut
// last.
func (t *textWriter) layout(names, roles []string) rowLayout {
	nameW, roleW, verdictW := 0, 0, 0
	for i := range names {
		nameW = max(nameW, ansi.StringWidth(safetext.Line(names[i])))
		roleW = max(roleW, ansi.StringWidth(safetext.Line(roles[i])))
	}
	for _, v := range questions.VerdictIDs {
		verdictW = max(verdictW, ansi.StringWidth(safetext.Line(t.c.Set.Verdicts.Text(v).Label)))
	}
	lay := rowLayout{nameW: min(nameW, 24), roleW: min(roleW, 24), barW: barWidth}
	over := 2 + lay.nameW + lay.roleCol() + 2 + lay.barW + 2 + verdictW - t.Width()
	shrink := func(w *int, least int) {
		if over > 0 {
			cut := min(over, max(*w-least, 0))
			*w -= cut
			over -= cut
		}
	}
	shrink(&lay.barW, 10)
	if lay.roleW > 0 {
		shrink(&lay.roleW, 12)
	}
	shrink(&lay.nameW, 10)
	lay.wide = over <= verdictW-8
	return lay
}

// roleCol is the width of the role column with its gap; 0 when no line
// has a role.
func (lay rowLayout) roleCol() int {
	if lay.roleW == 0 {
		return 0
	}
	return 2 + lay.roleW
}

// prefix is a line's name and role columns.
func (t *textWriter) prefix(lay rowLayout, name, role string) string {
	p := "  " + textblock.Fit(name, lay.nameW)
	if lay.roleW > 0 {
		p += "  " + t.st.Muted.Render(textblock.Fit(role, lay.roleW))
	}
	return p
}

// row adds one respondent's or role's line for an area.
func (t *textWriter) row(lay rowLayout, name, role string, s scoring.Split, scored bool, verdict string, vstyle lipgloss.Style) {
	if lay.wide {
		room := t.Width() - (2 + lay.nameW + lay.roleCol() + 2 + lay.barW + 2)
		t.Add(t.prefix(lay, name, role) + "  " + t.st.Bar(s, scored, lay.barW) + "  " + vstyle.Render(strings.TrimRight(textblock.Fit(verdict, room), " ")))
		return
	}
	t.Hanging("  ", "  ", strings.TrimSuffix(name+" · "+role, " · "), lipgloss.NewStyle())
	t.Add("    " + t.st.Bar(s, scored, min(barWidth, t.Width()-4)) + " " + vstyle.Render(strings.TrimRight(textblock.Fit(verdict, max(t.Width()-5-min(barWidth, t.Width()-4), 0)), " ")))
}

func (t *textWriter) verdictStyle(v string) lipgloss.Style { return t.st.VerdictStyle(v) }

func (t *textWriter) areas() {
	c := t.c
	t.heading(labelAreas)
	var names, roles []string
	if c.Listed() {
		for i := range c.Respondents {
			names = append(names, c.Respondents[i].Name)
			roles = append(roles, c.respondentRole(&c.Respondents[i]))
		}
	} else {
		for g, r := range c.Roles {
			names = append(names, c.roleLabel(g)+" ("+strconv.Itoa(r.Respondents)+")")
			roles = append(roles, "")
		}
	}
	lay := t.layout(names, roles)
	for ai := range c.Set.Areas {
		t.Blank()
		t.Para(c.Set.Areas[ai].Title, t.st.Label)
		if c.Listed() {
			for i := range c.Respondents {
				as := c.Respondents[i].Areas[ai]
				t.row(lay, names[i], roles[i], as.Split, as.Verdict != "", c.verdictLabel(as.Verdict), t.verdictStyle(as.Verdict))
			}
			continue
		}
		for g := range c.Roles {
			ra := c.Roles[g].Areas[ai]
			v, n := ra.Common()
			label := c.verdictLabel(v)
			if v != "" {
				label += " (" + ofCount(n, ra.Scored) + ")"
			}
			t.row(lay, names[g], roles[g], ra.Split, ra.Scored > 0, label, t.verdictStyle(v))
		}
	}
	t.Blank()
	t.legend()
}

func (t *textWriter) legend() {
	var parts []string
	for _, p := range questions.PartyIDs {
		parts = append(parts, t.st.Party[p].Render(t.st.PartyCells[p])+" "+t.st.Muted.Render(safetext.Line(t.c.Set.Party(p).Label)))
	}
	t.Add("  " + strings.Join(parts, "  "))
}

func (t *textWriter) index() {
	c := t.c
	t.heading(labelIndex)
	var names, roles, values []string
	if c.Listed() {
		for i := range c.Respondents {
			r := &c.Respondents[i]
			names = append(names, r.Name)
			roles = append(roles, c.respondentRole(r))
			values = append(values, strconv.Itoa(r.Index)+"/100")
		}
	} else {
		for g, r := range c.Roles {
			names = append(names, c.roleLabel(g)+" ("+strconv.Itoa(r.Respondents)+")")
			roles = append(roles, "")
			values = append(values, strconv.Itoa(int(math.Floor(r.Index+0.5)))+"/100")
		}
	}
	lay := t.layout(names, roles)
	for i := range names {
		if lay.wide {
			t.Add(t.prefix(lay, names[i], roles[i]) + "  " + t.st.Number.Render(values[i]))
			continue
		}
		t.Hanging("  ", "    ", strings.TrimSuffix(names[i]+" · "+roles[i], " · ")+"  "+values[i], lipgloss.NewStyle())
	}
}

package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"itcheck/questions"
)

// readLine reads the next line typed, without its line ending. ok is
// false when the input ended before a line came.
func (l *lineReader) readLine() (line string, ok bool) {
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := l.Read(buf)
		b.Write(buf[:n])
		if n > 0 && buf[n-1] == '\n' {
			break
		}
		if err != nil || (n == 0 && l.eof) {
			if b.Len() == 0 {
				l.starved = true
				return "", false
			}
			break
		}
		if l.eof {
			break
		}
	}
	return strings.TrimRight(b.String(), "\r\n"), true
}

// askMulti asks a multi question as a numbered list whose numbers tick
// and untick options, 0 to confirm, as huh's accessible MultiSelect
// does; unlike it, it says which options stand alone and refuses to tick
// one of them with others, re-asking instead.
func (a *accessible) askMulti(q *questions.Question, where string) error {
	styles := NeutralTheme().Theme(a.st.isDark).Focused
	ticked := a.st.chosen(q)
	a.printf("%s\n", styles.Title.PaddingRight(1).Render(q.Text+" (tick all that apply)"))
	a.printf("%s\n", multiRule(q))
	for {
		for i, o := range q.Options {
			if slices.Contains(ticked, o.ID) {
				a.printf("%s\n", styles.SelectedOption.Render(fmt.Sprintf("%d. ✓ %s", i+1, o.Label)))
			} else {
				a.printf("%d.   %s\n", i+1, o.Label)
			}
		}
		a.printf("0.   Confirm selection\n")
		a.printf("Enter a number between 0 and %d: ", len(q.Options))
		line, ok := a.r.readLine()
		if !ok {
			a.printf("\n")
			return inputEndedAt(where)
		}
		if err := a.ctx.Err(); err != nil {
			return err
		}
		n, err := strconv.Atoi(strings.TrimSpace(line))
		if err != nil || n < 0 || n > len(q.Options) {
			a.printf("Invalid: must be a number between 0 and %d\n\n", len(q.Options))
			continue
		}
		if n == 0 {
			// No tick that stands alone is beside others: refuseTick
			// refuses one, and a resumed draft never holds one.
			break
		}
		o := &q.Options[n-1]
		if i := slices.Index(ticked, o.ID); i >= 0 {
			ticked = slices.Delete(ticked, i, i+1)
			a.printf("\n")
			continue
		}
		if msg := refuseTick(q, ticked, o); msg != "" {
			a.printf("%s\n\n", msg)
			continue
		}
		ticked = orderedIDs(q, append(ticked, o.ID))
		a.printf("\n")
	}
	a.printf("\n")
	(&multiAccessor{st: a.st, qid: q.ID}).Set(ticked)
	a.st.retick, a.st.dropped = false, ""
	return nil
}

// multiRule says how many options a multi question takes, in words:
// every option that can go with others, or one that stands alone.
func multiRule(q *questions.Question) string {
	var alone []string
	many := 0
	for _, o := range q.Options {
		if o.Alone() {
			alone = append(alone, "“"+o.Label+"”")
		} else {
			many++
		}
	}
	switch {
	case len(alone) == 0:
		return fmt.Sprintf("Select up to %d %s.", many, plural(many, "option"))
	case many == 0:
		return "Select one option."
	}
	which := alone[0]
	switch len(alone) {
	case 1:
	case 2:
		which = "either " + alone[0] + " or " + alone[1]
	default:
		which = "one of " + joinLast(alone, " or ")
	}
	return fmt.Sprintf("Select up to %d %s, or %s on its own.", many, plural(many, "option"), which)
}

// refuseTick says why option o cannot be ticked next to ticked, or "".
func refuseTick(q *questions.Question, ticked []string, o *questions.Option) string {
	if len(ticked) == 0 {
		return ""
	}
	if o.Alone() {
		return fmt.Sprintf("“%s” stands alone: untick %s first to tick it.", o.Label, andList(quoted(q, ticked)))
	}
	for _, id := range ticked {
		if t := q.Option(id); t != nil && t.Alone() {
			return fmt.Sprintf("“%s” is ticked and stands alone: untick it first to tick “%s”.", t.Label, o.Label)
		}
	}
	return ""
}

func quoted(q *questions.Question, ids []string) []string {
	labels := optionLabels(q, orderedIDs(q, ids))
	for i := range labels {
		labels[i] = "“" + labels[i] + "”"
	}
	return labels
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

func andList(items []string) string { return joinLast(items, " and ") }

// joinLast joins items with commas, and last before the final one.
func joinLast(items []string, last string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + last + items[len(items)-1]
}

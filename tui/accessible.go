package tui

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"

	"itcheck/questions"
)

// lineReader hands out at most one line per Read. huh's line prompts
// start a new scanner per field; on piped input the first one would
// otherwise swallow every line that follows.
type lineReader struct {
	r   *bufio.Reader
	eof bool
	// starved is set once a prompt asked for a line and got nothing: huh
	// then takes its default, an answer nobody gave.
	starved bool
}

// Read reads up to and including the next newline.
func (l *lineReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		b, err := l.r.ReadByte()
		if err != nil {
			if err == io.EOF {
				l.eof = true
			}
			if n > 0 {
				return n, nil
			}
			l.starved = true
			return 0, err
		}
		p[n] = b
		n++
		if b == '\n' {
			break
		}
	}
	return n, nil
}

// errInputEnded is returned when the input ends before the flow does.
var errInputEnded = &AbortError{Reason: "the input ended before every question was answered"}

// accessible runs the flow as plain line prompts.
type accessible struct {
	ctx  context.Context
	opts Options
	st   *state
	w    io.Writer
	r    *lineReader
}

// runAccessible asks every question as a numbered line prompt, prints the
// answers and asks for a final confirmation.
func runAccessible(ctx context.Context, opts Options) (Outcome, error) {
	in := opts.In
	if in == nil {
		in = os.Stdin
	}
	profile := colorprofile.Detect(opts.Out, os.Environ())
	if (opts.NoColor || noColor()) && profile > colorprofile.ASCII {
		profile = colorprofile.ASCII
	}
	a := &accessible{
		ctx:  ctx,
		opts: opts,
		st:   newState(opts.Set, opts.Initial),
		w:    &colorprofile.Writer{Forward: opts.Out, Profile: profile},
		r:    &lineReader{r: bufio.NewReader(in)},
	}
	out, err := a.run()
	ans := a.st.answers()
	out.Answers, out.Dark = &ans, a.st.isDark
	return out, err
}

func (a *accessible) run() (Outcome, error) {
	set := a.st.set
	a.printf("%s\n", set.Title)
	if set.Description != "" {
		a.printf("%s\n", strings.TrimSpace(set.Description))
	}
	facts := fmt.Sprintf("%d questions in %d areas", set.QuestionCount(), len(set.Areas))
	if set.Minutes > 0 {
		facts += fmt.Sprintf(", about %d minutes", set.Minutes)
	}
	a.printf("%s.\n\n", facts)
	// Resuming: what was answered before is kept, and said so, rather than
	// asked again; the summary at the end offers to change any area.
	resuming := a.opts.Initial != nil
	if r := set.Role(a.st.role); resuming && r != nil {
		a.printf("Who is answering: %s (kept from your unfinished answers).\n", r.Label)
	} else if err := a.askRole(); err != nil {
		return Outcome{}, err
	}
	for i := range set.Areas {
		if resuming && a.areaAnswered(i) {
			a.printf("Area %d of %d: %s: answered before, kept.\n", i+1, len(set.Areas), set.Areas[i].Title)
			continue
		}
		if err := a.askArea(i); err != nil {
			return Outcome{}, err
		}
	}
	for {
		a.printSummary()
		left := a.st.unanswered()
		if len(left) == 0 {
			ok := true
			if err := a.form(huh.NewConfirm().Title("Are these answers right?").Value(&ok)); err != nil {
				return Outcome{}, err
			}
			if ok {
				break
			}
		} else {
			a.printf("%d question(s) not answered yet.\n", len(left))
			if a.r.eof {
				return Outcome{}, errInputEnded
			}
		}
		area := 0
		if len(left) > 0 {
			_, ar := set.Question(left[0].ID)
			area = indexOfArea(set, ar.ID)
		}
		opts := make([]huh.Option[int], len(set.Areas))
		for i, ar := range set.Areas {
			opts[i] = huh.NewOption(fmt.Sprintf("Area %d: %s", i+1, ar.Title), i)
		}
		if err := a.form(huh.NewSelect[int]().Title("Which area do you want to answer again?").
			Options(opts...).Value(&area)); err != nil {
			return Outcome{}, err
		}
		if err := a.askArea(area); err != nil {
			return Outcome{}, err
		}
	}
	if !a.opts.AskPath {
		return Outcome{}, nil
	}
	return a.askPath()
}

// areaAnswered reports whether every question of area i has an answer.
func (a *accessible) areaAnswered(i int) bool {
	for j := range a.st.set.Areas[i].Questions {
		if !a.st.isAnswered(&a.st.set.Areas[i].Questions[j]) {
			return false
		}
	}
	return true
}

func (a *accessible) printf(format string, args ...any) { _, _ = fmt.Fprintf(a.w, format, args...) }

// form runs fields as one accessible form. When the input runs out
// during the form, the form's values are not answers anyone gave: the
// caller gets errInputEnded and must not keep them.
func (a *accessible) form(fields ...huh.Field) (err error) {
	if err := a.ctx.Err(); err != nil {
		return err
	}
	if a.r.eof {
		return errInputEnded
	}
	defer func() {
		// huh v2.0.3's accessible Select indexes its options with -1 when
		// its prompt reads nothing at the end of the input.
		if r := recover(); r != nil {
			if !a.r.starved {
				panic(r)
			}
			err = errInputEnded
		}
	}()
	err = huh.NewForm(huh.NewGroup(fields...)).
		WithTheme(NeutralTheme()).
		WithAccessible(true).
		WithInput(a.r).
		WithOutput(a.w).
		Run()
	if err == nil && a.r.starved {
		err = errInputEnded
	}
	if err == nil {
		err = a.ctx.Err()
	}
	return err
}

func (a *accessible) askRole() error {
	roles := a.st.set.Roles
	if len(roles) == 0 {
		return nil
	}
	role := a.st.role
	if role == "" {
		role = roles[0].ID
	}
	opts := make([]huh.Option[string], len(roles))
	for i, r := range roles {
		opts[i] = huh.NewOption(r.Label, r.ID)
	}
	if err := a.form(huh.NewSelect[string]().Title("Who is answering?").Options(opts...).Value(&role)); err != nil {
		return err
	}
	a.st.role = role
	a.changed(0)
	return nil
}

// askArea asks the questions of area i and its notes.
func (a *accessible) askArea(i int) error {
	set := a.st.set
	ar := &set.Areas[i]
	first := 1
	for j := range i {
		first += len(set.Areas[j].Questions)
	}
	fields := []huh.Field{huh.NewNote().
		Title(fmt.Sprintf("Area %d of %d: %s", i+1, len(set.Areas), ar.Title)).
		Description(strings.TrimSpace(ar.Intro))}
	singles := map[string]*string{}
	multis := map[string]*[]string{}
	for j := range ar.Questions {
		q := &ar.Questions[j]
		fields = append(fields, huh.NewNote().
			Title(fmt.Sprintf("Question %d of %d", first+j, set.QuestionCount())).
			Description(q.Help))
		opts := make([]huh.Option[string], len(q.Options))
		for k, o := range q.Options {
			opts[k] = huh.NewOption(o.Label, o.ID)
		}
		if q.Multi() {
			ids := a.st.chosen(q)
			multis[q.ID] = &ids
			fields = append(fields, huh.NewMultiSelect[string]().
				Title(q.Text+" (tick all that apply)").Options(opts...).Value(&ids))
			continue
		}
		v := ""
		if ids := a.st.chosen(q); len(ids) == 1 {
			v = ids[0]
		}
		singles[q.ID] = &v
		fields = append(fields, huh.NewSelect[string]().Title(q.Text).Options(opts...).Value(&v))
	}
	note := strings.Join(strings.Fields(a.st.notes[ar.ID]), " ")
	fields = append(fields, huh.NewInput().
		Title("Notes for your team (optional, one line):").CharLimit(questions.MaxNoteChars).Value(&note))
	if err := a.form(fields...); err != nil {
		return err
	}
	for qid, v := range singles {
		if *v != "" {
			a.st.single[qid], a.st.answered[qid] = *v, true
		}
	}
	for j := range ar.Questions {
		q := &ar.Questions[j]
		ids, ok := multis[q.ID]
		if !ok {
			continue
		}
		ticked := orderedIDs(q, *ids)
		(&multiAccessor{st: a.st, qid: q.ID}).Set(ticked)
		a.st.retick, a.st.dropped = false, ""
		if kept := a.st.chosen(q); !slices.Equal(kept, ticked) {
			sep := ": "
			if strings.HasSuffix(q.Text, "?") {
				sep = " "
			}
			a.printf("%s%s%s\n", q.Text, sep, droppedWords(q, ticked, kept, false))
		}
	}
	(&notesAccessor{st: a.st, aid: ar.ID}).Set(strings.TrimSpace(note))
	a.changed(i + 1)
	return nil
}

// printSummary prints every answer, marking the missing ones.
func (a *accessible) printSummary() {
	set := a.st.set
	a.printf("\nYour answers\n")
	if r := set.Role(a.st.role); r != nil {
		a.printf("Who is answering: %s\n", r.Label)
	}
	for i := range set.Areas {
		ar := &set.Areas[i]
		a.printf("\nArea %d: %s\n", i+1, ar.Title)
		for j := range ar.Questions {
			q := &ar.Questions[j]
			labels := optionLabels(q, a.st.chosen(q))
			ans := strings.Join(labels, "; ")
			if len(labels) == 0 {
				ans = "NOT ANSWERED"
			}
			a.printf("- %s\n  %s\n", q.Text, ans)
		}
		if n := strings.TrimSpace(a.st.notes[ar.ID]); n != "" {
			a.printf("Notes: %s\n", n)
		}
	}
	a.printf("\n")
}

// askPath asks where to save the report, and whether to replace a file
// that is there.
func (a *accessible) askPath() (Outcome, error) {
	path := a.opts.DefaultPath
	for {
		title := "Save the report to:"
		if path != "" {
			title = fmt.Sprintf("Save the report to (press enter for %s):", path)
		}
		if err := a.form(huh.NewInput().Title(title).Value(&path)); err != nil {
			return Outcome{}, err
		}
		path = strings.TrimSpace(path)
		if path == "" {
			a.printf("Type a file name for the report.\n")
			continue
		}
		fi, err := os.Stat(path)
		switch {
		case err != nil:
			return Outcome{Path: path}, nil
		case fi.IsDir():
			a.printf("%s is a folder; type a file name.\n", path)
			continue
		}
		replace := false
		if err := a.form(huh.NewConfirm().Title(path + " exists. Replace it?").Value(&replace)); err != nil {
			return Outcome{}, err
		}
		if replace {
			return Outcome{Path: path, Overwrite: true}, nil
		}
	}
}

// changed tells OnChange about the answers so far.
func (a *accessible) changed(page int) {
	if a.opts.OnChange != nil {
		a.opts.OnChange(a.st.answers(), page)
	}
}

func indexOfArea(s *questions.Set, id string) int {
	for i, ar := range s.Areas {
		if ar.ID == id {
			return i
		}
	}
	return 0
}

package tui

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
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

// errInputEnded is returned when the input has ended and questions are
// still unanswered.
var errInputEnded = &AbortError{Reason: "the input ended before every question was answered"}

// inputEndedAt is the stop for input that ended while the prompt for
// what was waiting for a line.
func inputEndedAt(what string) error {
	return &AbortError{Reason: "the input ended at " + what}
}

// Where the input can end after every question is answered.
const (
	atConfirm = "“Are these answers right?”: every question is answered, but the answers are not confirmed yet"
	atSave    = "the question where to save the report: the answers are confirmed, but the report is not saved"
)

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
		if err := a.askArea(i, resuming); err != nil {
			return Outcome{}, err
		}
	}
	for {
		a.printSummary()
		left := a.st.unanswered()
		if len(left) == 0 {
			ok := true
			if err := a.form(atConfirm, huh.NewConfirm().Title("Are these answers right?").Value(&ok)); err != nil {
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
		where := fmt.Sprintf("the question which area to answer again, with %d of %d questions not answered yet",
			len(left), set.QuestionCount())
		if len(left) == 0 {
			where = "the question which area to answer again: every question is answered, but the answers are not confirmed yet"
		}
		if err := a.form(where, huh.NewSelect[int]().Title("Which area do you want to answer again?").
			Options(opts...).Value(&area)); err != nil {
			return Outcome{}, err
		}
		if err := a.askArea(area, false); err != nil {
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

// form runs fields as one accessible form: notes, then at most one
// prompt, so that the input ending stops the flow at that prompt. When
// the input runs out during the form, its value is not an answer anyone
// gave: the caller gets an *AbortError saying that the input ended at
// where, and must not keep it.
func (a *accessible) form(where string, fields ...huh.Field) (err error) {
	if err := a.ctx.Err(); err != nil {
		return err
	}
	if a.r.starved {
		return inputEndedAt(where)
	}
	defer func() {
		// huh v2.0.3's accessible Select indexes its options with -1 when
		// its prompt reads nothing at the end of the input.
		if r := recover(); r != nil {
			if !a.r.starved {
				panic(r)
			}
			err = inputEndedAt(where)
		}
	}()
	err = huh.NewForm(huh.NewGroup(fields...)).
		WithTheme(NeutralTheme()).
		WithAccessible(true).
		WithInput(a.r).
		WithOutput(a.w).
		Run()
	if err == nil && a.r.starved {
		err = inputEndedAt(where)
	}
	if err == nil {
		err = a.ctx.Err()
	}
	return err
}

// show prints notes, which read nothing.
func (a *accessible) show(notes ...huh.Field) {
	_ = huh.NewForm(huh.NewGroup(notes...)).WithTheme(NeutralTheme()).WithAccessible(true).WithOutput(a.w).Run()
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
	if err := a.form("the question who is answering", huh.NewSelect[string]().Title("Who is answering?").Options(opts...).Value(&role)); err != nil {
		return err
	}
	a.st.role = role
	a.changed(0)
	return nil
}

// askArea asks the questions of area i, one prompt at a time, and its
// notes; each answer is kept (and told to OnChange) as soon as it is
// given, so that input ending at a later prompt keeps it. With
// skipAnswered, questions answered before are said kept, not asked.
func (a *accessible) askArea(i int, skipAnswered bool) error {
	set := a.st.set
	ar := &set.Areas[i]
	first := 1
	for j := range i {
		first += len(set.Areas[j].Questions)
	}
	heading := huh.NewNote().
		Title(fmt.Sprintf("Area %d of %d: %s", i+1, len(set.Areas), ar.Title)).
		Description(strings.TrimSpace(ar.Intro))
	a.show(heading)
	for j := range ar.Questions {
		q := &ar.Questions[j]
		n := fmt.Sprintf("Question %d of %d", first+j, set.QuestionCount())
		if skipAnswered && a.st.isAnswered(q) {
			a.printf("%s, “%s”: answered before, kept.\n\n", n, q.Text)
			continue
		}
		where := fmt.Sprintf("question %d of %d, “%s”", first+j, set.QuestionCount(), q.Text)
		note := huh.NewNote().Title(n).Description(q.Help)
		if q.Multi() {
			a.show(note)
			if err := a.askMulti(q, where); err != nil {
				return err
			}
			a.changed(i + 1)
			continue
		}
		opts := make([]huh.Option[string], len(q.Options))
		for k, o := range q.Options {
			opts[k] = huh.NewOption(o.Label, o.ID)
		}
		v := ""
		if ids := a.st.chosen(q); len(ids) == 1 {
			v = ids[0]
		}
		if err := a.form(where, note, huh.NewSelect[string]().Title(q.Text).Options(opts...).Value(&v)); err != nil {
			return err
		}
		if v != "" {
			a.st.single[q.ID], a.st.answered[q.ID] = v, true
		}
		a.changed(i + 1)
	}
	note := strings.Join(strings.Fields(a.st.notes[ar.ID]), " ")
	where := fmt.Sprintf("the notes for area %d of %d, after its questions", i+1, len(set.Areas))
	if err := a.form(where, huh.NewInput().
		Title("Notes for your team (optional, one line):").CharLimit(questions.MaxNoteChars).Value(&note)); err != nil {
		return err
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
		if err := a.form(atSave, huh.NewInput().Title(title).Value(&path)); err != nil {
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
		if err := a.form(atSave, huh.NewConfirm().Title(path+" exists. Replace it?").Value(&replace)); err != nil {
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

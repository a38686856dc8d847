package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/huh/v2"
	"github.com/charmbracelet/x/term"

	"itcheck/drafts"
	"itcheck/questions"
	"itcheck/tui"
)

// chooseStart decides where the flow starts: from the draft kept for the
// set, or afresh. With --resume the draft is taken without asking (and a
// missing one is only a note), with --fresh it is ignored (it stays until
// the first answer replaces it), and otherwise the person is asked. What
// a changed set no longer holds is told, one line each.
//
// The error is tui.ErrAborted when the person stopped at the question, or
// the context's error when a signal came.
func chooseStart(ctx context.Context, e *env, f checkFlags, set *questions.Set, k *draftKeeper) (*questions.Answers, int, error) {
	d, told := k.load(e.stderr)
	if d == nil {
		if f.resume && !told {
			fmt.Fprintln(e.stderr, "There are no unfinished answers to resume; starting afresh.")
		}
		return nil, 0, nil
	}
	answers, area, dropped := d.Resume(set)
	if f.fresh {
		fmt.Fprintf(e.stderr, "Starting afresh: your unfinished answers from %s will be replaced once you answer.\n", savedAt(d))
		return nil, 0, nil
	}
	// What a changed set no longer holds is told first, so that the
	// person knows it when deciding, and before the screen is taken over.
	for _, msg := range dropped {
		fmt.Fprintf(e.stderr, "Not resumed, since the question set changed: %s.\n", msg)
	}
	if !f.resume {
		resume, err := askResume(ctx, e, f.accessible, resumeQuestion(d, set, answers, area))
		if err != nil {
			return nil, 0, err
		}
		if !resume {
			fmt.Fprintf(e.stderr, "Starting afresh: your unfinished answers from %s will be replaced once you answer.\n", savedAt(d))
			return nil, 0, nil
		}
	}
	if f.resume && len(dropped) > 0 && !f.accessible && isTerminal(e.stdin) {
		// The full-screen flow would hide those lines at once.
		fmt.Fprint(e.stderr, "Press enter to go on. ")
		if _, err := readLine(e.stdin); err != nil || ctx.Err() != nil {
			return nil, 0, errors.Join(tui.ErrAborted, ctx.Err())
		}
	}
	return answers, area, nil
}

// savedAt is when the draft was saved, in local time.
func savedAt(d *drafts.Draft) string {
	return d.Saved.Local().Format("2 Jan 2006 15:04")
}

// resumeQuestion is what the person is asked about a draft: when it was
// saved, how much of it still fits the set and where it stopped.
func resumeQuestion(d *drafts.Draft, set *questions.Set, a *questions.Answers, area int) string {
	s := fmt.Sprintf("You have unfinished answers from %s: %d of %d answered, last %s.",
		savedAt(d), len(a.Answers), set.QuestionCount(), describePage(area, len(set.Areas)))
	if d.SetHash != set.Hash {
		s += " The question set has changed since; what still fits is kept."
	}
	return s
}

// askResume asks whether to resume: a small confirmation on the terminal,
// or a plain line prompt in accessible mode. Enter resumes.
func askResume(ctx context.Context, e *env, accessible bool, question string) (bool, error) {
	return askChoice(ctx, e, accessible, choice{
		question: question,
		detail:   "Resume where you stopped, or start afresh?",
		yes:      "Resume",
		no:       "Start afresh",
		prompt:   " Resume? [Y/n] ",
		what:     "whether to resume",
		retry:    "Type y to resume or n to start afresh.",
	})
}

// choice is a question with two answers, asked before the flow starts.
type choice struct {
	question, detail string // the question, and a line under it on the terminal
	yes, no          string // the answers' buttons on the terminal; yes is the default
	prompt           string // the plain prompt's ending, after the question
	what             string // what is asked, for the error when the input ends
	retry            string // said after an answer the plain prompt did not understand
}

// askChoice asks c: a small confirmation on the terminal, or a plain line
// prompt in accessible mode. Enter takes the yes answer.
func askChoice(ctx context.Context, e *env, accessible bool, c choice) (bool, error) {
	if accessible {
		return askYesNo(ctx, e.stdin, e.stderr, c.question+c.prompt, c.what, c.retry)
	}
	yes := true
	err := huh.NewForm(huh.NewGroup(huh.NewConfirm().
		Title(c.question).
		Description(c.detail).
		Affirmative(c.yes).
		Negative(c.no).
		Value(&yes))).
		WithTheme(tui.NeutralTheme()).
		WithOutput(e.stderr).
		WithInput(e.stdin).
		RunWithContext(ctx)
	switch {
	case ctx.Err() != nil:
		return false, ctx.Err()
	case errors.Is(err, huh.ErrUserAborted):
		return false, tui.ErrAborted
	}
	return yes, err
}

// askLine asks whether to resume as a plain line prompt (see askYesNo).
func askLine(ctx context.Context, in io.Reader, out io.Writer, prompt string) (bool, error) {
	return askYesNo(ctx, in, out, prompt, "whether to resume", "Type y to resume or n to start afresh.")
}

// askYesNo asks a yes/no question as a plain line prompt; an empty line
// is yes. It reads one byte at a time, so that no answer meant for the
// questions that follow is taken from piped input. what names the
// question in the error when the input ends; retry is said after an
// answer that is neither.
func askYesNo(ctx context.Context, in io.Reader, out io.Writer, prompt, what, retry string) (bool, error) {
	for {
		fmt.Fprint(out, prompt)
		line, err := readLine(in)
		if !isTerminal(in) {
			fmt.Fprintln(out) // a terminal echoes the person's enter
		}
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "", "y", "yes":
			if err != nil && line == "" {
				return false, fmt.Errorf("%w: the input ended at the question %s", tui.ErrAborted, what)
			}
			return true, nil
		case "n", "no":
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("%w: the input ended at the question %s", tui.ErrAborted, what)
		}
		fmt.Fprintln(out, retry)
	}
}

// isTerminal reports whether r is a terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// readLine reads up to a newline, one byte at a time.
func readLine(r io.Reader) (string, error) {
	var b strings.Builder
	buf := make([]byte, 1)
	for {
		n, err := r.Read(buf)
		if n == 1 {
			if buf[0] == '\n' {
				return b.String(), nil
			}
			b.WriteByte(buf[0])
		}
		if err != nil {
			return b.String(), err
		}
	}
}

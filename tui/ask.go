package tui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
)

// Choice is a question with two answers, asked before the flow starts:
// whether to resume unfinished answers, or to start a separate draft.
type Choice struct {
	Question, Detail string // the question, and a line under it on the terminal
	Yes, No          string // the answers' buttons on the terminal; Yes is the default
	Prompt           string // the plain prompt's ending, after the question, e.g. " Resume? [Y/n] "
	What             string // what is asked, for the error when the input ends
	Retry            string // said after an answer the plain prompt did not understand
	// Echoed is whether the input shows what is typed, as a terminal
	// does; otherwise the plain prompt ends its own line.
	Echoed bool
}

// Ask asks c: a small confirmation on the terminal, or, with
// opts.Accessible, a plain line prompt. Enter takes the Yes answer.
// opts.In, Out (standard input and error when nil), Accessible and
// NoColor are used. The error is an *AbortError when the person stopped
// at the question (ctrl+c, or piped input that ended), or the context's
// error when ctx was cancelled.
func Ask(ctx context.Context, c Choice, opts Options) (bool, error) {
	in, out := ioOf(opts)
	if opts.Accessible {
		return askYesNo(ctx, in, out, c)
	}
	po := opts
	po.In, po.Out = in, out
	m := newChoiceModel(c)
	_, err := tea.NewProgram(m, programOptions(ctx, po)...).Run()
	switch {
	case ctx.Err() != nil:
		return false, ctx.Err()
	case m.aborted, errors.Is(err, tea.ErrInterrupted):
		return false, &AbortError{}
	case err != nil:
		return false, err
	}
	return m.yes, nil
}

// Pause writes prompt and waits for enter, so that lines written before
// the full-screen flow can be read before it hides them. The error is an
// *AbortError when the input ends or ctx is cancelled.
func Pause(ctx context.Context, prompt string, opts Options) error {
	in, out := ioOf(opts)
	fmt.Fprint(out, prompt)
	if _, err := readLine(in); err != nil || ctx.Err() != nil {
		return &AbortError{}
	}
	return nil
}

// ioOf returns the reader and writer of opts, standard input and
// standard error when they are nil.
func ioOf(opts Options) (io.Reader, io.Writer) {
	in, out := opts.In, opts.Out
	if in == nil {
		in = os.Stdin
	}
	if out == nil {
		out = os.Stderr
	}
	return in, out
}

// askYesNo asks c as a plain line prompt; an empty line is yes. It reads
// one byte at a time, so that no answer meant for the questions that
// follow is taken from piped input.
func askYesNo(ctx context.Context, in io.Reader, out io.Writer, c Choice) (bool, error) {
	for {
		fmt.Fprint(out, c.Question+c.Prompt)
		line, err := readLine(in)
		if !c.Echoed {
			fmt.Fprintln(out) // a terminal echoes the person's enter
		}
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "", "y", "yes":
			if err != nil && line == "" {
				return false, &AbortError{Reason: "the input ended at the question " + c.What}
			}
			return true, nil
		case "n", "no":
			return false, nil
		}
		if err != nil {
			return false, &AbortError{Reason: "the input ended at the question " + c.What}
		}
		fmt.Fprintln(out, c.Retry)
	}
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

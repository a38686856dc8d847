// Package tui is the interactive flow of itcheck: a welcome page that
// asks who is answering, one page per area of the question set, a review
// of every answer and, when asked for, where to save the report.
//
// It draws on the writer it is given (standard error by default, never
// standard output), in the terminal's alternate screen, and returns the
// answers. It knows nothing of scoring. An accessible mode asks the same
// questions as plain line prompts, for screen readers and piped input.
package tui

import (
	"context"
	"errors"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"itcheck/questions"
)

// Options configure a run.
type Options struct {
	Set         *questions.Set
	Initial     *questions.Answers // answers to start from (resume); nil for fresh
	StartArea   int                // page to open first: 0 the welcome, k area k (1-based), areas+1 the review
	AskPath     bool               // ask where to save the report at the end
	DefaultPath string             // prefilled save path, e.g. itcheck-2026-11-27.md
	Accessible  bool               // plain line prompts (huh accessible mode) instead of the TUI
	NoColor     bool               // no colours (--no-color), as when NO_COLOR is set
	In          io.Reader          // nil = os.Stdin
	Out         io.Writer          // nil = os.Stderr (the UI never draws on stdout)
	// OnChange is called (on the UI goroutine) after every answer, note or
	// page change with a copy of the answers so far and the page the
	// person is on (numbered as StartArea); used to save drafts. May be nil.
	OnChange func(a questions.Answers, area int)
}

// Outcome is what the person gave.
type Outcome struct {
	Answers   *questions.Answers // Set, Version, Hash (set.Hash), Role, Answers, Notes filled; Date left empty
	Path      string             // where to save (only when AskPath)
	Overwrite bool               // the person confirmed replacing an existing file at Path
	// Dark is whether the terminal's background looked dark (true when
	// the terminal did not say), for styling what is printed after.
	Dark bool
}

// ErrAborted is returned by Run when the person quits with ctrl+c; the
// Outcome still holds the answers so far. Every *AbortError is
// ErrAborted for errors.Is.
var ErrAborted = errors.New("aborted")

// AbortError is a stop by the person before the end of the flow or of a
// question: ctrl+c (Reason empty), or piped input that ended (Reason says
// where). The Outcome returned with it holds the answers so far.
type AbortError struct {
	Reason string // why, when it was not ctrl+c; e.g. "the input ended before every question was answered"
}

// Error returns "aborted", or "aborted: " and the reason.
func (e *AbortError) Error() string {
	if e.Reason == "" {
		return ErrAborted.Error()
	}
	return ErrAborted.Error() + ": " + e.Reason
}

// Is makes every AbortError match ErrAborted.
func (e *AbortError) Is(target error) bool { return target == ErrAborted }

// Run walks the person through the flow and returns what they gave. When
// ctx is cancelled it returns promptly with ctx.Err() and the answers so
// far; the terminal is restored before Run returns. Run catches no
// signals: the caller turns them into the cancellation of ctx.
func Run(ctx context.Context, opts Options) (Outcome, error) {
	if opts.Set == nil {
		return Outcome{}, errors.New("tui: no question set")
	}
	if opts.Out == nil {
		opts.Out = os.Stderr
	}
	if opts.Accessible {
		return runAccessible(ctx, opts)
	}
	m := New(opts)
	p := tea.NewProgram(m, programOptions(ctx, opts)...)
	final, err := p.Run()
	out := m.Outcome() // the answers live in state shared by every copy
	fm, _ := final.(Model)
	if fm.st != nil {
		out = fm.Outcome()
	}
	switch {
	case ctx.Err() != nil:
		return out, ctx.Err()
	case err != nil && !errors.Is(err, tea.ErrInterrupted):
		return out, err
	case err != nil || fm.aborted || !fm.done:
		return out, &AbortError{}
	}
	return out, nil
}

// frameRate is how many times a second the screen may be drawn. Bubble
// Tea writes a new view to the terminal only on a tick of this rate, so
// after a key the screen changes half a frame later on average: at its
// default of 60, 8 ms; at 120, its most, 4 ms, for a few ms more CPU per
// idle second (README, "Speed").
const frameRate = 120

// programOptions returns the Bubble Tea options for a run. Bubble Tea's
// own signal handler is off: the caller owns SIGINT, SIGTERM and SIGHUP,
// and stops the flow by cancelling ctx, which restores the terminal and
// returns the answers so far.
func programOptions(ctx context.Context, opts Options) []tea.ProgramOption {
	po := []tea.ProgramOption{tea.WithContext(ctx), tea.WithOutput(opts.Out), tea.WithoutSignalHandler(), tea.WithFPS(frameRate)}
	if opts.In != nil {
		po = append(po, tea.WithInput(opts.In))
	}
	if opts.NoColor || noColor() {
		po = append(po, tea.WithColorProfile(colorprofile.ASCII))
	}
	return po
}

// noColor reports whether colour is turned off: NO_COLOR set to any
// non-empty value, or a dumb terminal.
func noColor() bool {
	return os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb"
}

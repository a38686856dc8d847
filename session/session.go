// Package session runs one interactive self-check from start to end and
// keeps its answers safe on the way: a draft saved after every change
// and locked against a second run, the choice to resume one, the stop by
// ctrl+c or a signal with the answers kept, and a report that cannot be
// written where asked kept in the state folder instead.
//
// The terminal UI is tui's; Options carries it as functions, so that
// tests drive every outcome without a terminal.
package session

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"itcheck/drafts"
	"itcheck/internal/termout"
	"itcheck/questions"
	"itcheck/report"
	"itcheck/scoring"
	"itcheck/tui"
)

// Options configure a self-check. Set, Date, Tool, the three streams and
// WriteReport are needed; the functions after them default to the real
// terminal UI and signals.
type Options struct {
	Set     *questions.Set
	SetPath string // the --questions file as given, "" for the built-in set; said in how to resume
	Out     string // where to write the report: "" asks, "-" standard output
	Force   bool   // replace the Out file if it exists
	Date    string // YYYY-MM-DD, recorded in the report
	Tool    string // e.g. "itcheck v0.1.0", recorded in the report
	Command string // the command that runs itcheck (Command), told in what to type next; DefaultCommand when ""

	Accessible bool // plain line prompts
	NoColor    bool // no colours
	Explain    bool // explain each area in the verdict
	Resume     bool // take unfinished answers without asking
	Fresh      bool // ignore unfinished answers

	Stdin          io.Reader
	Stdout, Stderr io.Writer

	// WriteReport writes the report to path ("-" standard output),
	// replacing a file there only with overwrite.
	WriteReport func(path string, data []byte, overwrite bool) error

	// Flow runs the questions; tui.Run when nil.
	Flow func(context.Context, tui.Options) (tui.Outcome, error)
	// Ask asks a question with two answers; tui.Ask when nil.
	Ask func(context.Context, tui.Choice, tui.Options) (bool, error)
	// Pause waits for enter after a prompt; tui.Pause when nil.
	Pause func(ctx context.Context, prompt string, opts tui.Options) error
	// Signals delivers the stop signals to c until the returned function
	// is called; signal.Notify with SIGINT, SIGTERM and SIGHUP when nil.
	Signals func(c chan<- os.Signal) (stop func())
	// Grace is how long the flow has to return after a stop signal; 3 s,
	// or 200 ms with Accessible, when 0.
	Grace time.Duration
	// Stuck is called with the stop error when the flow did not return
	// in time after a stop signal, or a second signal came; it is
	// expected to tell the error and end the process. When nil, the
	// error is written to Stderr and the process exits with its code.
	Stuck func(error)
}

// Outcome is how a self-check that ran to its end went.
type Outcome struct {
	Result *scoring.Result // the scored answers
	Path   string          // where the report was written; "-" for standard output
}

// Run asks the questions and writes the report. The answers are kept as
// a draft after every change; a draft left by an earlier run is offered
// first (Resume takes it without asking, Fresh ignores it). SIGINT,
// SIGTERM and SIGHUP stop the flow through ctx, so that the terminal is
// restored before the error telling how to resume, a *StopError (exit
// 130, 143, 129), as ctrl+c does. A
// report that cannot be written where asked is kept in the state folder
// and the error says where (exit 1); once it is saved where asked, the
// draft is removed and the verdict printed.
func Run(ctx context.Context, o Options) (Outcome, error) {
	o.defaults()
	s := &session{o: o, keeper: newKeeper(o.Set)}
	ctx, watch := watchStopSignals(ctx, o.Grace, o.Signals, s.stuck)
	defer watch.finish()

	defer s.keeper.unlock()
	err := s.keeper.claim(func(h drafts.Holder) (bool, error) {
		return o.Ask(ctx, separateChoice(h, s.echoed()), s.tuiOptions())
	})
	if sig := watch.Caught(); sig != 0 {
		return Outcome{}, s.stopped(stopBySignal(sig), nil, nil)
	}
	switch {
	case errors.Is(err, errStopHeld):
		return Outcome{}, &StopError{Code: ExitInterrupted, line: "Stopped. The other itcheck goes on with its answers; nothing was changed here."}
	case errors.Is(err, tui.ErrAborted):
		return Outcome{}, s.stopped(stopByKey(err), nil, nil)
	case err != nil:
		return Outcome{}, err
	}
	if s.keeper.lockErr != nil {
		fmt.Fprintf(o.Stderr, "Note: your draft cannot be locked (%v), so do not answer in two terminals at once.\n", s.keeper.lockErr)
	}
	if s.keeper.separate() {
		fmt.Fprintf(o.Stderr, "Your answers are kept in a separate draft, %s; the other run's are not touched.\n", s.keeper.store.Path(o.Set.ID))
	}

	initial, area, err := s.chooseStart(ctx)
	if sig := watch.Caught(); sig != 0 {
		return Outcome{}, s.stopped(stopBySignal(sig), nil, nil)
	}
	switch {
	case errors.Is(err, tui.ErrAborted):
		return Outcome{}, s.stopped(stopByKey(err), nil, nil)
	case err != nil:
		return Outcome{}, err
	}
	flow := s.tuiOptions()
	flow.Initial, flow.StartArea = initial, area
	flow.AskPath, flow.DefaultPath = o.Out == "", "itcheck-"+o.Date+".md"
	flow.OnChange = s.keeper.change
	outcome, err := o.Flow(ctx, flow)
	watch.finish()
	if sig := watch.Caught(); sig != 0 {
		return Outcome{}, s.stopped(stopBySignal(sig), outcome.Answers, nil)
	}
	switch {
	case errors.Is(err, tui.ErrAborted):
		return Outcome{}, s.stopped(stopByKey(err), outcome.Answers, nil)
	case err != nil:
		s.keeper.warn(o.Stderr)
		return Outcome{}, err
	}
	return s.finish(outcome)
}

// finish scores the answers, writes the report and prints the verdict.
func (s *session) finish(outcome tui.Outcome) (Outcome, error) {
	o := s.o
	path, overwrite := o.Out, o.Force
	if path == "" {
		path, overwrite = outcome.Path, outcome.Overwrite
	}
	answers := outcome.Answers
	answers.Date = o.Date
	result := scoring.Score(o.Set, answers)
	md := report.Markdown(result, report.Meta{Tool: o.Tool, Date: o.Date})
	if err := o.WriteReport(path, md, overwrite); err != nil {
		return Outcome{Result: result}, s.keepReport(result, path, md, err, outcome.Dark)
	}
	s.keeper.warn(o.Stderr)
	if err := s.keeper.remove(); err != nil {
		fmt.Fprintf(o.Stderr, "Warning: the report is saved, but its draft could not be removed: %v\n", err)
	}
	if path == stdoutName { // the report went to stdout, so the verdict goes to stderr
		s.verdict(o.Stderr, result, "standard output", outcome.Dark)
	} else {
		s.verdict(o.Stdout, result, path, outcome.Dark)
		// What to do next is for the person, not part of the verdict.
		_ = WriteNextSteps(o.Stderr, o.Command, path, o.SetPath, true)
	}
	return Outcome{Result: result, Path: path}, nil
}

// stdoutName is the report path that means standard output.
const stdoutName = "-"

// session is one self-check under way.
type session struct {
	o      Options
	keeper *keeper
	stop   stopOnce
}

// defaults fills in what o leaves out.
func (o *Options) defaults() {
	if o.Flow == nil {
		o.Flow = tui.Run
	}
	if o.Ask == nil {
		o.Ask = tui.Ask
	}
	if o.Pause == nil {
		o.Pause = tui.Pause
	}
	if o.Grace == 0 {
		o.Grace = stopGrace
		if o.Accessible {
			o.Grace = stopGraceAccessible
		}
	}
	if o.Stuck == nil {
		stderr := o.Stderr
		o.Stuck = func(err error) {
			fmt.Fprintln(stderr, err)
			os.Exit(ExitCode(err))
		}
	}
}

// tuiOptions are the options every question of the session is asked with.
func (s *session) tuiOptions() tui.Options {
	return tui.Options{Set: s.o.Set, Accessible: s.o.Accessible, NoColor: s.o.NoColor, In: s.o.Stdin, Out: s.o.Stderr}
}

// echoed reports whether the keyboard side echoes what is typed.
func (s *session) echoed() bool { return termout.IsTerminal(s.o.Stdin) }

// verdict writes the verdict to w: the first recommendations only, since
// the report holds them all. The colours follow the background the flow
// learnt: asking the terminal again, once the flow has handed it back,
// could wait for an answer that never comes.
func (s *session) verdict(w io.Writer, r *scoring.Result, path string, dark bool) {
	look := termout.For(s.o.Stdin, w, termout.Options{MaxWidth: termout.TextWidth, Dark: dark, NoColor: s.o.NoColor})
	fmt.Fprint(look.W, report.Text(r, report.TextOptions{Path: path, MaxRecommendations: 3, Explain: s.o.Explain,
		Width: look.Width, Dark: look.Dark, Plain: look.Plain, Accessible: s.o.Accessible}))
}

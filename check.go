package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"itcheck/drafts"
	"itcheck/report"
	"itcheck/scoring"
	"itcheck/tui"
)

// checkFlags are the interactive self-check's flags.
type checkFlags struct {
	questions  string
	out        string
	force      bool
	accessible bool
	noColor    bool
	explain    bool
	date       string
	resume     bool
	fresh      bool
}

func newCheckCommand(e *env) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "itcheck",
		Short: "Who is accountable for IT performance? A five-minute self-check",
		Long: "Walks you through four areas (who calls the shots, IT resources, the IT budget and\n" +
			"who controls changes), then prints a verdict and writes a markdown report to share.\n" +
			"Your answers are kept as you go: if you stop, run itcheck again to resume.",
		Example: `# answer the built-in questions; the verdict is printed, the report saved
itcheck

# save the report to a chosen file
itcheck --out itcheck-acme.md

# plain prompts for screen readers
itcheck --accessible

# go on where you stopped, without being asked
itcheck --resume`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runCheck(cmd.Context(), e, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.questions, "questions", "", "question set to use instead of the built-in one (YAML)")
	fl.StringVarP(&f.out, "out", "o", "", "write the markdown report here instead of asking")
	fl.BoolVar(&f.force, "force", false, "replace the --out file if it exists")
	fl.BoolVar(&f.accessible, "accessible", os.Getenv("ACCESSIBLE") != "", "plain prompts for screen readers (also ACCESSIBLE=1)")
	fl.BoolVar(&f.noColor, "no-color", false, "no colours (also NO_COLOR=1)")
	fl.BoolVar(&f.explain, "explain", false, "explain why each area landed where it did")
	fl.StringVar(&f.date, "date", "", "date to record in the report, YYYY-MM-DD (default today)")
	fl.BoolVar(&f.resume, "resume", false, "go on with your unfinished answers without asking")
	fl.BoolVar(&f.fresh, "fresh", false, "start afresh, ignoring unfinished answers (they are replaced once you answer)")
	return cmd
}

// runCheck runs the interactive self-check. Usage and input problems are
// refused before anything is asked. The answers are kept as a draft after
// every change; a draft left by an earlier run is offered first (see
// chooseStart). SIGINT, SIGTERM and SIGHUP stop the flow through ctx, so
// that the terminal is restored before the one line saying how to resume
// (exit 130, 143, 129). A report that cannot be written where asked is
// kept in the state directory (exit 1); once it is saved where asked, the
// draft is removed.
func runCheck(ctx context.Context, e *env, f checkFlags) error {
	if f.resume && f.fresh {
		return usageErrorf("--resume and --fresh cannot be used together: --resume takes your unfinished answers, --fresh ignores them")
	}
	set, err := loadSet(e, f.questions)
	if err != nil {
		return invalidInput(err)
	}
	date, err := reportDate(f.date)
	if err != nil {
		return err
	}
	if err := refuseExisting(f.out, f.force); err != nil {
		return err
	}
	if !f.accessible && !interactiveTerminal(e) {
		return usageErrorf("itcheck needs a terminal to ask its questions.\n" +
			"Without one, score an answers file: itcheck report --answers FILE\n" +
			"or answer with plain prompts: itcheck --accessible")
	}
	if f.noColor {
		os.Setenv("NO_COLOR", "1")
	}

	c := &checkRun{e: e, f: f, keeper: newDraftKeeper(set)}
	grace := stopGrace
	if f.accessible {
		grace = stopGraceAccessible
	}
	ctx, watch := watchStopSignals(ctx, grace, c.stuck)
	defer watch.finish()

	defer c.keeper.unlock()
	err = c.keeper.claim(func(h drafts.Holder) (bool, error) { return askSeparate(ctx, e, f.accessible, h) })
	if sig := watch.Caught(); sig != 0 {
		return c.stopped(stopBySignal(sig), nil)
	}
	switch {
	case errors.Is(err, errStopHeld):
		fmt.Fprintln(e.stderr, "Stopped. The other itcheck goes on with its answers; nothing was changed here.")
		return &exitError{code: exitInterrupted, err: err, shown: true}
	case errors.Is(err, tui.ErrAborted):
		return c.stopped(stopByKey(err), nil)
	case err != nil:
		return err
	}
	if c.keeper.lockErr != nil {
		fmt.Fprintf(e.stderr, "Note: your draft cannot be locked (%v), so do not answer in two terminals at once.\n", c.keeper.lockErr)
	}
	if c.keeper.separate() {
		fmt.Fprintf(e.stderr, "Your answers are kept in a separate draft, %s; the other run's are not touched.\n", c.keeper.store.Path(set.ID))
	}

	initial, area, err := chooseStart(ctx, e, f, set, c.keeper)
	if sig := watch.Caught(); sig != 0 {
		return c.stopped(stopBySignal(sig), nil)
	}
	switch {
	case errors.Is(err, tui.ErrAborted):
		return c.stopped(stopByKey(err), nil)
	case err != nil:
		return err
	}
	outcome, err := tui.Run(ctx, tui.Options{
		Set:         set,
		Initial:     initial,
		StartArea:   area,
		AskPath:     f.out == "",
		DefaultPath: "itcheck-" + date + ".md",
		Accessible:  f.accessible,
		In:          e.stdin,
		Out:         e.stderr,
		OnChange:    c.keeper.change,
	})
	watch.finish()
	if sig := watch.Caught(); sig != 0 {
		return c.stopped(stopBySignal(sig), outcome.Answers)
	}
	switch {
	case errors.Is(err, tui.ErrAborted):
		return c.stopped(stopByKey(err), outcome.Answers)
	case err != nil:
		c.keeper.warn(e.stderr)
		return err
	}
	path, overwrite := f.out, f.force
	if path == "" {
		path, overwrite = outcome.Path, outcome.Overwrite
	}
	answers := outcome.Answers
	answers.Date = date
	result := scoring.Score(set, answers)
	md := report.Markdown(result, report.Meta{Tool: "itcheck " + toolVersion(), Date: date})
	if err := writeReport(e, path, md, overwrite); err != nil {
		return c.keepReport(result, path, md, err, outcome.Dark)
	}
	c.keeper.warn(e.stderr)
	if err := c.keeper.remove(); err != nil {
		fmt.Fprintf(e.stderr, "Warning: the report is saved, but its draft could not be removed: %v\n", err)
	}
	if path == stdoutName { // the report went to stdout, so the verdict goes to stderr
		e, path = &env{stdin: e.stdin, stdout: e.stderr, stderr: e.stderr}, "standard output"
	}
	printVerdict(e, result, path, f, outcome.Dark)
	return nil
}

// askSeparate asks a second run, whose set's draft another run holds,
// whether to start a separate draft or stop. Enter starts one.
func askSeparate(ctx context.Context, e *env, accessible bool, h drafts.Holder) (bool, error) {
	return askChoice(ctx, e, accessible, choice{
		question: heldQuestion(h),
		detail:   "Start a separate draft of your own, or stop here?",
		yes:      "Separate draft",
		no:       "Stop",
		prompt:   " Start a separate draft? [Y/n] ",
		what:     "whether to start a separate draft",
		retry:    "Type y to start a separate draft or n to stop.",
	})
}

// interactiveTerminal reports whether the person can be asked questions:
// both the keyboard side (stdin) and the drawing side (stderr) are terminals.
func interactiveTerminal(e *env) bool {
	in, ok1 := e.stdin.(*os.File)
	errOut, ok2 := e.stderr.(*os.File)
	return ok1 && ok2 && term.IsTerminal(in.Fd()) && term.IsTerminal(errOut.Fd())
}

// reportDate returns the date to record: the flag's, checked, or today's.
func reportDate(flag string) (string, error) {
	if flag == "" {
		return time.Now().Format(time.DateOnly), nil
	}
	if _, err := time.Parse(time.DateOnly, flag); err != nil {
		return "", usageErrorf("--date %q is not a date; expected YYYY-MM-DD, like 2026-03-31", flag)
	}
	return flag, nil
}

// printVerdict writes the verdict to stdout: the first recommendations
// only, since the report holds them all. The colours follow the background
// the flow learnt: asking the terminal again, once the flow has handed it
// back, could wait for an answer that never comes.
func printVerdict(e *env, r *scoring.Result, path string, f checkFlags, dark bool) {
	printText(e, r, report.TextOptions{Path: path, MaxRecommendations: 3, Explain: f.explain, Dark: dark, Accessible: f.accessible}, f.noColor, false)
}

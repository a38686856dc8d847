package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

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
}

func newCheckCommand(e *env) *cobra.Command {
	var f checkFlags
	cmd := &cobra.Command{
		Use:   "itcheck",
		Short: "Who is accountable for IT performance? A five-minute self-check",
		Long: "Walks you through four areas (who calls the shots, IT resources, the IT budget and\n" +
			"who controls changes), then prints a verdict and writes a markdown report to share.",
		Example: `# answer the built-in questions; the verdict is printed, the report saved
itcheck

# save the report to a chosen file
itcheck --out itcheck-acme.md

# plain prompts for screen readers
itcheck --accessible`,
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
	return cmd
}

func runCheck(ctx context.Context, e *env, f checkFlags) error {
	set, err := loadSet(e, f.questions)
	if err != nil {
		return err
	}
	date, err := reportDate(f.date)
	if err != nil {
		return err
	}
	if f.out != "" && !f.force {
		if _, err := os.Stat(f.out); err == nil {
			return usageErrorf("%s already exists; choose another --out or add --force to replace it", f.out)
		}
	}
	if !f.accessible && !interactiveTerminal(e) {
		return usageErrorf("itcheck needs a terminal to ask its questions.\n" +
			"Without one, score an answers file: itcheck report --answers FILE\n" +
			"or answer with plain prompts: itcheck --accessible")
	}
	if f.noColor {
		os.Setenv("NO_COLOR", "1")
	}
	outcome, err := tui.Run(ctx, tui.Options{
		Set:         set,
		AskPath:     f.out == "",
		DefaultPath: "itcheck-" + date + ".md",
		Accessible:  f.accessible,
		In:          e.stdin,
		Out:         e.stderr,
	})
	switch {
	case errors.Is(err, tui.ErrAborted):
		fmt.Fprintln(e.stderr, "Stopped: nothing was saved.")
		return &exitError{code: exitInterrupted, err: err, shown: true}
	case err != nil:
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
	if err := writeReport(path, md, overwrite); err != nil {
		return err
	}
	printVerdict(e, result, path, f)
	return nil
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
// only, since the report holds them all.
func printVerdict(e *env, r *scoring.Result, path string, f checkFlags) {
	printText(e, r, report.TextOptions{Path: path, MaxRecommendations: 5, Explain: f.explain}, f.noColor, true)
}

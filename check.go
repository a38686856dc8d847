package main

import (
	"context"
	"os"
	"time"

	"github.com/spf13/cobra"

	"itcheck/internal/termout"
	"itcheck/session"
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
		Long: "Walks you through four areas (who calls the shots, IT resources, the IT\n" +
			"budget and who controls changes), then prints a verdict and writes a\n" +
			"markdown report to share. Your answers are kept as you go: if you stop, run\n" +
			"itcheck again to resume.",
		Example: `# answer the built-in questions: the verdict printed, the report saved
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
	fl.StringVar(&f.questions, "questions", "", "question set to use instead of the\nbuilt-in one (YAML)")
	fl.StringVarP(&f.out, "out", "o", "", "save the markdown report here instead of\nasking (- writes it to standard output)")
	fl.BoolVar(&f.force, "force", false, "replace the --out file if it exists")
	fl.BoolVar(&f.accessible, "accessible", os.Getenv("ACCESSIBLE") != "", "plain prompts for screen readers\n(also ACCESSIBLE=1)")
	fl.BoolVar(&f.noColor, "no-color", false, "no colours (also NO_COLOR=1)")
	fl.BoolVar(&f.explain, "explain", false, "explain why each area landed where it did")
	fl.StringVar(&f.date, "date", "", "date to record in the report, YYYY-MM-DD\n(default today)")
	fl.BoolVar(&f.resume, "resume", false, "go on with your unfinished answers\nwithout asking")
	fl.BoolVar(&f.fresh, "fresh", false, "start afresh, ignoring unfinished answers\n(they are replaced once you answer)")
	return cmd
}

// runCheck runs the interactive self-check (see session.Run). Usage and
// input problems are refused here, before anything is asked.
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
	if !f.accessible && !termout.Interactive(e.stdin, e.stderr) {
		return usageErrorf("itcheck needs a terminal to ask its questions.\n" +
			"Without one, score an answers file: itcheck report --answers FILE\n" +
			"or answer with plain prompts: itcheck --accessible")
	}
	_, err = session.Run(ctx, session.Options{
		Set: set, SetPath: f.questions, Out: f.out, Force: f.force,
		Date: date, Tool: "itcheck " + toolVersion(), Command: session.Command(),
		Accessible: f.accessible, NoColor: f.noColor, Explain: f.explain,
		Resume: f.resume, Fresh: f.fresh,
		Stdin: e.stdin, Stdout: e.stdout, Stderr: e.stderr,
		WriteReport: func(path string, data []byte, overwrite bool) error {
			return writeReport(e, path, data, overwrite)
		},
		Stuck: func(err error) {
			printError(e.stderr, err, nil)
			os.Exit(exitCode(err))
		},
	})
	return err
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

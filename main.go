// Command itcheck is a five-minute self-check: who is accountable for IT
// performance, and how hard can a business fairly push its IT team? It
// walks one person through four areas, scores the answers from a YAML
// question set, prints a verdict and writes a markdown report to share.
//
// This file wires the command line: the root command, its subcommands and
// the mapping from errors to exit codes. Each command lives in a file of
// its own.
package main

import (
	"context"
	_ "embed"
	"io"
	"os"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"itcheck/session"
)

// builtinSet is the question set asked when --questions is not given.
//
//go:embed questions.yaml
var builtinSet []byte

// Exit codes. A stop by a signal exits with 128 plus its number (see
// session.StopError).
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2 // bad usage or invalid input
	exitInterrupted = session.ExitInterrupted
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(&env{stdin: stdin, stdout: stdout, stderr: stderr})
	typeUsageErrors(root)
	root.SetArgs(args)
	root.SetIn(stdin)
	out := &trimmedLines{w: stdout} // for the help, which pads its lines
	root.SetOut(out)
	root.SetErr(stderr)
	// A command's own error is kept from fang: before handing over an
	// error, fang asks the terminal for its background colour, which
	// costs up to two seconds and, once the interactive flow has handed
	// the terminal back, can wait on an answer that never comes. Only
	// mistakes in the command line itself reach fang, whose styles are
	// kept for printing them. Every error is then printed by printError.
	var failed error
	keepErrors(root, &failed)
	var styles *fang.Styles
	err := fang.Execute(ctx, root,
		fang.WithVersion(toolVersion()),
		fang.WithErrorHandler(func(_ io.Writer, s fang.Styles, _ error) { styles = &s }),
	)
	if ferr := out.Flush(); ferr != nil && err == nil {
		err = ferr
	}
	if failed != nil {
		err = failed
	} else if err != nil {
		err = typeLateUsageError(root, args, err)
	}
	printError(stderr, err, styles)
	return exitCode(err)
}

// keepErrors makes every command of the tree under c hand its error to
// *failed instead of returning it.
func keepErrors(c *cobra.Command, failed *error) {
	if run := c.RunE; run != nil {
		c.RunE = func(cmd *cobra.Command, args []string) error {
			*failed = run(cmd, args)
			return nil
		}
	}
	for _, sub := range c.Commands() {
		keepErrors(sub, failed)
	}
}

// env is what commands read from and write to.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func newRoot(e *env) *cobra.Command {
	root := newCheckCommand(e)
	root.AddCommand(newValidateCommand(e), newSchemaCommand(e), newReportCommand(e), newShowCommand(e), newCompareCommand(e))
	// A mistyped command is answered with the commands within two edits
	// of it (reprot, shwo and comapre among them).
	root.SuggestionsMinimumDistance = 2
	// cobra's own words for it do not fit the help's 80 columns.
	root.InitDefaultCompletionCmd()
	if c, _, err := root.Find([]string{"completion"}); err == nil && c != root {
		c.Short = "Print a shell completion script"
	}
	return root
}

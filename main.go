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
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"itcheck/internal/safetext"
	"itcheck/questions"
)

// builtinSet is the question set asked when --questions is not given.
//
//go:embed questions.yaml
var builtinSet []byte

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise it comes from the module's build information.
var version = ""

// toolVersion returns the version recorded in reports.
func toolVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "v0.1.0"
}

// Exit codes.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2 // bad usage or invalid input
	exitInterrupted = 130
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(&env{stdin: stdin, stdout: stdout, stderr: stderr})
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	// A command's own error is kept from fang: before printing an error,
	// fang asks the terminal for its background colour, which costs up to
	// two seconds and, once the interactive flow has handed the terminal
	// back, can wait on an answer that never comes. Only mistakes in the
	// command line itself reach fang's styled error.
	var failed error
	keepErrors(root, &failed)
	err := fang.Execute(ctx, root,
		fang.WithVersion(toolVersion()),
		fang.WithErrorHandler(handleError),
	)
	if err == nil && failed != nil {
		err = failed
		printError(stderr, err)
	}
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
	return root
}

// exitError carries an exit code, and whether its message was already
// shown to the person (then nothing more is printed).
type exitError struct {
	code  int
	err   error
	shown bool
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErrorf reports bad usage or invalid input: exit code 2.
func usageErrorf(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// invalidInput marks an error about a file's content: exit code 2.
func invalidInput(err error) error {
	return &exitError{code: exitUsage, err: err}
}

func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	var ps questions.Problems
	if errors.As(err, &ps) {
		return exitUsage
	}
	if isUsageError(err) {
		return exitUsage
	}
	return exitFailure
}

// handleError prints a mistake in the command line (an unknown flag, a
// missing argument) in fang's style, with its pointer to --help.
func handleError(w io.Writer, styles fang.Styles, err error) {
	if isUsageError(err) {
		// cobra echoes the arguments it could not use as they were typed.
		fang.DefaultErrorHandler(w, styles, errors.New(safetext.Message(err.Error())))
		return
	}
	printError(w, err)
}

// printError prints a command's error once: problem lists one per line,
// in the file:line:column form editors understand, then a count; anything
// else as the plain line it is. Whatever a message quotes from a file or
// a file name, it is printed through safetext.Message (see say).
func printError(w io.Writer, err error) {
	var ee *exitError
	if errors.As(err, &ee) && ee.shown {
		return
	}
	var ps questions.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			say(w, "%s", p)
		}
		say(w, "%s", problemSummary(ps))
		return
	}
	say(w, "%v", err)
}

// say prints one message line: formatted, with every control or invisible
// character in it escaped (safetext.Message), so that nothing a message
// quotes, from a file or a file name, can act on a terminal.
func say(w io.Writer, format string, args ...any) {
	fmt.Fprintln(w, safetext.Message(fmt.Sprintf(format, args...)))
}

func problemSummary(ps questions.Problems) string {
	n, w := len(ps.Errors()), len(ps.Warnings())
	s := fmt.Sprintf("%d %s", n, plural(n, "error", "errors"))
	if w > 0 {
		s += fmt.Sprintf(", %d %s", w, plural(w, "warning", "warnings"))
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

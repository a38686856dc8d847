package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"charm.land/fang/v2"
	"github.com/agnivade/levenshtein"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"itcheck/internal/safetext"
	"itcheck/questions"
)

// exitError carries an exit code.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// ExitCode is the exit code the error asks for.
func (e *exitError) ExitCode() int { return e.code }

// usageErrorf reports bad usage or invalid input: exit code 2.
func usageErrorf(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// invalidInput marks an error about a file's content: exit code 2.
func invalidInput(err error) error {
	return &exitError{code: exitUsage, err: err}
}

// withExitCode gives err an exit code: its own, or code when it carries
// none.
func withExitCode(err error, code int) error {
	var ec interface{ ExitCode() int }
	if errors.As(err, &ec) {
		return err
	}
	return &exitError{code: code, err: err}
}

// usageError is a mistake in the command line that cobra found: an
// unknown flag or command, a flag without its value, arguments a command
// does not take, a required flag left out. It is printed in fang's
// style, with fang's pointer to --help. Exit code 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// ExitCode is 2: bad usage.
func (e *usageError) ExitCode() int { return exitUsage }

// typeUsageErrors makes cobra's usage errors *usageError where cobra
// reports them, for every command of the tree under root (cobra's help
// and completion commands included): flag errors through
// SetFlagErrorFunc, argument errors by wrapping each command's Args, and
// missing required flags by checking them before cobra does.
//
// The root command runs the check and takes no arguments, so a mistyped
// command reaches it as an argument: it is refused as an unknown command
// with the closest command's name, also when a flag of the meant command
// follows it (itcheck reprot --answers x), rather than as that flag.
func typeUsageErrors(root *cobra.Command) {
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		if args := cmd.Flags().Args(); cmd == root && len(args) > 0 {
			return &usageError{unknownCommand(root, args[0])}
		}
		return &usageError{unknownFlag(cmd, err)}
	})
	if args := root.Args; args != nil {
		root.Args = func(cmd *cobra.Command, a []string) error {
			if len(a) > 0 {
				return unknownCommand(cmd, a[0])
			}
			return args(cmd, a)
		}
	}
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if args := c.Args; args != nil {
			c.Args = func(cmd *cobra.Command, a []string) error {
				if err := args(cmd, a); err != nil {
					return &usageError{err}
				}
				return nil
			}
		}
		if c.PreRunE == nil && c.PreRun == nil {
			c.PreRunE = func(cmd *cobra.Command, _ []string) error {
				if err := cmd.ValidateRequiredFlags(); err != nil {
					return &usageError{missingFlags(cmd, err)}
				}
				if err := cmd.ValidateFlagGroups(); err != nil {
					return &usageError{err}
				}
				return nil
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// unknownCommand refuses name as a command of root, naming the closest
// commands when there are any (cobra's suggestions, within root's
// SuggestionsMinimumDistance), on one line.
func unknownCommand(root *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q for %q", name, root.CommandPath())
	var quoted []string
	for _, s := range root.SuggestionsFor(name) {
		quoted = append(quoted, strconv.Quote(s))
	}
	if len(quoted) > 0 {
		msg += " (did you mean " + strings.Join(quoted, " or ") + "?)"
	}
	return errors.New(msg)
}

// unknownFlag adds to pflag's "unknown flag: --formt" the flags of cmd
// nearest to the one typed, within two edits (a flag that starts with
// what was typed is nearest of all), when there are any; any other flag
// error is returned as it is.
func unknownFlag(cmd *cobra.Command, err error) error {
	typed, ok := strings.CutPrefix(err.Error(), "unknown flag: --")
	if !ok || typed == "" {
		return err
	}
	// The nearest flags: a flag the typed name begins counts as nearest.
	var near []string
	best := 3
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		d := levenshtein.ComputeDistance(typed, f.Name)
		if strings.HasPrefix(f.Name, typed) {
			d = 0
		}
		switch {
		case d > 2:
		case d < best:
			best, near = d, []string{"--" + f.Name}
		case d == best:
			near = append(near, "--"+f.Name)
		}
	})
	if len(near) == 0 {
		return err
	}
	return fmt.Errorf("%w (did you mean %s?)", err, strings.Join(near, " or "))
}

// missingFlags says which required flags of cmd were left out, each with
// what it is for, instead of cobra's `required flag(s) "answers" not set`.
func missingFlags(cmd *cobra.Command, err error) error {
	var missing []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if _, required := f.Annotations[cobra.BashCompOneRequiredFlag]; required && !f.Changed {
			missing = append(missing, fmt.Sprintf("--%s, the %s", f.Name, strings.ReplaceAll(f.Usage, "\n", " ")))
		}
	})
	if len(missing) == 0 {
		return err
	}
	return fmt.Errorf("%s needs %s", cmd.Name(), strings.Join(missing, " and "))
}

// typeLateUsageError types the argument errors of the commands fang adds
// while it executes (its hidden man command), which typeUsageErrors
// cannot reach: err, which cobra returned, is a usage error when the
// command that ran refuses its arguments.
func typeLateUsageError(root *cobra.Command, args []string, err error) error {
	var ec interface{ ExitCode() int }
	if errors.As(err, &ec) {
		return err
	}
	if cmd, _, ferr := root.Find(args); ferr == nil && cmd.ValidateArgs(cmd.Flags().Args()) != nil {
		return &usageError{err}
	}
	return err
}

// toldError is the failure of a command whose output has told it all
// (validate lists every problem on stdout): only its exit code is left.
type toldError struct {
	code int
	err  error
}

func (e *toldError) Error() string { return e.err.Error() }

// ExitCode is the exit code the error asks for.
func (e *toldError) ExitCode() int { return e.code }

// problemsError is a list of problems, one line each, then a summary
// line when there is one: exit code 2.
type problemsError struct {
	lines   []string
	summary string
}

func (e *problemsError) Error() string {
	s := strings.Join(e.lines, "\n")
	if e.summary != "" {
		s += "\n" + e.summary
	}
	return s
}

// ExitCode is 2: invalid input.
func (e *problemsError) ExitCode() int { return exitUsage }

// exitCode maps an error to the exit code: the one it carries (see
// ExitCode methods, session.StopError's included), 2 for a list of
// problems in a file, 1 for anything else.
func exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var ec interface{ ExitCode() int }
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	var ps questions.Problems
	if errors.As(err, &ps) {
		return exitUsage
	}
	return exitFailure
}

// printError prints an error, every error of every command, once, on w:
// a mistake in the command line in fang's style (styles, which fang
// made, are nil for any other error); problem lists one per line, in the
// file:line:column form editors understand, then a count; anything else
// as the plain line it is. Whatever a message quotes from a file or a
// file name, it is printed through safetext.Message (see say).
func printError(w io.Writer, err error, styles *fang.Styles) {
	var (
		ue   *usageError
		told *toldError
		pe   *problemsError
		ps   questions.Problems
	)
	switch {
	case err == nil, errors.As(err, &told):
	case errors.As(err, &ue) && styles != nil:
		// cobra echoes the arguments it could not use as they were typed.
		var b bytes.Buffer
		fang.DefaultErrorHandler(colorprofile.NewWriter(&b, os.Environ()), *styles, errors.New(safetext.Message(err.Error())))
		_, _ = w.Write(trimPadding(b.Bytes()))
	case errors.As(err, &pe):
		for _, l := range pe.lines {
			say(w, "%s", l)
		}
		if pe.summary != "" {
			say(w, "%s", pe.summary)
		}
	case errors.As(err, &ps):
		for _, p := range ps {
			say(w, "%s", p)
		}
		say(w, "%s", fileSummary(ps))
	default:
		say(w, "%v", err)
	}
}

// trimPadding removes the spaces fang pads its lines with to the width of
// the box, from each line that holds no escape sequence: where nothing is
// styled (a pipe, NO_COLOR), they are only trailing blanks in a log or a
// copied message. A styled line keeps them, as they may carry colour.
func trimPadding(out []byte) []byte {
	lines := bytes.SplitAfter(out, []byte("\n"))
	for i, l := range lines {
		if bytes.IndexByte(l, 0x1b) >= 0 {
			continue
		}
		body, nl := bytes.CutSuffix(l, []byte("\n"))
		trimmed := bytes.TrimRight(body, " ")
		if nl {
			trimmed = append(trimmed[:len(trimmed):len(trimmed)], '\n')
		}
		lines[i] = trimmed
	}
	return bytes.Join(lines, nil)
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

// fileSummary is problemSummary after the name of the file the problems
// are in, when they are all in one, as validate says it.
func fileSummary(ps questions.Problems) string {
	if len(ps) > 0 && ps[0].File != "" && !slices.ContainsFunc(ps, func(p questions.Problem) bool { return p.File != ps[0].File }) {
		return ps[0].File + ": " + problemSummary(ps)
	}
	return problemSummary(ps)
}

// shortList names items for a message: all of them when there are three
// or fewer ("a, b and c"), else the first three and how many more ("a, b,
// c and 2 more").
func shortList(items []string) string {
	const shown = 3
	list := items[:min(len(items), shown)]
	if more := len(items) - len(list); more > 0 {
		list = append(slices.Clip(list), fmt.Sprintf("%d more", more))
	}
	if n := len(list); n > 1 {
		return strings.Join(list[:n-1], ", ") + " and " + list[n-1]
	}
	return strings.Join(list, "")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

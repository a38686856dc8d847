package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"itcheck/internal/safetext"
	"itcheck/questions"
	"itcheck/scoring"
	"itcheck/tui"
)

// How long the flow has, after a stop signal, to return and restore the
// terminal before the process ends without it. The full-screen flow
// returns at once; a plain prompt may be blocked reading a line, and has
// no terminal state to restore.
const (
	stopGrace           = 3 * time.Second
	stopGraceAccessible = 200 * time.Millisecond
)

// checkRun is what an interactive self-check needs in order to stop or
// fail without losing answers.
type checkRun struct {
	e      *env
	f      checkFlags
	keeper *draftKeeper

	once   sync.Once
	result error // the stopped error, once told
}

// stopReason is why a self-check stopped before its end.
type stopReason struct {
	what   string // shown after "Stopped", e.g. " (SIGTERM)"
	code   int    // exit code
	signal bool   // a signal, which may come in the middle of a line prompt
}

// stopBySignal is a stop by signal s.
func stopBySignal(s syscall.Signal) stopReason {
	return stopReason{what: " (" + signalName(s) + ")", code: signalExitCode(s), signal: true}
}

// stopByKey is a stop by ctrl+c in the flow, or by the end of piped input
// in plain prompts.
func stopByKey(err error) stopReason {
	if msg := err.Error(); strings.HasPrefix(msg, tui.ErrAborted.Error()+": ") {
		return stopReason{what: ":" + strings.TrimPrefix(msg, tui.ErrAborted.Error()+":"), code: exitInterrupted}
	}
	return stopReason{what: " (ctrl+c)", code: exitInterrupted}
}

// stopped keeps the answers so far (a, or what the last change saved) and
// tells, in one line on stderr, what was kept and how to go on. Only the
// first call speaks; every call returns the same error.
func (c *checkRun) stopped(why stopReason, a *questions.Answers) error {
	c.once.Do(func() {
		kept, err := c.keeper.stop(a)
		var line string
		switch {
		case err != nil:
			line = fmt.Sprintf("Stopped%s. Your answers could not be kept: %v", why.what, err)
		case kept:
			line = fmt.Sprintf("Stopped%s. Your answers are kept: run %s again to resume.", why.what, c.command())
		default:
			line = fmt.Sprintf("Stopped%s. Nothing was answered yet.", why.what)
		}
		if why.signal && c.f.accessible {
			fmt.Fprintln(c.e.stderr) // end the prompt's line, where the cursor waits
		}
		fmt.Fprintln(c.e.stderr, line)
		c.result = &exitError{code: why.code, err: errors.New(line), shown: true}
	})
	return c.result
}

// stuck ends the process after a stop signal the flow did not return
// from in time. The draft saved at the last change is what is kept.
func (c *checkRun) stuck(s syscall.Signal) {
	os.Exit(exitCode(c.stopped(stopBySignal(s), nil)))
}

// command is the command line that resumes this self-check.
func (c *checkRun) command() string {
	if c.f.questions == "" {
		return "itcheck"
	}
	return "itcheck --questions " + shellQuote(c.f.questions)
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if _, _, bad := safetext.FindControl(s); bad {
		return fmt.Sprintf("%q", s)
	}
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:@+,=") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// keepReport handles a report that could not be written at path: it is
// kept in the state directory (or, when even that fails, printed after the
// verdict on stdout), the verdict names where it is, and the error says
// both. The draft stays until a report is saved where asked. Exit code 1.
func (c *checkRun) keepReport(r *scoring.Result, path string, md []byte, writeErr error, dark bool) error {
	e := c.e
	c.keeper.warn(e.stderr)
	var ee *exitError
	msg := writeErr.Error()
	if errors.As(writeErr, &ee) {
		msg = ee.err.Error()
	}
	kept, err := c.keeper.keepReport(path, md)
	if err != nil {
		printVerdict(e, r, "", c.f, dark)
		fmt.Fprintf(e.stdout, "\n%s", md)
		return withExitCode(fmt.Errorf("%s. Keeping it in the state folder failed too (%v), so the report follows the verdict on standard output", msg, err), exitFailure)
	}
	printVerdict(e, r, kept, c.f, dark)
	return withExitCode(fmt.Errorf("%s. It is kept at %s", msg, kept), exitFailure)
}

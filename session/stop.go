package session

import (
	"errors"
	"fmt"
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

// ExitInterrupted is the exit code of a self-check stopped with ctrl+c,
// SIGINT or the end of piped input.
const ExitInterrupted = 130

// StopError is a self-check stopped before its end. Its message is the
// one line to tell the person: why it stopped, whether the answers are
// kept, and how to go on.
type StopError struct {
	Code int            // exit code: 130 ctrl+c or SIGINT, 143 SIGTERM, 129 SIGHUP
	Sig  syscall.Signal // the signal that stopped it, or 0
	line string
}

// Error is the line telling the stop.
func (e *StopError) Error() string { return e.line }

// ExitCode is the exit code the process ends with.
func (e *StopError) ExitCode() int { return e.Code }

// ExitCode returns the exit code an error of Run asks for: a
// *StopError's, or 1.
func ExitCode(err error) int {
	var se *StopError
	if errors.As(err, &se) {
		return se.Code
	}
	return 1
}

// stopReason is why a self-check stopped before its end.
type stopReason struct {
	what string         // shown after "Stopped", e.g. " (SIGTERM)"
	code int            // exit code
	sig  syscall.Signal // the signal, which may come in the middle of a line prompt; 0 for a key
}

// stopBySignal is a stop by signal s.
func stopBySignal(s syscall.Signal) stopReason {
	return stopReason{what: " (" + signalName(s) + ")", code: signalExitCode(s), sig: s}
}

// stopByKey is a stop by ctrl+c in the flow, or by the end of piped input
// in plain prompts, which says where it ended.
func stopByKey(err error) stopReason {
	var ae *tui.AbortError
	if errors.As(err, &ae) && ae.Reason != "" {
		return stopReason{what: ": " + ae.Reason, code: ExitInterrupted}
	}
	return stopReason{what: " (ctrl+c)", code: ExitInterrupted}
}

// stopOnce makes the first stop the one told.
type stopOnce struct {
	once   sync.Once
	result error
}

// stopped keeps the answers so far (a, or what the last change saved)
// and returns the *StopError whose line tells what was kept and how to
// go on. Only the first call decides; every call returns the same error.
// exit, when not nil, is called with it inside the first call, so that a
// stop from the signal watcher ends the process before the flow's own
// return can tell the stop a second time.
func (s *session) stopped(why stopReason, a *questions.Answers, exit func(error)) error {
	s.stop.once.Do(func() {
		kept, err := s.keeper.stop(a)
		var line string
		switch {
		case err != nil:
			line = fmt.Sprintf("Stopped%s. Your answers could not be kept: %v", why.what, err)
		case kept:
			line = fmt.Sprintf("Stopped%s. Your answers are kept: run %s again to resume.", why.what, s.command())
		default:
			line = fmt.Sprintf("Stopped%s. Nothing was answered yet.", why.what)
		}
		if why.sig != 0 && s.o.Accessible {
			fmt.Fprintln(s.o.Stderr) // end the prompt's line, where the cursor waits
		}
		s.stop.result = &StopError{Code: why.code, Sig: why.sig, line: line}
		if exit != nil {
			exit(s.stop.result)
		}
	})
	return s.stop.result
}

// stuck ends the process after a stop signal the flow did not return
// from in time. The draft saved at the last change is what is kept.
func (s *session) stuck(sig syscall.Signal) {
	s.stopped(stopBySignal(sig), nil, s.o.Stuck)
}

// command is the command line that resumes this self-check.
func (s *session) command() string {
	if s.o.SetPath == "" {
		return "itcheck"
	}
	return "itcheck --questions " + shellQuote(s.o.SetPath)
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
// kept in the state folder (or, when even that fails, printed after the
// verdict on stdout), the verdict names where it is, and the error says
// both. The draft stays until a report is saved where asked. Exit code 1.
func (s *session) keepReport(r *scoring.Result, path string, md []byte, writeErr error, dark bool) error {
	o := s.o
	s.keeper.warn(o.Stderr)
	kept, err := s.keeper.keepReport(path, md)
	if err != nil {
		s.verdict(o.Stdout, r, "", dark)
		fmt.Fprintf(o.Stdout, "\n%s", md)
		return fmt.Errorf("%s. Keeping it in the state folder failed too (%v), so the report follows the verdict on standard output", writeErr.Error(), err)
	}
	s.verdict(o.Stdout, r, kept, dark)
	return fmt.Errorf("%s. It is kept at %s", writeErr.Error(), kept)
}

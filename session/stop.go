package session

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"itcheck/internal/safetext"
	"itcheck/internal/termout"
	"itcheck/internal/textblock"
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
		var line, cmd string
		switch {
		case err != nil:
			line = fmt.Sprintf("Stopped%s. Your answers could not be kept: %v", why.what, err)
		case kept:
			cmd = s.command()
			line = fmt.Sprintf("Stopped%s. Your answers are kept: run %s again to resume.", why.what, cmd)
		default:
			line = fmt.Sprintf("Stopped%s. Nothing was answered yet.", why.what)
		}
		line = wrapForTerminal(s.o.Stderr, line, cmd)
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

// wrapForTerminal wraps line at word boundaries to the width of w when w
// is a terminal, so that no line of it starts with the space the terminal
// would otherwise carry over; the line is kept whole for anything else
// (a file, a pipe). The command cmd in it, when not "", stays on one line
// when it fits, so that it can be copied as it is.
func wrapForTerminal(w io.Writer, line, cmd string) string {
	width, ok := terminalWidth(w)
	if !ok {
		return line
	}
	return wrapLine(line, cmd, width)
}

// terminalWidth is the width of w in cells when w is a terminal; ok is
// false for anything else (a file, a pipe), which has no width to fit.
func terminalWidth(w io.Writer) (width int, ok bool) {
	if !termout.IsTerminal(w) {
		return 0, false
	}
	return termout.For(nil, w, termout.Options{MaxWidth: math.MaxInt32}).Width, true
}

// wrapLine wraps line at word boundaries to width cells, keeping cmd in
// it together (see wrapForTerminal).
func wrapLine(line, cmd string, width int) string {
	const nbsp = "\u00a0"
	// A command wider than a line is left to break at its spaces, not
	// inside a word.
	held := cmd != "" && strings.Contains(cmd, " ") && !strings.Contains(line, nbsp) && ansi.StringWidth(cmd) <= width
	if held {
		line = strings.Replace(line, cmd, strings.ReplaceAll(cmd, " ", nbsp), 1)
	}
	line = strings.Join(textblock.Wrap(line, width), "\n")
	if held {
		line = strings.ReplaceAll(line, nbsp, " ")
	}
	return line
}

// stuck ends the process after a stop signal the flow did not return
// from in time. The draft saved at the last change is what is kept.
func (s *session) stuck(sig syscall.Signal) {
	s.stopped(stopBySignal(sig), nil, s.o.Stuck)
}

// command is the command line that resumes this self-check.
func (s *session) command() string {
	name := s.o.Command
	if name == "" {
		name = DefaultCommand
	}
	if s.o.SetPath == "" {
		return name
	}
	return name + " --questions " + shellQuote(s.o.SetPath)
}

// shellQuote quotes s so that a POSIX shell (bash, zsh, ksh, sh as of
// POSIX.1-2024) reads back exactly its bytes: as it is when it holds only
// characters no shell treats specially, in single quotes when it holds
// other printable text, and ANSI-C quoted ($'...') when it holds a control
// or invisible character (tab and newline included) or is not valid
// UTF-8. The result never holds a raw control character: it can be
// printed as it is, and safetext.Message leaves it unchanged.
func shellQuote(s string) string {
	if needsANSIC(s) {
		return ansiCQuote(s)
	}
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:@+,=") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// needsANSIC reports whether s holds a byte that single quotes would
// keep raw in the printed line: a control or invisible character, a tab
// or newline, or a byte of invalid UTF-8.
func needsANSIC(s string) bool {
	if !utf8.ValidString(s) || strings.ContainsAny(s, "\t\n") {
		return true
	}
	_, _, bad := safetext.FindControl(s)
	return bad
}

// ansiCQuote writes s as $'...': backslash, single quote, tab, newline
// and carriage return get their escapes, every other byte of a control
// or invisible character, and every byte of invalid UTF-8, a three-digit
// octal escape. Octal, not \xHH: POSIX leaves \x followed by more than
// two hex digits unspecified (some shells read them all), while \NNN takes at
// most three digits in every shell, so a digit after it stays a digit.
func ansiCQuote(s string) string {
	var b strings.Builder
	b.WriteString("$'")
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\'':
			b.WriteString(`\'`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == utf8.RuneError && size == 1, safetext.IsControl(r):
			for _, c := range []byte(s[i : i+size]) {
				fmt.Fprintf(&b, `\%03o`, c)
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	b.WriteByte('\'')
	return b.String()
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

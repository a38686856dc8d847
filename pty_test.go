package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"itcheck/questions"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
)

// buildBinary builds the real itcheck binary into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "itcheck")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// terminalTest begins a test that builds the binary and drives it in a
// pseudo-terminal: it runs beside the other such tests, is skipped with
// -short, and returns the built-in question set and the binary.
func terminalTest(t *testing.T) (*questions.Set, string) {
	t.Helper()
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the binary and drives it in a terminal")
	}
	set, err := questions.Parse("questions.yaml", builtinSet)
	if err != nil {
		t.Fatal(err)
	}
	return set, buildBinary(t)
}

// ptySession runs a command in a pseudo-terminal and keeps a virtual
// screen of what it drew, so tests wait for what a person would see
// rather than for bytes in a diff-rendered stream.
type ptySession struct {
	t    *testing.T
	cmd  *exec.Cmd
	tty  *os.File
	mu   sync.Mutex
	term *vt.Emulator
	raw  bytes.Buffer // everything the program wrote
	// wrote gets a value whenever the program has written something new,
	// so that waiting for the screen means waiting for the program.
	wrote chan struct{}
	done  chan struct{}
	err   error // from cmd.Wait, once done is closed
}

// startPTY starts bin with args in a width x height terminal, in dir,
// with env added to a minimal environment.
func startPTY(t *testing.T, dir string, width, height int, env []string, bin string, args ...string) *ptySession {
	t.Helper()
	cmd := ptyCommand(dir, env, bin, args...)
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(width), Rows: uint16(height)})
	if err != nil {
		t.Fatalf("start in a pty: %v", err)
	}
	return attachPTY(t, cmd, tty, width, height)
}

// ptyCommand is the command startPTY runs: bin with args in dir, with env
// added to a minimal environment.
func ptyCommand(dir string, env []string, bin string, args ...string) *exec.Cmd {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append([]string{
		"HOME=" + dir,
		"PATH=" + os.Getenv("PATH"),
		"TERM=xterm-256color",
		"XDG_STATE_HOME=" + filepath.Join(dir, ".state"),
	}, env...)
	return cmd
}

// attachPTY follows cmd, started in the pseudo-terminal whose master is
// tty, on a virtual screen of width x height.
func attachPTY(t *testing.T, cmd *exec.Cmd, tty *os.File, width, height int) *ptySession {
	s := &ptySession{t: t, cmd: cmd, tty: tty, term: vt.NewEmulator(width, height),
		wrote: make(chan struct{}, 1), done: make(chan struct{})}
	// The emulator answers the program's terminal queries (size, colours)
	// the way a real terminal would.
	copied := make(chan struct{})
	go func() {
		defer close(copied)
		_, _ = io.Copy(tty, s.term)
	}()
	drained := make(chan struct{})
	go func() {
		defer close(drained)
		buf := make([]byte, 4096)
		for {
			n, err := tty.Read(buf)
			if n > 0 {
				s.mu.Lock()
				s.raw.Write(buf[:n])
				_, _ = s.term.Write(buf[:n])
				s.mu.Unlock()
				select {
				case s.wrote <- struct{}{}:
				default: // a wake-up is pending already
				}
			}
			if err != nil {
				return
			}
		}
	}()
	go func() {
		s.err = cmd.Wait()
		// What the program wrote last may still be in the pty: done means
		// it has been read too. The read ends once no one holds the
		// terminal's other side; a test that holds it gets a short wait.
		select {
		case <-drained:
		case <-time.After(2 * time.Second):
		}
		close(s.done)
	}()
	t.Cleanup(func() {
		select {
		case <-s.done:
		default:
			_ = cmd.Process.Kill()
			<-s.done
		}
		tty.Close()
		// Ending the emulator's answers by closing their pipe, rather than
		// with Emulator.Close, which races with the Read io.Copy is in.
		if c, ok := s.term.InputPipe().(io.Closer); ok {
			_ = c.Close()
		}
		<-copied
	})
	return s
}

// screen returns the visible screen as text.
func (s *ptySession) screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.term.String()
}

// output returns everything the program wrote so far.
func (s *ptySession) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.raw.String()
}

// waitFor waits until the screen shows want, looking again each time the
// program writes. The deadline only stops a test whose program never gets
// there.
func (s *ptySession) waitFor(want string) {
	s.t.Helper()
	s.waitUntil(func() bool { return strings.Contains(s.screen(), want) },
		func() string { return fmt.Sprintf("screen never showed %q; screen:\n%s", want, s.screen()) })
}

// waitUntil waits until ok holds, checking it again each time the program
// writes, and fails with why() after 15 seconds or when the program has
// exited without ok holding.
func (s *ptySession) waitUntil(ok func() bool, why func() string) {
	s.t.Helper()
	deadline := time.After(15 * time.Second)
	for !ok() {
		select {
		case <-s.wrote:
		case <-s.done:
			if !ok() {
				s.t.Fatalf("program exited (%v): %s", s.err, why())
			}
			return
		case <-deadline:
			s.t.Fatal(why())
		}
	}
}

// finishReview waits for the review, goes down to its last line ("Looks
// right — finish"), takes it and expects the program to exit with 0.
func (s *ptySession) finishReview() {
	s.t.Helper()
	s.waitFor("Review your answers")
	for range 40 {
		s.send(keyDown)
	}
	s.waitFor("Looks right")
	s.send(keyEnter)
	if code := s.wait(); code != 0 {
		s.t.Fatalf("exit code %d; screen:\n%s", code, s.screen())
	}
}

// send types keys into the terminal.
func (s *ptySession) send(keys ...string) {
	s.t.Helper()
	for _, k := range keys {
		if _, err := s.tty.WriteString(k); err != nil {
			s.t.Fatalf("send %q: %v", k, err)
		}
	}
}

// wait waits for the program to exit and returns its exit code.
func (s *ptySession) wait() int {
	s.t.Helper()
	select {
	case <-s.done:
	case <-time.After(20 * time.Second):
		// Ask the Go runtime for its goroutines, to see where it hangs.
		_ = s.cmd.Process.Signal(syscall.SIGQUIT)
		time.Sleep(2 * time.Second)
		if !s.mu.TryLock() {
			s.t.Fatalf("program did not exit, and the pty reader is stuck")
		}
		out := s.raw.String()
		s.mu.Unlock()
		s.t.Fatalf("program did not exit; its output after SIGQUIT:\n%s", out[max(len(out)-12000, 0):])
	}
	if s.err == nil {
		return 0
	}
	if ee, ok := s.err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	s.t.Fatalf("wait: %v", s.err)
	return -1
}

// Keys as a terminal sends them.
const (
	keyEnter    = "\r"
	keyDown     = "\x1b[B"
	keyShiftTab = "\x1b[Z"
	keyCtrlC    = "\x03"
)

//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"go.yaml.in/yaml/v3"
	"golang.org/x/sys/unix"

	"itcheck/drafts"
	"itcheck/questions"
)

// The self-check is stopped at several places by each stop signal (and
// by ctrl+c and kill -9), then resumed and finished. Each time: the exit
// code and the one line that says how to go on, the terminal left as it
// was found (settings, main screen, cursor), the draft holding every
// answer given, and a final report equal, byte for byte, to the report of
// the same answers given in one go.

// stopCase is one place to stop at and one way to stop.
type stopCase struct {
	name   string
	at     int            // the step of the walk on screen when stopped
	note   bool           // the last area's note is typed (not yet confirmed) when stopped
	stop   syscall.Signal // the signal sent; 0 for ctrl+c typed
	code   int            // the exit code
	prompt bool           // resume by answering the question rather than with --resume
}

const keptNote = "kept note"

func TestInterruptResumeInPTY(t *testing.T) {
	set, bin := terminalTest(t)
	w := newWalk(set)
	want := expectedReport(t, bin, set)

	q := w.questionStep // the step of question n
	cases := []stopCase{
		{name: "first question/SIGTERM", at: q(1), stop: syscall.SIGTERM, code: 143},
		{name: "mid area 2/SIGINT", at: q(7), stop: syscall.SIGINT, code: 130},
		{name: "mid area 2/SIGTERM", at: q(7), stop: syscall.SIGTERM, code: 143},
		{name: "mid area 2/SIGHUP", at: q(7), stop: syscall.SIGHUP, code: 129, prompt: true},
		{name: "area 4 notes/SIGHUP", at: w.notesStep(len(set.Areas)), note: true, stop: syscall.SIGHUP, code: 129},
		{name: "review/SIGINT", at: len(w.steps) - 1, stop: syscall.SIGINT, code: 130},
		{name: "area 1/ctrl+c", at: q(3), code: 130},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			out := filepath.Join(dir, "report.md")
			s, before := startPTYSettings(t, dir, bin, "--out", out, "--date", "2026-11-27")
			w.run(s, 0, c.at, 0)
			if c.note {
				s.send(keptNote)
				s.waitFor(keptNote)
			}
			how := "ctrl+c"
			if c.stop == 0 {
				s.send(keyCtrlC)
			} else {
				how = map[syscall.Signal]string{syscall.SIGINT: "ctrl+c or SIGINT", syscall.SIGTERM: "SIGTERM", syscall.SIGHUP: "SIGHUP"}[c.stop]
				if err := s.cmd.Process.Signal(c.stop); err != nil {
					t.Fatal(err)
				}
			}
			if code := s.wait(); code != c.code {
				t.Fatalf("exit code %d, want %d; output:\n%q", code, c.code, s.output())
			}
			line := fmt.Sprintf("Stopped (%s). Your answers are kept: run itcheck again to resume.", how)
			s.waitOutput(line)
			checkRestored(t, s, before, line)
			page := checkDraft(t, dir, set, w, c)

			args := []string{"--out", out, "--date", "2026-11-27"}
			if !c.prompt {
				args = append(args, "--resume")
			}
			r := startPTY(t, dir, 100, 30, []string{"NO_COLOR=1"}, bin, args...)
			if c.prompt {
				r.waitFor("You have unfinished answers")
				r.waitFor("Resume")
				r.send(keyEnter)
			}
			done := c.at
			if c.note {
				done++ // the note typed is there
			}
			w.run(r, w.resumeStep(page, done), len(w.steps), done)
			if code := r.wait(); code != 0 {
				t.Fatalf("resumed run: exit code %d; screen:\n%s", code, r.screen())
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("the resumed report differs from the report of the same answers:\n%s\nwant:\n%s", got, want)
			}
			if _, err := os.Stat(filepath.Join(dir, ".state", "itcheck", set.ID+".draft.yaml")); !os.IsNotExist(err) {
				t.Errorf("the draft is still there once the report is saved (%v)", err)
			}
		})
	}

	// Stopped while asked whether to resume: the draft is untouched.
	t.Run("resume question/SIGTERM", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		store := drafts.Store{Dir: filepath.Join(dir, ".state", "itcheck")}
		saved := drafts.Draft{SetID: set.ID, SetVersion: set.Version, SetHash: set.Hash, Role: "it-lead", Area: 2,
			Answers: map[string]questions.Choice{w.questions[0].ID: questions.Single(w.choice(1))},
			Saved:   time.Date(2026, 11, 26, 9, 30, 0, 0, time.Local)}
		if err := store.Save(saved); err != nil {
			t.Fatal(err)
		}
		s, before := startPTYSettings(t, dir, bin, "--date", "2026-11-27")
		s.waitFor("You have unfinished answers from 26 Nov 2026 09:30: 1 of 15 answered, last at area 2 of 4.")
		if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if code := s.wait(); code != 143 {
			t.Fatalf("exit code %d, want 143; output:\n%q", code, s.output())
		}
		line := "Stopped (SIGTERM). Your answers are kept: run itcheck again to resume."
		s.waitOutput(line)
		checkRestored(t, s, before, line)
		if d, err := store.Load(set.ID); err != nil || d == nil || !d.Saved.Equal(saved.Saved) || len(d.Answers) != 1 {
			t.Errorf("the draft changed: %+v, %v", d, err)
		}
	})

	// Plain prompts block reading a line: a stop signal still ends the
	// run at once, with what was answered kept.
	t.Run("accessible/SIGINT", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		s, before := startPTYSettings(t, dir, bin, "--accessible", "--date", "2026-11-27")
		s.waitFor("Who is answering?")
		s.send("3\r") // IT lead
		s.waitFor("Question 1 of 15")
		if err := s.cmd.Process.Signal(syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		if code := s.wait(); code != 130 {
			t.Fatalf("exit code %d, want 130; output:\n%q", code, s.output())
		}
		line := "Stopped (ctrl+c or SIGINT). Your answers are kept: run itcheck again to resume."
		s.waitOutput(line)
		checkRestored(t, s, before, line)
		d, err := drafts.Store{Dir: filepath.Join(dir, ".state", "itcheck")}.Load(set.ID)
		if err != nil || d == nil || d.Role != "it-lead" {
			t.Errorf("the role answered is not in the draft: %+v, %v", d, err)
		}
	})

	// kill -9 cannot be caught: what was answered before it is in the
	// draft all the same, and the check resumes from there.
	t.Run("mid area 3/SIGKILL", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		out := filepath.Join(dir, "report.md")
		s, before := startPTYSettings(t, dir, bin, "--out", out, "--date", "2026-11-27")
		at := q(10)
		w.run(s, 0, at, 0)
		if err := s.cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		s.wait()
		// Nothing can restore the terminal after kill -9: the comparison
		// that checkRestored makes sees it.
		if after, err := unix.IoctlGetTermios(int(s.tty.Fd()), ioctlGetTermios); err != nil || after.Lflag == before.Lflag {
			t.Errorf("the terminal settings look restored after kill -9 (%v): the comparison cannot tell", err)
		}
		page := checkDraft(t, dir, set, w, stopCase{at: at})
		r := startPTY(t, dir, 100, 30, []string{"NO_COLOR=1"}, bin, "--out", out, "--date", "2026-11-27", "--resume")
		w.run(r, w.resumeStep(page, at), len(w.steps), at)
		if code := r.wait(); code != 0 {
			t.Fatalf("resumed run: exit code %d; screen:\n%s", code, r.screen())
		}
		if got, _ := os.ReadFile(out); string(got) != string(want) {
			t.Errorf("the resumed report differs from the report of the same answers:\n%s", got)
		}
	})
}

// startPTYSettings starts bin like startPTY, in a 100x30 terminal, and
// returns the terminal's settings from before the program ran.
func startPTYSettings(t *testing.T, dir, bin string, args ...string) (*ptySession, *unix.Termios) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Fatal(err)
	}
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: 100, Rows: 30}); err != nil {
		t.Fatal(err)
	}
	before, err := unix.IoctlGetTermios(int(ptmx.Fd()), ioctlGetTermios)
	if err != nil {
		t.Fatal(err)
	}
	cmd := ptyCommand(dir, []string{"NO_COLOR=1"}, bin, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close()
	return attachPTY(t, cmd, ptmx, 100, 30), before
}

// checkRestored checks that the stopped program left the terminal as it
// found it: the same settings (echo, line mode, signals, ...), the main
// screen, the cursor shown, and the line saying how to resume written on
// the main screen, after the alternate one was left.
func checkRestored(t *testing.T, s *ptySession, before *unix.Termios, line string) {
	t.Helper()
	after, err := unix.IoctlGetTermios(int(s.tty.Fd()), ioctlGetTermios)
	if err != nil {
		t.Fatal(err)
	}
	if after.Iflag != before.Iflag || after.Oflag != before.Oflag || after.Cflag != before.Cflag ||
		after.Lflag != before.Lflag || after.Cc != before.Cc {
		t.Errorf("terminal settings not restored:\nbefore %+v\nafter  %+v", *before, *after)
	}
	var alt, hidden bool
	s.waitUntil(func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		alt, hidden = s.term.IsAltScreen(), s.term.CursorHidden()
		return !alt && !hidden
	}, func() string {
		return fmt.Sprintf("terminal left in the alternate screen (%v) or with the cursor hidden (%v)", alt, hidden)
	})
	out := s.output()
	if strings.Count(out, line) != 1 || strings.LastIndex(out, "\x1b[?1049l") > strings.Index(out, line) {
		t.Errorf("want the line %q once, after leaving the alternate screen; output:\n%q", line, out)
	}
	if !strings.Contains(s.screen(), line) {
		t.Errorf("the main screen does not show %q:\n%s", line, s.screen())
	}
}

// checkDraft checks that the draft holds exactly the answers given before
// the stop (and the typed note), and returns its page.
func checkDraft(t *testing.T, dir string, set *questions.Set, w *walk, c stopCase) int {
	t.Helper()
	d, err := drafts.Store{Dir: filepath.Join(dir, ".state", "itcheck")}.Load(set.ID)
	if err != nil || d == nil {
		t.Fatalf("no draft after the stop: %v", err)
	}
	if d.Role != "it-lead" || d.SetHash != set.Hash {
		t.Errorf("draft role %q, hash %q", d.Role, d.SetHash)
	}
	for n, q := range w.questions {
		c2, ok := d.Answers[q.ID]
		answered := w.questionStep(n+1) < c.at
		switch {
		case answered && !ok:
			t.Errorf("question %d (%s), answered before the stop, is not in the draft", n+1, q.ID)
		case !answered && ok:
			t.Errorf("question %d (%s), not answered, is in the draft as %v", n+1, q.ID, c2.IDs)
		case ok && !slices.Equal(c2.IDs, []string{w.choice(n + 1)}):
			t.Errorf("question %d (%s) is %v in the draft, want %s", n+1, q.ID, c2.IDs, w.choice(n+1))
		}
	}
	last := set.Areas[len(set.Areas)-1].ID
	if got := d.Notes[last]; c.note && got != keptNote {
		t.Errorf("the typed note is %q in the draft, want %q", got, keptNote)
	}
	if want := w.steps[c.at].page; d.Area != want {
		t.Errorf("draft page %d, want %d", d.Area, want)
	}
	return d.Area
}

// expectedReport is the report of the walk's answers given in one go,
// written by itcheck report.
func expectedReport(t *testing.T, bin string, set *questions.Set) []byte {
	t.Helper()
	w := newWalk(set)
	a := map[string]any{"set": set.ID, "version": set.Version, "role": "it-lead",
		"notes": map[string]string{set.Areas[len(set.Areas)-1].ID: keptNote}}
	answers := map[string]any{}
	for n, q := range w.questions {
		if q.Multi() {
			answers[q.ID] = []string{w.choice(n + 1)}
		} else {
			answers[q.ID] = w.choice(n + 1)
		}
	}
	a["answers"] = answers
	data, err := yaml.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "answers.yaml")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "report", "--answers", path, "--format", "markdown", "--date", "2026-11-27").Output()
	if err != nil {
		t.Fatalf("itcheck report: %v", err)
	}
	return out
}

// waitOutput waits until the program's output holds want, also after it
// exited (the last bytes may still be on their way).
func (s *ptySession) waitOutput(want string) {
	s.t.Helper()
	s.waitUntil(func() bool { return strings.Contains(s.output(), want) },
		func() string { return fmt.Sprintf("output never showed %q; output:\n%q", want, s.output()) })
}

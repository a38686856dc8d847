package tui

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"itcheck/questions"
)

func TestSavePathExistingAsksToReplace(t *testing.T) {
	s := smallSet(t)
	dir := t.TempDir()
	existing := filepath.Join(dir, "report.md")
	if err := os.WriteFile(existing, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, Options{Set: s, Initial: allAnswered(s, "exec"), StartArea: len(s.Areas) + 1,
		AskPath: true, DefaultPath: existing}, 100, 30)
	finishReview(t, d)
	d.mustSee("Where should the report be saved?")
	d.mustSee(existing)
	d.send(enter)
	d.mustSee("exists. Replace")
	d.send(runeKey('n')) // back to the input
	if d.m.done || d.m.save.confirm {
		t.Fatal("n did not go back to the input")
	}
	d.send(enter)
	d.mustSee("exists. Replace")
	d.send(runeKey('y'))
	if !d.m.done {
		t.Fatal("not done after y")
	}
	if o := d.m.Outcome(); o.Path != existing || !o.Overwrite {
		t.Fatalf("outcome: %q overwrite=%v", o.Path, o.Overwrite)
	}
}

func TestSavePathNewFile(t *testing.T) {
	s := smallSet(t)
	dir := t.TempDir()
	d := newDriver(t, Options{Set: s, Initial: allAnswered(s, "exec"), StartArea: len(s.Areas) + 1,
		AskPath: true, DefaultPath: filepath.Join(dir, "a.md")}, 100, 30)
	finishReview(t, d)
	for range len("a.md") {
		d.send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	d.typeText("b.md")
	d.send(enter)
	if !d.m.done {
		t.Fatalf("not done:\n%s", d.view())
	}
	if o := d.m.Outcome(); o.Path != filepath.Join(dir, "b.md") || o.Overwrite {
		t.Fatalf("outcome: %q overwrite=%v", o.Path, o.Overwrite)
	}
}

// Every page fits the terminal, at the smallest and a common size.
func TestViewsFit(t *testing.T) {
	t.Parallel()
	s := realSet(t)
	for _, sz := range [][2]int{{40, 12}, {100, 30}, {80, 24}} {
		w, h := sz[0], sz[1]
		check := func(what string, d *driver) {
			t.Helper()
			v := d.view()
			if got := lipgloss.Height(v); got > h {
				t.Errorf("%dx%d %s: %d lines:\n%s", w, h, what, got, v)
			}
			for _, line := range strings.Split(v, "\n") {
				if ansi.StringWidth(line) > w {
					t.Errorf("%dx%d %s: line too wide: %q", w, h, what, line)
				}
			}
			if !strings.Contains(v, "ctrl+c quit") {
				t.Errorf("%dx%d %s: keys not shown:\n%s", w, h, what, v)
			}
		}
		d := newDriver(t, Options{Set: s, AskPath: true, DefaultPath: "x.md"}, w, h)
		check("welcome", d)
		d.send(enter)
		for i := range s.Areas {
			for range len(s.Areas[i].Questions) + 1 {
				check(d.m.area.area.ID+"/"+d.focusedKey(), d)
				d.send(enter)
				if d.m.area.status != "" {
					// Enter on a multi question with nothing ticked: the
					// message fits too; tab leaves the question open.
					check(d.m.area.area.ID+"/"+d.focusedKey()+" with a message", d)
					d.send(tea.KeyPressMsg{Code: tea.KeyTab})
				}
			}
		}
		check("review", d)
		finishReview(t, d)
		check("review with unanswered", d)
		d.send(runeKey('?'))
		check("review after ? (full help)", d)
		d2 := newDriver(t, Options{Set: s, Initial: allAnswered(s, "exec"), StartArea: len(s.Areas) + 1, AskPath: true, DefaultPath: "x.md"}, w, h)
		finishReview(t, d2)
		check("save", d2)
	}
}

func TestDetailsShowWhatCompactHides(t *testing.T) {
	s := smallSet(t)
	d := newDriver(t, Options{Set: s}, 40, 12)
	d.send(enter)
	if strings.Contains(d.view(), "Think of the last few projects.") {
		t.Fatal("help shown in compact mode")
	}
	d.send(tea.KeyPressMsg{Code: 'o', Mod: tea.ModCtrl})
	d.mustSee("Think of the last few projects.")
	d.mustSee("Whether IT works to a plan")
	d.send(tea.KeyPressMsg{Code: 'o', Mod: tea.ModCtrl})
	d.mustSee("> The business")
}

// runProgram runs Run against a pipe: what the test writes is what the
// person types.
func runProgram(t *testing.T, ctx context.Context, opts Options) (chan error, *io.PipeWriter, *Outcome) {
	t.Helper()
	pr, pw := io.Pipe()
	t.Cleanup(func() { pw.Close() })
	opts.In, opts.Out = pr, io.Discard
	var out Outcome
	errc := make(chan error, 1)
	go func() {
		o, err := Run(ctx, opts)
		out = o
		errc <- err
	}()
	return errc, pw, &out
}

func wait(t *testing.T, errc chan error) error {
	t.Helper()
	select {
	case err := <-errc:
		return err
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return")
		return nil
	}
}

func TestRunCtrlCAborts(t *testing.T) {
	s := smallSet(t)
	// The first change is the role; ctrl+c goes in once it is taken. A
	// pipe write returns only when the program has read it.
	changed := make(chan struct{}, 1)
	opts := Options{Set: s, OnChange: func(questions.Answers, int) {
		select {
		case changed <- struct{}{}:
		default:
		}
	}}
	errc, pw, out := runProgram(t, context.Background(), opts)
	if _, err := io.WriteString(pw, "\r"); err != nil { // Executive
		t.Fatal(err)
	}
	<-changed
	if _, err := io.WriteString(pw, "\x03"); err != nil { // ctrl+c
		t.Fatal(err)
	}
	if err := wait(t, errc); !errors.Is(err, ErrAborted) {
		t.Fatalf("err = %v, want ErrAborted", err)
	}
	if out.Answers == nil || out.Answers.Role != "exec" {
		t.Fatalf("answers so far lost: %+v", out.Answers)
	}
}

func TestRunContextCancel(t *testing.T) {
	s := smallSet(t)
	ctx, cancel := context.WithCancel(context.Background())
	errc, _, out := runProgram(t, ctx, Options{Set: s, Initial: allAnswered(s, "other")})
	cancel()
	if err := wait(t, errc); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if out.Answers == nil || out.Answers.Role != "other" || len(out.Answers.Answers) != s.QuestionCount() {
		t.Fatalf("answers so far lost: %+v", out.Answers)
	}
}

// A teatest walk through a real Program: keys in, answers out.
func TestProgramWalk(t *testing.T) {
	s := smallSet(t)
	p := newViewProbe()
	tm := teatest.NewTestModel(t, New(Options{Set: s}),
		teatest.WithInitialTermSize(100, 30),
		teatest.WithProgramOptions(
			tea.WithColorProfile(colorprofile.ASCII),
			tea.WithEnvironment([]string{"TERM=xterm-256color"}),
			tea.WithFilter(p.filter),
		))
	p.waitFor(t, tm, "Who is answering?")
	tm.Send(enter)
	p.waitFor(t, tm, "Question 1 of 6")
	tm.Send(down)
	tm.Send(enter)
	p.waitFor(t, tm, "Question 2 of 6")
	tm.Send(ctrlC)
	tm.WaitFinished(t, teatest.WithFinalTimeout(3*time.Second))
	m := tm.FinalModel(t).(Model)
	if !m.aborted || choice(m.Outcome(), "dir-driver") != "it" {
		t.Fatalf("aborted=%v answers=%+v", m.aborted, m.Outcome().Answers)
	}
}

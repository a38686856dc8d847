package session

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"itcheck/drafts"
	"itcheck/questions"
	"itcheck/tui"
)

// harness runs Run with fakes for the terminal UI, the report file and
// the signals, and records what they saw.
type harness struct {
	t              *testing.T
	set            *questions.Set
	store          drafts.Store
	stdout, stderr bytes.Buffer
	sigs           fakeSignals

	flowOpts *tui.Options      // what the flow was started with; nil when it was not
	asked    []tui.Choice      // the questions asked before the flow
	answer   bool              // the answer Ask gives
	written  map[string][]byte // reports written, by path
	writeErr error             // the failure WriteReport returns, if any
	stuck    []error           // what Stuck was called with
	flow     func(context.Context, tui.Options) (tui.Outcome, error)
}

func newHarness(t *testing.T) *harness {
	h := &harness{t: t, store: stateIn(t), set: smallSet(t), answer: true, written: map[string][]byte{}}
	return h
}

func (h *harness) options() Options {
	return Options{
		Set: h.set, Date: "2026-11-27", Tool: "itcheck test", Out: "report.md",
		Stdin: strings.NewReader(""), Stdout: &h.stdout, Stderr: &h.stderr,
		WriteReport: func(path string, data []byte, overwrite bool) error {
			if h.writeErr != nil {
				return h.writeErr
			}
			h.written[path] = data
			return nil
		},
		Flow: func(ctx context.Context, o tui.Options) (tui.Outcome, error) {
			h.flowOpts = &o
			return h.flow(ctx, o)
		},
		Ask: func(_ context.Context, c tui.Choice, _ tui.Options) (bool, error) {
			h.asked = append(h.asked, c)
			return h.answer, nil
		},
		Pause:   func(context.Context, string, tui.Options) error { return nil },
		Signals: h.sigs.notify,
		Stuck:   func(err error) { h.stuck = append(h.stuck, err) },
	}
}

// answering is a flow that gives a, telling every change as the real one
// does, and then returns err.
func answering(a questions.Answers, err error) func(context.Context, tui.Options) (tui.Outcome, error) {
	return func(_ context.Context, o tui.Options) (tui.Outcome, error) {
		o.OnChange(a, 2)
		return tui.Outcome{Answers: &a, Dark: true}, err
	}
}

// A finished run writes the report where asked, prints the verdict on
// stdout and removes the draft it kept while the person answered.
func TestRunFinished(t *testing.T) {
	h := newHarness(t)
	h.flow = answering(fullAnswers(h.set), nil)
	o := h.options()
	o.NoColor = true
	out, err := Run(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	if out.Path != "report.md" || out.Result == nil || out.Result.Index == 0 {
		t.Errorf("outcome %+v", out)
	}
	md := h.written["report.md"]
	if !bytes.Contains(md, []byte("2026-11-27")) || !bytes.Contains(md, []byte("itcheck test")) {
		t.Errorf("report without its date:\n%s", md)
	}
	if !strings.Contains(h.stdout.String(), "Report written to report.md") {
		t.Errorf("verdict:\n%s", h.stdout.String())
	}
	if f := h.flowOpts; f == nil || f.AskPath || f.Initial != nil || !f.NoColor || f.DefaultPath != "itcheck-2026-11-27.md" {
		t.Errorf("flow options %+v", f)
	}
	if d, err := h.store.Load(h.set.ID); d != nil || err != nil {
		t.Errorf("draft left after the report was saved: %+v %v", d, err)
	}
	// What to do next goes to stderr, after the verdict: nothing else does.
	if want := NextSteps("", "report.md", "", true); len(h.asked) != 0 || h.stderr.String() != want {
		t.Errorf("asked %v, stderr %q, want %q", h.asked, h.stderr.String(), want)
	}
	if strings.Contains(h.stdout.String(), "itcheck show") {
		t.Errorf("the next steps are in the verdict on stdout:\n%s", h.stdout.String())
	}
}

// With --out -, the report goes to stdout, so the verdict goes to stderr.
func TestRunReportToStdout(t *testing.T) {
	h := newHarness(t)
	h.flow = answering(fullAnswers(h.set), nil)
	o := h.options()
	o.Out = "-"
	if _, err := Run(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	if h.stdout.Len() != 0 || !strings.Contains(h.stderr.String(), "Report written to standard output") {
		t.Errorf("stdout %q, stderr %q", h.stdout.String(), h.stderr.String())
	}
	// No file to show or compare: no next steps.
	if strings.Contains(h.stderr.String(), "itcheck show") {
		t.Errorf("next steps for a report on standard output:\n%s", h.stderr.String())
	}
}

// ctrl+c in the flow, or input that ends, stops with the answers kept
// and says how to go on; the reason of the abort is in the line.
func TestRunAborted(t *testing.T) {
	for abort, want := range map[*tui.AbortError]string{
		{}: "Stopped (ctrl+c). Your answers are kept: run itcheck again to resume.",
		{Reason: "the input ended before every question was answered"}: "Stopped: the input ended before every question was answered. Your answers are kept: run itcheck again to resume.",
	} {
		h := newHarness(t)
		a := someAnswers(h.set)
		h.flow = answering(a, abort)
		_, err := Run(context.Background(), h.options())
		var se *StopError
		if !errors.As(err, &se) || se.Code != 130 || err.Error() != want {
			t.Errorf("error %v, want %q", err, want)
		}
		if d, _ := h.store.Load(h.set.ID); d == nil || d.Role != "owner" || d.Area != 2 {
			t.Errorf("draft not kept: %+v", d)
		}
		if len(h.written) != 0 {
			t.Error("a report was written")
		}
	}
}

// A stop signal cancels the flow; the flow's answers are kept and the
// error carries the signal's exit code.
func TestRunSignal(t *testing.T) {
	h := newHarness(t)
	a := someAnswers(h.set)
	h.flow = func(ctx context.Context, o tui.Options) (tui.Outcome, error) {
		o.OnChange(a, 1)
		h.sigs.c <- syscall.SIGTERM
		<-ctx.Done()
		return tui.Outcome{Answers: &a}, ctx.Err()
	}
	_, err := Run(context.Background(), h.options())
	var se *StopError
	if !errors.As(err, &se) || se.Code != 143 || se.Sig != syscall.SIGTERM ||
		err.Error() != "Stopped (SIGTERM). Your answers are kept: run itcheck again to resume." {
		t.Errorf("error %v", err)
	}
	if len(h.stuck) != 0 || !h.sigs.stopped {
		t.Errorf("stuck %v, signals given back %v", h.stuck, h.sigs.stopped)
	}
}

// A flow that does not return after a signal (a plain prompt blocked on
// a read) is ended through Stuck, with the stop told once: the flow's
// late return gets the same error and tells nothing more.
func TestRunStuck(t *testing.T) {
	for name, grace := range map[string]time.Duration{"grace": time.Nanosecond, "second signal": time.Hour} {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t)
			release := make(chan struct{})
			h.flow = func(ctx context.Context, o tui.Options) (tui.Outcome, error) {
				o.OnChange(someAnswers(h.set), 1)
				h.sigs.c <- syscall.SIGHUP
				if grace == time.Hour {
					h.sigs.c <- syscall.SIGINT
				}
				<-release // blocked until the process would have ended
				return tui.Outcome{}, ctx.Err()
			}
			o := h.options()
			o.Grace = grace
			o.Stuck = func(err error) { h.stuck = append(h.stuck, err); close(release) }
			_, err := Run(context.Background(), o)
			want := "Stopped (SIGHUP). Your answers are kept: run itcheck again to resume."
			if len(h.stuck) != 1 || h.stuck[0].Error() != want || err != h.stuck[0] {
				t.Errorf("stuck %v, returned %v", h.stuck, err)
			}
		})
	}
}

// A draft left by an earlier run is offered; yes resumes it where it
// stopped, no starts afresh and says the draft will be replaced.
func TestRunResumeQuestion(t *testing.T) {
	for _, yes := range []bool{true, false} {
		h := newHarness(t)
		a := someAnswers(h.set)
		a.Notes = nil
		if err := h.store.Save(drafts.FromAnswers(&a, 2)); err != nil {
			t.Fatal(err)
		}
		h.answer = yes
		h.flow = answering(fullAnswers(h.set), nil)
		if _, err := Run(context.Background(), h.options()); err != nil {
			t.Fatal(err)
		}
		if len(h.asked) != 1 || h.asked[0].Yes != "Resume" ||
			!strings.Contains(h.asked[0].Question, "1 of 4 answered, last at area 2 of 2.") {
			t.Fatalf("asked %+v", h.asked)
		}
		f := h.flowOpts
		if yes && (f.Initial == nil || f.Initial.Role != "owner" || f.StartArea != 2) {
			t.Errorf("resumed with %+v at %d", f.Initial, f.StartArea)
		}
		if !yes && (f.Initial != nil || f.StartArea != 0 || !strings.Contains(h.stderr.String(), "Starting afresh")) {
			t.Errorf("afresh: %+v at %d, stderr %q", f.Initial, f.StartArea, h.stderr.String())
		}
	}
}

// --resume takes the draft without asking; --fresh ignores it.
func TestRunResumeFlags(t *testing.T) {
	for _, resume := range []bool{true, false} {
		h := newHarness(t)
		a := someAnswers(h.set)
		a.Notes = nil
		if err := h.store.Save(drafts.FromAnswers(&a, 1)); err != nil {
			t.Fatal(err)
		}
		h.flow = answering(fullAnswers(h.set), nil)
		o := h.options()
		o.Resume, o.Fresh = resume, !resume
		if _, err := Run(context.Background(), o); err != nil {
			t.Fatal(err)
		}
		if len(h.asked) != 0 || (h.flowOpts.Initial != nil) != resume {
			t.Errorf("resume %v: asked %v, initial %+v", resume, h.asked, h.flowOpts.Initial)
		}
	}
}

// A second run, whose draft another run holds, is asked; Stop ends it
// with nothing changed (130), and the flow never starts.
func TestRunHeldDraftStop(t *testing.T) {
	h := newHarness(t)
	l, err := h.store.Lock(h.set.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	h.answer = false
	h.flow = answering(fullAnswers(h.set), nil)
	_, err = Run(context.Background(), h.options())
	if ExitCode(err) != 130 || err.Error() != "Stopped. The other itcheck goes on with its answers; nothing was changed here." {
		t.Errorf("error %v", err)
	}
	if len(h.asked) != 1 || h.asked[0].Yes != "Separate draft" || !strings.Contains(h.asked[0].Question, "process "+strconv.Itoa(os.Getpid())) {
		t.Errorf("asked %+v", h.asked)
	}
	if h.flowOpts != nil {
		t.Error("the flow started")
	}
}

// A report that cannot be written is kept; the error says where (exit
// 1), and the draft stays for a later run.
func TestRunReportKept(t *testing.T) {
	h := newHarness(t)
	h.flow = answering(fullAnswers(h.set), nil)
	h.writeErr = errors.New("cannot write the report to report.md: permission denied")
	_, err := Run(context.Background(), h.options())
	if ExitCode(err) != 1 || !strings.HasPrefix(err.Error(), "cannot write the report to report.md: permission denied. It is kept at ") {
		t.Errorf("error %v", err)
	}
	if d, _ := h.store.Load(h.set.ID); d == nil {
		t.Error("the draft is gone although the report was not saved where asked")
	}
}

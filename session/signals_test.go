package session

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"
)

// fakeSignals stands in for signal.Notify: the test sends on the channel
// the watcher was given.
type fakeSignals struct {
	c       chan<- os.Signal
	stopped bool
}

func (f *fakeSignals) notify(c chan<- os.Signal) func() {
	f.c = c
	return func() { f.stopped = true }
}

// A stop signal cancels the flow's context and is remembered; a flow that
// returns in time is left to finish, and the signals are given back.
func TestStopWatchCancels(t *testing.T) {
	var sigs fakeSignals
	stuck := make(chan syscall.Signal, 1)
	ctx, w := watchStopSignals(context.Background(), time.Hour, sigs.notify, func(s syscall.Signal) { stuck <- s })
	sigs.c <- syscall.SIGHUP
	<-ctx.Done()
	if got := w.Caught(); got != syscall.SIGHUP {
		t.Errorf("caught %v, want SIGHUP", got)
	}
	w.finish()
	<-w.done // the watcher has returned
	if len(stuck) != 0 {
		t.Errorf("stuck called (%v) for a flow that returned", <-stuck)
	}
	if !sigs.stopped {
		t.Error("the signals are still caught after finish")
	}
	w.finish() // a second finish is harmless
}

// Without a signal, finish ends the watch and nothing is caught.
func TestStopWatchQuiet(t *testing.T) {
	var sigs fakeSignals
	ctx, w := watchStopSignals(context.Background(), time.Hour, sigs.notify, func(syscall.Signal) { t.Error("stuck called") })
	w.finish()
	<-w.done
	if w.Caught() != 0 {
		t.Errorf("caught %v", w.Caught())
	}
	if ctx.Err() == nil {
		t.Error("the context lives on after finish")
	}
}

// A flow that does not return within the grace period, or a second
// signal, ends the run through stuck, with the first signal.
func TestStopWatchStuck(t *testing.T) {
	for name, second := range map[string]bool{"grace": false, "second signal": true} {
		t.Run(name, func(t *testing.T) {
			grace := time.Nanosecond
			if second {
				grace = time.Hour
			}
			var sigs fakeSignals
			stuck := make(chan syscall.Signal, 1)
			_, w := watchStopSignals(context.Background(), grace, sigs.notify, func(s syscall.Signal) { stuck <- s })
			defer w.finish()
			sigs.c <- syscall.SIGTERM
			if second {
				sigs.c <- syscall.SIGINT
			}
			if s := <-stuck; s != syscall.SIGTERM {
				t.Errorf("stuck with %v, want SIGTERM", s)
			}
		})
	}
}

func TestSignalExitCodes(t *testing.T) {
	for s, want := range map[syscall.Signal]int{syscall.SIGINT: 130, syscall.SIGTERM: 143, syscall.SIGHUP: 129} {
		if got := signalExitCode(s); got != want {
			t.Errorf("%s: exit code %d, want %d", signalName(s), got, want)
		}
	}
}

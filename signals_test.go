//go:build unix

package main

import (
	"context"
	"syscall"
	"testing"
	"time"
)

// A stop signal cancels the flow's context and is remembered; a flow that
// returns in time is left to finish.
func TestStopWatchCancels(t *testing.T) {
	stuck := make(chan syscall.Signal, 1)
	ctx, w := watchStopSignals(context.Background(), time.Minute, func(s syscall.Signal) { stuck <- s })
	defer w.finish()
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("the context was not cancelled")
	}
	if got := w.Caught(); got != syscall.SIGHUP {
		t.Errorf("caught %v, want SIGHUP", got)
	}
	w.finish()
	select {
	case s := <-stuck:
		t.Errorf("stuck called (%v) for a flow that returned", s)
	case <-time.After(100 * time.Millisecond):
	}
}

// A flow that does not return within the grace period, or a second
// signal, ends the run through stuck, with the first signal.
func TestStopWatchStuck(t *testing.T) {
	for name, second := range map[string]bool{"grace": false, "second signal": true} {
		t.Run(name, func(t *testing.T) {
			grace := 200 * time.Millisecond
			if second {
				grace = time.Minute
			}
			stuck := make(chan syscall.Signal, 1)
			_, w := watchStopSignals(context.Background(), grace, func(s syscall.Signal) { stuck <- s })
			defer w.finish()
			if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			if second {
				for w.Caught() == 0 {
					time.Sleep(5 * time.Millisecond)
				}
				if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
					t.Fatal(err)
				}
			}
			select {
			case s := <-stuck:
				if s != syscall.SIGTERM {
					t.Errorf("stuck with %v, want SIGTERM", s)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("stuck was not called")
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

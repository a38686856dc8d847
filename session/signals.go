package session

import (
	"context"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// stopSignals are the signals that stop a self-check with its answers
// kept: ctrl+c outside the UI or kill (SIGINT), a service manager or kill
// -TERM (SIGTERM), a closed terminal or ssh session (SIGHUP).
var stopSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP}

// signalName names a stop signal the way kill(1) and shells do.
func signalName(s syscall.Signal) string {
	switch s {
	case syscall.SIGINT:
		// In a terminal, ctrl+c: the plain prompts leave it to the
		// terminal, which sends SIGINT, as kill -INT does.
		return "ctrl+c or SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	case syscall.SIGHUP:
		return "SIGHUP"
	}
	return s.String()
}

// signalExitCode is the exit code a shell reports for a process stopped by
// s: 128 plus the signal number (130 SIGINT, 143 SIGTERM, 129 SIGHUP).
func signalExitCode(s syscall.Signal) int {
	return 128 + int(s)
}

// stopWatch turns the stop signals into the cancellation of a context, so
// that the interactive flow returns on its own, the terminal restored and
// the answers in hand, instead of the process dying mid-draw.
//
// If the flow has not returned within a grace period after the signal (a
// plain prompt blocked reading a line), or a second signal comes, stuck is
// called on the watching goroutine; it is expected to end the process.
type stopWatch struct {
	sigs     chan os.Signal
	stopSigs func() // stops the delivery of signals to sigs
	cancel   context.CancelFunc
	finished chan struct{}
	done     chan struct{} // closed when the watching goroutine has returned
	once     sync.Once

	mu     sync.Mutex
	caught syscall.Signal // the first stop signal, 0 before one came
}

// watchStopSignals starts watching the signals notify delivers (the stop
// signals, by signal.Notify, when notify is nil). The returned context is
// cancelled on the first stop signal. Call finish once the flow has
// returned.
func watchStopSignals(parent context.Context, grace time.Duration, notify func(chan<- os.Signal) func(), stuck func(syscall.Signal)) (context.Context, *stopWatch) {
	ctx, cancel := context.WithCancel(parent)
	w := &stopWatch{
		sigs:     make(chan os.Signal, 2),
		cancel:   cancel,
		finished: make(chan struct{}),
		done:     make(chan struct{}),
	}
	if notify == nil {
		notify = notifyStopSignals
	}
	w.stopSigs = notify(w.sigs)
	go w.watch(grace, stuck)
	return ctx, w
}

// notifyStopSignals delivers the stop signals to c until the returned
// function is called.
func notifyStopSignals(c chan<- os.Signal) func() {
	signal.Notify(c, stopSignals...)
	return func() { signal.Stop(c) }
}

func (w *stopWatch) watch(grace time.Duration, stuck func(syscall.Signal)) {
	defer close(w.done)
	var first syscall.Signal
	select {
	case s := <-w.sigs:
		first, _ = s.(syscall.Signal)
	case <-w.finished:
		return
	}
	w.mu.Lock()
	w.caught = first
	w.mu.Unlock()
	w.cancel()
	timer := time.NewTimer(grace)
	defer timer.Stop()
	select {
	case <-w.finished:
	case <-timer.C:
		stuck(first)
	case <-w.sigs:
		stuck(first)
	}
}

// Caught returns the first stop signal received, or 0.
func (w *stopWatch) Caught() syscall.Signal {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.caught
}

// finish stops the watch: signals are no longer caught and stuck will not
// be called. It is safe to call more than once.
func (w *stopWatch) finish() {
	w.once.Do(func() {
		w.stopSigs()
		close(w.finished)
		w.cancel()
	})
}

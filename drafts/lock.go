package drafts

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Lock is one run's claim on a draft: while a run holds it, no other run
// of itcheck answers into that draft. It is an operating-system file lock
// (flock on Unix, LockFileEx on Windows), so it goes with the process
// that held it, however that process ended: a lock whose process is gone
// is simply taken. The lock file also says which process holds it, for
// the message another run shows.
type Lock struct {
	f    *os.File
	path string
}

// Holder is who holds a lock: a process id and when it started.
type Holder struct {
	PID     int
	Started time.Time // zero when the lock file did not say
}

// HeldError is returned by Store.Lock when another run holds the lock.
type HeldError struct {
	Path   string // the lock file
	Holder Holder
}

// Error says that another run holds the draft, and which one when known.
func (e *HeldError) Error() string {
	if e.Holder.PID == 0 {
		return "another itcheck is answering into this draft"
	}
	return fmt.Sprintf("another itcheck (process %d) is answering into this draft", e.Holder.PID)
}

// errWouldBlock is returned by tryLock when another process holds the lock.
var errWouldBlock = errors.New("the lock is held by another process")

// LockPath returns the lock file of the draft for question set setID.
func (s Store) LockPath(setID string) string {
	return filepath.Join(s.Dir, setID+s.Suffix+".lock")
}

// Lock claims the draft for question set setID for this process, creating
// the store's folder and the lock file when needed. It returns a
// *HeldError when another process holds it, and does not wait.
func (s Store) Lock(setID string) (*Lock, error) {
	if err := checkID(setID); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("draft not locked: %w", err)
	}
	path := s.LockPath(setID)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("draft not locked: %w", err)
	}
	if err := tryLock(f); err != nil {
		f.Close()
		if errors.Is(err, errWouldBlock) {
			return nil, &HeldError{Path: path, Holder: readHolder(path)}
		}
		return nil, fmt.Errorf("draft not locked: %w", err)
	}
	l := &Lock{f: f, path: path}
	// Who holds it, for the message another run shows. The lock itself
	// is the OS lock: a failure to write this is no reason to give it up.
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(fmt.Sprintf("pid %d\nstarted %s\n", os.Getpid(), started.Format(time.RFC3339))), 0)
	}
	return l, nil
}

// Unlock gives the lock up. The lock file stays: removing it could let
// two runs lock two different files of the same name.
func (l *Lock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := errors.Join(unlock(l.f), l.f.Close())
	l.f = nil
	return err
}

// readHolder reads who holds a lock from its file; fields it cannot read
// are left zero.
func readHolder(path string) Holder {
	var h Holder
	f, err := os.Open(path)
	if err != nil {
		return h
	}
	defer f.Close()
	data, _ := io.ReadAll(io.LimitReader(f, 512))
	for _, line := range strings.Split(string(data), "\n") {
		k, v, _ := strings.Cut(strings.TrimSpace(line), " ")
		switch k {
		case "pid":
			if n, err := strconv.Atoi(v); err == nil && n > 0 {
				h.PID = n
			}
		case "started":
			if t, err := time.Parse(time.RFC3339, v); err == nil {
				h.Started = t
			}
		}
	}
	return h
}

// started is when this process started, as near as the package can
// tell: when the package was initialised.
var started = time.Now()

//go:build windows

package drafts

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// The locked range: one byte far past the end of the file, at 1 GiB (as
// SQLite places its lock bytes). Windows locks are mandatory, so locking
// the bytes that say who holds the lock would keep another run from
// reading them.
const (
	lockOffset = 0x40000000
	lockLen    = 1
)

// tryLock takes an exclusive LockFileEx lock on f without waiting.
func tryLock(f *os.File) error {
	ol := &windows.Overlapped{Offset: lockOffset}
	err := windows.LockFileEx(windows.Handle(f.Fd()),
		windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, lockLen, 0, ol)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
		return errWouldBlock
	}
	return err
}

// unlock releases the lock on f.
func unlock(f *os.File) error {
	ol := &windows.Overlapped{Offset: lockOffset}
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, lockLen, 0, ol)
}

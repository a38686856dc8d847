package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/google/renameio/v2/maybe"
)

// stdoutName is the --out name that means standard output.
const stdoutName = "-"

// writeReport writes data to path atomically (a temporary file in the same
// folder, renamed into place), so a reader never sees half a report and a
// failure never leaves one; Windows, which cannot replace a file that
// way, gets a plain write. "-" writes to standard output instead. An
// existing file is replaced only when overwrite is set, and only when it
// is a regular file: see checkOut.
func writeReport(e *env, path string, data []byte, overwrite bool) error {
	if path == stdoutName {
		_, err := e.stdout.Write(data)
		return err
	}
	exists, err := checkOut(path)
	if err != nil {
		return err
	}
	if exists && !overwrite {
		return usageErrorf("%s already exists; it was not replaced", displayName(path))
	}
	if err := maybe.WriteFile(path, data, 0o644); err != nil {
		if st, serr := os.Lstat(path); serr == nil && st.IsDir() {
			// A folder made there since checkOut looked.
			return usageErrorf("%s is a folder; give --out a file name", displayName(path))
		}
		return fmt.Errorf("cannot write the report to %s: %w", displayName(path), unwrapPath(err))
	}
	return nil
}

// refuseExisting refuses an --out file before anything is asked or
// computed: see checkOut. "-" (standard output) is always fine.
func refuseExisting(out string, force bool) error {
	if out == "" || out == stdoutName {
		return nil
	}
	exists, err := checkOut(out)
	if err == nil && exists && !force {
		err = usageErrorf("%s already exists; choose another --out or add --force to replace it", displayName(out))
	}
	return err
}

// checkOut reports whether a regular file is at path, and refuses to
// write there when something else is, whatever --force says: a folder, a
// named pipe, a device, a socket, or a symbolic link (which is never
// followed into replacing what it points to). Refusals are usage errors
// (exit 2).
func checkOut(path string) (exists bool, err error) {
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, nil // writing says what is wrong, as it would have
	case st.Mode().IsRegular():
		return true, nil
	case st.IsDir():
		return false, usageErrorf("%s is a folder; give --out a file name", displayName(path))
	}
	return false, usageErrorf("%s is %s, not a regular file; --out only writes regular files and never replaces anything else, even with --force (use - for standard output)",
		displayName(path), fileKind(st.Mode()))
}

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/google/renameio/v2"
)

// writeReport writes data to path atomically (a temporary file in the same
// folder, renamed into place), so a reader never sees half a report and a
// failure never leaves one. An existing file is replaced only when
// overwrite is set.
func writeReport(path string, data []byte, overwrite bool) error {
	if !overwrite {
		if _, err := os.Stat(path); err == nil {
			return usageErrorf("%s already exists; it was not replaced", path)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("cannot write the report to %s: %w", path, unwrapPath(err))
		}
	}
	if err := renameio.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("cannot write the report to %s: %w", path, unwrapPath(err))
	}
	return nil
}

// refuseExisting refuses an --out file that exists, before anything is
// asked or computed, unless force allows replacing it.
func refuseExisting(out string, force bool) error {
	if out == "" || force {
		return nil
	}
	if _, err := os.Stat(out); err == nil {
		return usageErrorf("%s already exists; choose another --out or add --force to replace it", out)
	}
	return nil
}

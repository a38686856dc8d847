package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestUnwrapPath keeps the paths out of a failed write's cause: a rename
// names the temporary file, which the reader never chose.
func TestUnwrapPath(t *testing.T) {
	tmp := filepath.Join(t.TempDir(), ".report.md1234")
	for _, err := range []error{
		&os.LinkError{Op: "rename", Old: tmp, New: "report.md", Err: syscall.EISDIR},
		fmt.Errorf("writing: %w", &os.PathError{Op: "open", Path: tmp, Err: syscall.EISDIR}),
	} {
		got := unwrapPath(err)
		if !errors.Is(got, syscall.EISDIR) || strings.Contains(got.Error(), tmp) || strings.Contains(got.Error(), "rename") {
			t.Errorf("unwrapPath(%v) = %v, want the bare cause", err, got)
		}
	}
}

// TestWriteReportOntoFolder refuses a folder in the place of --out, with
// and without leave to replace, in words: no temporary file, no rename.
func TestWriteReportOntoFolder(t *testing.T) {
	dir := t.TempDir()
	for _, overwrite := range []bool{false, true} {
		err := writeReport(&env{}, dir, []byte("report\n"), overwrite)
		want := dir + " is a folder; give --out a file name"
		if err == nil || err.Error() != want {
			t.Errorf("overwrite=%v: got %v, want %q", overwrite, err, want)
		}
		if code := exitCode(err); code != exitUsage {
			t.Errorf("overwrite=%v: exit code %d, want %d", overwrite, code, exitUsage)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("the folder holds %d files after the refusal, want none", len(entries))
	}
}

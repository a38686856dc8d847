// Package atomicfile replaces a file's contents all at once: readers see
// the old file or the new one, never half of either, and a crash leaves
// the old file in place. It works the same way on Unix and on Windows: the
// data goes to a temporary file in the same folder, which is flushed to
// disk and then renamed over the target.
package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// WriteFile replaces path with data, with permissions perm whatever the
// mode of a file already there (on Windows, only the read-only bit has a
// meaning). The folder must exist.
func WriteFile(path string, data []byte, perm os.FileMode) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err = f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp, perm); err != nil {
		return err
	}
	return rename(tmp, path)
}

// rename moves tmp over path. On Windows the rename fails while another
// program (a virus scanner, a search indexer) briefly holds the target
// open; it is tried again a few times before giving up.
func rename(tmp, path string) error {
	err := os.Rename(tmp, path)
	for try := 0; err != nil && runtime.GOOS == "windows" && errors.Is(err, os.ErrPermission) && try < 5; try++ {
		time.Sleep(time.Duration(20<<try) * time.Millisecond)
		err = os.Rename(tmp, path)
	}
	return err
}

//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNamedPipesDoNotBlock: wherever itcheck reads a file, a named pipe
// with no writer is refused (exit 2) instead of waiting for one; --out
// onto one is refused even with --force, and the pipe stays. The limit
// below is only there so that a regression fails instead of hanging: a
// refusal takes milliseconds.
func TestNamedPipesDoNotBlock(t *testing.T) {
	repoDir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	repo := func(p string) string { return filepath.Join(repoDir, p) }
	t.Chdir(t.TempDir())
	// A folder given to compare holds one of each kind of name it reads.
	for _, name := range []string{"fifo", filepath.Join("reports", "c.md"), filepath.Join("reports", "d.json")} {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := syscall.Mkfifo(name, 0o644); err != nil {
			t.Skipf("cannot make a named pipe: %v", err)
		}
	}
	for _, name := range []string{"a.md", "b.md"} {
		data, err := os.ReadFile(repo("examples/mature-it.md"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("reports", name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{
		{"validate", "fifo"},
		{"report", "--answers", "fifo"},
		{"report", "--answers", repo("examples/mature-it.yaml"), "--questions", "fifo"},
		{"show", "fifo"},
		{"compare", "reports"},
		{"compare", "fifo", "reports/a.md"},
		{"report", "--answers", repo("examples/mature-it.yaml"), "--out", "fifo", "--force"},
		{"compare", "reports/a.md", "reports/b.md", "--out", "fifo", "--force"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			type result struct {
				code           int
				stdout, stderr string
			}
			done := make(chan result, 1)
			go func() {
				var stdout, stderr bytes.Buffer
				code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
				done <- result{code, stdout.String(), stderr.String()}
			}()
			select {
			case r := <-done:
				if r.code != exitUsage || !strings.Contains(r.stdout+r.stderr, "named pipe (FIFO)") {
					t.Errorf("exit %d, want %d and a message about the named pipe; stdout:\n%s\nstderr:\n%s", r.code, exitUsage, r.stdout, r.stderr)
				}
			case <-time.After(30 * time.Second):
				t.Fatalf("still waiting after 30 s: the named pipe was opened")
			}
			if st, err := os.Lstat("fifo"); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
				t.Fatalf("the named pipe is gone or replaced (%v)", err)
			}
		})
	}
}

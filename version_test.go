package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestChooseVersion(t *testing.T) {
	for _, tc := range []struct {
		set, info, want string
	}{
		// A version set at build time wins, with a "v" before a bare number.
		{"v1.2.3", "v0.9.0", "v1.2.3"},
		{"1.2.3", "", "v1.2.3"},
		{"0.2.1-SNAPSHOT-d01c61e", "(devel)", "v0.2.1-SNAPSHOT-d01c61e"},
		// A released module version from the build information.
		{"", "v1.4.0", "v1.4.0"},
		{"", "v1.4.0-rc.1", "v1.4.0-rc.1"},
		// Anything else falls back.
		{"", "", fallbackVersion},
		{"", "(devel)", fallbackVersion},
		{"", "v0.0.0-20261128121310-d01c61e2b3a4", fallbackVersion},
		{"", "v0.0.0-20261128121310-d01c61e2b3a4+dirty", fallbackVersion},
		{"", "v1.2.4-0.20261128121310-d01c61e2b3a4", fallbackVersion},
		{"", "v1.3.0-rc.1.0.20261128121310-d01c61e2b3a4", fallbackVersion},
		{"", "v1.2.3+dirty", fallbackVersion},
		{"", "v1.2", fallbackVersion},
		{"", "1.2.3", fallbackVersion},
	} {
		if got := chooseVersion(tc.set, tc.info); got != tc.want {
			t.Errorf("chooseVersion(%q, %q) = %q, want %q", tc.set, tc.info, got, tc.want)
		}
	}
}

// TestVersionFromLdflags builds the real binary the way release builds set
// the version, and checks that --version prints it and that a saved report
// scored again by that build differs from the saved one only in the lines
// that record the tool's version: the same bytes hold between builds that
// record the same version.
func TestVersionFromLdflags(t *testing.T) {
	t.Parallel()
	const set = "v9.9.9"
	bin := filepath.Join(t.TempDir(), "itcheck")
	build := exec.Command("go", "build", "-ldflags", "-X main.version="+set, "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	env := append(os.Environ(), "NO_COLOR=1", "XDG_STATE_HOME="+t.TempDir())

	cmd := exec.Command(bin, "--version")
	cmd.Env = env
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("itcheck --version: %v", err)
	}
	if got := strings.TrimSpace(string(out)); got != "itcheck version "+set {
		t.Errorf("itcheck --version printed %q, want %q", got, "itcheck version "+set)
	}

	const saved = "examples/mature-it.md"
	want, err := os.ReadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	cmd = exec.Command(bin, "report", "--answers", saved, "--format", "markdown")
	cmd.Env = env
	got, err := cmd.Output()
	if err != nil {
		t.Fatalf("itcheck report: %v", err)
	}
	// The version is recorded twice: in the front matter and the footer.
	old, now := "itcheck "+fallbackVersion, "itcheck "+set
	if n := strings.Count(string(want), old); n != 2 {
		t.Fatalf("%s names %q %d times, want 2 (front matter and footer)", saved, old, n)
	}
	if string(got) != strings.ReplaceAll(string(want), old, now) {
		gotLines, wantLines := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gotLines), len(wantLines)) {
			if gotLines[i] != wantLines[i] {
				t.Errorf("%s:%d: %q; the build recording %s gives %q", saved, i+1, wantLines[i], set, gotLines[i])
			}
		}
		t.Errorf("want the saved report with only %q replaced by %q (%d lines, got %d)", old, now, len(wantLines), len(gotLines))
	}
}

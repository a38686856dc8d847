package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"itcheck/internal/strictyaml"
	"itcheck/questions"
)

// runIn runs the command line in the current folder and returns the exit
// code, stdout and stderr.
func runIn(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// maximalNote is a note of exactly questions.MaxNoteChars characters made
// to grow as much as it can in a report: four-byte characters, markdown
// that must be escaped, quotes, and line breaks the report keeps.
func maximalNote() string {
	unit := "🙂*_[`<|>#\"'\\\n"
	var b strings.Builder
	for utf8.RuneCountInString(b.String())+utf8.RuneCountInString(unit) <= questions.MaxNoteChars {
		b.WriteString(unit)
	}
	for utf8.RuneCountInString(b.String()) < questions.MaxNoteChars {
		b.WriteString("🙂")
	}
	return b.String()
}

// TestMaximalNotesReadBack: with the longest note allowed on every area,
// the report itcheck writes is read back by report, show and compare.
func TestMaximalNotesReadBack(t *testing.T) {
	set, err := questions.Parse(builtinName, builtinSet)
	if err != nil {
		t.Fatal(err)
	}
	note := maximalNote()
	if n := utf8.RuneCountInString(note); n != questions.MaxNoteChars {
		t.Fatalf("note has %d characters", n)
	}
	answers := map[string]any{"set": set.ID, "version": set.Version, "role": "executive"}
	chosen := map[string]any{}
	notes := map[string]string{}
	for _, ar := range set.Areas {
		for _, q := range ar.Questions {
			if q.Multi() {
				chosen[q.ID] = []string{q.Options[0].ID}
			} else {
				chosen[q.ID] = q.Options[0].ID
			}
		}
		notes[ar.ID] = note
	}
	answers["answers"], answers["notes"] = chosen, notes
	dir := t.TempDir()
	t.Chdir(dir)
	writeYAML(t, filepath.Join(dir, "answers.yaml"), answers)

	if code, _, stderr := runIn(t, "report", "--answers", "answers.yaml", "--date", "2026-11-27", "--out", "max.md"); code != 0 {
		t.Fatalf("writing the report: exit %d: %s", code, stderr)
	}
	md, err := os.ReadFile(filepath.Join(dir, "max.md"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("a report with %d notes of %d characters is %d bytes (limit %d)", len(notes), questions.MaxNoteChars, len(md), strictyaml.MaxBytes)
	if code, _, stderr := runIn(t, "report", "--answers", "max.md", "--format", "markdown", "--out", "again.md"); code != 0 {
		t.Fatalf("report reading it back: exit %d: %s", code, stderr)
	}
	again, _ := os.ReadFile(filepath.Join(dir, "again.md"))
	if !bytes.Equal(again, md) {
		t.Errorf("the report scored again differs from the report")
	}
	code, stdout, stderr := runIn(t, "show", "max.md")
	if code != 0 {
		t.Fatalf("show: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "🙂*_[`<|>#") {
		t.Errorf("show does not show the notes:\n%.2000s", stdout)
	}
	if err := os.WriteFile(filepath.Join(dir, "copy.md"), md, 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runIn(t, "compare", "max.md", "copy.md", "--format", "markdown"); code != 0 {
		t.Fatalf("compare: exit %d: %s", code, stderr)
	}

	// One character more is refused, at the notes, naming the area.
	notes[set.Areas[1].ID] = note + "x"
	writeYAML(t, filepath.Join(dir, "long.yaml"), answers)
	code, _, stderr = runIn(t, "report", "--answers", "long.yaml")
	want := `the note on area "` + set.Areas[1].ID + `" is 4001 characters long; a note may have at most 4000`
	if code != exitUsage || !strings.Contains(stderr, want) || !strings.HasPrefix(stderr, "long.yaml:") {
		t.Errorf("a note one character too long: exit %d, stderr:\n%s\nwant exit 2 and %q", code, stderr, want)
	}
}

// writeYAML writes v to path as YAML.
func writeYAML(t *testing.T, path string, v any) {
	t.Helper()
	data, err := yaml.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

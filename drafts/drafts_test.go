package drafts

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"

	"itcheck/questions"
)

func sample() Draft {
	return Draft{
		SetID:      "small",
		SetVersion: "1.0",
		SetHash:    strings.Repeat("ab", 32),
		Role:       "owner",
		Answers: map[string]questions.Choice{
			"who-decides": questions.Single("boss-decides"),
			"spend-on":    questions.Many("tools", "people"),
		},
		Notes: map[string]string{"direction": "Two lines:\nsee the board minutes.", "budget": "null"},
		Area:  2,
		Saved: time.Date(2026, 11, 27, 14, 30, 5, 123, time.FixedZone("CET", 3600)),
	}
}

// answersOf strips what a file cannot hold (positions) for comparison.
func answersOf(m map[string]questions.Choice) map[string]questions.Choice {
	out := map[string]questions.Choice{}
	for k, c := range m {
		out[k] = questions.Choice{IDs: c.IDs, List: c.List}
	}
	return out
}

func TestSaveLoadRoundTrip(t *testing.T) {
	s := Store{Dir: filepath.Join(t.TempDir(), "state", "itcheck")}
	d := sample()
	if err := s.Save(d); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load("small")
	if err != nil {
		t.Fatal(err)
	}
	if got == nil {
		t.Fatal("Load found no draft after Save")
	}
	if !got.Saved.Equal(d.Saved) {
		t.Errorf("Saved = %v, want %v", got.Saved, d.Saved)
	}
	if !reflect.DeepEqual(answersOf(got.Answers), answersOf(d.Answers)) {
		t.Errorf("Answers = %+v, want %+v", got.Answers, d.Answers)
	}
	got.Answers, d.Answers = nil, nil
	got.Saved, d.Saved = time.Time{}, time.Time{}
	if !reflect.DeepEqual(*got, d) {
		t.Errorf("Load = %+v\nwant %+v", *got, d)
	}
}

func TestSaveFillsSavedTime(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	d := sample()
	d.Saved = time.Time{}
	before := time.Now()
	if err := s.Save(d); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load("small")
	if err != nil {
		t.Fatal(err)
	}
	if got.Saved.Before(before.Add(-time.Second)) || got.Saved.After(time.Now().Add(time.Second)) {
		t.Errorf("Saved = %v, want about %v", got.Saved, before)
	}
}

func TestSaveModesAndNoTempFiles(t *testing.T) {
	s := Store{Dir: filepath.Join(t.TempDir(), "itcheck")}
	d := sample()
	for range 3 { // replacing an existing draft keeps it atomic too
		if err := s.Save(d); err != nil {
			t.Fatal(err)
		}
		d.Area++
	}
	dirInfo, err := os.Stat(s.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if m := dirInfo.Mode().Perm(); m != 0o700 {
		t.Errorf("folder mode = %v, want 0700", m)
	}
	fi, err := os.Stat(s.Path("small"))
	if err != nil {
		t.Fatal(err)
	}
	if m := fi.Mode().Perm(); m != 0o600 {
		t.Errorf("draft mode = %v, want 0600", m)
	}
	assertOnly(t, s.Dir, "small.draft.yaml")
}

func TestSaveKeepsModeOfLooserFile(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if err := os.WriteFile(s.Path("small"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(sample()); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(s.Path("small"))
	if err != nil {
		t.Fatal(err)
	}
	if m := fi.Mode().Perm(); m != 0o600 {
		t.Errorf("draft mode = %v after replacing a 0644 file, want 0600", m)
	}
}

// assertOnly fails unless dir holds exactly the named entries.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("%s holds %q, want %q (no temporary files)", dir, got, names)
	}
}

func TestSaveUnwritable(t *testing.T) {
	root := t.TempDir()
	blocker := filepath.Join(root, "state")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s := Store{Dir: filepath.Join(blocker, "itcheck")} // a folder under a file
	err := s.Save(sample())
	if err == nil || !strings.HasPrefix(err.Error(), "draft not saved: ") || !strings.Contains(err.Error(), blocker) {
		t.Errorf("Save = %v, want a draft-not-saved error naming %s", err, blocker)
	}
	assertOnly(t, root, "state")
}

func TestSaveRefuses(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	tests := []struct {
		name string
		edit func(d *Draft)
		want string
	}{
		{"path in set id", func(d *Draft) { d.SetID = "../evil" }, `question set id "../evil" is not kebab-case; it cannot name a draft`},
		{"empty set id", func(d *Draft) { d.SetID = "" }, `question set id "" is not kebab-case; it cannot name a draft`},
		{"escape in note", func(d *Draft) { d.Notes["budget"] = "ok \x1b]8;;http://x\x07link" },
			`note for area "budget" contains control character U+001B at character 4`},
		{"escape in a question id", func(d *Draft) { d.Answers["\x1b[2J"] = questions.Single("x") },
			"question id contains control character U+001B at character 1"},
		{"bidi override in role", func(d *Draft) { d.Role = "own\u202eer" }, "role contains control character U+202E at character 4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := sample()
			tt.edit(&d)
			err := s.Save(d)
			if err == nil || err.Error() != "draft not saved: "+tt.want {
				t.Errorf("Save = %v, want %q", err, "draft not saved: "+tt.want)
			}
		})
	}
	assertOnly(t, s.Dir)
}

func TestLoadMissing(t *testing.T) {
	for _, dir := range []string{t.TempDir(), filepath.Join(t.TempDir(), "not", "made")} {
		d, err := Store{Dir: dir}.Load("small")
		if d != nil || err != nil {
			t.Errorf("Load in %s = %v, %v; want nil, nil", dir, d, err)
		}
	}
}

func TestLoadCorrupt(t *testing.T) {
	valid := "set: small\nversion: \"1.0\"\nhash: abc\nrole: owner\narea: 1\nsaved: 2026-11-27T14:30:05Z\nanswers:\n  who-decides: it-decides\n"
	tests := []struct {
		name string
		data string
		want string // after "draft PATH cannot be read: "
	}{
		{"not yaml", "set: [small\n", "PATH:1:1: not valid YAML: did not find expected ',' or ']'"},
		{"unknown field", valid + "colour: blue\n",
			`PATH:9:1: unknown field "colour" (expected one of: answers, area, hash, notes, role, saved, set, version)`},
		{"wrong kind", strings.Replace(valid, "area: 1", "area: [1]", 1), "PATH:5:7: expected a single value, got a list"},
		{"raw escape sequence", strings.Replace(valid, "role: owner", "role: \"\\e[2J\"", 1),
			"PATH:4:7: text contains control character U+001B at character 1; remove it (escape sequences and bidi overrides are refused)"},
		{"alias", strings.Replace(valid, "role: owner", "role: &r owner\nnotes: {budget: *r}", 1),
			"PATH:4:7: anchors and aliases (&, *) are not allowed; write the value out\nPATH:5:17: anchors and aliases (&, *) are not allowed; write the value out"},
		{"another set", strings.Replace(valid, "set: small", "set: other", 1), `it is a draft for question set "other", not "small"`},
		{"negative area", strings.Replace(valid, "area: 1", "area: -1", 1), "area is -1; expected 0 or more"},
		{"bad time", strings.Replace(valid, "2026-11-27T14:30:05Z", "yesterday", 1), `saved is "yesterday"; expected a time like 2006-01-02T15:04:05Z`},
		{"empty", "", "PATH:1:1: file is empty"},
		{"too large", valid + "notes:\n  budget: " + strings.Repeat("x", 1<<20) + "\n", "file is larger than 1048576 bytes (1 MiB)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Store{Dir: t.TempDir()}
			path := s.Path("small")
			if err := os.WriteFile(path, []byte(tt.data), 0o600); err != nil {
				t.Fatal(err)
			}
			d, err := s.Load("small")
			if d != nil {
				t.Errorf("Load returned a draft: %+v", d)
			}
			want := "draft " + path + " cannot be read: " + strings.ReplaceAll(tt.want, "PATH", path)
			if err == nil || err.Error() != want {
				t.Fatalf("Load error:\n%v\nwant:\n%s", err, want)
			}
			var ce *CorruptError
			if !errors.As(err, &ce) || ce.Path != path {
				t.Errorf("error %T is not a *CorruptError for %s", err, path)
			}
		})
	}
}

func TestLoadUnreadable(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if err := os.Mkdir(s.Path("small"), 0o700); err != nil { // a folder where the file should be
		t.Fatal(err)
	}
	_, err := s.Load("small")
	var ce *CorruptError
	if !errors.As(err, &ce) || ce.Path != s.Path("small") {
		t.Errorf("Load = %v, want a *CorruptError naming the file", err)
	}
}

func TestRemove(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	if err := s.Remove("small"); err != nil {
		t.Errorf("Remove of a missing draft = %v", err)
	}
	if err := s.Save(sample()); err != nil {
		t.Fatal(err)
	}
	if err := s.Remove("small"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.Path("small")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("draft still there after Remove: %v", err)
	}
	if err := (Store{Dir: t.TempDir()}).Remove("../x"); err == nil {
		t.Error("Remove accepted a set id with a path in it")
	}
}

func TestDefaultHonoursXDGStateHome(t *testing.T) {
	// Registered first, so it runs last: once the environment is restored,
	// leave the xdg package as the real environment has it.
	t.Cleanup(xdg.Reload)
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "itcheck"); s.Dir != want {
		t.Errorf("Dir = %q, want %q", s.Dir, want)
	}
	if err := s.Save(sample()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "itcheck", "small.draft.yaml")); err != nil {
		t.Error(err)
	}
	other := t.TempDir()
	t.Setenv("XDG_STATE_HOME", other)
	if s, _ := Default(); s.Dir != filepath.Join(other, "itcheck") {
		t.Errorf("Dir = %q after XDG_STATE_HOME changed, want it under %s", s.Dir, other)
	}
}

func TestPath(t *testing.T) {
	if got, want := (Store{Dir: "/st"}).Path("it-accountability"), filepath.Join("/st", "it-accountability.draft.yaml"); got != want {
		t.Errorf("Path = %q, want %q", got, want)
	}
}

func TestFromAnswers(t *testing.T) {
	a := &questions.Answers{Set: "small", Version: "1.0", Hash: "h", Role: "owner",
		Answers: map[string]questions.Choice{"who-decides": questions.Single("it-decides")},
		Notes:   map[string]string{"budget": "n"}}
	d := FromAnswers(a, 3)
	want := Draft{SetID: "small", SetVersion: "1.0", SetHash: "h", Role: "owner", Answers: a.Answers, Notes: a.Notes, Area: 3}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("FromAnswers = %+v, want %+v", d, want)
	}
}

func TestKeepReport(t *testing.T) {
	s := Store{Dir: filepath.Join(t.TempDir(), "itcheck")}
	p1, err := s.KeepReport("/no/such/folder/itcheck-2026-11-27.md", []byte("first"))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(s.Dir, "reports", "itcheck-2026-11-27.md"); p1 != want {
		t.Errorf("path = %q, want %q", p1, want)
	}
	p2, err := s.KeepReport("itcheck-2026-11-27.md", []byte("second"))
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(s.Dir, "reports", "itcheck-2026-11-27-2.md"); p2 != want {
		t.Errorf("second path = %q, want %q (the first kept report must stay)", p2, want)
	}
	for path, want := range map[string]string{p1: "first", p2: "second"} {
		data, err := os.ReadFile(path)
		if err != nil || string(data) != want {
			t.Errorf("%s = %q, %v; want %q", path, data, err, want)
		}
		fi, err := os.Stat(path)
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s mode = %v, %v; want 0600", path, fi.Mode().Perm(), err)
		}
	}
	fi, err := os.Stat(filepath.Join(s.Dir, "reports"))
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("reports folder mode = %v, %v; want 0700", fi.Mode().Perm(), err)
	}
	assertOnly(t, filepath.Join(s.Dir, "reports"), "itcheck-2026-11-27-2.md", "itcheck-2026-11-27.md")
	for _, bad := range []string{"", "/", ".."} {
		if _, err := s.KeepReport(bad, nil); err == nil {
			t.Errorf("KeepReport(%q) accepted", bad)
		}
	}
}

func TestKeepReportUnwritable(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "itcheck"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Store{Dir: filepath.Join(root, "itcheck")}.KeepReport("r.md", []byte("x"))
	if err == nil || !strings.HasPrefix(err.Error(), "report not kept: ") {
		t.Errorf("KeepReport = %v, want a report-not-kept error", err)
	}
}

// Package drafts keeps a self-check that is under way, so that nobody
// loses their answers to a closed terminal or a crash: after every answer
// the draft is saved, on the next start it can be resumed, and once the
// report is written it is removed.
//
// Drafts live in the XDG state directory ($XDG_STATE_HOME/itcheck, by
// default ~/.local/state/itcheck), one per question set id, readable by
// their owner only. Every write is atomic: a temporary file in the same
// folder, renamed over the old one. The same folder keeps reports that
// could not be written where the person asked (see Store.KeepReport).
//
// The package draws nothing; callers decide what to ask and say.
package drafts

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"github.com/adrg/xdg"
	"go.yaml.in/yaml/v3"

	"itcheck/internal/atomicfile"
	"itcheck/internal/lazyregexp"
	"itcheck/internal/safetext"
	"itcheck/internal/strictyaml"
	"itcheck/questions"
)

// Draft is a self-check under way: which question set it answers (id,
// version and content hash), who is answering, the answers and notes so
// far, and the page the person was on.
type Draft struct {
	SetID      string
	SetVersion string
	SetHash    string // questions.Set.Hash of the set answered
	Role       string
	Answers    map[string]questions.Choice // by question id
	Notes      map[string]string           // by area id
	// Area is the page the person was on, numbered as the interactive flow
	// numbers its pages: 0 the welcome, k area k (1-based), and the number
	// of areas + 1 the review.
	Area  int
	Saved time.Time // when the draft was saved; Save fills it in when zero
}

// FromAnswers makes a draft of answers given so far (their Set, Version,
// Hash, Role, Answers and Notes) on page area.
func FromAnswers(a *questions.Answers, area int) Draft {
	return Draft{
		SetID:      a.Set,
		SetVersion: a.Version,
		SetHash:    a.Hash,
		Role:       a.Role,
		Answers:    a.Answers,
		Notes:      a.Notes,
		Area:       area,
	}
}

// file is a draft as written on disk.
type file struct {
	Set     string                      `yaml:"set"`
	Version string                      `yaml:"version"`
	Hash    string                      `yaml:"hash"`
	Role    string                      `yaml:"role"`
	Area    int                         `yaml:"area"`
	Saved   string                      `yaml:"saved"`
	Answers map[string]questions.Choice `yaml:"answers"`
	Notes   map[string]string           `yaml:"notes,omitempty"`
}

// Store is the folder drafts and kept reports are written to.
type Store struct {
	Dir string
	// Suffix names a separate draft of the same question set, kept by a
	// second run while the first one answers (see Slot); "" for the first.
	Suffix string
}

// maxSlot is the highest separate draft the package looks for.
const maxSlot = 99

// Slot returns the store of separate draft n of a question set: n 1 is the
// first (no suffix), n 2 and on are kept as <set>-2.draft.yaml and so on.
func (s Store) Slot(n int) Store {
	s.Suffix = ""
	if n > 1 {
		s.Suffix = "-" + strconv.Itoa(n)
	}
	return s
}

// Slots lists the separate drafts of question set setID there are files
// for, in order (1, the first, always), up to 99.
func (s Store) Slots(setID string) []int {
	out := []int{1}
	for n := 2; n <= maxSlot; n++ {
		if _, err := os.Lstat(s.Slot(n).Path(setID)); err == nil {
			out = append(out, n)
		}
	}
	return out
}

// Default returns the store in the XDG state directory, $XDG_STATE_HOME/itcheck.
// It reads the environment afresh on every call.
func Default() (Store, error) {
	xdg.Reload()
	if xdg.StateHome == "" {
		return Store{}, errors.New("no state directory: set XDG_STATE_HOME or HOME")
	}
	return Store{Dir: filepath.Join(xdg.StateHome, "itcheck")}, nil
}

// CorruptError is returned by Load for a draft file that exists but
// cannot be used. The caller may offer to discard it with Remove.
type CorruptError struct {
	Path string
	Err  error
}

// Error names the file and what is wrong with it.
func (e *CorruptError) Error() string {
	return fmt.Sprintf("draft %s cannot be read: %v", e.Path, e.Err)
}

// Unwrap returns the underlying problem.
func (e *CorruptError) Unwrap() error { return e.Err }

var idRE = lazyregexp.New(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// checkID refuses a set id that could not be a file name in the store.
func checkID(setID string) error {
	if !idRE.MatchString(setID) {
		return fmt.Errorf("question set id %q is not kebab-case; it cannot name a draft", setID)
	}
	return nil
}

// Path returns the file the draft for question set setID is kept in.
func (s Store) Path(setID string) string {
	return filepath.Join(s.Dir, setID+s.Suffix+".draft.yaml")
}

// Save writes d atomically, readable by its owner only (0600), creating
// the store's folder (0700) when needed. Text that a terminal could
// interpret (control characters, escape sequences, bidi overrides) is
// refused, since Load would refuse it too.
func (s Store) Save(d Draft) error {
	if err := checkID(d.SetID); err != nil {
		return fmt.Errorf("draft not saved: %w", err)
	}
	if err := checkText(d); err != nil {
		return fmt.Errorf("draft not saved: %w", err)
	}
	saved := d.Saved
	if saved.IsZero() {
		saved = time.Now()
	}
	f := file{
		Set:     d.SetID,
		Version: d.SetVersion,
		Hash:    d.SetHash,
		Role:    d.Role,
		Area:    d.Area,
		Saved:   saved.Format(time.RFC3339Nano),
		Answers: d.Answers,
		Notes:   d.Notes,
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := errors.Join(enc.Encode(f), enc.Close()); err != nil {
		return fmt.Errorf("draft not saved: %w", err)
	}
	if err := s.write(s.Path(d.SetID), buf.Bytes()); err != nil {
		return fmt.Errorf("draft not saved: %w", err)
	}
	return nil
}

// checkText refuses a draft with text Load would refuse.
func checkText(d Draft) error {
	check := func(what, text string) error {
		if i, r, ok := safetext.FindControl(text); ok {
			return fmt.Errorf("%s contains control character %U at character %d", what, r, i+1)
		}
		return nil
	}
	errs := []error{check("set version", d.SetVersion), check("set hash", d.SetHash), check("role", d.Role)}
	// Names are quoted: they may hold the very characters refused.
	for _, qid := range slices.Sorted(maps.Keys(d.Answers)) {
		errs = append(errs, check("question id", qid))
		for _, id := range d.Answers[qid].IDs {
			errs = append(errs, check(fmt.Sprintf("answer to question %q", qid), id))
		}
	}
	for _, aid := range slices.Sorted(maps.Keys(d.Notes)) {
		errs = append(errs, check("area id", aid), check(fmt.Sprintf("note for area %q", aid), d.Notes[aid]))
	}
	return errors.Join(errs...)
}

// write replaces path atomically with data, mode 0600, in a folder made
// with mode 0700. The temporary file lives in the same folder.
func (s Store) write(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, data, 0o600)
}

// Load reads the draft for question set setID. It returns nil and no
// error when there is none, and a *CorruptError naming the file when the
// file is there but unusable (too large, not a draft, for another set).
func (s Store) Load(setID string) (*Draft, error) {
	if err := checkID(setID); err != nil {
		return nil, err
	}
	path := s.Path(setID)
	data, err := readLimited(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &CorruptError{Path: path, Err: err}
	}
	var f file
	if probs := strictyaml.Decode(data, &f); len(probs) > 0 {
		ps := make(questions.Problems, len(probs))
		for i, p := range probs {
			ps[i] = questions.Problem{File: path, Pos: p.Pos, Msg: p.Msg}
		}
		return nil, &CorruptError{Path: path, Err: ps}
	}
	if f.Set != setID {
		return nil, &CorruptError{Path: path, Err: fmt.Errorf("it is a draft for question set %q, not %q", f.Set, setID)}
	}
	if f.Area < 0 {
		return nil, &CorruptError{Path: path, Err: fmt.Errorf("area is %d; expected 0 or more", f.Area)}
	}
	saved, err := time.Parse(time.RFC3339Nano, f.Saved)
	if err != nil {
		return nil, &CorruptError{Path: path, Err: fmt.Errorf("saved is %q; expected a time like 2006-01-02T15:04:05Z", f.Saved)}
	}
	return &Draft{
		SetID:      f.Set,
		SetVersion: f.Version,
		SetHash:    f.Hash,
		Role:       f.Role,
		Answers:    f.Answers,
		Notes:      f.Notes,
		Area:       f.Area,
		Saved:      saved,
	}, nil
}

// readLimited reads a file of at most strictyaml.MaxBytes.
func readLimited(path string) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, strictyaml.MaxBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > strictyaml.MaxBytes {
		return nil, fmt.Errorf("file is larger than %d bytes (1 MiB)", strictyaml.MaxBytes)
	}
	return data, nil
}

// Remove deletes the draft for question set setID; a draft that is not
// there is no error.
func (s Store) Remove(setID string) error {
	if err := checkID(setID); err != nil {
		return err
	}
	if err := os.Remove(s.Path(setID)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// KeepReport keeps a report that could not be written where the person
// asked: it writes data atomically (0600) to the reports folder of the
// store under the base name of name, adding -2, -3, ... before the
// extension rather than replace a report kept earlier. It returns the
// path written, for the message that says where the report is.
func (s Store) KeepReport(name string, data []byte) (string, error) {
	base := filepath.Base(name)
	if base == "." || base == ".." || base == string(filepath.Separator) {
		return "", fmt.Errorf("report not kept: %q is not a file name", name)
	}
	dir := filepath.Join(s.Dir, "reports")
	path := filepath.Join(dir, base)
	ext := filepath.Ext(base)
	stem := base[:len(base)-len(ext)]
	for n := 2; ; n++ {
		if _, err := os.Lstat(path); err != nil {
			break // free, or unreachable: then write says why
		}
		path = filepath.Join(dir, stem+"-"+strconv.Itoa(n)+ext)
	}
	if err := s.write(path, data); err != nil {
		return "", fmt.Errorf("report not kept: %w", err)
	}
	return path, nil
}

package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"itcheck/drafts"
	"itcheck/internal/strictyaml"
	"itcheck/questions"
)

// draftKeeper keeps the answers of a self-check under way as a draft in
// the state directory: saved after every change, removed once the report
// is saved. Saving never stops the person: the first failure is
// remembered and told once, after the run.
//
// change is called on the UI goroutine; the other methods may be called
// from the goroutine that handles signals, so the state is locked.
type draftKeeper struct {
	store  drafts.Store
	noDir  error // why there is no store; nil when there is one
	setID  string
	setLen int // number of areas, to name the page in messages

	mu      sync.Mutex
	last    *drafts.Draft // the latest draft made in this run, nil before any change
	onDisk  bool          // a draft for this set is on disk: saved now, or from before
	saveErr error         // the first failure to save, nil when every save worked
}

// newDraftKeeper opens the default store for set.
func newDraftKeeper(set *questions.Set) *draftKeeper {
	store, err := drafts.Default()
	return &draftKeeper{store: store, noDir: err, setID: set.ID, setLen: len(set.Areas)}
}

// load returns the draft kept for the set, or nil. When there is a draft
// that cannot be read, a note saying why is written to w and told is true.
func (k *draftKeeper) load(w io.Writer) (d *drafts.Draft, told bool) {
	if k.noDir != nil {
		return nil, false
	}
	d, err := k.store.Load(k.setID)
	var ce *drafts.CorruptError
	switch {
	case errors.As(err, &ce):
		fmt.Fprintf(w, "The unfinished answers in %s cannot be read, so they are ignored and will be replaced:\n%v\n", ce.Path, ce.Err)
		return nil, true
	case err != nil:
		fmt.Fprintf(w, "Unfinished answers cannot be looked for: %v\n", err)
		return nil, true
	}
	k.mu.Lock()
	k.onDisk = d != nil
	k.mu.Unlock()
	return d, false
}

// change saves the answers so far as the draft, on page area.
func (k *draftKeeper) change(a questions.Answers, area int) {
	d := drafts.FromAnswers(&a, area)
	d.Notes = cleanNotes(d.Notes)
	k.mu.Lock()
	defer k.mu.Unlock()
	k.last = &d
	k.saveLocked()
}

// saveLocked writes the latest draft; k.mu is held.
func (k *draftKeeper) saveLocked() {
	if k.last == nil {
		return
	}
	err := k.noDir
	if err == nil {
		err = k.store.Save(*k.last)
	}
	if err != nil {
		if k.saveErr == nil {
			k.saveErr = err
		}
		return
	}
	k.onDisk = true
}

// stop saves the answers the flow returned with once more (they are
// saved on every change already). It reports whether answers are kept:
// saved in this run or, when nothing changed, a draft from before that is
// still there. err is the failure to save them, if any.
func (k *draftKeeper) stop(a *questions.Answers) (kept bool, err error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.last == nil {
		return k.onDisk, nil
	}
	if a != nil {
		d := drafts.FromAnswers(a, k.last.Area)
		d.Notes = cleanNotes(d.Notes)
		k.last = &d
	}
	k.saveErr = nil // the last save decides
	k.saveLocked()
	return k.saveErr == nil, k.saveErr
}

// failed returns the first failure to save a draft, or nil.
func (k *draftKeeper) failed() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.saveErr
}

// warn tells once, on w, that drafts could not be saved.
func (k *draftKeeper) warn(w io.Writer) {
	if err := k.failed(); err != nil {
		fmt.Fprintf(w, "Warning: your answers could not be kept as a draft while you answered: %v\n", err)
	}
}

// remove deletes the draft once the report is saved.
func (k *draftKeeper) remove() error {
	if k.noDir != nil {
		return nil
	}
	return k.store.Remove(k.setID)
}

// keepReport keeps a report that could not be written at path in the
// state directory and returns where.
func (k *draftKeeper) keepReport(path string, md []byte) (string, error) {
	if k.noDir != nil {
		return "", k.noDir
	}
	return k.store.KeepReport(path, md)
}

// cleanNotes drops the characters a draft refuses (control characters,
// escape sequences, bidi overrides) from notes, so that one pasted escape
// sequence does not stop every later save. Reports drop them too.
func cleanNotes(notes map[string]string) map[string]string {
	if len(notes) == 0 {
		return notes
	}
	out := make(map[string]string, len(notes))
	for id, n := range notes {
		out[id] = strings.Map(func(r rune) rune {
			if r == '\r' {
				return '\n'
			}
			if strictyaml.IsControl(r) {
				return -1
			}
			return r
		}, strings.ReplaceAll(n, "\r\n", "\n"))
	}
	return out
}

// describePage names a page in draft terms: the welcome, area k of n, or
// the review.
func describePage(area, areas int) string {
	switch {
	case area <= 0:
		return "on the first page"
	case area > areas:
		return "at the review"
	}
	return fmt.Sprintf("at area %d of %d", area, areas)
}

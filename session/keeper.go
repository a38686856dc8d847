package session

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"itcheck/drafts"
	"itcheck/internal/safetext"
	"itcheck/questions"
)

// keeper keeps the answers of a self-check under way as a draft in
// the state directory: saved after every change, removed once the report
// is saved. Saving never stops the person: the first failure is
// remembered and told once, after the run.
//
// change is called on the UI goroutine; the other methods may be called
// from the goroutine that handles signals, so the state is locked.
type keeper struct {
	store  drafts.Store // the draft this run keeps: the set's first, or a separate one
	noDir  error        // why there is no store; nil when there is one
	setID  string
	setLen int // number of areas, to name the page in messages

	lock    *drafts.Lock // held for the whole run; nil when none could be taken
	lockErr error        // why no lock could be taken (not another run holding it)

	mu      sync.Mutex
	last    *drafts.Draft // the latest draft made in this run, nil before any change
	onDisk  bool          // a draft for this set is on disk: saved now, or from before
	saveErr error         // the first failure to save, nil when every save worked
}

// newKeeper opens the default store for set.
func newKeeper(set *questions.Set) *keeper {
	store, err := drafts.Default()
	return &keeper{store: store, noDir: err, setID: set.ID, setLen: len(set.Areas)}
}

// errStopHeld is returned by claim when the person chose to stop rather
// than answer beside another run.
var errStopHeld = errors.New("stopped: another itcheck is answering")

// claim locks the draft this run keeps its answers in, so that two runs
// never share one: the set's first draft when no other run holds it; when
// another does, the person is asked (by ask, told who holds it) whether
// to start a separate draft, and errStopHeld is returned when they would
// rather stop. A separate draft left by an earlier second run, and free
// now, is taken in place of an empty first draft, so that its answers are
// offered again. Without a lock (a file system that has none) drafts are
// kept all the same.
func (k *keeper) claim(ask func(drafts.Holder) (bool, error)) error {
	if k.noDir != nil {
		return nil
	}
	first := k.store.Slot(1)
	l, err := first.Lock(k.setID)
	var held *drafts.HeldError
	switch {
	case errors.As(err, &held):
		separate, err := ask(held.Holder)
		if err != nil {
			return err
		}
		if !separate {
			return errStopHeld
		}
		return k.claimSeparate(first)
	case err != nil:
		k.lockErr = err
		return nil
	}
	k.store, k.lock = first, l
	if hasFile(first.Path(k.setID)) {
		return nil
	}
	for _, n := range first.Slots(k.setID)[1:] {
		other := first.Slot(n)
		if ol, err := other.Lock(k.setID); err == nil {
			_ = l.Unlock()
			k.store, k.lock = other, ol
			return nil
		}
	}
	return nil
}

// claimSeparate locks the first separate draft of the set no other run
// holds.
func (k *keeper) claimSeparate(first drafts.Store) error {
	for n := 2; n <= 99; n++ {
		st := first.Slot(n)
		l, err := st.Lock(k.setID)
		var held *drafts.HeldError
		switch {
		case errors.As(err, &held):
			continue
		case err != nil:
			return err
		}
		k.store, k.lock = st, l
		return nil
	}
	return errors.New("every separate draft of this question set is in use by another itcheck")
}

// unlock gives the draft up at the end of the run.
func (k *keeper) unlock() {
	_ = k.lock.Unlock()
	k.lock = nil
}

// separate reports whether this run keeps a separate draft.
func (k *keeper) separate() bool { return k.store.Suffix != "" }

// hasFile reports whether there is a file at path.
func hasFile(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// heldQuestion is what a second run asks when another holds the draft.
func heldQuestion(h drafts.Holder) string {
	who := "Another itcheck"
	switch {
	case h.PID > 0 && !h.Started.IsZero():
		who = fmt.Sprintf("Another itcheck (process %d, started %s)", h.PID, h.Started.Local().Format("2 Jan 2006 15:04"))
	case h.PID > 0:
		who = fmt.Sprintf("Another itcheck (process %d)", h.PID)
	}
	return who + " is answering these questions, and two runs cannot share one draft."
}

// load returns the draft kept for the set, or nil. When there is a draft
// that cannot be read, a note saying why is written to w and told is true.
func (k *keeper) load(w io.Writer) (d *drafts.Draft, told bool) {
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
func (k *keeper) change(a questions.Answers, area int) {
	d := drafts.FromAnswers(&a, area)
	d.Notes = cleanNotes(d.Notes)
	k.mu.Lock()
	defer k.mu.Unlock()
	k.last = &d
	k.saveLocked()
}

// saveLocked writes the latest draft; k.mu is held.
func (k *keeper) saveLocked() {
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
func (k *keeper) stop(a *questions.Answers) (kept bool, err error) {
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
func (k *keeper) failed() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.saveErr
}

// warn tells once, on w, that drafts could not be saved.
func (k *keeper) warn(w io.Writer) {
	if err := k.failed(); err != nil {
		fmt.Fprintf(w, "Warning: your answers could not be kept as a draft while you answered: %v\n", err)
	}
}

// remove deletes the draft once the report is saved.
func (k *keeper) remove() error {
	if k.noDir != nil {
		return nil
	}
	return k.store.Remove(k.setID)
}

// keepReport keeps a report that could not be written at path in the
// state directory and returns where.
func (k *keeper) keepReport(path string, md []byte) (string, error) {
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
			if safetext.IsControl(r) {
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

package session

import (
	"errors"
	"os"
	"testing"

	"itcheck/drafts"
	"itcheck/questions"
)

// A second run is asked, told who holds the draft; it keeps a separate
// draft, or stops without touching the first.
func TestClaimWhenAnotherRunHoldsTheDraft(t *testing.T) {
	store := stateIn(t)
	set := smallSet(t)
	other, err := store.Lock(set.ID)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Unlock()

	k := newKeeper(set)
	var told drafts.Holder
	err = k.claim(func(h drafts.Holder) (bool, error) { told = h; return false, nil })
	if !errors.Is(err, errStopHeld) {
		t.Fatalf("claim = %v, want errStopHeld", err)
	}
	if told.PID != os.Getpid() || told.Started.IsZero() {
		t.Errorf("told %+v, want this process and its start", told)
	}

	k = newKeeper(set)
	if err := k.claim(func(drafts.Holder) (bool, error) { return true, nil }); err != nil {
		t.Fatal(err)
	}
	defer k.unlock()
	if !k.separate() || k.store.Suffix != "-2" {
		t.Fatalf("store %+v, want the separate draft -2", k.store)
	}
	k.change(someAnswers(set), 1)
	if d, err := store.Load(set.ID); err != nil || d != nil {
		t.Errorf("the first draft was touched: %+v %v", d, err)
	}
	if d, err := store.Slot(2).Load(set.ID); err != nil || d == nil {
		t.Errorf("the separate draft was not saved: %+v %v", d, err)
	}
	// A third run gets a third draft.
	k3 := newKeeper(set)
	if err := k3.claim(func(drafts.Holder) (bool, error) { return true, nil }); err != nil {
		t.Fatal(err)
	}
	defer k3.unlock()
	if k3.store.Suffix != "-3" {
		t.Fatalf("third run: store %+v, want -3", k3.store)
	}
}

// Once the first run is gone, the next run takes the separate draft a
// second run left, rather than an empty first one, so its answers are
// offered again.
func TestClaimTakesLeftSeparateDraft(t *testing.T) {
	store := stateIn(t)
	set := smallSet(t)
	if err := store.Slot(2).Save(drafts.FromAnswers(&questions.Answers{Set: set.ID, Role: "owner"}, 1)); err != nil {
		t.Fatal(err)
	}
	k := newKeeper(set)
	asked := false
	if err := k.claim(func(drafts.Holder) (bool, error) { asked = true; return true, nil }); err != nil {
		t.Fatal(err)
	}
	defer k.unlock()
	if asked {
		t.Error("asked although no other run holds the draft")
	}
	if k.store.Suffix != "-2" {
		t.Fatalf("store %+v, want the left separate draft -2", k.store)
	}
	// The first draft is free again for another run.
	l, err := store.Lock(set.ID)
	if err != nil {
		t.Fatalf("the first draft stays locked: %v", err)
	}
	l.Unlock()
}

package drafts

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestLockHeldThenFree(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	l, err := s.Lock("itcheck")
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Lock("itcheck")
	var held *HeldError
	if !errors.As(err, &held) {
		t.Fatalf("second lock: %v, want a HeldError", err)
	}
	if held.Holder.PID != os.Getpid() {
		t.Errorf("holder pid %d, want %d", held.Holder.PID, os.Getpid())
	}
	if d := time.Since(held.Holder.Started); held.Holder.Started.IsZero() || d < 0 || d > time.Hour {
		t.Errorf("holder started %v", held.Holder.Started)
	}
	// Another draft of the same set is free.
	l2, err := s.Slot(2).Lock("itcheck")
	if err != nil {
		t.Fatalf("separate draft: %v", err)
	}
	if err := errors.Join(l.Unlock(), l2.Unlock()); err != nil {
		t.Fatal(err)
	}
	l3, err := s.Lock("itcheck")
	if err != nil {
		t.Fatalf("lock after unlock: %v", err)
	}
	l3.Unlock()
}

// A lock held by a process that was killed is taken over.
func TestLockOfKilledProcessTakenOver(t *testing.T) {
	if os.Getenv("ITCHECK_HOLD_LOCK") != "" {
		return
	}
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHoldLockHelper$")
	cmd.Env = append(os.Environ(), "ITCHECK_HOLD_LOCK="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "locked") {
		cmd.Process.Kill()
		t.Fatalf("helper: %q %v", line, err)
	}
	s := Store{Dir: dir}
	_, err = s.Lock("itcheck")
	var held *HeldError
	if !errors.As(err, &held) || held.Holder.PID != cmd.Process.Pid {
		cmd.Process.Kill()
		t.Fatalf("while the helper holds it: %v (holder %+v), want held by %d", err, held, cmd.Process.Pid)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	l, err := s.Lock("itcheck")
	if err != nil {
		t.Fatalf("after the holder was killed: %v", err)
	}
	defer l.Unlock()
	if h := readHolder(s.LockPath("itcheck")); h.PID != os.Getpid() {
		t.Errorf("the lock file names %d, want this process %d", h.PID, os.Getpid())
	}
}

// TestHoldLockHelper holds a lock until killed, when run by
// TestLockOfKilledProcessTakenOver.
func TestHoldLockHelper(t *testing.T) {
	dir := os.Getenv("ITCHECK_HOLD_LOCK")
	if dir == "" {
		t.Skip("run by TestLockOfKilledProcessTakenOver")
	}
	if _, err := (Store{Dir: dir}).Lock("itcheck"); err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString("locked\n")
	select {}
}

func TestSlots(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	for _, n := range []int{3, 2} {
		if err := s.Slot(n).Save(Draft{SetID: "itcheck", Answers: nil}); err != nil {
			t.Fatal(err)
		}
	}
	if got := s.Slots("itcheck"); len(got) != 3 || got[0] != 1 || got[1] != 2 || got[2] != 3 {
		t.Fatalf("slots %v, want [1 2 3]", got)
	}
	if p := s.Slot(2).Path("itcheck"); !strings.HasSuffix(p, "itcheck-2.draft.yaml") {
		t.Errorf("slot 2 path %s", p)
	}
	if p := s.Slot(1).Path("itcheck"); !strings.HasSuffix(p, "itcheck.draft.yaml") {
		t.Errorf("slot 1 path %s", p)
	}
}

package tui

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// The plain question reads one line and no more, so the answers piped
// after it are left for the questions; input that ends is an abort that
// says at which question.
func TestAskPlain(t *testing.T) {
	c := Choice{Question: "Unfinished answers.", Prompt: " Resume? [Y/n] ", What: "whether to resume", Retry: "Type y or n."}
	for _, tc := range []struct {
		in      string
		want    bool
		err     bool
		left    string
		retries int
	}{
		{"\nrest\n", true, false, "rest\n", 0},
		{"y\nrest", true, false, "rest", 0},
		{" YES \n", true, false, "", 0},
		{"n\n1\n", false, false, "1\n", 0},
		{"maybe\nno\nx", false, false, "x", 1},
		{"", false, true, "", 0},
		{"maybe", false, true, "", 0},
	} {
		r := strings.NewReader(tc.in)
		var out bytes.Buffer
		got, err := Ask(context.Background(), c, Options{In: r, Out: &out, Accessible: true})
		var rest strings.Builder
		_, _ = r.WriteTo(&rest)
		if got != tc.want || (err != nil) != tc.err || rest.String() != tc.left {
			t.Errorf("%q: got %v, %v, left %q", tc.in, got, err, rest.String())
		}
		if n := strings.Count(out.String(), "Type y or n."); n != tc.retries {
			t.Errorf("%q: asked again %d times, want %d:\n%s", tc.in, n, tc.retries, out.String())
		}
		var ae *AbortError
		if err != nil && (!errors.As(err, &ae) || !errors.Is(err, ErrAborted) ||
			err.Error() != "aborted: the input ended at the question whether to resume") {
			t.Errorf("%q: error %v, want an AbortError at the question", tc.in, err)
		}
	}
}

// Piped input gets a line end after each answer; a terminal echoes its
// own.
func TestAskEndsLineUnlessEchoed(t *testing.T) {
	for echoed, want := range map[bool]string{false: "Q? \n", true: "Q? "} {
		var out bytes.Buffer
		c := Choice{Question: "Q?", Prompt: " ", Echoed: echoed}
		if _, err := Ask(context.Background(), c, Options{In: strings.NewReader("y\n"), Out: &out, Accessible: true}); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Errorf("echoed %v: wrote %q, want %q", echoed, out.String(), want)
		}
	}
}

// Pause waits for a line; input that ends is an abort with no reason, as
// ctrl+c is.
func TestPause(t *testing.T) {
	var out bytes.Buffer
	if err := Pause(context.Background(), "Press enter. ", Options{In: strings.NewReader("\nnext"), Out: &out}); err != nil || out.String() != "Press enter. " {
		t.Errorf("err %v, wrote %q", err, out.String())
	}
	err := Pause(context.Background(), "", Options{In: strings.NewReader(""), Out: &out})
	var ae *AbortError
	if !errors.As(err, &ae) || ae.Reason != "" {
		t.Errorf("at the end of input: %v, want an AbortError without reason", err)
	}
}

// An abort says why only when it was not a key.
func TestAbortErrorText(t *testing.T) {
	if got := (&AbortError{}).Error(); got != "aborted" {
		t.Errorf("ctrl+c: %q", got)
	}
	if got := errInputEnded.Error(); got != "aborted: the input ended before every question was answered" {
		t.Errorf("input ended: %q", got)
	}
	if !errors.Is(errInputEnded, ErrAborted) {
		t.Error("errInputEnded is not ErrAborted")
	}
}

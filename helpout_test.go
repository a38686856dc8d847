package main

import (
	"bytes"
	"testing"
)

// TestTrimmedLines drops the spaces that end a line, keeps the escape
// sequences among them, and keeps spaces that text follows, across
// writes split anywhere.
func TestTrimmedLines(t *testing.T) {
	in := "  Usage   \n\x1b[1m  a  b\x1b[0m   \x1b[m  \nlast \x1b[38;5;1m x\n"
	want := "  Usage\n\x1b[1m  a  b\x1b[0m\x1b[m\nlast \x1b[38;5;1m x\n"
	for size := 1; size <= len(in); size++ {
		var out bytes.Buffer
		w := &trimmedLines{w: &out}
		for i := 0; i < len(in); i += size {
			chunk := in[i:min(i+size, len(in))]
			if n, err := w.Write([]byte(chunk)); err != nil || n != len(chunk) {
				t.Fatalf("Write = %d, %v; want %d, nil", n, err, len(chunk))
			}
		}
		if got := out.String(); got != want {
			t.Fatalf("chunks of %d: got %q, want %q", size, got, want)
		}
	}
}

// TestTrimmedLinesFlush writes out the escape sequences held back after
// the last line's text when the output ends without a newline, so that a
// reset still reaches the terminal; the spaces among them are dropped.
func TestTrimmedLinesFlush(t *testing.T) {
	var out bytes.Buffer
	w := &trimmedLines{w: &out}
	if _, err := w.Write([]byte("end\x1b[1m  \x1b[m ")); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "end" {
		t.Fatalf("before Flush: got %q, want %q", got, "end")
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "end\x1b[1m\x1b[m"; got != want {
		t.Fatalf("after Flush: got %q, want %q", got, want)
	}
}

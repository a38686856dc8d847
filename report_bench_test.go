package main

import (
	"context"
	"io"
	"testing"
)

// BenchmarkReport runs the whole report command in process, as
// `itcheck report --answers examples/owner-led-shop.yaml` does with its
// output not a terminal: the command line, the built-in question set,
// reading and scoring the answers, and drawing the text report.
func BenchmarkReport(b *testing.B) {
	args := []string{"report", "--answers", "examples/owner-led-shop.yaml"}
	for b.Loop() {
		if code := run(context.Background(), args, nil, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit code %d", code)
		}
	}
}

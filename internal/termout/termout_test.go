package termout

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// Output that is not a terminal is written at 80 columns, without
// styling (and said to be plain); the background is the one given, or
// dark when the terminal would have been asked.
func TestForNotATerminal(t *testing.T) {
	t.Setenv("NO_COLOR", "")
	for _, c := range []struct {
		o    Options
		dark bool
	}{
		{Options{MaxWidth: 100, Dark: false}, false},
		{Options{MaxWidth: 100, Dark: true}, true},
		{Options{AskDark: true, Dark: false}, true},
	} {
		var out bytes.Buffer
		l := For(strings.NewReader(""), &out, c.o)
		if l.Width != DefaultWidth || l.Dark != c.dark || !l.Plain {
			t.Errorf("%+v: width %d, dark %v, plain %v", c.o, l.Width, l.Dark, l.Plain)
		}
		if _, err := l.W.Write([]byte(lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#ff0000")).Render("x"))); err != nil {
			t.Fatal(err)
		}
		if out.String() != "x" {
			t.Errorf("%+v: wrote %q, want plain text", c.o, out.String())
		}
	}
}

// Readers and writers that are not files are not terminals.
func TestIsTerminal(t *testing.T) {
	if IsTerminal(&bytes.Buffer{}) || IsTerminal(strings.NewReader("")) || IsTerminal(nil) {
		t.Error("a buffer is taken for a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) || Interactive(f, f) {
		t.Error("a regular file is taken for a terminal")
	}
}

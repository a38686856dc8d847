package main

import (
	"bytes"
	"io"
)

// trimmedLines is a writer that drops the spaces at the end of every
// line, escape sequences that follow them kept: the help pads each line
// with spaces to the width it lays text out for (120 columns when
// standard output is no terminal), which a narrower terminal showing it
// through a pipe or a pager would wrap into blank lines.
type trimmedLines struct {
	w       io.Writer
	pending []byte // spaces and escape sequences not yet known to be followed by text
	inEsc   bool   // pending ends inside an escape sequence
	out     bytes.Buffer
}

// Write implements io.Writer; it reports all of p written once the text
// before its trailing spaces is.
func (t *trimmedLines) Write(p []byte) (int, error) {
	t.out.Reset()
	for _, b := range p {
		switch {
		case t.inEsc:
			t.pending = append(t.pending, b)
			// A CSI sequence ends on a byte from @ to ~; ESC [ starts it.
			if b >= '@' && b <= '~' && !(b == '[' && t.pending[len(t.pending)-2] == 0x1b) {
				t.inEsc = false
			}
		case b == 0x1b:
			t.pending = append(t.pending, b)
			t.inEsc = true
		case b == ' ':
			t.pending = append(t.pending, b)
		case b == '\n':
			t.out.Write(bytes.ReplaceAll(t.pending, []byte{' '}, nil))
			t.out.WriteByte('\n')
			t.pending = t.pending[:0]
		default:
			t.out.Write(t.pending)
			t.out.WriteByte(b)
			t.pending = t.pending[:0]
		}
	}
	if _, err := t.w.Write(t.out.Bytes()); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes the escape sequences still held back, without the spaces
// among them, for output that ends without a newline: a reset among them
// must still reach the terminal.
func (t *trimmedLines) Flush() error {
	held := bytes.ReplaceAll(t.pending, []byte{' '}, nil)
	t.pending, t.inEsc = t.pending[:0], false
	if len(held) == 0 {
		return nil
	}
	_, err := t.w.Write(held)
	return err
}

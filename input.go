package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"itcheck/internal/safetext"
	"itcheck/internal/strictyaml"
	"itcheck/questions"
	"itcheck/questions/builtin"
	"itcheck/session"
)

// builtinName names the embedded question set in messages.
const builtinName = "questions.yaml (built in)"

// readInput reads a file named on the command line, or standard input for
// "-". Only a regular file is opened: a folder, a named pipe (FIFO), a
// device or a socket is refused before anything is read, since reading
// one could block forever or never end. Nothing we read is near a
// megabyte, so larger input is refused before it is parsed. A UTF-8 byte
// order mark at the start is dropped.
func readInput(e *env, name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
	} else {
		f, err := openRegular(name)
		if err != nil {
			return nil, invalidInput(err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, strictyaml.MaxBytes+1))
	if err != nil {
		return nil, invalidInput(fmt.Errorf("cannot read %s: %w", displayName(name), unwrapPath(err)))
	}
	if len(data) > strictyaml.MaxBytes {
		return nil, invalidInput(fmt.Errorf("%s is larger than 1 MiB; question sets, answers and reports are a few kilobytes", displayName(name)))
	}
	return bytes.TrimPrefix(data, []byte(strictyaml.BOM)), nil
}

// openRegular opens name for reading if it is a regular file (or a link
// to one). The check comes before the open, and the file is opened
// without waiting (O_NONBLOCK where there is one) and checked again, so a
// named pipe swapped in between cannot block the open either.
func openRegular(name string) (*os.File, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", displayName(name), unwrapPath(err))
	}
	if err := regularForReading(name, st.Mode()); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(name, os.O_RDONLY|openNoWait, 0)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", displayName(name), unwrapPath(err))
	}
	st, err = f.Stat()
	if err == nil {
		err = regularForReading(name, st.Mode())
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// regularForReading refuses a file of mode m that is not a regular file.
func regularForReading(name string, m fs.FileMode) error {
	if m.IsRegular() {
		return nil
	}
	if m.IsDir() {
		return fmt.Errorf("cannot read %s: it is a folder, not a file", displayName(name))
	}
	return fmt.Errorf("cannot read %s: it is %s, not a regular file; save the content to a file, or pipe it in with -", displayName(name), fileKind(m))
}

// fileKind names what a file that is not a regular file is.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// displayName names a file in messages: standard input readably, and any
// other name as it is, or quoted with escapes when it holds a control or
// invisible character (see safetext.Quote).
func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return safetext.Quote(name)
}

// unwrapPath is why a file operation failed, without the paths the error
// names: the message says the file once, and the temporary file an atomic
// write renames into place means nothing to the reader.
func unwrapPath(err error) error {
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadSet reads and validates the question set at path, or the built-in
// set when path is empty. A broken set is an input error (exit 2). The
// built-in set comes already parsed from questions/builtin, which holds
// exactly what parsing it gives (and is only used for these very bytes).
func loadSet(e *env, path string) (*questions.Set, error) {
	if path == "" {
		if s, ok := builtin.Set(builtinSet); ok {
			return s, nil
		}
	}
	name, data := builtinName, builtinSet
	if path != "" {
		var err error
		if data, err = readInput(e, path); err != nil {
			return nil, err
		}
		name = displayName(path)
	}
	s, err := questions.Parse(name, data)
	var ps questions.Problems
	if errors.As(err, &ps) && path != "" {
		// The set's author is told where to check it, warnings included.
		pe := &problemsError{summary: fmt.Sprintf("%s in the question set; check it with: %s validate %s", fileSummary(ps), session.Command(), session.ShellPath(path))}
		for _, p := range ps {
			pe.lines = append(pe.lines, p.String())
		}
		return nil, pe
	}
	if err != nil {
		return nil, invalidInput(err)
	}
	return s, nil
}

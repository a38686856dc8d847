package main

import (
	"fmt"
	"io"
	"os"

	"itcheck/internal/strictyaml"
	"itcheck/questions"
)

// builtinName names the embedded question set in messages.
const builtinName = "questions.yaml (built in)"

// readInput reads a file named on the command line, or standard input for
// "-". Nothing we read is near a megabyte, so larger input is refused
// before it is parsed.
func readInput(e *env, name string) ([]byte, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, invalidInput(fmt.Errorf("cannot read %s: %w", name, unwrapPath(err)))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, invalidInput(fmt.Errorf("cannot read %s: it is a folder, not a file", name))
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, strictyaml.MaxBytes+1))
	if err != nil {
		return nil, invalidInput(fmt.Errorf("cannot read %s: %w", displayName(name), unwrapPath(err)))
	}
	if len(data) > strictyaml.MaxBytes {
		return nil, invalidInput(fmt.Errorf("%s is larger than 1 MiB; question sets, answers and reports are a few kilobytes", displayName(name)))
	}
	return data, nil
}

// displayName names standard input readably.
func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// unwrapPath drops the repeated path from an *os.PathError.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// loadSet reads and validates the question set at path, or the built-in
// set when path is empty. A broken set is an input error (exit 2).
func loadSet(e *env, path string) (*questions.Set, error) {
	name, data := builtinName, builtinSet
	if path != "" {
		var err error
		if data, err = readInput(e, path); err != nil {
			return nil, err
		}
		name = displayName(path)
	}
	s, err := questions.Parse(name, data)
	if err != nil {
		return nil, invalidInput(err)
	}
	return s, nil
}

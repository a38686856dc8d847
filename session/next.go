package session

import (
	"path/filepath"
	"strings"

	"itcheck/internal/safetext"
)

// NextSteps returns the lines that say what to do with a report once it
// is saved at path: read it again (a markdown report), and compare it
// with a colleague's (show reads markdown reports, compare JSON results
// too). setPath is the question set the report answers, "" for the
// built-in one; both commands need it to read the report. Each command
// is written to be pasted into a shell: paths are quoted when they need
// it, and a path that starts with a dash gets ./ so that it is not read
// as a flag. Nothing in them can act on a terminal (safetext.Message).
func NextSteps(path, setPath string, markdown bool) string {
	p := shellPath(path)
	with := ""
	if setPath != "" {
		with = " --questions " + shellPath(setPath)
	}
	var b strings.Builder
	if markdown {
		b.WriteString("Read it again: itcheck show " + p + with + "\n")
	}
	b.WriteString("Compare with a colleague's: itcheck compare " + p + " theirs.md" + with + "\n")
	return safetext.Message(b.String())
}

// shellPath quotes path for a shell, after ./ when it starts with a dash.
func shellPath(path string) string {
	if strings.HasPrefix(path, "-") {
		path = "." + string(filepath.Separator) + path
	}
	return shellQuote(path)
}

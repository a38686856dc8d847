package session

import (
	"io"
	"os"
	"path"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/mod/modfile"

	"itcheck/internal/safetext"
)

// DefaultCommand is the command that runs itcheck once it is installed.
const DefaultCommand = "itcheck"

// goRunCommand runs itcheck from its source folder, as go run builds it.
const goRunCommand = "go run ."

// NextSteps returns the lines that say what to do with a report once it
// is saved at path: read it again (a markdown report), and compare it
// with a colleague's (show reads markdown reports, compare JSON results
// too). cmd is the command that runs itcheck (Command; DefaultCommand
// when ""). setPath is the question set the report answers, "" for the
// built-in one; both commands need it to read the report. Each command
// is written to be pasted into a shell: paths are quoted when they need
// it (shellQuote), and a path that starts with a dash gets ./ so that it
// is not read as a flag. Nothing in them can act on a terminal
// (safetext.Message).
func NextSteps(cmd, path, setPath string, markdown bool) string {
	if cmd == "" {
		cmd = DefaultCommand
	}
	p := shellPath(path)
	with := ""
	if setPath != "" {
		with = " --questions " + shellPath(setPath)
	}
	var b strings.Builder
	if markdown {
		b.WriteString("Read it again: " + cmd + " show " + p + with + "\n")
	}
	b.WriteString("Compare with a colleague's: " + cmd + " compare " + p + " theirs.md" + with + "\n")
	return safetext.Message(b.String())
}

// WriteNextSteps writes NextSteps to w, fitted to w's width when w is a
// terminal (fitSteps): a command is never broken inside a word, so that
// it can be copied as it stands.
func WriteNextSteps(w io.Writer, cmd, path, setPath string, markdown bool) error {
	steps := NextSteps(cmd, path, setPath, markdown)
	if width, ok := terminalWidth(w); ok {
		steps = fitSteps(steps, width)
	}
	_, err := io.WriteString(w, steps)
	return err
}

// fitSteps moves the command of each "Label: command" line wider than
// width cells to a line of its own, indented under its label (unless
// only the indent keeps it from fitting). A command wider than the line
// on its own is left for the terminal to wrap: breaking it would change
// what a pasted copy runs.
func fitSteps(steps string, width int) string {
	lines := strings.SplitAfter(steps, "\n")
	for i, l := range lines {
		body := strings.TrimSuffix(l, "\n")
		label, command, ok := strings.Cut(body, ": ")
		if !ok || ansi.StringWidth(body) <= width {
			continue
		}
		indent := "  "
		if w := ansi.StringWidth(command); w <= width && w+len(indent) > width {
			indent = "" // whole on one line matters more than the indent
		}
		lines[i] = label + ":\n" + indent + command + l[len(body):]
	}
	return strings.Join(lines, "")
}

// ShellPath is path as it is typed in a command to paste into a shell:
// quoted when it needs it, after ./ when it starts with a dash (so it is
// not read as a flag), and "-" for standard input, which every command
// that reads a file takes as "-".
func ShellPath(path string) string {
	if path == "-" {
		return path
	}
	return shellPath(path)
}

// shellPath quotes path for a shell, after ./ when it starts with a dash.
func shellPath(path string) string {
	if strings.HasPrefix(path, "-") {
		path = "." + string(filepath.Separator) + path
	}
	return shellQuote(path)
}

// Command returns the command to tell people to type to run this program
// again: "go run ." when it was built by go run and the working folder
// is its module's root, where that command builds it again, otherwise
// DefaultCommand.
func Command() string {
	exe, err := os.Executable()
	if err != nil {
		return DefaultCommand
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return DefaultCommand
	}
	wd, err := os.Getwd()
	if err != nil {
		return DefaultCommand
	}
	goMod, err := os.ReadFile(filepath.Join(wd, "go.mod"))
	if err != nil {
		goMod = nil
	}
	temp, cache := goBuildDirs()
	return commandFor(runInfo{
		Exe:       exe,
		TempDirs:  temp,
		CacheDirs: cache,
		Package:   info.Path,
		Module:    info.Main.Path,
		GoMod:     goMod,
	})
}

// goBuildDirs returns the folders go run builds in: the temporary
// folders it makes its go-build… folders in (GOTMPDIR, else the system's),
// and the build cache it keeps programs in since Go 1.24 (GOCACHE, else
// go-build in the user's cache folder). A GOCACHE set only with go env -w
// is not seen; the command then stays DefaultCommand. Each comes as given
// and with its symbolic links resolved.
func goBuildDirs() (temp, cache []string) {
	temp = withResolved(os.Getenv("GOTMPDIR"), os.TempDir())
	if c := os.Getenv("GOCACHE"); c != "" {
		cache = withResolved(c)
	} else if dir, err := os.UserCacheDir(); err == nil {
		cache = withResolved(filepath.Join(dir, "go-build"))
	}
	return temp, cache
}

// withResolved returns the non-empty paths, each also with its symbolic
// links resolved when that differs.
func withResolved(paths ...string) []string {
	var out []string
	for _, p := range paths {
		if p == "" {
			continue
		}
		out = append(out, p)
		if r, err := filepath.EvalSymlinks(p); err == nil && r != p {
			out = append(out, r)
		}
	}
	return out
}

// runInfo is what decides the command that runs this program.
type runInfo struct {
	Exe       string   // the running executable (os.Executable)
	TempDirs  []string // where go run makes its go-build… folders
	CacheDirs []string // the build caches go run keeps programs in
	Package   string   // the main package's import path (debug.BuildInfo.Path)
	Module    string   // its module's path (debug.BuildInfo.Main.Path)
	GoMod     []byte   // the working folder's go.mod, nil when it has none
}

// commandFor returns goRunCommand for a program that go run built from
// the root package of the module whose go.mod is in the working folder,
// and DefaultCommand otherwise. go run writes the program, named after
// its package, in a go-build… folder under a temporary folder, or keeps
// it in the build cache; a test binary there is named pkg.test instead.
func commandFor(ri runInfo) string {
	if ri.Module == "" || ri.Package != ri.Module || ri.GoMod == nil ||
		modfile.ModulePath(ri.GoMod) != ri.Module {
		return DefaultCommand
	}
	name := strings.TrimSuffix(filepath.Base(ri.Exe), ".exe")
	if name != path.Base(ri.Module) {
		return DefaultCommand
	}
	exes := withResolved(ri.Exe)
	for _, exe := range exes {
		for _, dir := range ri.TempDirs {
			if first, ok := below(dir, exe); ok && strings.HasPrefix(first, "go-build") {
				return goRunCommand
			}
		}
		for _, dir := range ri.CacheDirs {
			if _, ok := below(dir, exe); ok {
				return goRunCommand
			}
		}
	}
	return DefaultCommand
}

// below reports whether file lies in a folder below dir, and names the
// first folder on the way.
func below(dir, file string) (string, bool) {
	rel, err := filepath.Rel(dir, file)
	if err != nil || !filepath.IsLocal(rel) {
		return "", false
	}
	first, _, found := strings.Cut(filepath.ToSlash(rel), "/")
	return first, found
}

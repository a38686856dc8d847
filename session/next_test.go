package session

import (
	"path/filepath"
	"syscall"
	"testing"
)

func TestNextSteps(t *testing.T) {
	for _, c := range []struct {
		cmd, path, set string
		markdown       bool
		want           string
	}{
		{"", "report.md", "", true, "Read it again: itcheck show report.md\n" +
			"Compare with a colleague's: itcheck compare report.md theirs.md\n"},
		{"itcheck", "my report.md", "client set.yaml", true, "Read it again: itcheck show 'my report.md' --questions 'client set.yaml'\n" +
			"Compare with a colleague's: itcheck compare 'my report.md' theirs.md --questions 'client set.yaml'\n"},
		{"itcheck", "result.json", "", false, "Compare with a colleague's: itcheck compare result.json theirs.md\n"},
		{"itcheck", "-r.md", "", true, "Read it again: itcheck show ./-r.md\n" +
			"Compare with a colleague's: itcheck compare ./-r.md theirs.md\n"},
		{"itcheck", "a\x1b[2J\u202eb.md", "", false, `Compare with a colleague's: itcheck compare $'a\033[2J\342\200\256b.md' theirs.md` + "\n"},
		{"itcheck", "a\tb.md", "s\n.yaml", true, `Read it again: itcheck show $'a\tb.md' --questions $'s\n.yaml'` + "\n" +
			`Compare with a colleague's: itcheck compare $'a\tb.md' theirs.md --questions $'s\n.yaml'` + "\n"},
		{"go run .", "report.md", "set.yaml", true, "Read it again: go run . show report.md --questions set.yaml\n" +
			"Compare with a colleague's: go run . compare report.md theirs.md --questions set.yaml\n"},
	} {
		if got := NextSteps(c.cmd, c.path, c.set, c.markdown); got != c.want {
			t.Errorf("NextSteps(%q, %q, %q, %v) =\n%s\nwant\n%s", c.cmd, c.path, c.set, c.markdown, got, c.want)
		}
	}
}

func TestCommandFor(t *testing.T) {
	tmp := filepath.FromSlash("/tmp")
	cache := filepath.FromSlash("/home/ann/.cache/go-build")
	goMod := []byte("module itcheck\n\ngo 1.26\n")
	run := func(change func(*runInfo)) runInfo {
		ri := runInfo{
			Exe:       filepath.FromSlash("/tmp/go-build705816950/b001/exe/itcheck"),
			TempDirs:  []string{tmp},
			CacheDirs: []string{cache},
			Package:   "itcheck",
			Module:    "itcheck",
			GoMod:     goMod,
		}
		change(&ri)
		return ri
	}
	for _, c := range []struct {
		what string
		ri   runInfo
		want string
	}{
		{"go run in the module root", run(func(*runInfo) {}), "go run ."},
		{"go run, program kept in the build cache", run(func(ri *runInfo) {
			ri.Exe = filepath.Join(cache, "db", "db641de4-d", "itcheck")
		}), "go run ."},
		{"go run on Windows", run(func(ri *runInfo) {
			ri.Exe = filepath.Join(tmp, "go-build1", "b001", "exe", "itcheck.exe")
		}), "go run ."},
		{"go run under GOTMPDIR", run(func(ri *runInfo) {
			ri.TempDirs = []string{tmp, filepath.FromSlash("/scratch")}
			ri.Exe = filepath.FromSlash("/scratch/go-build42/b001/exe/itcheck")
		}), "go run ."},
		{"go.mod with comments", run(func(ri *runInfo) {
			ri.GoMod = []byte("// itcheck\nmodule \"itcheck\" // the tool\n")
		}), "go run ."},
		{"installed", run(func(ri *runInfo) {
			ri.Exe = filepath.FromSlash("/home/ann/go/bin/itcheck")
		}), "itcheck"},
		{"built into the temporary folder, not by go run", run(func(ri *runInfo) {
			ri.Exe = filepath.Join(tmp, "itcheck")
		}), "itcheck"},
		{"in a temporary folder not go run's", run(func(ri *runInfo) {
			ri.Exe = filepath.Join(tmp, "build", "itcheck")
		}), "itcheck"},
		{"go-build folder outside the temporary folders", run(func(ri *runInfo) {
			ri.Exe = filepath.FromSlash("/srv/go-build1/b001/exe/itcheck")
		}), "itcheck"},
		{"the build cache folder itself", run(func(ri *runInfo) {
			ri.Exe = filepath.Join(cache, "itcheck")
		}), "itcheck"},
		{"a test binary", run(func(ri *runInfo) {
			ri.Exe = filepath.Join(tmp, "go-build1", "b001", "itcheck.test")
		}), "itcheck"},
		{"working folder without go.mod", run(func(ri *runInfo) { ri.GoMod = nil }), "itcheck"},
		{"working folder of another module", run(func(ri *runInfo) {
			ri.GoMod = []byte("module example.com/other\n")
		}), "itcheck"},
		{"main package below the module root", run(func(ri *runInfo) { ri.Package = "itcheck/cmd/x" }), "itcheck"},
		{"no module", run(func(ri *runInfo) { ri.Module, ri.Package = "", "" }), "itcheck"},
	} {
		if got := commandFor(c.ri); got != c.want {
			t.Errorf("%s: commandFor(%+v) = %q, want %q", c.what, c.ri, got, c.want)
		}
	}
}

func TestStopTellsCommand(t *testing.T) {
	stateIn(t)
	set := smallSet(t)
	s := &session{o: Options{SetPath: "a\tb.yaml", Command: "go run ."}, keeper: newKeeper(set)}
	a := someAnswers(set)
	s.keeper.change(a, 1)
	err := s.stopped(stopBySignal(syscall.SIGTERM), &a, nil)
	want := `Stopped (SIGTERM). Your answers are kept: run go run . --questions $'a\tb.yaml' again to resume.`
	if err.Error() != want {
		t.Errorf("stop line %q, want %q", err, want)
	}
}

// TestFitSteps: at 40 columns a step too wide for its line has its command
// on a line of its own, whole; one that fits, or a line without a label,
// is left as it is.
func TestFitSteps(t *testing.T) {
	steps := NextSteps("itcheck", "/tmp/tmp.QviZvtIwLX/r.md", "", true)
	got := fitSteps(steps, 40)
	want := "Read it again:\n  itcheck show /tmp/tmp.QviZvtIwLX/r.md\n" +
		"Compare with a colleague's:\n  itcheck compare /tmp/tmp.QviZvtIwLX/r.md theirs.md\n"
	if got != want {
		t.Errorf("fitSteps at 40:\n%s\nwant:\n%s", got, want)
	}
	// "Read it again: itcheck show r.md" is 32 cells; the compare step, 51.
	short := NextSteps("itcheck", "r.md", "", true)
	if got, want := fitSteps(short, 40), "Read it again: itcheck show r.md\nCompare with a colleague's:\n  itcheck compare r.md theirs.md\n"; got != want {
		t.Errorf("fitSteps at 40:\n%s\nwant:\n%s", got, want)
	}
	// A command that fits the line only without the indent goes without it.
	if got, want := fitSteps(NextSteps("go run .", "/tmp/nu4/r.md", "", false), 40), "Compare with a colleague's:\ngo run . compare /tmp/nu4/r.md theirs.md\n"; got != want {
		t.Errorf("fitSteps at 40:\n%s\nwant:\n%s", got, want)
	}
	if got := fitSteps(short, 100); got != short {
		t.Errorf("fitSteps at 100 changed the steps:\n%s", got)
	}
}

// TestShellPath: a path as typed in a suggested command: standard input
// stays "-", a path with a space is quoted, one starting with a dash
// gets ./ so it is not a flag.
func TestShellPath(t *testing.T) {
	for path, want := range map[string]string{
		"-":               "-",
		"my answers.yaml": "'my answers.yaml'",
		"-odd.yaml":       "./-odd.yaml",
		"plain/report.md": "plain/report.md",
	} {
		if got := ShellPath(path); got != want {
			t.Errorf("ShellPath(%q) = %q, want %q", path, got, want)
		}
	}
}

package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"itcheck/compare"
	"itcheck/internal/safetext"
	"itcheck/internal/strictyaml"
	"itcheck/internal/termout"
	"itcheck/questions"
)

// compareFlags are the compare command's flags.
type compareFlags struct {
	questions string
	format    string
	out       string
	force     bool
	overTime  bool
	apart     bool // --side-by-side
	noColor   bool
}

func newCompareCommand(e *env) *cobra.Command {
	var f compareFlags
	cmd := &cobra.Command{
		Use:   "compare REPORT...",
		Short: "Compare reports: where answers disagree",
		Long: "Puts saved reports (markdown reports or JSON results; a folder stands for\n" +
			"the reports in it, its *.md, *.markdown and JSON result files) side by\n" +
			"side: each area's split and verdict per respondent or role, the questions\n" +
			"where answers place accountability differently (mixed signals, largest\n" +
			"first), where many said Not sure, and, in markdown, an agenda for the\n" +
			"meeting. Two reports of one role with different dates, or any two with\n" +
			"--over-time, show what changed instead (--side-by-side keeps two people's\n" +
			"reports side by side). Reports of another question set are refused\n" +
			"(exit 2); reports of another version of the set are compared on the\n" +
			"questions they share.",
		Example: `# everyone's reports, in the terminal
itcheck compare reports/

# the meeting document, with the agenda
itcheck compare reports/ --out team-view.md

# what changed since last year
itcheck compare itcheck-2025-11-20.md itcheck-2026-11-27.md`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errors.New("compare needs reports, or a folder of them, to compare (itcheck compare REPORT...)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCompare(e, f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.questions, "questions", "", "question set the reports answer, instead of the\nbuilt-in one (YAML)")
	fl.StringVarP(&f.format, "format", "f", "", "text, markdown or json (default: .md → markdown,\n.json → json, else text)")
	fl.StringVarP(&f.out, "out", "o", "", "write to this file instead of standard output\n(- also means standard output)")
	fl.BoolVar(&f.force, "force", false, "replace the --out file if it exists")
	fl.BoolVar(&f.overTime, "over-time", false, "compare two reports as one person's (or role's) over time")
	fl.BoolVar(&f.apart, "side-by-side", false, "compare two reports of one role from different dates\nas two people's, not as change over time")
	fl.BoolVar(&f.noColor, "no-color", false, "no colours (also NO_COLOR=1)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		[]string{formatText, formatMarkdown, formatJSON}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.MarkFlagFilename("questions", "yaml", "yml")
	return cmd
}

// compareWidth is the widest the comparison is written: its columns are
// laid out for 80.
const compareWidth = 80

func runCompare(e *env, f compareFlags, args []string) error {
	if f.out == stdoutName {
		f.out = "" // standard output, as without --out
	}
	format, err := reportFormat(f.format, f.out)
	if err != nil {
		return err
	}
	if err := refuseExisting(f.out, f.force); err != nil {
		return err
	}
	set, err := loadSet(e, f.questions)
	if err != nil {
		return err
	}
	setName := builtinName
	if f.questions != "" {
		setName = displayName(f.questions)
	}
	names, skipped, problems := reportFiles(args)
	if len(skipped) > 0 {
		// An answers file named as well as found is compared, not skipped.
		named := map[string]bool{}
		for _, n := range names {
			named[pathKey(n)] = true
		}
		skipped = slices.DeleteFunc(skipped, func(s string) bool { return named[pathKey(s)] })
	}
	if len(skipped) > 0 {
		sayAnswersSkipped(e.stderr, skipped)
	}
	names = once(e, names)
	if len(names) < 2 {
		// Too few to compare: a file that is not there is the mistake
		// to name, not the count it leaves.
		problems = append(problems, unreadable(names)...)
	}
	if len(problems) > 0 {
		return &problemsError{lines: problems}
	}
	cmp, err := compare.Compare(set, names, func(name string) ([]byte, error) { return readInput(e, name) },
		compare.Options{SetName: setName, OverTime: f.overTime, SideBySide: f.apart})
	if err != nil {
		var ce *compare.Error
		if !errors.As(err, &ce) {
			return &problemsError{lines: []string{err.Error()}}
		}
		pe := &problemsError{}
		for _, p := range ce.Problems {
			pe.lines = append(pe.lines, fmt.Sprint(p))
		}
		n := len(ce.Problems)
		pe.summary = fmt.Sprintf("cannot compare: %d of %d %s %s problems; nothing was compared",
			n, len(names), plural(len(names), "report", "reports"), plural(n, "has", "have"))
		return pe
	}
	dates := map[string]string{}
	for _, r := range cmp.Respondents {
		dates[r.File] = r.Date
	}
	for _, group := range cmp.Twins {
		quoted := make([]string, len(group))
		var undated []string
		for i, f := range group {
			quoted[i] = safetext.Quote(f)
			if dates[f] == "" {
				undated = append(undated, quoted[i])
			}
		}
		same := "answers, notes, role and date"
		if len(undated) > 0 && len(undated) < len(group) {
			same = fmt.Sprintf("answers, notes and role (%s %s no date: answers a report may have been made from)",
				strings.Join(undated, " and "), plural(len(undated), "has", "have"))
		}
		say(e.stderr, "warning: %s hold the same %s, and each is counted; if they are one person's report, compare only one",
			strings.Join(quoted, " and "), same)
	}
	for _, d := range cmp.IndexDiffers {
		sayIndexDiffers(e.stderr, displayName(d.File), d.Pos, d.Recorded, d.Scored, "compared")
	}
	if cmp.Inferred {
		sayInferred(e.stderr, set, cmp.Change)
	}
	meta := compare.Meta{Tool: "itcheck " + toolVersion()}
	var out []byte
	switch format {
	case formatJSON:
		out = safetext.JSON(cmp.JSON(meta)) // file names can hold anything
	case formatMarkdown:
		out = cmp.Markdown(meta)
	default:
		if f.out == "" {
			look := termout.For(e.stdin, e.stdout, termout.Options{MaxWidth: compareWidth, AskDark: true, NoColor: f.noColor})
			fmt.Fprint(look.W, cmp.Text(compare.TextOptions{Width: look.Width, Dark: look.Dark}))
			return nil
		}
		out = plainText(cmp.Text(compare.TextOptions{Width: 80, Dark: true}))
	}
	if f.out == "" {
		_, err := e.stdout.Write(out)
		return err
	}
	if err := writeReport(e, f.out, out, f.force); err != nil {
		return err
	}
	say(e.stderr, "Comparison written to %s", displayName(f.out))
	return nil
}

// unreadable says, for each of names that cannot be read (it does not
// exist, say), why not, as reading it would. "-" is standard input.
func unreadable(names []string) []string {
	var problems []string
	for _, n := range names {
		if n == "-" {
			continue
		}
		if _, err := os.Stat(n); err != nil {
			problems = append(problems, fmt.Sprintf("cannot read %s: %v", displayName(n), unwrapPath(err)))
		}
	}
	return problems
}

// once drops a file named a second time (directly or through its folder),
// saying so: a report counted twice would weigh its answers double.
func once(e *env, names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		key := pathKey(n)
		if seen[key] {
			say(e.stderr, "%s is given twice; it is compared once", displayName(n))
			continue
		}
		seen[key] = true
		out = append(out, n)
	}
	return out
}

// pathKey is what tells two names of one file apart from two files: its
// absolute path, cleaned.
func pathKey(name string) string {
	if abs, err := filepath.Abs(name); err == nil {
		return abs
	}
	return filepath.Clean(name)
}

// reportFiles expands the arguments: a folder stands for the reports in
// it (*.md, *.markdown and *.json, in name order, not its subfolders).
// A YAML or JSON file in a folder that holds plain answers rather than a
// result is skipped: a folder often holds the answers files reports were made
// from, and counting one beside its report would count a person twice.
// Files named are passed on as given, whatever they hold, so that reading
// them reports every problem at once; a folder that cannot be read or
// holds no reports is a problem of its own.
func reportFiles(args []string) (names, skipped, problems []string) {
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			names = append(names, a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			problems = append(problems, fmt.Sprintf("cannot read %s: %v", displayName(a), unwrapPath(err)))
			continue
		}
		n := len(names)
		for _, en := range entries {
			ext := strings.ToLower(filepath.Ext(en.Name()))
			name := filepath.Join(a, en.Name())
			if !en.IsDir() && (ext == ".yaml" || ext == ".yml") {
				// Answers files are told as skipped, like JSON answers, so
				// none goes unmentioned; other YAML (a question set, say)
				// is no report and passed over.
				if yamlHoldsAnswers(name) {
					skipped = append(skipped, name)
				}
				continue
			}
			if en.IsDir() || !slices.Contains([]string{".md", ".markdown", ".json"}, ext) {
				continue
			}
			if ext == ".json" && jsonHoldsAnswers(name) {
				skipped = append(skipped, name)
				continue
			}
			names = append(names, name)
		}
		if len(names) == n {
			problems = append(problems, fmt.Sprintf("%s holds no reports (looked for *.md, *.markdown and *.json files)", displayName(a)))
		}
	}
	return names, skipped, problems
}

// jsonHoldsAnswers reports whether the JSON file name is a plain answers file
// rather than a JSON result: its "set" is an id, not an object (the rule
// report.ReadAnswers goes by). It reads only as far as "set". A file that
// cannot be read or is not a JSON object with a set is not known to hold
// answers: it is compared, and reading it says what is wrong.
func jsonHoldsAnswers(name string) bool {
	// Opened as every input is: a named pipe or a device is refused, not
	// waited on, and reading it later says what it is.
	f, err := openRegular(name)
	if err != nil {
		return false
	}
	defer f.Close()
	answers, ok := jsonAnswers(bufio.NewReader(f))
	return ok && answers
}

// yamlHoldsAnswers reports whether the YAML file name reads as answers.
// It is opened as every input is (openRegular), so a named pipe is not
// waited on, and read up to the size any input may have.
func yamlHoldsAnswers(name string) bool {
	f, err := openRegular(name)
	if err != nil {
		return false
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, strictyaml.MaxBytes+1))
	if err != nil || len(data) > strictyaml.MaxBytes {
		return false
	}
	return holdsAnswers(name, data)
}

// jsonAnswers reads a JSON object from r as far as its top-level "set":
// answers is true when the set is an id (an answers file), false when it
// is an object (a JSON result); ok is false when r holds no object with
// a set.
func jsonAnswers(r io.Reader) (answers, ok bool) {
	dec := json.NewDecoder(r)
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false, false
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return false, false
		}
		if key == "set" {
			t, err := dec.Token()
			if err != nil {
				return false, false
			}
			_, isString := t.(string)
			return isString, isString || t == json.Delim('{')
		}
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return false, false
		}
	}
	return false, false
}

// sayAnswersSkipped tells, on w, which answers files found in folders were
// left out of the comparison, and how to include them.
func sayAnswersSkipped(w io.Writer, skipped []string) {
	names := make([]string, len(skipped))
	for i, n := range skipped {
		names[i] = displayName(n)
	}
	list := shortList(names)
	say(w, "Skipped %s: %s answers, not %s, and a folder stands for the reports in it; to compare answers, name the %s",
		list, plural(len(skipped), "it holds", "they hold"), plural(len(skipped), "a report", "reports"), plural(len(skipped), "file", "files"))
}

// sayInferred tells, on w, that two reports were taken to be one
// respondent's over time because they share a role and differ in date,
// and how to compare them as two people's instead.
func sayInferred(w io.Writer, set *questions.Set, ch *compare.Change) {
	role := ch.From.Role
	if r := set.Role(role); r != nil {
		role = r.Label
	}
	say(w, "Compared as one respondent over time: both reports are by the role %q, dated %s and %s. If two people answered, add --side-by-side.",
		role, ch.From.Date, ch.To.Date)
}

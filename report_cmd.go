package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"itcheck/internal/safetext"
	"itcheck/internal/strictyaml"
	"itcheck/internal/termout"
	"itcheck/questions"
	"itcheck/report"
	"itcheck/scoring"
	"itcheck/session"
)

// Report formats.
const (
	formatText     = "text"
	formatMarkdown = "markdown"
	formatJSON     = "json"
)

// reportFlags are the report command's flags.
type reportFlags struct {
	answers      string
	questions    string
	format       string
	out          string
	force        bool
	date         string
	allowPartial bool
	explain      bool
	noColor      bool
}

func newReportCommand(e *env) *cobra.Command {
	var f reportFlags
	cmd := &cobra.Command{
		Use:   "report --answers FILE",
		Short: "Score an answers file or a saved report",
		Long: "Scores answers from a YAML or JSON answers file, a saved markdown report or\n" +
			"a JSON result (- reads standard input) and prints the verdict, or writes the\n" +
			"markdown report or the JSON result. Every problem with the answers is listed\n" +
			"at once, with its line, and nothing is written (exit 2).",
		Example: `# the verdict for an answers file
itcheck report --answers answers.yaml

# the markdown report, as the interactive check writes it
itcheck report --answers answers.yaml --out itcheck-acme.md

# the result for scripts
itcheck report --answers answers.yaml --format json | jq .index

# score a saved report again, explaining each area
itcheck report --answers itcheck-2026-11-27.md --explain`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runReport(e, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.answers, "answers", "a", "", "answers file, saved report or JSON result to score\n(- for standard input)")
	fl.StringVar(&f.questions, "questions", "", "question set to use instead of the built-in one (YAML)")
	fl.StringVarP(&f.format, "format", "f", "", "text, markdown or json (default: .md → markdown,\n.json → json, else text)")
	fl.StringVarP(&f.out, "out", "o", "", "write to this file instead of standard output\n(- also means standard output)")
	fl.BoolVar(&f.force, "force", false, "replace the --out file if it exists")
	fl.StringVar(&f.date, "date", "", "date to record, YYYY-MM-DD\n(default: the answers' date, else today)")
	fl.BoolVar(&f.allowPartial, "allow-partial", false, "score what was answered and mark the report incomplete")
	fl.BoolVar(&f.explain, "explain", false, "explain why each area landed where it did\n(text and markdown)")
	fl.BoolVar(&f.noColor, "no-color", false, "no colours (also NO_COLOR=1)")
	_ = cmd.MarkFlagRequired("answers")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		[]string{formatText, formatMarkdown, formatJSON}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.MarkFlagFilename("answers", "yaml", "yml", "json", "md", "markdown")
	_ = cmd.MarkFlagFilename("questions", "yaml", "yml")
	return cmd
}

func runReport(e *env, f reportFlags) error {
	if f.out == stdoutName {
		f.out = "" // standard output, as without --out
	}
	format, err := reportFormat(f.format, f.out)
	if err != nil {
		return err
	}
	if f.date != "" {
		if _, err := reportDate(f.date); err != nil {
			return err
		}
	}
	if err := refuseExisting(f.out, f.force); err != nil {
		return err
	}
	set, err := loadSet(e, f.questions)
	if err != nil {
		return invalidInput(err)
	}
	data, err := readInput(e, f.answers)
	if err != nil {
		return invalidInput(err)
	}
	name := displayName(f.answers)
	answers, err := report.ReadAnswers(name, data)
	if err != nil {
		return invalidInput(err)
	}
	if err := set.Check(name, answers, questions.CheckOptions{AllowPartial: f.allowPartial}); err != nil {
		return invalidInput(err)
	}
	if answers.Hash != "" && answers.Set == set.ID && answers.Version == set.Version && answers.Hash != set.Hash {
		say(e.stderr, "%s: warning: the answers were given to another text of %s %s (%s); scoring with these questions",
			name, set.ID, set.Version, questions.HashNote(answers.Hash, set.Hash))
	}
	date := f.date
	if date == "" {
		if date, err = answersDate(answers); err != nil {
			return err
		}
	}
	answers.Date = date
	result := scoring.Score(set, answers)
	meta := report.Meta{Tool: "itcheck " + toolVersion(), Date: date}

	var out []byte
	switch format {
	case formatJSON:
		out = safetext.JSON(report.JSON(result, meta)) // safe to print, same meaning
	case formatMarkdown:
		out = report.MarkdownWith(result, meta, report.MarkdownOptions{Explain: f.explain})
	default:
		if f.out == "" {
			printText(e, result, report.TextOptions{Explain: f.explain}, f.noColor, f.answers != "-")
			return nil
		}
		out = plainText(report.Text(result, report.TextOptions{Width: 80, Dark: true, Explain: f.explain, Plain: true}))
	}
	if format != formatText && len(out) > strictyaml.MaxBytes {
		// Reports and results are read back (report, show, compare); one
		// larger than what itcheck reads would be of no use.
		return invalidInput(fmt.Errorf("the %s would be %d bytes, more than the 1 MiB itcheck reads back; shorten the notes, or split the question set", format, len(out)))
	}
	if f.out == "" {
		_, err := e.stdout.Write(out)
		return err
	}
	if err := writeReport(e, f.out, out, f.force); err != nil {
		return withExitCode(err, exitFailure)
	}
	say(e.stderr, "Report written to %s", displayName(f.out))
	if format != formatText {
		_ = session.WriteNextSteps(e.stderr, session.Command(), f.out, f.questions, format == formatMarkdown)
	}
	return nil
}

// reportFormat checks --format, or picks it from the --out file's name.
func reportFormat(flag, out string) (string, error) {
	switch flag {
	case formatText, formatMarkdown, formatJSON:
		return flag, nil
	case "":
	default:
		return "", usageErrorf("unknown --format %q: expected text, markdown or json", flag)
	}
	ext := strings.ToLower(filepath.Ext(out))
	switch ext {
	case ".md", ".markdown":
		return formatMarkdown, nil
	case ".json":
		return formatJSON, nil
	}
	if slices.Contains(otherFormats, ext) {
		return "", usageErrorf("--out %s: %s is not a format itcheck writes; the formats are text (.txt, or no extension), markdown (.md) and json (.json): name the file for one of them, or give --format text, markdown or json to keep this name",
			displayName(out), ext)
	}
	return formatText, nil
}

// otherFormats are extensions that name a format itcheck does not write:
// text written under such a name would mislead whatever opens it. Any
// other name, without --format, gets text.
var otherFormats = []string{
	".yaml", ".yml", ".toml", ".xml", ".csv", ".tsv", ".jsonl", ".ndjson",
	".html", ".htm", ".xhtml", ".pdf", ".rtf", ".doc", ".docx", ".odt",
	".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".odp", ".rst", ".adoc", ".tex", ".org",
}

// answersDate is the date the answers record (checked when they were
// read), or today's when they record none: a saved report scored again
// keeps its date.
func answersDate(a *questions.Answers) (string, error) {
	if a.Date == "" {
		return reportDate("")
	}
	return a.Date, nil
}

// printText writes the verdict to stdout at the terminal's width (at
// most 100 columns), in colour only when stdout is a terminal that wants
// it. With askTerminal, and stdin a terminal too, the terminal is asked
// for its background colour (a dark one is assumed if it does not say);
// otherwise opt.Dark is kept as given.
func printText(e *env, r *scoring.Result, opt report.TextOptions, noColor, askTerminal bool) {
	look := termout.For(e.stdin, e.stdout, termout.Options{MaxWidth: termout.TextWidth, AskDark: askTerminal, Dark: opt.Dark, NoColor: noColor})
	opt.Width, opt.Dark, opt.Plain = look.Width, look.Dark, look.Plain
	fmt.Fprint(look.W, report.Text(r, opt))
}

// plainText removes all styling, for text written to a file.
func plainText(s string) []byte {
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.NoTTY}
	_, _ = w.WriteString(s)
	return b.Bytes()
}

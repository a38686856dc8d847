package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"itcheck/internal/safetext"
	"itcheck/internal/termout"
	"itcheck/questions"
	"itcheck/report"
	"itcheck/scoring"
	"itcheck/session"
)

func newShowCommand(e *env) *cobra.Command {
	var questionsPath string
	var noColor bool
	cmd := &cobra.Command{
		Use:   "show REPORT",
		Short: "Show a saved report in the terminal",
		Long: "Shows a saved report for reading in the terminal: a line naming the question\n" +
			"set, date and role, then the verdict scored again from the answers the\n" +
			"report records, with every recommendation, and the notes. Only the report's\n" +
			"data block is read, and checked; the rest of the markdown is never printed,\n" +
			"so nothing a file holds can reach the terminal unchecked. A file that is not\n" +
			"an itcheck report, or answers another question set than the one in use, is\n" +
			"refused (exit 2).",
		Example: `# read a report a colleague sent
itcheck show itcheck-2026-11-27.md

# a report of a custom question set
itcheck show client-report.md --questions client.yaml

# page through it
itcheck show itcheck-2026-11-27.md | less -R`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return fmt.Errorf("show takes one report, not %d (itcheck show REPORT)", len(args))
			}
			return nil
		},
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"md", "markdown"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runShow(e, args[0], questionsPath, noColor)
		},
	}
	cmd.Flags().StringVar(&questionsPath, "questions", "", "question set the report answers, instead of the\nbuilt-in one (YAML)")
	cmd.Flags().BoolVar(&noColor, "no-color", false, "no colours (also NO_COLOR=1)")
	_ = cmd.MarkFlagFilename("questions", "yaml", "yml")
	return cmd
}

// runShow prints a saved report from its data block alone: the answers
// are checked against the question set and scored again, and the verdict
// is written by the report package, as at the end of a check.
func runShow(e *env, path, questionsPath string, noColor bool) error {
	set, err := loadSet(e, questionsPath)
	if err != nil {
		return err
	}
	data, err := readInput(e, path)
	if err != nil {
		return err
	}
	name := displayName(path)
	fm, err := report.ParseReport(name, data)
	if err != nil {
		// An answers file or a JSON result reads as answers elsewhere;
		// say so rather than that it lacks a report's data block.
		if holdsAnswers(name, data) {
			what := "an answers file"
			if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '{' {
				what = "JSON (a result or answers)"
			}
			return usageErrorf("%s is %s, not a markdown report; show reads reports. To see its verdict: %s report --answers %s",
				name, what, session.Command(), session.ShellPath(path))
		}
		return invalidInput(err)
	}
	answers := fm.Answers()
	if answers.Set != set.ID || answers.Version != set.Version {
		where := "the built-in questions are"
		if questionsPath != "" {
			where = displayName(questionsPath) + " is"
		}
		at := answers.PosOf("version")
		if answers.Set != set.ID {
			at = answers.PosOf("set")
		}
		return invalidInput(questions.Problems{{File: name, Pos: at,
			Msg: fmt.Sprintf("the report answers question set %q version %q, but %s %q version %q; pass the set it answers with --questions",
				answers.Set, answers.Version, where, set.ID, set.Version)}})
	}
	if err := set.Check(name, answers, questions.CheckOptions{AllowPartial: true}); err != nil {
		return invalidInput(err)
	}
	if answers.Hash != "" && answers.Hash != set.Hash {
		say(e.stderr, "%s: warning: the report answers another text of %s %s (%s); shown with these questions",
			name, set.ID, set.Version, questions.HashNote(answers.Hash, set.Hash))
	}
	result := scoring.Score(set, answers)
	if fm.Complete && !result.Complete() {
		say(e.stderr, "%s:%s: warning: the report says it is complete, but %s; shown as incomplete",
			name, fm.PosOf("complete"), notAnswered(result.Missing))
	}
	if answers.Hash == set.Hash && fm.Index != result.Index {
		sayIndexDiffers(e.stderr, name, fm.PosOf("index"), fm.Index, result.Index, "shown")
	}
	look := termout.For(e.stdin, e.stdout, termout.Options{MaxWidth: termout.TextWidth, AskDark: path != "-", NoColor: noColor})
	_, err = fmt.Fprint(look.W, showText(set, fm, answers, result, look))
	return err
}

// notAnswered says which questions are not answered: up to three by id,
// then how many more.
func notAnswered(ids []string) string {
	quoted := make([]string, len(ids))
	for i, id := range ids {
		quoted[i] = strconv.Quote(id)
	}
	if len(ids) == 1 {
		return "question " + quoted[0] + " is not answered"
	}
	return "questions " + shortList(quoted) + " are not answered"
}

// showText is what show prints: a header naming what the report answers,
// the verdict and the notes, laid out for look. Where nothing is styled
// (a pipe, a file, NO_COLOR), nothing is styled only to be stripped
// again: the text is the same.
func showText(set *questions.Set, fm *report.FrontMatter, answers *questions.Answers, result *scoring.Result, look termout.Look) string {
	width, dark := look.Width, look.Dark
	st := report.NewPlainStyles()
	header := ansi.Truncate(showHeader(set, fm), width, "…")
	if !look.Plain {
		st = report.NewStyles(dark)
		header = lipgloss.NewStyle().Bold(true).Render(header)
	}
	var b strings.Builder
	b.WriteString(header)
	b.WriteString("\n\n")
	b.WriteString(report.Text(result, report.TextOptions{Width: width, Dark: dark, Plain: look.Plain}))
	b.WriteString(showNotes(set, answers, width, st))
	return b.String()
}

// showHeader names what the report answers, from its data block: the
// set and version, the date, who answered, and whether it is incomplete.
func showHeader(set *questions.Set, fm *report.FrontMatter) string {
	parts := []string{fm.Set + " " + fm.Version}
	if fm.Date != "" {
		parts = append(parts, fm.Date)
	}
	if fm.Role != "" {
		role := fm.Role
		if r := set.Role(fm.Role); r != nil {
			role = r.Label
		}
		parts = append(parts, role)
	}
	if !fm.Complete {
		parts = append(parts, "incomplete")
	}
	return safetext.Line(strings.Join(parts, " · "))
}

// showNotes lists the notes of each area, in the set's order, cleaned of
// anything a terminal would act on and wrapped to width.
func showNotes(set *questions.Set, a *questions.Answers, width int, st report.Styles) string {
	var b strings.Builder
	for _, area := range set.Areas {
		note := safetext.Note(a.Notes[area.ID])
		if note == "" {
			continue
		}
		if b.Len() == 0 {
			b.WriteString("\n" + st.Heading.Render("Notes") + "\n")
		}
		b.WriteString("\n" + st.Label.Render(ansi.Truncate(safetext.Line(area.Title), width, "…")) + "\n")
		for _, l := range strings.Split(note, "\n") {
			for _, w := range strings.Split(ansi.Wrap(l, max(width-2, 20), ""), "\n") {
				b.WriteString(strings.TrimRight("  "+w, " ") + "\n")
			}
		}
	}
	return b.String()
}

package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"itcheck/questions"
	"itcheck/report"
	"itcheck/scoring"
	"itcheck/session"
)

func newValidateCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "validate [FILE...]",
		Short: "Check question sets; list every problem",
		Long: "Checks each question set file and lists every problem as file:line:column,\n" +
			"errors and warnings (likely mistakes that still work). With no file, checks\n" +
			"the built-in set. Exits 2 when any file has an error.",
		Example: `# check a custom set before anyone answers it
itcheck validate client-questions.yaml`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runValidate(e, args)
		},
	}
}

func runValidate(e *env, files []string) error {
	type input struct {
		name, path string // path as given, "" for the built-in set
		data       []byte
	}
	var inputs []input
	if len(files) == 0 {
		inputs = append(inputs, input{name: builtinName, data: builtinSet})
	}
	failed := 0
	for _, f := range files {
		data, err := readInput(e, f)
		if err != nil {
			say(e.stdout, "%v", err)
			failed++
			continue
		}
		inputs = append(inputs, input{name: displayName(f), path: f, data: data})
	}
	for _, in := range inputs {
		s, ps := questions.Lint(in.name, in.data)
		if len(ps.Errors()) > 0 && holdsAnswers(in.name, in.data) {
			failed++
			say(e.stdout, "%s: this file holds answers (an answers file, a report or a JSON result), not a question set; "+
				"validate checks question sets. To score the answers: %s report --answers %s", in.name, session.Command(), session.ShellPath(in.path))
			continue
		}
		if s != nil && len(ps.Errors()) == 0 {
			ps = append(ps, scoring.Lint(in.name, s)...)
			ps.Sort()
		}
		for _, p := range ps {
			say(e.stdout, "%s", p)
		}
		switch {
		case len(ps.Errors()) > 0:
			failed++
			say(e.stdout, "%s: %s", in.name, problemSummary(ps))
		case len(ps) > 0:
			n := len(ps.Warnings())
			say(e.stdout, "%s: valid with %d %s (%s)", in.name, n, plural(n, "warning", "warnings"), setSize(s))
		default:
			say(e.stdout, "%s: valid (%s)", in.name, setSize(s))
		}
	}
	if failed > 0 {
		return &toldError{code: exitUsage, err: fmt.Errorf("%d of %d files invalid", failed, max(len(files), 1))}
	}
	return nil
}

// holdsAnswers reports whether data reads as answers: an answers file, a
// report or a JSON result, which people give to validate by mistake.
// Whether they fit a set is another matter (report checks that).
func holdsAnswers(name string, data []byte) bool {
	a, err := report.ReadAnswers(name, data)
	return err == nil && len(a.Answers) > 0
}

// setSize says how many areas and questions a set has.
func setSize(s *questions.Set) string {
	a, q := len(s.Areas), s.QuestionCount()
	return fmt.Sprintf("%d %s, %d %s", a, plural(a, "area", "areas"), q, plural(q, "question", "questions"))
}

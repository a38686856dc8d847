package main

import (
	"fmt"
	"os"
	"strings"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"itcheck/questions"
	"itcheck/report"
)

func newShowCommand(e *env) *cobra.Command {
	var noColor bool
	cmd := &cobra.Command{
		Use:   "show REPORT",
		Short: "Render a saved markdown report in the terminal",
		Long: "Renders a saved report for reading in the terminal: a line naming the question\n" +
			"set, date and role, then the report itself. GLAMOUR_STYLE picks another style\n" +
			"(dark, light, notty, ascii or a style file). A file that is not an itcheck\n" +
			"report is refused (exit 2).",
		Example: `# read a report a colleague sent
itcheck show itcheck-2026-11-27.md

# page through it
itcheck show itcheck-2026-11-27.md | less -R`,
		Args: cobra.ExactArgs(1),
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return []string{"md", "markdown"}, cobra.ShellCompDirectiveFilterFileExt
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runShow(e, args[0], noColor)
		},
	}
	cmd.Flags().BoolVar(&noColor, "no-color", false, "no colours (also NO_COLOR=1)")
	return cmd
}

func runShow(e *env, path string, noColor bool) error {
	data, err := readInput(e, path)
	if err != nil {
		return invalidInput(err)
	}
	name := displayName(path)
	fm, err := report.ParseReport(name, data)
	if err != nil {
		return invalidInput(err)
	}
	style, width := styles.NoTTYStyle, 80
	if f, ok := e.stdout.(*os.File); ok && term.IsTerminal(f.Fd()) {
		style = styles.DarkStyle
		if in, ok := e.stdin.(*os.File); ok && path != "-" && term.IsTerminal(in.Fd()) && !lipgloss.HasDarkBackground(in, f) {
			style = styles.LightStyle
		}
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			width = min(w, 100)
		}
	}
	if s := os.Getenv("GLAMOUR_STYLE"); s != "" {
		style = s
	}
	r, err := glamour.NewTermRenderer(glamour.WithStylePath(style), glamour.WithWordWrap(width))
	if err != nil {
		return usageErrorf("cannot use the style %q from GLAMOUR_STYLE: %v", style, err)
	}
	body, err := r.Render(string(report.Body(data)))
	if err != nil {
		return fmt.Errorf("cannot render %s: %w", name, err)
	}
	w := colorWriter(e.stdout, noColor)
	header := lipgloss.NewStyle().Bold(true).Render(showHeader(fm))
	fmt.Fprintln(w, header)
	fmt.Fprint(w, trimLineEnds(body))
	return nil
}

// showHeader names what the report answers, from its front matter: the
// set and version, the date, who answered, and whether it is incomplete.
func showHeader(fm *report.FrontMatter) string {
	parts := []string{fm.Set + " " + fm.Version}
	if fm.Date != "" {
		parts = append(parts, fm.Date)
	}
	if fm.Role != "" {
		role := fm.Role
		if s, err := questions.Parse(builtinName, builtinSet); err == nil && s.ID == fm.Set {
			if r := s.Role(fm.Role); r != nil {
				role = r.Label
			}
		}
		parts = append(parts, role)
	}
	if !fm.Complete {
		parts = append(parts, "incomplete")
	}
	return clean(strings.Join(parts, " · "))
}

// clean keeps only printable text on one line: the front matter was
// checked for control characters, but a header must stay one line.
func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// trimLineEnds removes the spaces glamour pads each line with.
func trimLineEnds(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

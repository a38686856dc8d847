package main

import (
	"github.com/spf13/cobra"

	"itcheck/questions"
)

func newSchemaCommand(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the question set's JSON Schema",
		Long: "Prints the JSON Schema (draft 2020-12) of question set files, for editors\n" +
			"that validate and complete YAML. The built-in questions.yaml points at a\n" +
			"copy of it.",
		Example: `# let your editor check a custom set
itcheck schema > questionset.schema.json`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := e.stdout.Write(questions.Schema())
			return err
		},
	}
}

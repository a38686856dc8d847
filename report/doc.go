// Package report turns a scored result into what people read and share:
// the styled verdict for the terminal (Text), the markdown report with its
// data block at the end (Markdown, MarkdownWith), the result for machines
// (JSON), the plain-words reasons each area landed where it did
// (Explain), and the way back from a saved report, a JSON result or an
// answers file to the answers it records (ParseReport, ReadAnswers).
//
// Every word the output shows comes from the question set; the code adds
// only structural labels such as table headers. Text a person typed
// (notes) is treated as hostile: control characters are removed and
// markdown syntax is escaped, so a note can never change the report's
// structure or a terminal's state.
package report

// Meta is what a report records besides the result.
type Meta struct {
	Tool string // name and version of the program, like "itcheck v0.1.0"
	Date string // the day of the report, YYYY-MM-DD
}

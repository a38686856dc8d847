package main

import (
	"errors"
	"strings"
	"testing"
)

// TestReportFormat: the format comes from --format, else from the --out
// name; a name that says another format is refused rather than filled
// with text.
func TestReportFormat(t *testing.T) {
	for _, tc := range []struct {
		flag, out, want string
	}{
		{"", "", formatText},
		{"", "r.txt", formatText},
		{"", "report", formatText},
		{"", "report.2026-11-27", formatText},
		{"", "r.md", formatMarkdown},
		{"", "R.MARKDOWN", formatMarkdown},
		{"", "r.json", formatJSON},
		{"text", "r.yaml", formatText},
		{"markdown", "r.html", formatMarkdown},
		{"json", "r.md", formatJSON},
	} {
		got, err := reportFormat(tc.flag, tc.out)
		if err != nil || got != tc.want {
			t.Errorf("reportFormat(%q, %q) = %q, %v; want %q", tc.flag, tc.out, got, err, tc.want)
		}
	}
	for _, out := range []string{"r.yaml", "r.yml", "r.html", "R.HTM", "r.pdf", "r.csv", "r.xml", "r.docx"} {
		_, err := reportFormat("", out)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != exitUsage {
			t.Errorf("reportFormat(\"\", %q) = %v; want a usage error", out, err)
			continue
		}
		for _, w := range []string{"--format", ".txt", ".md", ".json"} {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("reportFormat(\"\", %q): %q does not mention %s", out, err, w)
			}
		}
	}
}

package main

import (
	"strings"
	"testing"
)

// TestJSONAnswers: a JSON answers file and a JSON result are told apart
// by their set, read only as far as it; anything else is not known.
func TestJSONAnswers(t *testing.T) {
	for _, tc := range []struct {
		in          string
		answers, ok bool
	}{
		{`{"set": "it-accountability", "version": "2.0.0", "answers": {}}`, true, true},
		{`{"answers": {"a": ["x", {"y": 1}]}, "notes": {}, "set": "s"}`, true, true},
		{`{"tool": "itcheck v1", "set": {"id": "s", "version": "1"}, "answers": {}}`, false, true},
		{`{"tool": "itcheck v1"}`, false, false},
		{`{"set": 3}`, false, false},
		{`[{"set": "s"}]`, false, false},
		{"set: s\nversion: 1\n", false, false},
		{`{"set": "s"`, true, true}, // decided before the syntax error
		{``, false, false},
		{`{"tool": [1, 2`, false, false},
	} {
		answers, ok := jsonAnswers(strings.NewReader(tc.in))
		if answers != tc.answers || ok != tc.ok {
			t.Errorf("jsonAnswers(%q) = %v, %v; want %v, %v", tc.in, answers, ok, tc.answers, tc.ok)
		}
	}
}

// TestSayAnswersSkipped: the note names a few files and counts the rest.
func TestSayAnswersSkipped(t *testing.T) {
	for _, tc := range []struct {
		files []string
		want  string
	}{
		{[]string{"r/a.json"}, "Skipped r/a.json: it holds answers, not a report, and a folder stands for the reports in it; to compare answers, name the file\n"},
		{[]string{"a.json", "b.json", "c.json", "d.json", "e.json"}, "Skipped a.json, b.json, c.json and 2 more: they hold answers, not reports, and a folder stands for the reports in it; to compare answers, name the files\n"},
	} {
		var b strings.Builder
		sayAnswersSkipped(&b, tc.files)
		if b.String() != tc.want {
			t.Errorf("got  %q\nwant %q", b.String(), tc.want)
		}
	}
}

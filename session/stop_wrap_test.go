package session

import "testing"

// The stop line is wrapped between words, and the command to type stays
// whole on a line when it fits.
func TestWrapLine(t *testing.T) {
	for _, tc := range []struct {
		line, cmd string
		width     int
		want      string
	}{
		{"Stopped (ctrl+c). Your answers are kept: run itcheck again to resume.", "itcheck", 40,
			"Stopped (ctrl+c). Your answers are kept:\nrun itcheck again to resume."},
		{"Stopped (ctrl+c). Your answers are kept: run itcheck --questions 'my set.yaml' again to resume.", "itcheck --questions 'my set.yaml'", 40,
			"Stopped (ctrl+c). Your answers are kept:\nrun itcheck --questions 'my set.yaml'\nagain to resume."},
		// A command wider than the line breaks at its spaces, never in a word.
		{"Stopped (ctrl+c). Your answers are kept: run itcheck --questions '/home/someone/clients/acme/question-set.yaml' again to resume.",
			"itcheck --questions '/home/someone/clients/acme/question-set.yaml'", 40,
			"Stopped (ctrl+c). Your answers are kept:\nrun itcheck --questions\n'/home/someone/clients/acme/question-\nset.yaml' again to resume."},
		{"Stopped (SIGTERM). Nothing was answered yet.", "", 100,
			"Stopped (SIGTERM). Nothing was answered yet."},
	} {
		if got := wrapLine(tc.line, tc.cmd, tc.width); got != tc.want {
			t.Errorf("wrapLine(%q, %d):\n%s\nwant:\n%s", tc.line, tc.width, got, tc.want)
		}
	}
}

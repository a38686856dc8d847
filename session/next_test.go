package session

import "testing"

func TestNextSteps(t *testing.T) {
	for _, c := range []struct {
		path, set string
		markdown  bool
		want      string
	}{
		{"report.md", "", true, "Read it again: itcheck show report.md\n" +
			"Compare with a colleague's: itcheck compare report.md theirs.md\n"},
		{"my report.md", "client set.yaml", true, "Read it again: itcheck show 'my report.md' --questions 'client set.yaml'\n" +
			"Compare with a colleague's: itcheck compare 'my report.md' theirs.md --questions 'client set.yaml'\n"},
		{"result.json", "", false, "Compare with a colleague's: itcheck compare result.json theirs.md\n"},
		{"-r.md", "", true, "Read it again: itcheck show ./-r.md\n" +
			"Compare with a colleague's: itcheck compare ./-r.md theirs.md\n"},
		{"a\x1b[2J\u202eb.md", "", false, `Compare with a colleague's: itcheck compare $'a\033[2J\342\200\256b.md' theirs.md` + "\n"},
		{"a\tb.md", "s\n.yaml", true, `Read it again: itcheck show $'a\tb.md' --questions $'s\n.yaml'` + "\n" +
			`Compare with a colleague's: itcheck compare $'a\tb.md' theirs.md --questions $'s\n.yaml'` + "\n"},
	} {
		if got := NextSteps(c.path, c.set, c.markdown); got != c.want {
			t.Errorf("NextSteps(%q, %q, %v) =\n%s\nwant\n%s", c.path, c.set, c.markdown, got, c.want)
		}
	}
}

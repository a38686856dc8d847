package report

import (
	"fmt"
	"testing"
)

// TestScanRecorded: Scan gives the hash and index ParseReport reads, from
// every report it reads, in both layouts, and says when either is missing.
func TestScanRecorded(t *testing.T) {
	base := baseReport(t)
	inputs := map[string][]byte{"base": base, "earlier": earlierLayout(t, base)}
	for i, data := range randomReports(t, 50, 11) {
		inputs[fmt.Sprintf("random-%d", i)] = data
	}
	inputs["edited"] = []byte(editData(t, string(base), "index: 98", "index: 7"))
	for name, data := range inputs {
		f, err := ParseReport(name, data)
		if err != nil {
			t.Fatal(err)
		}
		s, ok := Scan(data)
		if !ok || !s.Recorded || s.Hash != f.Hash || s.Index != f.Index {
			t.Errorf("%s: Scan recorded %q, %d, %v (read %v); ParseReport has %q, %d", name, s.Hash, s.Index, s.Recorded, ok, f.Hash, f.Index)
		}
	}
	if s, _ := Scan(inputs["edited"]); s.Index != 7 {
		t.Errorf("edited index read as %d", s.Index)
	}
	for _, v := range []string{
		editData(t, string(base), "index: 98\n", ""),
		editData(t, string(base), "hash: ", "hashes: "),
		"not a report\n",
	} {
		if s, ok := Scan([]byte(v)); ok && s.Recorded {
			t.Errorf("recorded from:\n%s", v)
		}
	}
}

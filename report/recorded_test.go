package report

import (
	"fmt"
	"testing"
)

// TestScanRecorded: ScanRecorded gives the hash and index ParseReport
// reads, from every report Scan reads, in both layouts.
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
		hash, index, ok := ScanRecorded(data)
		if !ok || hash != f.Hash || index != f.Index {
			t.Errorf("%s: ScanRecorded = %q, %d, %v; ParseReport has %q, %d", name, hash, index, ok, f.Hash, f.Index)
		}
	}
	if _, index, _ := ScanRecorded(inputs["edited"]); index != 7 {
		t.Errorf("edited index read as %d", index)
	}
	for _, v := range []string{
		editData(t, string(base), "index: 98\n", ""),
		editData(t, string(base), "hash: ", "hashes: "),
		"not a report\n",
	} {
		if _, _, ok := ScanRecorded([]byte(v)); ok {
			t.Errorf("read from:\n%s", v)
		}
	}
}

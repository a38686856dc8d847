package compare

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEarlierLayout compares reports saved in the layout itcheck wrote
// before (the data as front matter at the top; kept in
// testdata/old-layout) and finds exactly what the same reports in today's
// layout give.
func TestEarlierLayout(t *testing.T) {
	s := builtin(t)
	for _, dir := range []string{"team", "time"} {
		t.Run(dir, func(t *testing.T) {
			entries, err := os.ReadDir(filepath.Join("testdata", dir))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, e := range entries {
				names = append(names, filepath.Join("testdata", dir, e.Name()))
			}
			// The same names, read from the copies in the earlier layout.
			old := func(name string) ([]byte, error) {
				data, err := os.ReadFile(filepath.Join("testdata", "old-layout", dir, filepath.Base(name)))
				if err == nil && !bytes.HasPrefix(data, []byte("---\n")) {
					t.Fatalf("%s is not in the earlier layout", name)
				}
				return data, err
			}
			now := func(name string) ([]byte, error) {
				data, err := os.ReadFile(name)
				if err == nil && bytes.HasPrefix(data, []byte("---\n")) {
					t.Fatalf("%s is in the earlier layout", name)
				}
				return data, err
			}
			want, err := Compare(s, names, now, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := Compare(s, names, old, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.JSON(testMeta), want.JSON(testMeta)) {
				t.Errorf("the earlier layout compares otherwise:\n%s", got.JSON(testMeta))
			}
			if md := string(got.Markdown(testMeta)); md != string(want.Markdown(testMeta)) || !strings.Contains(md, "Executive or owner") {
				t.Errorf("the earlier layout gives another comparison:\n%s", md)
			}
		})
	}
}

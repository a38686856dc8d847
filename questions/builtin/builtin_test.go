package builtin

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"itcheck/questions"
)

func readSet(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("../../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestGenerated checks that the generated set is exactly what Parse gives
// for questions.yaml, positions and hash included. When it fails after a
// change to questions.yaml, run: go generate ./questions/builtin
func TestGenerated(t *testing.T) {
	data := readSet(t)
	want, err := questions.Parse("questions.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := Set(data)
	if !ok {
		t.Fatal("set_gen.go was generated from another questions.yaml: run go generate ./questions/builtin")
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatal("the generated set differs from what Parse gives for questions.yaml: run go generate ./questions/builtin")
	}
	// Positions are unexported in the Meta; DeepEqual compared them. Spot
	// one through the API all the same.
	if g, w := got.Areas[1].Questions[0].PosOf("options"), want.Areas[1].Questions[0].PosOf("options"); g != w || g.Line == 0 {
		t.Fatalf("position of the options of %s: got %v, want %v", want.Areas[1].Questions[0].ID, g, w)
	}
}

// TestOtherBytesParsed checks that any other text, down to one byte, is
// not answered with the generated set.
func TestOtherBytesParsed(t *testing.T) {
	data := readSet(t)
	for _, other := range [][]byte{
		nil,
		bytes.Replace(data, []byte("Who is"), []byte("Who's"), 1),
		append(bytes.Clone(data), '\n'),
		append([]byte("\ufeff"), data...),
	} {
		if _, ok := Set(other); ok {
			t.Errorf("Set accepted %d bytes that are not questions.yaml", len(other))
		}
	}
}

// TestFreshCopies checks that every call returns a set of its own, so
// that a caller changing one cannot change another's.
func TestFreshCopies(t *testing.T) {
	data := readSet(t)
	a, _ := Set(data)
	b, _ := Set(data)
	a.Areas[0].Questions[0].Options[0].Label = "changed"
	if b.Areas[0].Questions[0].Options[0].Label == "changed" {
		t.Fatal("two calls share their questions")
	}
}

// BenchmarkSet is what a start with the built-in set costs now ...
func BenchmarkSet(b *testing.B) {
	data := readSet(b)
	for b.Loop() {
		if _, ok := Set(data); !ok {
			b.Fatal("not the generated set")
		}
	}
}

// BenchmarkParse ... and what parsing questions.yaml costs.
func BenchmarkParse(b *testing.B) {
	data := readSet(b)
	for b.Loop() {
		if _, err := questions.Parse("questions.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

package questions

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	qri "github.com/qri-io/jsonschema"
)

// validSets lists every question set in the repository that Parse accepts:
// the built-in one, the examples and the sets under testdata. Each must
// pass the schema, whichever validator an editor uses.
func validSets(t *testing.T) map[string][]byte {
	t.Helper()
	sets := map[string][]byte{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != ".." || d.Name() == "fuzz") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".yaml") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if _, err := Parse(path, data); err == nil {
			sets[path] = data
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, must := range []string{"../questions.yaml", "../questions/testdata/minimal.yaml", "../questions/testdata/schema/ok-edges.yaml"} {
		if sets[must] == nil {
			t.Fatalf("%s is not among the valid sets found; the walk is broken", must)
		}
	}
	if len(sets) < 6 {
		t.Fatalf("found %d valid sets, want at least 6; the walk is broken", len(sets))
	}
	return sets
}

// TestSchemaAcceptsValidSetsInFloatingPoint validates every valid set with
// a validator that computes multipleOf, minimum and maximum in float64, as
// Python's jsonschema and ajv do: a schema keyword that only an exact
// decimal validator gets right (multipleOf 0.0001 rejects 0.35 in float64,
// 0.35/0.0001 being 3499.9999999999995) would fail here.
func TestSchemaAcceptsValidSetsInFloatingPoint(t *testing.T) {
	sch := &qri.Schema{}
	if err := json.Unmarshal(Schema(), sch); err != nil {
		t.Fatalf("schema does not load: %v", err)
	}
	exact := compileSchema(t)
	for path, data := range validSets(t) {
		t.Run(path, func(t *testing.T) {
			errs, err := sch.ValidateBytes(context.Background(), yamlJSON(t, data))
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range errs {
				t.Errorf("float64 validator rejects a valid set: %s", e)
			}
			if err := exact.Validate(yamlInstance(t, data)); err != nil {
				t.Errorf("exact validator rejects a valid set:\n%v", err)
			}
		})
	}
}

// TestFloatValidatorRejects makes sure the float64 validator does check:
// a share above 1 and an unknown field are refused.
func TestFloatValidatorRejects(t *testing.T) {
	sch := &qri.Schema{}
	if err := json.Unmarshal(Schema(), sch); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"share-above-one", "unknown-field"} {
		data := readFile(t, "testdata/schema/"+name+".yaml")
		errs, err := sch.ValidateBytes(context.Background(), yamlJSON(t, data))
		if err != nil {
			t.Fatal(err)
		}
		if len(errs) == 0 {
			t.Errorf("%s: float64 validator accepts it", name)
		}
	}
}

// TestSchemaLeavesToValidate checks the samples in testdata/schema that
// only Parse can refuse ("validate-only-" files): the schema accepts them,
// and Parse says what is wrong, with the text the "# want: " line names.
// Shares with more than four decimal places are one: the schema has no
// multipleOf, which validators that divide in floating point get wrong.
func TestSchemaLeavesToValidate(t *testing.T) {
	sch := compileSchema(t)
	paths, err := filepath.Glob("testdata/schema/validate-only-*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no validate-only samples in testdata/schema")
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".yaml"), func(t *testing.T) {
			data := readFile(t, path)
			first, _, _ := bytes.Cut(data, []byte("\n"))
			want, ok := strings.CutPrefix(string(first), "# want: ")
			if !ok || want == "" {
				t.Fatalf("first line should be \"# want: <text Parse's error contains>\", got %q", first)
			}
			if err := sch.Validate(yamlInstance(t, data)); err != nil {
				t.Errorf("schema rejects it; move it among the bad samples:\n%v", err)
			}
			_, err := Parse(path, data)
			if err == nil {
				t.Fatal("Parse accepts it")
			}
			if !strings.Contains(err.Error(), want) {
				t.Errorf("Parse's error does not mention %q:\n%v", want, err)
			}
		})
	}
}

// TestSchemaHasNoFractionalMultipleOf keeps multipleOf out of the schema
// but for whole numbers: Python's jsonschema and ajv divide in floating
// point and reject 0.35 as a multiple of 0.0001.
func TestSchemaHasNoFractionalMultipleOf(t *testing.T) {
	var walk func(where string, v any)
	walk = func(where string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if n, ok := x.(float64); ok && k == "multipleOf" && n != float64(int64(n)) {
					t.Errorf("%s: multipleOf %v", where, n)
				}
				walk(where+"/"+k, x)
			}
		case []any:
			for i, x := range v {
				walk(where+"/"+strconv.Itoa(i), x)
			}
		}
	}
	var doc any
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatal(err)
	}
	walk("", doc)
}

package questions

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

var updateSchema = flag.Bool("update-schema", false, "rewrite ../questionset.schema.json from Schema()")

const (
	schemaFile       = "../questionset.schema.json"
	regenerateSchema = "go test ./questions -run TestSchemaFile -update-schema"
)

// TestSchemaFile keeps the schema at the repository root, which the
// built-in set's modeline points editors at, equal to Schema().
func TestSchemaFile(t *testing.T) {
	want := Schema()
	if *updateSchema {
		if err := os.WriteFile(schemaFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", schemaFile)
		return
	}
	got, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatalf("%v\ncreate it with: %s", err, regenerateSchema)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("questionset.schema.json is not what questions.Schema() returns; regenerate it with:\n\t%s", regenerateSchema)
	}
}

func TestSchemaFormatting(t *testing.T) {
	a := Schema()
	a[0] = 'x' // callers get their own copy
	b, c := Schema(), Schema()
	if !bytes.Equal(b, c) {
		t.Fatal("Schema() differs between calls")
	}
	if !json.Valid(b) {
		t.Fatal("Schema() is not valid JSON")
	}
	if !bytes.HasSuffix(b, []byte("}\n")) || bytes.HasSuffix(b, []byte("\n\n")) {
		t.Error("Schema() should end in a single newline")
	}
	var compact, indented bytes.Buffer
	if err := json.Compact(&compact, b); err != nil {
		t.Fatal(err)
	}
	if err := json.Indent(&indented, compact.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	indented.WriteByte('\n')
	if !bytes.Equal(indented.Bytes(), b) {
		t.Error("Schema() is not indented with two spaces")
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if got := doc["$schema"]; got != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v, want draft 2020-12", got)
	}
	// A name, not a web address the project would have to own and serve.
	if got := doc["$id"]; got != "urn:itcheck:question-set" {
		t.Errorf("$id = %v, want urn:itcheck:question-set", got)
	}
	for _, word := range []string{"itcheck validate", "sum to 1", "0 to 100"} {
		if d, _ := doc["description"].(string); !strings.Contains(d, word) {
			t.Errorf("top-level description does not mention %q: %s", word, d)
		}
	}
}

// TestSchemaMatchesTypes walks the types a set decodes into, by their yaml
// tags, and checks that the schema's $defs describe exactly those fields:
// a field added to set.go without the schema, or a property the types do
// not have, fails here.
func TestSchemaMatchesTypes(t *testing.T) {
	var doc struct {
		Ref  string                    `json:"$ref"`
		Defs map[string]map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Ref != "#/$defs/Set" {
		t.Errorf("top-level $ref = %q, want #/$defs/Set", doc.Ref)
	}

	shareType := reflect.TypeFor[Share]()
	used := map[string]bool{}
	var walk func(rt reflect.Type)
	// checkProp checks that prop describes a field of type ft.
	checkProp := func(where string, ft reflect.Type, prop map[string]any) {
		if ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		wantRef := func(name string, n map[string]any) {
			if got := n["$ref"]; got != "#/$defs/"+name {
				t.Errorf("%s: $ref = %v, want #/$defs/%s", where, got, name)
			}
		}
		switch {
		case ft == shareType:
			wantRef("Share", prop)
			walk(ft)
		case ft.Kind() == reflect.Struct:
			wantRef(ft.Name(), prop)
			walk(ft)
		case ft.Kind() == reflect.Slice:
			if prop["type"] != "array" {
				t.Errorf("%s: type = %v, want array", where, prop["type"])
			}
			items, _ := prop["items"].(map[string]any)
			wantRef(ft.Elem().Name(), items)
			walk(ft.Elem())
		case ft.Kind() == reflect.String:
			if prop["type"] == nil && prop["$ref"] != "#/$defs/ID" {
				t.Errorf("%s: a text field should have a type or be an ID, got %v", where, prop)
			} else if ty := prop["type"]; ty != nil && ty != "string" && !slices.Contains(asList(ty), "string") {
				t.Errorf("%s: type = %v, want string", where, ty)
			}
		case ft.Kind() == reflect.Int:
			if prop["type"] != "integer" {
				t.Errorf("%s: type = %v, want integer", where, prop["type"])
			}
		case ft.Kind() == reflect.Bool:
			if prop["type"] != "boolean" {
				t.Errorf("%s: type = %v, want boolean", where, prop["type"])
			}
		default:
			t.Errorf("%s: field of type %s has no rule in this test; add one", where, ft)
		}
		if d, _ := prop["description"].(string); d == "" {
			t.Errorf("%s: no description", where)
		}
	}
	walk = func(rt reflect.Type) {
		name := rt.Name()
		if used[name] {
			return
		}
		used[name] = true
		def, ok := doc.Defs[name]
		if !ok {
			t.Errorf("type %s has no $defs/%s in the schema", name, name)
			return
		}
		if d, _ := def["description"].(string); d == "" {
			t.Errorf("$defs/%s: no description", name)
		}
		if rt.Kind() != reflect.Struct {
			return
		}
		if def["type"] != "object" || def["additionalProperties"] != false {
			t.Errorf("$defs/%s: want type object with additionalProperties false", name)
		}
		props, _ := def["properties"].(map[string]any)
		fields := yamlFields(rt)
		for _, f := range fields {
			prop, ok := props[f.name].(map[string]any)
			if !ok {
				t.Errorf("%s.%s (yaml %q) is not in the schema's $defs/%s", name, f.goName, f.name, name)
				continue
			}
			checkProp("$defs/"+name+"/properties/"+f.name, f.typ, prop)
		}
		for key := range props {
			if !slices.ContainsFunc(fields, func(f yamlField) bool { return f.name == key }) {
				t.Errorf("$defs/%s has property %q, but %s has no field with that yaml tag", name, key, name)
			}
		}
		for _, r := range asList(def["required"]) {
			if _, ok := props[r]; !ok {
				t.Errorf("$defs/%s requires %q, which is not one of its properties", name, r)
			}
		}
	}
	walk(reflect.TypeFor[Set]())

	if len(used) < 10 {
		t.Fatalf("walked only %d types; the walk is broken", len(used))
	}
	for name := range doc.Defs {
		if !used[name] && name != "ID" {
			t.Errorf("$defs/%s belongs to no type in set.go", name)
		}
	}
}

type yamlField struct {
	name, goName string
	typ          reflect.Type
}

// yamlFields lists the keys a struct decodes from, as strictyaml reads the
// yaml tags: exported fields, "-" skipped, the lowercased field name when
// the tag gives none.
func yamlFields(rt reflect.Type) []yamlField {
	var fs []yamlField
	for i := range rt.NumField() {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		fs = append(fs, yamlField{name, f.Name, f.Type})
	}
	return fs
}

func asList(v any) []string {
	var out []string
	if l, ok := v.([]any); ok {
		for _, x := range l {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// TestSchemaIDPattern keeps the schema's id pattern the one Parse uses.
func TestSchemaIDPattern(t *testing.T) {
	var doc struct {
		Defs struct {
			ID struct {
				Pattern string `json:"pattern"`
			} `json:"ID"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(Schema(), &doc); err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Defs.ID.Pattern, `^[a-z0-9]+(-[a-z0-9]+)*$`; got != want || got != idRE.String() {
		t.Errorf("ID pattern = %q, want %q (and the same as Parse's %q)", got, want, idRE.String())
	}
}

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("questionset.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("questionset.schema.json")
	if err != nil {
		t.Fatalf("schema does not compile: %v", err)
	}
	return sch
}

// yamlInstance turns YAML into the value a JSON Schema validator sees: what
// an editor does with the file, numbers staying numbers.
func yamlInstance(t *testing.T, data []byte) any {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(yamlJSON(t, data)))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// yamlJSON turns YAML into JSON, as an editor does before validating.
func yamlJSON(t *testing.T, data []byte) []byte {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// TestSchemaRejectsBadSets validates every bad sample in testdata/schema.
// Each starts with a "# want: " line naming text the schema's error must
// contain (an instance location or the message); Parse must reject it too,
// so the schema and the real validation agree on it.
func TestSchemaRejectsBadSets(t *testing.T) {
	sch := compileSchema(t)
	paths, err := filepath.Glob("testdata/schema/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	bad := 0
	for _, path := range paths {
		if base := filepath.Base(path); strings.HasPrefix(base, "ok-") || strings.HasPrefix(base, "validate-only-") {
			continue
		}
		bad++
		t.Run(strings.TrimSuffix(filepath.Base(path), ".yaml"), func(t *testing.T) {
			data := readFile(t, path)
			first, _, _ := bytes.Cut(data, []byte("\n"))
			want, ok := strings.CutPrefix(string(first), "# want: ")
			if !ok || want == "" {
				t.Fatalf("first line should be \"# want: <text the error contains>\", got %q", first)
			}
			if _, err := Parse(path, data); err == nil {
				t.Errorf("Parse accepts it; a bad sample should be bad for itcheck too")
			}
			err := sch.Validate(yamlInstance(t, data))
			if err == nil {
				t.Fatalf("schema accepts it, want an error mentioning %q", want)
			}
			t.Logf("%v", err)
			if msg := err.Error(); !strings.Contains(msg, want) {
				t.Errorf("schema error does not mention %q:\n%s", want, msg)
			}
		})
	}
	if bad < 8 {
		t.Errorf("found %d bad samples in testdata/schema, want at least 8", bad)
	}
}

package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"itcheck/questions"
	"itcheck/scoring"
)

func TestJSON(t *testing.T) {
	out := JSON(mixedResult(t), testMeta)
	golden.RequireEqual(t, out)
	if !json.Valid(out) {
		t.Fatal("not valid JSON")
	}
	if !bytes.Equal(out, JSON(mixedResult(t), testMeta)) {
		t.Error("the same result gives other bytes")
	}
}

// TestJSONFields pins the documented field names and their order: they
// are a contract with scripts.
func TestJSONFields(t *testing.T) {
	out := JSON(incompleteResult(t), testMeta)
	for path, want := range map[string][]string{
		"":                    {"tool", "set", "role", "date", "complete", "missing", "answers", "notes", "index", "index_exact", "band", "headline", "summary", "not_known", "held_back", "areas", "recommendations"},
		"set":                 {"id", "title", "version", "hash", "format", "cloudy_at", "carries_at"},
		"band":                {"id", "headline"},
		"areas.0":             {"id", "title", "weight", "mean", "split", "percent", "limits", "verdict", "verdict_label", "unknown", "answered", "not_sure", "questions"},
		"areas.0.split":       {"it", "leadership", "unclear"},
		"areas.0.percent":     {"it", "leadership", "unclear"},
		"areas.0.questions.0": {"id", "answer", "counted", "weight", "split", "contribution"},
		"recommendations.0":   {"text", "who", "area", "question", "option", "verdict", "cause", "impact"},
	} {
		if got := jsonKeys(t, out, path); !reflect.DeepEqual(got, want) {
			t.Errorf("%q has keys %v, want %v", path, got, want)
		}
	}
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc["complete"] != false || len(doc["missing"].([]any)) != 7 {
		t.Errorf("an incomplete result says complete %v, missing %v", doc["complete"], doc["missing"])
	}
	budget := doc["areas"].([]any)[2].(map[string]any)
	if budget["verdict"] != nil || budget["weight"] != 0.0 || budget["answered"] != 0.0 {
		t.Errorf("an unanswered area: %v", budget)
	}
	q := budget["questions"].([]any)[0].(map[string]any)
	if a, ok := q["answer"].([]any); !ok || len(a) != 0 {
		t.Errorf("an unanswered question's answer is %v, want []", q["answer"])
	}
}

// jsonKeys returns the keys of the object at a dotted path, in order.
func jsonKeys(t *testing.T, data []byte, path string) []string {
	t.Helper()
	var v any = json.RawMessage(data)
	for _, step := range strings.Split(path, ".") {
		if step == "" {
			continue
		}
		raw := v.(json.RawMessage)
		if step[0] >= '0' && step[0] <= '9' {
			var list []json.RawMessage
			if err := json.Unmarshal(raw, &list); err != nil {
				t.Fatal(err)
			}
			v = list[int(step[0]-'0')]
			continue
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			t.Fatal(err)
		}
		v = obj[step]
	}
	dec := json.NewDecoder(bytes.NewReader(v.(json.RawMessage)))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("%s is not an object", path)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// TestJSONRoundTrip reads JSON results back as answers: scoring them again
// gives the same JSON and the same markdown report, byte for byte.
func TestJSONRoundTrip(t *testing.T) {
	for name, r := range map[string]*scoring.Result{
		"mixed":      mixedResult(t),
		"incomplete": incompleteResult(t),
		"hostile":    hostileResult(t),
	} {
		t.Run(name, func(t *testing.T) {
			out := JSON(r, testMeta)
			a, err := ReadAnswers(name+".json", out)
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Set.Check(name+".json", a, questions.CheckOptions{AllowPartial: true}); err != nil {
				t.Fatal(err)
			}
			if a.Date != testMeta.Date || a.Hash != r.Set.Hash || a.Role != r.Answers.Role {
				t.Errorf("read date %q hash %q role %q", a.Date, a.Hash, a.Role)
			}
			again := scoring.Score(r.Set, a)
			if got := JSON(again, testMeta); !bytes.Equal(got, out) {
				t.Errorf("re-scored JSON differs:\n%s", got)
			}
			if !bytes.Equal(Markdown(again, testMeta), Markdown(r, testMeta)) {
				t.Error("the JSON result and the original answers give different reports")
			}
		})
	}
}

func TestReadJSONResultErrors(t *testing.T) {
	good := string(JSON(sampleResult(t), testMeta))
	for _, c := range []struct{ name, data, want string }{
		{"unknown.json", strings.Replace(good, `"role"`, `"mood": "great",
  "role"`, 1), `unknown.json:12:3: unknown field "mood"`},
		{"setfield.json", strings.Replace(good, `"title"`, `"colour": "blue", "title"`, 1), `setfield.json:5:5: unknown field "colour"`},
		{"noversion.json", strings.Replace(good, `"version": "0.3.0",`, ``, 1), "noversion.json:3:10: set needs an id and a version"},
		{"baddate.json", strings.Replace(good, `"date": "2026-11-27"`, `"date": "2026-02-30"`, 1), `baddate.json:13:11: date "2026-02-30" is not a date; expected YYYY-MM-DD`},
		{"badanswer.json", strings.Replace(good, `"strategy-goals": "partly"`, `"strategy-goals": {"x": 1}`, 1), "badanswer.json:23:23: expected an option id or a list of option ids"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadAnswers(c.name, []byte(c.data))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("error is\n%s\nwant it to start with\n%s", err, c.want)
			}
		})
	}
}

func TestNumber(t *testing.T) {
	for v, want := range map[float64]string{
		0: "0", 1: "1", 0.25: "0.25", 1.0 / 3: "0.3333", 2.0 / 3: "0.6667", 37.41666: "37.4167", -0.00001: "0", 100: "100",
	} {
		got, _ := Number(v).MarshalJSON()
		if string(got) != want {
			t.Errorf("Number(%v) = %s, want %s", v, got, want)
		}
	}
}

package drafts

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"itcheck/questions"
)

// smallSet parses testdata/small.yaml after applying edits, pairs of old
// and new text; each old text must be there (so that a changed fixture
// cannot make a test pass silently).
func smallSet(t *testing.T, edits ...string) *questions.Set {
	t.Helper()
	data, err := os.ReadFile("testdata/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(text, edits[i]) {
			t.Fatalf("small.yaml has no %q", edits[i])
		}
		text = strings.Replace(text, edits[i], edits[i+1], 1)
	}
	s, err := questions.Parse("small.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// tail returns small.yaml from the line start on.
func tail(t *testing.T, start string) string {
	t.Helper()
	data, err := os.ReadFile("testdata/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(data), start)
	if !ok {
		t.Fatalf("small.yaml has no %q", start)
	}
	return start + after
}

const (
	budgetOwner = "      - id: budget-owner\n        text: Who owns the IT budget?\n        options:\n" +
		"          - {id: it-owns, label: IT, split: {it: 1}}\n" +
		"          - {id: finance-owns, label: Finance, split: {leadership: 1}}\n" +
		"          - {id: not-sure, label: Not sure, not_sure: true, split: {unclear: 1}}\n"
	bossDecides = "          - {id: boss-decides, label: The boss decides, split: {leadership: 1}}\n"
	goalsSet    = "      - id: goals-set\n"
	spendMulti  = "        kind: multi\n"
	peopleOpt   = "          - {id: people, label: People, split: {leadership: 1}}\n"
	trainingOpt = "{id: training, label: Training,"
	itLeadRole  = "  - {id: it-lead, label: IT lead}\n"
	budgetArea  = "  - id: budget\n"
)

// pairs turns "question=option,option" strings into draft answers; a
// trailing comma marks a list of one.
func pairs(specs ...string) map[string]questions.Choice {
	m := map[string]questions.Choice{}
	for _, s := range specs {
		qid, ids, _ := strings.Cut(s, "=")
		if strings.Contains(ids, ",") {
			m[qid] = questions.Many(strings.FieldsFunc(ids, func(r rune) bool { return r == ',' })...)
		} else {
			m[qid] = questions.Single(ids)
		}
	}
	return m
}

func TestResume(t *testing.T) {
	tests := []struct {
		name        string
		edits       []string
		draft       Draft
		sameHash    bool
		wantAnswers map[string]questions.Choice
		wantNotes   map[string]string
		wantRole    string
		wantArea    int
		wantDropped []string
	}{
		{
			name:     "same set keeps everything",
			sameHash: true,
			draft: Draft{Role: "it-lead", Area: 2,
				Answers: pairs("who-decides=boss-decides", "spend-on=tools,people"),
				Notes:   map[string]string{"direction": "see minutes"}},
			wantAnswers: pairs("who-decides=boss-decides", "spend-on=tools,people"),
			wantNotes:   map[string]string{"direction": "see minutes"},
			wantRole:    "it-lead",
			wantArea:    2, // even with goals-set unanswered on page 1: the set is the same
		},
		{
			name:        "same set, page past the review is clamped",
			sameHash:    true,
			draft:       Draft{Area: 99, Answers: pairs("who-decides=it-decides")},
			wantAnswers: pairs("who-decides=it-decides"),
			wantArea:    3,
		},
		{
			name:  "removed question, removed option, single turned multi",
			edits: []string{budgetOwner, "", bossDecides, "", goalsSet, goalsSet + spendMulti},
			draft: Draft{Role: "owner", Area: 2,
				Answers: pairs("who-decides=boss-decides", "goals-set=goals-no", "budget-owner=finance-owns", "spend-on=tools,people"),
				Notes:   map[string]string{"direction": "d", "budget": "b"}},
			wantAnswers: map[string]questions.Choice{"goals-set": questions.Many("goals-no"), "spend-on": questions.Many("tools", "people")},
			wantNotes:   map[string]string{"direction": "d", "budget": "b"},
			wantRole:    "owner",
			wantArea:    1, // who-decides lost its answer
			wantDropped: []string{
				"question budget-owner no longer exists",
				"option boss-decides of question who-decides no longer exists",
			},
		},
		{
			name:  "multi turned single",
			edits: []string{spendMulti, ""},
			draft: Draft{Area: 2,
				Answers: map[string]questions.Choice{"spend-on": questions.Many("tools", "people"), "who-decides": questions.Many("it-decides")}},
			wantAnswers: pairs("who-decides=it-decides"),
			wantArea:    1,
			wantDropped: []string{"question spend-on now takes one option, so the answer tools, people was dropped"},
		},
		{
			name:        "one option of a multi answer removed",
			edits:       []string{peopleOpt, ""},
			draft:       Draft{Area: 3, Answers: pairs("who-decides=it-decides", "goals-set=goals-yes", "budget-owner=it-owns", "spend-on=people,tools,people")},
			wantAnswers: pairs("who-decides=it-decides", "goals-set=goals-yes", "budget-owner=it-owns", "spend-on=tools,"),
			wantArea:    3,
			wantDropped: []string{"option people of question spend-on no longer exists"},
		},
		{
			name:        "option now exclusive",
			edits:       []string{trainingOpt, trainingOpt + " exclusive: true,"},
			draft:       Draft{Area: 2, Answers: pairs("who-decides=it-decides", "goals-set=goals-yes", "spend-on=tools,training")},
			wantAnswers: pairs("who-decides=it-decides", "goals-set=goals-yes"),
			wantArea:    2,
			wantDropped: []string{"option training of question spend-on can no longer be combined with others, so the answer tools, training was dropped"},
		},
		{
			name:  "removed area and role",
			edits: []string{itLeadRole, "", tail(t, budgetArea), ""},
			draft: Draft{Role: "it-lead", Area: 3,
				Answers: pairs("who-decides=it-decides", "goals-set=goals-yes"),
				Notes:   map[string]string{"budget": "b", "direction": "d", "empty": ""}},
			wantAnswers: pairs("who-decides=it-decides", "goals-set=goals-yes"),
			wantNotes:   map[string]string{"direction": "d"},
			wantArea:    0, // the role must be asked again
			wantDropped: []string{
				"role it-lead no longer exists",
				"area budget no longer exists, so its note was dropped",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := smallSet(t, tt.edits...)
			d := tt.draft
			d.SetID, d.SetVersion, d.SetHash = "small", "1.0.0", smallSet(t).Hash
			if tt.sameHash != (d.SetHash == set.Hash) {
				t.Fatalf("fixture: same hash = %v, want %v", d.SetHash == set.Hash, tt.sameHash)
			}
			a, area, dropped := d.Resume(set)
			if a.Set != set.ID || a.Version != set.Version || a.Hash != set.Hash {
				t.Errorf("answers are for %s %s %s, want the set's %s %s %s", a.Set, a.Version, a.Hash, set.ID, set.Version, set.Hash)
			}
			if !reflect.DeepEqual(answersOf(a.Answers), answersOf(tt.wantAnswers)) {
				t.Errorf("answers = %+v\nwant      %+v", a.Answers, tt.wantAnswers)
			}
			if want := tt.wantNotes; !reflect.DeepEqual(a.Notes, want) && len(a.Notes)+len(want) > 0 {
				t.Errorf("notes = %v, want %v", a.Notes, want)
			}
			if a.Role != tt.wantRole {
				t.Errorf("role = %q, want %q", a.Role, tt.wantRole)
			}
			if area != tt.wantArea {
				t.Errorf("area = %d, want %d", area, tt.wantArea)
			}
			if strings.Join(dropped, "\n") != strings.Join(tt.wantDropped, "\n") {
				t.Errorf("dropped:\n%s\nwant:\n%s", strings.Join(dropped, "\n"), strings.Join(tt.wantDropped, "\n"))
			}
			if err := set.Check("draft", a, questions.CheckOptions{AllowPartial: true}); err != nil {
				t.Errorf("resumed answers do not fit the set:\n%v", err)
			}
		})
	}
}

func TestResumeNilDraft(t *testing.T) {
	set := smallSet(t)
	var d *Draft
	a, area, dropped := d.Resume(set)
	if len(a.Answers) != 0 || area != 0 || dropped != nil || a.Set != "small" {
		t.Errorf("Resume of no draft = %+v, %d, %v", a, area, dropped)
	}
}

func TestResumeAfterLoad(t *testing.T) {
	set := smallSet(t)
	s := Store{Dir: t.TempDir()}
	a := &questions.Answers{Set: set.ID, Version: set.Version, Hash: set.Hash, Role: "owner",
		Answers: pairs("who-decides=not-sure", "spend-on=training,"),
		Notes:   map[string]string{"budget": "ask finance"}}
	if err := s.Save(FromAnswers(a, 2)); err != nil {
		t.Fatal(err)
	}
	d, err := s.Load(set.ID)
	if err != nil {
		t.Fatal(err)
	}
	got, area, dropped := d.Resume(set)
	if area != 2 || len(dropped) != 0 {
		t.Errorf("area, dropped = %d, %v; want 2, none", area, dropped)
	}
	if !reflect.DeepEqual(answersOf(got.Answers), answersOf(a.Answers)) || got.Role != "owner" || got.Notes["budget"] != "ask finance" {
		t.Errorf("resumed %+v, want %+v", got, a)
	}
}

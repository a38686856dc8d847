package tui

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"itcheck/questions"
)

func TestAccessiblePipedInput(t *testing.T) {
	t.Setenv("NO_COLOR", "yes")
	s := smallSet(t)
	input := strings.Join([]string{
		"2",           // role: IT lead
		"2",           // dir-driver: IT itself
		"1",           // dir-goals: Yes
		"first",       // notes
		"1", "2", "0", // tools-shadow: Online services, Devices
		"3", // tools-ask: Never
		"",  // notes: none
		"2", // budget-owner: IT
		"3", // budget-spare: Not sure
		"",  // notes
		"y", // the answers are right
	}, "\n") + "\n"
	var out bytes.Buffer
	var calls int
	o, err := Run(context.Background(), Options{Set: s, Accessible: true,
		In: strings.NewReader(input), Out: &out,
		OnChange: func(questions.Answers, int) { calls++ }})
	if err != nil {
		t.Fatalf("err %v\n%s", err, out.String())
	}
	a := o.Answers
	want := map[string]string{"dir-driver": "it", "dir-goals": "yes", "tools-shadow": "saas,devices",
		"tools-ask": "never", "budget-owner": "it", "budget-spare": "not-sure"}
	for q, w := range want {
		if got := choice(o, q); got != w {
			t.Errorf("%s = %q, want %q", q, got, w)
		}
	}
	if a.Role != "it-lead" || a.Notes["direction"] != "first" || len(a.Notes) != 1 || a.Hash != s.Hash {
		t.Errorf("answers: %+v", a)
	}
	if calls != 10 {
		t.Errorf("OnChange called %d times, want 10 (role, each answer, each area's notes)", calls)
	}
	text := out.String()
	for _, w := range []string{"Who is answering?", "Area 2 of 3: Which tools are in use?", "Question 3 of 6", "Your answers"} {
		if !strings.Contains(text, w) {
			t.Errorf("output lacks %q", w)
		}
	}
	if strings.Contains(text, "\x1b[") {
		t.Error("colour codes in the output with NO_COLOR set")
	}
}

func TestAccessibleAskPathReplace(t *testing.T) {
	s := smallSet(t)
	dir := t.TempDir()
	existing := filepath.Join(dir, "r.md")
	if err := os.WriteFile(existing, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	// Every answer given before, so nothing is asked again: confirm the
	// answers, take the default path, replace the file.
	input := "y\n" + "\n" + "y\n"
	var out bytes.Buffer
	o, err := Run(context.Background(), Options{Set: s, Accessible: true, Initial: allAnswered(s, "exec"),
		AskPath: true, DefaultPath: existing, In: strings.NewReader(input), Out: &out})
	if err != nil {
		t.Fatalf("err %v\n%s", err, out.String())
	}
	if o.Path != existing || !o.Overwrite || choice(o, "tools-shadow") != "saas,devices" {
		t.Fatalf("outcome %+v %v\n%s", o, o.Answers, out.String())
	}
}

func TestAccessibleInputEndsEarly(t *testing.T) {
	s := smallSet(t)
	var out bytes.Buffer
	o, err := Run(context.Background(), Options{Set: s, Accessible: true,
		In: strings.NewReader("1\n2\n"), Out: &out})
	if !errors.Is(err, ErrAborted) {
		t.Fatalf("err = %v, want ErrAborted", err)
	}
	if o.Answers == nil || o.Answers.Role != "exec" {
		t.Fatalf("answers so far lost: %+v", o.Answers)
	}
}

// Input that runs out inside an area keeps the answers given and stops
// at the prompt that was waiting: no answer nobody gave (huh's prompts
// take their defaults at the end of the input), and no prompts for the
// questions after it.
func TestAccessibleInputEndsMidArea(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	s := smallSet(t)
	var out bytes.Buffer
	var last questions.Answers
	// role, then only the first question of area 1 (dir-driver: IT itself)
	o, err := Run(context.Background(), Options{Set: s, Accessible: true,
		In: strings.NewReader("2\n2\n"), Out: &out,
		OnChange: func(a questions.Answers, _ int) { last = a }})
	if !errors.Is(err, ErrAborted) {
		t.Fatalf("err = %v, want ErrAborted", err)
	}
	if want := "aborted: the input ended at question 2 of 6, “Are the goals written down?”"; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
	if got := choice(o, "dir-driver"); got != "it" || len(o.Answers.Answers) != 1 {
		t.Errorf("answers %v, want only dir-driver: it (given before the input ended)", o.Answers.Answers)
	}
	if c := last.Answers["dir-driver"]; strings.Join(c.IDs, ",") != "it" {
		t.Errorf("the draft was not told of dir-driver: %v", last.Answers)
	}
	if o.Answers.Role != "it-lead" {
		t.Errorf("role = %q, want it-lead (answered before the input ended)", o.Answers.Role)
	}
	text := out.String()
	if !strings.Contains(text, "Are the goals written down?") {
		t.Errorf("the waiting prompt was not shown:\n%s", text)
	}
	for _, not := range []string{"Notes for your team", "Question 3 of 6", "Area 2 of 3"} {
		if strings.Contains(text, not) {
			t.Errorf("prompted past the end of the input (%q):\n%s", not, text)
		}
	}
}

// Input that ends in the middle of a multiple-choice prompt stops there,
// with the ticks of that prompt, never confirmed, not kept.
func TestAccessibleInputEndsInMulti(t *testing.T) {
	s := smallSet(t)
	var out bytes.Buffer
	o, err := Run(context.Background(), Options{Set: s, Accessible: true,
		In: strings.NewReader("1\n1\n1\n\n1\n2\n"), Out: &out})
	if err == nil || err.Error() != "aborted: the input ended at question 3 of 6, “Which of these do teams buy on their own?”" {
		t.Fatalf("err = %v\n%s", err, out.String())
	}
	if _, ok := o.Answers.Answers["tools-shadow"]; ok || len(o.Answers.Answers) != 2 {
		t.Errorf("answers %v, want dir-driver and dir-goals only", o.Answers.Answers)
	}
	if strings.Contains(out.String(), "Do teams ask IT first?") {
		t.Errorf("prompted past the end of the input:\n%s", out.String())
	}
}

// Input that ends at the final confirmation says so: every question is
// answered, the answers are not confirmed, and they are kept.
func TestAccessibleInputEndsAtConfirm(t *testing.T) {
	s := smallSet(t)
	var out bytes.Buffer
	o, err := Run(context.Background(), Options{Set: s, Accessible: true, Initial: allAnswered(s, "exec"),
		In: strings.NewReader(""), Out: &out})
	if !errors.Is(err, ErrAborted) {
		t.Fatalf("err = %v, want ErrAborted", err)
	}
	want := "aborted: the input ended at “Are these answers right?”: every question is answered, but the answers are not confirmed yet"
	if err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
	if len(o.Answers.Answers) != s.QuestionCount() {
		t.Errorf("answers lost: %v", o.Answers.Answers)
	}
}

// Input that ends when the person said the answers are not right, at the
// question which area to answer again, says the same.
func TestAccessibleInputEndsAfterNotRight(t *testing.T) {
	s := smallSet(t)
	var out bytes.Buffer
	_, err := Run(context.Background(), Options{Set: s, Accessible: true, Initial: allAnswered(s, "exec"),
		In: strings.NewReader("n\n"), Out: &out})
	want := "aborted: the input ended at the question which area to answer again: every question is answered, but the answers are not confirmed yet"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %q", err, want)
	}
}

// Input that ends at the save prompt says the answers are confirmed but
// the report is not saved.
func TestAccessibleInputEndsAtSave(t *testing.T) {
	s := smallSet(t)
	var out bytes.Buffer
	_, err := Run(context.Background(), Options{Set: s, Accessible: true, Initial: allAnswered(s, "exec"),
		AskPath: true, In: strings.NewReader("y\n"), Out: &out})
	want := "aborted: the input ended at the question where to save the report: the answers are confirmed, but the report is not saved"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %q", err, want)
	}
}

// Input that ends when the flow asks which area to answer again stops
// the flow, with the answers given kept.
func TestAccessibleInputEndsAtAreaChoice(t *testing.T) {
	s := smallSet(t)
	input := strings.Join([]string{
		"2", "2", "1", "", // role, area 1 and its note
		"0", "3", "", // area 2: the multi left empty, so one question stays unanswered
		"2", "3", "", // area 3
	}, "\n") + "\n"
	var out bytes.Buffer
	o, err := Run(context.Background(), Options{Set: s, Accessible: true,
		In: strings.NewReader(input), Out: &out})
	if !errors.Is(err, ErrAborted) {
		t.Fatalf("err = %v, want ErrAborted\n%s", err, out.String())
	}
	if got := choice(o, "budget-spare"); got != "not-sure" {
		t.Errorf("budget-spare = %q, want not-sure (answered before the input ended)", got)
	}
	if want := "aborted: the input ended at the question which area to answer again, with 1 of 6 questions not answered yet"; err.Error() != want {
		t.Errorf("err = %q, want %q", err, want)
	}
}

// Resuming with plain prompts keeps what was answered and asks only the
// rest, saying so.
func TestAccessibleResumeAsksOnlyTheRest(t *testing.T) {
	s := smallSet(t)
	init := allAnswered(s, "exec")
	delete(init.Answers, "budget-owner")
	delete(init.Answers, "budget-spare")
	input := strings.Join([]string{
		"2", // budget-owner: IT
		"3", // budget-spare: Not sure
		"",  // notes
		"y", // the answers are right
	}, "\n") + "\n"
	var out bytes.Buffer
	o, err := Run(context.Background(), Options{Set: s, Accessible: true, Initial: init,
		In: strings.NewReader(input), Out: &out})
	if err != nil {
		t.Fatalf("err %v\n%s", err, out.String())
	}
	if got := choice(o, "budget-owner"); got != "it" {
		t.Errorf("budget-owner = %q, want it", got)
	}
	if got, want := choice(o, "dir-driver"), choice(Outcome{Answers: init}, "dir-driver"); got != want {
		t.Errorf("dir-driver = %q, want the kept %q", got, want)
	}
	text := out.String()
	for _, w := range []string{"kept from your unfinished answers", "Area 1 of 3: ", "answered before, kept."} {
		if !strings.Contains(text, w) {
			t.Errorf("output lacks %q:\n%s", w, text)
		}
	}
	if strings.Contains(text, "Who is answering?") {
		t.Errorf("asked for the role again:\n%s", text)
	}
}

// A multiple-choice prompt says which options stand alone, counts only
// the others in "up to N", and refuses (and asks again) a tick that
// would put one that stands alone with others, either way round.
func TestAccessibleRefusesMixedTicks(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	s := smallSet(t)
	input := strings.Join([]string{
		"1", "1", "1", "", // role, dir-driver, dir-goals, notes
		"1", "2", "3", // tools-shadow: Online services, Devices, then None of these: refused
		"9", "x", // not options: refused
		"1", "2", "3", // untick both, tick None of these
		"1",     // Online services while None of these is ticked: refused
		"0",     // confirm: None of these
		"1", "", // tools-ask, notes
		"1", "1", "", // budget, notes
		"y",
	}, "\n") + "\n"
	var out bytes.Buffer
	o, err := Run(context.Background(), Options{Set: s, Accessible: true, In: strings.NewReader(input), Out: &out})
	if err != nil {
		t.Fatalf("err %v\n%s", err, out.String())
	}
	if got := choice(o, "tools-shadow"); got != "none" {
		t.Fatalf("tools-shadow = %q, want none", got)
	}
	text := out.String()
	for _, want := range []string{
		"Which of these do teams buy on their own? (tick all that apply) \nSelect up to 2 options, or “None of these” on its own.\n1.   Online services\n",
		"“None of these” stands alone: untick “Online services” and “Devices” first to tick it.\n",
		"Invalid: must be a number between 0 and 3\n",
		"3. ✓ None of these\n",
		"“None of these” is ticked and stands alone: untick it first to tick “Online services”.\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Select up to 3") {
		t.Errorf("counted the option that stands alone:\n%s", text)
	}
}

// The count and the words follow the set: two options that stand alone
// are named together, and a question without any says only the count.
func TestMultiRule(t *testing.T) {
	q := &questions.Question{Options: []questions.Option{
		{ID: "a", Label: "A"}, {ID: "b", Label: "B"}, {ID: "c", Label: "C"},
		{ID: "none", Label: "None", Exclusive: true}, {ID: "ns", Label: "Not sure", NotSure: true}}}
	if got, want := multiRule(q), "Select up to 3 options, or either “None” or “Not sure” on its own."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	q.Options = append(q.Options, questions.Option{ID: "never", Label: "Never", Exclusive: true})
	if got, want := multiRule(q), "Select up to 3 options, or one of “None”, “Not sure” or “Never” on its own."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	q.Options = q.Options[:1]
	if got, want := multiRule(q), "Select up to 1 option."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// The save prompt names the file it saves to when enter is pressed.
func TestAccessibleSavePromptNamesDefault(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	s := smallSet(t)
	path := filepath.Join(t.TempDir(), "itcheck-2026-11-27.md")
	var out bytes.Buffer
	o, err := Run(context.Background(), Options{Set: s, Accessible: true, Initial: allAnswered(s, "exec"),
		AskPath: true, DefaultPath: path, In: strings.NewReader("y\n\n"), Out: &out})
	if err != nil {
		t.Fatalf("err %v\n%s", err, out.String())
	}
	if o.Path != path {
		t.Errorf("path %q, want %q", o.Path, path)
	}
	if want := "Save the report to (press enter for " + path + "):"; !strings.Contains(out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, out.String())
	}
}

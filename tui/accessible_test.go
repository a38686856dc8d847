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
	if calls != 4 {
		t.Errorf("OnChange called %d times, want 4 (role and each area)", calls)
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

// Input that runs out inside an area must not leave answers nobody gave:
// huh's prompts take their defaults at the end of the input.
func TestAccessibleInputEndsMidArea(t *testing.T) {
	s := smallSet(t)
	var out bytes.Buffer
	// role, then only the first question of area 1 (dir-driver: IT itself)
	o, err := Run(context.Background(), Options{Set: s, Accessible: true,
		In: strings.NewReader("2\n2\n"), Out: &out})
	if !errors.Is(err, ErrAborted) {
		t.Fatalf("err = %v, want ErrAborted", err)
	}
	if n := len(o.Answers.Answers); n != 0 {
		t.Errorf("kept %d answers from an area the input ended in: %v", n, o.Answers.Answers)
	}
	if o.Answers.Role != "it-lead" {
		t.Errorf("role = %q, want it-lead (answered before the input ended)", o.Answers.Role)
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

// Ticking problems and "None of these" keeps "None of these" alone, and
// the plain prompts say which ticks went.
func TestAccessibleAnnouncesDroppedTicks(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	s := smallSet(t)
	input := strings.Join([]string{
		"1", "1", "1", "", // role, dir-driver, dir-goals, notes
		"1", "2", "3", "0", // tools-shadow: Online services, Devices, None of these
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
	want := "Which of these do teams buy on their own? “None of these” stands alone, so “Online services”, “Devices” were unticked."
	if !strings.Contains(out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, out.String())
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

package tui

import (
	"os"
	"reflect"
	"runtime"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"itcheck/questions"
)

var (
	enter    = tea.KeyPressMsg{Code: tea.KeyEnter}
	down     = tea.KeyPressMsg{Code: tea.KeyDown}
	up       = tea.KeyPressMsg{Code: tea.KeyUp}
	shiftTab = tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	ctrlC    = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	tick     = runeKey('x')
	pgDown   = tea.KeyPressMsg{Code: tea.KeyPgDown}
	pgUp     = tea.KeyPressMsg{Code: tea.KeyPgUp}
	home     = tea.KeyPressMsg{Code: tea.KeyHome}
	end      = tea.KeyPressMsg{Code: tea.KeyEnd}
	esc      = tea.KeyPressMsg{Code: tea.KeyEscape}
)

func runeKey(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

func loadSet(t *testing.T, path string) *questions.Set {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := questions.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// realSet is the built-in question set.
func realSet(t *testing.T) *questions.Set { return loadSet(t, "../questions.yaml") }

// smallSet is a small set with a multi question, for focused tests.
func smallSet(t *testing.T) *questions.Set { return loadSet(t, "testdata/small.yaml") }

// driver drives a Model with direct Update calls and runs the commands
// it returns at once, feeding their messages back; cursor blinks, which
// wait, are known by their function and dropped.
type driver struct {
	t *testing.T
	m Model
}

func newDriver(t *testing.T, opts Options, w, h int) *driver {
	t.Helper()
	d := &driver{t: t, m: New(opts)}
	d.run(d.m.Init(), 0)
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

func (d *driver) send(msgs ...tea.Msg) {
	for _, msg := range msgs {
		d.apply(msg, 0)
	}
}

func (d *driver) typeText(s string) {
	for _, r := range s {
		d.send(runeKey(r))
	}
}

func (d *driver) apply(msg tea.Msg, depth int) {
	nm, cmd := d.m.Update(msg)
	d.m = nm.(Model)
	d.run(cmd, depth)
}

var cmdType = reflect.TypeOf(tea.Cmd(nil))

// blinks reports whether cmd is a cursor's blink: a command that waits for
// the blink interval and only toggles the cursor. The driver knows it by
// the function it is and drops it; every other command runs at once.
func blinks(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	return strings.HasPrefix(name, "charm.land/bubbles/v2/cursor.(*Model).Blink")
}

func (d *driver) run(cmd tea.Cmd, depth int) {
	if cmd == nil || depth > 10 || blinks(cmd) {
		return
	}
	msg := cmd()
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
		return
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c, depth+1)
		}
		return
	}
	// tea.Sequence's message is an unexported slice of commands.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		for i := range v.Len() {
			d.run(v.Index(i).Interface().(tea.Cmd), depth+1)
		}
		return
	}
	if _, ok := msg.(tea.WindowSizeMsg); ok {
		return // the test decides the size
	}
	d.apply(msg, depth+1)
}

// view returns the stripped view.
func (d *driver) view() string { return ansi.Strip(d.m.View().Content) }

func (d *driver) mustSee(want string) {
	d.t.Helper()
	if v := d.view(); !strings.Contains(v, want) {
		d.t.Fatalf("view does not contain %q:\n%s", want, v)
	}
}

// focusedKey is the key of the focused field on an area page.
func (d *driver) focusedKey() string {
	d.t.Helper()
	if d.m.page != pageArea {
		d.t.Fatalf("not on an area page (page %d):\n%s", d.m.page, d.view())
	}
	return d.m.area.form.GetFocusedField().GetKey()
}

// allAnswered returns answers to every question of s: each single gets
// its first option, each multi its first two.
func allAnswered(s *questions.Set, role string) *questions.Answers {
	a := &questions.Answers{Set: s.ID, Version: s.Version, Role: role, Answers: map[string]questions.Choice{}}
	for _, ar := range s.Areas {
		for _, q := range ar.Questions {
			if q.Multi() {
				a.Answers[q.ID] = questions.Many(q.Options[0].ID, q.Options[1].ID)
			} else {
				a.Answers[q.ID] = questions.Single(q.Options[0].ID)
			}
		}
	}
	return a
}

func choice(o Outcome, qid string) string {
	return strings.Join(o.Answers.Answers[qid].IDs, ",")
}

func teaSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

package scoring

import (
	"os"
	"path/filepath"
	"testing"

	"itcheck/questions"
)

func loadSet(t *testing.T) *questions.Set { return parseSet(t, "testdata/two-areas.yaml") }

// parseSet reads and parses a question set.
func parseSet(t *testing.T, path string) *questions.Set {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := questions.Parse(filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func answers(m map[string][]string) *questions.Answers {
	a := &questions.Answers{Set: "two-areas", Version: "2.0.0", Answers: map[string]questions.Choice{}}
	for q, ids := range m {
		c := questions.Single(ids[0])
		if q == "q3" {
			c = questions.Many(ids...)
		}
		a.Answers[q] = c
	}
	return a
}

type wantArea struct {
	split   Split
	verdict string
	unknown bool
}

type wantRec struct {
	text   string
	impact float64
}

// The arithmetic of each case is written out in basis points (1/10000):
// question weights are q1=2, q2=1 (area a) and q3=1, q4=1 (area b); area
// weights a=1, b=3, so the index is (a + 3b) / 400.
func TestScoreTable(t *testing.T) {
	s := loadSet(t)
	tests := []struct {
		name     string
		given    map[string][]string
		areas    [2]wantArea
		index    float64 // exact, before rounding
		rounded  int
		band     string
		notKnown bool
		recs     []wantRec
	}{
		{
			name:  "all best",
			given: map[string][]string{"q1": {"x"}, "q2": {"q"}, "q3": {"none"}, "q4": {"r"}},
			areas: [2]wantArea{
				// a: it (2*10000 + 1*8000)/3 = 9333.33 -> 9333; unclear takes the rest
				{Split{IT: 9333, Unclear: 667}, "it", false},
				// b: it (10000 + 10000)/2
				{Split{IT: 10000}, "it", false},
			},
			// (9333 + 3*10000)/400 = 98.3325
			index: 98.3325, rounded: 98, band: "high",
			// IT's areas unlock nothing: a's advice for it only confirms.
			recs: []wantRec{{"A is with IT.", 0}},
		},
		{
			name:  "a limit holds an area off IT",
			given: map[string][]string{"q1": {"x"}, "q2": {"p"}, "q3": {"none"}, "q4": {"r"}},
			areas: [2]wantArea{
				// a mean: it 20000/3 = 6666.67 -> 6667 (IT's by the mean),
				// leadership 10000/3 -> 3333; p's limit caps it at 3000 and
				// moves 3667 to leadership: 3333 + 3667 = 7000
				{Split{IT: 3000, Leadership: 7000}, "leadership", false},
				{Split{IT: 10000}, "it", false},
			},
			// (3000 + 30000)/400 = 82.5: half rounds up to 83, which is in
			// "high", but high needs every area on IT: the band below it.
			index: 82.5, rounded: 83, band: "mid",
			// p back at its best (q): a = 9333, so 1*(9333-3000)/400
			recs: []wantRec{{"Pay for it.", 15.8325}},
		},
		{
			name:  "answers of one cause give one recommendation",
			given: map[string][]string{"q1": {"y"}, "q2": {"p"}, "q3": {"none"}, "q4": {"r"}},
			areas: [2]wantArea{
				// a mean: it 2*5000/3 -> 3333, leadership (2*5000 + 10000)/3
				// -> 6667; p's limit: 3000 and 7000
				{Split{IT: 3000, Leadership: 7000}, "leadership", false},
				{Split{IT: 10000}, "it", false},
			},
			index: 82.5, rounded: 83, band: "mid",
			// y and p name the cause "money": one recommendation, in y's
			// words (the first); both at their best give a = 9333.
			recs: []wantRec{{"Fund A.", 15.8325}},
		},
		{
			name:  "a Not sure answer's limit counts as not knowing",
			given: map[string][]string{"q1": {"x"}, "q2": {"not-sure"}, "q3": {"none"}, "q4": {"r"}},
			areas: [2]wantArea{
				// a mean: it 20000/3 -> 6667, unclear 3333; q2's Not sure
				// limit caps it at 3000 and moves 3667 to unclear: 7000.
				// From Not sure: 3333 + 3667 = 7000, all of it: unknown.
				{Split{IT: 3000, Unclear: 7000}, "cloudy", true},
				{Split{IT: 10000}, "it", false},
			},
			index: 82.5, rounded: 83, band: "mid",
			// One of a's two answers is Not sure, not most of them: its own
			// advice says what to find out. q2 at its best (q) gives a =
			// 9333: (9333-3000)/400
			recs: []wantRec{{"Ask about Q2.", 15.8325}},
		},
		{
			name:  "two failed conditions in one area each show what they hold back",
			given: map[string][]string{"q1": {"not-sure"}, "q2": {"p"}, "q3": {"none"}, "q4": {"r"}},
			areas: [2]wantArea{
				// a mean: it 0, leadership 10000/3 -> 3333, unclear 6667;
				// both limits are under way (IT has 0), unclear reaches 0.4.
				// p is a known failed condition, which outranks not
				// knowing: cloudy, not unknown.
				{Split{Leadership: 3333, Unclear: 6667}, "cloudy", false},
				{Split{IT: 10000}, "it", false},
			},
			// (0 + 30000)/400 = 75, but a is not on IT: the band below high
			index: 75, rounded: 75, band: "mid",
			recs: []wantRec{
				// Each is measured with the other's limit left out. q1 at
				// its best (x): a = 2*10000/3 -> 6667, so 6667/400
				{"Ask about Q1.", 16.6675},
				// q2 at its best (q): a = 8000/3 -> 2667, so 2667/400
				{"Pay for it.", 6.6675},
			},
		},
		{
			name:  "all not sure",
			given: map[string][]string{"q1": {"not-sure"}, "q2": {"not-sure"}, "q3": {"not-sure"}, "q4": {"not-sure"}},
			areas: [2]wantArea{
				{Split{Unclear: 10000}, "cloudy", true},
				{Split{Unclear: 10000}, "cloudy", true},
			},
			index: 0, rounded: 0, band: "low", notKnown: true,
			recs: []wantRec{
				// b's Not sure answers give no advice and b has none for
				// unknown: its cloudy advice, unlocking 3*10000/400 = 75
				{"B is cloudy.", 75},
				// a's two Not sure answers are one cause; a is unknown, so
				// its advice for unknown speaks for them: 9333/400
				{"Find out about A.", 23.3325},
			},
		},
		{
			name:  "the worst ticked option of a multi question counts",
			given: map[string][]string{"q1": {"x"}, "q2": {"q"}, "q3": {"m2", "m3"}, "q4": {"t"}},
			areas: [2]wantArea{
				{Split{IT: 9333, Unclear: 667}, "it", false},
				// q3 counts m2 (it 2000 < m3's 4000): it (2000 + 6000)/2 =
				// 4000, leadership (0 + 4000)/2 = 2000, unclear 4000 >= 0.4
				{Split{IT: 4000, Leadership: 2000, Unclear: 4000}, "cloudy", false},
			},
			// (9333 + 3*4000)/400 = 53.3325
			index: 53.3325, rounded: 53, band: "mid",
			recs: []wantRec{
				// untick m2: q3 counts m3, b = (4000+6000)/2 = 5000: 3*1000/400
				{"Tell IT first.", 7.5},
				// untick m3: m2 still counts, nothing unlocked; still a
				// problem, so before advice that confirms what works
				{"Clean up M3.", 0},
				{"A is with IT.", 0},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(s, answers(tt.given))
			if !r.Complete() {
				t.Fatalf("missing %v", r.Missing)
			}
			for i, w := range tt.areas {
				got := r.Areas[i]
				if got.Split != w.split {
					t.Errorf("area %s split = %+v, want %+v", got.Area.ID, got.Split, w.split)
				}
				if got.Verdict != w.verdict || got.Unknown != w.unknown {
					t.Errorf("area %s verdict = %s (unknown %v), want %s (unknown %v)", got.Area.ID, got.Verdict, got.Unknown, w.verdict, w.unknown)
				}
			}
			if r.IndexExact != tt.index || r.Index != tt.rounded {
				t.Errorf("index = %v (%d), want %v (%d)", r.IndexExact, r.Index, tt.index, tt.rounded)
			}
			if r.Band == nil || r.Band.ID != tt.band {
				t.Errorf("band = %v, want %s", r.Band, tt.band)
			}
			if r.NotKnown != tt.notKnown {
				t.Errorf("not known = %v, want %v", r.NotKnown, tt.notKnown)
			}
			checkRecs(t, r, tt.recs)
		})
	}
}

func checkRecs(t *testing.T, r *Result, want []wantRec) {
	t.Helper()
	if len(r.Recommendations) != len(want) {
		var got []string
		for _, rec := range r.Recommendations {
			got = append(got, rec.Text)
		}
		t.Fatalf("got %d recommendations %q, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if got := r.Recommendations[i]; got.Text != w.text || got.Impact != w.impact {
			t.Errorf("#%d = %q (%v), want %q (%v)", i+1, got.Text, got.Impact, w.text, w.impact)
		}
	}
}

func TestHeadlineNotKnown(t *testing.T) {
	s := loadSet(t)
	r := Score(s, answers(map[string][]string{"q1": {"not-sure"}, "q2": {"not-sure"}, "q3": {"not-sure"}, "q4": {"not-sure"}}))
	if h, _ := r.Headline(); h != "Nobody knows" {
		t.Errorf("headline = %q, want the set's not_known headline", h)
	}
	// Two of four Not sure is not more than half: the band's headline.
	r = Score(s, answers(map[string][]string{"q1": {"not-sure"}, "q2": {"not-sure"}, "q3": {"none"}, "q4": {"r"}}))
	if h, _ := r.Headline(); r.NotKnown || h != "Mid" {
		t.Errorf("headline = %q (not known %v), want Mid", h, r.NotKnown)
	}
}

func TestHeldBack(t *testing.T) {
	s := loadSet(t)
	// a: leadership at it 3000 holds back 1*(10000-3000) = 7000; b:
	// cloudy at it 4000 holds back 3*(10000-4000) = 18000: b first.
	r := Score(s, answers(map[string][]string{"q1": {"x"}, "q2": {"p"}, "q3": {"m2"}, "q4": {"t"}}))
	if len(r.HeldBack) != 2 || r.HeldBack[0].Area.ID != "b" || r.HeldBack[1].Area.ID != "a" {
		t.Fatalf("held back = %v, want b then a", r.HeldBack)
	}
}

func TestPartialAnswers(t *testing.T) {
	s := loadSet(t)
	r := Score(s, answers(map[string][]string{"q1": {"x"}}))
	if r.Complete() || len(r.Missing) != 3 || r.Missing[0] != "q2" {
		t.Fatalf("missing = %v, want [q2 q3 q4]", r.Missing)
	}
	// Only area a is scored, from q1 alone: it 10000, index 100. Area b is
	// not answered, so not every area is on IT: not the top band.
	if r.Areas[1].Scored() || r.Areas[1].Verdict != "" || r.Index != 100 || r.Band.ID != "mid" {
		t.Errorf("area b scored=%v verdict=%q index=%d band=%s; want unscored, 100, mid", r.Areas[1].Scored(), r.Areas[1].Verdict, r.Index, r.Band.ID)
	}
}

func TestPercentSumsTo100(t *testing.T) {
	tests := []struct {
		in   Split
		want [3]int
	}{
		{Split{IT: 9333, Unclear: 667}, [3]int{93, 0, 7}},                      // 93.33, 0, 6.67: 6.67 rounds up
		{Split{IT: 3334, Leadership: 3333, Unclear: 3333}, [3]int{34, 33, 33}}, // the largest remainder
		{Split{IT: 3350, Leadership: 3350, Unclear: 3300}, [3]int{34, 33, 33}}, // a tie: the first party
		{Split{IT: 5000, Leadership: 5000}, [3]int{50, 50, 0}},
		{Split{}, [3]int{0, 0, 0}},
	}
	for _, tt := range tests {
		if got := tt.in.Percent(); got != tt.want {
			t.Errorf("Percent(%+v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSumMean(t *testing.T) {
	var s Sum
	s.Add(Split{IT: 10000}, 2)
	s.Add(Split{IT: 5000, Leadership: 5000}, 1)
	// it (20000 + 5000)/3 = 8333.33 -> 8333; leadership 5000/3 = 1666.67
	// -> 1667; unclear the rest, 0
	if got, want := s.Mean(), (Split{IT: 8333, Leadership: 1667}); got != want {
		t.Errorf("Mean = %+v, want %+v", got, want)
	}
	// Both halves round up: 0.5 + 0.5 would make 10001; leadership gives
	// way so the split still sums to 10000.
	var h Sum
	h.Add(Split{IT: 1, Leadership: 9999}, 1)
	h.Add(Split{IT: 0, Leadership: 10000}, 1)
	if got, want := h.Mean(), (Split{IT: 1, Leadership: 9999}); got != want {
		t.Errorf("Mean = %+v, want %+v", got, want)
	}
	if got := (Split{IT: 10000}).Distance(Split{Leadership: 7500, Unclear: 2500}); got != 1 {
		t.Errorf("Distance = %v, want 1", got)
	}
}

func TestDeterministic(t *testing.T) {
	s := loadSet(t)
	given := map[string][]string{"q1": {"y"}, "q2": {"q"}, "q3": {"m2", "m3"}, "q4": {"t"}}
	first := Score(s, answers(given))
	for range 20 {
		again := Score(s, answers(given))
		if again.IndexExact != first.IndexExact || len(again.Recommendations) != len(first.Recommendations) {
			t.Fatal("same answers gave a different result")
		}
		for i := range again.Recommendations {
			if again.Recommendations[i].Text != first.Recommendations[i].Text {
				t.Fatal("recommendation order changed between runs")
			}
		}
	}
}

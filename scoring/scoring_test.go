package scoring

import (
	"math"
	"os"
	"testing"

	"itcheck/questions"
)

func loadSet(t *testing.T) *questions.Set {
	t.Helper()
	data, err := os.ReadFile("testdata/two-areas.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := questions.Parse("two-areas.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func answers(m map[string][]string) *questions.Answers {
	a := &questions.Answers{Set: "two-areas", Version: "1.0.0", Answers: map[string]questions.Choice{}}
	for q, ids := range m {
		c := questions.Single(ids[0])
		if len(ids) > 1 || q == "q3" {
			c = questions.Many(ids...)
		}
		a.Answers[q] = c
	}
	return a
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

type wantArea struct {
	split   Split
	verdict string
	notSure int
}

// The arithmetic of each case is written out: question weights are
// q1=2, q2=1 (area a) and q3=1, q4=1 (area b); area weights a=1, b=3.
func TestScoreTable(t *testing.T) {
	s := loadSet(t)
	tests := []struct {
		name  string
		given map[string][]string
		areas [2]wantArea
		index float64 // exact, before rounding
		band  string
	}{
		{
			name:  "all best",
			given: map[string][]string{"q1": {"x"}, "q2": {"q"}, "q3": {"m1"}, "q4": {"r"}},
			areas: [2]wantArea{
				// a: it (2*1 + 1*0.8)/3 = 2.8/3; unclear (1*0.2)/3
				{Split{IT: 2.8 / 3, Unclear: 0.2 / 3}, "it", 0},
				// b: q3 it 1; q4 it 0.6 lead 0.4 -> it 1.6/2 = 0.8, lead 0.4/2 = 0.2
				{Split{IT: 0.8, Leadership: 0.2}, "it", 0},
			},
			// (1*(2.8/3) + 3*0.8) / 4 = (0.9333.. + 2.4)/4 = 0.8333.. -> 83.33
			index: (2.8/3 + 2.4) / 4 * 100,
			band:  "high",
		},
		{
			name:  "all worst",
			given: map[string][]string{"q1": {"y"}, "q2": {"p"}, "q3": {"m2", "m3"}, "q4": {"s"}},
			areas: [2]wantArea{
				// a: it (2*0.5 + 0)/3 = 1/3; lead (2*0.5 + 1*1)/3 = 2/3 -> leadership (>= 0.6)
				{Split{IT: 1.0 / 3, Leadership: 2.0 / 3}, "leadership", 0},
				// b: q3 = mean(m2, m3) = unclear 0.5, lead 0.5; q4 lead 1
				//    -> lead (0.5+1)/2 = 0.75, unclear 0.5/2 = 0.25 -> leadership
				{Split{Leadership: 0.75, Unclear: 0.25}, "leadership", 0},
			},
			// (1*(1/3) + 3*0)/4 = 0.0833.. -> 8.33
			index: (1.0 / 3) / 4 * 100,
			band:  "low",
		},
		{
			name:  "all not sure",
			given: map[string][]string{"q1": {"not-sure"}, "q2": {"not-sure"}, "q3": {"not-sure"}, "q4": {"not-sure"}},
			areas: [2]wantArea{
				{Split{Unclear: 1}, "cloudy", 2},
				{Split{Unclear: 1}, "cloudy", 2},
			},
			index: 0,
			band:  "low",
		},
		{
			name:  "mixed",
			given: map[string][]string{"q1": {"x"}, "q2": {"not-sure"}, "q3": {"m1", "m3"}, "q4": {"r"}},
			areas: [2]wantArea{
				// a: it 2*1/3 = 0.6667; unclear 1*1/3 = 0.3333 (< 0.4) -> it (>= 0.6)
				{Split{IT: 2.0 / 3, Unclear: 1.0 / 3}, "it", 1},
				// b: q3 = mean(m1, m3) = it 0.5, lead 0.5; q4 it 0.6 lead 0.4
				//    -> it (0.5+0.6)/2 = 0.55, lead (0.5+0.4)/2 = 0.45 -> shared
				{Split{IT: 0.55, Leadership: 0.45}, "shared", 0},
			},
			// (1*(2/3) + 3*0.55)/4 = (0.6667 + 1.65)/4 = 0.5792 -> 57.92
			index: (2.0/3 + 1.65) / 4 * 100,
			band:  "mid",
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
				if !near(got.Split.IT, w.split.IT) || !near(got.Split.Leadership, w.split.Leadership) || !near(got.Split.Unclear, w.split.Unclear) {
					t.Errorf("area %s split = %+v, want %+v", got.Area.ID, got.Split, w.split)
				}
				if got.Verdict != w.verdict {
					t.Errorf("area %s verdict = %s, want %s", got.Area.ID, got.Verdict, w.verdict)
				}
				if got.NotSure != w.notSure {
					t.Errorf("area %s not sure = %d, want %d", got.Area.ID, got.NotSure, w.notSure)
				}
			}
			if !near(r.IndexExact, tt.index) {
				t.Errorf("index = %v, want %v", r.IndexExact, tt.index)
			}
			if want := int(math.Floor(tt.index + 0.5)); r.Index != want {
				t.Errorf("rounded index = %d, want %d", r.Index, want)
			}
			if r.Band == nil || r.Band.ID != tt.band {
				t.Errorf("band = %v, want %s", r.Band, tt.band)
			}
		})
	}
}

func TestRecommendationOrder(t *testing.T) {
	s := loadSet(t)
	r := Score(s, answers(map[string][]string{"q1": {"y"}, "q2": {"p"}, "q3": {"m2", "m3"}, "q4": {"s"}}))
	// Area weights: a 1/4, b 3/4. Question parts of the index: q2 = 1/4 * 1/3,
	// q3 = 3/4 * 1/2, shared by its two chosen options.
	want := []struct {
		text   string
		impact float64
	}{
		{"B is with leadership.", 0.75 * (1 - 0) * 100},     // area b, it share 0
		{"Tell IT first.", 0.75 * 0.5 / 2 * (1 - 0) * 100},  // m2: it share 0
		{"A is with leadership.", 0.25 * (1 - 1.0/3) * 100}, // area a, it share 1/3
		{"Fund it.", 0.25 * (1.0 / 3) * (1 - 0) * 100},      // p: it share 0
	}
	if len(r.Recommendations) != len(want) {
		t.Fatalf("got %d recommendations, want %d: %+v", len(r.Recommendations), len(want), r.Recommendations)
	}
	for i, w := range want {
		got := r.Recommendations[i]
		if got.Text != w.text || !near(got.Impact, w.impact) {
			t.Errorf("#%d = %q (%.4f), want %q (%.4f)", i+1, got.Text, got.Impact, w.text, w.impact)
		}
	}
	if r.Recommendations[1].Question == nil || r.Recommendations[1].Question.ID != "q3" || r.Recommendations[1].Who != "together" {
		t.Errorf("option advice lost its question or actor: %+v", r.Recommendations[1])
	}
}

func TestPartialAnswers(t *testing.T) {
	s := loadSet(t)
	r := Score(s, answers(map[string][]string{"q1": {"x"}}))
	if r.Complete() || len(r.Missing) != 3 || r.Missing[0] != "q2" {
		t.Fatalf("missing = %v, want [q2 q3 q4]", r.Missing)
	}
	// Only area a is scored, from q1 alone: it 1; area b has no weight.
	if r.Areas[1].Scored() || r.Areas[1].Verdict != "" || r.Index != 100 {
		t.Errorf("area b scored=%v verdict=%q index=%d; want unscored and index 100", r.Areas[1].Scored(), r.Areas[1].Verdict, r.Index)
	}
}

func TestPercentSumsTo100(t *testing.T) {
	tests := []struct {
		in   Split
		want [3]int
	}{
		{Split{IT: 2.8 / 3, Unclear: 0.2 / 3}, [3]int{93, 0, 7}},                        // 93.33, 0, 6.67: 6.67 rounds up
		{Split{IT: 1.0 / 3, Leadership: 1.0 / 3, Unclear: 1.0 / 3}, [3]int{34, 33, 33}}, // tie: first party
		{Split{IT: 0.5, Leadership: 0.5}, [3]int{50, 50, 0}},
		{Split{}, [3]int{0, 0, 0}},
	}
	for _, tt := range tests {
		if got := tt.in.Percent(); got != tt.want {
			t.Errorf("Percent(%+v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestDeterministic(t *testing.T) {
	s := loadSet(t)
	given := map[string][]string{"q1": {"y"}, "q2": {"q"}, "q3": {"m1", "m2", "m3"}, "q4": {"r"}}
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

// Advice for an area IT carries comes after the problems: it confirms
// what works.
func TestAdviceForAnAreaITCarriesComesLast(t *testing.T) {
	s := loadSet(t)
	// Area a: q1 x (it 1, weight 2), q2 p (leadership 1, weight 1)
	// -> it 2/3 >= 0.6: IT carries it. Area b: q3 m1 (it 1), q4 r (it 0.6)
	// -> it 0.8, no advice for it. Without the rule, "A is with IT." would
	// concern 1/4 * (1 - 2/3) * 100 = 8.33 points, tying with "Fund it."
	// at 1/4 * 1/3 * (1 - 0) * 100 = 8.33 and coming first in set order.
	r := Score(s, answers(map[string][]string{"q1": {"x"}, "q2": {"p"}, "q3": {"m1"}, "q4": {"r"}}))
	if r.Areas[0].Verdict != "it" {
		t.Fatalf("area a verdict = %s, want it", r.Areas[0].Verdict)
	}
	want := []struct {
		text   string
		impact float64
	}{
		{"Fund it.", 0.25 * (1.0 / 3) * 100},
		{"A is with IT.", 0},
	}
	if len(r.Recommendations) != len(want) {
		t.Fatalf("got %d recommendations, want %d: %+v", len(r.Recommendations), len(want), r.Recommendations)
	}
	for i, w := range want {
		if got := r.Recommendations[i]; got.Text != w.text || !near(got.Impact, w.impact) {
			t.Errorf("#%d = %q (%.4f), want %q (%.4f)", i+1, got.Text, got.Impact, w.text, w.impact)
		}
	}
}

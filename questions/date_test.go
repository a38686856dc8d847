package questions

import "testing"

func TestCheckDate(t *testing.T) {
	for date, ok := range map[string]bool{
		"":            true, // no date is not a wrong one
		"2026-11-27":  true,
		"2028-02-29":  true, // a leap day
		"2026-02-29":  false,
		"2026-13-01":  false,
		"2026-1-01":   false,
		"27/11/2026":  false,
		"yesterday":   false,
		"2026-11-27 ": false,
	} {
		ps := CheckDate("a.yaml", Pos{Line: 4, Col: 7}, date)
		if (ps == nil) != ok {
			t.Errorf("CheckDate(%q) = %v; want ok %v", date, ps, ok)
		}
		if ps != nil && ps.Error() != `a.yaml:4:7: date "`+date+`" is not a date; expected YYYY-MM-DD, like 2026-03-31` {
			t.Errorf("CheckDate(%q) says %q", date, ps.Error())
		}
	}
}

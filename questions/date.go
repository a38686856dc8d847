package questions

import (
	"fmt"
	"time"
)

// ValidDate reports whether s is a calendar date written YYYY-MM-DD, the
// way answers files and reports record the day they were answered.
func ValidDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// CheckDate returns the problem with date, which stood at pos in file
// name, or nil when it is empty (no date) or a valid date. Every reader
// of answers and reports refuses the same dates, so that no command
// orders or shows a date another would refuse.
func CheckDate(name string, pos Pos, date string) Problems {
	if date == "" || ValidDate(date) {
		return nil
	}
	return Problems{{File: name, Pos: pos,
		Msg: fmt.Sprintf("date %q is not a date; expected YYYY-MM-DD, like 2026-03-31", date)}}
}

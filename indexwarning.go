package main

import (
	"io"

	"itcheck/questions"
)

// sayIndexDiffers warns, on w, that the report name records an index of
// recorded at the position at, while its answers score scored with the
// question set's same text: it was edited by hand, or saved by another
// itcheck. done says what the command does with it ("shown", "compared"):
// it goes by the answers.
func sayIndexDiffers(w io.Writer, name string, at questions.Pos, recorded, scored int, done string) {
	say(w, "%s:%s: warning: the report records an index of %d, but its answers score %d with these questions (edited by hand, or saved by another itcheck); %s as scored now",
		name, at, recorded, scored, done)
}

package strictyaml

import "testing"

func TestRawBytesPositioned(t *testing.T) {
	type doc struct {
		Title string `yaml:"title"`
		Name  string `yaml:"name"`
	}
	tests := []struct {
		name, data, want string
	}{
		// Old Mac line endings: a lone CR ends line 1, so the ESC is on line 2.
		{"lone carriage return", "title: a\rname: b\x1b", "2:8: control character U+001B is not allowed; remove it (escape sequences and bidi overrides are refused)"},
		{"windows line endings", "title: a\r\nname: \x1b", "2:7: control character U+001B is not allowed; remove it (escape sequences and bidi overrides are refused)"},
		{"invalid UTF-8", "title: a\nname: b\xff", "2:8: the file is not valid UTF-8 text here; save it as UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d doc
			probs := Decode([]byte(tt.data), &d)
			if len(probs) != 1 {
				t.Fatalf("problems = %v, want one", probs)
			}
			if got := probs[0].Pos.String() + ": " + probs[0].Msg; got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
	var d doc
	if probs := Decode([]byte("title: \uFFFD on purpose\n"), &d); len(probs) != 0 || d.Title != "\uFFFD on purpose" {
		t.Errorf("a written U+FFFD was refused: %v", probs)
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
)

// screenshot is the picture of a verdict shown at the top of the README,
// made by scripts/screenshot.sh.
const screenshot = "docs/verdict.svg"

// svgLines returns the text of each <text> element of an SVG, in order:
// freeze draws one line of the terminal as one <text>, in <tspan>s.
func svgLines(data []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var lines []string
	var line *strings.Builder
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return lines, nil
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "text" {
				line = &strings.Builder{}
			}
		case xml.CharData:
			if line != nil {
				line.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" && line != nil {
				lines = append(lines, line.String())
				line = nil
			}
		}
	}
}

// TestScreenshot keeps the README's picture from going stale: its text
// is, line for line, what `itcheck report --answers
// examples/owner-led-shop.yaml` prints today, up to the end of the third
// recommendation (what scripts/screenshot.sh keeps), and the README shows
// it.
func TestScreenshot(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(screenshot)
	if err != nil {
		t.Fatal(err)
	}
	got, err := svgLines(data)
	if err != nil {
		t.Fatalf("%s: %v", screenshot, err)
	}

	var stdout, stderr bytes.Buffer
	args := []string{"report", "--answers", "examples/owner-led-shop.yaml", "--date", "2026-11-27"}
	if code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("itcheck %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	want := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	for i, l := range want {
		if strings.HasPrefix(l, " 4. ") {
			want = want[:i]
			break
		}
	}
	for len(want) > 1 && want[len(want)-1] == "" {
		want = want[:len(want)-1]
	}
	if len(want) < 20 {
		t.Fatalf("the verdict up to its fourth recommendation is %d lines; the picture would show too little of it", len(want))
	}

	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		for i := range max(len(got), len(want)) {
			var g, w string
			if i < len(got) {
				g = got[i]
			}
			if i < len(want) {
				w = want[i]
			}
			if g != w {
				t.Errorf("%s line %d is %q; the verdict now has %q", screenshot, i+1, g, w)
				break
			}
		}
		t.Fatalf("%s (%d lines) is not the verdict as printed now (%d lines); run scripts/screenshot.sh", screenshot, len(got), len(want))
	}

	// The alt text says in words what the picture shows: it must name the
	// headline and the index shown.
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`!\[([^\]]*)\]\(` + regexp.QuoteMeta(screenshot) + `\)`).FindSubmatch(readme)
	if m == nil {
		t.Fatalf("README.md does not show %s as ![alt text](%s)", screenshot, screenshot)
	}
	alt := string(m[1])
	if !strings.Contains(alt, want[0]) {
		t.Errorf("the README's alt text for %s does not give the headline %q", screenshot, want[0])
	}
	index := regexp.MustCompile(`index +(\d+)/100`).FindStringSubmatch(strings.Join(want, "\n"))
	if index == nil {
		t.Fatal("the verdict shows no accountability index")
	}
	if words := "index of " + index[1] + " out of 100"; !strings.Contains(alt, words) {
		t.Errorf("the README's alt text for %s does not say %q", screenshot, words)
	}
}

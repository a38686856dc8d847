package report

import (
	"io"
	"strings"

	"github.com/charmbracelet/colorprofile"
)

// Profile returns the colour profile for writing to w in the environment
// environ (as from os.Environ): what colorprofile.Detect finds (NoTTY when
// w is not a terminal or TERM=dumb), lowered to ASCII (no colours, bold
// kept) when NO_COLOR is set to any non-empty value, as no-color.org asks;
// colorprofile itself only honours values like 1 or true.
func Profile(w io.Writer, environ []string) colorprofile.Profile {
	p := colorprofile.Detect(w, environ)
	noColor := ""
	for _, kv := range environ {
		if v, ok := strings.CutPrefix(kv, "NO_COLOR="); ok {
			noColor = v // the first one counts, as with os.Getenv
			break
		}
	}
	if noColor != "" && p > colorprofile.ASCII {
		p = colorprofile.ASCII
	}
	return p
}

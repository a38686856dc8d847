package questions

import (
	"fmt"

	"itcheck/internal/lazyregexp"
)

// Warnings point at an author's likely mistakes that still give a usable
// set; itcheck validate shows them, the self-check does not stop for them.

// dominantShare is the part of an area above which one question decides
// the area on its own.
const dominantShare = 0.5

// adviceNeededAt is the share of leadership or unclear above which an
// option describes a problem someone should act on.
const adviceNeededAt Share = 5000

// versionRE is a version number of the form major.minor.patch, with an
// optional pre-release or build suffix (1.0.0, 2.1.0-draft).
var versionRE = lazyregexp.New(`^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$`)

func (s *Set) lint(name string) Problems {
	var ps Problems
	warn := func(at Pos, format string, args ...any) {
		ps = append(ps, Problem{File: name, Pos: at, Msg: fmt.Sprintf(format, args...), Warning: true})
	}
	if s.Version != "" && !versionRE.MatchString(s.Version) {
		warn(s.PosOf("version"), "version %q is not a version number like 1.0.0; reports record it and answers are matched to a set by it, so raise it like one when the questions change", s.Version)
	}
	if sc := s.Scoring; sc.NeverShared() {
		warn(sc.PosOf("carries_at"), "scoring.carries_at is %s: an area that is not cloudy leaves IT and leadership more than %s, so one of them always reaches %s and no area is ever shared; "+
			"to allow shared areas, set carries_at above %s", sc.CarriesAt, One-sc.CloudyAt, sc.CarriesAt, (One-sc.CloudyAt)/2)
	}
	for _, a := range s.Areas {
		total := 0
		for _, q := range a.Questions {
			total += EffectiveWeight(q.Weight)
		}
		for _, q := range a.Questions {
			if w := EffectiveWeight(q.Weight); len(a.Questions) > 1 && float64(w)/float64(total) > dominantShare {
				warn(q.PosOf("weight"), "question %q has weight %d of %d in area %q: it alone decides the area", q.ID, w, total, a.ID)
			}
			notSure := false
			for _, o := range q.Options {
				notSure = notSure || o.NotSure
				if o.NotSure && o.Split.IT > 0 {
					warn(o.PosOf("split"), "option %q is Not sure but gives IT a share (%s); not knowing puts nothing in IT's hands, so give it {unclear: 1}", o.ID, o.Split.IT)
				}
				if o.Advice != nil || o.NotSure {
					continue
				}
				if o.Split.Leadership > adviceNeededAt {
					warn(o.At, "option %q puts most of the area on leadership (%s) but gives no advice", o.ID, o.Split.Leadership)
				} else if o.Split.Unclear > adviceNeededAt {
					warn(o.At, "option %q leaves most of the area unclear (%s) but gives no advice", o.ID, o.Split.Unclear)
				}
			}
			if !notSure {
				warn(q.At, "question %q has no \"Not sure\" option (not_sure: true); people who don't know must guess", q.ID)
			}
		}
	}
	return ps
}

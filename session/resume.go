package session

import (
	"context"
	"fmt"

	"itcheck/drafts"
	"itcheck/questions"
	"itcheck/tui"
)

// chooseStart decides where the flow starts: from the draft kept for the
// set, or afresh. With Resume the draft is taken without asking (and a
// missing one is only a note), with Fresh it is ignored (it stays until
// the first answer replaces it), and otherwise the person is asked. What
// a changed set no longer holds is told, one line each.
//
// The error is a *tui.AbortError when the person stopped at the question,
// or the context's error when a signal came.
func (s *session) chooseStart(ctx context.Context) (*questions.Answers, int, error) {
	o := s.o
	d, told := s.keeper.load(o.Stderr)
	if d == nil {
		if o.Resume && !told {
			fmt.Fprintln(o.Stderr, "There are no unfinished answers to resume; starting afresh.")
		}
		return nil, 0, nil
	}
	answers, area, dropped := d.Resume(o.Set)
	if o.Fresh {
		fmt.Fprintf(o.Stderr, "Starting afresh: your unfinished answers from %s will be replaced once you answer.\n", savedAt(d))
		return nil, 0, nil
	}
	// What a changed set no longer holds is told first, so that the
	// person knows it when deciding, and before the screen is taken over.
	for _, msg := range dropped {
		fmt.Fprintf(o.Stderr, "Not resumed, since the question set changed: %s.\n", msg)
	}
	if !o.Resume {
		resume, err := o.Ask(ctx, resumeChoice(resumeQuestion(d, o.Set, answers, area), s.echoed()), s.tuiOptions())
		if err != nil {
			return nil, 0, err
		}
		if !resume {
			fmt.Fprintf(o.Stderr, "Starting afresh: your unfinished answers from %s will be replaced once you answer.\n", savedAt(d))
			return nil, 0, nil
		}
	}
	if o.Resume && len(dropped) > 0 && !o.Accessible && s.echoed() {
		// The full-screen flow would hide those lines at once.
		if err := o.Pause(ctx, "Press enter to go on. ", s.tuiOptions()); err != nil {
			return nil, 0, err
		}
	}
	return answers, area, nil
}

// savedAt is when the draft was saved, in local time.
func savedAt(d *drafts.Draft) string {
	return d.Saved.Local().Format("2 Jan 2006 15:04")
}

// resumeQuestion is what the person is asked about a draft: when it was
// saved, how much of it still fits the set and where it stopped.
func resumeQuestion(d *drafts.Draft, set *questions.Set, a *questions.Answers, area int) string {
	s := fmt.Sprintf("You have unfinished answers from %s: %d of %d answered, last %s.",
		savedAt(d), len(a.Answers), set.QuestionCount(), describePage(area, len(set.Areas)))
	if d.SetHash != set.Hash {
		s += " The question set has changed since; what still fits is kept."
	}
	return s
}

// resumeChoice asks whether to resume a draft. Enter resumes.
func resumeChoice(question string, echoed bool) tui.Choice {
	return tui.Choice{
		Question: question,
		Detail:   "Resume where you stopped, or start afresh?",
		Yes:      "Resume",
		No:       "Start afresh",
		Prompt:   " Resume? [Y/n] ",
		What:     "whether to resume",
		Retry:    "Type y to resume or n to start afresh.",
		Echoed:   echoed,
	}
}

// separateChoice asks a second run, whose set's draft another run (h)
// holds, whether to start a separate draft or stop. Enter starts one.
func separateChoice(h drafts.Holder, echoed bool) tui.Choice {
	return tui.Choice{
		Question: heldQuestion(h),
		Detail:   "Start a separate draft of your own, or stop here?",
		Yes:      "Separate draft",
		No:       "Stop",
		Prompt:   " Start a separate draft? [Y/n] ",
		What:     "whether to start a separate draft",
		Retry:    "Type y to start a separate draft or n to stop.",
		Echoed:   echoed,
	}
}

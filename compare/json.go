package compare

import (
	"encoding/json"

	"itcheck/questions"
	"itcheck/report"
	"itcheck/scoring"
)

// The JSON document. Field names are stable: fields may be added, never
// renamed or removed. Every field is always present; optional values are
// null. Fractions are rounded to four decimals.
type jsonDoc struct {
	Tool        string           `json:"tool"`
	Set         jsonSet          `json:"set"`
	Reports     int              `json:"reports"`
	Thresholds  jsonThresholds   `json:"thresholds"`
	Roles       []jsonRole       `json:"roles"`
	Respondents []jsonRespondent `json:"respondents"`
	Questions   []jsonQuestion   `json:"questions"`
	Mixed       []string         `json:"mixed_signals"`
	NotSure     []jsonNotSure    `json:"not_sure"`
	Agenda      []jsonAgendaItem `json:"agenda"`
	LeftOut     []jsonLeftOut    `json:"left_out"`
	Unknown     []jsonUnknown    `json:"unknown_answers"`
	OverTime    *jsonChange      `json:"over_time"`
}

type jsonSet struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Version string `json:"version"`
}

type jsonThresholds struct {
	MixedAt      report.Number `json:"mixed_at"`
	NotSureMin   int           `json:"not_sure_min"`
	NotSureOneIn int           `json:"not_sure_one_in"`
}

type jsonSplit struct {
	IT         report.Number `json:"it"`
	Leadership report.Number `json:"leadership"`
	Unclear    report.Number `json:"unclear"`
}

type jsonArea struct {
	Split   *jsonSplit `json:"split"`   // null when not answered
	Verdict *string    `json:"verdict"` // null when not answered
}

type jsonRoleArea struct {
	Split    *jsonSplit     `json:"split"` // mean; null when nobody answered
	Answered int            `json:"answered"`
	Verdicts map[string]int `json:"verdicts"` // respondents by verdict id
}

type jsonRole struct {
	ID          string                  `json:"id"`
	Label       string                  `json:"label"`
	Respondents int                     `json:"respondents"`
	Index       report.Number           `json:"index"`
	Areas       map[string]jsonRoleArea `json:"areas"`
}

type jsonRespondent struct {
	Name    string              `json:"name"`
	File    string              `json:"file"`
	Role    string              `json:"role"`
	Date    string              `json:"date"`
	Version string              `json:"version"`
	Index   int                 `json:"index"`
	Band    *string             `json:"band"`
	Areas   map[string]jsonArea `json:"areas"`
}

type jsonAnswer struct {
	Options []string       `json:"options"`
	Labels  []string       `json:"labels"`
	Split   jsonSplit      `json:"split"`
	NotSure bool           `json:"not_sure"`
	Count   int            `json:"count"`
	ByRole  map[string]int `json:"by_role"`
}

type jsonView struct {
	Role   string    `json:"role"`
	Placed int       `json:"placed"`
	Split  jsonSplit `json:"split"`
}

type jsonQuestion struct {
	ID           string        `json:"id"`
	Area         string        `json:"area"`
	Text         string        `json:"text"`
	Placed       int           `json:"placed"`
	NotSure      int           `json:"not_sure"`
	Disagreement report.Number `json:"disagreement"`
	RoleGap      report.Number `json:"role_gap"`
	GapRoles     []string      `json:"gap_roles"` // the two role ids; empty when fewer than two roles placed it
	Mixed        bool          `json:"mixed"`
	NotSureGroup bool          `json:"not_sure_cluster"`
	Views        []jsonView    `json:"views"`
	Answers      []jsonAnswer  `json:"answers"`
}

type jsonNotSure struct {
	Area        string   `json:"area"`
	Answers     int      `json:"answers"`
	NotSure     int      `json:"not_sure"`
	Respondents int      `json:"respondents"`
	Questions   []string `json:"questions"`
}

type jsonAgendaItem struct {
	Question string   `json:"question"`
	Kind     string   `json:"kind"`
	Advice   *string  `json:"advice"`
	Roles    []string `json:"roles"`
	Parties  []string `json:"parties"`
}

type jsonLeftOut struct {
	Question string              `json:"question"`
	Reports  []jsonLeftOutReport `json:"reports"`
}

type jsonLeftOutReport struct {
	File    string `json:"file"`
	Version string `json:"version"`
	Reason  string `json:"reason"`
}

type jsonUnknown struct {
	File      string   `json:"file"`
	Version   string   `json:"version"`
	Questions []string `json:"questions"`
}

type jsonChange struct {
	From       string                    `json:"from"` // respondent names
	To         string                    `json:"to"`
	IndexDelta int                       `json:"index_delta"`
	Areas      map[string]jsonAreaChange `json:"areas"`
	Moved      []jsonMove                `json:"moved"`
}

type jsonAreaChange struct {
	From jsonArea `json:"from"`
	To   jsonArea `json:"to"`
}

type jsonMove struct {
	Question string   `json:"question"`
	From     []string `json:"from"` // option ids; empty when not answered
	To       []string `json:"to"`
}

func split(s scoring.Split) jsonSplit {
	return jsonSplit{report.Number(s.IT.Float()), report.Number(s.Leadership.Float()), report.Number(s.Unclear.Float())}
}

func area(as AreaScore) jsonArea {
	if as.Verdict == "" {
		return jsonArea{}
	}
	sp, v := split(as.Split), as.Verdict
	return jsonArea{Split: &sp, Verdict: &v}
}

// JSON renders the comparison for machines; the README documents the
// fields. It ends with a newline.
func (c *Comparison) JSON(m Meta) []byte {
	s := c.Set
	d := jsonDoc{
		Tool: m.Tool, Set: jsonSet{s.ID, s.Title, s.Version}, Reports: len(c.Respondents),
		Thresholds:  jsonThresholds{MixedAt, NotSureMin, NotSureOneIn},
		Roles:       []jsonRole{},
		Respondents: make([]jsonRespondent, 0, len(c.Respondents)),
		Questions:   []jsonQuestion{}, Mixed: []string{}, NotSure: []jsonNotSure{},
		Agenda: []jsonAgendaItem{}, LeftOut: []jsonLeftOut{}, Unknown: []jsonUnknown{},
	}
	for _, r := range c.Roles {
		jr := jsonRole{ID: r.ID, Label: r.Label, Respondents: r.Respondents, Index: report.Number(r.Index), Areas: map[string]jsonRoleArea{}}
		for ai, ra := range r.Areas {
			ja := jsonRoleArea{Answered: ra.Scored, Verdicts: map[string]int{}}
			if ra.Scored > 0 {
				sp := split(ra.Split)
				ja.Split = &sp
			}
			for i, n := range ra.Verdicts {
				if n > 0 {
					ja.Verdicts[questions.VerdictIDs[i]] = n
				}
			}
			jr.Areas[s.Areas[ai].ID] = ja
		}
		d.Roles = append(d.Roles, jr)
	}
	for i := range c.Respondents {
		r := &c.Respondents[i]
		jr := jsonRespondent{Name: r.Name, File: r.File, Role: r.Role, Date: r.Date, Version: r.Version, Index: r.Index, Areas: map[string]jsonArea{}}
		if r.Band != nil {
			jr.Band = &r.Band.ID
		}
		for ai, as := range r.Areas {
			jr.Areas[s.Areas[ai].ID] = area(as)
		}
		d.Respondents = append(d.Respondents, jr)
	}
	for i := range c.Questions {
		d.Questions = append(d.Questions, c.jsonQuestion(&c.Questions[i]))
	}
	for _, q := range c.Mixed {
		d.Mixed = append(d.Mixed, q.Question.ID)
	}
	for _, a := range c.Areas {
		if !a.Cluster {
			continue
		}
		ns := jsonNotSure{Area: a.Area.ID, Answers: a.Answers, NotSure: a.NotSure, Respondents: a.NotSureBy, Questions: []string{}}
		for _, q := range c.Questions {
			if q.Unsure && q.Area == a.Area {
				ns.Questions = append(ns.Questions, q.Question.ID)
			}
		}
		d.NotSure = append(d.NotSure, ns)
	}
	for _, it := range c.Agenda() {
		ja := jsonAgendaItem{Question: it.Question.Question.ID, Kind: it.Kind, Roles: []string{}, Parties: []string{}}
		if it.Advice != nil {
			ja.Advice = &it.Advice.Text
		}
		for _, g := range it.Roles {
			ja.Roles = append(ja.Roles, c.Roles[g].ID)
		}
		ja.Parties = append(ja.Parties, it.Parties...)
		d.Agenda = append(d.Agenda, ja)
	}
	for _, lo := range c.LeftOut {
		jl := jsonLeftOut{Question: lo.Question.ID}
		for _, r := range lo.Reports {
			jl.Reports = append(jl.Reports, jsonLeftOutReport(r))
		}
		d.LeftOut = append(d.LeftOut, jl)
	}
	for _, u := range c.Unknown {
		d.Unknown = append(d.Unknown, jsonUnknown{u.File, u.Version, u.IDs})
	}
	if ch := c.Change; ch != nil {
		jc := &jsonChange{From: ch.From.Name, To: ch.To.Name, IndexDelta: ch.IndexDelta(), Areas: map[string]jsonAreaChange{}, Moved: []jsonMove{}}
		for ai, ac := range ch.Areas {
			jc.Areas[s.Areas[ai].ID] = jsonAreaChange{area(ac.From), area(ac.To)}
		}
		for _, mv := range ch.Moved {
			jc.Moved = append(jc.Moved, jsonMove{mv.Question.Question.ID, optionIDs(mv.From), optionIDs(mv.To)})
		}
		d.OverTime = jc
	}
	out, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		// The document holds strings, numbers, booleans and maps only.
		panic("compare: encoding JSON: " + err.Error())
	}
	return append(out, '\n')
}

func (c *Comparison) jsonQuestion(q *Question) jsonQuestion {
	jq := jsonQuestion{
		ID: q.Question.ID, Area: q.Area.ID, Text: q.Question.Text, Placed: q.Placed, NotSure: q.NotSure,
		Disagreement: report.Number(q.Disagreement), RoleGap: report.Number(q.RoleGap), GapRoles: []string{},
		Mixed: q.Mixed, NotSureGroup: q.Unsure, Views: []jsonView{}, Answers: []jsonAnswer{},
	}
	if q.GapRoles[0] >= 0 {
		jq.GapRoles = []string{c.Roles[q.GapRoles[0]].ID, c.Roles[q.GapRoles[1]].ID}
	}
	for g, v := range q.Views {
		if v.Placed > 0 {
			jq.Views = append(jq.Views, jsonView{c.Roles[g].ID, v.Placed, split(v.Split)})
		}
	}
	for i := range q.Answers {
		a := &q.Answers[i]
		ja := jsonAnswer{Options: optionIDs(a), Split: split(a.Split), NotSure: a.NotSure, Count: a.Count, ByRole: map[string]int{}}
		for _, o := range a.Options {
			ja.Labels = append(ja.Labels, o.Label)
		}
		for g, n := range a.ByRole {
			if n > 0 {
				ja.ByRole[c.Roles[g].ID] = n
			}
		}
		jq.Answers = append(jq.Answers, ja)
	}
	return jq
}

// optionIDs lists an answer's option ids; empty for no answer.
func optionIDs(a *Answer) []string {
	ids := []string{}
	if a != nil {
		for _, o := range a.Options {
			ids = append(ids, o.ID)
		}
	}
	return ids
}

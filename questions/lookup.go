package questions

// Question returns the question with id and its area, or nils.
func (s *Set) Question(id string) (*Question, *Area) {
	for i := range s.Areas {
		a := &s.Areas[i]
		for j := range a.Questions {
			if a.Questions[j].ID == id {
				return &a.Questions[j], a
			}
		}
	}
	return nil, nil
}

// Area returns the area with id, or nil.
func (s *Set) Area(id string) *Area {
	for i := range s.Areas {
		if s.Areas[i].ID == id {
			return &s.Areas[i]
		}
	}
	return nil
}

// Role returns the role with id, or nil.
func (s *Set) Role(id string) *Role {
	for i := range s.Roles {
		if s.Roles[i].ID == id {
			return &s.Roles[i]
		}
	}
	return nil
}

// Party returns the words for party id, or a Party with only the id.
func (s *Set) Party(id string) Party {
	for _, p := range s.Parties {
		if p.ID == id {
			return p
		}
	}
	return Party{ID: id, Label: id}
}

// Band returns the band that covers index, or nil.
func (s *Set) Band(index int) *Band {
	for i := range s.Bands {
		if b := &s.Bands[i]; index >= b.Min && index <= b.Max {
			return b
		}
	}
	return nil
}

// RoleIDs lists the role ids in order.
func (s *Set) RoleIDs() []string {
	ids := make([]string, len(s.Roles))
	for i, r := range s.Roles {
		ids[i] = r.ID
	}
	return ids
}

// AreaIDs lists the area ids in order.
func (s *Set) AreaIDs() []string {
	ids := make([]string, len(s.Areas))
	for i, a := range s.Areas {
		ids[i] = a.ID
	}
	return ids
}

// QuestionIDs lists every question id in the order asked.
func (s *Set) QuestionIDs() []string {
	var ids []string
	for _, a := range s.Areas {
		for _, q := range a.Questions {
			ids = append(ids, q.ID)
		}
	}
	return ids
}

// QuestionCount is the number of questions in the set.
func (s *Set) QuestionCount() int {
	n := 0
	for _, a := range s.Areas {
		n += len(a.Questions)
	}
	return n
}

// EffectiveWeight returns w, or 1 when w is 0 (left out).
func EffectiveWeight(w int) int {
	if w == 0 {
		return 1
	}
	return w
}

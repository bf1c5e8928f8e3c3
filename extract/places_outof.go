package extract

// placesOutOf proposes the names after the complex preposition "out of"
// as places, read as after a weak preposition (the name must end its
// phrase): "the squadron operates out of Kessavar.", "a company out of
// Dravnik, Kestania,", "driven out of Tarvaleh"; not "out of Ivo Tarn's
// reach" nor "out of Zorvik Company" (a body's name is no place).
func (s *contextStage) placesOutOf(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].End-toks[i].Start == 3 && toks[i+2].IsCap() && toks[i].Kind == Word && !toks[i].IsCap() && toks[i].Lower(doc) == "out" && toks[i+1].Lower(doc) == "of" &&
			(i == 0 || !outOfFirm(toks[i-1].Lower(doc))) {
			s.placeList(doc, i+2, unknown, claimed, true, false)
		}
	}
}

// outOfFirm reports whether w, before "out of", says that someone leaves
// or takes from a body as often as from a place ("forced out of
// Zorvatek", "took the money out of Kessacorp"): the name after it is
// none of the place's evidence.
func outOfFirm(w string) bool {
	switch w {
	case "forced", "ousted", "squeezed", "bought", "sold", "cashed", "money", "funds", "cash", "shares":
		return true
	}
	return false
}

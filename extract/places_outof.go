package extract

// placesOutOf proposes the names after the complex preposition "out of"
// as places, read as after a weak preposition (the name must end its
// phrase): "the squadron operates out of Kessavar.", "a company out of
// Dravnik, Kestania,", "driven out of Tarvaleh"; not "out of Ivo Tarn's
// reach" nor "out of Zorvik Company" (a body's name is no place), nor
// after a word of leaving or taking from a body (place_cues.tsv's
// `firm-out-of`: "forced out of Zorvatek", "money out of Kessacorp").
func (s *contextStage) placesOutOf(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for _, c := range doc.capitals { // (the name after "out of" starts with one)
		i := int(c) - 2
		if i >= 0 && toks[i].End-toks[i].Start == 3 && toks[i].Kind == Word && !toks[i].IsCap() && toks[i].Lower(doc) == "out" && toks[i+1].Lower(doc) == "of" &&
			(i == 0 || !s.lx.firmOutOf.hasTok(&toks[i-1])) {
			s.placeList(doc, i+2, unknown, claimed, true, false)
		}
	}
}

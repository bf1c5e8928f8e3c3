package extract

// placesAroundDivision proposes the larger place that a named part of it
// lies in: a name, a lower-case division's noun (place_cues.tsv's
// `after`: "district", "area", "neighbourhood") and "of" before the
// place: "the Kessavar neighbourhood of Marvenka", "the Dravo area of
// Tarsk". The name before the noun makes "of" one of place, not of a
// topic or a holder ("the area of cooperation", "the district of Ivo
// Tarn" lack it); the place after is one name, read as after "in".
func (s *contextStage) placesAroundDivision(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for _, c := range doc.capitals { // (the name before the noun starts with one)
		i := int(c) + 1
		if i+2 >= len(toks) {
			break
		}
		t := &toks[i]
		if t.Kind != Word || t.IsCap() || !s.lx.placeAfter.hasTok(t) || toks[i-1].Kind != Word || toks[i+1].Lower(doc) != "of" {
			continue
		}
		s.placeList(doc, i+2, unknown, claimed, false, true)
	}
}

// placesBeforeDivision proposes as a GPE a name that holds a listed given
// name before a lower-case division's noun (divisionAt): Vietnamese and
// Chinese places share their syllables with given names ("in Ben Thuy
// commune", "Ha Lam district officials"), which the context's other
// rules leave to the person rules. The name is capitalised words after
// a lower-case word or a pause, or opening a sentence; the persons stage
// leaves such a name alone. The noun is toks[k].
func (s *contextStage) placesBeforeDivisionAt(doc *Doc, k int, claimed []bool) {
	toks := doc.Tokens
	if k < 1 || !s.lx.divisionAt(doc, k) || claimed[k-1] {
		return
	}
	i, given := k, false
	for i > 0 && k-i < maxNameTokens && !claimed[i-1] && toks[i-1].Kind == Word && toks[i-1].IsCap() && s.lx.isNameWord(doc, &toks[i-1]) && (i == k || !toks[i].SentStart()) {
		i--
		given = given || s.lx.givenNames.hasTok(&toks[i])
	}
	if given && (toks[i].SentStart() || !toks[i-1].IsCap()) && !s.lx.adjectiveOnly(doc, i, k) {
		candidate(doc, i, k, GPE, "", "context:settlement", PriorityGuess)
	}
}

package extract

// settlementOf reports whether toks[i] is a lower-case settlement's noun
// in the singular after "the" or "a", before "of" and the settlement's
// name ("the town of Marek", "the village of Amina", "the city of
// Nasir"): the name after it is the place's even where it is listed as a
// given name, as no person is the town of anyone.
func (lx *lexicon) settlementOf(doc *Doc, i int) bool {
	toks := doc.Tokens
	t := &toks[i]
	if i == 0 || t.IsCap() || !lx.settlementNoun(doc, t) {
		return false
	}
	switch toks[i-1].Lower(doc) {
	case "the", "a":
		return true
	}
	return false
}

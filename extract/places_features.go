package extract

// regionCompounds proposes as a LOC a compound of a combining form and a
// place's name glued by a hyphen ("the Indo-Zorvic region", "across the
// Euro-Kessic."): a region that spans the places it joins, as a whole and
// never its last part alone. The compound must stand where a place does:
// before a settlement's noun in lower case ("region", "area"), or after a
// preposition of place, maybe and "the", where its phrase ends. A
// nationality after the hyphen makes an adjective ("Sino-Kessan talks")
// and a capitalised word after the compound a longer name ("the
// Indo-Zorvic Command"); both are left alone.
func (s *contextStage) regionCompounds(doc *Doc, claimed []bool) {
	toks := doc.Tokens
	lx := s.lx
	for k := 0; k+2 < len(toks); k++ {
		if !toks[k].IsCap() || !combiningForm(doc, k, k+1) || !gluedHyphen(doc, k+1) {
			continue
		}
		w, end := k+2, k+3
		if claimed[k] || claimed[w] || !toks[w].IsCap() || !lx.isNameWord(doc, &toks[w]) || lx.demonymWord(doc, w) {
			continue
		}
		if end < len(toks) && (toks[end].IsCap() && toks[end].Kind == Word || gluedHyphen(doc, end)) {
			continue
		}
		before := k - 1
		if before >= 0 && toks[before].Lower(doc) == "the" {
			before--
		}
		afterPrep := before >= 0 && (lx.placePreps.hasTok(&toks[before]) || lx.placeWeakPreps.hasTok(&toks[before])) && endsPhrase(doc, end)
		if afterPrep || end < len(toks) && !toks[end].IsCap() && lx.placeAfter.hasTok(&toks[end]) {
			candidate(doc, k, end, Loc, "", "context:feature", PriorityGuess)
		}
	}
}

package extract

// compassOpensName reports whether toks[i] is a compass point ("North",
// "South", "East", "West") before a capitalised word on its line: it
// opens the name of a state or a region ("Japan and South Velmaria, the
// colonel said"), never a person's. A compass point alone may still be a
// family name ("Lt. Col. North said").
func compassOpensName(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i+1 >= len(toks) || toks[i].End-toks[i].Start > 5 || !isCompassPoint(toks[i].Text(doc)) {
		return false
	}
	n := &toks[i+1]
	return n.Kind == Word && n.IsCap() && n.SpaceBefore() && !n.Newline()
}

// compassStates proposes a GPE for a compass point and one capitalised
// word that no list knows ("South Velmaria", "North Tarvo"): a state or a
// province named by its part, as "South Sudan" and "North Dakota" are. A
// listed place after the point is left to the rules of parts ("South
// Lebanon"), and a word that opens a body's, a feature's or an office's
// name to theirs ("North Atlantic Treaty", "West Coast", "South
// Commander"); a longer run of capitals is some other name, a noun of
// a settlement or a feature after it names the place ("South Kessa
// seas"), and "the" before it a region or a sea ("the North Tarvo").
func (lx *lexicon) compassStates(doc *Doc) {
	toks := doc.Tokens
	for _, c := range doc.capitals {
		i := int(c)
		if i+1 >= len(toks) || toks[i].Kind != Word || !compassOpensName(doc, i) {
			continue
		}
		if i > 0 && !toks[i].Newline() && (toks[i-1].Kind == Word && (toks[i-1].IsCap() || toks[i-1].Lower(doc) == "the") || !toks[i].SpaceBefore()) {
			// Inside a longer name ("Joint Task Force South Kessa",
			// "South-East Kessa"), or a region's or a sea's after "the"
			// ("the South Tarvo"), as a state's name seldom is.
			continue
		}
		k := i + 1
		if k+1 < len(toks) && !toks[k+1].Newline() && toks[k+1].Kind == Number {
			continue // a score or a table's row: "beat East Fife 2-1", "1. East Fife 24 pts"
		}
		if k+1 < len(toks) && !toks[k+1].Newline() && (toks[k+1].Kind == Word && (toks[k+1].IsCap() || lx.placeAfter.hasTok(&toks[k+1]) || lx.featureAfter.hasTok(&toks[k+1])) || gluedHyphen(doc, k+1)) {
			continue // "South Kessa Sea", "the East Tarvo and South Tarvo seas"
		}
		if toks[k].isCapsWord() || !lx.isNameWord(doc, &toks[k]) || lx.isRoleHead(&toks[k]) || lx.startsRank(doc, k) || lx.orgHeads.startsAt(toks, k) ||
			lx.locPatterns.startsAt(toks, k) || lx.facilityWords.hasTok(&toks[k]) || lx.headlineVerbs.hasTok(&toks[k]) || lx.demonymWord(doc, k) {
			continue
		}
		if _, ok := lx.isPlace(doc, k); ok || anyCandidateIn(doc, i, k+1) {
			continue
		}
		candidate(doc, i, k+1, GPE, "", "place:compass-state", PriorityGuess-1)
	}
}

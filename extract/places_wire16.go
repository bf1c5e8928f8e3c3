package extract

import "strings"

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

// townsNamedLikePeople finds the towns of one word that the lists hold
// as given names where a place's apposition follows them: a distance
// from another place or a settlement's noun ("retook Kessavar and Marek,
// about 75 kilometers west of Tarsk", "Amina, a town near the border").
// The other place rules read no given name, as a person stands where a
// town does as often; a distance or a settlement's noun is said of places
// only. Not inside a longer run of capitals ("Ivo Marek, 30, ...").
func (s *contextStage) townsNamedLikePeople(doc *Doc, claimed []bool) {
	toks := doc.Tokens
	lx := s.lx
	for _, c := range doc.capitals {
		i := int(c)
		t := &toks[i]
		if i+2 >= len(toks) || t.Kind != Word || claimed[i] || !lx.givenNames.hasTok(t) || !isComma(doc, &toks[i+1]) {
			continue
		}
		if i > 0 && toks[i-1].Kind == Word && toks[i-1].IsCap() && !toks[i].SentStart() {
			continue
		}
		if distanceApposition(doc, i+2) || lx.settlementApposition(doc, i+2) && lx.settlementNounEnds(doc, i+2) {
			candidate(doc, i, i+1, GPE, "", "context:settlement", PriorityGuess)
		}
	}
}

// placeOrBodyStartsAt reports whether a place's or a body's candidate
// starts at toks[k]: an unknown word right before it opens a longer name
// that the lists hold only in part ("in Upper Nile", where "Nile" is
// listed), so it is no place of its own. A country there may follow its
// town without a comma ("in Johore Baru Malaysia"), and a title or a
// person after a place ("in Kessa Defence Minister Ivo Tarn") leaves the
// place alone.
func (lx *lexicon) placeOrBodyStartsAt(doc *Doc, k int) bool {
	for _, c := range doc.Candidates {
		if int(c.TokStart) != k {
			continue
		}
		switch c.Label {
		case Loc, Org:
			return true
		case GPE:
			if !lx.isCountry(doc, k, int(c.TokEnd)) {
				return true
			}
		}
	}
	return false
}

// hyphenatedPlaceNames finds the names of towns and districts that a
// capitalised word glued by a hyphen to a lower-case one spells, before
// a capitalised division ("villages in Bar-tarvo County" → GPE "Bar-tarvo
// County") or a lower-case one ("in Kessa-liet district" → GPE
// "Kessa-liet"): the other place rules read no name with a lower-case
// part. Not a compound whose second part says how the place stands to
// what follows ("the Kessa-based group", "the Tarvo-led coalition",
// "the Zorvik-controlled district"), nor a prefix ("an Anti-tank
// district").
func (s *contextStage) hyphenatedPlaceNames(doc *Doc, claimed []bool) {
	toks := doc.Tokens
	for _, c := range doc.capitals {
		i := int(c)
		t := &toks[i]
		if i+3 >= len(toks) || t.Kind != Word || claimed[i] || claimed[i+2] || !gluedHyphen(doc, i+1) || hyphenPrefix(doc, i, i+1) {
			continue
		}
		if low := &toks[i+2]; low.Kind != Word || low.IsCap() || s.lx.compoundSecond(doc, low) {
			continue
		}
		switch k := i + 3; {
		case toks[k].IsCap() && s.lx.adminWords.hasTok(&toks[k]):
			candidate(doc, i, k+1, GPE, "", "context:hyphenated", PriorityGuess)
		case s.lx.divisionAt(doc, k):
			candidate(doc, i, k, GPE, "", "context:hyphenated", PriorityGuess)
		}
	}
}

// compoundSecond reports whether t, glued by a hyphen after a name, makes
// the compound an adjective of how something stands to the place or the
// body ("Kessa-based", "Tarvo-led", "Zorvik-controlled"), not a part of
// the place's name: a participle or context_words.tsv's
// `compound-second` ("-era", "-style").
func (lx *lexicon) compoundSecond(doc *Doc, t *Token) bool {
	if w := t.Lower(doc); lx.placeCompounds.hasTok(t) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return true // "-backed", "-controlled", "-speaking"
	}
	return lx.compoundSeconds.hasTok(t)
}

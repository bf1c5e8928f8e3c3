package extract

// featuresAfterPart proposes as a LOC the unknown name after a noun of a
// part of a river or a mountain (place_cues.tsv's `feature-part`) and
// "of" and "the", as rivers and ranges take it: "the banks of the Tarvo",
// "the mouth of the Zorvik", "the foothills of the Tarvo"; not "the banks
// of Zorvania" (lenders) nor "the mouth of Kessaria's river". The name
// ends its phrase (not "the banks of the Kessa River Authority", which
// the feature's own rules read, nor a possessive) and is no listed place,
// body or person's given name (the lists keep their own labels). The
// part's noun is toks[i].
func (s *contextStage) featuresAfterPartAt(doc *Doc, i int, unknown func(int) int) {
	toks := doc.Tokens
	t := &toks[i]
	if i+2 >= len(toks) || t.Kind != Word || t.IsCap() || !s.lx.featureParts.hasTok(t) || toks[i+1].Lower(doc) != "of" {
		return
	}
	k := i + 3
	if toks[i+2].Text(doc) != "the" || k >= len(toks) || !toks[k].IsCap() {
		return
	}
	n := unknown(k)
	if n == 0 || k+n < len(toks) && toks[k+n].IsCap() && toks[k+n].Kind == Word || possessiveAt(doc, k+n) {
		return
	}
	candidate(doc, k, k+n, Loc, "", "context:feature", PriorityGuess)
}

// featuresNamedLikePeople proposes as a LOC a name that holds a listed
// given name right before a lower-case feature's noun (featureNounAt),
// which the rule of unknown names before a feature's noun does not read
// ("San Andres island", "the Santa Maria river"); a plural noun names
// each name of the list before it ("Providencia and San Andres
// islands"). unknownAnyGiven reads a name that may hold given names.
// The noun is toks[k].
func (s *contextStage) featuresNamedLikePeopleAt(doc *Doc, k int, unknownAnyGiven func(int) int) {
	toks := doc.Tokens
	if k < 1 || !toks[k-1].IsCap() || !s.lx.featureNounAt(doc, k) {
		return
	}
	start := unknownEndingAt(k, unknownAnyGiven)
	if start == k || start > 0 && toks[start-1].IsCap() && toks[start-1].Kind == Word && !openingDeterminer(doc, start-1) || !anyTokenIn(doc, start, k, s.lx.givenNames.hasTok) {
		return
	}
	candidate(doc, start, k, Loc, "", "context:feature", PriorityGuess)
	if toks[k].endsInS() {
		listedBefore(doc, start, unknownAnyGiven, func(b, e int) {
			candidate(doc, b, e, Loc, "", "context:feature", PriorityGuess)
		})
	}
}

package extract

// placesAfterHeld proposes as places the names after a participle of
// control glued by a hyphen to the word of who holds them (place_cues.tsv's
// `held-before`): "shelling hit rebel-held Tarvaleh", "government-controlled
// Kessavar and Dallen", "Kessa-administered Zorvik". The participle is in
// lower case and opens a name of the list after it directly; the holder is capitalised or a word of who holds places by
// force (`held-by`): an owner holds a company ("state-controlled Tarvex"),
// and "long-held Tarvex policy" names no holder.
func (s *contextStage) placesAfterHeld(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for _, c := range doc.capitals { // (the name after the compound starts with one)
		k := int(c) - 2
		if k >= 1 && !toks[k+1].SpaceBefore() && gluedHyphen(doc, k) && toks[k-1].Kind == Word && toks[k+1].Kind == Word && !toks[k+1].IsCap() && s.lx.heldBefore.hasTok(&toks[k+1]) && toks[k+2].IsCap() &&
			(toks[k-1].IsCap() || s.lx.heldBy.hasTok(&toks[k-1])) {
			s.placeList(doc, k+2, unknown, claimed, false, false)
		}
	}
}

package extract

// placesAfterHeld proposes as places the names after a participle of
// control glued by a hyphen to the word of who holds them (place_cues.tsv's
// `held-before`): "shelling hit rebel-held Tarvaleh", "government-controlled
// Kessavar and Dallen", "Kessa-administered Zorvik". The participle is in
// lower case and opens a name of the list after it directly; a word of
// ownership before it (`held-owner`) makes the name a company's
// ("state-controlled Tarvex").
func (s *contextStage) placesAfterHeld(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for k := 1; k+2 < len(toks); k++ {
		if gluedHyphen(doc, k) && toks[k-1].Kind == Word && toks[k+1].Kind == Word && !toks[k+1].IsCap() && s.lx.heldBefore.hasTok(&toks[k+1]) && toks[k+2].IsCap() && !s.lx.heldOwners.hasTok(&toks[k-1]) {
			s.placeList(doc, k+2, unknown, claimed, false, false)
		}
	}
}

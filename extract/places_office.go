package extract

// placesAfterOffice proposes the state that a government's office
// belongs to, named after "of": "the Minister of Defence of Zorvania",
// "the Minister for Foreign Affairs of Tarvonia, Ivo Tarn,". An office
// whose title holds what only a state has (place_cues.tsv's `state`:
// "Minister", "Ambassador") and ends on a portfolio's word ("Defence",
// "Foreign Affairs") is a government's, so a one-word name after its "of"
// is the state, read as after "in"; the holder's name may follow ("of
// Kessa Ivo Tarn"). Not a state's title ("of the Republic of Kessa"),
// nor a company's office ("the Director of Operations of Zorvexa").
func (s *contextStage) placesAfterOffice(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for _, c := range doc.Candidates {
		k := c.TokEnd
		if c.Label != Role || k+2 >= len(toks) || !s.lx.portfolio.hasTok(&toks[k-1]) || toks[k].Lower(doc) != "of" || !s.lx.stateOffice(doc, c.TokStart, k) {
			continue
		}
		j := k + 1
		if toks[j].Lower(doc) == "the" {
			j++
		}
		if unknown(j) == 1 && (j+1 == len(toks) || toks[j+1].Lower(doc) != "of") {
			s.placeList(doc, j, unknown, claimed, false, true)
		}
	}
}

// stateOffice reports whether a word of toks[i:end] is what only a state
// has (place_cues.tsv's `state`: "Minister", "Ambassador").
func (lx *lexicon) stateOffice(doc *Doc, i, end int) bool {
	for k := i; k < end; k++ {
		if lx.placeState.hasTok(&doc.Tokens[k]) {
			return true
		}
	}
	return false
}

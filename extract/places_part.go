package extract

// featuresAfterPart proposes as a LOC the unknown name after a noun of a
// part of a river or a mountain (place_cues.tsv's `feature-part`) and
// "of": "the banks of the Tarvo", "the mouth of the Zorvik", "on the
// slopes of Kessaberg", "the foothills of the Tarvo". The name ends its
// phrase (not "the banks of the Kessa River Authority", which the
// feature's own rules read) and is no listed place, body or person's
// given name (the lists keep their own labels).
func (s *contextStage) featuresAfterPart(doc *Doc, unknown func(int) int) {
	toks := doc.Tokens
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.Kind != Word || t.IsCap() || !s.lx.featureParts.hasTok(t) || toks[i+1].Lower(doc) != "of" {
			continue
		}
		k := i + 2
		if toks[k].Lower(doc) == "the" && !toks[k].IsCap() {
			k++
		}
		if k >= len(toks) || !toks[k].IsCap() {
			continue
		}
		n := unknown(k)
		if n == 0 || k+n < len(toks) && toks[k+n].IsCap() && toks[k+n].Kind == Word {
			continue
		}
		candidate(doc, k, k+n, Loc, "", "context:feature", PriorityGuess)
		i = k + n - 1
	}
}

package extract

// placesInBracketBeforeKind proposes as a GPE the unknown name in
// brackets between a place and a lower-case settlement noun: another
// spelling or name of the same division ("in Dallen (Kessa) province",
// "the Tarvo (Tarva) district"). The noun after the bracket names the
// kind, so an agency's name in brackets ("Zorvik (VNA) –") stays out.
func (s *contextStage) placesInBracketBeforeKind(doc *Doc, unknown func(int) int) {
	toks := doc.Tokens
	for _, c := range doc.Candidates {
		k := int(c.TokEnd)
		if c.Label != GPE || k+3 >= len(toks) || toks[k].Text(doc) != "(" {
			continue
		}
		n := unknown(k + 1)
		if e := k + 1 + n; n > 0 && e+1 < len(toks) && toks[e].Text(doc) == ")" && s.lx.placeAfter.hasTok(&toks[e+1]) && !toks[e+1].IsCap() {
			candidate(doc, k+1, e, GPE, "", "context:settlement", PriorityGuess)
		}
	}
}

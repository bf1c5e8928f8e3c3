package extract

// speechTagAfter reports whether the one-word noun for a person at toks[j]
// ("the officer", "the minister") is the subject of a verb of saying
// right after it ("Tarvo Qar, the officer said"): a speech tag that
// follows a name, not an apposition that describes it.
func (lx *lexicon) speechTagAfter(doc *Doc, j int) bool {
	toks := doc.Tokens
	return j+1 < len(toks) && toks[j].Kind == Word && !toks[j].IsCap() && toks[j+1].Kind == Word && lx.speechVerbs.hasTok(&toks[j+1])
}

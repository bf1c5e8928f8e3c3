package extract

// afterRankedName returns, when a rank's abbreviation stands right before
// toks[start] ("Lt.", "Gen.", "Sgt."), the first token after the plain
// name words that follow it before toks[h], the head of a place's name
// read back from h; or -1. The words after a rank are a person's name,
// so a place's name read back stops after them: "By Lt. Mira Oskel Kessa
// Region Public Affairs" holds no region named "Lt. Mira Oskel Kessa".
func (lx *lexicon) afterRankedName(doc *Doc, start, h int) int {
	toks := doc.Tokens
	if start < 1 || !lx.isRankAbbrev(&toks[start-1]) || !lx.plainNameWord(doc, start) {
		return -1
	}
	e := start
	for e < h && lx.plainNameWord(doc, e) {
		e++
	}
	return e
}

package extract

// decimalIteration reports whether toks[k] is an exercise's iteration
// written with a point after the year's two digits ("Tarvo Shield
// 25.2", "Kessa Rotation 19.4"), as US releases number the rotations
// and iterations of a year, and no word follows that it would count
// ("25.2 miles").
func decimalIteration(doc *Doc, k int) bool {
	toks := doc.Tokens
	w := toks[k].Text(doc)
	if toks[k].Kind != Number || len(w) < 4 || len(w) > 5 || w[2] != '.' || !isDigit(rune(w[0])) || !isDigit(rune(w[1])) {
		return false
	}
	for _, r := range w[3:] {
		if !isDigit(r) {
			return false
		}
	}
	return k+1 == len(toks) || toks[k+1].Newline() || toks[k+1].Kind == Punct || isClauseWord(toks[k+1].Lower(doc)) || isSubjectVerb(toks[k+1].Lower(doc)) || pastVerbAfterYear(doc, k+1)
}

package extract

// officeAfterName reports whether the lower-case office toks[i:end], a
// head and its portfolio, stands in apposition right after a person's
// name of two capitalised words or more and its comma, "the" between
// them or not: it is then the person's specific office ("Col. Ivo Tarn,
// director of operations, said", "Ivo Tarn, the director of logistics
// for the battalion"). A complement with an article is an ad hoc
// function ("head of the family"), no portfolio; and the office ends
// its phrase, at a punctuation mark or a preposition ("director of
// maritime headquarters" is read no further than "maritime").
func (lx *lexicon) officeAfterName(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if toks[i].IsCap() {
		return false
	}
	for k := i; k < end; k++ {
		if toks[k].Lower(doc) == "the" {
			return false
		}
	}
	if end < len(toks) && toks[end].Kind == Word && !placePreposition(toks[end].Lower(doc)) {
		return false
	}
	k := i - 1
	if k > 0 && toks[k].Lower(doc) == "the" {
		k--
	}
	return k > 1 && toks[k].Text(doc) == "," && lx.namePart(doc, k-1) && lx.namePart(doc, k-2)
}

// namePart reports whether toks[k] may be a word of a person's name: a
// capitalised word that is no acronym and no common word ("In Tarvo,").
func (lx *lexicon) namePart(doc *Doc, k int) bool {
	t := &doc.Tokens[k]
	return t.Kind == Word && t.IsCap() && !t.isAcronym() && !lx.isCommon(doc, t)
}

// placePreposition reports whether w is a preposition that may follow an
// office and name where or for whom it serves.
func placePreposition(w string) bool {
	switch w {
	case "for", "at", "in", "with", "on", "to":
		return true
	}
	return false
}

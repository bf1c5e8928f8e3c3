package extract

// officeAfterName reports whether the lower-case office toks[i:end]
// stands in apposition right after a person's name of two capitalised
// words or more and its comma, "the" between them or not, and names a
// specific office there: with its portfolio, where the office ends its
// phrase at a punctuation mark or a preposition ("Col. Ivo Tarn,
// director of operations, said", "Ivo Tarn, the director of logistics
// for the battalion"; "director of maritime headquarters" is read no
// further than "maritime"), or without one right before the capitalised
// name of the body it serves, as releases write it without "of" ("Vice
// Adm. Ivo Tarn, commander Kessa Fleet, said"). A complement with an
// article is an ad hoc function ("head of the family"), no portfolio.
func (lx *lexicon) officeAfterName(doc *Doc, i, end int, complemented bool) bool {
	toks := doc.Tokens
	if toks[i].IsCap() || end >= len(toks) {
		return false
	}
	for k := i; k < end; k++ {
		if toks[k].Lower(doc) == "the" {
			return false
		}
	}
	if complemented && toks[end].Kind == Word && !placePreposition(toks[end].Lower(doc)) {
		return false
	}
	if !complemented && !lx.bodyAfterOffice(doc, end) && !lx.ofOwnUnit(doc, end) {
		return false
	}
	k := i - 1
	if k > 0 && toks[k].Lower(doc) == "the" {
		k--
	} else if k > 2 && isPossessiveToken(toks[k].Text(doc)) && toks[k-1].Kind == Word && !toks[k-1].IsCap() && toks[k-2].Lower(doc) == "the" {
		k -= 3 // "Ivo Tarn, the force's chief of operations,": the body by its kind
	}
	return k > 1 && toks[k].Text(doc) == "," && lx.namePart(doc, k-1) && lx.namePart(doc, k-2)
}

// bodyAfterOffice reports whether the capitalised name of a body opens
// at toks[k], right after a lower-case office: no rank, and no office's
// head right after the name's words ("chief Pentagon spokesperson").
func (lx *lexicon) bodyAfterOffice(doc *Doc, k int) bool {
	toks := doc.Tokens
	if !toks[k].SpaceBefore() || !lx.isNameWord(doc, &toks[k]) || lx.startsRank(doc, k) {
		return false
	}
	e := k
	for e < len(toks) && e-k < maxNameSpan && lx.isNameWord(doc, &toks[e]) {
		e++
	}
	return e == len(toks) || !lx.isRoleHead(&toks[e])
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

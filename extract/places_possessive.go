package extract

// placesOwnedByName proposes a place named by its owner's possessive and a
// place's word of loc_patterns.tsv (`after`, `facility` or `honoree`)
// right after it, in capitals, as one LOC: a building or monument named
// for a person, a saint or a guild ("Gen. Ivo Tarn's Monument", "St.
// Kessa's Cathedral", "Fishmongers' Hall"). The owner is one to three
// capitalised words on the line, none of them a body's or an event's
// head, and no listed place or body ("Kessavar's Naval Base" names a
// state's base, "the Army's Proving Ground" a body's); the owner is a
// person's or a guild's by its shape (personOwner), since an unlisted
// state takes the possessive as well ("Tarvonia's Enrichment Facility");
// a place's word that a name follows is that name's ("Kessa's Naval Base
// Tarvo").
func (lx *lexicon) placesOwnedByName(doc *Doc) {
	toks := doc.Tokens
	// (The name after the possessive starts with a capital: the loop
	// walks those.)
	next := 1 // the first token a possessive may be
	for _, c := range doc.capitals {
		k := int(c) - 1
		if k < next || toks[k].Kind == Word || !possessiveAt(doc, k) && !lx.pluralPossessive(doc, k) {
			continue
		}
		head := k + 1
		n, v, ok := lx.locPatterns.longest(toks, head)
		if !ok || v != "after" && v != "facility" && v != "honoree" || !toks[head].IsCap() || !toks[head].SpaceBefore() {
			continue
		}
		if end := head + n; end < len(toks) && lx.isNameWord(doc, &toks[end]) && toks[end].SpaceBefore() {
			continue
		}
		start := k
		for start > 0 && k-start < 3 && !toks[start].Newline() && lx.ownerWord(doc, start-1) {
			start--
			if toks[start].SentStart() {
				break
			}
		}
		if start == k || lx.org.has(toks, start, k) || lx.loc.has(toks, start, k) || !lx.personOwner(doc, start, k) {
			continue
		}
		if m, ok := lx.isPlace(doc, start); ok && start+m == k {
			continue
		}
		candidate(doc, start, head+n, Loc, "", "place:owner", PriorityGrammar)
		next = head + n
	}
}

// personOwner reports whether toks[start:k], before a possessive, name a
// person or a guild by their shape: a rank's abbreviation or "St." opens
// them ("Gen. Tarn's", "St. Kessa's"), a listed given name opens two
// words or more ("Ivo Tarn's"), or the possessive is a plural's
// ("Fishmongers'"); but not a name right after an office's head
// ("President Tarn's Guesthouse" is where he stays).
func (lx *lexicon) personOwner(doc *Doc, start, k int) bool {
	toks := doc.Tokens
	if start > 0 && lx.isRoleHead(&toks[start-1]) {
		return false
	}
	t := &toks[start]
	return lx.pluralPossessive(doc, k) || lx.isRankAbbrev(t) || t.Text(doc) == "St." || t.Text(doc) == "St" ||
		k-start >= 2 && lx.givenNames.hasTok(t)
}

// pluralPossessive reports whether toks[k] is the apostrophe of a plural
// possessive, glued to a capitalised word ending in "s" ("Fishmongers'").
func (lx *lexicon) pluralPossessive(doc *Doc, k int) bool {
	toks := doc.Tokens
	if s := toks[k].Text(doc); s != "'" && s != "’" || toks[k].SpaceBefore() {
		return false
	}
	w := toks[k-1].Text(doc)
	return toks[k-1].Kind == Word && toks[k-1].IsCap() && len(w) > 2 && w[len(w)-1] == 's'
}

// ownerWord reports whether toks[k] may stand in a place's owner's name:
// a capitalised name word or a rank's abbreviation ("Gen.", "St."), not
// the head of a body's, an event's or an office's name ("the President's
// Hotel" is the one he stays in).
func (lx *lexicon) ownerWord(doc *Doc, k int) bool {
	toks := doc.Tokens
	t := &toks[k]
	if t.Kind != Word || !t.IsCap() || lx.orgHeads.startsAt(toks, k) || lx.eventOpeners.startsAt(toks, k) || lx.eventHeads.startsAt(toks, k) || lx.isRoleHead(t) {
		return false
	}
	return lx.isNameWord(doc, t) || lx.isRankAbbrev(t) || t.Text(doc) == "St." || t.Text(doc) == "St"
}

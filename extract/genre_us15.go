package extract

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// surnameAfterTitle reports whether the place word toks[i] (a one-word
// loc_patterns.tsv `after` word: "Hill", "Marsh", "Bridge") closes a
// person's name instead: one or two name words before it follow an
// abbreviated rank or an honorific ("Sgt. Ana Hill", "Mr. Deon Marsh"),
// which writers give people and not places. A title written in full does
// not tell, as places named after a person take it ("King George Island",
// "General Mitchell Airport").
func (lx *lexicon) surnameAfterTitle(doc *Doc, i, n int) bool {
	toks := doc.Tokens
	if n != 1 {
		return false
	}
	for t := i - 1; t >= 1 && t >= i-2; t-- {
		if !lx.isNameWord(doc, &toks[t]) {
			return false
		}
		if lx.shortTitleEndsAt(doc, t) {
			return true
		}
	}
	return false
}

// shortTitleEndsAt reports whether an abbreviated rank or an honorific
// ("Sgt.", "Lt. Col.", "Mr.") ends right before toks[t].
func (lx *lexicon) shortTitleEndsAt(doc *Doc, t int) bool {
	if lx.honorificBefore(doc.Tokens, t) > 0 {
		return true
	}
	for k := t - 1; k >= 0 && k >= t-maxRankWords; k-- {
		if m, _, abbr := lx.matchRank(doc, k); m == t-k {
			return abbr
		}
	}
	return false
}

// maxRankWords bounds the tokens of a rank that shortTitleEndsAt looks
// back over ("Rear Adm. (lower half)").
const maxRankWords = 6

// serviceMemberAt reports whether t, a token of doc, is a plural noun for
// a service's members in Title Case ("Sailors", "Soldiers", "Airmen"), as
// US services write them: a common noun, no name; but a word of a body's
// name before its head or "of" and a capitalised word ("the Zorvik
// Airmen Association", "Soldiers of the Kessa Caliphate").
func (lx *lexicon) serviceMemberAt(doc *Doc, t *Token) bool {
	if !t.IsCap() || t.isAcronym() || !lx.serviceMembers.hasTok(t) {
		return false
	}
	toks := doc.Tokens
	k, _ := slices.BinarySearchFunc(toks, t.Start, func(u Token, start uint32) int { return cmp.Compare(u.Start, start) })
	if k+1 < len(toks) && toks[k+1].SpaceBefore() && !toks[k+1].Newline() {
		if lx.orgHeads.startsAt(toks, k+1) && toks[k+1].IsCap() {
			return false
		}
		if k+2 < len(toks) && toks[k+1].Text(doc) == "of" && (toks[k+2].IsCap() || toks[k+2].Text(doc) == "the" && k+3 < len(toks) && toks[k+3].IsCap()) {
			return false
		}
	}
	return true
}

// kindAbbreviated reports whether the bracket at toks[end] holds the
// initials of toks[i:end], the kind of a facility that opens its name
// ("Naval Support Activity (NSA) Bahrain"), not of a longer name that
// ends on the kind ("Her Majesty's Naval Base (HMNB) Devonport").
func kindAbbreviated(doc *Doc, i, end int) bool {
	return bracketedAcronym(doc, end) && string(initials(nil, doc, i, end)) == doc.Tokens[end+1].Text(doc)
}

// holderTitleAt reports whether an office ("Commander", "Commanding
// Officer") begins at toks[k]: the holder's title after a facility's name
// ("Naval Base Kessa Commanding Officer Capt. Ana Roe"), no word of it. A
// rank is not asked: facilities are named after officers by their rank in
// full ("Camp General Kessa Tarn").
func (lx *lexicon) holderTitleAt(doc *Doc, k int) bool {
	if !lx.mayStartRole(&doc.Tokens[k]) {
		return false
	}
	_, ok := lx.matchRole(doc, k)
	return ok
}

// singleLetter reports whether toks[start:end] is one letter: before a
// hyphen an initial, no name of a place ("R-Texas", a legislator's party
// and state; "D-Calif.").
func singleLetter(doc *Doc, start, end int) bool {
	return end == start+1 && doc.Tokens[start].Kind == Word && utf8.RuneCountInString(doc.Tokens[start].Text(doc)) == 1
}

// headEchelon returns the rank in unit_echelons.txt of a unit whose head
// toks[k:end] ends on an echelon, and whether it does: the highest of
// the head's echelon words, as a "Brigade Combat Team" is a brigade and a
// "Battalion Landing Team" a battalion, though "Team" ends them. A head
// that ends on another word has none ("Army National Guard").
func (lx *lexicon) headEchelon(doc *Doc, k, end int) (int, bool) {
	best, found := lx.echelons[doc.Tokens[end-1].Lower(doc)]
	for ; found && k < end-1; k++ {
		if r, ok := lx.echelons[doc.Tokens[k].Lower(doc)]; ok && r > best {
			best = r
		}
	}
	return best, found
}

// addressedOffice reports whether the office ents[k] is a form of address:
// an honorific before it and punctuation after it ("Thank you, Mr.
// Chairman, Ranking Member Tarn", "Madam Secretary, ..."). It names the
// one spoken to, whom the text does not name, so no person after it holds
// it.
func (lx *lexicon) addressedOffice(doc *Doc, k int) bool {
	e, toks := &doc.Entities[k], doc.Tokens
	return lx.honorificBefore(toks, e.TokStart) > 0 && e.TokEnd < len(toks) && toks[e.TokEnd].Kind == Punct
}

// numberedUnitAt reports whether toks[k] is an ordinal that opens a
// unit's name ("1st Kessa Division", "3rd Battalion"): a capitalised word
// follows it.
func numberedUnitAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	return toks[k].Kind == Number && isOrdinal(doc, &toks[k]) && k+1 < len(toks) && toks[k+1].IsCap() && toks[k+1].Kind == Word
}

// pastVerbAfterYear reports whether toks[k], after an exercise's year in
// two digits, is a verb in the past tense in lower case ("Kessa Shield 24
// concluded March 14"), which no count takes as its noun.
func pastVerbAfterYear(doc *Doc, k int) bool {
	t := &doc.Tokens[k]
	return t.Kind == Word && !t.IsCap() && pastForm(t.Lower(doc))
}

// regionAfterJoin reports whether a listed region (loc.txt) starts at
// toks[j] right after "and" or a comma that follows an office's
// portfolio ending at toks[end-1]: one more region of the portfolio
// ("Assistant Secretary for Europe and Eurasia", "for South and
// Southeast Asia"). A country is not asked: "for Syria" is not part of
// an office.
func (lx *lexicon) regionAfterJoin(doc *Doc, j, end int) bool {
	toks := doc.Tokens
	if end == 0 || j != end+1 {
		return false
	}
	if w := toks[end].Lower(doc); w != "and" && w != "&" && w != "," {
		return false
	}
	_, _, ok := lx.loc.longest(toks, j)
	return ok
}

// rankGluedAfterWord reports whether the rank word at toks[i] is glued by
// a hyphen after a capitalised word that opens no rank: the second half
// of a compound ("Next-Gen Kessa Radar"), no rank; a rank's own hyphen
// ("Major-General") starts at its first word.
func (lx *lexicon) rankGluedAfterWord(doc *Doc, i int) bool {
	toks := doc.Tokens
	return i >= 2 && gluedHyphen(doc, i-1) && toks[i-2].Kind == Word && toks[i-2].IsCap() && !lx.mayStartRank(&toks[i-2])
}

// officeBeforeComma reports whether the lower-case office head toks[j],
// in an apposition that opens at toks[k] after a name and a comma, ends
// its phrase at a comma, as an apposition without an article sets off a
// holder's post ("Renna Saul, deputy commander, said"), and the name
// before has two words or more: a single word may end a list of places
// ("from Kessa, Tarvo and Zorvik, commander, staff and crew").
func (lx *lexicon) officeBeforeComma(doc *Doc, k, j int) bool {
	toks := doc.Tokens
	return k >= 3 && toks[k-3].Kind == Word && toks[k-3].IsCap() && j+1 < len(toks) && isComma(doc, &toks[j+1]) && lx.isRoleHead(&toks[j])
}

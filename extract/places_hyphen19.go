package extract

import (
	"unicode"
	"unicode/utf8"
)

// hyphenatedTownEnd returns the end of a town's name whose first word
// toks[i:end] goes on with capitalised words glued by hyphens, maybe
// through a short lower-case particle ("in Kessa-Kessa,", "to
// Tarvo-Zorvinsk on Monday", "in Port-au-Kessa and"), when the run ends
// its phrase; or end. A place's cue reads one word of such a name and,
// before the hyphen, drops it: "Ivano-Frankivsk", "Tawi-Tawi",
// "Port-au-Prince", "Stratford-upon-Avon" are one place each. Not a
// compound of names before a noun ("in Kessa-Tarvo talks": two places,
// a lower-case noun after them), nor a part that a list or another rule
// claimed (a listed state: "in Kessa-Velmaria relations"), a nationality
// or an acronym ("Kessa-U.S."), nor an initial before the hyphen
// ("R-Texas"), a people's combining form ("Euro-Atlantic", "Sino-") or a
// prefix ("Trans-Kessa").
func (lx *lexicon) hyphenatedTownEnd(doc *Doc, i, end int, claimed []bool) int {
	toks := doc.Tokens
	if end != i+1 || !gluedHyphen(doc, end) || toks[i].isAcronym() || singleLetter(doc, i, end) || lx.combiningForm(doc, i, end) || hyphenPrefix(doc, i, end) {
		return end
	}
	k := end
	for gluedHyphen(doc, k) {
		j := k + 1
		if !toks[j].IsCap() {
			// "Port-au-Prince", "Stratford-upon-Avon": a particle between
			// two hyphens.
			if toks[j].Kind != Word || !hyphenParticle(toks[j].Lower(doc)) || !gluedHyphen(doc, j+1) {
				return end
			}
			j += 2
		}
		if t := &toks[j]; t.Kind != Word || claimed[j] || !t.IsCap() || !lx.isNameWord(doc, t) || lx.demonymWord(doc, j) || t.isAcronym() {
			return end
		}
		k = j + 1
	}
	if k < len(toks) && !toks[k].Newline() {
		switch t := &toks[k]; {
		case t.Kind == Punct && t.Text(doc) != "-" && t.Text(doc) != "'s" && t.Text(doc) != "’s":
		case t.Kind == Word && !t.IsCap() && lx.common.hasTok(t):
		case calendarDateAt(doc, k):
		default:
			return end
		}
	}
	return k
}

// hyphenParticle reports whether w is a particle that stands between two
// hyphens inside a town's name: French, English and German prepositions
// and articles ("Port-au-Prince", "Aix-en-Provence", "Stratford-upon-Avon",
// "Frankfurt-am-Main", "Saint-Jean-de-Luz").
func hyphenParticle(w string) bool {
	switch w {
	case "au", "aux", "en", "sur", "sous", "lès", "les", "le", "la", "de", "des", "du", "on", "upon", "under", "am", "an", "im", "di", "del":
		return true
	}
	return false
}

// elidedArticleWord reports whether t is a French or Italian article
// elided before a capitalised word and glued to it by an apostrophe,
// inside a name: "d'Ivoire", "d’Azur", "l'Aquila" after "Côte", "Val",
// "Cap". The word is in lower case, so a name's reading would stop
// before it; it goes on with the name's words before it.
func elidedArticleWord(doc *Doc, t *Token) bool {
	if t.Kind != Word || t.IsCap() {
		return false
	}
	w := t.Text(doc)
	if len(w) < 3 || (w[0] != 'd' && w[0] != 'l') {
		return false
	}
	r, n := utf8.DecodeRuneInString(w[1:])
	if !isApostrophe(r) || 1+n >= len(w) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w[1+n:])
	return unicode.IsUpper(first)
}

// articleListItem reports whether "the" at toks[i] opens a later item of
// a list of places, before an unknown name that the list's comma, "and"
// or its end closes: "Brunei, Cambodia, the Philippines, Kessa and the
// Tarvo Islands." — states and island groups take the article in a list
// as anywhere else. Not before a longer phrase ("the Republic of
// Kessa", "the Kessa region"), whose words the item's rules read, nor
// one word but a plural's ("the Philippines", "the Maldives"): a region
// takes the article as often ("the Sahel", "the Caribbean").
func (lx *lexicon) articleListItem(doc *Doc, i int, unknown func(int) int) bool {
	toks := doc.Tokens
	if i+1 >= len(toks) || toks[i].Text(doc) != "the" {
		return false
	}
	n := unknown(i + 1)
	if n == 0 || n == 1 && !toks[i+n].endsInS() {
		return false // "the Sahel", "the Caribbean": a region's one word
	}
	e := i + 1 + n
	if e == len(toks) {
		return true
	}
	switch toks[e].Text(doc) {
	case ",", ".", ";", "and", "or":
		return true
	}
	return false
}

package extract

import "strings"

// titleBeforeOf reports whether the name that ends before toks[end] ends
// on a state's title ("Republic", "Kingdom": loc_patterns.tsv's `state`)
// and "of", maybe "the", and a capitalised word follow: the state's name
// runs on past "of" ("the Democratic Republic of the Kessa", "Republic
// of Tarvo"), so the words before "of" are no name of their own.
func (lx *lexicon) titleBeforeOf(doc *Doc, end int) bool {
	toks := doc.Tokens
	if end < 1 || end+1 >= len(toks) || toks[end].Lower(doc) != "of" {
		return false
	}
	if n, v, ok := lx.locPatterns.longest(toks, end-1); !ok || v != "state" || n != 1 {
		return false
	}
	k := end + 1
	if toks[k].Lower(doc) == "the" && k+1 < len(toks) {
		k++
	}
	return toks[k].Kind == Word && toks[k].IsCap()
}

// afterCombiningForm reports whether toks[i] is glued by a hyphen to a
// combining form before it ("Indo-Pacific", "Sino-Kessan"): the second
// half of a compound, no name of its own ("the Indo-Pacific region" names
// no region "Pacific").
func (lx *lexicon) afterCombiningForm(doc *Doc, i int) bool {
	return i >= 2 && gluedHyphen(doc, i-1) && lx.combiningForm(doc, i-2, i-1)
}

// commonGroupAt reports whether toks[k] opens a body's name ("Committee",
// "Command") or is a plural of a common noun for people or groups
// ("Allies", "Powers", "Baptists", "Europeans"), capitalised after a
// lower-case adjective as writers do; no place.
func (lx *lexicon) commonGroupAt(doc *Doc, k int) bool {
	if lx.orgHeads.startsAt(doc.Tokens, k) {
		return true
	}
	w := doc.Tokens[k].Lower(doc)
	for _, suffix := range []string{"ies", "ers", "ists", "ans", "ees"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// pairOpener reports whether w opens a pair joined by "and" or "or"
// ("both", "either"), which a preposition may take before the names.
func pairOpener(w string) bool {
	return w == "both" || w == "either"
}

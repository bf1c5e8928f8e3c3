package extract

import (
	"slices"
	"strings"
)

// placesAfterOffice proposes the state that a government's office
// belongs to, named after "of": "the Minister of Defence of Zorvania",
// "the Minister for Foreign Affairs of Tarvonia, Ivo Tarn,". An office
// whose title holds what only a state has (place_cues.tsv's `state`:
// "Minister", "Ambassador") and ends on a portfolio's word ("Defence",
// "Foreign Affairs") is a government's, so a one-word name after its "of"
// is the state, read as after "in"; the holder's name may follow ("of
// Kessa Ivo Tarn"). Not a state's title ("of the Republic of Kessa"),
// nor a company's office ("the Director of Operations of Zorvexa").
func (s *contextStage) placesAfterOffice(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for _, c := range doc.Candidates {
		k := c.TokEnd
		if c.Label != Role || k+2 >= len(toks) || !s.lx.portfolio.hasTok(&toks[k-1]) || toks[k].Lower(doc) != "of" || !s.lx.stateOffice(doc, c.TokStart, k) {
			continue
		}
		j := k + 1
		if toks[j].Lower(doc) == "the" {
			j++
		}
		if unknown(j) == 1 && (j+1 == len(toks) || toks[j+1].Lower(doc) != "of") {
			s.placeList(doc, j, unknown, claimed, false, true)
		}
	}
}

// stateOffice reports whether a word of toks[i:end] is what only a state
// has (place_cues.tsv's `state`: "Minister", "Ambassador").
func (lx *lexicon) stateOffice(doc *Doc, i, end int) bool {
	for k := i; k < end; k++ {
		if lx.placeState.hasTok(&doc.Tokens[k]) {
			return true
		}
	}
	return false
}

// placesOfHolder proposes the state of an office's holder named between
// the office and "of": "President Ivo Tarn of Zorvania", "King Kessar of
// Tarvonia". The office is a ROLE right before the PERSON, whose title
// holds what a state has before "of" (place_cues.tsv's `state` or
// `before-of`: "President", "Minister"); the name after "of" is one word,
// read as after "in". Not a person alone ("Ivo Tarn of Zorvexa", a
// company's man as often).
func (s *contextStage) placesOfHolder(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	var officeEnd []int32
	for _, c := range doc.Candidates {
		if c.Label == Role && s.lx.stateTitleWord(doc, c.TokStart, c.TokEnd) {
			officeEnd = append(officeEnd, int32(c.TokEnd))
		}
	}
	for _, c := range doc.Candidates {
		k := c.TokEnd
		if c.Label != Person || k+1 >= len(toks) || toks[k].Lower(doc) != "of" || !slices.Contains(officeEnd, int32(c.TokStart)) {
			continue
		}
		if unknown(k+1) == 1 {
			s.placeList(doc, k+1, unknown, claimed, false, true)
		}
	}
}

// stateTitleWord reports whether a word of toks[i:end] is what a state
// has before "of" (place_cues.tsv's `state` or `before-of`: "Minister",
// "President").
func (lx *lexicon) stateTitleWord(doc *Doc, i, end int) bool {
	for k := i; k < end; k++ {
		if t := &doc.Tokens[k]; lx.placeState.hasTok(t) || lx.placeBeforeOf.hasTok(t) {
			return true
		}
	}
	return false
}

// placesOfKind proposes the members of a list after a plural noun of a
// kind of place (place_cues.tsv's `kind-plural`, or the plural of an
// `after` noun) and a word that introduces examples: "countries such as
// Kessa, Tarvo and Pilnova", "cities like Zorvik", "nations, including
// Tarvonia,", "places like Papua Kessa". The noun says what the names
// are, so each may be of several words, read as after "in".
func (s *contextStage) placesOfKind(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.Kind != Word || t.IsCap() || !s.lx.placeKindPlurals.hasTok(t) && !s.lx.placeAfterPlurals.hasTok(t) {
			continue
		}
		k := i + 1
		if toks[k].Text(doc) == "," {
			k++
		}
		if k+1 < len(toks) && toks[k].Lower(doc) == "such" && toks[k+1].Lower(doc) == "as" {
			k++
		} else if !examplesWord(toks[k].Lower(doc)) {
			continue
		}
		if k+1 < len(toks) && toks[k+1].Lower(doc) == "the" {
			k++
		}
		s.placeList(doc, k+1, unknown, claimed, false, false)
	}
}

// examplesWord reports whether w introduces examples of the noun before
// it ("like", "including", "namely"; "such as" is read apart).
func examplesWord(w string) bool {
	switch w {
	case "like", "including", "namely", "especially", "particularly", "notably":
		return true
	}
	return false
}

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
func afterCombiningForm(doc *Doc, i int) bool {
	toks := doc.Tokens
	return i >= 2 && toks[i-1].Text(doc) == "-" && !toks[i-1].SpaceBefore() && !toks[i].SpaceBefore() && combiningForm(doc, i-2, i-1)
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

// placesBeforeOthers proposes the names of a list closed by "and other"
// or "or other" and a plural noun of a kind of place, as placesOfKind
// reads the examples after one: "Kessa, Tarvo and other countries",
// "Zorvik or other cities". Each name ends before the list's comma or
// conjunction; a capitalised run before the list ends it.
func (s *contextStage) placesBeforeOthers(doc *Doc, unknown func(int) int) {
	toks := doc.Tokens
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].Lower(doc) != "other" || toks[i-1].Lower(doc) != "and" && toks[i-1].Lower(doc) != "or" {
			continue
		}
		k := i + 1
		if k+1 < len(toks) && toks[k].Kind == Word && (!toks[k].IsCap() || s.lx.demonymWord(doc, k)) && !s.lx.placeKindPlurals.hasTok(&toks[k]) && !s.lx.placeAfterPlurals.hasTok(&toks[k]) {
			k++ // "and other African countries", "and other small states"
		}
		if t := &toks[k]; t.Kind != Word || t.IsCap() || !s.lx.placeKindPlurals.hasTok(t) && !s.lx.placeAfterPlurals.hasTok(t) {
			continue
		}
		end := i - 1
		if toks[end-1].Text(doc) == "," {
			end--
		}
		start := unknownEndingAt(end, unknown)
		if start == end || start > 0 && toks[start-1].IsCap() && toks[start-1].Kind == Word {
			continue
		}
		candidate(doc, start, end, GPE, "", "context:place", PriorityGuess)
		listedBefore(doc, start, unknown, func(start, end int) {
			candidate(doc, start, end, GPE, "", "context:place", PriorityGuess)
		})
	}
}

// pairOpener reports whether w opens a pair joined by "and" or "or"
// ("both", "either"), which a preposition may take before the names.
func pairOpener(w string) bool {
	return w == "both" || w == "either"
}

// placesOwningPlaces proposes the owner of a division named after a
// possessive: a place's place ("Kessavia's Tarvo province", "in
// Zorvania's Pilno region"). The owned name is a GPE already, and a
// settlement's noun in lower case closes it (place_cues.tsv's `after`) or
// a division's word ends it ("Tarvo Province"), so it is a part of the
// owner; the owner's unknown name ends at the possessive.
func (s *contextStage) placesOwningPlaces(doc *Doc, unknown func(int) int) {
	toks := doc.Tokens
	// The candidates this pass adds come after the ones it reads.
	n := len(doc.Candidates)
	for j := 0; j < n; j++ {
		c := doc.Candidates[j]
		k, e := c.TokStart, c.TokEnd
		if c.Label != GPE || k < 2 || !possessiveAt(doc, k-1) || e > len(toks) {
			continue
		}
		if !(e < len(toks) && !toks[e].IsCap() && s.lx.placeAfter.hasTok(&toks[e])) && !s.lx.adminWords.hasTok(&toks[e-1]) {
			continue
		}
		if start := unknownEndingAt(k-1, unknown); start < k-1 && !s.lx.stateTitle(doc, start, k-1) {
			candidate(doc, start, k-1, GPE, "", "context:place", PriorityGuess)
		}
	}
}

package extract

import "strings"

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
		if c.Label != Role || k+2 >= len(toks) || !s.lx.portfolio.hasTok(&toks[k-1]) || toks[k].Lower(doc) != "of" || !anyTokenIn(doc, c.TokStart, k, s.lx.placeState.hasTok) {
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

// placesOfHolder proposes the state of an office's holder named between
// the office and "of": "President Ivo Tarn of Zorvania", "King Kessar of
// Tarvonia". The office is a ROLE right before the PERSON, whose title
// holds what a state has before "of" (place_cues.tsv's `state` or
// `before-of`: "President", "Minister") or a town's office (`before`:
// "Mayor Ivo Tarn of Marvenka", "Governor"); the name after "of" is one word,
// read as after "in". Not a person alone ("Ivo Tarn of Zorvexa", a
// company's man as often).
func (s *contextStage) placesOfHolder(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for _, c := range doc.Candidates {
		k := c.TokEnd
		if c.Label != Person || k+1 >= len(toks) || toks[k].Lower(doc) != "of" || !s.stateOfficeEndsAt(doc, int(c.TokStart)) {
			continue
		}
		if unknown(k+1) == 1 {
			s.placeList(doc, k+1, unknown, claimed, false, true)
		}
	}
}

// placesBeforeOffice proposes as a GPE the unknown word right before a
// state's office (its title holds a word only a state's offices have,
// place_cues.tsv's `state-office`: "Minister", "Ambassador"), as a country
// is written before its minister: "Kessa Defence Minister Oskar Velm"
// (ANNOTATION.md: "US Secretary of State" is a GPE and a ROLE), or a
// town's office (place_cues.tsv's `before`: "Dravnik Mayor Ivo Tarn",
// "Tesmir Governor Qiao Zhenwei"). Not a president or a chairman, which
// firms and clubs have too ("Zorvatek President Ana Sorel"). One word
// that opens its phrase: after a lower-case word, a pause or the
// sentence's start, not inside a longer name (beforeOfficeStop, a glued
// hyphen: "Guinea-Bissau President"), and a plain name
// (plainBeforeOffice).
func (s *contextStage) placesBeforeOffice(doc *Doc, unknown func(int) int) {
	toks := doc.Tokens
	for _, c := range doc.Candidates {
		k := int(c.TokStart) - 1
		if c.Label != Role || k < 0 || !toks[c.TokStart].IsCap() || !anyTokenIn(doc, int(c.TokStart), int(c.TokEnd), s.lx.stateOffices.hasTok) && !anyTokenIn(doc, int(c.TokStart), int(c.TokEnd), s.lx.placeBefore.hasTok) {
			continue
		}
		if unknown(k) == 1 && (toks[k].SentStart() || k > 0 && !toks[k-1].IsCap() && toks[k].SpaceBefore() && !beforeOfficeStop(toks[k-1].Lower(doc))) && s.plainBeforeOffice(doc, k) {
			candidate(doc, k, k+1, GPE, "", "context:place", PriorityGuess)
		}
	}
}

// beforeOfficeStop reports whether w, before a word and an office, makes
// the word part of a longer name or a modifier, no state's name: "of"
// ("Republic of Korea Minister") and the indefinite article ("as an Ally
// Minister").
func beforeOfficeStop(w string) bool {
	return w == "of" || w == "a" || w == "an"
}

// plainBeforeOffice reports whether toks[k], a word before an office, may
// name its state: not an honorific, an office's modifier or a word of its
// holder ("Madam President", "Acting Minister", "Former Minister"), not a participle
// ("Noting President Ivo Tarn's decision"), nor shaped as a nationality.
func (s *contextStage) plainBeforeOffice(doc *Doc, k int) bool {
	toks := doc.Tokens
	w := toks[k].Lower(doc)
	return !s.lx.honorifics.startsAt(toks, k) && !s.lx.roleMods.startsAt(toks, k) && !s.lx.holderWord(&toks[k]) && !strings.HasSuffix(w, "ing") && !nationalityShape(w)
}

// nationalityShape reports whether the lower-case word w ends as
// nationality adjectives do ("-ian", "-ean", "-ese", "-ish": "Tarvonian",
// "Kessese"), which a state's name seldom does.
func nationalityShape(w string) bool {
	for _, suffix := range [...]string{"ian", "ean", "ese", "ish"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// stateOfficeEndsAt reports whether an office whose title holds what a
// state has before "of" (stateOfWord) or a place's office before it
// ("Mayor", "Governor") ends at toks[k]. Offices are few,
// so a scan costs less than an index.
func (s *contextStage) stateOfficeEndsAt(doc *Doc, k int) bool {
	for _, c := range doc.Candidates {
		if c.Label == Role && int(c.TokEnd) == k && (anyTokenIn(doc, c.TokStart, c.TokEnd, s.lx.stateOfWord) || anyTokenIn(doc, c.TokStart, c.TokEnd, s.lx.placeBefore.hasTok)) {
			return true
		}
	}
	return false
}

// anyTokenIn reports whether pred holds for a token of toks[i:end].
func anyTokenIn(doc *Doc, i, end int, pred func(*Token) bool) bool {
	for k := i; k < end; k++ {
		if pred(&doc.Tokens[k]) {
			return true
		}
	}
	return false
}

// stateOfWord reports whether t is what a state has before "of"
// (place_cues.tsv's `state` or `before-of`: "Minister", "President").
func (lx *lexicon) stateOfWord(t *Token) bool {
	return lx.placeState.hasTok(t) || lx.placeBeforeOf.hasTok(t)
}

// placesOfStatesAt proposes the states after the plural at toks[i] of what a state
// has and "of": "the defence ministers of Kessa, Tarvo and Pilna", "the
// governments of Zorvania and Tarvonia", "the navies of Kessa". Each
// state is a name of one word first, then the list is read as after "in".
func (s *contextStage) placesOfStatesAt(doc *Doc, i int, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	if i+2 >= len(toks) || toks[i].Kind != Word || !toks[i].endsInS() || toks[i+1].End-toks[i+1].Start != 2 || toks[i+1].Lower(doc) != "of" || !s.lx.placeStatePlurals.hasTok(&toks[i]) {
		return
	}
	j := i + 2
	if toks[j].Lower(doc) == "the" && j+1 < len(toks) {
		j++
	}
	if unknown(j) == 1 {
		s.placeList(doc, j, unknown, claimed, false, false)
	}
}

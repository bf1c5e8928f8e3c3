package extract

import "strings"

// listsOfPlacesByToken reads each token once for the lists of places
// that a word there opens or closes (placesOfStatesAt, placesOfKindAt,
// placesBeforeOthersAt): one pass where three would read every token, as
// none of them reads the candidates of the others.
func (s *contextStage) listsOfPlacesByToken(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for i := range toks {
		t := &toks[i]
		if t.Kind != Word {
			continue
		}
		if s.pluralPlaceCues.has(t.lowID) {
			s.placesOfStatesAt(doc, i, unknown, claimed)
			s.placesOfKindAt(doc, i, unknown, claimed)
		}
		if t.End-t.Start == uint32(len("other")) {
			s.placesBeforeOthersAt(doc, i, unknown)
		}
	}
}

// placesOfKindAt proposes the members of a list after a plural noun of a
// kind of place at toks[i] (place_cues.tsv's `kind-plural`) and a word that
// introduces examples: "countries such as Kessa, Tarvo and Pilnova",
// "cities like Zorvik", "nations, including Tarvonia,", "places like
// Papua Kessa". The noun says what the names are, so each may be of
// several words, read as after "in"; not "areas" ("areas such as Command
// and Control" are topics).
func (s *contextStage) placesOfKindAt(doc *Doc, i int, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	if !(i+2 < len(toks)) {
		return
	}
	t := &toks[i]
	if t.Kind != Word || t.IsCap() || !t.endsInS() || !s.lx.placeKindPlurals.hasTok(t) {
		return
	}
	k := i + 1
	if toks[k].Text(doc) == "," {
		k++
	}
	if k+1 < len(toks) && toks[k].Lower(doc) == "such" && toks[k+1].Lower(doc) == "as" {
		k++
	} else if !examplesWord(toks[k].Lower(doc)) {
		return
	}
	if k+1 < len(toks) && toks[k+1].Lower(doc) == "the" {
		k++
	}
	s.placeList(doc, k+1, unknown, claimed, false, false)
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

// placesBeforeOthersAt proposes the names of a list closed by "and other"
// or "or other" (toks[i-1:i+1]) and a plural noun of a kind of place, as
// placesOfKindAt reads the examples after one: "Kessa, Tarvo and other countries",
// "Zorvik or other cities". Each name ends before the list's comma or
// conjunction; a capitalised run before the list ends it.
func (s *contextStage) placesBeforeOthersAt(doc *Doc, i int, unknown func(int) int) {
	toks := doc.Tokens
	if i < 2 || i+1 >= len(toks) || toks[i].End-toks[i].Start != uint32(len("other")) || toks[i].Lower(doc) != "other" || toks[i-1].Lower(doc) != "and" && toks[i-1].Lower(doc) != "or" {
		return
	}
	k := i + 1
	if k+1 < len(toks) && toks[k].Kind == Word && (!toks[k].IsCap() || s.lx.demonymWord(doc, k)) && !s.lx.placeKindPlurals.hasTok(&toks[k]) {
		k++ // "and other African countries", "and other small states"
	}
	if t := &toks[k]; t.Kind != Word || t.IsCap() || !s.lx.placeKindPlurals.hasTok(t) {
		return
	}
	end := i - 1
	if toks[end-1].Text(doc) == "," {
		end--
	}
	start := unknownEndingAt(end, unknown)
	if start == end || start > 0 && toks[start-1].IsCap() && toks[start-1].Kind == Word {
		return
	}
	candidate(doc, start, end, GPE, "", "context:place", PriorityGuess)
	listedBefore(doc, start, unknown, func(start, end int) {
		candidate(doc, start, end, GPE, "", "context:place", PriorityGuess)
	})
}

// placesOwningPlaces proposes the owner of a division named after a
// possessive: a place's place ("Kessavia's Tarvo province", "in
// Zorvania's Pilno region"). The owned name is a GPE already, and a
// settlement's noun in lower case closes it (place_cues.tsv's `after`) or
// a division's word ends it ("Tarvo Province"), so it is a part of the
// owner; the owner's unknown name ends at the possessive. The division
// ends its phrase (before punctuation, a small word or a verb in "-ed"),
// or it qualifies a noun after it ("Tarvocorp's Kessa region manager").
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
		switch {
		case e < len(toks) && !toks[e].IsCap() && s.lx.placeAfter.hasTok(&toks[e]):
			e++ // "Tarvo province"
		case !s.lx.adminWords.hasTok(&toks[e-1]):
			continue // "Tarvo Province" ends on its division's word
		}
		if e < len(toks) && !endsPhrase(doc, e) && !s.lx.common.hasTok(&toks[e]) && !strings.HasSuffix(toks[e].Lower(doc), "ed") {
			continue // "Tarvocorp's Kessa region manager": a noun goes on
		}
		if start := unknownEndingAt(k-1, unknown); start < k-1 && !s.lx.stateTitle(doc, start, k-1) {
			candidate(doc, start, k-1, GPE, "", "context:place", PriorityGuess)
		}
	}
}

// statesOfNationality proposes a state named by a nationality and its
// form of state: "the Dominican Republic", "the Kessan Federation", "the
// Tarvic Kingdom". Not before "of" ("the Islamic Republic of Zorvia" is
// read as a title), nor before another capitalised word ("the Kessan
// Republic Guard", a body), nor after one ("the Central African
// Republic").
func (s *contextStage) statesOfNationality(doc *Doc, claimed []bool) {
	toks := doc.Tokens
	for _, c := range doc.capitals {
		i, k := int(c), int(c)+1
		if k >= len(toks) || !toks[k].IsCap() || claimed[i] || claimed[k] || !s.lx.stateForm(&toks[k]) || !s.lx.demonymWord(doc, i) ||
			i > 0 && toks[i-1].Kind == Word && toks[i-1].IsCap() && !toks[i].SentStart() {
			continue // "the Central African Republic": a longer name's end
		}
		if e := k + 1; e < len(toks) && (toks[e].Lower(doc) == "of" || toks[e].IsCap() && toks[e].Kind == Word || !toks[e].SpaceBefore() && toks[e].Text(doc) == "-") {
			continue
		}
		candidate(doc, i, k+1, GPE, "", "context:place", PriorityGuess)
	}
}

// stateForm reports whether t names a form of state that a nationality
// may qualify ("republic", "kingdom", "federation"): place_cues.tsv's
// `state-form`.
func (lx *lexicon) stateForm(t *Token) bool {
	return lx.stateForms.hasTok(t)
}

package extract

import "strings"

// featuresByToken reads each token once for the regions, features and
// places that a word there opens or names (regionCompoundAt,
// compassRegionAt, passageAt, nationalLandformAt, placesBeforeDivisionAt,
// featuresNamedLikePeopleAt, …): one pass where each would read every
// token, as none of them reads the candidates of the others, and the
// context's later scans read none of theirs (guesses that start on
// unclaimed tokens and end before no bracket). unknownAnyGiven reads a
// name that may hold given names.
func (s *contextStage) featuresByToken(doc *Doc, unknown, unknownAnyGiven func(int) int, claimed []bool) {
	toks := doc.Tokens
	for i := range toks {
		t := &toks[i]
		if t.Kind != Word {
			continue
		}
		if t.IsCap() {
			s.regionCompoundAt(doc, i, claimed)
		} else if s.lowerFeatureCues.has(t.lowID) {
			s.passageAt(doc, i, unknown)
			s.sharedSeasAt(doc, i)
			s.tributeAt(doc, i)
			s.nationalLandformAt(doc, i)
			s.featuresAfterPartAt(doc, i, unknown)
			s.featuresNamedLikePeopleAt(doc, i, unknownAnyGiven)
			s.placesBeforeDivisionAt(doc, i, claimed)
		}
		if t.props&propPlacePrep != 0 {
			s.compassRegionAt(doc, i, unknown)
		}
	}
}

// regionCompoundAt proposes as a LOC a compound at toks[k] of a combining
// form and a place's name glued by a hyphen ("the Indo-Zorvic region", "across the
// Euro-Kessic."): a region that spans the places it joins, as a whole and
// never its last part alone. The compound must stand where a place does:
// before a settlement's noun in lower case ("region", "area"), or after an
// article, maybe and adjectives, as the head of a phrase that ends with
// it ("in the Indo-Zorvic.", "a free and open Indo-Zorvic,"). A
// nationality after the hyphen makes an adjective ("Franco-German talks")
// and a capitalised word after the compound a longer name ("the
// Indo-Zorvic Command"); both are left alone, and so is a compound that an
// apposition names a body ("the Anglo-Tarvo, a mining company").
func (s *contextStage) regionCompoundAt(doc *Doc, k int, claimed []bool) {
	toks := doc.Tokens
	lx := s.lx
	if k+2 >= len(toks) || !toks[k].IsCap() || toks[k+1].SpaceBefore() || !gluedHyphen(doc, k+1) || !s.lx.combiningForm(doc, k, k+1) {
		return
	}
	w, end := k+2, k+3
	if claimed[k] || claimed[w] || !toks[w].IsCap() || !lx.isNameWord(doc, &toks[w]) || lx.demonymWord(doc, w) {
		return
	}
	if end < len(toks) && (toks[end].IsCap() && toks[end].Kind == Word || gluedHyphen(doc, end)) {
		return
	}
	if endsPhrase(doc, end) && determinedNoun(doc, k) && !lx.bodyAppositionAt(doc, end) || end < len(toks) && !toks[end].IsCap() && lx.placeAfter.hasTok(&toks[end]) {
		candidate(doc, k, end, Loc, "", "context:feature", PriorityGuess)
	}
}

// determinedNoun reports whether an article opens the phrase that a noun
// at toks[k] would head: right before it ("the"), or before adjectives
// joined by "and" or commas ("a free and open", "a stable, secure and
// prosperous"), at most maxDeterminedWords tokens, which Title Case may
// capitalise and an opening quotation mark may precede ("a “Free and
// Open”"); other words may end a clause before an adjective ("the roots
// are Kessa-Tarvic").
func determinedNoun(doc *Doc, k int) bool {
	toks := doc.Tokens
	joined := false
	for j := k - 1; j >= 0 && j >= k-maxDeterminedWords; j-- {
		w := toks[j].Lower(doc)
		switch {
		case isArticle(w):
			return j == k-1 || joined
		case w == "and" || w == "or":
			joined = true
		case isQuote(w) && j < k-1 && j > 0 && isArticle(toks[j-1].Lower(doc)):
			// the quotation opens after the article
		case toks[j].Kind == Word && toks[j].IsCap() && !toks[j].SentStart():
			// an adjective in Title Case ("a Free and Open")
		case toks[j].IsCap() || toks[j].Kind != Word && !isComma(doc, &toks[j]):
			return false
		}
	}
	return false
}

// maxDeterminedWords bounds the adjectives and their commas between an
// article and the noun it determines ("a free, open, prosperous,
// resilient, and secure").
const maxDeterminedWords = 11

// compassRegionAt proposes as a LOC, after a preposition at toks[k], a compass word of loc_patterns.tsv and
// the unknown name after it, after a preposition of place and "the", where
// the name ends its phrase ("in the Eastern Kessa.", "across the Western
// Tarvo,"): a part of a place or a sea that the article names as a region,
// as "in Northern Kessa" is without it (placeList). Two compass words
// joined by "and" or "or" share the name, with the article or without it
// ("in Central and Northern Tarvo."), as they share a listed place's
// (sharedCompass). A body's head after the name is claimed by its rule
// first ("the Northern Fleet"), and an apposition that names a body
// leaves it alone ("the Northern Kessa, a rebel alliance,"). After a
// preposition of place and "the" without a compass word, the name is read
// by regionAfterArticle, unless the word before the preposition makes its
// object no place (nonLocative: "according to the Kessa Beacon").
func (s *contextStage) compassRegionAt(doc *Doc, k int, unknown func(int) int) {
	toks := doc.Tokens
	lx := s.lx
	if p := &toks[k]; k+3 >= len(toks) || p.props&propPlacePrep == 0 || !lx.placePreps.hasTok(p) && !lx.placeWeakPreps.hasTok(p) {
		return
	}
	start := k + 1
	article := toks[start].Lower(doc) == "the"
	if article {
		start++
	}
	i := start
	if i+2 < len(toks) && lx.compassAt(doc, i) && (toks[i+1].Lower(doc) == "and" || toks[i+1].Lower(doc) == "or") && lx.compassAt(doc, i+2) {
		i += 2
	} else if !article {
		return // "in Northern Kessa": placeList's
	}
	if !lx.compassAt(doc, i) {
		if article && i == start && (k == 0 || !lx.nonLocative(doc, k)) {
			s.regionAfterArticle(doc, i, unknown)
		}
		return
	}
	if n := unknown(i); n > 1 && endsPhrase(doc, i+n) && !s.lx.bodyAppositionAt(doc, i+n) {
		candidate(doc, start, i+n, Loc, "", "context:place", PriorityGuess)
	}
}

// regionAfterArticle proposes as a LOC one or two unknown words at
// toks[w] after a preposition of place and "the" in lower case (a capital
// "The" opens a name), where the words end their phrase
// (regionPhraseEnds: "in the Zorvic.", "at the Tarvan,", "in the Velmar
// Kessa,"): a name that takes the article after a preposition of place is
// a region's, a sea's or a building's, as states and towns take none. Not
// a plural ("in the Kessas", as island states are named), a compass point
// alone ("in the North"), a body's, an office's or an event's head, a
// state's title or a division's kind ("at the Brigade", "in the Tarvo
// Republic", "at the Port Area"), a word in capitals, a town before a
// comma and its state ("at the Tarvo, Kessa conference"), a word that
// stands elsewhere without the article (bareElsewhere) or that the lists
// hold after "The" ("in the Hague": listedWithArticle), nor a name that a
// plural kind after the next name covers ("in the Zemo Tarvo and Kessa
// areas"), nor one with a word of time in it, a unit, a month, a weekday
// or a season ("in the New Year.", nineteenth round).
func (s *contextStage) regionAfterArticle(doc *Doc, w int, unknown func(int) int) {
	toks := doc.Tokens
	lx := s.lx
	n := unknown(w)
	e := w + n
	if toks[w-1].Text(doc) != "the" || n == 0 || n > 2 || toks[e-1].endsInS() || n == 1 && isCompassPoint(toks[w].Text(doc)) {
		return
	}
	for k := w; k < e; k++ {
		if t := &toks[k]; t.isCapsWord() || lx.orgHeads.has(toks, k, k+1) || lx.eventHeads.has(toks, k, k+1) || lx.eventOpeners.has(toks, k, k+1) || lx.isRoleHead(t) || lx.stateTitle(doc, k, k+1) || lx.placeAfter.hasTok(t) ||
			lx.dateWordIs(t, roleUnit|roleMonth|roleWeekday|roleSeason) {
			return // (nor a time: "in the New Year", "in the Spring")
		}
	}
	if !regionPhraseEnds(doc, e) || gluedHyphen(doc, e) || lx.bodyAppositionAt(doc, e) ||
		e+1 < len(toks) && toks[e].Kind == Punct && (!toks[e].SpaceBefore() && !strings.Contains(",.;:)?!", toks[e].Text(doc)) || isComma(doc, &toks[e]) && toks[e+1].IsCap()) {
		return
	}
	if n == 1 && (bareElsewhere(doc, w) || s.listedWithArticle(&toks[w])) {
		return
	}
	// A plural kind after the next name names both, and its rule reads
	// them (placeAfterPlural).
	if e+1 < len(toks) && listJoiner(toks[e].Lower(doc)) {
		if m := unknown(e + 1); m > 0 && e+1+m < len(toks) && lx.placeAfterPlural(doc, e+1+m) {
			return
		}
	}
	candidate(doc, w, e, Loc, "", "context:feature", PriorityGuess)
}

// nationalLandformAt proposes as one LOC a nationality and the lower-case
// landform's noun of place_cues.tsv's `national-landform` at toks[k] after
// "the" ("the Anatolian plateau", "the Iberian peninsula"): a landform that
// a nationality names as one, a proper name written with a common noun.
// Not where the noun goes on ("the Iberian peninsula states"; a date may
// follow it), nor after another article ("an Iberian peninsula" is any).
func (s *contextStage) nationalLandformAt(doc *Doc, k int) {
	toks := doc.Tokens
	if k < 2 || !s.lx.nationalLandforms.hasTok(&toks[k]) || toks[k-2].Lower(doc) != "the" || !toks[k-1].IsCap() || !s.lx.demonymWord(doc, k-1) || !endsNounPhrase(doc, k, false) && !dateStartsAt(doc, k+1) {
		return
	}
	candidate(doc, k-1, k+1, Loc, "", "context:feature", PriorityGuess)
}

// regionPhraseEnds reports whether the phrase of a name may end before
// toks[e]: where a phrase ends (endsPhrase), before a form of "be" whose
// subject the phrase is ("stability in the Zorvic is"), or before a date
// ("in the Zorvic Aug. 29", "at the Tarvanon today").
func regionPhraseEnds(doc *Doc, e int) bool {
	if endsPhrase(doc, e) || dateStartsAt(doc, e) {
		return true
	}
	switch doc.Tokens[e].Text(doc) {
	case "is", "are", "was", "were":
		return true
	}
	return false
}

// listedWithArticle reports whether "The" and the word t make a listed
// town's or state's name ("The Hague"), which a writer may open with "the"
// in lower case.
func (s *contextStage) listedWithArticle(t *Token) bool {
	if !s.gpeThe {
		return false
	}
	node, ok := s.lx.gpe.child(s.gpeTheNode, s.lx.gpe.key(t))
	if !ok {
		return false
	}
	_, ok = s.lx.gpe.end(node)
	return ok
}

// bareElsewhere reports whether the word at toks[w] stands elsewhere in
// the text right after a preposition, without an article ("near Tarvo",
// "the people of Tarvo"), as a town's or a state's name does: such a name
// takes "the" only as a modifier or by chance.
func bareElsewhere(doc *Doc, w int) bool {
	toks := doc.Tokens
	name := toks[w].Text(doc)
	for _, c := range doc.capitals {
		k := int(c)
		if k != w && k > 0 && toks[k].Text(doc) == name && toks[k-1].Kind == Word && isPreposition(toks[k-1].Lower(doc)) {
			return true
		}
	}
	return false
}

// passageAt proposes as a LOC one unknown word after a verb of passage of
// place_cues.tsv at toks[i] ("transited", "patrolled"), maybe "through",
// "across" or "along", and "the", where the word ends its phrase: a waterway's or a
// region's name, which takes the article ("the destroyer transited the
// Zorvic.", "the cutter sailed through the Tarvan,"). A word in capitals
// (an acronym) is left alone.
func (s *contextStage) passageAt(doc *Doc, i int, unknown func(int) int) {
	toks := doc.Tokens
	lx := s.lx
	if i+2 >= len(toks) || toks[i].IsCap() || !lx.placePassage.hasTok(&toks[i]) {
		return
	}
	k := i + 1
	switch toks[k].Lower(doc) {
	case "through", "across", "along":
		k++
	}
	if k+1 >= len(toks) || toks[k].Lower(doc) != "the" {
		return
	}
	if w := k + 1; unknown(w) == 1 && !toks[w].isCapsWord() && endsPhrase(doc, w+1) && !gluedHyphen(doc, w+1) {
		candidate(doc, w, w+1, Loc, "", "context:feature", PriorityGuess)
	}
}

// sharedSeasAt proposes as one LOC the names that a lower-case plural of
// place_cues.tsv's `shared-after` at toks[k] closes together, joined by
// "and", "or" or commas ("the Kessa, East Tarvo and South Tarvo seas"),
// as a capitalised plural closes them (sharedPluralStart).
func (s *contextStage) sharedSeasAt(doc *Doc, k int) {
	if !s.lx.sharedAfter.hasTok(&doc.Tokens[k]) {
		return
	}
	if start := s.lx.sharedPluralStart(doc, k); start < k {
		candidate(doc, start, k+1, Loc, "", "context:shared", PriorityGrammar)
	}
}

// tributeAt proposes as a LOC the capitalised name after a tribute's noun
// of place_cues.tsv's `tribute` at toks[k] and "at the" or "before the":
// a wreath is laid at a memorial, a tomb or a flame ("laid a wreath at
// the Eternal Flame", "wreaths at the Cenotaph"). The name is one to four
// capitalised words that end their phrase; not a body's (its head opens
// or closes the name: "at the Kessa Embassy") nor a person's.
func (s *contextStage) tributeAt(doc *Doc, k int) {
	toks := doc.Tokens
	lx := s.lx
	if k+3 >= len(toks) || !lx.tributeNouns.hasTok(&toks[k]) {
		return
	}
	if w := toks[k+1].Lower(doc); w != "at" && w != "before" || toks[k+2].Lower(doc) != "the" {
		return
	}
	start := k + 3
	end := start
	for end < len(toks) && end-start < 4 && lx.isNameWord(doc, &toks[end]) && !toks[end].Break() {
		end++
	}
	if end == start || !endsNounPhrase(doc, end-1, true) || end < len(toks) && toks[end].Kind == Word && toks[end].IsCap() {
		return // "wreaths at the Kessa Cup final": the name only modifies
	}
	if lx.orgHeads.startsAt(toks, start) || lx.endsOrgHead(doc, end) || lx.startsRank(doc, start) || lx.isRoleHead(&toks[start]) {
		return
	}
	candidate(doc, start, end, Loc, "", "context:tribute", PriorityGuess)
}

package extract

// maxCreditTokens bounds the list of reporters, with the places they
// reported from, that a wire story's closing credit names before its verb.
const maxCreditTokens = 24

// contributedToReport reports whether the capitalised words toks[i:end]
// name one of the reporters of a wire story's closing credit: names, each
// maybe with the place it was reported from ("in", "from"), joined by
// commas and "and", before "contributed to this report" or "contributed
// reporting" ("Ivo Tarn in Kessa and Ana Sorel in Tarvo contributed to
// this report."). The name opens the credit or follows a comma or "and",
// and holds no word of a place's or a body's kind: the places after "in"
// are the list's too.
func (lx *lexicon) contributedToReport(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if i > 0 && !toks[i].SentStart() && !toks[i].Newline() {
		if w := toks[i-1].Text(doc); w != "and" && w != "," {
			return false
		}
	}
	if lx.placeOrBodyWordIn(doc, i, end) {
		return false
	}
	for k := end; k < len(toks) && k-end < maxCreditTokens; k++ {
		t := &toks[k]
		if k > end && (t.SentStart() || t.Newline()) {
			return false
		}
		switch w := t.Text(doc); {
		case w == "contributed":
			return creditObject(doc, k+1)
		case t.Kind == Word && t.IsCap(), w == "in", w == "from", w == "and", w == ",":
		default:
			return false
		}
	}
	return false
}

// creditObject reports whether "to this report" or "reporting" starts at
// toks[k], after "contributed" in a wire story's credit.
func creditObject(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < len(toks) && toks[k].Text(doc) == "reporting" {
		return true
	}
	return k+2 < len(toks) && toks[k].Text(doc) == "to" && toks[k+1].Text(doc) == "this" && toks[k+2].Text(doc) == "report"
}

// ageCompound reports whether toks[k] is the number that opens an age
// glued by hyphens ("34-year-old", "a 7-year-old girl"), which may stand
// among the modifiers of a noun for a person in an apposition ("Kessa
// Vorn, a 34-year-old nurse, said").
func ageCompound(doc *Doc, k int) bool {
	toks := doc.Tokens
	return toks[k].Kind == Number && k+2 < len(toks) && gluedHyphen(doc, k+1) && toks[k+2].Lower(doc) == "year"
}

// maxDescriptionTokens bounds the description of a person, its complement
// included, before a name set off by commas (describedNames).
const maxDescriptionTokens = 14

// wireCues marks in cue the first words of the names that wire news
// introduces by a description of their bearer: after a description set
// off by a comma (describedNames), after a noun for a person and "named"
// or "called" (namedAfterNoun), before a possessive and a relative or a
// lawyer (ownerOfKin) or "and his" and a relative (kinAfterName), and
// after "identified as" (identifiedAs).
func (s *personStage) wireCues(doc *Doc, cue []bool) {
	s.describedNames(doc, cue)
	toks := doc.Tokens
	for k := 2; k+1 < len(toks); k++ {
		// (The words' shapes, and the word after, first: most tokens
		// are none of the cues.)
		if toks[k].Kind != Word {
			if i := s.lx.ownerOfKin(doc, k); i >= 0 {
				cue[i] = true
			}
			continue
		}
		if n := toks[k].End - toks[k].Start; n > 6 || toks[k].IsCap() {
			continue
		}
		if toks[k+1].Kind == Word && toks[k+1].IsCap() && s.namedAfterNoun(doc, k) {
			cue[k+1] = true
		}
		if s.lx.kinNoun(&toks[k+1]) {
			if i := s.lx.kinAfterName(doc, k); i >= 0 {
				cue[i] = true
			}
		}
		// "the attacker, identified as Tavrek Paris, 20,": the cue
		// outranks a listed place among the name's words.
		if toks[k].Text(doc) == "as" && toks[k+1].Kind == Word && toks[k+1].IsCap() && s.lx.identifiedAs(doc, k+1, -1) {
			cue[k+1] = true
		}
	}
}

// namedAfterNoun reports whether toks[k] is "named" or "called" after a
// noun for a person in the singular that "a" or "an" opens, with at most
// two modifiers between ("a local chef named Marek", "a woman called Lira
// Santo"): the name after it is that person's, one word too. Not a
// definite noun, after which "named" is as often a verb of appointing
// whose object is a place or a body ("the minister named Kessa the host").
func (s *personStage) namedAfterNoun(doc *Doc, k int) bool {
	toks := doc.Tokens
	if n := int(toks[k].End - toks[k].Start); n != len("named") && n != len("called") {
		return false
	}
	if w := toks[k].Text(doc); w != "named" && w != "called" {
		return false
	}
	n := k - 1
	if !s.personNoun(doc, n) || toks[n].endsInS() {
		return false
	}
	for d := n - 1; d >= 0 && d >= n-3; d-- {
		switch toks[d].Lower(doc) {
		case "a", "an":
			return true
		}
		if toks[d].Kind != Word {
			return false
		}
	}
	return false
}

// maxOwnerWords bounds the name before a possessive that ownerOfKin reads.
const maxOwnerWords = 4

// ownerOfKin returns the first token of the name of two to four
// capitalised words that ends before the possessive at toks[k], when a
// relative or a lawyer follows it and ends its phrase ("Tarvek Dolan's
// lawyer said", "Kessa Vorn's widow", "Kessa Vorn's lawyers"), or -1:
// only a person has them. Not "Kessa Tarvo's sister city" (the noun does
// not end its phrase), nor a name that a capitalised word or a
// preposition opens ("in Kessa Tarvo's son", read by the place rules).
func (lx *lexicon) ownerOfKin(doc *Doc, k int) int {
	if !possessiveAt(doc, k) || k+1 >= len(doc.Tokens) || !lx.ownedByPerson(doc, k+1) {
		return -1
	}
	return lx.ownerBefore(doc, k)
}

// ownedByPerson reports whether toks[k] is a lower-case relative or
// lawyer (context_words.tsv's `kin` and `counsel`) that ends its phrase ("lawyer said", "wife,", not "sister
// city"): what only a person has.
func (lx *lexicon) ownedByPerson(doc *Doc, k int) bool {
	t := &doc.Tokens[k]
	return !t.IsCap() && (lx.kinNoun(t) || lx.counselWords.hasTok(t)) && endsNounPhrase(doc, k, false)
}

// ownerBefore returns the first token of the name of two to four
// capitalised words that ends before toks[k] and opens a clause, with no
// word of a place's or a body's kind, or -1.
func (lx *lexicon) ownerBefore(doc *Doc, k int) int {
	toks := doc.Tokens
	i := k
	for i > 0 && k-i < maxOwnerWords && toks[i-1].Kind == Word && toks[i-1].IsCap() {
		i--
	}
	if k-i < 2 || !opensSubject(doc, i) || lx.placeOrBodyWordIn(doc, i, k) {
		return -1
	}
	return i
}

// kinAfterName returns the first token of the name before "and his" or
// ", whose" and a relative ("Kessa Vorn and his wife fled", "Tarvek
// Dolan, whose son was killed, spoke"), at toks[k] the pronoun, or -1:
// only a person has a wife or a son.
func (lx *lexicon) kinAfterName(doc *Doc, k int) int {
	toks := doc.Tokens
	if k < 3 || k+1 >= len(toks) || int(toks[k].End-toks[k].Start) > len("whose") || toks[k+1].IsCap() {
		return -1
	}
	switch toks[k].Text(doc) {
	case "his", "her":
		if toks[k-1].Text(doc) != "and" {
			return -1
		}
	case "whose":
		if !isComma(doc, &toks[k-1]) {
			return -1
		}
	default:
		return -1
	}
	if !lx.kinNoun(&toks[k+1]) {
		return -1
	}
	return lx.ownerBefore(doc, k-1)
}

// describedNames marks in cue the names of two to four capitalised words
// (one after a relative) set off by commas (or ended by a full stop)
// after a description of a person: an article or a possessive, at most
// three modifiers and a noun for a person in the singular, maybe with a
// complement that a name closes ("The leader of the Zorvik Front, Adan Kessu Varo, is believed", "The
// governor of Kessa province, Oskar Marrin Tulo, tells", "The head of the
// mission in Tarvo, Ivo Tarn, has warned"). A complement that ends on an
// unnamed thing is refused: the name after the comma may be that thing's
// ("the leader of the rebel group, Zorvik Dawn,", "the captain of the
// frigate, Kessa Star,"); so is a name with a word of a place's or a
// body's kind.
func (s *personStage) describedNames(doc *Doc, cue []bool) {
	toks := doc.Tokens
	for _, c := range doc.capitals { // (the name after the comma starts with one)
		k, i := int(c)-1, int(c)
		if k < 1 || i+1 >= len(toks) || !isComma(doc, &toks[k]) || toks[i].Kind != Word || cue[i] {
			continue
		}
		end := s.lx.nameEnd(doc, i)
		if end-i < 1 || end-i > 4 || end >= len(toks) || !sentencePause(doc, &toks[end]) || s.lx.placeOrBodyWordIn(doc, i, end) {
			continue
		}
		if end-i == 1 && !(isComma(doc, &toks[end]) && s.lx.kinNoun(&toks[k-1]) && !toks[k-1].endsInS()) {
			continue // one word only after a relative: "his younger brother, Tarvek, enlisted"
		}
		if s.personDescribedBefore(doc, k) {
			cue[i] = true
		}
	}
}

// personDescribedBefore reports whether the words before the comma at
// toks[k] describe one person (see describedNames).
func (s *personStage) personDescribedBefore(doc *Doc, k int) bool {
	toks := doc.Tokens
	last := &toks[k-1]
	if last.Kind != Word || !last.IsCap() && !(k >= 2 && toks[k-2].IsCap() && toks[k-2].Kind == Word) && !s.personNoun(doc, k-1) && !s.lx.stateOrgan(last) {
		return false // "the leader of the rebel group, Zorvik Dawn,"
	}
	for j := k - 1; j > 0 && j >= k-maxDescriptionTokens; j-- {
		t := &toks[j]
		if t.Kind == Punct && !gluedHyphen(doc, j) && !possessiveAt(doc, j) || complementStop(t.Lower(doc)) || s.lx.speechVerbs.hasTok(t) || s.lx.personVerbs.hasTok(t) {
			return false
		}
		if !s.personNoun(doc, j) || t.endsInS() {
			continue
		}
		if j+1 < k && !descriptionPreposition(toks[j+1].Lower(doc)) {
			continue
		}
		if s.lx.describerBefore(doc, j) {
			return true
		}
	}
	return false
}

// describerBefore reports whether an article or a possessive opens the
// phrase of the noun at toks[j], at most three modifiers or a possessive's
// owner before it ("The leader", "a 34-year-old local nurse", "the
// party's founder"); a preposition or a verb between ends the phrase
// ("Kessa's envoy spoke with ECOWAS official" has none).
func (lx *lexicon) describerBefore(doc *Doc, j int) bool {
	toks := doc.Tokens
	for d := j - 1; d >= 0 && d >= j-6; d-- {
		if isPreposition(toks[d].Lower(doc)) || lx.speechVerbs.hasTok(&toks[d]) || lx.personVerbs.hasTok(&toks[d]) {
			return false
		}
		switch toks[d].Lower(doc) {
		case "the", "a", "an", "his", "her", "its", "their":
			return true
		}
		if possessiveAt(doc, d) {
			return true // "Tarvek's younger brother"
		}
		if toks[d].Kind == Punct && !gluedHyphen(doc, d) && !possessiveAt(doc, d) {
			return false
		}
	}
	return false
}

// descriptionPreposition reports whether w opens the complement of a noun
// for a person ("the leader of", "a spokesman for", "the envoy to").
func descriptionPreposition(w string) bool {
	switch w {
	case "of", "for", "at", "in", "to", "from", "with":
		return true
	}
	return false
}

// complementStop reports whether w, a relative pronoun or an auxiliary,
// makes the words before a comma a clause rather than a description.
func complementStop(w string) bool {
	switch w {
	case "who", "which", "that", "is", "was", "are", "were", "has", "had", "have", "will", "would", "said", "says":
		return true
	}
	return false
}

// speakerOfBody reports whether the capitalised words toks[i:end] open a
// clause and "of", maybe "the", and an organisation or a place found
// before follow them, and then a verb of saying: "Lira Santo of the Kessa
// Times told reporters", "Tarvek Dolan of Dravnik said". Only a person
// speaks for a body named after "of" (a body's own name keeps its "of":
// "Ministry of Defence" is one candidate).
func (lx *lexicon) speakerOfBody(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if end+2 >= len(toks) || toks[end].Text(doc) != "of" || !opensSubject(doc, i) {
		return false
	}
	k := end + 1
	if toks[k].Text(doc) == "the" {
		k++
	}
	for _, c := range doc.Candidates {
		if int(c.TokStart) != k || c.Label != Org && c.Label != GPE {
			continue
		}
		e := int(c.TokEnd)
		if e < len(toks) && lx.speechVerbs.hasTok(&toks[e]) {
			return true
		}
	}
	return false
}

// articleBefore reports whether "the" opens the run of capitalised words
// that holds toks[i]: a person's name does not take it, a body's, a
// state's or a paper's does ("The White House said", "the Lost Kessa
// Project announced", "to the United Nations Nikki Haley wrote"), so no
// speaker guessed from the verb alone starts in the run.
func articleBefore(doc *Doc, i int) bool {
	toks := doc.Tokens
	j := i
	for j > 0 && !toks[j].SentStart() && toks[j-1].Kind == Word && toks[j-1].IsCap() && toks[j-1].Lower(doc) != "the" {
		j--
	}
	return j > 0 && !toks[j].SentStart() && toks[j-1].Lower(doc) == "the"
}

// maxTheAppositionWords bounds the words after "the" before the noun for a
// person of an apposition ("Kessa Vorn, the country's first female
// president,": a possessive and two modifiers).
const maxTheAppositionWords = 5

// stateOrgan reports whether the lower-case t names an organ of a state
// that no name in apposition follows ("a spokesman for the foreign
// ministry, Qiao Zhenwei,"), unlike a group or a paper ("the rebel
// group, Zorvik Dawn,"): context_words.tsv's `state-organ`.
func (lx *lexicon) stateOrgan(t *Token) bool {
	return lx.stateOrgans.hasTok(t)
}

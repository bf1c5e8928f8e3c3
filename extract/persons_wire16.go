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

// describedNames marks in cue the names of two to four capitalised words
// set off by commas (or ended by a full stop) after a description of a
// person: an article or a possessive, at most three modifiers and a noun
// for a person in the singular, maybe with a complement that a name closes
// ("The leader of the Zorvik Front, Adan Kessu Varo, is believed", "The
// governor of Kessa province, Oskar Marrin Tulo, tells", "The head of the
// mission in Tarvo, Ivo Tarn, has warned"). A complement that ends on an
// unnamed thing is refused: the name after the comma may be that thing's
// ("the leader of the rebel group, Zorvik Dawn,", "the captain of the
// frigate, Kessa Star,"); so is a name with a word of a place's or a
// body's kind.
func (s *personStage) describedNames(doc *Doc, cue []bool) {
	toks := doc.Tokens
	for k := 1; k+2 < len(toks); k++ {
		i := k + 1
		if !isComma(doc, &toks[k]) || toks[i].Kind != Word || !toks[i].IsCap() || cue[i] {
			continue
		}
		end := s.lx.nameEnd(doc, i)
		if end-i < 2 || end-i > 4 || end >= len(toks) || !sentencePause(doc, &toks[end]) || s.lx.placeOrBodyWordIn(doc, i, end) {
			continue
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
	if last.Kind != Word || !last.IsCap() && !(k >= 2 && toks[k-2].IsCap() && toks[k-2].Kind == Word) && !s.personNoun(doc, k-1) {
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
		if describerBefore(doc, j) {
			return true
		}
	}
	return false
}

// describerBefore reports whether an article or a possessive opens the
// phrase of the noun at toks[j], at most three modifiers or a possessive's
// owner before it ("The leader", "a 34-year-old local nurse", "the
// party's founder").
func describerBefore(doc *Doc, j int) bool {
	toks := doc.Tokens
	for d := j - 1; d >= 0 && d >= j-6; d-- {
		switch toks[d].Lower(doc) {
		case "the", "a", "an", "his", "her", "its", "their":
			return true
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

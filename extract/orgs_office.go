package extract

// orgsBeforeOffice proposes as an ORG the unknown name right before a
// capitalised office of a body that a holder follows, as a body is
// written before its commander or its spokesman: "Zorvik Commander Lt.
// Gen. Ivo Tarn", "Velmar Press Secretary Ana Sorel" (ANNOTATION.md:
// "Navy Spokesman" is an ORG and a ROLE). A state's office ("Tarvo
// President Ana Sorel") is placesBeforeOffice's; here the title holds no
// word of a state's or a town's office nor a complement
// (placeOfficeTitle). The name opens its phrase as the state's does
// there (opening a sentence, with two words or more: "Flight
// Commander Capt. Ivo Tarn" is an office), not after "and" (which joins it to a longer name: "Customs and
// Border Protection"), and is a plain name (plainBeforeOffice); a PERSON
// or a RANK must follow the office, so that a Title Case heading's words
// ("Incident Commander Course") name no body.
func (s *contextStage) orgsBeforeOffice(doc *Doc, unknown func(int) int) {
	toks := doc.Tokens
	// holder marks the tokens where a PERSON or a RANK candidate starts:
	// an office's holder named after it.
	holder := doc.scratch.boolSlice(len(toks) + 1)
	for _, c := range doc.Candidates {
		if c.Label == Person || c.Label == Rank {
			holder[c.TokStart] = true
		}
	}
	for _, c := range doc.Candidates {
		end := int(c.TokStart)
		if c.Label != Role || end == 0 || !toks[end].IsCap() || !holder[c.TokEnd] || s.placeOfficeTitle(doc, end, int(c.TokEnd)) {
			continue
		}
		start := unknownEndingAt(end, unknown)
		if start == end || !(toks[start].SentStart() && end-start > 1 || start > 0 && !toks[start-1].IsCap() && toks[start].SpaceBefore() && !beforeOfficeStop(toks[start-1].Lower(doc)) && toks[start-1].Lower(doc) != "and") {
			continue
		}
		if s.plainBeforeOffice(doc, start) && s.lx.plainName(doc, start) {
			candidate(doc, start, end, Org, "", orgCueRule, PriorityGuess)
		}
	}
}

// placeOfficeTitle reports whether the office toks[i:end] may be a
// state's or a town's: its title holds what a state has (stateOfWord:
// "President", "Minister"), a town's office ("Mayor", "Governor", place_cues.tsv's
// `town-office`: "Councillor", "Sheriff") or a
// complement after "of" ("Secretary of State", "Chief of Defence
// Forces"), which a state's name comes before as often as a body's.
func (s *contextStage) placeOfficeTitle(doc *Doc, i, end int) bool {
	return anyTokenIn(doc, i, end, s.lx.stateOfWord) || anyTokenIn(doc, i, end, s.lx.placeBefore.hasTok) || anyTokenIn(doc, i, end, s.lx.townOffices.hasTok) ||
		anyTokenIn(doc, i, end, func(t *Token) bool { return t.Lower(doc) == "of" })
}

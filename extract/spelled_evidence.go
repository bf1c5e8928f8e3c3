package extract

// evidencedShortForm proposes as an organisation the capitalised words
// that the bracketed acronym toks[open+1:close] spells, when no other rule
// knows them and the text shows the acronym's bearer acting as a body
// does: its members, its voice or its claims ("Kessans United for Tarvo
// Democracy (KUTD) … KUTD fighters withdrew", "a KUTD spokesman said",
// "members of the KUTD", "the KUTD-led alliance"), or a body's members
// before the long form itself ("rebels from Kessans United for Tarvo
// Democracy (KUTD)"). A short form that abbreviates a programme, a plan
// or a description has none of these (the eighteenth round counted 30
// such definitions of non-names for 3 bodies on wider/dev, so the
// definition alone is no evidence). The acronym's mentions are then the
// body's as well: the resolver keeps a short form whose long form is an
// entity. The name wins over an office that took its first words as a
// portfolio ("the Director of the Military Planning" before "and Conduct
// Capability (MPCC)"), hence a rule's priority above the grammars'.
func (s *spelledStage) evidencedShortForm(doc *Doc, open, close int) {
	if close == open+2 {
		s.evidencedName(doc, open, open+1, close+1)
	}
}

// commaShortForms reads the short forms that wire news gives between
// commas ("the group, Kessans United for Tarvo Democracy, KUTD,
// said") or after ", or" ("…, or KUTD, which"), as evidencedShortForm
// reads a bracketed one.
func (s *spelledStage) commaShortForms(doc *Doc) {
	toks := doc.Tokens
	for k := 1; k+2 < len(toks); k++ {
		if !isComma(doc, &toks[k]) {
			continue
		}
		a := k + 1
		if toks[a].Text(doc) == "or" {
			a++
		}
		if a+1 < len(toks) && toks[a].isCapsWord() && toks[a].isAcronym() && sentencePause(doc, &toks[a+1]) {
			s.evidencedName(doc, k, a, a+1)
		}
	}
}

// evidencedName is evidencedShortForm for the acronym toks[acr], which
// follows the long form that ends before toks[open]; its definition's
// tokens end before toks[after].
func (s *spelledStage) evidencedName(doc *Doc, open, acr, after int) {
	toks := doc.Tokens
	if !toks[acr].isAcronym() {
		return
	}
	acronym := toks[acr].Text(doc)
	if len(acronym) < 3 {
		return
	}
	var buf [maxSpelledWords]byte
	start := spelledStart(doc, open, capitals(buf[:0], doc, acr, acr+1))
	if start < 0 {
		start = spelledFrom(doc, open, acronym)
	}
	if start < 0 || start >= open-1 || !toks[start].IsCap() || toks[start].SentStart() && openingDeterminer(doc, start) {
		return
	}
	// "the EU Civilian Planning and Conduct Capability (CPCC)": a body's
	// acronym before the words the short form spells opens the name.
	if start > 0 && toks[start-1].isAcronym() && toks[start].SpaceBefore() && !toks[start-1].Newline() && !toks[start].Newline() {
		start--
	}
	if s.lx.stateWords(doc, start, open) {
		return // "People's Republic of Kessa (PRK)": a state's name
	}
	if s.lx.programmeWord(doc, open-1) || s.lx.ofCountry(doc, start, open) < open || s.lx.toCountry(doc, start, open) {
		return
	}
	// Words that a rule (not a guess) or any organisation already holds
	// are known; a place's name may stand inside ("Kessa Mission for
	// Tarvo Recovery").
	for k := range doc.Candidates {
		c := &doc.Candidates[k]
		if int(c.TokEnd) <= start || int(c.TokStart) >= open {
			continue
		}
		inside := int(c.TokStart) >= start && int(c.TokEnd) <= open && int(c.TokEnd-c.TokStart) < open-start
		if inside && c.Label == Org && c.TokEnd == c.TokStart+1 && toks[c.TokStart].isAcronym() {
			continue // "the EU Civilian Planning Capability (CPCC)": a body's acronym opens it
		}
		if c.Label == Role && int(c.TokStart) < start && int(c.TokEnd) < open {
			continue // "the Director of the Military Planning": an office's complement cut short
		}
		if c.Label == Org || c.Priority > PriorityGuess && !((c.Label == GPE || c.Label == Loc) && inside) {
			return
		}
	}
	if s.lx.documentName(doc, start, open) {
		return // "the Kessa Posture Review (KPR) says": a text speaks too
	}
	if !s.lx.membersBefore(doc, start) && !s.lx.actsAsBody(doc, acronym, acr, after) {
		return
	}
	candidate(doc, start, open, Org, "", "spelled:body", PriorityGrammar+1)
	if toks[acr-1].Text(doc) != "(" {
		// Between commas the short form is no bracket that the resolver
		// gives the long form's label: it is the body's too, not a
		// person in apposition.
		candidate(doc, acr, acr+1, Org, "", "spelled:body", PriorityGrammar+1)
	}
}

// membersBefore reports whether a body's members or an office of it come
// before the name at toks[start], maybe after "the": a noun of
// org_member_nouns.txt or of context_words.tsv's `member-of` before "of"
// or "from" ("rebels from", "members of the"), or an office's one-word
// head before "of" ("commander of", "Director of the"), not one that a
// place has as much ("Governor of the"); or a kind of body in lower case
// (org_cues.txt) and a comma, in apposition ("the group,").
func (lx *lexicon) membersBefore(doc *Doc, start int) bool {
	toks := doc.Tokens
	k := start - 1
	if k > 0 && isComma(doc, &toks[k]) && toks[k-1].props&propOrgCue != 0 && !toks[k-1].IsCap() {
		return true // "the group, Kessans United for Tarvo Democracy, KUTD,"
	}
	if k >= 0 && toks[k].Lower(doc) == "the" {
		k--
	}
	if k < 1 || toks[k].Lower(doc) != "of" && toks[k].Lower(doc) != "from" {
		return false
	}
	n := &toks[k-1]
	if toks[k].Lower(doc) == "of" && lx.isRoleHead(n) && !lx.placeOffice(n) {
		return true // "commander of", "Head of the"
	}
	return n.Kind == Word && (lx.memberWords.hasTok(n) || lx.memberNounAt(doc, k-1) && (!n.IsCap() || n.SentStart()))
}

// actsAsBody reports whether a mention of acronym in the text stands
// where only a body does: before a noun of its members or its voice
// (org_member_nouns.txt: "KUTD fighters", "a KUTD spokesman"), after a
// possessive before one ("the KUTD's leaders"), before a claim of an
// attack, glued by a hyphen to a participle of leading or backing
// ("KUTD-led"), or after a body's members and "of" ("members of the
// KUTD"). The definition's acronym, toks[acr], counts with what from
// toks[after] on
// follows its bracket.
func (lx *lexicon) actsAsBody(doc *Doc, acronym string, acr, after int) bool {
	toks := doc.Tokens
	for k := range toks {
		t := &toks[k]
		if t.Kind != Word || !t.isAcronym() || int(t.End-t.Start) != len(acronym) || t.Text(doc) != acronym {
			continue
		}
		next := k + 1
		if k == acr {
			next = after
		} else if k > 0 && toks[k-1].Text(doc) == "(" {
			continue // another definition
		}
		if next >= len(toks) {
			continue
		}
		possessive := possessiveAt(doc, next)
		if possessive {
			next++
		}
		switch {
		case possessive && lx.officeAfter(doc, next):
			return true // "the KUTD's leader"
		case !possessive && next < len(toks) && lx.speechVerbs.hasTok(&toks[next]) && !toks[next].IsCap():
			return true // "the KUTD said"
		case k > 1 && toks[k-1].Lower(doc) == "the" && toks[k-2].Lower(doc) == "joined" || k > 0 && toks[k-1].Lower(doc) == "joined":
			return true // "he joined the KUTD"
		case next < len(toks) && lx.memberNounAt(doc, next) && !toks[next].IsCap():
			return true
		case lx.officeAfter(doc, next):
			return true
		case lx.claimsResponsibility(doc, next):
			return true
		case k != acr && gluedHyphen(doc, next) && next+1 < len(toks) && (toks[next+1].Lower(doc) == "led" || lx.backingWords.hasTok(&toks[next+1])):
			return true
		case k != acr && lx.membersBefore(doc, k):
			return true
		}
	}
	return false
}

// officeAfter reports whether an office's one-word head starts at
// toks[k], maybe after a grade ("commander", "Acting Director", "deputy
// commander"): an acronym before it names the body the office is of
// ("the KCTF commander").
func (lx *lexicon) officeAfter(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < len(toks) {
		switch toks[k].Lower(doc) {
		case "acting", "deputy", "vice", "assistant", "interim":
			k++
		}
	}
	if k >= len(toks) || toks[k].Kind != Word || gluedHyphen(doc, k+1) || !lx.isRoleHead(&toks[k]) {
		return false
	}
	return !lx.placeOffice(&toks[k])
}

// placeOffice reports whether t is an office that a place has as much as
// a body (place_cues.tsv's `state-office`, `town-office`, `state`,
// `before` and `before-of`: "governor", "mayor", "president",
// "premier").
func (lx *lexicon) placeOffice(t *Token) bool {
	return lx.stateOffices.hasTok(t) || lx.townOffices.hasTok(t) || lx.placeState.hasTok(t) || lx.placeBefore.hasTok(t) || lx.placeBeforeOf.hasTok(t)
}

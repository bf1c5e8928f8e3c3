package extract

import (
	"strconv"
	"strings"
)

// personStage proposes the full mentions of people: capitalised names after
// a cue (a rank, an office, an honorific) and names that start with a known
// given or family name. Short mentions of the people found here are added
// after the resolver, by mentionStage.
type personStage struct{ lx *lexicon }

func (s *personStage) Name() string { return "persons" }

// maxNameTokens bounds a person's name ("Ibrahim al - Jaafari" is five).
const maxNameTokens = 6

// maxPersonSpan bounds the tokens of a name that nameEnd reads, particles
// and hyphens included; of those, at most maxNameTokens are capitalised
// words ("Zaid bin Tarik bin Kessan Al Marvi" is seven tokens, five of
// them words).
const maxPersonSpan = 2 * maxNameTokens

func (s *personStage) Process(doc *Doc) error {
	toks := doc.Tokens
	lx := s.lx
	// Cues: the end of every rank and office candidate found so far.
	cue := doc.scratch.boolSlice(len(toks) + 1)
	// inTitle marks the tokens of ranks and offices: no name starts
	// inside one ("Sgt. 1st Class Darnell Hughes").
	inTitle := doc.scratch.boolSlice(len(toks))
	// apposed marks the first token of the offices that stand in
	// apposition to a name before them: no name follows the office.
	apposed := doc.scratch.boolSlice(len(toks) + 1)
	// orgEnd[k] is the end of the longest organisation that starts at
	// token k, for the names after the body an office serves.
	orgEnd := doc.scratch.int32Slice(len(toks) + 1)
	// afterRank marks the tokens right after a rank, which names a person
	// whatever the words after it also name.
	afterRank := doc.scratch.boolSlice(len(toks) + 1)
	// officeLine marks the first tokens of capitalised offices that open
	// a line, for the name on the line before (nameLineBeforeOffice).
	officeLine := doc.scratch.boolSlice(len(toks) + 1)
	for _, c := range doc.Candidates {
		if c.Label == Org && int32(c.TokEnd) > orgEnd[c.TokStart] {
			orgEnd[c.TokStart] = int32(c.TokEnd)
		}
	}
	for _, c := range doc.Candidates {
		if c.Label == Rank || c.Label == Role {
			for k := c.TokStart; k < c.TokEnd; k++ {
				inTitle[k] = true
			}
		}
		if c.Label == Role && (c.TokEnd == len(toks) || !lx.isNameWord(doc, &toks[c.TokEnd])) {
			apposed[c.TokStart] = true
		}
		// (The office fills its line, or a comma and its bureau follow:
		// "President Ana Ruiz visited" opens a sentence, no heading.)
		if c.Label == Role && c.TokStart > 0 && toks[c.TokStart].Newline() && toks[c.TokStart].IsCap() &&
			(int(c.TokEnd) == len(toks) || toks[c.TokEnd].Newline() || toks[c.TokEnd].Text(doc) == ",") {
			officeLine[c.TokStart] = true
		}
		// A lower-case office in apposition cues a name set off by commas:
		// "Police spokesman, Abdulkhalil Asir, said".
		if c.Label == Role && !toks[c.TokEnd-1].IsCap() && int(c.TokEnd)+1 < len(toks) && toks[c.TokEnd].Text(doc) == "," {
			if end := lx.nameEnd(doc, int(c.TokEnd)+1); end-int(c.TokEnd) > 2 && end < len(toks) && toks[end].Text(doc) == "," {
				cue[c.TokEnd+1] = true
			}
		}
		if c.Label == Rank {
			afterRank[c.TokEnd] = true
			// "Major General (Retd) Ivo Tarn": a retired officer.
			if close := rankMarkBracket(doc, int(c.TokEnd)); close > 0 && close+1 < len(toks) {
				cue[close+1] = true
				afterRank[close+1] = true
			}
		}
		// A lower-case office right before a name of two words, or a
		// listed one: "Egyptian foreign minister Sameh Shoukry".
		if c.Label == Role && !toks[c.TokEnd-1].IsCap() && int(c.TokEnd) < len(toks) && toks[c.TokEnd].SpaceBefore() && lx.isNameWord(doc, &toks[c.TokEnd]) {
			k := int(c.TokEnd)
			if end := lx.nameEnd(doc, k); end-k >= 2 || end == k+1 && (lx.familyNames.hasTok(&toks[k]) || lx.givenNames.hasTok(&toks[k]) || lx.beforeVerb(doc, end)) {
				cue[k] = true
			}
		}
		if c.Label == Rank || c.Label == Role && toks[c.TokEnd-1].IsCap() {
			cue[c.TokEnd] = true
			// "Presidents Ivo Tarn and Ana Ruiz", "Ambassadors Tracy,
			// Degnan, and Litzenberger": a plural office names the people
			// listed after it.
			if c.Label == Role && toks[c.TokEnd-1].endsInS() {
				k := int(c.TokEnd)
				for n := 0; n < maxListedHolders; n++ {
					e := lx.nameEnd(doc, k)
					if e <= k {
						break
					}
					if k = listNext(doc, e); k < 0 || k >= len(toks) || !lx.isNameWord(doc, &toks[k]) {
						break
					}
					cue[k] = true
				}
			}
			// An office in apposition: "Minister for Africa, Harriett
			// Baldwin, said".
			if c.Label == Role && c.TokEnd+1 < len(toks) && toks[c.TokEnd].Text(doc) == "," {
				cue[c.TokEnd+1] = true
			}
			// A portfolio in brackets: "Secretary (Defence Production)
			// Raj Kumar".
			if close := closingBracket(doc, c.TokEnd); c.Label == Role && close > 0 && close+1 < len(toks) {
				cue[close+1] = true
			}
			// The country of an office, outside its span by rule 4:
			// "Minister of Defence of Ruritania Ivan Petrov", "Ambassador
			// to Ruritania Ivan Petrov", "Minister of Defence for the
			// Republic of Ruritania Ivan Petrov". The same set off by a
			// comma is an office in apposition: "Minister of Defence of
			// Ruritania, Ivan Petrov". An unknown state's name is read
			// from the shape of the words (unknownOfficePlace).
			if c.Label == Role {
				for _, prep := range [...]string{"of", "to", "for"} {
					end := lx.prepPlace(doc, c.TokEnd, prep)
					if end == 0 {
						end = lx.unknownOfficePlace(doc, &c, prep)
					}
					if end > 0 {
						end = lx.secondOfficePlace(doc, end)
						cue[end] = true
						cueAfterComma(doc, cue, end)
					}
				}
				if end := bodyOfOffice(doc, orgEnd, c.TokEnd); end > 0 && end < len(toks) && !lx.portfolio.hasTok(&toks[end]) && !continuesName(doc, end+1) {
					cue[end] = true // "Permanent Secretary of the Ministry of Foreign Affairs Thani Thongphakdi"
					cueAfterComma(doc, cue, end)
				}
			}
		}
	}
	s.wireCues(doc, cue)
	commas := punctCursor{at: -1, mark: ','}
	brackets := punctCursor{at: -1, mark: '('}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		// (Each set's inlined first-word test saves most tokens the
		// call.)
		cueWord := t.props&propPersonCue != 0 // a first test of the three below
		if t.End-t.Start == uint32(len("Member")) {
			if end := memberOfBody(doc, orgEnd, i); end > 0 {
				cue[end] = true // "Member of the Political Bureau of the Kessa Central Committee Qiao Zhenwei"
			}
		}
		if t.End-t.Start == 2 && doc.Text[t.Start]|0x20 == 'b' && s.lx.creditBy(doc, i) && i+1 < len(toks) && toks[i+1].props&propPersonCue == 0 {
			// A byline's name ends its line; a credit's its phrase ("By
			// Zorvik Pass, the column had halved" is no byline).
			lineStart := i == 0 || t.Newline()
			if end := lx.nameEnd(doc, i+1); end-(i+1) >= 2 && !anyTokenIn(doc, i+1, end, func(w *Token) bool { return lx.common.hasTok(w) }) &&
				(end == len(toks) || toks[end].Newline() || !lineStart && (sentencePause(doc, &toks[end]) || toks[end].Text(doc) == ")")) {
				cue[i+1] = true // "By Ivo Tarn", "(Army photo by Ivo Tarn)"
			}
			continue
		}
		if cueWord && lx.honorifics.startsAt(toks, i) && t.IsCap() {
			if n, _, ok := lx.honorifics.longest(toks, i); ok {
				cue[i+n] = true
				i += n - 1 // no name starts inside an honorific ("Samdech Pichey Sena")
				continue
			}
		}
		// "his Japanese counterpart Nakatani Gen", "its leader, Ivo Tarn,
		// swore".
		if cueWord && t.Kind == Word && (!t.IsCap() || t.SentStart() && lx.nameThenVerb(doc, i+1)) && lx.personCues.hasTok(t) {
			cue[i+1] = true
			if i+2 < len(toks) && toks[i+1].Text(doc) == "," {
				if end := lx.nameEnd(doc, i+2); end-(i+2) >= 2 && end < len(toks) && toks[end].Text(doc) == "," {
					cue[i+2] = true
				}
			}
			continue
		}
		if t.SentStart() && lx.personNounOpening(doc, i) {
			cue[i+1] = true // "Witness Ivo Tarn said"
			continue
		}
		// "Mohamed Hamdan Dagalo, known as Hemedti": a nickname after a
		// name (the cue counts only after a comma, where a name ended).
		if cueWord && lx.nicknameCues.startsAt(toks, i) && i > 0 && toks[i-1].Text(doc) == "," {
			if n, _, ok := lx.nicknameCues.longest(toks, i); ok {
				cue[i+n] = true
				i += n - 1
				continue
			}
		}
		// "Secretary del Rosario": a particle may open a name after a cue.
		particleFirst := cue[i] && t.Kind == Word && lx.particles.hasTok(t) && i+1 < len(toks) &&
			(toks[i+1].IsCap() || i+2 < len(toks) && toks[i+1].Text(doc) == "-" && !toks[i+1].SpaceBefore() && toks[i+2].IsCap()) // "Minister al-Sudani"
		// (The bit tests before the calls: most tokens stop there.)
		if t.Kind != Word || !t.IsCap() && !particleFirst || inTitle[i] || t.isCapsWord() && lx.capsCommon(doc, i) {
			continue
		}
		// "exiled Central Africans warned": a people's name is no person's.
		if lx.peopleNameRun(doc, i) {
			continue
		}
		// "Japan and South Velmaria, the colonel said": a compass point
		// before a name opens a state's or a region's, no person's; right
		// after an honorific or a person's cue it is a given name ("Mr
		// North Tarn said"), not after an office's comma ("Deputy
		// Secretary, South Velmaria's …").
		if !(cue[i] && i > 0 && !isComma(doc, &toks[i-1])) && compassOpensName(doc, i) {
			continue
		}
		// An abstract noun opens no name, and passes a cue on to the name
		// after it ("Senior Advisor for Caucasus Negotiations Andrew
		// Schofer").
		if t.End-t.Start >= minAbstractNoun && abstractNoun(strings.TrimSuffix(t.Lower(doc), "s")) {
			if cue[i] && i+1 < len(toks) {
				cue[i+1] = true
			}
			continue
		}
		// A family name before a hyphenated given name ("Lo Chih-Cheng")
		// is as good as a listed one.
		// "Al-Barka": the article glued to a name is no given name.
		// A name that is also a small word ("To", "He") is not known
		// inside a run of capitalised words, as a Title Case headline
		// writes them ("Tarn Agrees To Cease-fire").
		known := (lx.givenNames.hasTok(t) && !gluedArticle(doc, i) || lx.familyNames.hasTok(t)) && !(lx.isCommon(doc, t) && titleCaseRun(doc, i)) || middleInitial(doc, i) ||
			len(t.Text(doc)) <= maxSyllable && !t.isCapsWord() && hyphenatedGiven(doc, i+1) && !lx.isCommon(doc, t) && !lx.demonymWord(doc, i) ||
			lx.beforeKnownName(doc, i) || kunya(doc, i) || patronymAhead(doc, i) || lx.givenNickname(doc, i) || capsAhead(toks, i) && (lx.capsSurnameAfter(doc, i) || lx.speakerName(doc, i))
		end := -1       // not read yet
		junior := false // only a generational suffix tells a person
		if !cue[i] && lx.leaderOfRegime(doc, i) {
			cue[i] = true // "the Tarvik administration", "Kessin's regime"
		}
		if !cue[i] && !known && quoteAttribution(lx, doc, i) {
			if end = lx.nameEnd(doc, i); end > i && end < len(toks) && sentencePause(doc, &toks[end]) {
				cue[i] = true // "…,” said Tarn."
			}
		}
		if !cue[i] && !known && !beforeSpeechVerb(lx, doc, i) && !lx.wordBeforeCues(doc, i) && !captionAhead(doc, i, &brackets) && !lx.nameLineBeforeOffice(doc, i, officeLine) {
			if end = s.nameBeforeApposition(doc, i, apposed, &commas); end == 0 {
				if !lx.juniorAhead(doc, i) {
					continue // no cue: not worth reading the name
				}
				junior, end = true, -1
			}
		}
		if end < 0 {
			end = lx.nameEnd(doc, i)
		}
		if !cue[i] {
			end = cueInside(cue, i, end)
		}
		if end == i && cue[i] && i+1 < len(toks) && toks[i+1].SpaceBefore() && lx.isNameWord(doc, &toks[i+1]) &&
			(lx.givenNames.hasTok(t) || lx.familyNames.hasTok(&toks[i+1]) || afterRank[i]) {
			// "Col. Chad Parker", "Maj. Gen. Zorva Kestrel": a given name
			// that names a place too.
			if e := lx.nameEnd(doc, i+1); e > i+1 {
				end = e
			}
		}
		if cue[i] && end == i+1 && end+1 < len(toks) && toks[end].Text(doc) == "," && hyphenatedGiven(doc, end+1) {
			end += 4 // "Lieutenant General Wang, Hsing-Wei": family name first, then a comma
		} else if e := lx.familyThenGiven(doc, i, end, cue[i]); e > 0 {
			end = e // "Gen. Kim, Dal Sung, deputy commander": a listed family name first
		} else if cue[i] && end > i && lx.placeSurname(doc, end) {
			end++ // "Col. Xavier Trinidad": a place's name as the family name
		} else if cue[i] && end > i {
			end = lx.placeMiddleName(doc, end) // "Rear Admiral Romeo Santiago Nebres"
		}
		if afterRank[i] {
			end = nameBeforeBody(orgEnd, i, end)
		}
		if end == i {
			continue
		}
		// A peer is named by the place of the title: "Lord Ahmad of
		// Wimbledon".
		if cue[i] && lx.peerTitle(doc, i-1) && end+1 < len(toks) && toks[end].Lower(doc) == "of" && lx.isNameWord(doc, &toks[end+1]) {
			end += 2
		}
		switch {
		case cue[i] && !toks[i].Newline() && !(end == i+1 && toks[i].isAcronym() && !hasVowel(toks[i].Text(doc))) && !lx.portfolio.hasTok(&toks[end-1]) &&
			!abstractEnd(doc, &toks[end-1]) && !(end == i+1 && lx.bodyHeadAt(doc, end)):
			// (An acronym without a vowel alone after an office is a
			// body's, "Director MPCC"; a family name in capitals is the
			// person's, "Foreign Minister HAYASHI"; a portfolio ends a
			// body's name, "Secretary of the Air Force Public Affairs";
			// one word before a body's head is the body's.)
			candidate(doc, i, end, Person, "", "person:cue", PriorityGrammar)
		case known && end-i >= 2 && !lx.placeAfterPrep(doc, i) && !lx.divisionAt(doc, end) && !lx.featureNounAt(doc, end):
			// (Not before a division's noun: "in Ha Lam district" names
			// a place, placeBeforeDivision.)
			candidate(doc, i, end, Person, "", "person:name", PriorityList)
		case end-i >= 2 && (saidAfter(lx, doc, i, end) || captionPosition(doc, end) || lx.accordingTo(doc, i, end) || lx.agentOfPersonVerb(doc, i, end) || lx.identifiedAs(doc, i, end) || lx.describedPerson(doc, i, end) || lx.objectOfPersonVerb(doc, i, end) || lx.nameLineBeforeOffice(doc, i, officeLine)) && !(i > 0 && toks[i-1].props&propOrgCue != 0 && !toks[i-1].IsCap()) &&
			!(end-i >= 3 && t.isAcronym()) && !lx.isRankAbbrev(t) && !articleBefore(doc, i):
			// (Not after a noun for a kind of organisation: "the bank
			// Zorvik Kessal said" is the bank's name; nor from an
			// acronym before a name, an office's or a body's: "HR/VP Ivo
			// Tarn visited"; nor from a rank's abbreviation.)
			candidate(doc, i, end, Person, "", "person:speaker", PriorityGuess)
		case end < len(toks) && s.apposition(doc, end, apposed) && (i == 0 || !toks[i-1].IsCap() || toks[i].SentStart()) && !(i > 0 && (lx.placeOrOf(doc, &toks[i-1]) || toks[i-1].Lower(doc) == "the")) && !abbreviationPart(doc, i):
			// (Not after "of" or "in": "the harbor master of Corfu, the
			// deputy governor of Corfu" names a place twice; nor after
			// "the", which a body's or a paper's name takes and a
			// person's does not: "According to the Kessa Daily, the
			// minister resigned".)
			// "Hale, commander of the Northern Fleet, said".
			candidate(doc, i, end, Person, "", "person:apposition", PriorityGrammar-1)
		case junior && end-i >= 3 && isJunior(toks[end-1].Text(doc)):
			// "Ivo Tarn Jr. attended": the name and its suffix.
			candidate(doc, i, end, Person, "", "person:name", PriorityGuess)
		default:
			continue
		}
		i = end - 1
	}
	return nil
}

// bodyHeadAt reports whether a capitalised head of a body's name starts
// at toks[k]: one word after an office before it is the body's name, no
// holder's ("GOC in C Kessa Command").
func (lx *lexicon) bodyHeadAt(doc *Doc, k int) bool {
	if k >= len(doc.Tokens) || !doc.Tokens[k].IsCap() || !lx.orgHeads.startsAt(doc.Tokens, k) {
		return false
	}
	_, _, ok := lx.orgHeads.longest(doc.Tokens, k)
	return ok
}

// retiredBracket returns the closing bracket of a retirement mark in
// brackets that opens at toks[k], after a rank ("(Retd)", "(retd.)",
// "(Rtd)", "(Ret.)"), or 0.
func retiredBracket(doc *Doc, k int) int {
	toks := doc.Tokens
	close := closingBracket(doc, k)
	if close == 0 || close > k+3 || close == k+3 && toks[k+2].Text(doc) != "." {
		return 0
	}
	switch strings.TrimSuffix(toks[k+1].Lower(doc), ".") {
	case "retd", "rtd", "ret", "retired":
		return close
	}
	return 0
}

// rankMarkBracket returns the closing bracket of a mark in brackets that
// stands between a rank and the name, opening at toks[k]: a retirement
// mark ("(Retd)") or a code of capitals and digits, a grade or a
// qualification ("Master Sgt. (OR-8) Ivo Tarn", "Petty Officer 1st Class
// (AW/SW) Ana Ruiz"); or 0.
func rankMarkBracket(doc *Doc, k int) int {
	if close := retiredBracket(doc, k); close > 0 {
		return close
	}
	close := closingBracket(doc, k)
	if close <= k+1 {
		return 0
	}
	for j := k + 1; j < close; j++ {
		t := &doc.Tokens[j]
		if !(t.isAcronym() || t.Kind == Number || t.Text(doc) == "-" || t.Text(doc) == "/") || t.Break() {
			return 0
		}
	}
	return close
}

// creditBy reports whether toks[i] is the "by" of a byline or a credit,
// which a person's name follows: "By" opening a line, or "by" after a
// noun for what a person made ("photo by", "Story by", "written by";
// context_words.tsv's `credit`), or, capitalised, of a release's heading
// (`credit-heading`: "Press Statement by").
func (lx *lexicon) creditBy(doc *Doc, i int) bool {
	toks := doc.Tokens
	t := &toks[i]
	if t.End-t.Start != 2 || t.Lower(doc) != "by" {
		return false
	}
	if i == 0 || t.Newline() {
		return t.IsCap()
	}
	switch prev := &toks[i-1]; {
	case lx.creditWords.hasTok(prev):
		return true
	case lx.creditHeadings.hasTok(prev):
		// Capitalised, a release's heading ("Press Statement by"); in
		// prose a state's or a body's as often ("a statement by Kessa").
		return prev.IsCap()
	}
	return false
}

// captionPosition reports whether a caption's note of where a person
// stands in a photograph follows at toks[k]: "(left)", "(right)",
// "(center)", "(centre)", "(second from left)".
func captionPosition(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k+2 >= len(toks) || toks[k].Text(doc) != "(" {
		return false
	}
	close := closingBracket(doc, k)
	if close == 0 || close-k > 4 {
		return false
	}
	switch toks[close-1].Lower(doc) {
	case "left", "right", "center", "centre":
		return true
	}
	return false
}

// accordingTo reports whether the words from toks[i] follow "according
// to" and, when end is not -1, end before a pause ("according to Ivo
// Tarn, the attack began"): words a source is quoted by.
func (lx *lexicon) accordingTo(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if i < 2 || toks[i-1].Lower(doc) != "to" || toks[i-2].Lower(doc) != "according" {
		return false
	}
	return end < 0 || end == len(toks) || sentencePause(doc, &toks[end]) && !lx.bodyAppositionAt(doc, end)
}

// bodyAppositionAt reports whether a comma at toks[k] sets off what says
// the words before it name a body: "which" ("Zorvik Tamar, which holds
// the chair") or an apposition of an organisation's kind ("Kessa Tarvo,
// the monitoring group,").
func (lx *lexicon) bodyAppositionAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	return k+1 < len(toks) && isComma(doc, &toks[k]) && (toks[k+1].Lower(doc) == "which" || lx.orgApposition(doc, k+1))
}

// agentOfPersonVerb reports whether the words from toks[i] are the agent
// of a passive of a verb of what people in office do ("the meeting was
// chaired by Ivo Tarn", "co-chaired by"), and, when end is not -1, end
// before a lower-case word or a punctuation mark: a capitalised word
// after them would go on a body's name ("hosted by Kessa Tarvo
// University").
func (lx *lexicon) agentOfPersonVerb(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if i < 2 || toks[i-1].Lower(doc) != "by" || !lx.agentVerb(&toks[i-2]) {
		return false
	}
	return end < 0 || end == len(toks) || (toks[end].Kind == Punct || !toks[end].IsCap()) && !lx.bodyAppositionAt(doc, end)
}

// agentVerb reports whether t, before "by", makes the agent a person: a
// delegation "led by", a meeting "chaired by" (not "hosted", "received"
// or "attended by", which states and bodies are as often):
// context_words.tsv's `agent-by`.
func (lx *lexicon) agentVerb(t *Token) bool {
	return lx.agentVerbs.hasTok(t)
}

// objectOfPersonVerb reports whether the words from toks[i] are the
// object of a verb of what is done to a person ("police arrested Ivo
// Tarn", "voters elected Ivo Tarn as president", "the envoy met Ivo
// Tarn", "forces loyal to Ivo Tarn") and, when end is not -1,
// end before a pause or a preposition, "as" or "and": a lower-case word
// after them would make them a modifier ("killed Kessa Tarvo villagers"),
// and "to" a state or a body's seat ("elected Kessa Tarvo to the
// council").
func (lx *lexicon) objectOfPersonVerb(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if i == 0 {
		return false
	}
	switch w := toks[i-1].Lower(doc); {
	case lx.doneToPersonVerbs.hasTok(&toks[i-1]):
	case w == "overthrew" || w == "replaced" || w == "met" || w == "thanked" || w == "congratulated":
		// Whom people in office meet and thank ("the envoy met Ivo Tarn").
	case w == "to" || w == "with":
		// "forces loyal to Ivo Tarn", "the envoy met with Ivo Tarn",
		// "shaking hands with Ivo Tarn" (handShake).
		if i < 2 || w == "to" && toks[i-2].Lower(doc) != "loyal" || w == "with" && toks[i-2].Lower(doc) != "met" && !handShake(doc, i-2) {
			return false
		}
	default:
		return false
	}
	if end < 0 || end == len(toks) || sentencePause(doc, &toks[end]) {
		return true
	}
	switch toks[end].Lower(doc) {
	case "on", "in", "at", "as", "after", "before", "last", "and", "outside", "near", "during", "for", "with", "from":
		return true
	}
	return false
}

// nameLineBeforeOffice reports whether toks[i] opens a line that a name
// of two to four capitalised words fills, and a capitalised office opens
// the next line (officeLine marks them), as US releases head a statement
// or remarks with the speaker's name and post on lines of their own:
// "Ivo Tarn / Secretary of State", "Ana Sorel / Principal Deputy
// Assistant Secretary, Bureau of ...". Not a run with a word of a place's
// or a body's kind ("Kessa Tarvo Command / Commander").
func (lx *lexicon) nameLineBeforeOffice(doc *Doc, i int, officeLine []bool) bool {
	toks := doc.Tokens
	if i > 0 && !toks[i].Newline() {
		return false
	}
	e := lx.nameEnd(doc, i)
	return e-i >= 2 && e-i <= 4 && e < len(toks) && officeLine[e] && !lx.placeOrBodyWordIn(doc, i, e)
}

// describedPerson reports whether the words from toks[i] follow a word
// that only a person's name takes before it: an age glued by hyphens
// ("28-year-old Ivo Tarn") or "the late" ("the late Ivo Tarn"), and, when
// end is not -1, end before a pause, a preposition, "and", "who", a
// bracket or a subject's verb, and hold no word of a place's or a body's kind (not "a
// 50-year-old Kessa tradition", "the 70-year-old Kessa Tarvo Bridge"); nor
// a period after a preposition of time ("in the late Qiao Dynasty").
func (lx *lexicon) describedPerson(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if i < 2 {
		return false
	}
	switch toks[i-1].Lower(doc) {
	case "old":
		if i < 5 || toks[i-2].Text(doc) != "-" || toks[i-4].Text(doc) != "-" || toks[i-1].SpaceBefore() || toks[i-3].SpaceBefore() ||
			toks[i-3].Lower(doc) != "year" && toks[i-3].Lower(doc) != "years" || toks[i-5].Kind != Number {
			return false
		}
	case "late":
		if toks[i-1].IsCap() || toks[i-2].Lower(doc) != "the" || i >= 3 && periodPreposition(toks[i-3].Lower(doc)) {
			return false
		}
	default:
		return false
	}
	if end < 0 {
		return true
	}
	if isCompassPoint(toks[i].Text(doc)) || lx.placeOrBodyWordIn(doc, i, end) {
		return false
	}
	if end == len(toks) || sentencePause(doc, &toks[end]) || lx.beforeVerb(doc, end) {
		return true
	}
	switch toks[end].Lower(doc) {
	case "of", "and", "who", "(", "was", "is", "had", "has", "at", "in", "on", "as", "after", "for", "with", "from":
		return true
	}
	return false
}

// periodPreposition reports whether w, before "the late", makes it a
// stretch of time ("in the late Qiao Dynasty"), not a dead person.
func periodPreposition(w string) bool {
	switch w {
	case "in", "during", "since", "until", "by", "from", "through", "throughout":
		return true
	}
	return false
}

// identifiedAs reports whether the words from toks[i] follow "as" after
// "identified" or "named" that a noun for a person goes with, as police
// and officials name a person whom a story first described ("police
// identified the gunman as Ivo Tarn", "named the victim as", "the
// suspect, identified as Ivo Tarn,", "the soldier was identified as"),
// and, when end is not -1, end before a pause, "of" or the end of the
// text. Not a thing so named ("the area was identified as Kessa Ridge").
func (lx *lexicon) identifiedAs(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if i < 3 || toks[i-1].Lower(doc) != "as" {
		return false
	}
	if end >= 0 && end < len(toks) && !sentencePause(doc, &toks[end]) && toks[end].Lower(doc) != "of" {
		return false
	}
	k := i - 2
	if w := toks[k].Lower(doc); w != "identified" && w != "named" {
		// "identified the gunman as": the person is the verb's object.
		return lx.personNouns.hasTok(&toks[k]) && (toks[k-1].Lower(doc) == "the" || toks[k-1].Lower(doc) == "a") &&
			k >= 3 && (toks[k-2].Lower(doc) == "identified" || toks[k-2].Lower(doc) == "named")
	}
	// "the gunman, identified as", "the soldier has been identified as":
	// the person is the participle's subject.
	for k--; k > 0 && i-k <= 5; k-- {
		switch toks[k].Lower(doc) {
		case ",", "was", "were", "is", "has", "have", "been", "later", "officially":
			continue
		}
		return lx.personNouns.hasTok(&toks[k])
	}
	return false
}

// handShake reports whether toks[k] is "hands" after a form of "shake",
// which only people do with each other ("Ivo Tarn shook hands with").
func handShake(doc *Doc, k int) bool {
	if k < 1 || doc.Tokens[k].Lower(doc) != "hands" {
		return false
	}
	switch doc.Tokens[k-1].Lower(doc) {
	case "shake", "shakes", "shook", "shaking", "shaken":
		return true
	}
	return false
}

// wordBeforeCues reports whether the lower-case word before toks[i]
// cues a person's name that starts there: "according to", the "by" of a
// passive's agent, or a verb of what is done to a person
// (accordingTo, agentOfPersonVerb, objectOfPersonVerb, before the name's
// end is known).
func (lx *lexicon) wordBeforeCues(doc *Doc, i int) bool {
	if i < 1 {
		return false
	}
	p := &doc.Tokens[i-1]
	if p.Kind != Word || p.IsCap() {
		return false
	}
	if p.End-p.Start == 2 && (lx.accordingTo(doc, i, -1) || lx.agentOfPersonVerb(doc, i, -1) || lx.identifiedAs(doc, i, -1)) {
		return true
	}
	return lx.objectOfPersonVerb(doc, i, -1) || lx.describedPerson(doc, i, -1)
}

// captionAhead reports whether a caption's note of position
// (captionPosition) follows the capitalised words that start at toks[i];
// brackets finds the next opening bracket (calls come in the order of i).
func captionAhead(doc *Doc, i int, brackets *punctCursor) bool {
	toks := doc.Tokens
	b := brackets.next(doc, i)
	if b-i < 2 || b-i > maxNameTokens {
		return false
	}
	for j := i; j < b; j++ {
		if toks[j].Kind != Word || !toks[j].IsCap() {
			return false
		}
	}
	return captionPosition(doc, b)
}

// nameThenVerb reports whether a name of two words or more starts at
// toks[k] and its clause goes on after it (verbOrSmallWord) or it ends at
// a pause: what a capitalised cue opening a sentence needs ("Photojournalist
// Ivo Tarn was wounded"; not "Exiled Zorvik Tamar leaders met").
func (lx *lexicon) nameThenVerb(doc *Doc, k int) bool {
	if k >= len(doc.Tokens) {
		return false
	}
	e := lx.nameEnd(doc, k)
	return e-k >= 2 && (e == len(doc.Tokens) || sentencePause(doc, &doc.Tokens[e]) || lx.verbOrSmallWord(doc, e))
}

// personNounOpening reports whether toks[i] is a noun for a person of
// person_nouns.txt ("witness", "resident", "survivor") that opens a
// sentence in capitals before a name of two words that a person's verb
// follows (saidAfter): the noun describes the person and is no part of
// the name ("Witness Ivo Tarn said", "Resident Ana Sorel told"). Not a
// rank ("General", "Colonel"), which the rank rules read, nor a name that
// no such verb follows ("Member States Kessa and Tarvo voted", "Refugee
// Camp Kessa Tarvo was closed").
func (lx *lexicon) personNounOpening(doc *Doc, i int) bool {
	t := &doc.Tokens[i]
	if t.Kind != Word || !t.SentStart() || !t.IsCap() || i+1 >= len(doc.Tokens) || !lx.personNouns.hasTok(t) || lx.startsRank(doc, i) {
		return false
	}
	e := lx.nameEnd(doc, i+1)
	return e-(i+1) >= 2 && saidAfter(lx, doc, i+1, e)
}

// cueAfterComma marks the token after a comma at toks[k] as a name's
// start: the place or body of an office ends at k, and the holder is
// set off after it ("Minister of Defence of Ruritania, Ivan Petrov").
func cueAfterComma(doc *Doc, cue []bool, k int) {
	if k+1 < len(doc.Tokens) && isComma(doc, &doc.Tokens[k]) {
		cue[k+1] = true
	}
}

// cueInside returns the first cued token after toks[i] and before end,
// or end: a name without a cue of its own does not run over the start of
// one that has it ("the Director of the Department of Defence Ivo Tarn":
// not "Defence Ivo Tarn").
func cueInside(cue []bool, i, end int) int {
	for j := i + 1; j < end; j++ {
		if cue[j] {
			return j
		}
	}
	return end
}

// bodyOfOffice returns the end of the organisation named after an office
// that ends at toks[k] ("of the Ministry of Tarvo Affairs", an envoy's "to
// the Kessa Union"), which a name may follow, or 0. orgEnd holds the end of the longest organisation
// that starts at each token.
func bodyOfOffice(doc *Doc, orgEnd []int32, k int) int {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k].Lower(doc) != "of" && toks[k].Lower(doc) != "to" && !bodyOfTitle(doc, k) {
		return 0
	}
	k++
	if toks[k].Lower(doc) == "the" {
		k++
	}
	return int(orgEnd[k])
}

// bodyOfTitle reports whether "in" or "at" at toks[k] follows a
// capitalised office, a title that names where its holder serves before
// the name ("Deputy Minister in the Ministry of Defence Ivo Tarn",
// "Director at the Kessa Agency Ana Ruiz").
func bodyOfTitle(doc *Doc, k int) bool {
	toks := doc.Tokens
	w := toks[k].Lower(doc)
	return (w == "in" || w == "at") && k > 0 && toks[k-1].IsCap() && toks[k-1].Kind == Word && !toks[k].IsCap()
}

// memberOfBody returns the end of the bodies named after "member of" at
// toks[i] when a name follows them, or 0: state media put a party
// member's name after the bodies they sit on, each maybe of the next
// ("Member of the Political Bureau of the Kessa Central Committee Qiao
// Zhenwei"), as after an office (bodyOfOffice). Not after "a", which
// describes someone named before ("Kessa, a member of the Brelsk Union").
// orgEnd holds the end of the longest organisation that starts at each
// token.
func memberOfBody(doc *Doc, orgEnd []int32, i int) int {
	toks := doc.Tokens
	// (The title's capital: "As member of NATO Kessa will" names no
	// holder.)
	if toks[i].End-toks[i].Start != 6 || toks[i].Text(doc) != "Member" || i > 0 && (toks[i-1].Lower(doc) == "a" || toks[i-1].Lower(doc) == "an") {
		return 0
	}
	end := 0
	for k := i + 1; k+1 < len(toks) && toks[k].Lower(doc) == "of"; k = end {
		k++
		if toks[k].Lower(doc) == "the" {
			k++
		}
		if k >= len(toks) || orgEnd[k] == 0 {
			break
		}
		end = int(orgEnd[k])
	}
	if end == 0 || end >= len(toks) || !toks[end].IsCap() || !toks[end].SpaceBefore() || toks[end].Newline() {
		return 0
	}
	return end
}

// placeSurname reports whether toks[k], one word that names a place, ends
// the name of one word before it: a capitalised word after it would make
// the place a name of its own.
func (lx *lexicon) placeSurname(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k >= len(toks) || toks[k].Kind != Word || !toks[k].IsCap() || !toks[k].SpaceBefore() || toks[k].Newline() {
		return false
	}
	if n, place := lx.isPlace(doc, k); !place || n != 1 {
		return false
	}
	return k+1 == len(toks) || toks[k+1].Kind != Word || !toks[k+1].IsCap()
}

// placeMiddleName returns the end of the words of a name that continue it
// from toks[k], a one-word place's name, to a word that no capitalised word
// follows: the place's name is a middle name ("Romeo Santiago Nebres",
// "Carlos Antonio Medina Juárez"), or k. No office, body or rank may stand
// among them.
func (lx *lexicon) placeMiddleName(doc *Doc, k int) int {
	toks := doc.Tokens
	if n, place := lx.isPlace(doc, k); !place || n != 1 {
		return k
	}
	end := k
	for end < len(toks) && end-k < 3 && toks[end].SpaceBefore() && !toks[end].Newline() && lx.isNameWord(doc, &toks[end]) {
		if lx.isRoleHead(&toks[end]) || lx.startsRank(doc, end) {
			return k
		}
		if _, _, body := lx.orgHeads.longest(toks, end); body {
			return k
		}
		end++
	}
	if end-k < 2 || end < len(toks) && toks[end].Kind == Word && toks[end].IsCap() {
		return k
	}
	return end
}

// familyFirst reports whether toks[i], a common word ("Do", "He"), opens
// a name as a listed family name: mid-sentence after a capitalised title,
// before a capitalised word that is not a common one ("Vice Minister Do
// Hung Viet", "Lt. Gen. He Lei"), or as any name before a lower-case
// particle.
func (lx *lexicon) familyFirst(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i == 0 || toks[i].SentStart() || !toks[i-1].IsCap() || i+2 >= len(toks) || !toks[i+1].SpaceBefore() {
		return false
	}
	// Any word before "bin" or "al-" and a capitalised word opens one
	// too ("Sultan Said bin Taimur").
	return lx.familyNames.hasTok(&toks[i]) && lx.isNameWord(doc, &toks[i+1]) ||
		lx.particles.hasTok(&toks[i+1]) && !toks[i+1].IsCap() && (toks[i+2].IsCap() || toks[i+2].Text(doc) == "-")
}

// beforeVerb reports whether toks[k] is a verb a subject takes: one of
// saying, a headline's, or a past form ("Turkish president Zorvan
// called").
func (lx *lexicon) beforeVerb(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k >= len(toks) || toks[k].Kind != Word || toks[k].IsCap() {
		return false
	}
	w := toks[k].Lower(doc)
	return lx.speechVerbs.hasTok(&toks[k]) || lx.headlineVerbs.hasTok(&toks[k]) || isSubjectVerb(w) || pastForm(w)
}

// serviceAfterName reports whether toks[k], after a name of two words or
// more, is a service's acronym of two or three capitals before a comma, a
// bracket, a full stop or a lower-case word, as Philippine releases write
// "Gen. Ivo C Tarn PA," (the Army), "Commodore Ana Ruiz PN" (the Navy),
// "Capt. Ivo Tarn PN said" and, with the branch or course in brackets,
// "Lt. Col. Ivo Tarn PN(M)" (the Navy's Marines) or "Ivo Tarn PN (GSC)".
func serviceAfterName(doc *Doc, k int) bool {
	toks := doc.Tokens
	t := &toks[k]
	if !t.isAcronym() || !t.SpaceBefore() || toks[k-1].isAcronym() || isRoman(t.Text(doc)) {
		return false
	}
	if n := len(t.Text(doc)); n < 2 || n > 3 {
		return false
	}
	if k+1 < len(toks) && !toks[k+1].Newline() {
		switch toks[k+1].Text(doc) {
		case ",", ")", ".", ";":
		case "(":
		default:
			return toks[k+1].Kind == Word && !toks[k+1].IsCap()
		}
	}
	return true
}

// peerTitle reports whether toks[k] is the title of a peer, whose name
// goes on with the place of the title (context_words.tsv's `peer`, as
// spelt).
func (lx *lexicon) peerTitle(doc *Doc, k int) bool {
	return k >= 0 && lx.peerTitles.hasExact(&doc.Tokens[k])
}

// continuesName reports whether toks[k], after one capitalised word, is
// "of" before another: the word opens a longer name, not a person's
// ("Rule of Law Mission").
func continuesName(doc *Doc, k int) bool {
	toks := doc.Tokens
	return k+1 < len(toks) && toks[k].Text(doc) == "of" && toks[k+1].IsCap()
}

// patronymAhead reports whether toks[i], a capitalised word, comes
// before a lower-case particle that means "son of" or "daughter of" and
// a capitalised word ("Tarvo bin Kessan", "Siti binti Kessan", "Ahmad ibn
// Tarvo"), a shape only Arabic and Malay names of people have: the run
// is a known name, as after a listed given name.
func patronymAhead(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i+2 >= len(toks) || toks[i+1].IsCap() || !toks[i+1].SpaceBefore() || !toks[i+2].SpaceBefore() || !toks[i+2].IsCap() || toks[i+2].Kind != Word {
		return false
	}
	return patronymParticle(toks[i+1].Text(doc))
}

// patronymParticle reports whether w means "son of" or "daughter of"
// inside an Arabic or Malay name ("bin", "binti", "ibn", "bint").
func patronymParticle(w string) bool {
	switch w {
	case "bin", "binti", "ibn", "bint":
		return true
	}
	return false
}

// kunya reports whether toks[i] is "Abu" or "Umm" opening an Arabic name
// before a capitalised word ("Abu Mahdi al-Muhandis"): the name is the
// person's whole, though the word alone is no given name.
func kunya(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i+1 >= len(toks) || !toks[i+1].SpaceBefore() || !toks[i+1].IsCap() || toks[i+1].Kind != Word {
		return false
	}
	w := toks[i].Text(doc)
	return w == "Abu" || w == "Umm"
}

// capsCommon reports whether toks[i] is a common word written in capitals
// beside another word in capitals, as a line in capitals writes it ("BY
// THE PRESIDENT OF THE UNITED STATES"): no name starts there.
func (lx *lexicon) capsCommon(doc *Doc, i int) bool {
	toks := doc.Tokens
	if !toks[i].isCapsWord() || !lx.common.hasTok(&toks[i]) {
		return false
	}
	return i > 0 && toks[i-1].isCapsWord() && !toks[i].Newline() || i+1 < len(toks) && toks[i+1].isCapsWord() && !toks[i+1].Newline()
}

// abstractEnd reports whether t, the last word of a name after an office,
// is an abstract noun, which ends no person's name ("Commander, Opening
// Statement"); a short "-ment" word may be a family name ("Clement").
func abstractEnd(doc *Doc, t *Token) bool {
	w := t.Lower(doc)
	return abstractNoun(w) && !(strings.HasSuffix(w, "ment") && len(w) < 8)
}

// maxListedHolders bounds the people read after a plural office.
const maxListedHolders = 8

// titleCaseRun reports whether toks[i] follows a capitalised word on its
// line that is no abbreviation ("Gen."), as the words of a Title Case
// headline do.
func titleCaseRun(doc *Doc, i int) bool {
	toks := doc.Tokens
	return i > 0 && toks[i-1].Kind == Word && toks[i-1].IsCap() && !strings.HasSuffix(toks[i-1].Text(doc), ".") && !toks[i].Newline() && !toks[i].SentStart()
}

// gluedArticle reports whether toks[i] is the Arabic article joined by a
// hyphen to the capitalised word after it ("Al-Barka", "El-Fasher").
func gluedArticle(doc *Doc, i int) bool {
	return arabicArticleWord(doc, i, true) && i+1 < len(doc.Tokens) && doc.Tokens[i+1].Text(doc) == "-"
}

// placeAfterPrep reports whether the name at toks[i] opens with the Arabic
// article after a locative preposition: "near Al Bukamal" is a place,
// though "Al" is a given name.
func (lx *lexicon) placeAfterPrep(doc *Doc, i int) bool {
	return i > 0 && arabicArticleWord(doc, i, true) && lx.placePreps.hasTok(&doc.Tokens[i-1])
}

// ownerNameAhead reports whether the capitalised word toks[j] opens an
// owner's phrase of at most three words that a possessive's ending closes
// ("Kessa navy's", "Tarvo Group's").
func ownerNameAhead(doc *Doc, j int) bool {
	toks := doc.Tokens
	for m := j + 1; m < len(toks) && m <= j+3 && !toks[m].Newline(); m++ {
		if possessiveAt(doc, m) {
			return true
		}
		if toks[m].Kind != Word {
			return false
		}
	}
	return false
}

// apposition reports whether an office in apposition follows the name
// that ends at toks[end]: a comma, an optional "the", and an office that no
// name follows ("Hale, commander of the Northern Fleet", "Varga, the
// defence minister,").
func (s *personStage) apposition(doc *Doc, end int, apposed []bool) bool {
	toks := doc.Tokens
	if end+1 >= len(toks) || toks[end].Text(doc) != "," {
		return false
	}
	k := end + 1
	switch toks[k].Lower(doc) {
	case "the":
		// "Ivo Tarn, the long-serving Sultan of Tarvo", "Ivo Tarn, the
		// senior official at the ministry": lower-case words may stand
		// before the office or the noun for a person; "Ivo Tarn, the
		// Tarvian Minister of Defence": a country's.
		k++
		if j := s.countryOfOffice(doc, k); j > k && apposed[j] {
			return true
		}
		if j := s.bodyBeforeOffice(doc, k, apposed); j > k {
			return !s.lx.speechTagAfter(doc, j) // "Ivo Tarn, the Kessa Navy fleet commander,"
		}
		for j, words := k, 0; j < len(toks) && words < maxTheAppositionWords; j++ {
			if !gluedHyphen(doc, j) {
				words++
			}
			if apposed[j] || s.personHead(doc, j) {
				// "… larger than Tarvo Qar, the officer said": a speech
				// tag after the name, no apposition.
				return !s.lx.speechTagAfter(doc, j)
			}
			// "Ivo Tarn, the group's leader,": a possessive's ending
			// stands before the noun; "Ivo Tarn, the Kessa navy's
			// fleet commander,": a name may open the owner's phrase.
			if t := &toks[j]; t.IsCap() && !(t.Kind == Word && ownerNameAhead(doc, j)) || t.Kind != Word && !gluedHyphen(doc, j) && !(j > k && possessiveAt(doc, j)) {
				break
			}
		}
	case "a", "an":
		// "Philippe Rio, a high-ranking officer of ...", "Lin, a
		// spokesman for ...": a noun for a person a few words on, maybe
		// after an age ("a 34-year-old nurse").
		for j := k + 1; j < len(toks) && j <= k+6 && (toks[j].Kind == Word || gluedHyphen(doc, j) || ageCompound(doc, j)); j++ {
			if toks[j].IsCap() {
				if n := s.countryOfOffice(doc, j); n > j && n < len(toks) && !toks[n].IsCap() {
					j = n - 1 // "a Kessan diplomat", "a US peace envoy"
					continue
				}
				break
			}
			if apposed[j] || s.personHead(doc, j) {
				return true
			}
		}
		return false
	case "who":
		// "Ivo Tarn, who heads the council": a relative clause of a
		// person, after a name of two words or more ("whose" is a
		// place's too: "Port Zorvik, whose harbour froze").
		return end >= 2 && toks[end-2].IsCap() && toks[end-2].Kind == Word
	}
	if age(doc, k) {
		return true // "Ivo Tarn, 54, was arrested"
	}
	switch toks[k].Lower(doc) {
	case "speaking":
		return true // "Ivo Tarn, speaking in Kessa, said"
	case "aged":
		return k+1 < len(toks) && toks[k+1].Kind == Number // "Ivo Tarn, aged 28,"
	}
	if s.bareOffice(doc, k) {
		return true // "Ivo Tarn, director of the agency,"
	}
	// "Marise Payne, Australia’s Minister for Foreign Affairs", "Ivo
	// Tarn, Kenya Minister of Defence": the office of a country named
	// before it.
	if j := s.bodyBeforeOffice(doc, k, apposed); j > k {
		return true // "Ivo Tarn, Kessa Navy fleet commander,"
	}
	k = s.countryOfOffice(doc, k)
	return k < len(toks) && apposed[k]
}

// bodyBeforeOffice returns where an office starts after the capitalised
// name of the body it serves that opens at toks[k] ("Kessa Navy fleet
// commander", "Tarvo Border Agency Director"), or k: two to four words,
// a body's head among them.
func (s *personStage) bodyBeforeOffice(doc *Doc, k int, apposed []bool) int {
	toks := doc.Tokens
	body := false
	for j := k; j < len(toks) && j-k <= 4 && !(j > k && toks[j].Newline()); j++ {
		if j > k+1 && body && apposed[j] {
			return j
		}
		if toks[j].Kind != Word || !toks[j].IsCap() {
			break
		}
		if _, _, ok := s.lx.orgHeads.longest(toks, j); ok && j > k {
			body = true
		}
	}
	return k
}

// countryOfOffice returns the token after a country's name or its
// nationality that may stand before an office at toks[k], a possessive
// included ("Australia’s", "Kenya", "Kenyan"), or k.
func (s *personStage) countryOfOffice(doc *Doc, k int) int {
	toks := doc.Tokens
	if k >= len(toks) || !toks[k].IsCap() || toks[k].Kind != Word {
		return k
	}
	if s.lx.demonymWord(doc, k) {
		return k + 1
	}
	if possessiveAt(doc, k+1) {
		return k + 2 // "Kessa's ambassador": a place unknown to the lists
	}
	n, place := s.lx.isPlace(doc, k)
	if !place {
		return k
	}
	if possessiveAt(doc, k+n) {
		return k + n + 1
	}
	return k + n
}

// personNoun reports whether toks[k] is a lower-case word for a person:
// an office's head word, a person cue or a person noun ("member",
// "official").
func (s *personStage) personNoun(doc *Doc, k int) bool {
	t := &doc.Tokens[k]
	if t.Kind != Word || t.IsCap() || gluedHyphen(doc, k+1) {
		return false // (not a compound's first word: "a woman-owned firm")
	}
	return s.lx.isRoleHead(t) || s.lx.personCues.hasTok(t) || s.lx.personNouns.hasTok(t) || s.lx.kinNoun(t)
}

// personHead reports whether toks[k] is a noun for a person (personNoun)
// that heads its phrase: no lower-case word but a preposition, a
// conjunction or a relative pronoun follows it ("a member of", "a former
// diplomat,"; not "a member state").
func (s *personStage) personHead(doc *Doc, k int) bool {
	if !s.personNoun(doc, k) {
		return false
	}
	return endsNounPhrase(doc, k, true)
}

// bareOffice reports whether a noun for a person without an article
// stands at toks[k], after at most two lower-case modifiers, before a
// preposition ("director of the agency", "deputy head of mission",
// "senior fellow at the institute").
func (s *personStage) bareOffice(doc *Doc, k int) bool {
	toks := doc.Tokens
	for j := k; j < len(toks) && j <= k+2; j++ {
		if toks[j].Kind != Word || toks[j].IsCap() {
			return false
		}
		if s.personNoun(doc, j) && j+1 < len(toks) {
			switch toks[j+1].Lower(doc) {
			case "of", "for", "at", "in", "with", "to":
				return true
			}
			if s.lx.officeBeforeComma(doc, k, j) {
				return true
			}
		}
	}
	return false
}

// age reports whether toks[k] is a person's age set off by commas: a
// number from 16 to 109 and a comma ("Ivo Tarn, 54, was").
func age(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k].Kind != Number || !isComma(doc, &toks[k+1]) {
		return false
	}
	n, err := strconv.Atoi(toks[k].Text(doc))
	return err == nil && n >= 16 && n < 110
}

// nameBeforeApposition returns the end of the name starting at toks[i]
// when an office in apposition follows it, or 0. Calls for one document
// come in the order of i (commas finds the commas ahead).
func (s *personStage) nameBeforeApposition(doc *Doc, i int, apposed []bool, commas *punctCursor) int {
	toks := doc.Tokens
	// Most names end at most maxNameTokens+1 tokens on (nameEnd): most
	// names are read for nothing without this test, and most have no
	// comma in reach.
	to := min(i+maxNameTokens+2, len(toks))
	if k := commas.next(doc, i+1); k >= to || !s.appositionWithin(doc, k, to, apposed) {
		return 0
	}
	if s.lx.isCommon(doc, &toks[i]) || s.lx.demonymWord(doc, i) {
		return 0
	}
	if _, place := s.lx.isPlace(doc, i); place {
		return 0
	}
	end := s.lx.nameEnd(doc, i)
	if end > i {
		end = s.lx.placeMiddleName(doc, end) // "Ulma Sabah Kessik, a member of …"
	}
	if end > i && s.apposition(doc, end, apposed) {
		return end
	}
	// "Kessa Jordan, a spokeswoman for …": a one-word place's name after
	// an unknown name's word, before a person's apposition, is the
	// family name, as after a rank (placeSurname).
	if end > i && s.lx.placeSurname(doc, end) && s.apposition(doc, end+1, apposed) {
		return end + 1
	}
	return 0
}

// punctCursor finds the first punctuation mark of one kind (a comma, an
// opening bracket) at or after a token, for tokens asked in increasing
// order: it reads each token of a document once.
type punctCursor struct {
	// at is the first mark at or after the last token asked, or
	// len(doc.Tokens) when none is; -1 before the first question.
	at int
	// mark is the mark's byte.
	mark byte
}

// next returns the index of the first mark at or after doc.Tokens[k], or
// len(doc.Tokens); k must be at least the last k asked.
func (c *punctCursor) next(doc *Doc, k int) int {
	if k > c.at {
		c.at = k
		for c.at < len(doc.Tokens) && (doc.Tokens[c.at].Kind != Punct || doc.Text[doc.Tokens[c.at].Start] != c.mark) {
			c.at++
		}
	}
	return c.at
}

// isComma reports whether t is a comma.
func isComma(doc *Doc, t *Token) bool { return t.Kind == Punct && doc.Text[t.Start] == ',' }

// appositionWithin reports whether an apposition follows a name that
// ends anywhere in doc.Tokens[from:to]: at a comma (see apposition).
func (s *personStage) appositionWithin(doc *Doc, from, to int, apposed []bool) bool {
	for k := from; k < to; k++ {
		if isComma(doc, &doc.Tokens[k]) && s.apposition(doc, k, apposed) {
			return true
		}
	}
	return false
}

// prepPlace returns the end of "PREP (the) PLACE" at toks[k], or 0:
// "of the Philippines", "to Ruritania".
func (lx *lexicon) prepPlace(doc *Doc, k int, prep string) int {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k].Lower(doc) != prep {
		return 0
	}
	k++
	if toks[k].Lower(doc) == "the" && k+1 < len(toks) {
		k++
	}
	if n, ok := lx.isPlace(doc, k); ok {
		return k + n
	}
	return placeCandidateEnd(doc, k)
}

// placeCandidateEnd returns the end of the longest GPE candidate that
// starts at toks[k], or 0: a state named by its form, which the place
// stage found from its pattern ("the Grand Duchy of Luxembourg").
func placeCandidateEnd(doc *Doc, k int) int {
	end := 0
	for _, c := range doc.Candidates {
		if c.Label == GPE && int(c.TokStart) == k && int(c.TokEnd) > end {
			end = int(c.TokEnd)
		}
	}
	return end
}

// secondOfficePlace returns the end of a second known place that follows
// an office's first one at toks[end] ("Ambassador of the United Kingdom
// to Ukraine Ivo Tarn": the envoy's state, then where he serves), or end.
func (lx *lexicon) secondOfficePlace(doc *Doc, end int) int {
	for _, prep := range [...]string{"to", "in", "for"} {
		if e := lx.prepPlace(doc, end, prep); e > 0 {
			return e
		}
	}
	return end
}

// unknownOfficePlace returns the end of the state named by one unknown
// capitalised word after a state's office and prep ("of", "to", "for"),
// when its holder's name follows, or 0: set off by a comma, a name of two
// words or more that a pause ends ("the Prime Minister of Brelsk, Lorvik
// Tamsen,"); or, with no comma, two or three words that end the run of
// capitalised words and no name set off by a comma follows ("President
// of Brelsk Lorvik Tamsen said"), as a
// state's name is most often one word and its leader's two or three. The
// office must hold a word only a state's offices hold (`state-office`:
// "Minister", "Ambassador"; firms have presidents), so that a body's complement
// ("Director of Zorvexa Tarvo Kessin Group") is not read as a state, nor
// a compass point ("Ambassador to South Kessa Ivo Tarn") or words of a
// place's or a body's kind ("President of Brelsk Republic Tarvo").
func (lx *lexicon) unknownOfficePlace(doc *Doc, c *Span, prep string) int {
	toks := doc.Tokens
	j := c.TokEnd + 1
	if j+2 >= len(toks) || toks[c.TokEnd].Lower(doc) != prep || !lx.isNameWord(doc, &toks[j]) || toks[j].isAcronym() ||
		!anyTokenIn(doc, c.TokStart, c.TokEnd, lx.stateOffices.hasTok) {
		return 0
	}
	if toks[j+1].Text(doc) == "," {
		k := j + 2
		if e := lx.nameEnd(doc, k); e-k >= 2 && (e == len(toks) || sentencePause(doc, &toks[e])) {
			return j + 1
		}
		return 0
	}
	k := j + 1
	if !toks[k].SpaceBefore() || isCompassPoint(toks[j].Text(doc)) || lx.nameEnd(doc, j) != lx.nameEnd(doc, k) {
		return 0
	}
	e := lx.nameEnd(doc, k)
	if e-k < 2 || e-k > 3 || e < len(toks) && toks[e].IsCap() || lx.placeOrBodyWordIn(doc, j, e) {
		return 0
	}
	if e+1 < len(toks) && toks[e].Text(doc) == "," && lx.isNameWord(doc, &toks[e+1]) {
		return 0 // "Ambassador to Papua New Guinea, Ivo Tarn,": the run is the state's
	}
	return j + 1
}

// placeOrBodyWordIn reports whether a word of a place's or a body's kind
// (loc_patterns.tsv, org_heads.txt: "Republic", "Province", "Group")
// starts among toks[i:end], which then name a place or a body, not a
// state and a person.
func (lx *lexicon) placeOrBodyWordIn(doc *Doc, i, end int) bool {
	for m := i; m < end; m++ {
		if _, _, ok := lx.locPatterns.longest(doc.Tokens, m); ok {
			return true
		}
		if _, _, ok := lx.orgHeads.longest(doc.Tokens, m); ok {
			return true
		}
	}
	return false
}

// patronymHonorific reports whether the honorific toks[j] stands right
// after "bin", "binti" or "ibn" and before a capitalised word: the
// father's title inside the patronym is part of the name ("Mohamad
// Tarvo bin Haji Kessim"), as ANNOTATION.md keeps "bin".
func patronymHonorific(doc *Doc, j int) bool {
	toks := doc.Tokens
	if j == 0 || j+1 >= len(toks) || !toks[j+1].IsCap() || toks[j+1].Kind != Word || !toks[j+1].SpaceBefore() {
		return false
	}
	return patronymParticle(toks[j-1].Text(doc))
}

// juniorAhead reports whether toks[i] opens two to four capitalised
// words that "Jr." or "Sr." follows, spaced or after a comma ("Ivo Tarn
// Jr. said", "Ivo Tarn, Sr."): only a person's name takes the
// generational suffix that tells a son from his father. (A Roman
// numeral also numbers phases, ships and events: "Phase III".)
func (lx *lexicon) juniorAhead(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i > 0 && (toks[i-1].Kind == Word && toks[i-1].IsCap() && !toks[i].SentStart() || lx.placeOrOf(doc, &toks[i-1]) || toks[i-1].Lower(doc) == "to") {
		return false // not the run's first word, nor a place's ("Ambassador to Zorvia Ivo Tarn, Jr.")
	}
	j := i
	for j < len(toks) && j-i < 4 && toks[j].Kind == Word && toks[j].IsCap() && !toks[j].isCapsWord() && (j == i || toks[j].SpaceBefore() && !toks[j].Newline()) {
		if isJunior(toks[j].Text(doc)) {
			break
		}
		j++
	}
	if j-i < 2 || j >= len(toks) {
		return false
	}
	if toks[j].Text(doc) == "," && j+1 < len(toks) {
		j++
	}
	return toks[j].SpaceBefore() && isJunior(toks[j].Text(doc))
}

// isJunior reports whether s is "Jr." or "Sr.", with or without the stop.
func isJunior(s string) bool {
	switch s {
	case "Jr.", "Jr", "Sr.", "Sr":
		return true
	}
	return false
}

// isNameSuffix reports whether s is a generational suffix that follows a
// name after a comma ("Gregorio Catapang, Jr.").
func isNameSuffix(s string) bool {
	switch s {
	case "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// abbreviationPart reports whether toks[i] is glued to the full stop of
// the word before it, a part of an abbreviation ("D" of "Ph.D."), not a
// name of its own.
func abbreviationPart(doc *Doc, i int) bool {
	return i > 0 && !doc.Tokens[i].SpaceBefore() && doc.Tokens[i-1].Text(doc) == "."
}

// academicDegreeAt reports whether the tokens glued together from
// toks[k] spell an academic degree written after a name ("M.Sc.",
// "PhD"), which is not part of it.
func (lx *lexicon) academicDegreeAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	end := k + 1
	for end < len(toks) && end-k < 4 && !toks[end].SpaceBefore() {
		end++
	}
	return lx.degrees.has(strings.TrimRight(doc.Text[toks[k].Start:toks[end-1].End], ".,"))
}

// placeOrOf reports whether t, before a name, makes it the object of a
// place's preposition (place_cues.tsv's "prep" and "weak-prep") or of
// "of".
func (lx *lexicon) placeOrOf(doc *Doc, t *Token) bool {
	return t.Lower(doc) == "of" || lx.placePreps.hasTok(t) || lx.placeWeakPreps.hasTok(t)
}

// hasVowel reports whether the word w holds a vowel, as names do.
func hasVowel(w string) bool { return strings.ContainsAny(w, "AEIOUYaeiouy") }

// appointedAfter reports whether words that give someone an office start
// at toks[k]: "has been appointed", "was named", "is elected" (an
// auxiliary and context_words.tsv's `appointed`), so that the two
// capitalised words or more before them are a person's name ("Ana Ruiz
// has been appointed Head of Mission").
func (lx *lexicon) appointedAfter(doc *Doc, k int) bool {
	toks := doc.Tokens
	switch toks[k].Lower(doc) {
	case "has", "have", "was", "is", "had":
	default:
		return false
	}
	k++
	if k < len(toks) && toks[k].Lower(doc) == "been" {
		k++
	}
	return k < len(toks) && lx.appointedWords.hasTok(&toks[k])
}

// opensSubject reports whether a subject that is a person's name may
// start at toks[i]: not after a capitalised word (the name would go on
// before) or a hyphen, a preposition, a determiner, a conjunction or a
// relative pronoun, where the words more often name a place or a body
// ("soldiers from Kessa Tarvo", "EU Member States", "the Foreign and
// Defence Secretaries", "the launch which Kessa Tarvo called a test").
func opensSubject(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i == 0 || toks[i].SentStart() {
		return true
	}
	p := &toks[i-1]
	if p.Kind == Word && p.IsCap() || !toks[i].SpaceBefore() {
		return false // "Indo-Pacific Affairs"
	}
	switch p.Lower(doc) {
	case "the", "a", "an", "and", "or", "of", "from", "in", "to", "at", "for", "by", "with", "on", "which", "that", "whom", "as", "than":
		return false
	}
	return true
}

// sufferedAfter reports whether the capitalised words toks[i:end] are
// the subject of a passive verb of what is done to a person ("Ivo Tarn
// was arrested", "… has been sentenced"); not after a preposition or a
// determiner, where the words name a place or a body ("soldiers from
// Kessa Tarvo were killed").
func (lx *lexicon) sufferedAfter(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if !opensSubject(doc, i) {
		return false
	}
	k := end
	switch toks[k].Lower(doc) {
	case "was", "is":
	case "has", "had":
		if k+1 >= len(toks) || toks[k+1].Lower(doc) != "been" {
			return false
		}
		k++
	default:
		return false
	}
	if k+1 >= len(toks) {
		return false
	}
	return lx.doneToPersonVerbs.hasTok(&toks[k+1]) || toks[k+1].Lower(doc) == "born"
}

// beforeSpeechVerb reports whether two or more capitalised words starting
// at toks[i] are followed by a verb of saying ("Hoang Kim Phung said") or
// by words that give someone an office ("… has been appointed").
func beforeSpeechVerb(lx *lexicon, doc *Doc, i int) bool {
	j := lx.capsRunEnd(doc, i)
	return j-i >= 2 && saidAfter(lx, doc, i, j)
}

// capsRunEnd returns the end of the run of capitalised words, particles
// and hyphens from toks[i], of at most maxNameTokens tokens.
func (lx *lexicon) capsRunEnd(doc *Doc, i int) int {
	toks := doc.Tokens
	j := i
	for j < len(toks) && j-i < maxNameTokens && (toks[j].IsCap() || lx.particles.hasTok(&toks[j]) || toks[j].Text(doc) == "-") {
		j++
	}
	return j
}

// pairedSubject reports whether the capitalised words toks[i:end], two or
// more, and another such run joined to them by "and" are together the
// subject of a verb of what people in office do (person_verbs.txt) or of
// saying that follows the pair, which opens its phrase: "Qiao Zhenwei and
// Tarvo Kessin met on the sidelines", both names (a lone run needs the
// same, saidAfter). Either run may be toks[i:end].
func (lx *lexicon) pairedSubject(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if end-i < 2 || end >= len(toks) {
		return false
	}
	verb := func(k int) bool {
		return k < len(toks) && (lx.personVerbs.hasTok(&toks[k]) || lx.speechVerbs.hasTok(&toks[k]))
	}
	// (Not states or bodies: "North Kessa and South Kessa met".)
	plain := func(s, e int) bool {
		return !isCompassPoint(toks[s].Text(doc)) && !lx.compassAt(doc, s) && !lx.placeOpeners.hasTok(&toks[s]) && !lx.placeOrBodyWordIn(doc, s, e)
	}
	if toks[end].Lower(doc) == "and" {
		e := lx.capsRunEnd(doc, end+1)
		return e-(end+1) >= 2 && verb(e) && opensSubject(doc, i) && plain(i, end) && plain(end+1, e)
	}
	if i < 3 || toks[i-1].Lower(doc) != "and" || !verb(end) {
		return false
	}
	s := i - 1
	for s > 0 && i-1-s < maxNameTokens && (toks[s-1].IsCap() || lx.particles.hasTok(&toks[s-1])) && !toks[s].SentStart() {
		s--
	}
	return i-1-s >= 2 && lx.capsRunEnd(doc, s) == i-1 && opensSubject(doc, s) && plain(s, i-1) && plain(i, end)
}

// saidAfter reports whether the capitalised words toks[i:end] are the
// subject of a verb of saying ("Ivo Tarn said") or of words that give
// someone an office ("… has been appointed"), of a verb of what people
// in office do (person_verbs.txt) or of a passive of what is done to a
// person (sufferedAfter) that follow them, or of a verb of saying or such
// a passive after a comma when they are set off by commas ("the head of
// the delegation, Ivo Tarn, said", "the district's governor, Ivo Tarn,
// was killed").
func saidAfter(lx *lexicon, doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if end >= len(toks) {
		return false
	}
	if lx.speechVerbs.hasTok(&toks[end]) || lx.appointedAfter(doc, end) || lx.sufferedAfter(doc, i, end) || lx.personVerbs.hasTok(&toks[end]) && opensSubject(doc, i) || lx.pairedSubject(doc, i, end) || lx.contributedToReport(doc, i, end) || lx.speakerOfBody(doc, i, end) {
		return true
	}
	// "Ivo Tarn also said", "Ivo Tarn later told": an adverb of time or
	// addition between the subject and its verb, or an auxiliary ("Ivo
	// Tarn had resigned").
	if end+1 < len(toks) && (lx.speechAdverbs.hasTok(&toks[end]) || perfectAuxiliary(toks[end].Lower(doc))) && (lx.speechVerbs.hasTok(&toks[end+1]) || lx.personVerbs.hasTok(&toks[end+1]) && opensSubject(doc, i)) {
		return true
	}
	// (Not a participle: "its largest town, Zorvik Kessa, said to be")
	return i > 0 && isComma(doc, &toks[i-1]) && isComma(doc, &toks[end]) && end+1 < len(toks) &&
		(lx.speechVerbs.hasTok(&toks[end+1]) && (end+2 == len(toks) || toks[end+2].Lower(doc) != "to") || lx.sufferedAfter(doc, i, end+1))
}

// perfectAuxiliary reports whether w is "has" or "had", which may stand
// between a subject and its verb's past participle ("Ivo Tarn had
// resigned", "Ivo Tarn has met the envoy"), as an adverb may.
func perfectAuxiliary(w string) bool {
	return w == "has" || w == "had"
}

// leaderOfRegime reports whether toks[i] is a single capitalised word
// before a lower-case noun for the rule of its holder, itself or after a
// possessive and at most one word: "the Tarvik administration", "Kessin's
// government", "Marvo's brutal regime" name a leader. A nationality ("the Tarvian government"),
// a place, a listed body or a common word is no leader; a capitalised
// head makes a body's name ("Federal Aviation Administration").
func (lx *lexicon) leaderOfRegime(doc *Doc, i int) bool {
	toks := doc.Tokens
	k := i + 1
	if k < len(toks) && isPossessiveToken(toks[k].Text(doc)) {
		k++
		// "Kessin's brutal regime": one word may qualify the rule after a
		// possessive.
		if k+1 < len(toks) && toks[k].Kind == Word && !toks[k].IsCap() && !toks[k+1].IsCap() {
			if regimeNoun(toks[k+1].Text(doc)) {
				k++
			}
		}
	}
	if k >= len(toks) || !toks[k].SpaceBefore() || toks[k].IsCap() || i > 0 && toks[i-1].IsCap() && !lx.isCommon(doc, &toks[i-1]) {
		return false
	}
	if !regimeNoun(toks[k].Text(doc)) {
		return false
	}
	if lx.isCommon(doc, &toks[i]) || lx.demonymWord(doc, i) || toks[i].isCapsWord() || placeShaped(toks[i].Text(doc)) {
		return false
	}
	if _, place := lx.isPlace(doc, i); place {
		return false
	}
	_, _, org := lx.org.longest(toks, i)
	return !org
}

// placeShaped reports whether the word w ends as the names of lands and
// regions do ("Jubaland", "Kurdistan"), which leaders' names do not.
func placeShaped(w string) bool {
	return len(w) > 6 && (strings.HasSuffix(w, "land") || strings.HasSuffix(w, "stan"))
}

// regimeNoun reports whether w is a lower-case noun for the rule of a
// leader: "administration", "government", "regime".
func regimeNoun(w string) bool {
	return w == "administration" || w == "government" || w == "regime"
}

// quoteAttribution reports whether toks[i] follows a closing quotation
// mark and a verb of saying ("…,” said Tarn."): whoever is named there is
// the speaker, whether or not the text gave the full name before.
func quoteAttribution(lx *lexicon, doc *Doc, i int) bool {
	toks := doc.Tokens
	return i >= 2 && toks[i-2].Kind == Punct && isClosingQuote(toks[i-2].Text(doc)) && lx.speechVerbs.hasTok(&toks[i-1])
}

// sentencePause reports whether t is a full stop, comma or semicolon.
func sentencePause(doc *Doc, t *Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch doc.Text[t.Start] {
	case '.', ',', ';':
		return true
	}
	return false
}

// nameEnd returns the end of the person's name starting at toks[i]:
// capitalised words, particles before a capitalised word ("al-Jaafari",
// "von der Leyen") and quoted nicknames, stopping before a place, a rank,
// an office or an organisation word.
func (lx *lexicon) nameEnd(doc *Doc, i int) int {
	toks := doc.Tokens
	end := i
	words := 0 // capitalised words read, up to maxNameTokens
	for j := i; j < len(toks) && j-i < maxPersonSpan && words < maxNameTokens; j++ {
		t := &toks[j]
		if j > i && (t.Newline() || t.SentStart()) {
			break
		}
		switch {
		case j > i && t.SpaceBefore() && isNameSuffix(t.Text(doc)):
			return j + 1 // "Lloyd J. Austin III", "Romeo Brawner Jr. Flag Officer"
		case j > i+1 && serviceAfterName(doc, j):
			return end // "Gen. Ivo C Tarn PA, …": the service's acronym
		case j > i && t.SpaceBefore() && lx.academicDegreeAt(doc, j):
			return end // "Rear Admiral Ivo Tarn M.Sc.": a degree after the name
		case t.Kind == Word && t.IsCap() && (j > i || !lx.isCommon(doc, t) || lx.familyFirst(doc, j) || spacedInitials(doc, j) > j):
			if lx.stopsNameAfter(doc, j) && (j > i || lx.startsRank(doc, j)) && !lx.surnameAfterGiven(doc, i, j) && !lx.afterNameParticle(doc, i, j) {
				return end
			}
			if j > i && lx.honorifics.startsAt(toks, j) && !patronymHonorific(doc, j) {
				// "Chief Scientist Prof Ann Lee": the name follows; but
				// "Hassan Sheikh Mohamud" holds its title.
				if n, v, hon := lx.honorifics.longest(toks, j); hon && !(v == "inner" && n == 1 && j+1 < len(toks) && toks[j+1].IsCap() && toks[j+1].Kind == Word && toks[j+1].SpaceBefore()) {
					return end
				}
			}
			if lx.isRoleHead(t) && !lx.surnameAfterGiven(doc, i, j) {
				return end // not "Roger King," after a listed given name
			}
			if lx.headlineVerbs.hasTok(t) && (j > i || t.IsCap() && i+1 < len(toks) && toks[i+1].IsCap()) {
				return end // "President Tsai Hosted the Commencement", "Tánaiste Visits Lebanon"
			}
			if lx.orgHeads.startsAt(toks, j) {
				if _, _, ok := lx.orgHeads.longest(toks, j); ok {
					return end
				}
			}
			if lx.eventHeads.startsAt(toks, j) {
				if _, v, ok := lx.eventHeads.longest(toks, j); ok && v != "tail" {
					return end // "Chiefs of Defense Conference"
				}
			}
			if j == i {
				if _, place := lx.isPlace(doc, j); place && (t.isCapsWord() || !hyphenatedGiven(doc, j+1)) {
					return end
				}
				if _, _, org := lx.org.longest(toks, j); org {
					return end
				}
			}
			end = j + 1
			words++
		case t.Kind == Word && lx.particles.hasTok(t) && j+1 < len(toks):
			// "al-Jaafari", "al- Jaafari", "de Gaulle": a particle
			// counts only before a capitalised word.
			k := j + 1
			for k+1 < len(toks) && lx.particles.hasTok(&toks[k]) {
				k++ // "von der"
			}
			if toks[k].Text(doc) == "-" && k+1 < len(toks) {
				k++
			}
			if !toks[k].IsCap() {
				return end
			}
			j = k - 1
		case t.Text(doc) == "-" && !t.SpaceBefore() && j > i && j+1 < len(toks) && toks[j+1].IsCap() && !toks[j+1].SpaceBefore():
			// Hyphenated names ("Jean-Yves"); a hyphen between two places
			// ("Vietnam-France") never reaches here, as places stop names.
		case t.Text(doc) == "-" && !t.SpaceBefore() && j > i && j+1 < len(toks) && syllable(doc, &toks[j+1]):
			// A Korean given name: "Jeong Kyeong-doo", "Moon Jae-in".
			end = j + 2
			j++
			words++
		case t.Text(doc) == "," && j > i && j+1 < len(toks) && isNameSuffix(toks[j+1].Text(doc)):
			return j + 2
		case j > i && isQuote(t.Text(doc)):
			// A nickname in quotes inside the name: 'Robert "Bo" Kessler'.
			k := quotedNickname(doc, j)
			if k == 0 {
				return end
			}
			j = k - 1
		default:
			return end
		}
	}
	return end
}

// peopleNameRun reports whether a listed demonym of two words or more
// ("Central Africans", "New Zealanders") is the whole capitalised run
// that opens at toks[i]: a people, whatever verb or cue is about it.
func (lx *lexicon) peopleNameRun(doc *Doc, i int) bool {
	toks := doc.Tokens
	if !lx.demonyms.startsAt(toks, i) {
		return false
	}
	n, _, ok := lx.demonyms.longest(toks, i)
	return ok && n >= 2 && (i+n == len(toks) || toks[i+n].Kind != Word || !toks[i+n].IsCap())
}

// givenNickname reports whether a listed given name in quotes follows the
// capitalised word toks[i] and a capitalised word follows it: 'Matiu
// "Matt" Korrin', whose first name no list needs to know.
func (lx *lexicon) givenNickname(doc *Doc, i int) bool {
	toks := doc.Tokens
	return i+4 < len(toks) && isQuote(toks[i+1].Text(doc)) && toks[i+1].SpaceBefore() && toks[i+2].Kind == Word && toks[i+2].IsCap() &&
		lx.givenNames.hasTok(&toks[i+2]) && isClosingQuote(toks[i+3].Text(doc)) && toks[i+4].Kind == Word && toks[i+4].IsCap()
}

// afterNameParticle reports whether toks[j], inside a name that opened at
// toks[i], follows a particle of that name ("Louis De Varna", "Ali
// al-Basri"): a particle always goes on with the name, so a listed place
// or body there is a surname ("Van Kessa").
func (lx *lexicon) afterNameParticle(doc *Doc, i, j int) bool {
	toks := doc.Tokens
	k := j - 1
	if k > i && toks[k].Text(doc) == "-" && !toks[k].SpaceBefore() {
		k--
	}
	return k > i && toks[k].Kind == Word && lx.particles.hasTok(&toks[k])
}

// quotedNickname returns the index after the closing quote of a nickname
// of one or two capitalised words opening at toks[q], when a capitalised
// word follows it; otherwise 0.
func quotedNickname(doc *Doc, q int) int {
	toks := doc.Tokens
	for k := q + 1; k < len(toks) && k <= q+3; k++ {
		switch {
		case toks[k].Kind == Word && toks[k].IsCap() && k < q+3:
		case k > q+1 && isClosingQuote(toks[k].Text(doc)) && k+1 < len(toks) && toks[k+1].IsCap() && toks[k+1].Kind == Word:
			return k + 1
		default:
			return 0
		}
	}
	return 0
}

// isClosingQuote reports whether s closes a quotation.
func isClosingQuote(s string) bool {
	return s == "\"" || s == "”" || s == "'" || s == "’"
}

// middleInitial reports whether a name with a middle initial starts at
// toks[i]: a capitalised word, one capital and a full stop, a capitalised
// word ("Bruce S. Lemkin").
func middleInitial(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i+2 >= len(toks) || !toks[i].IsCap() || toks[i].Kind != Word || toks[i].isCapsWord() {
		return false
	}
	in := toks[i+1].Text(doc)
	return len(in) == 2 && in[0] >= 'A' && in[0] <= 'Z' && in[1] == '.' && toks[i+2].IsCap() && toks[i+2].Kind == Word && toks[i+2].SpaceBefore()
}

// spacedInitials returns the end of two initials or more written as
// capital letters without stops before a name, as Indian and Pakistani
// releases write officers' names ("Lt Gen A K Kessavan"), that start at
// toks[k], or k. One letter alone may be the article ("A Kessa official").
func spacedInitials(doc *Doc, k int) int {
	toks := doc.Tokens
	e := k
	for e < len(toks) && toks[e].Kind == Word && len(toks[e].Text(doc)) == 1 && toks[e].IsCap() && (e == k || toks[e].SpaceBefore()) && !toks[e].Newline() {
		e++
	}
	if e-k < 2 || e >= len(toks) || toks[e].Kind != Word || !toks[e].IsCap() || !toks[e].SpaceBefore() || toks[e].Newline() {
		return k
	}
	return e
}

// beforeKnownName reports whether toks[i], a capitalised word that is
// nothing else, opens a name of three words or more whose second word is a
// listed family name, or a given name after a comma: "Liew Chin Tong", a
// Chinese name in the Malaysian order, "…, Abdulkadir Mohamed Nur".
func (lx *lexicon) beforeKnownName(doc *Doc, i int) bool {
	toks := doc.Tokens
	// The test of the next word first: it fails for most words.
	if i+2 >= len(toks) || !toks[i+1].SpaceBefore() {
		return false
	}
	// Before a given name, only where a name may open: after a comma
	// ("…, Abdulkadir Mohamed Nur, said"), not after "of" ("of Tarvo
	// Ivo Marn").
	if !lx.familyNames.hasTok(&toks[i+1]) && !(lx.givenNames.hasTok(&toks[i+1]) && i > 0 && toks[i-1].Text(doc) == ",") {
		return false
	}
	t := &toks[i]
	if t.isCapsWord() || lx.isCommon(doc, t) || lx.portfolio.hasTok(t) || lx.stopsName(doc, i) || lx.demonymWord(doc, i) {
		return false
	}
	if locative(doc, i) ||
		i > 0 && toks[i-1].IsCap() && toks[i-1].Kind == Word {
		return false
	}
	if _, place := lx.isPlace(doc, i); place {
		return false
	}
	if _, _, org := lx.org.longest(toks, i); org {
		return false
	}
	return lx.nameEnd(doc, i)-i >= 3
}

// surnameAfterGiven reports whether toks[j], a word the gazetteer knows
// as a place, is the surname of the name that opens with a given name at
// toks[i] ("Ruth Lincoln", "Michael Langley"): the second word, with no
// capitalised word after it.
func (lx *lexicon) surnameAfterGiven(doc *Doc, i, j int) bool {
	toks := doc.Tokens
	return j == i+1 && lx.givenNames.hasTok(&toks[i]) && !lx.startsRank(doc, j) &&
		(j+1 == len(toks) || !toks[j+1].IsCap() || toks[j+1].Kind != Word)
}

// maxSyllable bounds a syllable of a romanised Chinese or Korean given
// name ("Guang", "Chien").
const maxSyllable = 6

// hyphenatedGiven reports whether a romanised Chinese or Korean given name
// of two hyphenated syllables starts at toks[k] ("Guang-Chi" in "Gao
// Guang-Chi", "Ing-wen", "Jae-in"), so the word before it is a family name
// even where it also names a place.
func hyphenatedGiven(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k+2 >= len(toks) || toks[k].Kind != Word || !toks[k].IsCap() || len(toks[k].Text(doc)) > maxSyllable {
		return false
	}
	h, second := &toks[k+1], &toks[k+2]
	return h.Text(doc) == "-" && !h.SpaceBefore() && !second.SpaceBefore() && second.Kind == Word &&
		len(second.Text(doc)) <= maxSyllable && (k+3 == len(toks) || toks[k+3].Kind != Word || toks[k+3].SpaceBefore() && !toks[k+3].IsCap())
}

// capsAhead reports whether one of the two tokens after toks[i], or
// toks[i] itself, is a word in capitals: a first test of
// capsSurnameAfter and speakerName.
func capsAhead(toks []Token, i int) bool {
	return toks[i].isCapsWord() || i+1 < len(toks) && toks[i+1].isCapsWord() || i+2 < len(toks) && toks[i+2].isCapsWord()
}

// speakerName reports whether a transcript's speaker label of two or
// three words in capitals opens a line at toks[i] and names a person
// ("IVO TARN:"): no word of it is a common word, an office's head word,
// an organisation's or a place's ("PRIME MINISTER:", "UNIDENTIFIED
// SPEAKER:", "ZORVIK HARBOUR:", a dateline).
func (lx *lexicon) speakerName(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i > 0 && !toks[i].Newline() {
		return false
	}
	k := i
	for k < len(toks) && k-i <= 3 && toks[k].isCapsWord() && hasVowel(toks[k].Text(doc)) && !lx.common.hasTok(&toks[k]) && !lx.isRoleHead(&toks[k]) &&
		!lx.facilityWords.hasTok(&toks[k]) && !lx.adminWords.hasTok(&toks[k]) {
		if _, _, org := lx.orgHeads.longest(toks, k); org {
			return false
		}
		k++
	}
	return k-i >= 2 && k-i <= 3 && k < len(toks) && toks[k].Text(doc) == ":"
}

// capsSurnameAfter reports whether toks[i] opens a name written as
// European institutions write it, the family name in capitals after one
// or two capitalised given names ("Ivo TARN", "Ana Maria DI KESSA"): a
// word in capitals of three letters or more with a vowel, which no list
// holds as an organisation or as a thing's acronym; not a nationality
// ("American SEAL teams"), not after an article, a preposition or a
// capitalised word ("the Kessa ARG", "from Zorvik TARVO"), with no head
// word or event opener among the given names, and no capitalised word,
// number, glued hyphen or lower-case noun after the name ("Kessa
// ARG-MEU", "Kessa TARVO officials").
func (lx *lexicon) capsSurnameAfter(doc *Doc, i int) bool {
	toks := doc.Tokens
	t := &toks[i]
	if t.isCapsWord() || !lx.isNameWord(doc, t) || lx.demonymWord(doc, i) || !opensSubject(doc, i) {
		return false
	}
	j := i + 1
	if j < len(toks) && toks[j].Kind == Word && toks[j].IsCap() && !toks[j].isCapsWord() && toks[j].SpaceBefore() {
		j++ // a second given name
	}
	k := j
	for k < len(toks) && k < j+2 && toks[k].isCapsWord() && toks[k].SpaceBefore() && !toks[k].Newline() {
		w := toks[k].Text(doc)
		if len(w) < 3 && k == j || !hasVowel(w) || lx.notOrgAcronyms.hasTok(&toks[k]) || lx.capsCommon(doc, k) {
			return false
		}
		if _, _, org := lx.org.longest(toks, k); org {
			return false
		}
		k++
	}
	if k == j {
		return false
	}
	for m := i; m < j; m++ {
		_, _, event := lx.eventHeads.longest(toks, m)
		_, _, org := lx.orgHeads.longest(toks, m)
		_, _, opener := lx.eventOpeners.longest(toks, m)
		if event || org || opener || lx.isRoleHead(&toks[m]) {
			return false // "Military Exercise KESSA TARVO": a head word or an opener
		}
	}
	if k == len(toks) {
		return true
	}
	switch n := &toks[k]; {
	case n.Kind == Word:
		return lx.verbOrSmallWord(doc, k) // not "Kessa TARVO officials"
	case n.Kind == Punct:
		return n.SpaceBefore() || strings.ContainsRune(",.;:)", rune(doc.Text[n.Start]))
	}
	return false // "USNS 2nd Lt.": a number after it
}

// verbOrSmallWord reports whether toks[k] is a lower-case word that may
// follow a person's name as its clause goes on: a function word ("has",
// "and", "of"), a verb of saying or of people in office, or a past form;
// not a noun the name would qualify ("Kessa TARVO officials", "Exiled
// Zorvik Tamar leaders").
func (lx *lexicon) verbOrSmallWord(doc *Doc, k int) bool {
	t := &doc.Tokens[k]
	if t.Kind != Word || t.IsCap() {
		return false
	}
	return lx.common.hasTok(t) || lx.speechVerbs.hasTok(t) || lx.personVerbs.hasTok(t) || pastForm(t.Lower(doc))
}

// familyThenGiven returns the end of a name after a cue written family
// name first, a comma and the given name's syllables apart (the
// one-word name toks[i:end], listed as a family name, then
// givenSyllablesAfterComma), or 0.
func (lx *lexicon) familyThenGiven(doc *Doc, i, end int, cued bool) int {
	if !cued || end != i+1 || !lx.familyNames.hasTok(&doc.Tokens[i]) {
		return 0
	}
	return lx.givenSyllablesAfterComma(doc, end)
}

// givenSyllablesAfterComma returns the end of a romanised Korean or
// Chinese given name of one or two capitalised syllables written apart
// after a family name and a comma, and set off by a comma before a
// lower-case apposition or by a full stop ("Kim, Dal Sung, deputy
// commander"), or 0; not a listed place or given name (a list: "Minister
// Kessel, Seoul, Tokyo and Kessa").
func (lx *lexicon) givenSyllablesAfterComma(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+2 >= len(toks) || !isComma(doc, &toks[k]) {
		return 0
	}
	j := k + 1
	for j < len(toks) && j <= k+2 && toks[j].Kind == Word && toks[j].IsCap() && !toks[j].isCapsWord() &&
		len(toks[j].Text(doc)) <= maxSyllable && romanisedSyllable(toks[j].Lower(doc)) && !lx.givenNames.hasTok(&toks[j]) {
		if _, place := lx.isPlace(doc, j); place {
			return 0 // "Minister Kessel, Seoul, Tokyo and Kessa": a list
		}
		j++
	}
	if j == k+1 || j+1 >= len(toks) || !isComma(doc, &toks[j]) && toks[j].Text(doc) != "." {
		return 0
	}
	// An apposition goes on after the comma, not a list ("Gen. Tarvik,
	// Ho, and Col. Pesk").
	if n := &toks[j+1]; isComma(doc, &toks[j]) && (n.IsCap() || n.Kind != Word || n.Lower(doc) == "and" || n.Lower(doc) == "or") {
		return 0
	}
	return j
}

// syllable reports whether t is a short lower-case word glued after a
// hyphen, the second syllable of a given name ("doo" in "Kyeong-doo",
// "choul" in "In-choul"), not a compound's word ("led", "based", "class").
func syllable(doc *Doc, t *Token) bool {
	w := t.Text(doc)
	if t.Kind != Word || t.SpaceBefore() || t.IsCap() || strings.HasSuffix(w, "ed") {
		return false
	}
	return len(w) <= 4 || len(w) <= maxSyllable && romanisedSyllable(w)
}

// romanisedSyllable reports whether w, in lower case, has the shape of
// one romanised Korean or Chinese syllable: up to three consonants, up
// to three vowels, and a final "ng", "n", "l", "k", "p" or "m" ("choul",
// "hyung", "jeong"), which English compounds' words rarely have.
func romanisedSyllable(w string) bool {
	i := 0
	for i < len(w) && i < 3 && strings.IndexByte("bcdghjklmnprstwyz", w[i]) >= 0 {
		i++
	}
	v := i
	for i < len(w) && i-v < 3 && strings.IndexByte("aeiouy", w[i]) >= 0 {
		i++
	}
	if i == v || i == 0 {
		return false
	}
	switch w[i:] {
	case "", "ng", "n", "l", "k", "p", "m":
		return true
	}
	return false
}

// startsRank reports whether a rank starts at toks[j].
func (lx *lexicon) startsRank(doc *Doc, j int) bool {
	n, _, _ := lx.matchRank(doc, j)
	return n > 0
}

// stopsNameAfter reports whether toks[j], inside a name, starts something
// else: a rank, a place or an organisation from the gazetteer.
func (lx *lexicon) stopsNameAfter(doc *Doc, j int) bool {
	toks := doc.Tokens
	// A rank before another name ends this one; a rank's abbreviation
	// that nothing follows is a word of the name ("Nakatani Gen").
	if lx.rankBeforeName(doc, j) {
		return true
	}
	if _, ok := lx.isPlace(doc, j); ok {
		return true
	}
	if !lx.org.startsAt(toks, j) {
		return false
	}
	_, _, org := lx.org.longest(toks, j)
	return org
}

// surnameAfterTitle reports whether the place word toks[i] (a one-word
// loc_patterns.tsv `after` word: "Hill", "Marsh", "Bridge") closes a
// person's name instead: one or two name words before it follow an
// abbreviated rank or an honorific ("Sgt. Ana Hill", "Mr. Deon Marsh"),
// a rank of two words written in full ("Lieutenant General Ana Hill") or
// an office of a portfolio ("Environment Minister Deon Hill", "Trade
// Representative Ana Hills"), which writers give people and not places.
// A title of one word does not tell, as places named after a person take
// it ("King George Island", "General Mitchell Airport").
func (lx *lexicon) surnameAfterTitle(doc *Doc, i, n int) bool {
	toks := doc.Tokens
	if n != 1 {
		return false
	}
	for t := i - 1; t >= 1 && t >= i-2; t-- {
		if !lx.isNameWord(doc, &toks[t]) {
			return false
		}
		if lx.shortTitleEndsAt(doc, t) || lx.officeTitleEndsAt(doc, t) {
			return true
		}
	}
	return false
}

// officeTitleEndsAt reports whether a rank of two words or more written in
// full, or a capitalised office's head after its portfolio ("Defence
// Minister", "Trade Representative"), ends right before toks[t].
func (lx *lexicon) officeTitleEndsAt(doc *Doc, t int) bool {
	toks := doc.Tokens
	if t >= 2 && toks[t-1].IsCap() && lx.isRoleHead(&toks[t-1]) && toks[t-2].IsCap() && lx.portfolio.hasTok(&toks[t-2]) {
		return true
	}
	for k := t - 2; k >= 0 && k >= t-maxRankWords; k-- {
		if m, _, abbr := lx.matchRank(doc, k); m == t-k {
			return !abbr
		}
	}
	return false
}

// shortTitleEndsAt reports whether an abbreviated rank or an honorific
// ("Sgt.", "Lt. Col.", "Mr.") ends right before toks[t].
func (lx *lexicon) shortTitleEndsAt(doc *Doc, t int) bool {
	if lx.honorificBefore(doc.Tokens, t) > 0 {
		return true
	}
	for k := t - 1; k >= 0 && k >= t-maxRankWords; k-- {
		if m, _, abbr := lx.matchRank(doc, k); m == t-k {
			return abbr
		}
	}
	return false
}

// maxRankWords bounds the tokens of a rank that shortTitleEndsAt looks
// back over ("Rear Adm. (lower half)").
const maxRankWords = 6

// officeBeforeComma reports whether the lower-case office head toks[j],
// in an apposition that opens at toks[k] after a name and a comma, ends
// its phrase at a comma, as an apposition without an article sets off a
// holder's post ("Renna Saul, deputy commander, said"), and the name
// before has two words or more: a single word may end a list of places
// ("from Kessa, Tarvo and Zorvik, commander, staff and crew").
func (lx *lexicon) officeBeforeComma(doc *Doc, k, j int) bool {
	toks := doc.Tokens
	return k >= 3 && toks[k-3].Kind == Word && toks[k-3].IsCap() && j+1 < len(toks) && isComma(doc, &toks[j+1]) && lx.isRoleHead(&toks[j])
}

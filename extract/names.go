package extract

import "strings"

// This file holds the stages that propose names from word lists and from
// the grammars of ranks, offices, organisations, events and agreements.

// candidate appends a span over tokens [i, j) to the document's candidates.
func candidate(doc *Doc, i, j int, label Label, value, rule string, prio int8) {
	if label != Org && label != Date && shipClass(doc, j) {
		return // "Arleigh Burke-class", "Whidbey Island-class": a class of ships names no one
	}
	c := Span{
		Start: doc.Tokens[i].Start, End: doc.Tokens[j-1].End,
		TokStart: i, TokEnd: j,
		Label: label, rule: doc.ruleID(rule), Priority: prio,
	}
	doc.SetValue(&c, value)
	doc.Candidates = append(grow(doc.Candidates, len(doc.Tokens)/8), c)
}

// gazetteerStage proposes every gazetteer phrase: countries, cities and
// regions (GPE), other places (LOC), organisations (ORG) and events (EVENT).
type gazetteerStage struct {
	lx   *lexicon
	sets []gazetteer
	// firstWords holds the first words of every set, by either id, so
	// that a token that starts no listed name skips them all.
	firstWords idSet
}

// postalAddress reports whether toks[i] stands where an address writes a
// state's postal code: after a capitalised word and a comma, at the end of
// a phrase ("New York, NY", "Delta Junction, AK on Monday").
func postalAddress(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i < 2 || toks[i-1].Text(doc) != "," || !toks[i-2].IsCap() || toks[i].Newline() {
		return false
	}
	return endsPhrase(doc, i+1) || toks[i+1].Newline()
}

// gazetteer is one phrase set with the label and rule name of its matches.
type gazetteer struct {
	set   *phraseSet
	label Label
	rule  string
}

func newGazetteerStage(lx *lexicon) *gazetteerStage {
	s := &gazetteerStage{lx: lx, sets: []gazetteer{
		{lx.gpe, GPE, "gazetteer:GPE"}, {lx.loc, Loc, "gazetteer:LOC"},
		{lx.org, Org, "gazetteer:ORG"}, {lx.event, Event, "gazetteer:EVENT"},
	}}
	for _, g := range s.sets {
		s.firstWords.union(g.set.starts)
	}
	return s
}

func (s *gazetteerStage) Name() string { return "gazetteer" }

func (s *gazetteerStage) Process(doc *Doc) error {
	toks := doc.Tokens
	var acronyms map[string]bool // built on the first listed organisation
	for i := range toks {
		if toks[i].Kind == Punct {
			continue
		}
		// Most tokens start no listed name: one test skips every set.
		listed := toks[i].props&propListedFirst != 0
		for k := 0; listed && k < len(s.sets); k++ {
			g := &s.sets[k]
			if !g.set.startsAt(toks, i) {
				continue
			}
			n, kind, ok := g.set.longest(toks, i)
			if !ok || !wholeWord(doc, i, i+n) || currencyPrefix(doc, i+n) {
				continue
			}
			if kind == gpePostal && !postalAddress(doc, i) {
				continue // "OR", "IN": a state's postal code only after its town
			}
			start, end := arabicArticle(doc, i), i+n
			if shipClass(doc, end) {
				continue // "Canberra-class" ships are no place
			}
			if afterPrefix(doc, start) {
				continue // "Trans-Pacific Partnership": part of a longer name
			}
			if g.label == GPE || g.label == Loc {
				if m, _, ok := s.lx.demonyms.longest(toks, i); ok && m > n {
					continue // "Bissau-Guineans": a people, not Bissau
				}
			}
			if g.label == Event && toks[i].isCapsWord() {
				if m, _ := s.lx.datelinePlace(doc, i); m == n {
					continue // "KESSA, Ruritania –": a dateline opens on its place
				}
			}
			if g.label == Event {
				if compoundAdjective(doc, end) {
					continue // "Shangri-La Dialogue-style"; but "ASEAN-led" is ASEAN
				}
				// "Exercise Rim of the Pacific": the opener is the name's.
				if start > 0 && toks[start-1].IsCap() && toks[start].SpaceBefore() {
					if m, _, ok := s.lx.eventOpeners.longest(toks, start-1); ok && m == 1 && !s.lx.describedOpener(doc, start-1) {
						start--
					}
				}
				start, end = s.lx.eventEdition(doc, start, end)
				// "Balikatan Exercise": the kind after the name.
				if end < len(toks) && toks[end].SpaceBefore() && !toks[end].Newline() && (toks[end].Text(doc) == "Exercise" || toks[end].Text(doc) == "Exercises") {
					end++
				}
			}
			// A seat of power is a place where people meet ("at the
			// Pentagon") and a body where it acts ("the Pentagon said").
			// So it is before the city it stands in, as in a dateline
			// ("The Kremlin, Moscow").
			where := locative(doc, i) || s.lx.placeAfterComma(doc, i+n)
			if g.label == Loc && s.lx.org.has(toks, i, i+n) && !where ||
				g.label == Org && s.lx.loc.has(toks, i, i+n) && where {
				continue
			}
			if g.label == Org {
				// A listed name obeys the span rules too.
				if acronyms == nil {
					acronyms = s.lx.acronymSet(doc)
				}
				end = s.lx.ofCountry(doc, start, end)
				// A listed name whose adjective leaves one word that names
				// nothing alone keeps it ("Tamil Tigers"; but "Pakistani
				// Taliban" is the Taliban).
				if after := s.lx.nationalityTest(doc, start, end, end, acronyms); end-after != 1 || s.lx.org.has(toks, after, end) || s.lx.orgHeads.startsAt(toks, after) {
					start = after
				}
			}
			// "The Straits Times", "The Hague": the list holds the
			// article that tells the name from the words; the span drops
			// it (rule 2).
			if end-start > 1 && toks[start].Lower(doc) == "the" {
				start++
			}
			candidate(doc, start, end, g.label, "", g.rule, PriorityList)
		}
		// A place in capitals, as in a dateline ("HANOI, Nov. 14", "PORT
		// SUDAN, June 24").
		// (Both need a word in capitals: most tokens skip the calls.)
		if toks[i].isCapsWord() {
			if n := inCapitals(doc, i, s.lx, capsGPE); n > 0 {
				candidate(doc, i, i+n, GPE, "", "gazetteer:GPE-caps", PriorityList)
			} else if n := inCapitals(doc, i, s.lx, capsLoc); n > 1 || n > 0 && toks[i].Newline() {
				// "SOUTH CHINA SEA (May 3, 2024)"; one word only where a
				// line opens, as a dateline does ("ALPS" is an acronym).
				candidate(doc, i, i+n, Loc, "", "gazetteer:LOC-caps", PriorityList)
			} else if n, label := s.lx.datelinePlace(doc, i); n > 0 {
				candidate(doc, i, i+n, label, "", "gazetteer:dateline", PriorityGrammar)
			} else if n := inCapitals(doc, i, s.lx, capsEvent); n > 0 {
				// "KAMANDAG 9": an exercise's name in capitals.
				start, end := s.lx.eventEdition(doc, i, i+n)
				candidate(doc, start, end, Event, "", "gazetteer:EVENT-caps", PriorityList)
			}
		}
	}
	return nil
}

// placeAfterComma reports whether a comma and a known place follow at
// toks[k].
func (lx *lexicon) placeAfterComma(doc *Doc, k int) bool {
	return lx.commaPlace(doc, k) > 0
}

// commaPlace returns the number of tokens of a known place after a comma
// at toks[k], or 0.
func (lx *lexicon) commaPlace(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k].Text(doc) != "," {
		return 0
	}
	n, _ := lx.isPlace(doc, k+1)
	return n
}

// afterPrefix reports whether a prefix that makes a new name of the name
// after it ("Trans-Pacific", "Pan-Africa") is glued before toks[i] by a
// hyphen; "anti-Japan" is still Japan.
func afterPrefix(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i < 2 || !gluedHyphen(doc, i-1) || toks[i-2].Kind != Word || !wholeWord(doc, i-2, i-1) {
		return false
	}
	switch toks[i-2].Lower(doc) {
	case "trans", "pan":
		return true
	}
	return false
}

// shipClass reports whether "-class" is glued at toks[k], after a name
// that names a class of ships.
func shipClass(doc *Doc, k int) bool {
	toks := doc.Tokens
	return gluedHyphen(doc, k) && toks[k+1].Lower(doc) == "class"
}

// currencyPrefix reports whether a currency sign is glued at toks[k]
// after a name: "US$5.8 billion" names a currency, not the country.
func currencyPrefix(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k >= len(toks) || toks[k].SpaceBefore() {
		return false
	}
	switch toks[k].Text(doc) {
	case "$", "€", "£", "¥":
		return true
	}
	return false
}

// locative reports whether the name at toks[i] follows a preposition of
// place, with or without "the" ("at the Pentagon", "in the Kremlin").
func locative(doc *Doc, i int) bool {
	toks := doc.Tokens
	k := i - 1
	if k >= 0 && toks[k].Lower(doc) == "the" {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].Lower(doc) {
	case "at", "in", "inside", "outside", "near", "to", "from", "into", "visited", "leave", "left":
		return true
	}
	return false
}

// inCapitals returns the length of the name of the kind (capsGPE,
// capsLoc, capsEvent) spelt in capitals at toks[i] ("HANOI", "PORT
// SUDAN", "BALIKATAN"), or 0.
func inCapitals(doc *Doc, i int, lx *lexicon, kind byte) int {
	toks := doc.Tokens
	var buf [64]byte
	name := buf[:0] // on the stack for most names
	n := 0
	for k := i; k < len(toks) && k-i < 3 && toks[k].isCapsWord() && (k == i || toks[k].SpaceBefore()); k++ {
		if k > i {
			name = append(name, ' ')
		}
		name = append(name, toks[k].Lower(doc)...)
		if len(name) > 3 && lx.capsKind(name)&kind != 0 {
			n = k - i + 1
		}
	}
	return n
}

// maxDatelineWords bounds the words of a place in a dateline.
const maxDatelineWords = 4

// datelinePlace returns the length of a place in capitals that opens a
// line and the name of a known place follows after a comma, as in a
// dateline ("STUTTGART, Germany –", "CAMP HUMPHREYS, South Korea"), and
// its label: LOC for a facility ("YOKOTA AIR BASE, Japan"), GPE otherwise.
func (lx *lexicon) datelinePlace(doc *Doc, i int) (int, Label) {
	toks := doc.Tokens
	if i > 0 && !toks[i].Newline() || !toks[i].isCapsWord() {
		return 0, GPE
	}
	end := i
	for end < len(toks) && end-i < maxDatelineWords && toks[end].isCapsWord() && (end == i || toks[end].SpaceBefore()) {
		if lx.orgOpeners.startsAt(toks, end) {
			return 0, GPE // "USS KESSA, Arabian Gulf –", "ABOARD USS KESSA, …": a ship's dateline
		}
		end++
	}
	// After the comma a name in lower case, or a state's abbreviation
	// with its periods ("ZORVIK, N.D."): "NATO, EU" is no dateline.
	if end+1 >= len(toks) || toks[end].Text(doc) != "," || !toks[end+1].IsCap() || toks[end+1].isCapsWord() && !strings.Contains(toks[end+1].Text(doc), ".") {
		return 0, GPE
	}
	if _, ok := lx.isPlace(doc, end+1); !ok {
		return 0, GPE
	}
	for k := i; k < end; k++ {
		if lx.facilityWords.hasTok(&toks[k]) && !lx.common.hasTok(&toks[k]) {
			return end - i, Loc
		}
	}
	return end - i, GPE
}

// eventEdition widens an event name toks[start:end] to the edition that
// goes with it: an ordinal before ("11th ADMM-Plus"), a glued number or
// tail word of event_heads.txt after ("ADMM-18", "Meeting-Plus"), a year
// after ("RIMPAC 2024").
func (lx *lexicon) eventEdition(doc *Doc, start, end int) (int, int) {
	toks := doc.Tokens
	// (A spelt-out ordinal in lower case counts the meetings, not the
	// editions, before an acronym: "our first TARMIN under the new
	// cabinet".)
	// Nor before a meeting named by its parties, a format that "first"
	// says is new ("the first Japan-Tarvo Summit").
	if start+1 < end && !toks[start].IsCap() && isOrdinalWord(toks[start].Lower(doc)) && lx.opensWithParties(doc, start+1, end) {
		start++
	}
	if start > 0 && (toks[start-1].Kind == Number && isOrdinal(doc, &toks[start-1]) || isOrdinalWord(toks[start-1].Lower(doc)) && !(!toks[start-1].IsCap() && (end == start+1 && toks[start].isAcronym() || lx.opensWithParties(doc, start, end)))) {
		start--
	}
	// "the 2023 AUSMIN": a year between "the" and the name is its edition.
	if start > 1 && isYear(doc, &toks[start-1]) && toks[start-2].Lower(doc) == "the" && !toks[start-1].Newline() {
		start--
	}
	if end+1 < len(toks) && toks[end].Text(doc) == "-" && !toks[end].SpaceBefore() && !toks[end+1].SpaceBefore() &&
		(toks[end+1].Kind == Number || lx.isEventTail(doc, end+1)) {
		end += 2
		if roundLetter(doc, end) {
			end++ // "Strait Kessa-2026A"
		}
	}
	switch {
	case end >= len(toks) || toks[end].Newline():
		// a year on the next line is the dateline's
	case toks[end].SpaceBefore() && iteration(doc, end):
		end += 3 // "Cope Tarvo 25-2": the year's second iteration
	case toks[end].SpaceBefore() && (isYear(doc, &toks[end]) || shortYear(doc, end) || editionNumber(doc, end) || decimalIteration(doc, end)):
		end++
	}
	return start, end
}

// roundLetter reports whether toks[k] is one capital letter glued to the
// number before it, which letters an exercise's rounds in its year
// ("Kessa Sword-2026A", "-2026B"), and ends its word.
func roundLetter(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < 1 || k >= len(toks) || toks[k-1].Kind != Number || toks[k].SpaceBefore() || toks[k].Kind != Word {
		return false
	}
	s := toks[k].Text(doc)
	return len(s) == 1 && 'A' <= s[0] && s[0] <= 'Z' && (k+1 == len(toks) || toks[k+1].SpaceBefore() || toks[k+1].Kind == Punct)
}

// opensWithParties reports whether the name toks[start:end] opens with
// two places or more glued by hyphens ("Kessa-Tarvo Summit"), or with
// capitalised words so glued before another word, known places or not
// ("Zorvia-Tarvia Defense Meeting"), unless the compound is one place
// ("Indo-Pacific").
func (lx *lexicon) opensWithParties(doc *Doc, start, end int) bool {
	n, ok := lx.isPlace(doc, start)
	if ok && start+n+1 < end && gluedHyphen(doc, start+n) && lx.placeOrNationality(doc, start+n+1) {
		return true
	}
	toks := doc.Tokens
	if ok || toks[start].Kind != Word || !toks[start].IsCap() {
		return false
	}
	k := start + 1
	for k+1 < end && gluedHyphen(doc, k) && toks[k+1].IsCap() && toks[k+1].Kind == Word {
		k += 2
	}
	return k > start+1 && k < end
}

// editionNumber reports whether toks[k] is a one-digit edition number that
// ends a phrase: "KAMANDAG 9 in the Philippines".
func editionNumber(doc *Doc, k int) bool {
	toks := doc.Tokens
	t := &toks[k]
	if t.Kind != Number || len(t.Text(doc)) != 1 || !isDigit(rune(t.Text(doc)[0])) {
		return false
	}
	return k+1 == len(toks) || toks[k+1].Kind == Punct && toks[k+1].Text(doc) != "-" || isClauseWord(toks[k+1].Lower(doc))
}

// iteration reports whether toks[k:k+3] are a two-digit year, a hyphen and
// a number glued ("25-2"): an exercise's iteration in its year.
func iteration(doc *Doc, k int) bool {
	toks := doc.Tokens
	return k+2 < len(toks) && twoDigits(doc, &toks[k]) && toks[k+1].Text(doc) == "-" && !toks[k+1].SpaceBefore() &&
		toks[k+2].Kind == Number && !toks[k+2].SpaceBefore()
}

// shortYear reports whether toks[k] is a year in two digits that ends an
// event's name ("Freedom Shield 23", "Balikatan 24"): no word follows it
// that it would count ("23 ships"), or a verb ("Tarvo Shield 20 was"), or
// the line ends; a verb in the past tense too ("Kessa Shield 24
// concluded").
func shortYear(doc *Doc, k int) bool {
	toks := doc.Tokens
	if !twoDigits(doc, &toks[k]) {
		return false
	}
	return k+1 == len(toks) || toks[k+1].Newline() || toks[k+1].Kind == Punct || isClauseWord(toks[k+1].Lower(doc)) || isSubjectVerb(toks[k+1].Lower(doc)) || pastVerbAfterYear(doc, k+1)
}

// twoDigits reports whether t is a number of two digits.
func twoDigits(doc *Doc, t *Token) bool {
	return t.Kind == Number && len(t.Text(doc)) == 2 && isDigit(rune(t.Text(doc)[0])) && isDigit(rune(t.Text(doc)[1]))
}

// isOrdinalWord reports whether w is an ordinal spelt out, as an edition
// ("the third Global Air Chiefs Conference").
func isOrdinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "twentieth", "thirtieth", "fiftieth":
		return true
	}
	return false
}

// isEventTail reports whether toks[k] is a word that may follow an event's
// head ("Plus").
func (lx *lexicon) isEventTail(doc *Doc, k int) bool {
	toks := doc.Tokens
	_, v, ok := lx.eventHeads.longest(toks, k)
	return ok && v == "tail"
}

// arabicArticle returns the start of the name at toks[i] with the Arabic
// article glued before it ("al-Qaim"), or i.
func arabicArticle(doc *Doc, i int) int {
	toks := doc.Tokens
	if i >= 2 && toks[i-1].Text(doc) == "-" && !toks[i-1].SpaceBefore() && !toks[i].SpaceBefore() {
		switch toks[i-2].Text(doc) {
		case "al", "Al", "el", "El", "ad", "as", "ar", "an", "at", "az":
			return i - 2
		}
	}
	return i
}

// gluedHyphen reports whether toks[k] is a hyphen between two words with
// no space on either side.
func gluedHyphen(doc *Doc, k int) bool {
	toks := doc.Tokens
	return k+1 < len(toks) && !toks[k+1].SpaceBefore() && !toks[k].SpaceBefore() && toks[k].Text(doc) == "-"
}

// wholeWord reports whether tokens [i, j) are not glued to a letter or digit
// on either side (so "UN" does not match inside "UNSCR" split oddly), while
// hyphens and punctuation may touch them ("ASEAN-led").
func wholeWord(doc *Doc, i, j int) bool {
	toks := doc.Tokens
	if i > 0 && !toks[i].SpaceBefore() && toks[i-1].Kind != Punct {
		return false
	}
	if j < len(toks) && !toks[j].SpaceBefore() && toks[j].Kind != Punct {
		return false
	}
	return true
}

// officeOfBody reports whether the rank toks[i:end] is also an office
// whose body's name follows it: "Commander Naval Sea Systems Command",
// "Commander Joint Forces Tarvo" name the office, not a commander's rank
// before his name.
func (lx *lexicon) officeOfBody(doc *Doc, i, end int) bool {
	if n, _, ok := lx.roleHeads.longest(doc.Tokens, i); !ok || i+n != end {
		return false
	}
	_, body := lx.capitalRun(doc, end)
	return body
}

// officerClass reports whether w, after a rank word, makes it the name
// of a class of officers ("General Officers").
func officerClass(w string) bool { return w == "officer" || w == "officers" }

// rankStage finds military and police ranks, full or abbreviated, and
// gives each its canonical full form as value.
type rankStage struct{ lx *lexicon }

func (s *rankStage) Name() string { return "ranks" }

// officeGeneralFirst reports whether the rank of n words at toks[i]
// opens with a "General" that ends an office before it ("Adjutant General
// Major General Ivo Tarn", "Deputy Inspector General Major Ana Ruiz"):
// the post-Soviet order "General Major" is no rank there; after a
// nationality or another word it is ("Kessan General Major Ivo Tarn").
func (lx *lexicon) officeGeneralFirst(doc *Doc, i, n int) bool {
	toks := doc.Tokens
	if n < 2 || i == 0 || toks[i].Text(doc) != "General" || !toks[i].SpaceBefore() || toks[i].Newline() {
		return false
	}
	for k := i - 1; k >= max(0, i-maxOfficeBeforeGeneral); k-- {
		if !toks[k].IsCap() || toks[k].Kind != Word {
			return false
		}
		if end, ok := lx.matchRole(doc, k); ok && end == i+1 {
			return true
		}
	}
	return false
}

// maxOfficeBeforeGeneral bounds the words of an office that "General"
// ends ("Deputy Inspector General").
const maxOfficeBeforeGeneral = 3

func (s *rankStage) Process(doc *Doc) error {
	toks := doc.Tokens
	for i := 0; i < len(toks); i++ {
		if !s.lx.mayStartRank(&toks[i]) {
			continue
		}
		n, value, abbreviated := s.lx.matchRank(doc, i)
		if n == 0 || s.lx.rankGluedAfterWord(doc, i) || s.lx.officeGeneralFirst(doc, i, n) {
			continue
		}
		named := i+n < len(toks) && (s.lx.isNameWord(doc, &toks[i+n]) || spacedInitials(doc, i+n) > i+n) && (!toks[i+n].Newline() || captionRankBreak(doc, i+n, abbreviated)) && !s.lx.headlineVerbs.hasTok(&toks[i+n])
		// "the General Office", "the Sergeant School": a rank word
		// before an organisation's head word is part of that name; one
		// before another rank is an office ("TNI Commander General
		// Andika Perkasa").
		// A rank word before "Officer" names a class of officers, not
		// one ("General Officers", "a Flag Officer post").
		if named {
			_, _, head := s.lx.orgHeads.longest(toks, i+n)
			named = !head && !s.lx.startsRank(doc, i+n) && !officerClass(toks[i+n].Lower(doc)) && !s.lx.officeOfBody(doc, i, i+n)
		}
		multi := n > 1 && !abbreviated
		// "Maj. Gen. (Ret.) Ivo Tarn", "Master Sgt. (OR-8) Ivo Tarn": a
		// mark in brackets before the name.
		if close := rankMarkBracket(doc, i+n); !named && close > 0 && close+1 < len(toks) && s.lx.isNameWord(doc, &toks[close+1]) {
			named = true
		}
		if named || multi || rankConferred(doc, i) || bracketedRank(doc, i, i+n) {
			candidate(doc, i, i+n, Rank, value, "rank", PriorityGrammar)
			i += n - 1
		}
	}
	return nil
}

// captionRankBreak reports whether a line break before toks[j], after an
// abbreviated rank, only wraps a caption or a list line between the rank
// and its holder's name: "U.S. Army Staff Sgt." and on the next line
// "Dario Venn". An abbreviation ends no line of its own; a rank written
// out may ("… promoted to Colonel" ends a line, "Ivo Tarn" opens the next).
func captionRankBreak(doc *Doc, j int, abbreviated bool) bool {
	return abbreviated && !doc.Tokens[j].Break() && strings.HasSuffix(doc.Tokens[j-1].Text(doc), ".")
}

// bracketedRank reports whether the rank toks[i:end] stands in brackets
// after a name, alone or before a comma: "Ivo Tarn (Lt. Gen., retired)",
// "Ana Ruiz (Colonel)".
func bracketedRank(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if i < 2 || end >= len(toks) || toks[i-1].Text(doc) != "(" || toks[i].Break() || toks[i-1].Break() {
		return false
	}
	if w := toks[end].Text(doc); w != "," && w != ")" {
		return false
	}
	return toks[i-2].Kind == Word && toks[i-2].IsCap()
}

// rankConferred reports whether the rank at toks[i] is one conferred on
// someone, named without its holder after it: "promoted to Colonel",
// "promoted Ana Ruiz to Colonel", "the rank of Major".
func rankConferred(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i < 2 || toks[i].Break() || toks[i-1].Break() {
		return false
	}
	switch toks[i-1].Lower(doc) {
	case "of":
		return toks[i-2].Lower(doc) == "rank"
	case "to":
		// The promoted person's name may stand between.
		j := i - 2
		for j > 0 && i-2-j < maxPromotedName && toks[j].IsCap() && toks[j].Kind == Word && !toks[j+1].Break() {
			j--
		}
		return !toks[j+1].Break() && promotionVerb(toks[j].Lower(doc))
	}
	return false
}

// maxPromotedName bounds the words of a name between "promoted" and the
// rank it is promoted to.
const maxPromotedName = 4

// matchRank returns the length in tokens of the longest rank starting at
// toks[i] (0 if none), its canonical form, and whether it was abbreviated.
// Abbreviations are expanded word by word ("Sen. Lieut. Gen." -> "senior
// lieutenant general") and walked through the trie of canonical ranks.
func (lx *lexicon) matchRank(doc *Doc, i int) (n int, value string, abbreviated bool) {
	toks := doc.Tokens
	if !toks[i].IsCap() && !(toks[i].Kind == Number && isOrdinal(doc, &toks[i])) {
		return 0, "", false // "1st Lt." opens with an ordinal
	}
	if !lx.mayStartRank(&toks[i]) {
		return 0, "", false // neither a rank's first word nor an abbreviation
	}
	node, ok := int32(0), true
	abbr := false
	for j := i; j < len(toks) && ok; j++ {
		t := &toks[j]
		// Punctuation ends a rank, but for a glued hyphen ("Major-General"),
		// the brackets of "Rear Admiral (lower half)" and a rate's
		// possessive ("Boatswain's Mate").
		if j > i && (t.Newline() || t.Kind == Punct && t.Text(doc) != "-" && t.Text(doc) != "(" && t.Text(doc) != ")" && !isPossessiveToken(t.Text(doc))) {
			break
		}
		if exp, found := lx.rankAbbrev.getTok(t); found {
			if exp != t.Lower(doc) {
				abbr = true
			}
			node, ok = walkWords(lx.ranks, node, lx.tk.vocab, exp)
		} else {
			node, ok = lx.ranks.child(node, t.lowID)
		}
		if v, end := lx.ranks.end(node); ok && end {
			n, value, abbreviated = j-i+1, v, abbr
			if value == "" {
				value = canonicalRank(doc, i, j+1, lx)
			}
		}
	}
	if n > 0 && rateClass(doc, i+n) && !strings.EqualFold(toks[i+n-1].Text(doc), "class") {
		// "Electronics Technician 1st Class": a rate and its class.
		n += 2
		value = canonicalRank(doc, i, i+n, lx)
	}
	return n, value, abbreviated
}

// rateClass reports whether toks[k:k+2] is the class of a naval or air
// rate, "First Class" to "Third Class", the ordinal in words or figures.
func rateClass(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k+1].Lower(doc) != "class" || !toks[k+1].IsCap() {
		return false
	}
	switch toks[k].Lower(doc) {
	case "first", "second", "third", "1st", "2nd", "3rd":
		return true
	}
	return false
}

// mayStartRank is matchRank's test of the first word, small enough to be
// inlined: a rank's first word or an abbreviation.
func (lx *lexicon) mayStartRank(t *Token) bool {
	return t.props&propRankStart != 0
}

// walkWords follows the space-separated words of s from node in p.
func walkWords(p *phraseSet, node int32, vocab *vocabulary, s string) (int32, bool) {
	start := 0
	for k := 0; k <= len(s); k++ {
		if k < len(s) && s[k] != ' ' {
			continue
		}
		c, ok := p.child(node, vocab.id(s[start:k]))
		if !ok {
			return 0, false
		}
		node, start = c, k+1
	}
	return node, true
}

// canonicalRank spells out the rank the tokens [i, j) name, in title case.
func canonicalRank(doc *Doc, i, j int, lx *lexicon) string {
	toks := doc.Tokens[i:j]
	out := make([]byte, 0, 32)
	for k, t := range toks {
		words := t.Lower(doc)
		if exp, ok := lx.rankAbbrev.getTok(&toks[k]); ok {
			words = exp
		}
		if isPossessiveToken(words) {
			words = "'s" // "Gunner’s Mate" → "Gunner's Mate"
		} else if k > 0 {
			out = append(out, ' ')
		}
		up := true
		for i := 0; i < len(words); i++ {
			c := words[i]
			if up && 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			up = c == ' ' || c == '-'
			out = append(out, c)
		}
	}
	return string(out)
}

// pastVerbAfterYear reports whether toks[k], after an exercise's year in
// two digits, is a verb in the past tense in lower case ("Kessa Shield 24
// concluded March 14"), which no count takes as its noun.
func pastVerbAfterYear(doc *Doc, k int) bool {
	t := &doc.Tokens[k]
	return t.Kind == Word && !t.IsCap() && pastForm(t.Lower(doc))
}

// rankGluedAfterWord reports whether the rank word at toks[i] is glued by
// a hyphen after a capitalised word that opens no rank: the second half
// of a compound ("Next-Gen Kessa Radar"), no rank; a rank's own hyphen
// ("Major-General") starts at its first word.
func (lx *lexicon) rankGluedAfterWord(doc *Doc, i int) bool {
	toks := doc.Tokens
	return i >= 2 && gluedHyphen(doc, i-1) && toks[i-2].Kind == Word && toks[i-2].IsCap() && !lx.mayStartRank(&toks[i-2])
}

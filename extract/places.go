package extract

import "strings"

// placeStage finds places that are not in the gazetteer by the words that
// open or close their names ("Mount Qandil", "Incirlik Air Base") and parts
// of countries named by a compass word ("Northern Iraq"), all LOC, and
// divisions of countries named by their capitalised kind ("Rostov Region",
// "Kandor Province") and official names of states and cities ("Grand Duchy
// of Luxembourg", "City of Manila"), which are GPEs.
type placeStage struct{ lx *lexicon }

func (s *placeStage) Name() string { return "places" }

func (s *placeStage) Process(doc *Doc) error {
	toks := doc.Tokens
	lx := s.lx
	lx.datelinePlaces(doc)
	lx.titleDatelinePlaces(doc)
	lx.creditDatelinePlace(doc)
	lx.stampLinePlaces(doc)
	lx.placesOwnedByName(doc)
	next := 0 // the token after the last place
	for _, c := range doc.capitals {
		i := int(c)
		t := &toks[i]
		if i < next || t.Kind != Word || !lx.locPatterns.startsAt(toks, i) {
			continue
		}
		n, v, ok := lx.locPatterns.longest(toks, i)
		if !ok {
			continue
		}
		// "City" opens a state ("City of Tarvo") and closes a division
		// ("Tarvo City").
		stateEnd := 0
		if v == "state" {
			if stateEnd = lx.prepPlace(doc, i+n, "of"); stateEnd == 0 && lx.adminWords.hasTok(t) {
				v = "admin"
			} else if stateEnd == 0 && !lx.orgHeads.startsAt(toks, i) {
				// "the Kingdom of Tarvo": a state's title before an
				// unknown name.
				stateEnd = lx.heldStateEnd(doc, i, i+n, lx.namedAfterOf(doc, i+n))
			}
		}
		switch v {
		case "before":
			end := i + n
			// "Naval Support Activity (NSA) Bahrain": the short form
			// inside the name, before the place's own name.
			if kindAbbreviated(doc, i, end) && end+3 < len(toks) && lx.isNameWord(doc, &toks[end+3]) && toks[end+3].SpaceBefore() {
				end += 3
			}
			for end < len(toks) && end-i < maxNameSpan && !toks[end].Newline() {
				if lx.isNameWord(doc, &toks[end]) && !lx.headlineVerbs.hasTok(&toks[end]) && !lx.holderTitleAt(doc, end) {
					end++
				} else if end > i+n && gluedHyphen(doc, end) && lx.isNameWord(doc, &toks[end+1]) {
					end += 2 // "Joint Base Kestrel-Marlow"
				} else if (end > i+n || arabicArticleWord(doc, end, true)) && end+1 < len(toks) && lx.particles.hasTok(&toks[end]) && !toks[end].IsCap() && lx.isNameWord(doc, &toks[end+1]) {
					end += 2 // "Strait of Bab al Mandeb", "Wadi al Kessa": the article may follow the feature's word
				} else if (end > i+n || arabicArticleWord(doc, end, true)) && end+2 < len(toks) && lx.particles.hasTok(&toks[end]) && !toks[end].IsCap() && gluedHyphen(doc, end+1) && lx.isNameWord(doc, &toks[end+2]) {
					end += 3 // "Strait of Bab al-Mandeb", "Jebel al-Tarvo"
				} else {
					break
				}
			}
			if end > i+n && lx.closedByFacility(doc, i+n, end) {
				// "Tarvo Naval Station Parade Ground": the facility that
				// closes the name reads it from its own start.
				break
			}
			if end > i+n && lx.namedBeforeOther(doc, i, end) {
				// "Port of Spain": a listed town; "the Port of Tarvo
				// Authority": a body.
				next = end
				break
			}
			if end == i+n+1 && craftsAfterOpener(doc, i, end) {
				next = end
				break
			}
			if end > i+n {
				candidate(doc, i, end, Loc, "", "place:before", PriorityGrammar)
				next = end
				break
			}
			if n < 2 {
				break
			}
			// A facility of two words or more names its place on either
			// side: "Naval Station Tarvo", "Tarvo Naval Station".
			v = "after"
			fallthrough
		case "after", "admin", "zone":
			start := i
			// A Title Case headline's verb ends the name: "Militia
			// Captures Tarvo District", "Fleet Visits Kessa Naval Base".
			for start > 0 && i-start < maxNameSpan && !toks[start].Newline() && !toks[start].SentStart() {
				if e := lx.afterRankedName(doc, start, i); e >= 0 {
					start = e
					break
				}
				if lx.isNameWord(doc, &toks[start-1]) && !lx.headlineVerbs.hasTok(&toks[start-1]) && !headlinePreposition(toks[start-1].Lower(doc)) {
					start--
				} else if start > 1 && toks[start-1].Text(doc) == "-" && !toks[start-1].SpaceBefore() && !toks[start].SpaceBefore() && lx.isNameWord(doc, &toks[start-2]) {
					start -= 2 // "Vietnam-Laos Friendship Monument"
				} else if start < i && start > 2 && toks[start-1].Text(doc) == "and" && lx.innerFacilityWord(doc, start-2) {
					start -= 2 // "the Kessa Test and Training Range": a facility's word before "and" joins one name
				} else if start == i && lowerGluedName(doc, start) && lx.isNameWord(doc, &toks[start-3]) {
					start -= 3 // "Vel-ora Cay": a lower-case part glued by a hyphen
				} else if start < i && !toks[start-1].SentStart() && cardinalName(doc, &toks[start-1]) {
					start-- // "Seven Hills Training Area": a number in the name
				} else {
					break
				}
			}
			// A nationality adjective stays in a place's name ("Australian
			// War Memorial"): rule 3 drops it from ORG, ROLE and PERSON only.
			if v == "admin" {
				start = lx.dropDemonyms(doc, start, i, i+n)
			}
			// "the 32nd Kessa Air Base": a base numbered in its name.
			if v == "after" && start < i && start > 0 && toks[start-1].Kind == Number && isOrdinal(doc, &toks[start-1]) && lx.facilityWord(doc, i) {
				start--
			}
			switch {
			case start == i && v == "admin":
				// "the District of Tarvo": a division named after "of".
				if end := lx.namedAfterOf(doc, i+n); end > 0 {
					candidate(doc, i, end, GPE, "", "place:admin", PriorityGrammar)
					next = end
				}
			case start == i && v == "zone":
				// "the Flight Information Region": a zone's kind is its
				// name.
				candidate(doc, i, i+n, Loc, "", "place:zone", PriorityGrammar)
			case start == i:
				// "(RMAF) Base Tarvik": a base's word before its town;
				// "Hill 355": a hill by its height, as maps number them.
				if end := lx.baseTown(doc, i, i+n); end > i+n {
					candidate(doc, i, end, Loc, "", "place:after", PriorityGrammar)
				} else if k := i + n; toks[i].Lower(doc) == "hill" && k < len(toks) && toks[k].Kind == Number && toks[k].SpaceBefore() && len(toks[k].Text(doc)) <= 4 {
					candidate(doc, i, i+n+1, Loc, "", "place:after", PriorityGrammar)
				}
			case v == "after" && lx.surnameAfterTitle(doc, i, n):
				// "Sgt. Ana Hill": a person's name.
			case v == "after" && lx.portVisit(doc, i, n):
				// "USS Kessa Conducts Tarvo Port Visit": the town visited.
				candidate(doc, start, i, GPE, "", "place:after", PriorityGrammar)
			case v == "after" || v == "zone":
				// "Tindal Air Base Katherine": a base named with its town;
				// "Shindand Airfield East": a part of it by its compass
				// point.
				end := i + n
				if end < len(toks) && isCompassPoint(toks[end].Text(doc)) && (end+1 == len(toks) || !toks[end+1].IsCap() || toks[end+1].Kind != Word) {
					end++
				}
				if m, ok := lx.isPlace(doc, end); ok && toks[end].SpaceBefore() && !toks[end].Break() && lx.facilityWord(doc, i) {
					end += m
				} else {
					end = lx.baseTown(doc, i, end)
				}
				if end == i+n && toks[i].Lower(doc) == "cay" && numberedFacility(doc, end) {
					end++ // "Pag-asa Cay 3": one of a group of cays
				}
				// "Solomon Islands" is a state; "a Ruritanian island"
				// in Title Case names none.
				if !lx.gpe.has(toks, start, end) && !(end == i+1 && toks[i].Lower(doc) == "island" && lx.dropDemonyms(doc, start, i, end) == i) {
					candidate(doc, start, end, Loc, "", "place:after", PriorityGrammar)
				}
			case lx.loc.has(toks, start, i):
				candidate(doc, start, i+n, Loc, "", "place:admin", PriorityGrammar)
			case lx.org.has(toks, start, i+n):
				// "Islamic State West Africa Province" is a listed group.
			case v == "admin" && lx.namesBody(doc, start, i):
				// "Coast Guard Seventh District", "Coast Guard District
				// 14": a body's division.
				end := i + n
				if end < len(toks) && toks[end].Kind == Number && toks[end].SpaceBefore() && len(toks[end].Text(doc)) <= 3 {
					end++
				}
				candidate(doc, start, end, Org, "", "org:head", PriorityGrammar)
			default:
				// "Rostov Region", "Kandor Province": a division of a country.
				candidate(doc, start, i+n, GPE, "", "place:admin", PriorityGrammar)
			}
			if v == "zone" {
				next = i + n // "Region" in "Flight Information Region" opens no division
			}
		case "state":
			// "the Grand Duchy of Luxembourg", "People's Republic of China";
			// but "Department of State of Ruritania": a state's title is
			// no complement of "of".
			if stateEnd > 0 && (i == 0 || toks[i-1].Text(doc) != "of") {
				// "People's Republic of China", but "Japan-Republic of
				// Korea" names two states.
				start := lx.extendLeft(doc, i)
				for k := start; k < i; k++ {
					if toks[k].Text(doc) == "-" {
						start = k + 1
					}
				}
				candidate(doc, start, stateEnd, GPE, "", "place:state", PriorityGrammar)
				next = stateEnd
			}
		case "town", "town-verb":
			// "Barangay Tanduh Bato": a settlement by the word that opens it;
			// an opener that is an English verb too opens none at a
			// sentence's or a quotation's start ("Tell Kessa the truth").
			end := i + n
			if v == "town-verb" && (toks[i].SentStart() || i > 0 && isQuote(toks[i-1].Text(doc))) {
				break
			}
			for end < len(toks) && end-i < maxNameSpan && toks[end].SpaceBefore() && !toks[end].Break() && lx.isNameWord(doc, &toks[end]) && lx.plainName(doc, end) && !lx.headAt(doc, end) {
				end++
				// "Barangay Pag-asa": a word glued by a hyphen, in any
				// case, is the name's; but not one that makes an
				// adjective of the name before a noun ("Barangay
				// Kessa-based troops").
				if gluedHyphen(doc, end) && toks[end+1].Kind == Word && (toks[end+1].IsCap() || lx.endsWordGroup(doc, end+2)) {
					end += 2
				}
			}
			// "Deir al-Tarvo": the article glued to the name's word.
			if end == i+n && end+2 < len(toks) && toks[end].SpaceBefore() && lx.particles.hasTok(&toks[end]) && !toks[end].IsCap() && gluedHyphen(doc, end+1) && toks[end+2].IsCap() {
				end += 3
			}
			if end > i+n {
				candidate(doc, i, end, GPE, "", "place:town", PriorityGrammar)
			}
		case "facility":
			// "Pier 15": a numbered facility.
			if numberedFacility(doc, i+n) {
				candidate(doc, i, i+n+1, Loc, "", "place:facility", PriorityGrammar)
			} else if start := lx.facilityNameStart(doc, i); start < i {
				// "at the Rizal Hall", "alongside Vuna Wharf": a name that
				// the word closes after a preposition of place.
				candidate(doc, start, i+n, Loc, "", "place:facility", PriorityGrammar)
			}
		case "honoree":
			// "the Ivo Tarn Hospital": a building named after a person.
			if start := lx.honoreeStart(doc, i); start < i {
				candidate(doc, start, i+n, Loc, "", "place:honoree", PriorityGrammar)
				next = i + n
			}
		case "shared":
			// "the Kessa and Tarvo Seas": a plural closes both names.
			if start := lx.sharedPluralStart(doc, i); start < i {
				candidate(doc, start, i+n, Loc, "", "place:shared", PriorityGrammar)
				next = i + n
			} else if lx.pluralBaseNames(doc, i, n) {
				next = i + n
			}
		case "compass":
			// (Not a listed state named by its part: "Western Australia".)
			if m, ok := lx.isPlace(doc, i+n); ok && !lx.gpe.has(toks, i, i+n+m) {
				candidate(doc, lx.sharedCompass(doc, i), i+n+m, Loc, "", "place:compass", PriorityGrammar)
			}
		}
	}
	lx.compassStates(doc)
	return nil
}

// sharedCompass returns where the part of a place named by the compass
// word at toks[i] begins: at another compass word joined to it by "and" or
// "or", the two sharing the place ("Central and Northern Tarvo",
// "Eastern or Southern Kessa" are one LOC), else at i.
func (lx *lexicon) sharedCompass(doc *Doc, i int) int {
	toks := doc.Tokens
	// A plain point before "and" names its own part of the listed place
	// ("East and West Tarvo", "West and Central Kessa"), as the gold
	// reads them; an adjective's form shares it ("Central and South
	// Kessa").
	if i < 2 || !toks[i-2].IsCap() || isCompassPoint(toks[i-2].Text(doc)) {
		return i
	}
	if w := toks[i-1].Lower(doc); w != "and" && w != "or" {
		return i
	}
	if n, v, ok := lx.locPatterns.longest(toks, i-2); ok && n == 1 && v == "compass" {
		return i - 2
	}
	return i
}

// sharedPluralStart returns the start of two names joined by "and" or
// "or" that the plural place word at toks[i] closes together ("the Kessa
// and Tarvo Seas", "Pilna and Zorvik Military Camps", "the East and South
// Kessa Seas"), of more names listed with commas before "and" ("the
// Zorvik, Kessa and Tarvo Seas") or of two glued by a hyphen ("the
// Kessa-Tarvo Seas"), or i. Each name is one to three capitalised words on the
// sentence's line, the first of which opens no body or rank; a listed
// state before "and" keeps its own name ("Tarvo and Kessa Camps").
func (lx *lexicon) sharedPluralStart(doc *Doc, i int) int {
	toks := doc.Tokens
	nameStart := func(end int) int {
		start := end
		for start > 0 && end-start < 3 && !toks[start].SentStart() && !toks[start].Newline() && lx.isNameWord(doc, &toks[start-1]) && !lx.headlineVerbs.hasTok(&toks[start-1]) {
			start--
		}
		if start < end && (lx.orgHeads.startsAt(toks, start) || lx.startsRank(doc, start)) {
			return end // "the Army and Navy Bases": bodies, not places
		}
		if start < end && end < i && lx.orgHeads.startsAt(toks, end-1) {
			return end // "Kessa Airlines and Tarvo Seas": a body's head closes the first
		}
		return start
	}
	second := nameStart(i)
	if second == i || second < 2 || toks[second].SentStart() {
		return i
	}
	// "the Kessa-Tarvo Seas": two one-word names glued by a hyphen.
	if gluedHyphen(doc, second-1) {
		if first := second - 2; lx.isNameWord(doc, &toks[first]) && !lx.isCountry(doc, first, second-1) && (first == 0 || !lx.isNameWord(doc, &toks[first-1]) && !gluedHyphen(doc, first-1)) {
			return first
		}
		return i
	}
	if w := toks[second-1].Text(doc); w != "and" && w != "or" {
		return i
	}
	// "the Kessa, Tarvo, and Pilna Seas": a comma before "and".
	end := second - 1
	if end > 0 && isComma(doc, &toks[end-1]) {
		end--
	}
	first := nameStart(end)
	if first == end || first > 0 && lx.isNameWord(doc, &toks[first-1]) && !toks[first].SentStart() || lx.gpe.has(toks, first, end) {
		return i
	}
	// "the Zorvik, Kessa and Tarvo Seas": more names before, after commas.
	for first > 1 && isComma(doc, &toks[first-1]) {
		prev := nameStart(first - 1)
		if prev == first-1 || prev > 0 && lx.isNameWord(doc, &toks[prev-1]) || lx.gpe.has(toks, prev, first-1) {
			return i // "Japan, Kessa and Tarvo Seas": a list of something else
		}
		first = prev
	}
	return first
}

// closedByFacility reports whether a pattern that closes a place's name
// ("Parade Ground", "Museum") ends the words toks[from:end].
func (lx *lexicon) closedByFacility(doc *Doc, from, end int) bool {
	toks := doc.Tokens
	for k := from; k < end; k++ {
		if m, v, ok := lx.locPatterns.longest(toks, k); ok && v == "after" && k+m == end {
			return true
		}
	}
	return false
}

// facilityNameStart returns the start of the capitalised name that the
// facility's word toks[i] closes after a preposition of place, "the"
// allowed between ("at the Rizal Hall", "to Vuna Wharf"), or i.
func (lx *lexicon) facilityNameStart(doc *Doc, i int) int {
	toks := doc.Tokens
	start := i
	for start > 0 && i-start < maxNameSpan && !toks[start].SentStart() && lx.isNameWord(doc, &toks[start-1]) {
		start--
	}
	p := start - 1
	if p > 0 && toks[p].Lower(doc) == "the" {
		p--
	}
	if start == i || p < 0 || toks[p].IsCap() || !lx.placePreps.hasTok(&toks[p]) && !lx.placeWeakPreps.hasTok(&toks[p]) && toks[p].Lower(doc) != "alongside" {
		return i
	}
	if p == start-1 && lx.personNameOpens(&toks[start]) {
		return i
	}
	return start
}

// portVisit reports whether the place's word toks[i:i+n] is "Port" before
// "Visit" or "Call" (place_cues.tsv's `port-call`), in any case: a ship's port visit or port call names
// the town it visits before it ("Conducts Tarvo Port Visit"), no port.
func (lx *lexicon) portVisit(doc *Doc, i, n int) bool {
	toks := doc.Tokens
	if n != 1 || i+1 >= len(toks) || toks[i].Lower(doc) != "port" {
		return false
	}
	return lx.portCalls.hasTok(&toks[i+1])
}

// headAt reports whether toks[k] opens a place's or a body's kind
// (loc_patterns.tsv, org_heads.txt), which ends a settlement's name read
// by its opening word ("Beit Kessa Hospital", "Barangay Tarvo Council").
func (lx *lexicon) headAt(doc *Doc, k int) bool {
	return lx.locPatterns.startsAt(doc.Tokens, k) || lx.orgHeads.startsAt(doc.Tokens, k)
}

// namedBeforeOther reports whether the name toks[i:end] that a place's
// opening word begins is something else's: a listed town or state named
// by a feature ("Port of Spain"), or a body whose head closes it ("the
// Port of Tarvo Authority", "the Mount Kessa Council").
func (lx *lexicon) namedBeforeOther(doc *Doc, i, end int) bool {
	return lx.gpe.has(doc.Tokens, i, end) || lx.orgHeads.startsAt(doc.Tokens, end-1)
}

// honoreeStart returns the start of a person's name of two words or more
// that the building's word at toks[i] closes ("the Ivo Tarn Hospital",
// "John Kessler Hospital"), or i. The name opens with a listed given or
// family name, on its sentence; a name of one word is a place's or a
// body's as often ("the Kessa Hospital", "National Referral Hospital").
func (lx *lexicon) honoreeStart(doc *Doc, i int) int {
	toks := doc.Tokens
	start := i
	for start > 0 && i-start < maxNameSpan && !toks[start].SentStart() && !toks[start].Newline() && lx.isNameWord(doc, &toks[start-1]) && !lx.headlineVerbs.hasTok(&toks[start-1]) {
		start--
	}
	if i-start < 2 || !lx.personNameOpens(&toks[start]) {
		return i
	}
	return start
}

// personNameOpens reports whether t is a listed given or family name, which
// opens a person's name after a preposition as often as a facility's
// ("went to Nguyen Thi Dao", "to John Hall"); after "the" it names the
// facility ("at the Rizal Hall").
func (lx *lexicon) personNameOpens(t *Token) bool {
	return lx.givenNames.hasTok(t) || lx.familyNames.hasTok(t)
}

// facilityWord reports whether the pattern at toks[i] names a base
// ("Air Base", "Air Force Base"), which the name of its town may follow,
// or a river, whose name may follow it in British use ("River Tarvo").
func (lx *lexicon) facilityWord(doc *Doc, i int) bool {
	toks := doc.Tokens
	n, _, _ := lx.locPatterns.longest(toks, i)
	switch toks[i+n-1].Lower(doc) {
	case "base", "river":
		return true // "Base Tarvik", "River Tarvo"
	}
	return false
}

// namedAfterOf returns the end of "of", maybe "the", and up to three
// capitalised words at toks[k] that open no body, office or rank, or 0
// ("Republic of the Tarvo Isles").
func (lx *lexicon) namedAfterOf(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k].Text(doc) != "of" {
		return 0
	}
	if toks[k+1].Text(doc) == "the" && k+2 < len(toks) {
		k++
	}
	e := k + 1
	dated := false // a date ends the name as a full stop would ("… of the Tarvo Isles January 14-23")
	for e < len(toks) && e-k <= 3 && lx.isNameWord(doc, &toks[e]) && !toks[e].Break() && !lx.orgHeads.startsAt(toks, e) && !lx.startsRank(doc, e) {
		if dated = e > k+1 && calendarDateAt(doc, e); dated || lx.isRoleHead(&toks[e]) {
			break
		}
		e++
	}
	if e == k+1 || !dated && e < len(toks) && toks[e].IsCap() && toks[e].Kind == Word && toks[e].SpaceBefore() {
		return 0
	}
	return e
}

// heldStateEnd returns the end of the state whose title toks[i:of]
// ("Republic", "Grand Duchy") the three capitalised words of toks[of+1:end]
// follow, when the title is the complement of an office ("the President
// of the Republic of Tarvo Ivo Kessa said"): the state's name is the first
// word, and its holder's the two after it, as a state's name is most often
// one word and a person's two. Otherwise, or where a compass point, a
// place's or a body's word or a known place's name of two words makes the
// run a state's own ("of the Republic of South Tarvo"), it returns end.
func (lx *lexicon) heldStateEnd(doc *Doc, i, of, end int) int {
	toks := doc.Tokens
	if end-of != 4 || !lx.officeBefore(doc, i) {
		return end
	}
	for k := of + 1; k < end; k++ {
		if isCompassPoint(toks[k].Text(doc)) {
			return end
		}
	}
	if n, ok := lx.isPlace(doc, of+1); ok && n > 1 || lx.placeOrBodyWordIn(doc, of+1, end) {
		return end
	}
	return of + 2
}

// officeBefore reports whether an office's title and "of", maybe with
// "the", stand before toks[i] ("the President of the Republic …").
func (lx *lexicon) officeBefore(doc *Doc, i int) bool {
	toks := doc.Tokens
	k := i - 1
	if k > 0 && toks[k].Lower(doc) == "the" {
		k--
	}
	return k > 0 && toks[k].Lower(doc) == "of" && lx.isRoleHead(&toks[k-1])
}

// numberedFacility reports whether toks[k] is the number of one of
// several like facilities: one or two digits that no unit follows ("Pier
// 15,", but not "Pier 15 metres").
func numberedFacility(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k >= len(toks) || toks[k].Kind != Number || !toks[k].SpaceBefore() || len(toks[k].Text(doc)) > 2 {
		return false
	}
	return k+1 == len(toks) || toks[k+1].Kind == Punct || isClauseWord(toks[k+1].Lower(doc))
}

// baseTown returns the end of the town's name that follows a base's word
// toks[i:end] ("RMAF Base Tarvik", "Royal Air Force Base Kestrel"), or end:
// up to three capitalised words on the same line that open no office,
// rank, body, place pattern or headline verb ("Air Base Hosts Talks").
func (lx *lexicon) baseTown(doc *Doc, i, end int) int {
	if !lx.facilityWord(doc, i) {
		return end
	}
	return lx.townRunEnd(doc, end, false)
}

// townRunEnd returns the end of up to three capitalised words from
// toks[end] that may name a base's town: none that opens an office, a
// rank, a body or a place's pattern, nor a headline's verb; with inner, a
// pattern's word may close the name after its first word ("Cold Lake").
func (lx *lexicon) townRunEnd(doc *Doc, end int, inner bool) int {
	toks := doc.Tokens
	e := end
	for e < len(toks) && e-end < 3 && lx.isNameWord(doc, &toks[e]) && toks[e].SpaceBefore() && !toks[e].Break() {
		if lx.isRoleHead(&toks[e]) || lx.startsRank(doc, e) || lx.orgHeads.startsAt(toks, e) ||
			lx.locPatterns.startsAt(toks, e) && !(inner && e > end) || lx.headlineVerbs.hasTok(&toks[e]) {
			break
		}
		e++
	}
	return e
}

// pluralBaseNames proposes the names listed after a plural facility's
// word at toks[i:i+n] whose singular names a base ("Bases", "Airfields"),
// as Canadian releases write "Canadian Forces Bases Kessa, Tarvo, and
// Velmar": the first with the words before it and the plural, one LOC,
// the others alone, LOCs. Two names at least, joined by commas or "and";
// it reports whether it proposed them.
func (lx *lexicon) pluralBaseNames(doc *Doc, i, n int) bool {
	toks := doc.Tokens
	if w := toks[i+n-1].Lower(doc); !strings.HasSuffix(w, "s") || !lx.facilityAfter.has(w[:len(w)-1]) {
		return false
	}
	if n == 1 && (i == 0 || toks[i].SentStart() || !lx.isNameWord(doc, &toks[i-1])) {
		return false // a bare plural opens no base's name ("Bases Kessa, Tarvo and Velmar are loaded")
	}
	first := lx.townRunEnd(doc, i+n, true)
	if first == i+n {
		return false
	}
	names := doc.scratch.int32Slice(0)
	for e := first; e+1 < len(toks); {
		k := e
		if isComma(doc, &toks[k]) {
			k++
		}
		last := toks[k].Lower(doc) == "and"
		if last {
			k++
		}
		if k == e || k >= len(toks) {
			break
		}
		end := lx.townRunEnd(doc, k, true)
		if end == k {
			break
		}
		names = append(names, int32(k), int32(end))
		e = end
		if last {
			break
		}
	}
	if len(names) == 0 {
		return false
	}
	start := i
	for start > 0 && i-start < 3 && !toks[start].SentStart() && lx.isNameWord(doc, &toks[start-1]) {
		start--
	}
	candidate(doc, start, first, Loc, "", "place:bases", PriorityGrammar)
	for k := 0; k < len(names); k += 2 {
		candidate(doc, int(names[k]), int(names[k+1]), Loc, "", "place:bases", PriorityGrammar)
	}
	return true
}

// isCompassPoint reports whether s is a capitalised compass point.
func isCompassPoint(s string) bool {
	switch s {
	case "North", "South", "East", "West":
		return true
	}
	return false
}

// cardinalName reports whether t is a capitalised number word, or
// "Twin", which opens names of places as a common word would not ("Three
// Rivers", "Seven Hills Training Area", "Twin Cities").
func cardinalName(doc *Doc, t *Token) bool {
	return t.IsCap() && (cardinalWord(t.Lower(doc)) || t.Text(doc) == "Twin")
}

// abbreviatedOpener reports whether toks[j], a word that ends in a full
// stop, is the abbreviation of a word that opens places' names
// (place_cues.tsv's `name-opener`: "St.") before a capitalised
// word on the same line: a place's name goes on after it ("in St.
// Tarvik"), where another abbreviation ends a name or a sentence.
func (lx *lexicon) abbreviatedOpener(doc *Doc, j int) bool {
	toks := doc.Tokens
	return j+1 < len(toks) && lx.placeOpeners.hasTok(&toks[j]) && toks[j+1].IsCap() && toks[j+1].Kind == Word && !toks[j+1].Newline()
}

// maxDatelineStart bounds the token at which a dateline's place may
// stand: in the first lines of a text.
const maxDatelineStart = 60

// datelinePlaces proposes the places of a news dateline, as agencies
// write it at the start of a line or after its date: a town in capitals,
// maybe a comma and its state or country in up to three capitalised
// words, then a dash or a bracket ("KESSAVILLE, Tarvo — ", "ZORVIK, Fla.
// (AP) --", "March 3, 2023 PILNA –"); a town alone only after the date,
// as a line's capitals alone may be a heading ("PRESS RELEASE —",
// "UPDATE (March 3) —"). Both are GPEs, where no list or
// pattern reads them already ("CAMP TARVO, Kessa": a base; "TARVO,
// Japan": a listed state).
func (lx *lexicon) datelinePlaces(doc *Doc) {
	toks := doc.Tokens
	for i := 0; i < min(len(toks), maxDatelineStart); i++ {
		if !toks[i].isCapsWord() || i > 0 && !toks[i].Newline() && toks[i-1].isCapsWord() {
			continue
		}
		end := i
		for end < len(toks) && end-i < maxNameSpan && toks[end].isCapsWord() && (end == i || !toks[end].Newline()) {
			end++
		}
		// A feature's or a facility's name is no heading: it may follow
		// a byline on its line ("By Ivo Tarn KESSA SEA (March 3) –").
		feature := end-i > 1 && lx.datelineLabel(doc, end) == Loc
		k, state, state2 := end, end, 0
		// A date after a comma before the dash makes the line a
		// dateline wherever it stands ("KESSAVILLE, March 3, 2023 –").
		dated := false
		if e := datedDash(doc, k); e > 0 {
			k, dated = e, true
		} else if k+1 < len(toks) && toks[k].Text(doc) == "," {
			if state = datelineState(doc, k+1); state == k+1 {
				continue
			}
			k = state
			if e := datedDash(doc, k); e > 0 {
				k, dated = e, true
			} else if k < len(toks) && toks[k].Text(doc) == "," {
				k++
				// "DARWIN, NT, Tarvo –": a state, then its country.
				if outer := datelineState(doc, k); outer > k && outer < len(toks) && isDash(toks[outer].Text(doc)) {
					state2, k = k, outer
				}
			}
		}
		stamped := dateStampBefore(doc, i)
		if i > 0 && !toks[i].Newline() && !stamped && !feature && !dated {
			continue
		}
		colon := stamped && lx.stampColon(doc, i, k)
		if k >= len(toks) || !isDash(toks[k].Text(doc)) && toks[k].Text(doc) != "(" && !colon || !toks[k].SpaceBefore() && !colon && !(state > end && gluedDashEnd(doc, k)) {
			continue
		}
		if state == end && !stamped && !feature && !dated && !wireDatelineTown(doc, i, end, k) {
			continue // alone, only after the date: "PRESS RELEASE —" opens no dateline
		}
		if lx.releaseHeading(doc, i, end) {
			continue // "CORRECTION —", "MEDIA ADVISORY, Kessa Command (March 3) —"
		}
		if !anyCandidateIn(doc, i, end) && !lx.locPatterns.startsAt(toks, i) && !lx.closedByFacility(doc, i, end) && !lx.shipIn(doc, i, end) {
			candidate(doc, i, end, lx.datelineLabel(doc, end), "", "place:dateline", PriorityGrammar)
		}
		if state > end && !anyCandidateIn(doc, end+1, state) && !shipPosition(doc, end+1) {
			candidate(doc, end+1, state, GPE, "", "place:dateline", PriorityGrammar)
		}
		if state2 > 0 && !anyCandidateIn(doc, state2, k) {
			candidate(doc, state2, k, GPE, "", "place:dateline", PriorityGrammar)
		}
		i = k
	}
}

// datelineState returns the end of the state or country that a
// dateline's town names after its comma, from toks[k]: up to three
// capitalised words on the line, and an "of" between two of them
// ("KESSA, Republic of Tarvo —"), as a state's official title writes it;
// k when none opens there.
func datelineState(doc *Doc, k int) int {
	toks := doc.Tokens
	e := k
	for e < len(toks) && e-k < 3 && toks[e].SpaceBefore() && !toks[e].Newline() {
		switch t := &toks[e]; {
		case t.Kind == Word && t.IsCap():
		case e > k && e+1 < len(toks) && t.Text(doc) == "of" && toks[e+1].Kind == Word && toks[e+1].IsCap():
		default:
			return e
		}
		e++
	}
	if e > k && toks[e-1].Text(doc) == "of" {
		e-- // "Federal Republic of": the title without its name
	}
	return e
}

// gluedDashEnd reports whether toks[k] is a dash glued to the word
// before it and spaced from the word after, which ends a dateline's
// state as a spaced dash does ("KESSA, TARVO- The ship …", "Zorvik,
// Velmaria– "); a dash glued on both sides joins a compound.
func gluedDashEnd(doc *Doc, k int) bool {
	toks := doc.Tokens
	return isDash(toks[k].Text(doc)) && k+1 < len(toks) && toks[k+1].SpaceBefore()
}

// shipPosition reports whether the words from toks[i] that follow a
// dateline's first place after its comma give a ship's position instead
// of a state or country: a preposition opens them ("USS KESSA, At Sea
// —", "USNS TARVO, In Port —"). No state's name opens on a preposition.
func shipPosition(doc *Doc, i int) bool {
	switch doc.Tokens[i].Lower(doc) {
	case "at", "in", "on", "off", "aboard":
		return true
	}
	return false
}

// shipIn reports whether a ship's prefix opens a word of toks[i:end], a
// dateline's capitals: the ship is where the story was written ("ABOARD
// USS KESSA, Kessa Sea —"), no town, and the ship rule reads its name.
func (lx *lexicon) shipIn(doc *Doc, i, end int) bool {
	for k := i; k < end; k++ {
		if lx.orgOpeners.startsAt(doc.Tokens, k) {
			return true
		}
	}
	return false
}

// dateStampBefore reports whether the capitals at toks[i] follow a
// release's date stamp: a year or a date, or a clock time after it
// ("February 7, 2020, 4:07 pm ZORVIK CITY --", as the Philippine News
// Agency writes it; "2024-01-30 ZORVIK:"). After a stamp a colon may end
// the dateline's place too ("January 31, 2024 TARVO: The coast guard …").
func dateStampBefore(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i == 0 {
		return false
	}
	if isYear(doc, &toks[i-1]) {
		return true
	}
	for _, c := range doc.Candidates {
		if c.Label == Date && int(c.TokEnd) == i {
			return true
		}
	}
	switch toks[i-1].Lower(doc) {
	case "am", "pm", "a.m.", "p.m.":
		return i >= 4 && toks[i-2].Kind == Number && toks[i-3].Text(doc) == ":" && toks[i-4].Kind == Number
	}
	return false
}

// stampColon reports whether toks[k] is a colon that ends a dateline's
// place toks[i:k] after a date stamp, before the story's capitalised
// first word ("2024-01-30 ZORVIK: There is …"). A transcript's speaker
// and a release's field label take a colon there too ("DEFENCE MINISTER
// IVO TARN: Well, …", "SUBJECTS: Exercise …"): the place is one or two
// words, none an office's or a rank's word or a listed person's name,
// and no other word in capitals before a colon labels a part of the text
// (a transcript's speakers, "JOURNALIST:", or a release's fields).
func (lx *lexicon) stampColon(doc *Doc, i, k int) bool {
	toks := doc.Tokens
	if k-i > 2 || k+1 >= len(toks) || toks[k].Text(doc) != ":" || toks[k+1].Kind != Word || !toks[k+1].IsCap() || toks[k+1].Newline() {
		return false
	}
	for j := i; j < k; j++ {
		t := &toks[j]
		if lx.isRoleHead(t) || lx.roleMods.startsAt(toks, j) || lx.startsRank(doc, j) || lx.givenNames.hasTok(t) || lx.familyNames.hasTok(t) {
			return false
		}
	}
	for j := 1; j < len(toks); j++ {
		if j != k && toks[j].Text(doc) == ":" && toks[j-1].isCapsWord() && len(toks[j-1].Text(doc)) > 1 {
			return false
		}
	}
	return true
}

// wireDatelineTown reports whether the capitals toks[i:end], one or two
// words alone at a line's start, are a wire story's dateline town before
// the dash at toks[k]: the story's sentence opens after the dash on the
// same line, a capitalised word that is not in capitals and a lower-case
// word within the next words ("ZORVIK — Gunmen killed four", "NEW KESSA
// — The party said"), where a heading's capitals go on in capitals or
// end the line ("PRESS RELEASE — FOR IMMEDIATE USE"; the release
// headings are refused apart). An agency's name in brackets may stand
// before the dash ("ZORVIK (Reuters) —").
func wireDatelineTown(doc *Doc, i, end, k int) bool {
	toks := doc.Tokens
	if i > 0 && !toks[i].Newline() || end-i > 2 || k != end {
		return false
	}
	if toks[k].Text(doc) == "(" && k+3 < len(toks) && toks[k+1].IsCap() && toks[k+2].Text(doc) == ")" {
		k += 3
	}
	if k+2 >= len(toks) || !isDash(toks[k].Text(doc)) {
		return false
	}
	if t := &toks[k+1]; t.Kind != Word || !t.IsCap() || t.isCapsWord() || t.Newline() {
		return false
	}
	for j := k + 2; j < min(len(toks), k+6) && !toks[j].Newline(); j++ {
		if toks[j].Kind == Word && !toks[j].IsCap() {
			return true
		}
	}
	return false
}

// datelineLabel returns the label of a dateline's place in capitals,
// toks[i:end]: a LOC when its last word is a feature's or a facility's
// word of loc_patterns.tsv, in any case ("KESSA SEA", "TARVO ARSENAL"),
// which closes the name as it does in title case; a GPE (a town)
// otherwise, a word that opens a town's name included ("CAPE TARVO").
func (lx *lexicon) datelineLabel(doc *Doc, end int) Label {
	if t := &doc.Tokens[end-1]; lx.facilityWords.hasTok(t) && !lx.common.hasTok(t) {
		return Loc
	}
	return GPE
}

// releaseHeading reports whether a word of toks[i:end] is one of the
// headings a release or a wire story opens with ("CORRECTION", "MEDIA
// ADVISORY", "UPDATE", "PHOTOS", "WATCH"; context_words.tsv's
// `release-heading`), which name no place.
func (lx *lexicon) releaseHeading(doc *Doc, i, end int) bool {
	for k := i; k < end; k++ {
		if lx.releaseHeadings.hasTok(&doc.Tokens[k]) {
			return true
		}
	}
	return false
}

// headlinePreposition reports whether w is a preposition of place or
// direction that a Title Case headline capitalises ("Drills Around
// Island", "Ships Patrol Off Kessa Island"): it ends a place's name read
// back from its kind, which holds no preposition but "of" and "upon".
func headlinePreposition(w string) bool {
	switch w {
	case "around", "near", "off", "across", "along", "over", "into", "onto", "toward", "towards", "amid", "beyond",
		"inside", "outside", "through", "within", "against", "from", "to", "at", "in", "on", "by", "via", "with", "for",
		"behind", "under", "after", "before", "between":
		return true
	}
	return false
}

// endsWordGroup reports whether the words before toks[k] end their phrase:
// the text or a line ends, or punctuation or a function word follows, not
// a noun they would qualify.
func (lx *lexicon) endsWordGroup(doc *Doc, k int) bool {
	toks := doc.Tokens
	return k >= len(toks) || toks[k].Break() || toks[k].Kind == Punct || lx.common.hasTok(&toks[k])
}

// kindAbbreviated reports whether the bracket at toks[end] holds the
// initials of toks[i:end], the kind of a facility that opens its name
// ("Naval Support Activity (NSA) Bahrain"), not of a longer name that
// ends on the kind ("Her Majesty's Naval Base (HMNB) Devonport").
func kindAbbreviated(doc *Doc, i, end int) bool {
	return bracketedAcronym(doc, end) && string(initials(nil, doc, i, end)) == doc.Tokens[end+1].Text(doc)
}

// holderTitleAt reports whether an office ("Commander", "Commanding
// Officer") begins at toks[k]: the holder's title after a facility's name
// ("Naval Base Kessa Commanding Officer Capt. Ana Roe"), no word of it. A
// rank is not asked: facilities are named after officers by their rank in
// full ("Camp General Kessa Tarn").
func (lx *lexicon) holderTitleAt(doc *Doc, k int) bool {
	if !lx.mayStartRole(&doc.Tokens[k]) {
		return false
	}
	_, ok := lx.matchRole(doc, k)
	return ok
}

// lowerGluedName reports whether the two tokens before toks[k] are a
// hyphen and a lower-case word glued to a word before it, the end of a
// name in its own language ("Pag-asa" before "Cay"); not a participle
// that makes an adjective of a name ("Kessa-based", "Tarvo-led").
func lowerGluedName(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < 3 || toks[k-1].Kind != Word || toks[k-1].IsCap() || !gluedHyphen(doc, k-2) {
		return false
	}
	return !strings.HasSuffix(toks[k-1].Text(doc), "ed")
}

// innerFacilityWord reports whether toks[k], before "and" inside a
// facility's name, is a word of a facility's kind that closes no place
// itself ("Test" of "the Kessa Test and Training Range", "Park" of "Tarvo
// Park and Botanic Garden"): not the end of a pattern that closes a name
// ("Barracks", "Basin", "Training Area": two places joined), a body's
// head, or a guessed name.
func (lx *lexicon) innerFacilityWord(doc *Doc, k int) bool {
	toks := doc.Tokens
	if !lx.isNameWord(doc, &toks[k]) || !lx.facilityWords.hasTok(&toks[k]) || lx.orgHeads.startsAt(toks, k) {
		return false
	}
	for m := 0; m < 3 && m <= k; m++ {
		if n, _, ok := lx.locPatterns.longest(toks[:k+1], k-m); ok && n == m+1 {
			return false // a pattern ends on it: "Training Area", "Barracks"
		}
	}
	return true
}

// craftsAfterOpener reports whether the one word toks[end-1] after a
// base's opener at toks[i] is a plural that the sentence counts or makes
// agree with a plural verb: the service's aircraft or ships, not a base
// ("two RAF Typhoons scrambled", "when RAF Chinooks were called in"; not
// "RAF Leuchars was closed").
func craftsAfterOpener(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	w := toks[end-1].Text(doc)
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' {
		return false
	}
	if i > 0 && cardinalWord(toks[i-1].Lower(doc)) {
		return true
	}
	// A count in figures, not a date's day or year ("May 5, 2022 USAG
	// Humphreys").
	if i > 1 && toks[i-1].Kind == Number && len(toks[i-1].Text(doc)) <= 2 && !toks[i-2].IsCap() && toks[i-2].Kind == Word {
		return true
	}
	if end < len(toks) && toks[end].SpaceBefore() {
		switch toks[end].Text(doc) {
		case "are", "were", "have":
			return true
		}
	}
	return false
}

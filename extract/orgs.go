package extract

import "strings"

// orgStage finds organisation names by their head nouns ("Ministry of
// National Defence", "Naval Academy", "Vietnam People's Army"), ships by
// their prefix ("USS Hopper") and acronyms that name no place ("OSCE",
// "MoD").
type orgStage struct {
	lx *lexicon
	// shipPlurals filters the plurals of the kinds of ship ("destroyers")
	// before shipKinds looks the singular up.
	shipPlurals wordFilter
}

func newOrgStage(lx *lexicon) *orgStage {
	s := &orgStage{lx: lx}
	v := lx.tk.vocab
	for id := range v.size() {
		if lx.shipTypes.ids.has(uint32(id)) {
			s.shipPlurals.add(v.word(uint32(id)) + "s")
		}
	}
	return s
}

func (s *orgStage) Name() string { return "organisations" }

func (s *orgStage) Process(doc *Doc) error {
	toks := doc.Tokens
	acronyms := s.lx.acronymSet(doc)
	var dates []bool // DATE starts, read on the first kind of ship
	for h := 0; h < len(toks); h++ {
		t := &toks[h]
		if t.props&propShipType != 0 && t.Kind == Word && !t.IsCap() {
			if dates == nil {
				dates = doc.dateStarts()
			}
			if end := s.lx.shipName(doc, h+1, dates); end > h+1 {
				candidate(doc, h+1, end, Org, "", "org:ship", PriorityGrammar)
				h = end - 1
			} else if k := s.lx.shipNameBefore(doc, h, dates); k >= 0 {
				candidate(doc, k, k+1, Org, "", "org:ship", PriorityGrammar)
			} else if start, end := s.lx.apposedShipName(doc, h, dates); start < end {
				candidate(doc, start, end, Org, "", "org:ship", PriorityGrammar)
			}
			continue
		}
		// (A plural ends in "s" or "S" whatever its case: most words
		// skip the call.)
		if t.endsInS() && t.Kind == Word && !t.IsCap() && s.shipPlurals.mayHave(t.Lower(doc)) && s.lx.shipKinds(doc, h) {
			if dates == nil {
				dates = doc.dateStarts()
			}
			h = s.lx.shipNames(doc, h+1, dates) - 1
			continue
		}
		if t.Kind != Word || !t.IsCap() {
			// (A quotation mark is punctuation: most tokens skip the call.)
			if t.Kind == Punct {
				if end := s.lx.unitNickname(doc, h); end > h+1 {
					candidate(doc, h+1, end, Org, "", "org:nickname", PriorityGrammar)
					h = end - 1
				} else if start := s.lx.hulledShipStart(doc, h); start < h {
					candidate(doc, start, h, Org, "", "org:ship", PriorityGrammar)
				}
			}
			continue
		}
		// "Her Majesty's Kessan Ship (HMKS) Tarvo": a ship named with
		// the long form of its prefix.
		if t.props&propShipType != 0 || t.endsInS() && s.shipPlurals.mayHave(t.Lower(doc)) && s.lx.shipKinds(doc, h) {
			if start := s.lx.royalStyleStart(doc, h); start >= 0 {
				if dates == nil {
					dates = doc.dateStarts()
				}
				k := h + 1
				if bracketedAcronym(doc, k) {
					k += 3
				}
				if t.props&propShipType == 0 {
					h = max(h, s.lx.shipNames(doc, k, dates)-1) // "Her Majesty's Kessan Ships Tarvo and Velmar": the names alone
				} else if end := s.lx.capitalShipName(doc, k, dates); end > k {
					candidate(doc, start, end, Org, "", "org:ship", PriorityGrammar)
					h = end - 1
				}
				continue
			}
		}
		// "the Navy Hospital Ship Kessa", "High Speed Vessel Tarn": a
		// kind of ship capitalised inside a longer name.
		if t.props&propShipType != 0 && h > 0 && toks[h-1].Kind == Word && toks[h-1].IsCap() && t.SpaceBefore() && !t.SentStart() && !t.Newline() && !s.lx.orgOpeners.startsAt(toks, h) {
			if dates == nil {
				dates = doc.dateStarts()
			}
			// "Navy Ship (KNS) Tarvo", "High Speed Vessel (HSV 2) Tarn":
			// the short form of the kind between the kind and the name.
			k := kindShortFormEnd(doc, h+1)
			if end := s.lx.capitalShipName(doc, k, dates); end > k {
				candidate(doc, k, end, Org, "", "org:ship", PriorityGrammar)
				h = end - 1
			}
			continue
		}
		// "HMNZ Ships Kessa and Tarvo", "Her Majesty's Kessan Ships Tarvo
		// and Velmar": a plural kind capitalised after a name's word lists
		// the ships' names.
		if t.endsInS() && h > 0 && t.SpaceBefore() && !t.SentStart() && !t.Newline() && toks[h-1].Kind == Word && toks[h-1].IsCap() && s.shipPlurals.mayHave(t.Lower(doc)) && s.lx.shipKinds(doc, h) {
			if dates == nil {
				dates = doc.dateStarts()
			}
			h = s.lx.capitalShipNames(doc, h+1, dates) - 1
			continue
		}
		// "Marine Gen. Ivo Tarn", "U.S. Marine Capt. Ann Lee": the
		// service named before a rank (ANNOTATION.md's "Navy Rear Adm.").
		if t.Text(doc) == marineAdjective && h+1 < len(toks) && toks[h+1].SpaceBefore() && s.lx.startsRank(doc, h+1) {
			start := h
			if h > 0 && toks[h-1].isAcronym() && s.lx.isCountry(doc, h-1, h) {
				start = h - 1
			}
			candidate(doc, start, h+1, Org, "", "org:head", PriorityGrammar)
			continue
		}
		// (Each lookup below after its inlined first test.)
		if s.lx.orgOpeners.startsAt(toks, h) {
			if n, _, ok := s.lx.orgOpeners.longest(toks, h); ok {
				end := s.lx.shipRank(doc, h+n)
				// (A headline's verb ends the ship's name: "USS Ross
				// Departs Rhodes".)
				for end < len(toks) && end-h < maxNameSpan && s.lx.isNameWord(doc, &toks[end]) && toks[end].SpaceBefore() && !toks[end].Newline() &&
					!(end > h+n && s.lx.headlineVerbs.hasTok(&toks[end])) {
					end++
					// "USS Chung-Hoon": a word glued by a hyphen.
					if gluedHyphen(doc, end) && s.lx.isNameWord(doc, &toks[end+1]) {
						end += 2
					}
				}
				if end > h+n && !s.lx.memorialEnd(doc, end) { // "USS Arizona Memorial" is a place
					end = pennantNumber(doc, end)
					start := h
					if !t.isAcronym() {
						start = s.lx.extendLeft(doc, h) // "Coast Guard Cutter Dauntless"
					}
					candidate(doc, start, end, Org, "", "org:opener", PriorityGrammar)
					h = end - 1
					continue
				}
			}
		}
		if s.lx.orgHeads.startsAt(toks, h) {
			if n, v, ok := s.lx.orgHeads.longest(toks, h); ok {
				if m, _, office := s.lx.roleHeads.longest(toks, h); office && m > n && !bodysOwnOffice(doc, h, m) || s.lx.insideOffice(doc, h) {
					continue // "Force Commander", "Chief of Staff" are offices
				}
				if s.lx.startsRank(doc, h) {
					continue // "Command Sgt. Maj." is a rank
				}
				if n == 1 && h > 0 && s.lx.mediaFormat(doc, h) && s.lx.eventHeadEndsAt(doc, h-1) {
					continue // "Kessa Summit Media Roundtable": a meeting's press format
				}
				if h > 0 && toks[h-1].Kind == Word && toks[h-1].IsCap() && !isDeterminer(toks[h-1].Lower(doc)) && shipClassAfter(doc, h+n) {
					h += n
					continue // "Littoral Mission Ship" is a class of ship
				}
				if start, end, ok := s.lx.orgName(doc, h, n, v, acronyms); ok {
					label := Org
					if officeAsPlace(doc, start, end) {
						label = Loc
					}
					candidate(doc, start, end, label, "", "org:head", PriorityGrammar)
				}
				continue
			}
		}
		if !t.isAcronym() && !commandClip(doc, t) && !groupOfStates(doc, h) {
			if start := s.lx.todayTitleStart(doc, h); start < h {
				candidate(doc, start, h+1, Org, "", "org:head", PriorityGrammar)
			}
			continue
		}
		if spelled, ok := acronyms[t.Text(doc)]; ok && !spelled && !s.lx.org.has(toks, h, h+1) {
			continue // the short form of a description in lower case, not a listed body's
		}
		if h+2 < len(toks) && (h == 0 || toks[h-1].Lower(doc) != "the") && toks[h+1].endsInS() && toks[h+1].IsCap() && toks[h+2].IsCap() && s.shipPlurals.mayHave(toks[h+1].Lower(doc)) && s.lx.shipKinds(doc, h+1) {
			continue // "HMNZ Ships Kessa and Tarvo": the ships' prefix, no body
		}
		if !allCapsLine(doc, h) && !inCode(doc, h) && !speakerLabel(doc, h) && !hullNumber(doc, t) && !modelCode(doc, t) && !inDatelinePlace(doc, h) && !bracketedHull(doc, h) && !s.lx.isHonorific(doc, h) && !s.lx.common.hasTok(t) && !s.lx.notOrgAcronyms.hasTok(t) && !s.lx.isRankAbbrev(t) {
			if _, place := s.lx.isPlace(doc, h); !place {
				if taskForceNumber(doc, h) {
					candidate(doc, h, h+2, Org, "", "org:acronym", PriorityList-1)
				} else if _, end := s.lx.eventEdition(doc, h, h+1); end > h+1 && (isYear(doc, &toks[end-1]) || toks[h+1].SpaceBefore()) {
					// An acronym with a year is an edition of an event
					// ("VINBAX 2024", "DSEI 2023"), and so is one with an
					// edition's number spaced from it ("TARVEX 9 in",
					// "KESSAMIN 29 in", "TRV 23-3 was"); a number glued
					// by a hyphen numbers a unit ("KBLT-8").
					candidate(doc, h, end, Event, "", "event:acronym-year", PriorityList-1)
				} else {
					start, end := s.lx.acronymName(doc, h)
					if start == h && end == h+1 {
						start = s.lx.shortFormName(doc, h)
						end = s.lx.bracketedAcronyms(doc, h)
					}
					start = s.lx.countedEventStart(doc, start, end) // "the 12th ZA founding anniversary"
					candidate(doc, start, end, Org, "", "org:acronym", PriorityList-1)
				}
			}
		}
	}
	staffPressOffices(doc)
	s.lx.coastGuardUnits(doc)
	return nil
}

// bracketedAcronyms returns the end of a short form in brackets that two
// acronyms make, the acronym at toks[h] first ("the Kessa Army (TNI AD)",
// as Indonesia writes its services after the armed forces' acronym), or
// h+1. A listed body second is a body of its own ("(NATO ISAF)").
func (lx *lexicon) bracketedAcronyms(doc *Doc, h int) int {
	toks := doc.Tokens
	if h < 1 || h+2 >= len(toks) || toks[h-1].Text(doc) != "(" || !toks[h+1].isAcronym() || !toks[h+1].SpaceBefore() || toks[h+2].Text(doc) != ")" || lx.org.has(toks, h+1, h+2) {
		return h + 1
	}
	return h + 2
}

// maxNickname bounds the words of a unit's nickname.
const maxNickname = 4

// unitNickname returns the end of a unit's nickname that opens after the
// quotation mark toks[q], or q: capitalised words in quotation marks after
// "the", in apposition to a unit's name, after it and a comma ("the 8th
// Zorvik Wing, the “Kessa Pack,”") or before "of" and it ("the “Tarvo
// Dragons” of Patrol Squadron 4"). Units bear such names, which the text
// writes in quotes; the unit's name is one that an echelon of
// unit_echelons.txt ends ("Wing") or holds. A programme's, an event's or
// an agreement's head ends no nickname.
func (lx *lexicon) unitNickname(doc *Doc, q int) int {
	toks := doc.Tokens
	if q < 1 || !isQuote(toks[q].Text(doc)) || toks[q-1].Lower(doc) != "the" {
		return q
	}
	end := q + 1
	for end < len(toks) && end-q <= maxNickname && toks[end].Kind == Word && toks[end].IsCap() && !toks[end].isAcronym() {
		end++
	}
	if end == q+1 || end-q > maxNickname || lx.programmeWord(doc, end-1) || lx.eventHeads.has(toks, end-1, end) || lx.agreementHeads.has(toks, end-1, end) {
		return q // a plan's, an exercise's or an accord's name: "the “Kessa Plan” of the Tarvo Group"
	}
	closing := end
	if closing < len(toks) && (toks[closing].Text(doc) == "," || toks[closing].Text(doc) == ".") {
		closing++ // “Kessa Pack,”
	}
	if closing >= len(toks) || !closingQuote(toks[closing].Text(doc)) {
		return q
	}
	if q >= 3 && toks[q-2].Text(doc) == "," && lx.isEchelon(doc, q-3) {
		return end
	}
	// "of", "the" maybe, then a unit's name within a few words.
	k := closing + 1
	if k >= len(toks) || toks[k].Text(doc) != "of" {
		return q
	}
	k++
	if k < len(toks) && toks[k].Lower(doc) == "the" {
		k++
	}
	for j := k; j < len(toks) && j < k+maxNickname && toks[j].Kind == Word && toks[j].IsCap(); j++ {
		if lx.isEchelon(doc, j) {
			return end
		}
	}
	return q
}

// isEchelon reports whether toks[k] is a capitalised unit noun of
// unit_echelons.txt ("Squadron", "Wing").
func (lx *lexicon) isEchelon(doc *Doc, k int) bool {
	_, unit := lx.echelons[doc.Tokens[k].Lower(doc)]
	return unit && doc.Tokens[k].IsCap()
}

// closingQuote reports whether s closes a quotation.
func closingQuote(s string) bool {
	return s == "\"" || s == "”" || s == "'" || s == "’"
}

// memorialEnd reports whether the name ending at toks[end] ends in
// "Memorial" or "Museum" (context_words.tsv's `memorial`, as spelt): a
// place named after a ship ("USS Arizona Memorial"), not the ship.
func (lx *lexicon) memorialEnd(doc *Doc, end int) bool {
	return lx.memorialWords.hasExact(&doc.Tokens[end-1])
}

// marineAdjective is the service word that names a body only right before
// a rank ("Marine Sgt. Maj. Ivo Tarn"); elsewhere it opens longer names
// ("Marine Corps", "1st Marine Division"), which the heads find.
const marineAdjective = "Marine"

// orgName grows a name around the head toks[h:h+n] with the head's mode v
// ("", "alone" or "named") and returns its token range.
func (lx *lexicon) orgName(doc *Doc, h, n int, v string, acronyms map[string]bool) (start, end int, ok bool) {
	toks := doc.Tokens
	if v == "company" {
		// "Tarvo AG Ivo Kell sued": a state's attorney general before
		// the holder's name, no firm's legal form.
		if toks[h].Text(doc) == "AG" && h+1 < len(toks) && toks[h+1].SpaceBefore() && lx.isNameWord(doc, &toks[h+1]) {
			return 0, 0, false
		}
		if start := lx.companyStart(doc, h); start < h {
			return start, h + n, true
		}
		return 0, 0, false
	}
	start = lx.royalStart(doc, lx.extendLeft(doc, h), h)
	if _, unit := lx.echelons[toks[h+n-1].Lower(doc)]; (unit || toks[h+n-1].Text(doc) == unitHead) && start > 0 && toks[start-1].Kind == Number && !isYear(doc, &toks[start-1]) && toks[start].Kind != Number && !toks[start].Newline() && !lx.countNounAt(doc, h+n) {
		if _, country := lx.isPlace(doc, start); !country {
			start-- // "903 Expeditionary Air Wing", but "71 NZ Army personnel" and "300 4th Battalion soldiers" count
		}
	}
	// "… Joint Chiefs of Staff Air Force Gen. Ivo Tarn": a service named
	// before a rank starts after the head of the name before it.
	if h+n < len(toks) && lx.startsRank(doc, h+n) {
		for k := h; k > start; k-- {
			if lx.endsOrgHead(doc, k) {
				start = k
				break
			}
		}
	}
	start = unitNumbers(doc, start)
	start = lx.officePossessive(doc, start) // "the President's Office"
	end = h + n
	// Further heads, and a number after a head ("Air Force Academy", "Task
	// Force 50", "Naval Region 2 Command").
	// "Marine Battalion Landing Team-1": a number glued after the head.
	if gluedHyphen(doc, end) && toks[end+1].Kind == Number && len(toks[end+1].Text(doc)) <= 3 {
		end += 2
	}
	for afterHead := true; end < len(toks) && end-h < maxNameSpan && toks[end].SpaceBefore() && !toks[end].Newline(); {
		if m, _, ok := lx.orgHeads.longest(toks, end); ok && toks[end].IsCap() && !lx.startsRank(doc, end) && !(end+m < len(toks) && lx.startsRank(doc, end+m)) {
			end += m
			afterHead = true
			continue
		}
		if toks[end].Kind == Number && afterHead && !isOrdinal(doc, &toks[end]) && !numberPair(doc, end) && !yearAfterName(doc, end) {
			end++
			afterHead = false
			continue
		}
		if _, battalion := lx.battalionByNumbers(doc, end); v == "prefix" && end == h+n && numberPair(doc, end) && !battalion {
			end += 3 // "Task Force 51/5": a task force's number and its subdivision's; not "2-10 Aviation"
		}
		break
	}
	// "Combined Task Force (CTF) 151": the short form inside the name,
	// before its number.
	if end == h+n && bracketedAcronym(doc, end) && end+3 < len(toks) && toks[end+3].Kind == Number && toks[end+3].SpaceBefore() && !isYear(doc, &toks[end+3]) && !isOrdinal(doc, &toks[end+3]) {
		end += 4
	}
	// "Special Operations Command Pacific", "Air Forces Europe-Africa":
	// a head that the theatre it serves may follow.
	served := false // a theatre follows: "United States Forces Tarvo" is named by it
	if v == "theatre" || lx.theatreHead(doc, h, end) {
		e := lx.theatre(doc, end)
		served, end = e > end, e
	}
	// "Task Force Helmand": a head that a name may follow.
	if (v == "prefix" || v == "before-name" || v == "outlet") && end == h+n {
		// "Joint Task Force-Bravo": the name glued by a hyphen.
		if gluedHyphen(doc, end) && toks[end+1].Kind == Word && toks[end+1].IsCap() {
			end += 2
		}
	name:
		for e := end; e < len(toks) && toks[e].SpaceBefore() && !toks[e].Newline(); end = e {
			switch {
			case lx.isRoleHead(&toks[e]) || lx.startsRank(doc, e) || lx.personCues.hasTok(&toks[e]):
				break name // "Task Force Commander Ivo Tarn", "Team Leader Ana Ruiz": an office and its holder follow
			case lx.isNameWord(doc, &toks[e]):
				e++
			case e+2 < len(toks) && !toks[e].IsCap() && lx.particles.hasTok(&toks[e]) && gluedHyphen(doc, e+1) && toks[e+2].Kind == Word && toks[e+2].IsCap():
				e += 3 // "Jaish al-Zorvan": a particle glued to a word of the name
			default:
				break name
			}
		}
		if end == h+n && v == "before-name" {
			return 0, 0, false // "the private sector": the head names a body only before its name
		}
		if v == "outlet" && (!outletName(doc, h+n, end) || lx.nounFollows(doc, end)) {
			end = h + n // "Radio Operator Ivo Tarn": an occupation and its holder
		}
	}
	if v == "prefix" {
		end = lx.slashName(doc, h+n, end)
	}
	numbered := toks[start].Kind == Number || lx.numberedAfterHead(doc, h, end)
	for c := 0; c < maxComplements && !lx.companySuffixEndsAt(doc, h, end); c++ {
		// The longer reading wins: "Office of the National Security
		// Adviser" is the office's, not "of the National Security".
		e, ok := lx.nameComplement(doc, end)
		oe, office := lx.officeComplement(doc, end)
		if ne, named := lx.namedOfficeComplement(doc, end); named && (!office || ne > oe) {
			oe, office = ne, true
		}
		if office && (!ok || oe > e) {
			e, ok = oe, true
		}
		// "2nd Tarvo Battalion of the Zorvan National Guard", "Crisis
		// Center of the Ministry of Health": a body named in more than
		// its head, then another body, are two.
		if !ok || numbered && lx.namesBody(doc, end+1, e) || end-start >= 2 && !office && toks[end].Lower(doc) == "of" && lx.namesOwnBody(doc, end+1, e) {
			break
		}
		if c == 0 && !office && toks[end].Lower(doc) == "for" && lx.officeOfBefore(doc, start) && lx.org.has(toks, start, end) {
			break // "High Representative of the European Union for Foreign Affairs": a listed body's name is whole, the portfolio is the office's
		}
		end = e
	}
	end = lx.placeSuffix(doc, end)
	end = lx.dashedTheatre(doc, h, end)
	end = lx.placeInName(doc, end)
	end = lx.ofCountry(doc, start, end)
	var buf [16]byte
	if v == "named" && !acronyms[string(initials(buf[:0], doc, start, end))] {
		start = lx.dropDemonyms(doc, start, h, end) // "French Government" names no body of its own
	} else {
		start = lx.nationalityTest(doc, start, h, end, acronyms)
	}
	end = lx.regimentOfUnit(doc, start, end)
	// "2nd Battalion, 10th Aviation Regiment, 10th Combat Aviation
	// Brigade": each higher unit in turn.
	for e := lx.higherUnit(doc, end); e > end; e = lx.higherUnit(doc, end) {
		end = e
	}
	start = lx.lowerUnit(doc, start, h+n)
	start = lx.coordinatedStart(doc, start)
	start = lx.countedEventStart(doc, start, end)
	start = lx.countedNounStart(doc, start, end)
	// "6 Squadron RAF": an air unit numbered in figures takes its
	// service's acronym after it, as the Commonwealth air forces write it.
	if end == h+n && toks[start].Kind == Number && !isOrdinal(doc, &toks[start]) && airEchelon(toks[end-1].Text(doc)) && end < len(toks) && toks[end].isAcronym() && nounPhraseEndsAt(doc, end+1) && toks[end].SpaceBefore() && !toks[end].Newline() {
		end++
	}
	switch {
	case end-start == 1 && v != "alone":
		return 0, 0, false
	case end-start == 1 && lx.namesRelation(doc, h):
		return 0, 0, false // "the Alliance" after "the U.S. – Tarvo Alliance" is that relation
	case lx.onlyPlaces(doc, lx.placePairStart(doc, start), h):
		return 0, 0, false // "the U.S.-Australia Alliance", "the U.S. – Japan Alliance" are relations between states
	case lx.gpe.has(toks, start, end):
		return 0, 0, false // "Soviet Union" is a state
	case lx.facilityEnd(doc, start, h, end):
		return 0, 0, false // "Tampa Convention Center" is a building
	case lx.indefinite(doc, start, end):
		return 0, 0, false // "a Marine Expeditionary Unit" is a kind of unit
	case lx.missionKind(doc, start, end):
		return 0, 0, false // "Zorvik Task Force missions": the kind of a mission, no force of its own
	case end-start == 1 && toks[start].SentStart() && end < len(toks) && toks[end].Kind == Word && !toks[end].IsCap():
		return 0, 0, false // "Army units left": a sentence's first word before a noun; but "Army's Light Reaction Regiment", "Navy Chief Admiral Ivo Tarn", "Navy Awards Contract"
	case v == "part" && (!lx.namesWhole(doc, start, h) || end == h+n && end < len(toks) && !toks[end].IsCap() && lx.isRoleHead(&toks[end])):
		return 0, 0, false // "a Command Element", "Ground Combat Element": a part of no named body; "the ZDF Section chief" names the ZDF
	case v == "soldiers" && lx.demonyms.has(toks, start, h):
		return 0, 0, false // "Nepali Gurkhas", "Scottish Highlanders": a people, no regiment
	case v == "named" && !served && !lx.hasOwnName(doc, start, h) && toks[start].Kind != Number:
		return 0, 0, false // but "3rd Marines", "3/5 Marines" are numbered units
	}
	return start, end, true
}

// bodysOwnOffice reports whether the office of m words at toks[h], which
// opens with a body's head ("Force commander"), is the head of a body
// named before it (by words, not an acronym: "the UN Force commander")
// and an office in lower case after it: "the Kessa
// Amphibious Force commander" is the force's commander, whereas "the
// Force Commander" is an office's title.
func bodysOwnOffice(doc *Doc, h, m int) bool {
	toks := doc.Tokens
	return h > 0 && toks[h-1].Kind == Word && toks[h-1].IsCap() && !toks[h-1].isAcronym() && !toks[h].SentStart() && !toks[h+m-1].IsCap()
}

// outletName reports whether toks[from:end], the capitalised words after
// a broadcaster's word that opens a name (org_heads.txt's `outlet`:
// "Radio Kessa", "Radio Zorvik International"), are the outlet's short
// name: one or two words that no other capitalised word follows; a
// longer run holds a person's name ("Radio Operator Ivo Tarn").
func outletName(doc *Doc, from, end int) bool {
	toks := doc.Tokens
	return end-from <= 2 && (end >= len(toks) || !toks[end].IsCap() || !toks[end].SpaceBefore())
}

// companySuffixEndsAt reports whether toks[h:end] end with a company's
// legal suffix (org_heads.txt's `company`: "Inc.", "Ltd", "LLC"), which
// closes a firm's name: the "of" after it names the firm's seat ("Tarvex
// Systems Inc. of Brelsk"), not a complement of the name.
func (lx *lexicon) companySuffixEndsAt(doc *Doc, h, end int) bool {
	toks := doc.Tokens
	for k := end - 1; k > h && k >= end-3; k-- {
		if n, v, ok := lx.orgHeads.longest(toks, k); ok && k+n == end {
			return v == "company"
		}
	}
	return false
}

// namesWhole reports whether toks[start:h], before the head of a body's
// part (org_heads.txt's `part`: "Element", "Section"), name the body it
// is part of: a head after the first word ("Kessa Command Coordination
// Element", "Mission Command Element", "421st Mission Generation Force
// Element"), a head that names a body alone ("Army Section"), a listed
// body or an acronym taken for one ("ZDF Branch"). A head that opens the
// words is only the part's kind ("Aviation Combat Element").
func (lx *lexicon) namesWhole(doc *Doc, start, h int) bool {
	toks := doc.Tokens
	for k := start; k < h; k++ {
		t := &toks[k]
		if _, v, ok := lx.orgHeads.longest(toks, k); ok && (k > start || v == "alone") {
			return true
		}
		if _, _, listed := lx.org.longest(toks, k); listed || t.isAcronym() && !lx.notOrgAcronyms.hasTok(t) && !lx.common.hasTok(t) {
			if _, place := lx.isPlace(doc, k); !place {
				return true
			}
		}
	}
	return false
}

// languageService reports whether toks[k], right after a body's acronym,
// is a nationality's word that ends its phrase, the language of the
// body's service: "told VOA Somali that", "told ZBC Khmer by phone". A
// noun after it makes it an adjective ("the EU Somali mission"), and so
// does a coordinator ("NATO Turkish and Greek ships").
func (lx *lexicon) languageService(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k >= len(toks) || !toks[k].SpaceBefore() || toks[k].Newline() || toks[k].Kind != Word {
		return false
	}
	if n, _, ok := lx.demonyms.longest(toks, k); !ok || n != 1 {
		return false
	}
	if k+1 == len(toks) || toks[k+1].Kind != Word {
		return true
	}
	next := &toks[k+1]
	switch next.Lower(doc) {
	case "and", "or", "nor":
		return false
	}
	return !next.IsCap() && lx.isCommon(doc, next)
}

// maxShortFormName bounds the words of a name before a body's short form.
const maxShortFormName = 3

// shortFormName returns where the name of the body that the short form at
// toks[h] writes starts: at the name before it when the text also writes
// that name before the long form, whose words' initials spell the short
// form ("Kessa Amphibious Ready Group" makes "the Kessa ARG" one name, as
// the long form is); otherwise h. It walks the capitalised words of the
// text, at most maxBodyLookups of them spelt as the name's first word.
func (lx *lexicon) shortFormName(doc *Doc, h int) int {
	toks := doc.Tokens
	p := h
	for p > 0 && h-p < maxShortFormName && toks[p].SpaceBefore() && !toks[p].Newline() && lx.isNameWord(doc, &toks[p-1]) && !toks[p-1].isAcronym() {
		p--
	}
	if p == h {
		return h
	}
	short, first := toks[h].Text(doc), toks[p].Text(doc)
	n := 0
	for _, c := range doc.capitals {
		k := int(c)
		if k == p || toks[k].Kind != Word || toks[k].Text(doc) != first {
			continue
		}
		if n++; n > maxBodyLookups {
			break
		}
		if sameTokens(doc, p, k, h-p) && spellsOut(doc, k+h-p, short) {
			return p
		}
	}
	return h
}

// spellsOut reports whether the capitalised words from toks[k] on have the
// letters of short as their initials.
func spellsOut(doc *Doc, k int, short string) bool {
	toks := doc.Tokens
	if k+len(short) > len(toks) {
		return false
	}
	for i := 0; i < len(short); i++ {
		t := &toks[k+i]
		if t.Kind != Word || !t.IsCap() || t.Text(doc)[0] != short[i] || i > 0 && !t.SpaceBefore() {
			return false
		}
	}
	return true
}

// anniversaryWord heads an event that an ordinal counts, as the heads of
// event_heads.txt do, in either case ("Founding Anniversary", "founding
// anniversary").
const anniversaryWord = "anniversary"

// maxCountedGap bounds the words between a body's name and the head of the
// event that the ordinal before the name counts.
const maxCountedGap = 2

// countedEventStart drops the ordinal that opens the name toks[start:end]
// when the head of an event follows the name closely ("121st Zorvik Coast
// Guard Founding Anniversary", "7th Kessa Association (KA) Chiefs
// Meeting"): the ordinal counts the event, not the body. A unit's ordinal
// numbers the unit ("3rd Tarvo Brigade Anniversary").
func (lx *lexicon) countedEventStart(doc *Doc, start, end int) int {
	toks := doc.Tokens
	if toks[start].Kind != Number || !isOrdinal(doc, &toks[start]) {
		return start
	}
	if _, unit := lx.echelons[toks[end-1].Lower(doc)]; unit {
		return start
	}
	gap := 0
	for k := end; k < len(toks) && !toks[k].Newline(); k++ {
		if toks[k].Lower(doc) == anniversaryWord {
			return start + 1
		}
		if _, _, ok := lx.eventHeads.longest(toks, k); ok && toks[k].IsCap() {
			return start + 1
		}
		switch t := toks[k].Text(doc); {
		case t == "(" || t == ")":
		case toks[k].Kind == Word && gap < maxCountedGap:
			gap++
		default:
			return start
		}
	}
	return start
}

// royalWord opens the name of a monarchy's service or body ("Royal
// Navy", "Royal Thai Army"), which names its nation itself.
const royalWord = "Royal"

// royalStart returns where a name that starts at toks[start] and ends in
// the head at toks[h] starts once a country's name before royalWord is
// left out: that country is the writer's gloss on a name complete without
// it ("the UK Royal Navy" → GPE "UK", ORG "Royal Navy"), as a
// nationality's word is ("Tarvo Royal Navy").
func (lx *lexicon) royalStart(doc *Doc, start, h int) int {
	for k := start + 1; k <= h; k++ {
		if doc.Tokens[k].Text(doc) == royalWord && lx.isCountry(doc, start, k) {
			return k
		}
	}
	return start
}

// indefinite reports whether the name toks[start:end] follows "a" or "an"
// and ends its phrase: a kind of body, not one body ("organized as a Marine
// Air-Ground Task Force"). Before a noun the article is the noun's ("a
// Navy destroyer"); before a small word it is the name's ("a Tarvo Task
// Force with …").
func (lx *lexicon) indefinite(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	if start == 0 || toks[start-1].Lower(doc) != "a" && toks[start-1].Lower(doc) != "an" || toks[start-1].IsCap() && !toks[start-1].SentStart() {
		return false
	}
	if bracketedAcronym(doc, end) {
		end += 3 // the short form after the name: "a Tarvo Task Force (TTF), consisting"
	}
	return end == len(toks) || toks[end].Kind != Word || !toks[end].SpaceBefore() || lx.common.hasTok(&toks[end])
}

// missionKind reports whether the name toks[start:end] ends on a head
// that a name of its own may follow (org_heads.txt's `prefix`: "Task
// Force", "Battle Group") and has none, before a lower-case noun of a
// military activity (context_words.tsv's `activity`: "mission",
// "deployment"): the kind of a mission or a deployment that the name
// qualifies ("a Zorvik Task Force deployment", "Zorvik Task Force
// missions are critical"), not one force. A named force's mission keeps
// its name ("Task Force Tarvo operations").
func (lx *lexicon) missionKind(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	if end >= len(toks) || toks[end].IsCap() && !titleCaseRun(doc, end) || !lx.activityNouns.hasTok(&toks[end]) {
		return false
	}
	for k := start; k < end; k++ {
		if n, v, ok := lx.orgHeads.longest(toks, k); ok && v == "prefix" && k+n == end {
			return true
		}
	}
	return false
}

// facilityEnd reports whether a facility's pattern that closes a place's
// name ends the name toks[start:end] at its head h or before ("Convention
// Center"): the name is a building's, a LOC.
func (lx *lexicon) facilityEnd(doc *Doc, start, h, end int) bool {
	toks := doc.Tokens
	for k := max(start, h-2); k <= h; k++ {
		if n, v, ok := lx.locPatterns.longest(toks, k); ok && v == "after" && k+n == end && k > start {
			return true
		}
	}
	return false
}

// maxNameSpan bounds, in tokens, how far a name grows from its head on
// either side, so that a run of capitals without end stays linear.
const maxNameSpan = 12

// maxComplements bounds how many "of/for" complements a name or an office
// chains ("Ministry of Labour of ..."), so that a run of "X of X of ..."
// stays linear: each head reads at most maxComplements*maxNameSpan tokens.
const maxComplements = 4

// maxShipName bounds the words of a ship's name.
const maxShipName = 5

// shipName returns the end of a ship's name after a kind of ship at
// toks[k] ("the frigate Valparaiso", "the destroyer Munmu the Great"), or
// k: capitalised words that are no date, a nationality or a ship prefix
// (which names the ship itself), with "the" between two of them.
func (lx *lexicon) shipName(doc *Doc, k int, dates []bool) int {
	toks := doc.Tokens
	if k >= len(toks) || !toks[k].IsCap() || toks[k].Kind != Word || dates[k] || lx.demonymWord(doc, k) || toks[k].Newline() {
		return k
	}
	if _, _, ok := lx.orgOpeners.longest(toks, k); ok {
		return k
	}
	end := k
	for j := k; j < len(toks) && j-k < maxShipName && toks[j].SpaceBefore() && !toks[j].Newline(); j++ {
		switch {
		case toks[j].Kind == Word && toks[j].IsCap() && !dates[j]:
			end = j + 1
		case toks[j].Lower(doc) == "the" && j > k && j+1 < len(toks) && toks[j+1].IsCap():
		default:
			return end
		}
	}
	return end
}

// royalStyleStart returns the token of "His" or "Her" that opens the
// style "His Majesty's" before the word toks[h], a nationality's word
// between or not ("Her Majesty's Kessan Ship"), or -1.
func (lx *lexicon) royalStyleStart(doc *Doc, h int) int {
	toks := doc.Tokens
	k := h - 1
	if k >= 0 && lx.demonymWord(doc, k) {
		k--
	}
	if k < 2 || !isPossessiveToken(toks[k].Text(doc)) || toks[k-1].Text(doc) != "Majesty" {
		return -1
	}
	if w := toks[k-2].Text(doc); w != "His" && w != "Her" {
		return -1
	}
	return k - 2
}

// capitalShipName returns the end of a ship's name after a capitalised
// kind of ship ("Hospital Ship Kessa"), or k: as shipName, but the name
// opens no body, stops before a word that Title Case capitalises ("To", a
// headline's verb) and is no programme's.
func (lx *lexicon) capitalShipName(doc *Doc, k int, dates []bool) int {
	toks := doc.Tokens
	if k >= len(toks) || lx.orgHeads.startsAt(toks, k) && lx.orgHeads.has(toks, k, k+1) {
		return k
	}
	end := lx.shipName(doc, k, dates)
	for e := k; e < end; e++ {
		if lx.isCommon(doc, &toks[e]) || lx.headlineVerbs.hasTok(&toks[e]) || lx.orgHeads.startsAt(toks, e) {
			end = e
			break
		}
	}
	if end > k && (lx.programmeWord(doc, end-1) || lx.programmeNounAt(doc, end)) {
		return k // "the Joint Support Ship Project", "the Patrol Boat Replacement project" are programmes
	}
	return end
}

// kindShortFormEnd returns the first token after the bracketed short form
// of a capitalised kind of ship that opens at toks[k], an acronym and
// perhaps a number ("(KNS)", "(HSV 2)"), or k when there is none.
func kindShortFormEnd(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+2 >= len(toks) || toks[k].Text(doc) != "(" || !toks[k+1].isAcronym() {
		return k
	}
	close := k + 2
	if toks[close].Kind == Number {
		close++
	}
	if close+1 < len(toks) && toks[close].Text(doc) == ")" && toks[close+1].SpaceBefore() {
		return close + 1
	}
	return k
}

// capitalShipNames proposes the names listed after a capitalised plural
// kind of ship as ORGs, as shipNames does after a lower-case one, each
// read as capitalShipName reads one, and returns where the list ends. A
// plural lists two names or more: one alone is a longer name's word or a
// headline's ("Kessa Ships Registry", "Navy Ships Arrive In Tarvo").
func (lx *lexicon) capitalShipNames(doc *Doc, k int, dates []bool) int {
	var items [maxShipList][2]int
	first, n := k, 0
	for ; n < maxShipList; n++ {
		end := lx.capitalShipName(doc, k, dates)
		if end == k {
			break
		}
		items[n] = [2]int{k, end}
		if k = listNext(doc, end); k < 0 {
			n++
			break
		}
	}
	if n < 2 {
		return first
	}
	for _, it := range items[:n] {
		candidate(doc, it[0], it[1], Org, "", "org:ship", PriorityGrammar)
	}
	return items[n-1][1]
}

// shipKinds reports whether toks[h] is the plural of a kind of ship
// ("destroyers").
func (lx *lexicon) shipKinds(doc *Doc, h int) bool {
	w := doc.Tokens[h].Lower(doc)
	return len(w) > 3 && w[len(w)-1] == 's' && lx.shipTypes.has(w[:len(w)-1])
}

// maxShipList bounds the names of a list after a plural kind of ship.
const maxShipList = 6

// shipNames proposes the names listed after a plural kind of ship as
// ORGs, joined by commas and "and" ("the destroyers Nanchang and
// Kunming"), and returns where the list ends.
func (lx *lexicon) shipNames(doc *Doc, k int, dates []bool) int {
	for n := 0; n < maxShipList; n++ {
		end := lx.shipName(doc, k, dates)
		if end == k {
			return k
		}
		candidate(doc, k, end, Org, "", "org:ship", PriorityGrammar)
		if k = listNext(doc, end); k < 0 {
			return end
		}
	}
	return k
}

// listNext returns the first token of the item of a list after one that
// ends before toks[end], past a comma, "and" or ", and", or -1 where the
// list ends.
func listNext(doc *Doc, end int) int {
	toks := doc.Tokens
	if end+1 >= len(toks) || toks[end].Text(doc) != "," && toks[end].Lower(doc) != "and" {
		return -1
	}
	k := end + 1
	if toks[k].Lower(doc) == "and" {
		k++
	}
	return k
}

// shipNameBefore returns the token of a ship's one-word name between "the"
// and the kind of ship at toks[h], one lower-case word allowed between
// ("the Shandong aircraft carrier", "the Izumo destroyer"), or -1. A
// country, a nationality, a body or a month there says whose ship it is
// or when, not its name ("the U.S. carrier", "the Navy frigate").
func (lx *lexicon) shipNameBefore(doc *Doc, h int, dates []bool) int {
	toks := doc.Tokens
	k := h - 1
	if k > 0 && toks[k].Kind == Word && !toks[k].IsCap() && len(toks[k].Text(doc)) >= 4 && toks[k].SpaceBefore() {
		k--
	}
	if k < 1 || toks[k].Kind != Word || !toks[k].IsCap() || toks[k].SentStart() || toks[k-1].Lower(doc) != "the" || dates[k] {
		return -1
	}
	if lx.demonymWord(doc, k) || lx.isCountry(doc, k, k+1) || lx.onlyBody(doc, k, k+1) {
		return -1
	}
	return k
}

// slashName returns the end of a command's name toks[:end], read after
// its head ending at toks[headEnd-1], with the name glued to its number
// by a slash, as Indonesia's territorial commands are written ("Kodam
// XVII/Kessa", "Korem 161/Tarvo Sakti"), or end. Two names so glued are
// two bodies ("Task Force Kessa/Tarvo").
func (lx *lexicon) slashName(doc *Doc, headEnd, end int) int {
	toks := doc.Tokens
	if end == headEnd || end+1 >= len(toks) || toks[end-1].Kind != Number && !isRoman(toks[end-1].Text(doc)) || toks[end].Text(doc) != "/" || toks[end].SpaceBefore() || toks[end+1].SpaceBefore() || !lx.isNameWord(doc, &toks[end+1]) {
		return end
	}
	e := end + 2
	for e < len(toks) && e-end < maxNameSpan && toks[e].SpaceBefore() && !toks[e].Newline() && lx.isNameWord(doc, &toks[e]) {
		e++
	}
	return e
}

// shipClassAfter reports whether toks[k], right after an organisation's
// head, is a capitalised kind of ship that no name follows: the head and
// the word before it (the caller's test) are words of a class of ship's
// name ("the first Littoral Mission Ship"), which is not annotated, not a
// body's. A unit's number before the head ("7th Fleet Destroyer") and a
// head alone ("the Coast Guard Cutter") name the body.
func shipClassAfter(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k >= len(toks) || toks[k].props&propShipType == 0 || toks[k].Kind != Word || !toks[k].IsCap() || !toks[k].SpaceBefore() {
		return false
	}
	if n := kindShortFormEnd(doc, k+1); n > k+1 && n < len(toks) && toks[n].Kind == Word && toks[n].IsCap() {
		return false // "Kessa Navy Ship (KNS) Tarvo": the name after the kind's short form
	}
	return k+1 == len(toks) || toks[k+1].Kind != Word || !toks[k+1].IsCap() || !toks[k+1].SpaceBefore()
}

// gluedOfficeEndsAt reports whether an office's head of several tokens
// glued by hyphens ends at toks[k] ("GOC-in-C", "AOC-in-C").
func (lx *lexicon) gluedOfficeEndsAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < 2 || !gluedHyphen(doc, k-1) {
		return false
	}
	for s := k - 2; s >= 0 && k-s < maxGluedOffice; s-- {
		if lx.roleHeads.startsAt(toks, s) {
			if n, _, ok := lx.roleHeads.longest(toks, s); ok && s+n == k+1 {
				return true
			}
		}
		if toks[s].SpaceBefore() {
			return false
		}
	}
	return false
}

// maxGluedOffice bounds the tokens of an office glued by hyphens.
const maxGluedOffice = 7

// pennantNumber returns the end of a ship's name toks[:end] with the
// pennant number glued to it by a hyphen, as the Indonesian navy writes
// its ships ("KRI Kessa-378"), or end.
func pennantNumber(doc *Doc, end int) int {
	toks := doc.Tokens
	if !gluedHyphen(doc, end) || toks[end+1].Kind != Number || end+2 < len(toks) && !toks[end+2].SpaceBefore() && toks[end+2].Kind != Punct {
		return end
	}
	return end + 2
}

// maxShipApposition bounds the tokens between the article of an
// apposition and the kind of ship that ends it ("the PLA Navy's first
// aircraft carrier").
const maxShipApposition = 8

// apposedShipName returns the ship's name that an apposition ending in
// the kind of ship toks[h] describes: capitalised words, then a comma and
// an article opening the apposition ("The Kessa, a guided-missile
// destroyer of the escort taskforce", "Tarvo, the PLA Navy's first aircraft
// carrier,"), as state media introduce a ship named after a city. The kind
// of ship must end its phrase ("Ivo Tarn, a destroyer captain" is a
// person), and the words between hold no comma. Otherwise start == end.
func (lx *lexicon) apposedShipName(doc *Doc, h int, dates []bool) (start, end int) {
	toks := doc.Tokens
	if h+1 < len(toks) && !shipPhraseEnd(doc, &toks[h+1]) {
		return 0, 0
	}
	k := h - 1
	for k > 0 && h-k <= maxShipApposition && !isDeterminer(toks[k].Lower(doc)) {
		if t := &toks[k]; t.Kind == Punct && t.Text(doc) != "-" && !isPossessiveToken(t.Text(doc)) || t.Break() {
			return 0, 0
		}
		k--
	}
	if w := toks[k].Lower(doc); k < 2 || w != "a" && w != "an" && w != "the" || toks[k-1].Text(doc) != "," {
		return 0, 0
	}
	end = k - 1
	start = end
	for start > 0 && end-start < maxShipName && toks[start-1].Kind == Word && toks[start-1].IsCap() && !dates[start-1] &&
		!(toks[start-1].SentStart() && isDeterminer(toks[start-1].Lower(doc))) {
		start--
		if toks[start].SentStart() || toks[start].Break() {
			break
		}
	}
	if start == end || lx.demonymWord(doc, start) || lx.personNameOpens(&toks[start]) {
		return 0, 0
	}
	return start, end
}

// shipPhraseEnd reports whether t, after a kind of ship, ends the noun
// phrase the kind heads: a punctuation mark or a preposition, a
// relative pronoun or a conjunction ("a destroyer of", "a frigate that"),
// not a noun it would qualify ("a destroyer captain").
func shipPhraseEnd(doc *Doc, t *Token) bool {
	if t.Kind == Punct {
		// Not a possessive or a glued hyphen: "the destroyer's
		// captain", "a submarine-building nation" name no ship.
		w := doc.Text[t.Start:t.End]
		return !isPossessiveToken(w) && !(w == "-" && !t.SpaceBefore())
	}
	switch t.Lower(doc) {
	case "of", "in", "with", "that", "which", "from", "under", "to", "at", "on", "and", "for", "is", "was", "has", "had":
		return true
	}
	return false
}

// maxCompanyName bounds the tokens of a company's name before its suffix.
const maxCompanyName = 8

// companyStart returns the start of the company's name before its legal
// suffix toks[h] ("Inc.", "LLC"): capitalised words, places and
// nationalities among them, "&", and "and" or "of" between two of them
// ("BAE Systems Land and Armaments L.P.", "Tyco International of Canada
// Ltd"), a comma before the suffix ("Huntington Ingalls Industries,
// Inc."); or h. A possessive or a line's start ends it ("Seaspan's
// Vancouver Shipyards Co. Ltd.").
func (lx *lexicon) companyStart(doc *Doc, h int) int {
	toks := doc.Tokens
	k := h - 1
	if k > 0 && toks[k].Text(doc) == "," {
		k--
	}
	start := h
	for ; k >= 0 && h-k <= maxCompanyName; k-- {
		t := &toks[k]
		if _, v, ok := lx.orgHeads.longest(toks, k); ok && v == "company" && k < h-1 {
			break // "BAE Systems Inc. and Tarvo Signals Inc." are two, "Co. Ltd." one suffix
		}
		switch {
		case t.Kind == Word && t.IsCap() && !lx.isCommon(doc, t), t.Text(doc) == "&" && start < h:
			start = k
		case (t.Lower(doc) == "and" || t.Lower(doc) == "of") && start == k+1 && k > 0 && toks[k-1].IsCap():
			// between two of its words
		case t.Text(doc) == "-" && start == k+1 && !t.SpaceBefore() && !toks[k+1].SpaceBefore() && k > 0 && toks[k-1].IsCap():
			// "Sprague-Rosser Contracting Co. Ltd."
		default:
			return lx.companyNumber(doc, start)
		}
		if t.Newline() || t.SentStart() || t.Kind != Word && t.Text(doc) != "&" && t.Text(doc) != "-" {
			return start
		}
	}
	return lx.companyNumber(doc, start)
}

// companyNumber moves the start of a company's name over the ordinal
// number of a military company ("577th Sapper Co.").
func (lx *lexicon) companyNumber(doc *Doc, start int) int {
	if start > 0 && doc.Tokens[start-1].Kind == Number && isOrdinal(doc, &doc.Tokens[start-1]) {
		return start - 1
	}
	return start
}

// extendLeft returns the first token of the capitalised words that stand
// before toks[h] as part of its name.
func (lx *lexicon) extendLeft(doc *Doc, h int) int {
	toks := doc.Tokens
	start := h
	for k := h - 1; k >= 0 && h-k <= maxNameSpan; k-- {
		t := &toks[k]
		if toks[k+1].Newline() || toks[k+1].SentStart() && k+1 <= start {
			break
		}
		// "GOC-in-C Northern Command": an office glued by hyphens ends
		// before the body's name.
		if lx.gluedOfficeEndsAt(doc, k) {
			break
		}
		// "Japan-Republic of Korea Joint Declaration": a state's name
		// with "of" in it.
		if p := lx.placeEndingAt(doc, k); p < k && !toks[p].SentStart() {
			start, k = p, p
			continue
		}
		switch {
		case dialogueFormat(doc, k):
			// "U.S.-India 2+2 Dialogue": the talks' format.
		case lx.isNameWord(doc, t) && !(k == start-1 && k > 0 && isOrdinalWord(t.Lower(doc)) && lx.isNameWord(doc, &toks[k-1]) && toks[k-1].Kind == Word && !toks[k-1].isAcronym()):
			// (An ordinal word opens a unit's name after another name:
			// "Army Europe Fifth Corps" is two names, "U.S. Fifth Fleet"
			// one, below.)
		case t.Kind == Number && k == start-1 && (isOrdinal(doc, t) || isYear(doc, t)), k == start-1 && isRoman(t.Text(doc)), k == start-1 && isOrdinalWord(t.Lower(doc)):
			// A number opens a name: "3rd Brigade", "I Corps", "III Marine
			// Expeditionary Force" (and "Army 3rd Brigade" is two names),
			// after the country whose it is ("U.S. 5th Fleet").
			// Only a fleet takes its country ("U.S. 5th Fleet"); "U.S. 4th
			// Infantry Division" is a country and a division, as the gold of
			// three batches has it.
			if k > 0 && t.SpaceBefore() && !t.SentStart() && isOrdinal(doc, t) && toks[h].Text(doc) == "Fleet" {
				for c := max(0, k-3); c < k; c++ {
					if lx.isCountry(doc, c, k) && toks[c].isAcronym() {
						return c
					}
				}
				if lx.fleetOwner(doc, k-1) {
					return k - 1
				}
			}
			return k
		case (t.Text(doc) == "'" || t.Text(doc) == "’" || isPossessiveToken(t.Text(doc)) && lx.possessorInName(doc, k)) && k > 0 && toks[k-1].IsCap() && !lx.endsPlace(doc, k) && !lx.endsOrgHead(doc, k) && !toks[k-1].isAcronym() && !lx.titledName(doc, k-1):
			// "People's Army", but "Tarvonia's Ministry of Interior" is
			// the ministry of the state before it.
		case (t.Text(doc) == "-" || t.Text(doc) == "–") && !t.SpaceBefore() && !toks[k+1].SpaceBefore() && k > 0 && (toks[k-1].IsCap() || inCompound(doc, k-1)):
			// (A hyphen with a space after it is a dash: "TROMSØ,
			// NORWAY- U.S. Coast Guard Cutter Healy"; "Navy-to-Navy
			// Staff Talks": a compound's inner word. An en dash glued
			// to both words joins them as a hyphen does: "Export–Import
			// Bank", "the Kessa–Tarvo Joint Commission".)
		case inCompound(doc, k) && toks[k-2].IsCap():
		case k > 0 && !t.IsCap() && lx.particles.hasTok(t) && toks[k-1].Kind == Word && toks[k-1].IsCap() && toks[k+1].Kind == Word && toks[k+1].IsCap():
			// "Ivo de Tarn Strike Group": a person's particle in the
			// name of the body named after the person.
		case (t.Text(doc) == "His" || t.Text(doc) == "Her") && toks[k+1].Text(doc) == "Majesty":
			// "His Majesty's Armed Forces": the style opens the name.
		default:
			return start
		}
		// A rank word ends the name ("Gen. Army Command"), but right
		// before the head it is the name's own ("the General Office");
		// after a rank, a person's name ends before the body's ("By
		// Capt. Ivo Tarn Joint Task Force-Bravo Public Affairs").
		if h-k > 2 && lx.startsRank(doc, k) && lx.plainNameWord(doc, k+1) {
			e := k + 1
			for e < h && lx.plainNameWord(doc, e) {
				e++
			}
			return e
		}
		if _, _, rank := lx.ranks.longest(toks, k); rank && t.Kind == Word && !lx.isRankAbbrev(t) && k != h-1 && !determinedWord(doc, k) {
			return start
		}
		if lx.isRoleHead(t) && !possessiveAt(doc, k+1) && !numberedUnitWord(doc, k) || lx.headlineVerbs.hasTok(t) || lx.personCues.hasTok(t) {
			// An office, but "Minister’s Meeting" holds one; a
			// headline's verb ("Kest Leads Parade") or a noun for a
			// person ("Counterpart"). The rest of a compound the office
			// opens is the office's: "GOC-in-C Kessa Command".
			for start < h && !toks[start].SpaceBefore() {
				start++
			}
			return start
		}
		start = k
	}
	return start
}

// determinedWord reports whether "the" or a possessive comes right
// before toks[k]: a rank's word there opens a body's name, as a
// rank before a person's name takes neither ("the General Political
// Department", "the Kessa Army's General Logistics Department"; but
// "General Ivo Tarn's Army Command").
func determinedWord(doc *Doc, k int) bool {
	toks := doc.Tokens
	return k > 0 && (toks[k-1].Lower(doc) == "the" || isPossessiveToken(toks[k-1].Text(doc)))
}

// fleetOwner reports whether toks[k], right before a numbered fleet, is
// an acronym that no list knows: the fleet's state or navy, whose name
// the fleet's opens ("ZN 5th Fleet", as "U.S. 5th Fleet"; ANNOTATION.md:
// an official name that begins with a country stays whole).
func (lx *lexicon) fleetOwner(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < 0 || !toks[k].isAcronym() || toks[k].Newline() || !toks[k+1].SpaceBefore() {
		return false
	}
	if lx.common.hasTok(&toks[k]) || allCapsLine(doc, k) {
		return false // a headline's word in capitals: "ARRIVES IN PORT WITH 5th Fleet"
	}
	_, place := lx.isPlace(doc, k)
	return !place && !lx.org.startsAt(toks, k)
}

// numberedUnitWord reports whether toks[k] stands in a numbered unit's
// name, an ordinal and capitalised words before it: an office's word
// there names the unit's trade, no office ("36th Tactical Advisor
// Squadron", "5th Kessa Liaison Officer Group").
func numberedUnitWord(doc *Doc, k int) bool {
	toks := doc.Tokens
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := &toks[j]
		if !toks[j+1].SpaceBefore() || toks[j+1].Newline() {
			return false
		}
		if t.Kind == Number {
			return isOrdinal(doc, t)
		}
		if t.Kind != Word || !t.IsCap() {
			return false
		}
	}
	return false
}

// plainNameWord reports whether toks[k] is a capitalised word that opens
// no place and no body: a person's, after a rank.
func (lx *lexicon) plainNameWord(doc *Doc, k int) bool {
	toks := doc.Tokens
	if !lx.isNameWord(doc, &toks[k]) || lx.orgHeads.startsAt(toks, k) {
		return false
	}
	_, place := lx.isPlace(doc, k)
	return !place
}

// possessiveAt reports whether toks[k] is a possessive ending ("'s", "’s").
func possessiveAt(doc *Doc, k int) bool {
	return k < len(doc.Tokens) && isPossessiveToken(doc.Tokens[k].Text(doc))
}

// placeEndingAt returns the first token of a listed place of two words or
// more that ends at toks[k] ("Republic of Korea"), or k.
func (lx *lexicon) placeEndingAt(doc *Doc, k int) int {
	if doc.Tokens[k].Kind != Word || !doc.Tokens[k].IsCap() {
		return k
	}
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		if n, ok := lx.isPlace(doc, p); ok && p+n == k+1 {
			return p
		}
	}
	// "Republic of Fiji": a state's form before "of" and a listed place,
	// or one capitalised word that could name a place ("Republic of
	// Tarvo Navy"): after a state's form, "of" takes the state's name.
	for p := k - 1; p >= 1 && p >= k-4; p-- {
		if doc.Tokens[p].Lower(doc) != "of" {
			continue
		}
		n, ok := lx.isPlace(doc, p+1)
		if !ok && p+1 == k && lx.theatreWord(doc, k) {
			n, ok = 1, true
		}
		if !ok || p+1+n != k+1 {
			return k
		}
		for q := p - 1; q >= 0 && q >= p-3; q-- {
			if n, v, ok := lx.locPatterns.longest(doc.Tokens, q); ok && v == "state" && q+n == p {
				return q
			}
		}
		return k
	}
	return k
}

// dialogueFormat reports whether toks[k] is part of a talks' format of two
// numbers joined by a glued "+" ("2+2").
func dialogueFormat(doc *Doc, k int) bool {
	toks := doc.Tokens
	glued := func(j int) bool { return j > 0 && j < len(toks) && !toks[j].SpaceBefore() }
	switch {
	case toks[k].Text(doc) == "+":
		return glued(k) && glued(k+1) && toks[k-1].Kind == Number && toks[k+1].Kind == Number
	case toks[k].Kind == Number:
		return k+2 < len(toks) && toks[k+1].Text(doc) == "+" && glued(k+1) && glued(k+2) && toks[k+2].Kind == Number ||
			k >= 2 && toks[k-1].Text(doc) == "+" && glued(k) && glued(k-1) && toks[k-2].Kind == Number
	}
	return false
}

// titledName reports whether toks[k] is a one-word name after a
// capitalised office or rank, a person's ("Secretary Tarn's Meeting").
func (lx *lexicon) titledName(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k == 0 || !toks[k-1].IsCap() {
		return false
	}
	if lx.isRoleHead(&toks[k-1]) {
		return true
	}
	return lx.isRankAbbrev(&toks[k-1])
}

// endsPlace reports whether a place name ends just before toks[k] ("Iraq"
// in "Iraq's Security Forces").
func (lx *lexicon) endsPlace(doc *Doc, k int) bool {
	for i := k - 1; i >= 0 && i >= k-4; i-- {
		if n, ok := lx.isPlace(doc, i); ok && i+n == k {
			return true
		}
	}
	return false
}

// countedNounStart returns where the name toks[start:end] starts when a
// lower-case ordinal word opens it and a lower-case noun of its phrase
// follows it (after the name's short form in brackets or not): the
// ordinal counts that noun, not the body ("the fourth Kessa Navy ship",
// "its sixth Tarvo Naval Force (TNF) patrol"); "the third Naval Area
// Command at Zorvik" keeps it. Otherwise start.
func (lx *lexicon) countedNounStart(doc *Doc, start, end int) int {
	toks := doc.Tokens
	if end-start < 2 || toks[start].Kind != Word || toks[start].IsCap() || !isOrdinalWord(toks[start].Lower(doc)) {
		return start
	}
	if bracketedAcronym(doc, end) {
		end += 3
	}
	// A noun, not a verb ("the first Kessa Army said"); "ship to visit"
	// is still the noun's phrase, which nounFollows' verb test would miss.
	if end > 0 && end < len(toks) && !endsNounPhrase(doc, end-1, false) && !lx.common.hasTok(&toks[end]) && !pastForm(toks[end].Lower(doc)) &&
		!lx.pastVerbs.hasTok(&toks[end]) && !lx.speechVerbs.hasTok(&toks[end]) {
		return start + 1
	}
	return start
}

// higherUnit extends a military unit's name toks[:end] over the higher
// unit named after it and a comma: "3rd Battalion, 21st Infantry Regiment"
// is one name (ANNOTATION.md, decided cases). Two units of which the second
// is no larger are a list ("1st Marine Division, 1st Marine Logistics
// Group"); unit_echelons.txt orders them.
func (lx *lexicon) higherUnit(doc *Doc, end int) int {
	toks := doc.Tokens
	if end+2 >= len(toks) || toks[end].Text(doc) != "," {
		return end
	}
	// A higher unit's number: an ordinal or a Roman numeral ("III Marine
	// Expeditionary Force") numbers a unit of any kind; a cardinal ("2
	// Engineer Regiment", as Commonwealth armies number units) only one
	// that unit_echelons.txt ranks above, since a count may follow a comma
	// too ("1st Battalion, 500 Marines").
	num := &toks[end+1]
	ordinal := num.Kind == Number && isOrdinal(doc, num) || isRoman(num.Text(doc))
	numbered := ordinal || num.Kind == Number
	if !numbered && !num.IsCap() {
		return end
	}
	lower, okLower := lx.echelons[toks[end-1].Lower(doc)]
	if e, ok := lx.battalionByNumbers(doc, end+1); ok && okLower && lower < lx.echelons["battalion"] {
		return e // "B Company, 2-10 Aviation"
	}
	// A parent unit named without an echelon: a regiment's or a
	// service's name ("1st Battalion, Kessa Light Infantry", "113th
	// Wing, Tarvo Air National Guard"), or a British regiment's after its
	// article ("1st Battalion, The Royal Kessan").
	// The unit is a regiment or smaller: "Army, Air Force" and "Pacific
	// Fleet, Kessa Maritime Force" are lists of services, and a brigade
	// or a wing before a state's National Guard stays apart, as the
	// fifteenth round left it ("297th Kessa Brigade, Tarvo Army National
	// Guard").
	if okLower && !numbered && lower < lx.echelons["group"] {
		if e, ok := lx.parentByName(doc, end+1); ok {
			return e
		}
	}
	for k := end + 1 + btoi(numbered); k < len(toks) && k-end <= maxNameSpan && !toks[k].Newline(); k++ {
		if !toks[k].IsCap() && !isConnector(doc, &toks[k]) {
			return end
		}
		if n, _, ok := lx.orgHeads.longest(toks, k); ok {
			// Heads in a row are one name's: "228th Aviation Regiment".
			for k+n < len(toks) && toks[k+n].IsCap() && toks[k+n].SpaceBefore() {
				m, _, more := lx.orgHeads.longest(toks, k+n)
				if !more {
					break
				}
				n += m
			}
			higher, okHigher := lx.headEchelon(doc, k, k+n)
			switch {
			case okLower && okHigher && higher > lower:
				return k + n
			case ordinal && !(okLower && okHigher):
				return k + n // "3rd Battalion, 21st Infantry Regiment"
			}
			return end
		}
	}
	return end
}

// parentByName returns the end of a parent unit's name that starts at
// toks[from], after a unit's echelon and a comma, when the parent has no
// echelon of its own: capitalised words (with "of", "the" and
// possessives, not "and", which lists units) on one line, and no list
// after them ("and", or a comma and a capitalised word), that end in an
// organisation's head with a name of its own ("Kessa Light Infantry",
// "Tarvo Air National Guard"), in a head that names soldiers ("The
// Rifles"), or that "The" opens and no head ends ("The Royal Kessan", as
// British regiments write it; not "The Kessa Times", a paper). Otherwise
// false.
func (lx *lexicon) parentByName(doc *Doc, from int) (int, bool) {
	toks := doc.Tokens
	r := from
	for r < len(toks) && r-from < maxNameSpan && !toks[r].Newline() && (toks[r].Kind == Word && toks[r].IsCap() || isConnector(doc, &toks[r]) && !isAnd(doc, r)) {
		r++
	}
	for r > from && !toks[r-1].IsCap() {
		r-- // "of the" ends no name
	}
	if r-from < 2 || r+1 < len(toks) && (isAnd(doc, r) || toks[r].Text(doc) == "," && (isAnd(doc, r+1) || toks[r+1].Kind == Word && toks[r+1].IsCap())) {
		return 0, false
	}
	if _, echelon := lx.echelons[toks[r-1].Lower(doc)]; echelon {
		return 0, false // the heads' own rule
	}
	article := toks[from].Text(doc) == "The"
	for k := from + 1; k < r; k++ {
		if n, v, ok := lx.orgHeads.longest(toks, k); ok && k+n == r {
			return r, v == "soldiers" || !article && v != "outlet" && v != "company"
		}
	}
	return r, article && r-from >= 3
}

// isAnd reports whether toks[k] is "and", "or" or "&".
func isAnd(doc *Doc, k int) bool {
	switch doc.Tokens[k].Text(doc) {
	case "and", "or", "&":
		return true
	}
	return false
}

// lowerUnit returns where a numbered unit's name toks[start:] starts when
// a smaller unit named by one word and its echelon stands before it and a
// comma, as a unit is named with its parent ("Bravo Troop, 3rd Squadron",
// "Kessa Flight, 2-10 Aviation"; ANNOTATION.md's "2nd Battalion, 14th
// Marine Regiment" is one name): the echelon must rank below the unit's,
// whose head ends at toks[headEnd-1]. Otherwise start.
func (lx *lexicon) lowerUnit(doc *Doc, start, headEnd int) int {
	toks := doc.Tokens
	if start < 3 || toks[start-1].Text(doc) != "," || toks[start].Kind != Number || toks[start].Newline() {
		return start
	}
	echelon, name := &toks[start-2], &toks[start-3]
	// "Company B, 1st Battalion": US units write a company, a battery or
	// a troop by its echelon and a letter after it.
	lettered := singleLetter(doc, start-2, start-1)
	if lettered {
		echelon, name = name, echelon
	}
	rank, ok := lx.echelons[echelon.Lower(doc)]
	unit, okUnit := lx.echelons[toks[headEnd-1].Lower(doc)]
	if !ok || !okUnit || rank >= unit || !echelon.IsCap() || echelon.Newline() || name.Kind != Word || !name.IsCap() || !lettered && lx.isCommon(doc, name) {
		return start
	}
	if start > 3 && toks[start-4].Kind == Word && toks[start-4].IsCap() && !toks[start-3].Newline() {
		return start // a name of more words is left alone
	}
	return start - 3
}

// battalionByNumbers returns the end of a battalion named by its own and
// its regiment's numbers glued by a hyphen or a slash and the regiment's
// branch, an organisation's head ("2-10 Aviation", "1/5 Cavalry"), that
// starts at toks[k], and whether there is one.
func (lx *lexicon) battalionByNumbers(doc *Doc, k int) (int, bool) {
	toks := doc.Tokens
	if !numberPair(doc, k) || k+3 >= len(toks) || !toks[k+3].SpaceBefore() || !toks[k+3].IsCap() {
		return 0, false
	}
	n, _, ok := lx.orgHeads.longest(toks, k+3)
	return k + 3 + n, ok
}

// namesOwnBody reports whether the tokens [from, to) of a complement name
// a body of their own: a head with a word that is no head, or with a
// complement of its own ("Philippine Fleet", "Ministry of Health"), not a
// bare head ("the Armed Forces") nor an acronym ("the JGSDF").
func (lx *lexicon) namesOwnBody(doc *Doc, from, to int) bool {
	toks := doc.Tokens
	head, other := false, false
	own := to // the head is the complement's own, not its complement's
	if e, ok := lx.nameComplement(doc, to); ok {
		to = e // "of the Ministry" "of Health"
	}
	for k := from; k < to; k++ {
		if n, _, ok := lx.orgHeads.longest(toks, k); ok && k+n <= to {
			head = head || k < own
			k += n - 1
			continue
		}
		if t := &toks[k]; t.Kind == Word && t.IsCap() && !t.isAcronym() {
			other = true
		}
	}
	return head && other
}

// numberedAfterHead reports whether a unit's name toks[h:end] ends in a
// number after its head, as armies that number units after the echelon
// write them ("Brigade 125", "Division 309"): a numbered unit like "125th
// Brigade", whose complement that names a body is that body's name
// ("Brigade 125 of Naval Region 2" is two units).
func (lx *lexicon) numberedAfterHead(doc *Doc, h, end int) bool {
	toks := doc.Tokens
	return end-h >= 2 && toks[end-1].Kind == Number && lx.isEchelon(doc, end-2)
}

// namesBody reports whether an organisation's head stands among the tokens
// [from, to).
func (lx *lexicon) namesBody(doc *Doc, from, to int) bool {
	for k := from; k < to; k++ {
		if _, _, ok := lx.orgHeads.longest(doc.Tokens, k); ok {
			return true
		}
	}
	return false
}

// regimentOfUnit extends a numbered unit's name toks[start:end] over the
// regiment it belongs to, written after "The" as the British Army names its
// battalions: "1st Battalion The Royal Tarvo Regiment", "3rd Battalion the
// Rifles".
func (lx *lexicon) regimentOfUnit(doc *Doc, start, end int) int {
	toks := doc.Tokens
	if end+1 >= len(toks) || toks[end].Lower(doc) != "the" || toks[start].Kind != Number || !isOrdinal(doc, &toks[start]) {
		return end
	}
	if _, unit := lx.echelons[toks[end-1].Lower(doc)]; !unit {
		return end
	}
	e := end + 1
	for e < len(toks) && e-end <= 4 && lx.isNameWord(doc, &toks[e]) && toks[e].SpaceBefore() && !toks[e].Newline() {
		e++
	}
	if e == end+1 {
		return end
	}
	return e
}

// btoi is 1 for true and 0 for false.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// endsOrgHead reports whether the word before toks[k] is an organisation
// head: a possessive after one links two organisations ("the Air Force's
// 20th Air Force") rather than building one name ("People's Army").
func (lx *lexicon) endsOrgHead(doc *Doc, k int) bool {
	toks := doc.Tokens
	n, _, ok := lx.orgHeads.longest(toks, k-1)
	return ok && n == 1
}

// nameAfterPortfolio reports whether toks[j], a capitalised word after the
// portfolio that ends a complement so far (end), opens a name of two words
// or more instead: "Ministry of Foreign Affairs Thani Thongphakdi".
func (lx *lexicon) nameAfterPortfolio(doc *Doc, j, end int) bool {
	toks := doc.Tokens
	// (A compass point qualifies the word after it: "of West Kessan
	// States", "of East Asian and Pacific Affairs".)
	if end == 0 || end != j || !lx.portfolio.hasTok(&toks[j-1]) || lx.portfolio.hasTok(&toks[j]) || isCompassPoint(toks[j-1].Text(doc)) {
		return false
	}
	if _, _, head := lx.orgHeads.longest(toks, j); head {
		return false
	}
	// "Ministry of Defence Ivo Tarn", but "Commission for Military
	// Technical Cooperation": a topic's abstract noun is no name's.
	// (A name on the next line follows no portfolio: "… Arms Trade
	// Treaty" over "New York City".)
	if !(j+1 < len(toks) && toks[j+1].Kind == Word && toks[j+1].IsCap() && toks[j+1].SpaceBefore() && !toks[j+1].Newline() && !topicNoun(toks[j+1].Lower(doc))) {
		return false
	}
	// A run that ends in a portfolio word is the complement's own:
	// "Office of National Drug Control Policy" goes on, no person's name
	// follows "National" (but "Department of State Kessa Peace
	// Operations Initiative" is a programme's name).
	r := j + 2
	for r < len(toks) && r-j < maxNameSpan && toks[r].Kind == Word && toks[r].IsCap() && toks[r].SpaceBefore() && !toks[r].Newline() {
		r++
	}
	return r == j+2 || !lx.portfolio.hasTok(&toks[r-1])
}

// topicNoun reports whether w, in lower case, is an abstract noun that
// heads a topic, singular or plural ("Disaster Assistance", "Aid
// Operations", "Border Relations"): the word before it then qualifies it
// and is no given name.
func topicNoun(w string) bool {
	return abstractNoun(strings.TrimSuffix(w, "s")) || len(w) > 6 && strings.HasSuffix(w, "ance")
}

// euMission reports whether the acronym w names one of the European
// Union's missions or operations, which add their theatre to it: "EU"
// and two capitals or more ("EULEX", "EUTM", "EUCAP").
func euMission(w string) bool {
	return len(w) >= 4 && strings.HasPrefix(w, "EU") && isAllCaps(w)
}

// delegationHead reports whether w, the head of a body's name, names a
// body sent to another ("Mission to the United Nations", "Delegation to
// NATO").
func delegationHead(w string) bool {
	return w == "mission" || w == "delegation" || w == "representation"
}

// officeAsPlace reports whether the body toks[start:end], named up to
// "Office", is the building a visitor is at or is welcomed to: "here at
// the Presidential Office", "welcome you all to the Presidential Office"
// (a LOC, as a named facility). A body the sentence acts on stays an ORG
// ("wrote to the Presidential Office").
func officeAsPlace(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	if start < 2 || toks[end-1].Lower(doc) != "office" || toks[start-1].Lower(doc) != "the" {
		return false
	}
	switch toks[start-2].Lower(doc) {
	case "at":
		return true
	case "to":
		for k := start - 3; k >= 0 && k >= start-maxWelcomeGap; k-- {
			if strings.HasPrefix(toks[k].Lower(doc), "welcom") {
				return true
			}
		}
	}
	return false
}

// maxWelcomeGap is how many words before "to the … Office" a "welcome"
// may stand ("welcome you all to the …").
const maxWelcomeGap = 6

// placeNamedHead reports whether w, the head of a body's name, is named by
// the place after "of": a state's diplomatic post abroad ("Embassy of
// Japan", "Consulate of Tarvo") or a university ("University of Nairobi",
// "National University of Tarvo"), whose place is its official name, not a
// trailing country (rule 4).
func placeNamedHead(w string) bool {
	return w == "embassy" || w == "consulate" || w == "university"
}

// officeAt reports whether an office of two words or more starts at
// toks[j] with a word that is no portfolio ("Senior Development Advisor"),
// which ends a name before it.
func (lx *lexicon) officeAt(doc *Doc, j int) bool {
	if !lx.mayStartRole(&doc.Tokens[j]) || lx.portfolio.hasTok(&doc.Tokens[j]) {
		return false // (a portfolio word is the name's: "Agency for International Development")
	}
	end, ok := lx.matchRole(doc, j)
	return ok && end-j > 1
}

// nameComplement returns the end of an "of/for" complement of a name
// starting at toks[k]: capitalised words up to a person's name, a rank, an
// office or an honorific. A complement that is only a place is left out
// ("Ministry of National Defence of Vietnam").
func (lx *lexicon) nameComplement(doc *Doc, k int) (int, bool) {
	toks := doc.Tokens
	if k+1 >= len(toks) {
		return 0, false
	}
	// "with" after an abstract noun: "Commission for Military Technical
	// Cooperation with Foreign States".
	with := toks[k].Lower(doc) == "with" && k > 0 && abstractNoun(toks[k-1].Lower(doc))
	// "to" a body after a mission: "U.S. Mission to the United Nations".
	if toks[k].Lower(doc) == "to" && k > 0 && delegationHead(toks[k-1].Lower(doc)) {
		j := k + 1
		if toks[j].Lower(doc) == "the" {
			j++
		}
		if n, _, ok := lx.org.longest(toks, j); ok {
			return j + n, true
		}
		return 0, false
	}
	// "Against" in a body's name, capitalised as a name's words are:
	// what the body campaigns against ("Committee Against Torture",
	// "Coalition Against Kessa Piracy"); in lower case it is as often
	// the clause's ("the army against Kessa").
	against := toks[k].Text(doc) == "Against" && !toks[k].SentStart() && !toks[k].Newline() && lx.proseLine(doc, k)
	if toks[k].Lower(doc) != "of" && toks[k].Lower(doc) != "for" && toks[k].Lower(doc) != "on" && !with && !against {
		return 0, false
	}
	j := k + 1
	if toks[j].Lower(doc) == "the" {
		j++
	}
	if n, ok := lx.isPlace(doc, j); ok && !(j+n < len(toks) && toks[j+n].IsCap() && !toks[j+n].Newline()) {
		// "Embassy of Japan", "University of Nairobi": the place names
		// the body.
		if toks[k].Lower(doc) == "of" && (placeNamedHead(toks[k-1].Lower(doc)) || lx.forTheNoun(doc, k)) {
			return j + n, true
		}
		return 0, false
	}
	// "Battalion of UNIFIL": an acronym alone after "of" is a body of
	// its own, which the name belongs to.
	if j == k+1 && toks[j].isAcronym() && (j+1 == len(toks) || !toks[j+1].IsCap()) {
		return 0, false
	}
	end := 0
	for j < len(toks) && j-k <= maxNameSpan && !toks[j].Newline() {
		t := &toks[j]
		// A country after the complement is no part of it: "Ministry of
		// National Defense R.O.C." (rule 4).
		if n, place := lx.isPlace(doc, j); place && end > 0 && !lx.endsOrgHead(doc, j+n+1) {
			break
		}
		// "of the Republic of Korea Army": a place's name with an "of"
		// inside that opens the body's name is taken whole.
		if n, place := lx.isPlace(doc, j); place && end == 0 && n > 2 && toks[j+1].Lower(doc) == "of" && j+n < len(toks) && toks[j+n].IsCap() && toks[j+n].Kind == Word && toks[j+n].SpaceBefore() && !toks[j+n].Newline() {
			j += n
			end = j
			continue
		}
		// A nationality before a lower-case word qualifies that word:
		// "the 3rd Brigade of the Kenyan army" ends at "Brigade".
		if j+1 < len(toks) && toks[j+1].Kind == Word && !toks[j+1].IsCap() && !isConnector(doc, &toks[j+1]) && toks[j+1].Lower(doc) != "or" && lx.demonymWord(doc, j) {
			break
		}
		if t.IsCap() && t.Kind == Word && !lx.stopsName(doc, j) && !lx.nameAfterPortfolio(doc, j, end) && !lx.officeAt(doc, j) {
			j++
			end = j
			// "Bureau of Political-Military Affairs": a capitalised
			// word glued by a hyphen; "Security and Co-operation": a
			// noun's lower-case part.
			if gluedHyphen(doc, j) && toks[j+1].Kind == Word && (toks[j+1].IsCap() || compoundNounPart(doc, j+1)) {
				j += 2
				end = j
			}
			continue
		}
		// "Ministry of Kessa Affairs, Trade and Development": a list of
		// portfolios that "and" closes.
		if e := lx.portfolioList(doc, j+1); end == j && isComma(doc, t) && e > 0 {
			j, end = e, e
			continue
		}
		// "of the People's Liberation Army": a possessive inside a name
		// (but "Agency for Kessa Development's Bureau" is two bodies).
		if end == j && isPossessiveToken(t.Text(doc)) && j+1 < len(toks) && toks[j+1].IsCap() && !lx.endsPlace(doc, j) && lx.possessorInName(doc, j) {
			j++
			continue
		}
		// "Council for Protecting the Kessa Coast": a gerund's object.
		if end == j && gerundObject(doc, j) {
			j++
			continue
		}
		// "and" joins words of one complement ("Department of Foreign
		// Relations and Strategy") unless a new phrase begins with a
		// determiner; "of" starts a new complement, which the caller
		// checks again.
		if end > 0 && (t.Lower(doc) == "and" || t.Lower(doc) == "&") && j+1 < len(toks) && !isDeterminer(toks[j+1].Lower(doc)) && !toks[j+1].isAcronym() &&
			!lx.opensBody(doc, j+1) {
			j++
			continue
		}
		break
	}
	// "Tarvex Systems of Kessa Springs, Virginia": a complement that a
	// comma and a state follow is the town the firm is in.
	if end > 0 && toks[k].Lower(doc) == "of" && end+1 < len(toks) && isComma(doc, &toks[end]) {
		if n, place := lx.isPlace(doc, end+1); place && (end+1+n == len(toks) || !toks[end+1+n].IsCap() || toks[end+1+n].Newline()) {
			return 0, false
		}
	}
	return end, end > 0
}

// compoundNounPart reports whether toks[k], a lower-case word glued by a
// hyphen after a capitalised one, is the rest of a noun of six letters or
// more ("Co-operation", "Counter-terrorism"), not a participle that makes
// the compound an adjective ("Defence-sponsored", "Kessa-backed").
func compoundNounPart(doc *Doc, k int) bool {
	w := doc.Tokens[k].Lower(doc)
	return !doc.Tokens[k].IsCap() && len(w) >= 6 && !pastForm(w) && !strings.HasSuffix(w, "ing")
}

// portfolioList returns the end of the capitalised portfolio words
// (portfolio_words.txt) separated by commas that start at toks[k], when an
// "and" (after a comma or not) and one more close them: the rest of a
// body's list of portfolios ("…Affairs, Trade and Development",
// "…Culture, Sports, and Tourism"); or 0, as for parties ("the Ministry of
// Defence, Kessa and Tarvo").
func (lx *lexicon) portfolioList(doc *Doc, k int) int {
	toks := doc.Tokens
	item := func(k int) bool {
		return k < len(toks) && toks[k].IsCap() && toks[k].Kind == Word && lx.portfolio.hasTok(&toks[k])
	}
	for items := 0; item(k) && k+2 < len(toks) && items < maxComplements+4; items++ {
		k++
		switch {
		case isComma(doc, &toks[k]) && toks[k+1].Lower(doc) == "and":
			k += 2
		case toks[k].Lower(doc) == "and":
			k++
		case isComma(doc, &toks[k]):
			k++
			continue
		default:
			return 0
		}
		if item(k) {
			return k + 1
		}
		return 0
	}
	return 0
}

// gerundObject reports whether toks[j] is "the" between a capitalised
// gerund and a capitalised word, the object of the verb that a name's
// complement holds ("Council for Protecting the Kessa Coast", "Society for
// Protecting the Tarvo Coast").
func gerundObject(doc *Doc, j int) bool {
	toks := doc.Tokens
	if j < 1 || j+1 >= len(toks) || toks[j].Text(doc) != "the" || !toks[j+1].IsCap() || toks[j+1].Kind != Word {
		return false
	}
	g := &toks[j-1]
	w := g.Text(doc)
	return g.IsCap() && len(w) > 5 && strings.HasSuffix(w, "ing")
}

// proseLine reports whether the line of toks[k] holds a lower-case word
// that Title Case would capitalise: a sentence's line, where capitals are
// evidence of a name, not a heading's ("Army Against Kessa Rebels").
func (lx *lexicon) proseLine(doc *Doc, k int) bool {
	toks := doc.Tokens
	start := k
	for start > 0 && !toks[start].Newline() {
		start--
	}
	for j := start; j < len(toks) && (j == start || !toks[j].Newline()); j++ {
		if t := &toks[j]; t.Kind == Word && !t.IsCap() && !lx.titleMinor.hasTok(t) && !(j > 0 && toks[j-1].Text(doc) == "-" && !t.SpaceBefore()) {
			return true
		}
	}
	return false
}

// opensBody reports whether a body's head and its complement start at
// toks[k]: after "Department of Defense and", "Department of Homeland
// Security" is another name.
func (lx *lexicon) opensBody(doc *Doc, k int) bool {
	toks := doc.Tokens
	n, _, ok := lx.orgHeads.longest(toks, k)
	if !ok || k+n >= len(toks) {
		return false
	}
	w := toks[k+n].Lower(doc)
	return w == "of" || w == "for"
}

// acronymName returns the extent of the name an unknown acronym at toks[h]
// opens or continues: a listed acronym before it ("EU NAVFOR") and the
// places after it that name a mission's theatre ("EUCAP Sahel Mali",
// "EUTM Somalia").
func (lx *lexicon) acronymName(doc *Doc, h int) (start, end int) {
	toks := doc.Tokens
	start, end = h, h+1
	// "MRF-D", "CJTF-HOA": a letter or an acronym glued after a hyphen
	// belongs to the acronym, unless it names a place ("PH-US") or a body
	// of its own.
	if end+1 < len(toks) && toks[end].Text(doc) == "-" && !toks[end].SpaceBefore() && !toks[end+1].SpaceBefore() &&
		toks[end+1].Kind == Word && isAllCaps(toks[end+1].Text(doc)) && (len(toks[end+1].Text(doc)) <= 2 || toks[end+1].isAcronym()) {
		_, place := lx.isPlace(doc, end+1)
		_, _, listed := lx.org.longest(toks, end+1)
		if !place && !listed {
			end += 2 // but "EU-NATO" is two bodies
		}
	}
	// "JTF-Sulu", "CJTF-Horn of Africa": a task force named after the
	// place it serves.
	if end == h+1 && strings.HasSuffix(toks[h].Text(doc), "TF") && gluedHyphen(doc, end) && toks[end+1].IsCap() && toks[end+1].Kind == Word {
		n := 1
		if m, place := lx.isPlace(doc, end+1); place {
			n = m
		}
		end += 1 + n
	}
	// "1BCT", "MBLT-8": a unit's number glued to its acronym.
	if h > 0 && !toks[h].SpaceBefore() && toks[h-1].Kind == Number && !isOrdinal(doc, &toks[h-1]) {
		start = h - 1
	}
	// "2 KLR", "(3 KLR)": a battalion's number spaced before its
	// regiment's acronym, as the Commonwealth armies write it.
	if start == h && battalionNumberBefore(doc, h) {
		start = h - 1
	}
	if end == h+1 && gluedHyphen(doc, end) && toks[end+1].Kind == Number && len(toks[end+1].Text(doc)) <= 2 {
		end += 2
	}
	if end == h+1 && lx.languageService(doc, end) {
		end++
	}
	if end == h+1 {
		end = lx.gluedBranch(doc, h, end)
	}
	// A listed acronym names no more, but an EU mission's or operation's
	// takes the theatre it serves ("EULEX Kosovo", "EUTM Mali").
	if _, _, listed := lx.org.longest(toks, h); listed && !euMission(toks[h].Text(doc)) {
		return start, end
	}
	// "the 12th MLR", "31st MEU", "III MEF": a numbered unit by its
	// acronym.
	if h > 0 && toks[h].SpaceBefore() && (toks[h-1].Kind == Number && isOrdinal(doc, &toks[h-1]) || isRoman(toks[h-1].Text(doc)) && !toks[h-1].SentStart()) {
		start = h - 1
	}
	if len(toks[h].Text(doc)) < 4 {
		return start, end
	}
	if h > 0 && toks[h].SpaceBefore() && toks[h-1].isAcronym() {
		if n, _, ok := lx.org.longest(toks, h-1); ok && n == 1 {
			start = h - 1
		}
	}
	for k := 0; k < 3 && end < len(toks) && toks[end].SpaceBefore() && !toks[end].Break(); k++ {
		n, ok := lx.isPlace(doc, end)
		if !ok {
			n = inCapitals(doc, end, lx, capsGPE|capsLoc) // "EUTM TARVO", as the short form is written in capitals
		}
		if n == 0 && lx.unknownTheatre(doc, end) && lx.theatreEnds(doc, end+1) {
			n = 1 // "EUTM Zorvia" when "in Zorvia" is in the text
		}
		if n == 0 {
			break
		}
		end += n
	}
	return start, end
}

// gluedBranch returns the end of a branch's name that a body's acronym
// at toks[h] opens, glued by a hyphen to the place or the word that
// names the branch ("ISIS-Kessa", "ZLA-Unity"), where the compound is a
// noun phrase of its own: punctuation, a word that ends a noun phrase or
// a verb's past form follows it ("fighters of ZLA-Kessa attacked",
// "ISIS-Kessa, which…").
// Before a noun the compound pairs two parties ("EU-Kessa relations",
// "ZDF-Tarvo talks"), and a place's acronym opens no branch ("UK-Kessa").
// Otherwise it returns end.
func (lx *lexicon) gluedBranch(doc *Doc, h, end int) int {
	toks := doc.Tokens
	if !gluedHyphen(doc, end) || toks[end+1].Kind != Word || !toks[end+1].IsCap() || toks[end+1].isAcronym() {
		return end
	}
	if _, place := lx.isPlace(doc, h); place {
		return end
	}
	n, ok := lx.isPlace(doc, end+1)
	if !ok {
		if !lx.isNameWord(doc, &toks[end+1]) || lx.orgHeads.startsAt(toks, end+1) || lx.org.startsAt(toks, end+1) {
			return end
		}
		n = 1
	}
	e := end + 1 + n
	if e < len(toks) && (toks[e].Kind == Word && !endsNounPhrase(doc, e-1, false) && !pastForm(toks[e].Lower(doc)) || toks[e].IsCap() || toks[e].Text(doc) == "-" && !toks[e].SpaceBefore()) {
		return end
	}
	return e
}

// theatreHead reports whether the last head of toks[h:end] is one a
// theatre may follow ("Naval Forces Europe", "Command Pacific").
func (lx *lexicon) theatreHead(doc *Doc, h, end int) bool {
	toks := doc.Tokens
	for k := end - 1; k >= h; k-- {
		if n, v, ok := lx.orgHeads.longest(toks, k); ok && k+n == end {
			switch toks[k].Lower(doc) {
			case "forces", "army", "division", "corps":
				return true // "Multinational Division Baghdad", "Multinational Corps Iraq"
			}
			return v == "theatre"
		}
	}
	return false
}

// theatre returns the end of the places right after an organisation's
// head, joined by hyphens ("Europe-Africa"), when nothing capitalised
// follows them, or of the compass point after it; otherwise end.
func (lx *lexicon) theatre(doc *Doc, end int) int {
	toks := doc.Tokens
	// "Zorvik Naval Forces, Pacific" closing a line (a byline, a
	// credit): the theatre after a comma, as the command writes its name.
	if end+1 < len(toks) && toks[end].Text(doc) == "," && !toks[end+1].Newline() {
		if n, ok := lx.isPlace(doc, end+1); ok && (end+1+n == len(toks) || toks[end+1+n].Newline()) {
			return end + 1 + n
		}
	}
	// "U.S. Army South", "Air Forces Central": a theatre by its compass
	// point or the centre, before no other name.
	if end < len(toks) && toks[end].SpaceBefore() && !toks[end].Break() && (isCompassPoint(toks[end].Text(doc)) || toks[end].Text(doc) == "Central") {
		k := end + 1
		if k < len(toks) && (toks[k].Lower(doc) == "of" || toks[k].Text(doc) == "-" && !toks[k].SpaceBefore()) {
			return end // "North of the river", "South-East"
		}
		if lx.theatreEnds(doc, k) {
			return k
		}
		return end
	}
	if e := lx.compassRegion(doc, end); e > end {
		return e // "Naval Forces Western Kessa"
	}
	k := end
	for k < len(toks) && toks[k].SpaceBefore() == (k == end) && !toks[k].Break() {
		n, ok := lx.isPlace(doc, k)
		if !ok && k == end && lx.unknownTheatre(doc, k) {
			n, ok = 1, true
		}
		if !ok {
			return end
		}
		k += n
		if k+1 < len(toks) && toks[k].Text(doc) == "-" && !toks[k].SpaceBefore() && !toks[k+1].SpaceBefore() {
			k++
			continue
		}
		break
	}
	if k == end || !lx.theatreEnds(doc, k) && !isOrdinalWord(toks[k].Lower(doc)) {
		return end // (but "Army Europe Fifth Corps" names two)
	}
	return k
}

// unknownTheatre reports whether toks[k], right after a theatre's head,
// is a word that no list knows but that the text names as a place
// elsewhere, alone after a locative preposition, so that it is the place
// the body serves ("Multinational Corps Tarvo" when "in Tarvo" is in the
// text; not "Army Photo", "Command Ceremony"): a capitalised word that is
// no head, office, rank, nationality, headline verb or acronym (a
// continent may be an office's portfolio too, "Minister for Africa").
func (lx *lexicon) unknownTheatre(doc *Doc, k int) bool {
	return lx.theatreWord(doc, k) && lx.placeWord(doc, doc.Tokens[k].Text(doc))
}

// theatreWord reports whether toks[k] is a capitalised word that may name
// a body's theatre: no head, office, rank, nationality, headline verb,
// acronym, listed body or event, or listed given or family name.
func (lx *lexicon) theatreWord(doc *Doc, k int) bool {
	toks := doc.Tokens
	t := &toks[k]
	if !lx.isNameWord(doc, t) || t.isAcronym() || strings.HasSuffix(t.Text(doc), ".") {
		return false
	}
	return !(lx.orgHeads.startsAt(toks, k) || lx.startsRank(doc, k) || lx.isRoleHead(t) || lx.roleMods.startsAt(toks, k) ||
		lx.demonyms.startsAt(toks, k) || lx.headlineVerbs.hasTok(t) || lx.org.startsAt(toks, k) || lx.event.startsAt(toks, k) || lx.eventHeads.startsAt(toks, k) ||
		lx.givenNames.hasTok(t) || lx.familyNames.hasTok(t))
}

// compassRegion returns the end of a region named by a compass adjective
// and a place right after the head "Forces", or end: regional commands
// are named so ("Naval Forces Western Kessa", "Naval Forces Northern
// Tarvo (NFNT)"), and after that head the adjective with one capitalised
// word that ends the capitalised run is the region the command serves
// even when no list knows the place. Other heads are left alone: "the 3rd Division Northern Tarvo
// operations" is a division at work in a region.
func (lx *lexicon) compassRegion(doc *Doc, end int) int {
	toks := doc.Tokens
	k := end + 1
	if k >= len(toks) || toks[end-1].Text(doc) != "Forces" || !toks[end].SpaceBefore() || toks[end].Break() || !compassAdjective(toks[end].Text(doc)) || !toks[k].SpaceBefore() || toks[k].Break() {
		return end
	}
	if n, ok := lx.isPlace(doc, k); ok {
		if !lx.theatreEnds(doc, k+n) {
			return end
		}
		return k + n
	}
	// An unknown word ends the capitalised run: not "the Armed Forces
	// Southern Zone Commander", a zone's commander.
	if !lx.theatreWord(doc, k) || k+1 < len(toks) && toks[k+1].Kind == Word && toks[k+1].IsCap() {
		return end
	}
	return k + 1
}

// compassAdjective reports whether s is a capitalised compass adjective.
func compassAdjective(s string) bool {
	switch s {
	case "Northern", "Southern", "Eastern", "Western":
		return true
	}
	return false
}

// placeWord reports whether the word w stands alone somewhere in the text
// after a lower-case locative preposition ("in Zorvia,"). The words are
// gathered once a stage (doc.scratch.placeWords).
func (lx *lexicon) placeWord(doc *Doc, w string) bool {
	s := &doc.scratch
	if !s.placeWordsBuilt {
		if s.placeWords == nil {
			s.placeWords = map[string]bool{}
		}
		clear(s.placeWords)
		toks := doc.Tokens
		for j := 1; j+1 < len(toks); j++ {
			if toks[j].IsCap() && lx.placePreps.hasTok(&toks[j-1]) && !toks[j-1].IsCap() && !toks[j+1].IsCap() {
				s.placeWords[toks[j].Text(doc)] = true
			}
		}
		s.placeWordsBuilt = true
	}
	return s.placeWords[w]
}

// unitNumbers returns where a unit's name starts when its battalion's
// and its regiment's numbers, glued by a slash or a hyphen, open it ("2/1st
// Battalion", "2-10 Aviation", "3/5 Marines"): before the first number.
// The name found so far starts at toks[start]. Numbers on the line before
// are not its own: a dateline's "2024-09-09" above "Kessa Fleet Public
// Affairs provided the readout".
func unitNumbers(doc *Doc, start int) int {
	toks := doc.Tokens
	switch {
	case toks[start].Kind == Number && start >= 2 && numberPair(doc, start-2):
		return start - 2 // the name already holds the regiment's number
	case start >= 3 && toks[start].SpaceBefore() && !toks[start].Newline() && numberPair(doc, start-3):
		return start - 3
	}
	return start
}

// numberPair reports whether toks[k:k+3] are two numbers glued by a slash
// or a hyphen ("2/1", "3-116"), as a battalion of a regiment is written.
func numberPair(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k+2 >= len(toks) || toks[k].Kind != Number || toks[k+2].Kind != Number || toks[k+1].SpaceBefore() || toks[k+2].SpaceBefore() {
		return false
	}
	sep := toks[k+1].Text(doc)
	return (sep == "/" || sep == "-") && !isYear(doc, &toks[k]) && !isYear(doc, &toks[k+2])
}

// theatreEnds reports whether a theatre's name may end before toks[k]:
// no capitalised word follows, or one that opens a rank, an office or a
// date ("U.S. Army Africa Commander", "U.S. Army Africa December 2,
// 2011"), not another name ("U.S. Army Japan Tarvo Base").
func (lx *lexicon) theatreEnds(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k == len(toks) || !toks[k].IsCap() || toks[k].Kind != Word || !toks[k].SpaceBefore() || toks[k].Break() {
		return true
	}
	return lx.startsRank(doc, k) || lx.roleHeads.startsAt(toks, k) || lx.roleMods.startsAt(toks, k) || dateStartsAt(doc, k)
}

// dateStartsAt reports whether a DATE candidate starts at toks[k]; the
// date stage runs before the names' stages.
func dateStartsAt(doc *Doc, k int) bool {
	for _, c := range doc.Candidates {
		if c.Label == Date && int(c.TokStart) == k {
			return true
		}
	}
	return false
}

// shortFormWithout reports whether a short form opens at toks[k], in
// brackets or after ", or", that the capitalised words before it do not
// spell: "the Kessa Task Force in Tarvania (KTF)" gives the body's name
// without the place.
func shortFormWithout(doc *Doc, k int) bool {
	toks := doc.Tokens
	a := k + 1
	if k < len(toks) && toks[k].Text(doc) == "," && k+1 < len(toks) && toks[k+1].Lower(doc) == "or" {
		a = k + 2
	} else if k >= len(toks) || toks[k].Text(doc) != "(" {
		return false
	}
	return a < len(toks) && toks[a].isAcronym() && !spelledBefore(doc, k, toks[a].Text(doc))
}

// listedEventEndsAt reports whether a listed event's name of two words
// or more ends right before toks[end] ("Resolute Support Mission").
func (lx *lexicon) listedEventEndsAt(doc *Doc, end int) bool {
	toks := doc.Tokens
	for k := end - 2; k >= 0 && k >= end-maxNameSpan; k-- {
		if !lx.event.startsAt(toks, k) {
			continue
		}
		if n, _, ok := lx.event.longest(toks, k); ok && k+n == end {
			return true
		}
	}
	return false
}

// placeInName extends a name over "for" or "in" and a place when the
// bracketed acronym after it spells the place too: "United Nations Interim
// Security Force for Abyei (UNISFA)", and over "in" and a place after a
// mission or a force.
func (lx *lexicon) placeInName(doc *Doc, end int) int {
	toks := doc.Tokens
	if end+1 >= len(toks) || toks[end].Lower(doc) != "for" && toks[end].Lower(doc) != "in" {
		return end
	}
	head := toks[end-1].Lower(doc)
	serves := toks[end].Lower(doc) == "in" && toks[end-1].IsCap() && (head == "mission" || head == "force")
	if serves && lx.listedEventEndsAt(doc, end) {
		return end // "the Resolute Support Mission in Afghanistan": a listed operation and where it is
	}
	n, ok := lx.isPlace(doc, end+1)
	if !ok && serves && lx.unknownServedPlace(doc, end) {
		n, ok = 1, true // "the Zorvik Union Training Mission in Kessa": a place no list knows
	}
	open := end + 1 + n
	if !ok {
		return end
	}
	// A mission or a force is named by where it serves: "EU Monitoring
	// Mission in Tarvo", "United Nations Interim Force in Lebanon".
	if serves && (open == len(toks) || toks[open].Kind != Word || !toks[open].IsCap() || !toks[open].SpaceBefore() || toks[open].Break()) {
		return open
	}
	if !shortFormSpellsPlace(doc, end+1, n) {
		return end
	}
	return open
}

// unknownServedPlace reports whether the word after "in" at toks[in] is a
// place no list knows that a mission's or a force's name takes: one that
// the text names as a place elsewhere, or that the short form after it
// spells ("… Mission in Kessa (ZTMK)", "(ZTM Kessa)"), unless the words
// before "in" spell that short form alone ("the Kessa Task Force in
// Tarvania (KTF)"; but "(KTF Tarvania)" writes the place out).
func (lx *lexicon) unknownServedPlace(doc *Doc, in int) bool {
	toks := doc.Tokens
	p := in + 1
	if !lx.theatreWord(doc, p) {
		return false
	}
	if lx.placeWord(doc, toks[p].Text(doc)) && !shortFormWithout(doc, p+1) {
		return true
	}
	return shortFormSpellsPlace(doc, p, 1) && (toks[p+3].Text(doc) != ")" || !spelledBefore(doc, in, toks[p+2].Text(doc)))
}

// shortFormSpellsPlace reports whether the bracketed acronym right after
// the place of n words at toks[p] spells it: writes it out ("EU Training
// Mission in Mali (EUTM Mali)", in any case) or takes its initial among
// its last letters (its tail may follow another language's word order:
// "MINUSMA" for "… in Mali").
func shortFormSpellsPlace(doc *Doc, p, n int) bool {
	toks := doc.Tokens
	open := p + n
	if open+2 >= len(toks) || toks[open].Text(doc) != "(" || !toks[open+1].isAcronym() {
		return false
	}
	place := toks[p].Text(doc)
	if toks[open+2].Text(doc) != ")" {
		return open+3 < len(toks) && toks[open+3].Text(doc) == ")" && strings.EqualFold(toks[open+2].Text(doc), place)
	}
	acronym := toks[open+1].Text(doc)
	return strings.ContainsRune(acronym[max(0, len(acronym)-n-1):], rune(place[0]))
}

// placeSuffix extends a name over a place joined to it by a dash, which
// names a rotational or regional force ("Marine Rotational Force –
// Darwin", "Task Force-Iraq"), when nothing capitalised follows the place.
func (lx *lexicon) placeSuffix(doc *Doc, end int) int {
	toks := doc.Tokens
	if end+1 >= len(toks) || toks[end].Text(doc) != "–" && toks[end].Text(doc) != "-" || toks[end].Break() || toks[end+1].Break() {
		return end
	}
	spaced := toks[end].SpaceBefore()
	if spaced != toks[end+1].SpaceBefore() {
		return end // "Force -Darwin": no dash of a name
	}
	n, ok := lx.isPlace(doc, end+1)
	if !ok {
		return end
	}
	if after := end + 1 + n; after < len(toks) && toks[after].IsCap() && toks[after].Kind == Word {
		return end
	}
	return end + 1 + n
}

// dashedTheatre extends a name toks[:end] that ends on an organisation's
// head (at h or after it) over the theatre or station written after a
// dash, as placeSuffix does for a listed place, when no list knows it: a
// compass point ("Joint Kessa Task Force–South"), or up to three
// capitalised words, no head or opener of a body's or an event's name,
// office, rank, nationality or headline verb, that end the phrase before a
// bracket, a full stop or a comma before a capitalised word (theatreEnd:
// "Kessa Contracting Command – Tarvo Island, Zorvia,", "Marine
// Rotational Force – Tarvo (MRF-T)"). The dash is an en or em dash, or a
// hyphen with spaces: a glued hyphen joins parties ("Navy-Marine Corps").
func (lx *lexicon) dashedTheatre(doc *Doc, h, end int) int {
	toks := doc.Tokens
	if end+1 >= len(toks) || end <= h || !lx.endsOrgHead(doc, end) && !lx.orgHeads.startsAt(toks, h) {
		return end
	}
	d := toks[end].Text(doc)
	if !isDash(d) || d == "-" && !toks[end].SpaceBefore() || toks[end].Break() || toks[end+1].Break() || toks[end].SpaceBefore() != toks[end+1].SpaceBefore() {
		return end
	}
	k := end + 1
	if w := toks[k].Text(doc); isCompassPoint(w) || w == "Central" {
		if k+1 == len(toks) || !toks[k+1].IsCap() || toks[k+1].Newline() {
			return k + 1
		}
		return end
	}
	e := k
	for e < len(toks) && e < k+3 && (e == k || toks[e].SpaceBefore()) && !toks[e].Newline() && lx.isNameWord(doc, &toks[e]) && !toks[e].isAcronym() {
		if lx.orgHeads.startsAt(toks, e) || lx.isRoleHead(&toks[e]) || lx.startsRank(doc, e) || lx.demonyms.startsAt(toks, e) ||
			lx.headlineVerbs.hasTok(&toks[e]) || lx.eventHeads.startsAt(toks, e) || lx.eventOpeners.startsAt(toks, e) {
			return end
		}
		e++
	}
	if e == k || e < len(toks) && !toks[e].Newline() && !theatreEnd(doc, e) || datelineRest(doc, e) {
		return end
	}
	return e
}

// theatreEnd reports whether a body's theatre after a dash may end before
// toks[e]: at a bracketed short form, a full stop or a comma before a
// capitalised word (an address), not a comma before a clause that goes on
// ("the Zorvik Navy – Tarvo, meanwhile, received none").
func theatreEnd(doc *Doc, e int) bool {
	toks := doc.Tokens
	if toks[e].Kind != Punct {
		return false
	}
	switch doc.Text[toks[e].Start] {
	case '(', ')', '.', ';':
		return true
	case ',':
		return e+1 == len(toks) || toks[e+1].IsCap()
	}
	return false
}

// datelineRest reports whether a comma at toks[e] goes on to the rest of
// a dateline, capitalised words and a spaced dash ("…, Zorvia –"): the
// words before the comma are then the dateline's town, not a theatre
// ("Kessa Fleet Public Affairs – Tarvo City, Zorvia – The ship …").
func datelineRest(doc *Doc, e int) bool {
	toks := doc.Tokens
	if e >= len(toks) || toks[e].Text(doc) != "," {
		return false
	}
	for j := e + 1; j < len(toks) && j <= e+5 && !toks[j].Newline(); j++ {
		switch t := &toks[j]; {
		case isDash(t.Text(doc)) && t.SpaceBefore():
			return j > e+1
		case t.Kind == Word && t.IsCap(), t.Text(doc) == ".":
		default:
			return false
		}
	}
	return false
}

// regionalAffairs reports whether "Affairs" follows the capitalised
// word at toks[k] within two more: the name of a bureau by the regions it
// serves ("… Oceanian Affairs Bureau", "… Pacific Affairs").
func regionalAffairs(doc *Doc, k int) bool {
	toks := doc.Tokens
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].IsCap(); j++ {
		if toks[j].Text(doc) == "Affairs" {
			return true
		}
	}
	return false
}

// coordinatedStart extends a name over the words coordinated with its
// first word ("Political and Security Committee", "Defence Science and
// Technology Group"), unless one is itself a body or a place ("Army and
// Air Force" are two).
func (lx *lexicon) coordinatedStart(doc *Doc, start int) int {
	for c := range maxConjuncts {
		first := lx.conjunctBefore(doc, start, c > 0)
		if first == start {
			break
		}
		start = first // "Air and Space Conference and Technology Exposition"
		if lx.demonymWord(doc, first) {
			break // "Asian and Oceanian Affairs Bureau" opens there
		}
	}
	return start
}

// maxConjuncts bounds the words coordinated with a name's first word.
const maxConjuncts = 3

// bodysConjunct reports whether the one word between a body's head that
// ends at toks[k] and the "and" at toks[sep] is the first conjunct of a
// name of the body's own that goes on at toks[start] ("Coast Guard
// Research and Development Center", "General Dynamics Ordnance and
// Tactical Systems"), not the name after a head that takes one ("Task
// Force Kilo and …"), nor before a place's body ("… and Zorvik National
// Guard").
func (lx *lexicon) bodysConjunct(doc *Doc, k, sep, start int) bool {
	toks := doc.Tokens
	for j := max(0, k-2); j <= k; j++ {
		if n, v, ok := lx.orgHeads.longest(toks, j); ok && j+n == k+1 {
			if v == "prefix" || v == "before-name" {
				return false
			}
			break
		}
	}
	if k+2 != sep || !toks[k+1].IsCap() || toks[k+1].Kind != Word {
		return false
	}
	_, place := lx.isPlace(doc, start)
	return !place && !lx.demonymWord(doc, start)
}

// conjunctBefore returns the first token of the capitalised words joined
// by "and" (", and") to a name that starts at toks[start], or by a comma
// alone when comma is set (the earlier items of a list: "Political,
// Security, and Defense Dialogue"), or start.
func (lx *lexicon) conjunctBefore(doc *Doc, start int, comma bool) int {
	toks := doc.Tokens
	if start < 2 || toks[start].SentStart() || toks[start].Kind != Word || !toks[start].IsCap() || lx.opensBody(doc, start) {
		return start // "… and 3rd Battalion", "… and Department of Tarvo" begin names of their own
	}
	sep := start - 1 // the separator's first token
	switch {
	case toks[sep].Lower(doc) == "and":
		if sep > 0 && toks[sep-1].Text(doc) == "," {
			sep--
		}
	case comma && toks[sep].Text(doc) == ",":
	default:
		return start
	}
	first, byPlace := sep, false
	for k := sep - 1; k >= 0 && sep-k <= 3 && lx.isNameWord(doc, &toks[k]); k-- {
		if _, _, head := lx.orgHeads.longest(toks, k); head || k == sep-1 && toks[k].isAcronym() {
			if head && lx.bodysConjunct(doc, k, sep, start) {
				return lx.extendLeft(doc, k) // "Coast Guard Research and Development Center"
			}
			return start // "CMF and Coalition Task Force" are two
		}
		if lx.givenNames.hasTok(&toks[k]) && k+1 < sep {
			return start // "Defense Ana Ruiz and Joint Command": a person's name before
		}
		if toks[sep].Text(doc) == "," && lx.isRoleHead(&toks[k]) {
			return start // "Commander, Kessa Education and Doctrine Command": the office of the body after the comma
		}
		if n, place := lx.isPlace(doc, k); place || lx.demonymWord(doc, k) {
			if first == sep && !place && regionalAffairs(doc, start) {
				first = k // "Asian and Oceanian Affairs Bureau": the regions a bureau serves
				break
			}
			if first == sep || !place || k+n == sep {
				return start // "Japan and Australia", "our French Allies and …", "the United States and Kessa Union"
			}
			byPlace = true // "U.S.-Tarvo Strategic and Defense Dialogue": the parties before the words
			break
		}
		if _, _, placeWord := lx.locPatterns.longest(toks, k); placeWord {
			return start // "Robertson Barracks and Royal Air Force"
		}
		first = k
		if toks[k].SentStart() {
			break
		}
	}
	if first == sep || !byPlace && first > 0 && lx.isNameWord(doc, &toks[first-1]) {
		return start
	}
	if byPlace {
		return lx.extendLeft(doc, first)
	}
	return first
}

// namesRelation reports whether the document writes the head toks[h]
// elsewhere as a relation between states, after places alone ("the U.S. –
// Tarvo Alliance") or before "between" ("the Alliance between our
// nations"): the head alone then names that relation, not a body.
func (lx *lexicon) namesRelation(doc *Doc, h int) bool {
	if doc.relations == nil {
		doc.relations = map[string]bool{}
		for _, k := range doc.capitals {
			lx.addRelation(doc.relations, doc, int(k))
		}
	}
	return doc.relations[doc.Tokens[h].Text(doc)]
}

// addRelation adds to set the text of toks[k] when it is a one-word
// organisation head written as a relation between states.
func (lx *lexicon) addRelation(set map[string]bool, doc *Doc, k int) {
	toks := doc.Tokens
	if k == 0 || !toks[k].IsCap() || !lx.orgHeads.has(toks, k, k+1) {
		return
	}
	if k+1 < len(toks) && toks[k+1].Lower(doc) == "between" {
		set[toks[k].Text(doc)] = true
	} else if start := lx.extendLeft(doc, k); start < k && lx.onlyPlaces(doc, lx.placePairStart(doc, start), k) {
		set[toks[k].Text(doc)] = true
	}
}

// onlyPlaces reports whether toks[start:h] are two places or more and the
// marks that join them ("U.S.-Australia", "Japan and Australia").
func (lx *lexicon) onlyPlaces(doc *Doc, start, h int) bool {
	toks := doc.Tokens
	places, joins := 0, 0
	for k := start; k < h; {
		if n, ok := lx.isPlace(doc, k); ok {
			places++
			k += n
			continue
		}
		if t := toks[k].Lower(doc); t != "-" && t != "–" && t != "and" {
			return false
		}
		joins++
		k++
	}
	return places >= 2 && joins > 0 // "United States Pacific Command" has a name
}

// insideOffice reports whether toks[h] ends or continues an office that
// starts before it ("Staff" of "Chief of Staff").
func (lx *lexicon) insideOffice(doc *Doc, h int) bool {
	toks := doc.Tokens
	for p := max(0, h-5); p < h; p++ {
		if !lx.roleHeads.startsAt(toks, p) {
			continue // (the inlined first test of the lookup below)
		}
		if n, _, ok := lx.roleHeads.longest(toks, p); ok && p+n > h {
			return true
		}
	}
	return false
}

// officePossessive returns the start of a name that starts at toks[start]
// once an office and its possessive before it are included ("President's
// Office", "Prime Minister's Office"); a possessive left at the start of a
// name without its owner is dropped.
func (lx *lexicon) officePossessive(doc *Doc, start int) int {
	toks := doc.Tokens
	poss := start
	if !isPossessiveToken(toks[poss].Text(doc)) {
		poss--
	}
	if poss < 1 || !isPossessiveToken(toks[poss].Text(doc)) {
		return start
	}
	for k := max(0, poss-3); k < poss; k++ {
		if n, _, ok := lx.roleHeads.longest(toks, k); ok && k+n == poss && toks[k].IsCap() {
			return k
		}
	}
	if poss == start {
		return start + 1
	}
	return start
}

// maxPossessorWords bounds the words of a possessor inside a name
// ("Princess of Kessa's").
const maxPossessorWords = 4

// possessorInName reports whether the capitalised words before the
// possessive toks[k] ("'s") may be part of an organisation's name: one of
// them, or an "of" between them, is a noun of org_possessors.txt ("People's
// Army", "Princess of Kessa's Royal Regiment"). A name's possessive
// otherwise names the owner of the body after it.
func (lx *lexicon) possessorInName(doc *Doc, k int) bool {
	toks := doc.Tokens
	for j := k - 1; j >= 0 && k-j <= maxPossessorWords; j-- {
		t := &toks[j]
		if j+1 < k && toks[j+1].SentStart() || !t.IsCap() && t.Lower(doc) != "of" {
			return false
		}
		if lx.orgPossessors.hasTok(t) || lx.isRoleHead(t) {
			return true
		}
	}
	return false
}

// officeComplement returns the end of an "of the OFFICE" complement at
// toks[k] that names a body after the office it serves ("Office of the
// President", "Executive Office of the Prime Minister").
func (lx *lexicon) officeComplement(doc *Doc, k int) (int, bool) {
	toks := doc.Tokens
	if k+2 >= len(toks) || toks[k].Lower(doc) != "of" || toks[k+1].Lower(doc) != "the" || !toks[k+2].IsCap() {
		return 0, false
	}
	n, _, ok := lx.roleHeads.longest(toks, k+2)
	if !ok {
		return 0, false
	}
	return k + 2 + n, true
}

// namedOfficeComplement returns the end of an office's complement whose
// office a body's or a place's name qualifies, up to three words or
// acronyms between "of the" and the office: "Office of the Kessa Special
// Envoy for Tarvo", "Office of the Kessa High Commissioner for Tarvo".
func (lx *lexicon) namedOfficeComplement(doc *Doc, k int) (int, bool) {
	toks := doc.Tokens
	if k+3 >= len(toks) || toks[k].Lower(doc) != "of" || toks[k+1].Lower(doc) != "the" {
		return 0, false
	}
	for j := k + 2; j < len(toks) && j <= k+4 && toks[j].SpaceBefore() && !toks[j].Newline(); j++ {
		t := &toks[j]
		if j > k+2 && lx.mayStartRole(t) {
			if e, ok := lx.matchRole(doc, j); ok {
				return e, true
			}
		}
		if !t.isAcronym() && !lx.isNameWord(doc, t) || lx.isRoleHead(t) || lx.orgHeads.startsAt(toks, j) {
			return 0, false
		}
	}
	return 0, false
}

// stopsName reports whether toks[j] starts something that ends a name
// before it: a person's given or family name, a rank, an office or an
// honorific.
func (lx *lexicon) stopsName(doc *Doc, j int) bool {
	toks := doc.Tokens
	t := &toks[j]
	if lx.givenNames.hasTok(t) || lx.familyNames.hasTok(t) || lx.isCommon(doc, t) {
		return true
	}
	if lx.startsRank(doc, j) {
		return true
	}
	if lx.isRoleHead(t) {
		return true
	}
	_, _, hon := lx.honorifics.longest(toks, j)
	return hon
}

// nationalityTest applies ANNOTATION.md's test for a nationality adjective
// before an organisation's name toks[start:end], whose head starts at h:
// the adjective stays when the document spells the name's initials as an
// acronym ("Ruritanian Border Guard (RBG)"), or the name is followed by
// one in brackets, or when the rest is a single
// generic noun, an organisation head ("Danish Institute", "German Navy");
// otherwise the name starts after it ("Norwegian Maritime Museum" ->
// "Maritime Museum", "Kurdish Peshmerga" -> "Peshmerga").
func (lx *lexicon) nationalityTest(doc *Doc, start, h, end int, acronyms map[string]bool) int {
	toks := doc.Tokens
	var buf [16]byte
	if acronyms[string(initials(buf[:0], doc, start, end))] || bracketedAcronym(doc, end) {
		return start
	}
	after := lx.dropDemonyms(doc, start, h, end)
	n, v, generic := lx.orgHeads.longest(toks, after)
	if generic && v == "named" && after+n < end {
		return start // "American Forces Press Service": the adjective is the name a named head needs
	}
	if end-after > 1 || !generic || n != 1 {
		return after
	}
	return start
}

// bracketedAcronym reports whether an acronym in brackets follows a name
// that ends before toks[end]: the name's own short form, whatever letters
// it takes ("Indonesian National Armed Forces (TNI)").
func bracketedAcronym(doc *Doc, end int) bool {
	toks := doc.Tokens
	return end+2 < len(toks) && toks[end].Text(doc) == "(" && toks[end+1].isAcronym() && toks[end+2].Text(doc) == ")"
}

// ofCountry returns the end of an organisation's name toks[start:end]
// without a trailing "of <country>", which is not part of it (ANNOTATION.md
// rule 4: "Armed Forces of the Philippines" -> ORG "Armed Forces", GPE).
func (lx *lexicon) ofCountry(doc *Doc, start, end int) int {
	toks := doc.Tokens
	for k := end - 1; k > start+1; k-- {
		if toks[k].Lower(doc) != "of" {
			continue
		}
		if placeNamedHead(toks[k-1].Lower(doc)) || lx.forTheNoun(doc, k) {
			return end
		}
		j := k + 1
		if toks[j].Lower(doc) == "the" {
			j++
		}
		if n, _, ok := lx.gpe.longest(toks[:end], j); ok && j+n == end {
			return k
		}
		return end
	}
	return end
}

// officeOfBefore reports whether an office's head and "of" or "of the"
// stand right before the name that starts at toks[start] ("High
// Representative of the …"): the "for" complement after a listed body's
// whole name is then the office's portfolio.
func (lx *lexicon) officeOfBefore(doc *Doc, start int) bool {
	toks := doc.Tokens
	k := start - 1
	if k >= 0 && toks[k].Lower(doc) == "the" {
		k--
	}
	return k >= 1 && toks[k].Lower(doc) == "of" && toks[k-1].Kind == Word && toks[k-1].IsCap() && lx.isRoleHead(&toks[k-1])
}

// forTheNoun reports whether the "of" at toks[k] completes a noun that
// "for the" gives a body's purpose by: "National Council for the
// Reconstruction of Kessa", "Front for the Liberation of Tarvo" (the
// state is the purpose's, not the body's, and stays in the name); not a
// state's name ("Minister for the Republic of Kessa") nor a body's head
// ("Office for the Ministry of …").
func (lx *lexicon) forTheNoun(doc *Doc, k int) bool {
	toks := doc.Tokens
	i := k - 1
	for i > 1 && k-i < maxNameSpan && toks[i].Kind == Word && toks[i].IsCap() && !lx.orgHeads.has(toks, i, i+1) {
		i--
	}
	if i == k-1 || i < 1 || toks[i].Text(doc) != "the" || toks[i-1].Text(doc) != "for" {
		return false
	}
	_, place := lx.isPlace(doc, i+1)
	return !place
}

// dropDemonyms moves start past nationality adjectives ("French Naval
// Academy" -> "Naval Academy"), never past the head at h, in the name
// toks[start:end].
func (lx *lexicon) dropDemonyms(doc *Doc, start, h, end int) int {
	toks := doc.Tokens
	for start < h {
		n, _, ok := lx.demonyms.longest(toks, start)
		if !ok || start+n > h {
			break
		}
		// "US", "UK" are used as adjectives but are countries: an
		// official name that begins with one stays whole ("US Embassy").
		if m, place := lx.isPlace(doc, start); place && m >= n {
			break
		}
		// Some words make the adjective before them the name's own: the
		// region a body's affairs are ("Asian Affairs Bureau", not
		// "Affairs Bureau"), the peoples a union joins ("African Union
		// Mission in Somalia", not "Union Mission").
		if start+n <= h && lx.adjectiveNamed.hasExact(&toks[start+n]) {
			break
		}
		// A listed body that the adjective opens, and that the name
		// goes on past, is the name's own ("European Union Training
		// Mission", "African Union Mission in Somalia", also where the
		// longer name is listed too).
		if lx.listedOpening(doc, start, n, end) {
			break
		}
		start += n
	}
	return start
}

// listedOpening reports whether a listed body longer than the n words at
// toks[start] opens the name toks[start:end] and ends before it does.
func (lx *lexicon) listedOpening(doc *Doc, start, n, end int) bool {
	for e := start + n + 1; e < end; e++ {
		if lx.org.has(doc.Tokens, start, e) {
			return true
		}
	}
	return false
}

// acronymSet returns the set of acronyms the document spells (the whole
// document's when doc is a window of it), read from the tokens once for
// the stages that ask.
func (lx *lexicon) acronymSet(d *Doc) map[string]bool {
	if d.acronyms == nil {
		d.acronyms = lx.acronymsOf(d)
	}
	return d.acronyms
}

// acronymsOf returns the set of acronyms the document spells ("SDF").
func (lx *lexicon) acronymsOf(doc *Doc) map[string]bool {
	toks := doc.Tokens
	set := map[string]bool{}
	for _, k := range doc.capitals { // an acronym opens with a capital
		if toks[k].isAcronym() {
			lx.addAcronym(set, doc, int(k))
		}
	}
	return set
}

// addAcronym records the acronym toks[k] in set: true, or false for good
// once the text defines it as the short form of a description in lower
// case ("maritime militia (CMM)", "nautical miles (NM)") or of a programme
// ("State Partnership Program (SPP)"), which names no body wherever it
// stands.
func (lx *lexicon) addAcronym(set map[string]bool, doc *Doc, k int) {
	text := doc.Tokens[k].Text(doc)
	if describedInLowerCase(doc, k) || lx.spellsProgramme(doc, k) {
		set[text] = false
	} else if _, seen := set[text]; !seen {
		set[text] = true
	}
}

// spellsProgramme reports whether the acronym toks[k], in brackets,
// spells the name of a programme, a plan or a project before it, which
// names no body ("State Partnership Program (SPP)", "Maritime Security
// Initiative (MSI)"): programmes are not annotated.
func (lx *lexicon) spellsProgramme(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < 2 || k+1 >= len(toks) || toks[k-1].Text(doc) != "(" || toks[k+1].Text(doc) != ")" {
		return false
	}
	return lx.programmeWord(doc, k-2) && spelledBefore(doc, k-1, toks[k].Text(doc))
}

// programmeNounAt reports whether toks[k] is a programme's word in lower
// case ("project", "programme"), which the capitalised words before it
// name: "the Patrol Boat Replacement project".
func (lx *lexicon) programmeNounAt(doc *Doc, k int) bool {
	if k >= len(doc.Tokens) || doc.Tokens[k].Kind != Word || doc.Tokens[k].IsCap() {
		return false
	}
	w := doc.Tokens[k].Text(doc)
	return lx.programmeHeads.has(strings.ToUpper(w[:1]) + w[1:])
}

// programmeWord reports whether toks[k] is the capitalised head of a
// programme's, a plan's or a project's name, which names no body
// (context_words.tsv's `programme`, as spelt).
func (lx *lexicon) programmeWord(doc *Doc, k int) bool {
	return lx.programmeHeads.hasExact(&doc.Tokens[k])
}

// describedInLowerCase reports whether the acronym toks[k], in brackets,
// spells the lower-case words before them (a nationality may open them:
// "Chinese maritime militia (CMM)"). A word may give a second letter
// ("refueling complex overhaul (RCOH)", "mine countermeasures (MCM)").
func describedInLowerCase(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < 2 || k+1 >= len(toks) || toks[k-1].Text(doc) != "(" || toks[k+1].Text(doc) != ")" {
		return false
	}
	acronym := strings.ToLower(toks[k].Text(doc))
	// The words before the bracket, last first; "of", "and" and "the"
	// may spell nothing ("rules of engagement (ROE)", "Law of Armed
	// Conflict (LOAC)").
	var words [8]spellWord
	n := 0
	for j := k - 2; j >= 0 && n < len(words) && n < len(acronym)+2 && (toks[j].Kind == Word || toks[j].Text(doc) == ","); j-- {
		if toks[j].Kind != Word {
			continue // "illegal, unreported and unregulated (IUU)"
		}
		w := toks[j].Lower(doc)
		words[n] = spellWord{w, w == "of" || w == "and" || w == "the"}
		n++
		if spellsWords(acronym, words[:n]) {
			// Only the first of two words or more may be capitalised: a
			// name's words make a body's short form.
			for m := k - 2; m >= j; m-- {
				if toks[m].IsCap() && (m > j || m == k-2) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// spellWord is a lower-case word of the phrase an acronym may spell; an
// optional one may give no letter.
type spellWord struct {
	w        string
	optional bool
}

// spellsWords reports whether the lower-case acronym spells the words, given
// last first: each word gives its initial and maybe one more of its
// letters; an optional word may give nothing. It reads each word and
// position of the acronym once.
func spellsWords(acronym string, words []spellWord) bool {
	const maxLetters = 16
	if len(acronym) > maxLetters || len(words) > 8 {
		return false
	}
	// can[i][p]: the first i words of the phrase (the last i of words)
	// can spell acronym[:p].
	var can [9][maxLetters + 1]bool
	can[0][0] = true
	m := len(words)
	for i := 0; i < m; i++ {
		w, optional := words[m-1-i].w, words[m-1-i].optional
		for p := 0; p <= len(acronym); p++ {
			if !can[i][p] {
				continue
			}
			if optional {
				can[i+1][p] = true
			}
			if p == len(acronym) || w[0] != acronym[p] {
				continue
			}
			// The word gives acronym[p:q], its initial and at most one
			// more of its letters.
			q, at := p+1, 1
			can[i+1][q] = true
			for q < len(acronym) && q < p+2 {
				x := strings.IndexByte(w[at:], acronym[q])
				if x < 0 {
					break
				}
				at += x + 1
				q++
				can[i+1][q] = true
			}
		}
	}
	return can[m][len(acronym)]
}

// initials appends to b the initials of the capitalised words of
// toks[start:end] ("SDF" for "Syrian Democratic Forces"). An official name whose initials
// the document spells as a word keeps its nationality adjective.
func initials(b []byte, doc *Doc, start, end int) []byte {
	toks := doc.Tokens
	for k := start; k < end; k++ {
		if toks[k].Kind == Word && toks[k].IsCap() {
			b = append(b, toks[k].Text(doc)[0])
		}
	}
	return b
}

// hasOwnName reports whether tokens [start, h) hold a word that is neither
// a place nor a nationality ("Kurdistan Regional Government" has one, "UK
// Government" does not).
func (lx *lexicon) hasOwnName(doc *Doc, start, h int) bool {
	toks := doc.Tokens
	for k := start; k < h; k++ {
		if n, ok := lx.isPlace(doc, k); ok {
			k += n - 1
			continue
		}
		if toks[k].Kind == Word && !lx.genericOrgWords.hasTok(&toks[k]) {
			return true
		}
	}
	return false
}

// isAcronym reports whether t is an acronym: two to eight capitals, digits
// or dotted letters ("OSCE", "G7", "U.N."), not a Roman numeral, as the
// tokenizer found it (wordShape).
func (t *Token) isAcronym() bool { return t.shape&shapeAcronym != 0 }

// endsInS reports whether t ends in "s" or "S", as a plural does.
func (t *Token) endsInS() bool { return t.shape&shapeEndsS != 0 }

// inCode reports whether toks[h] is part of a reference code such as
// "No. 05-NQ/TW": glued to a slash, or to a hyphen after a number.
func inCode(doc *Doc, h int) bool {
	toks := doc.Tokens
	glued := func(k int) bool { return k >= 0 && k < len(toks) && !toks[max(k, h)].SpaceBefore() }
	if glued(h-1) && (toks[h-1].Text(doc) == "/" || toks[h-1].Text(doc) == "-" && h >= 2 && toks[h-2].Kind == Number) {
		return true
	}
	// A model designation: "RQ-21A", "MQ-9B", "KC-135"; but a unit of
	// four letters or more and its one-digit number ("MBLT-8") is no
	// model.
	if glued(h+1) && glued(h+2) && toks[h+1].Text(doc) == "-" && (toks[h+2].Kind == Number || startsWithDigit(toks[h+2].Text(doc))) {
		return len(toks[h].Text(doc)) < 4 || len(toks[h+2].Text(doc)) > 1
	}
	return glued(h+1) && toks[h+1].Text(doc) == "/"
}

// hullNumber reports whether t is a pennant or hull number: two capitals
// or more followed by two digits or more ("PG905", "FFG06"); "G20" and
// "P5" name groups.
func hullNumber(doc *Doc, t *Token) bool {
	digits := 0
	for i := len(t.Text(doc)) - 1; i >= 0 && isDigit(rune(t.Text(doc)[i])); i-- {
		digits++
	}
	return digits >= 2 && len(t.Text(doc))-digits >= 2
}

// groupOfStates reports whether toks[h] names a group of states by "G"
// and their number, one or two figures ("G7", "G20"), as acronyms name
// bodies; not a model's number, which a hyphen or more figures write
// ("G-20", "G650"), nor the first word of a longer name ("G5 Tarvo"),
// which the places' and names' stages read whole.
func groupOfStates(doc *Doc, h int) bool {
	toks := doc.Tokens
	w := toks[h].Text(doc)
	if len(w) < 2 || len(w) > 3 || w[0] != 'G' || !isDigit(rune(w[1])) || len(w) == 3 && !isDigit(rune(w[2])) {
		return false
	}
	if h+1 == len(toks) {
		return true
	}
	next := &toks[h+1]
	return !gluedHyphen(doc, h+1) && !(next.SpaceBefore() && !next.Newline() && next.Kind == Word && next.IsCap())
}

// modelCode reports whether t is a model's or a system's designation: a
// letter first and a letter again after a digit ("M1A2", "C4ISR",
// "F35B"). A body's short form puts its number first ("2ID", "1BCT") or
// last ("G20", "P5").
func modelCode(doc *Doc, t *Token) bool {
	w := t.Text(doc)
	if w == "" || isDigit(rune(w[0])) {
		return false
	}
	digit := false
	for i := 1; i < len(w); i++ {
		switch c := rune(w[i]); {
		case isDigit(c):
			digit = true
		case digit && 'A' <= c && c <= 'Z':
			return true
		}
	}
	return false
}

// bracketedHull reports whether the acronym toks[h] and a number fill a
// bracket, as a ship's hull number does after its name ("USS Halsey
// (DDG 97)") or a post's code does after a camp ("(UNP 2-45)").
func bracketedHull(doc *Doc, h int) bool {
	toks := doc.Tokens
	open := h - 1
	if open >= 2 && isDash(toks[open].Text(doc)) && !toks[h].SpaceBefore() && toks[open-1].Kind == Word && isAllCaps(toks[open-1].Text(doc)) {
		open -= 2 // "(T-AH 19)": a prefix glued by a hyphen
	}
	if open < 0 || h+2 >= len(toks) || toks[open].Text(doc) != "(" || toks[h+1].Kind != Number {
		return false
	}
	// The number may run on over dashes: "(UNP 2-45)".
	for k := h + 2; k < len(toks) && k <= h+4; k++ {
		switch {
		case toks[k].Text(doc) == ")":
			return true
		case toks[k].Kind != Number && !isDash(toks[k].Text(doc)):
			return false
		}
	}
	return false
}

// hullCode reports whether the tokens [from, to) are a hull number, glued
// ("FFG06") or hyphenated ("DDH-976", "PS-36").
func hullCode(doc *Doc, from, to int) bool {
	toks := doc.Tokens[from:to]
	switch len(toks) {
	case 1:
		return hullNumber(doc, &toks[0])
	case 3:
		return toks[0].isAcronym() && toks[1].Text(doc) == "-" && toks[2].Kind == Number && len(toks[2].Text(doc)) >= 2
	}
	return false
}

// isHonorific reports whether an honorific starts at toks[h] ("H.E.").
func (lx *lexicon) isHonorific(doc *Doc, h int) bool {
	toks := doc.Tokens
	_, _, ok := lx.honorifics.longest(toks, h)
	return ok
}

// startsWithDigit reports whether s starts with an ASCII digit.
func startsWithDigit(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// allCapsLine reports whether the words around toks[h] are in capitals too,
// as in a shouted headline or a name set in capitals ("DHARMA GUARDIAN",
// "RAJPUTANA RIFLES"), where capitals say nothing.
func allCapsLine(doc *Doc, h int) bool {
	toks := doc.Tokens
	n := 0
	for _, k := range [...]int{h - 2, h - 1, h + 1, h + 2} {
		if k >= 0 && k < len(toks) && toks[k].Kind == Word && len(toks[k].Text(doc)) > 3 && toks[k].isCapsWord() {
			n++
		}
	}
	if n >= 2 {
		return true
	}
	// A long word in capitals next to another: a phrase, not acronyms.
	long := func(k int) bool {
		return k >= 0 && k < len(toks) && toks[k].Kind == Word && len(toks[k].Text(doc)) > 5 && toks[k].isCapsWord()
	}
	capsWord := func(k int) bool {
		return k >= 0 && k < len(toks) && len(toks[k].Text(doc)) > 3 && toks[k].isCapsWord()
	}
	word := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].Kind == Word }
	return (long(h) || long(h-1) || long(h+1)) && (capsWord(h-1) || capsWord(h+1)) ||
		long(h) && (capsWord(h-2) && word(h-1) || capsWord(h+2) && word(h+1)) // "ABOARD A U.S. MILITARY AIRCRAFT", not "NAVCENT, U.S. 5th Fleet"
}

// isCapsWord reports whether t is a word of two letters or more, all
// capitals, of any length ("AGUINALDO"), as the tokenizer found it
// (wordShape).
func (t *Token) isCapsWord() bool { return t.shape&shapeCaps != 0 }

// speakerLabel reports whether toks[h] is a transcript's speaker label:
// a word in capitals that opens a line and a colon follows ("MARLES:",
// "QUESTION:"). A transcript whose turns run on in one paragraph opens
// a label after the last turn's full stop or question mark ("Thank you.
// QUESTION: Will ...").
func speakerLabel(doc *Doc, h int) bool {
	toks := doc.Tokens
	return h+1 < len(toks) && toks[h+1].Text(doc) == ":" && toks[h].isCapsWord() &&
		(h == 0 || toks[h].Newline() || toks[h-1].Text(doc) == "," ||
			toks[h].SentStart() && toks[h].SpaceBefore() && endsTurn(toks[h-1].Text(doc)))
}

// taskForceNumber reports whether the acronym toks[h] and the number
// after it name a numbered task force: "TF", "CTF", "JTF" and "CJTF"
// abbreviate "Task Force", which the navies and joint commands number
// ("TF 77", "CTF 151"), and "TG", "CTG", "TU", "CTU" its task groups and
// units, numbered after it ("TG 75.2"); no exercise's edition. A number and a
// glued hyphen count a task force's rotations, an event ("BTF 23-3").
func taskForceNumber(doc *Doc, h int) bool {
	toks := doc.Tokens
	w := toks[h].Text(doc)
	return h+1 < len(toks) && (strings.HasSuffix(w, "TF") || w == "TG" || w == "CTG" || w == "TU" || w == "CTU") && toks[h+1].Kind == Number && toks[h+1].SpaceBefore() &&
		!toks[h+1].Newline() && !isYear(doc, &toks[h+1]) && unitNumber(toks[h+1].Text(doc)) &&
		(h+2 == len(toks) || toks[h+2].SpaceBefore() || toks[h+2].Text(doc) != "-" && toks[h+2].Text(doc) != "/") // not a rotation's iteration ("BTF 23-3")
}

// unitNumber reports whether s is a task force's number: digits, maybe
// a point and the digits of its group or unit ("151", "75.2", "70.1.3").
func unitNumber(s string) bool {
	parts := strings.Split(s, ".")
	for _, part := range parts {
		if part == "" || atoiDigits(part) < 0 {
			return false
		}
	}
	return atoiDigits(parts[0]) > 0
}

// endsTurn reports whether s, the token before a speaker's label in a
// run-on transcript, ends the last speaker's sentence.
func endsTurn(s string) bool { return s == "." || s == "?" || s == "!" }

// commandClip reports whether the word t is a command's clipped name,
// which the armed forces form from the clipped words of its name and
// "com" for "command": "ZORVCOM", "USKESSACOM", "Tarvcom" (of five
// letters or more, the clip capitalised; longer than an acronym may be
// when in capitals).
func commandClip(doc *Doc, t *Token) bool {
	w := t.Text(doc)
	if t.Kind != Word || len(w) < 5 || !t.IsCap() {
		return false
	}
	if t.isCapsWord() {
		return strings.HasSuffix(w, "COM")
	}
	return strings.HasSuffix(w, "com") && isAllCaps(w[:1])
}

// maxDatelineCaps bounds the words in capitals of a dateline's place.
const maxDatelineCaps = 3

// inDatelinePlace reports whether the word in capitals toks[h] is in the
// place of a dateline, which names a town, no body: up to three words in
// capitals that open a line, before a comma and a capitalised word that
// is no acronym (a state's abbreviation "N.D." is), a dash after a space
// (not "ZTF-Bravo"), or a bracket that opens a date ("KESSA --", "PORT
// TARVO, Zorvia", "KESSA (May 2, 2024) —"; not "ZDF, KTF-HOA").
func inDatelinePlace(doc *Doc, h int) bool {
	toks := doc.Tokens
	s := h
	for s > 0 && h-s < maxDatelineCaps && !toks[s].Newline() && toks[s-1].isCapsWord() {
		s--
	}
	if s > 0 && !toks[s].Newline() {
		return false
	}
	e := h + 1
	for e < len(toks) && e-s < maxDatelineCaps && toks[e].isCapsWord() && !toks[e].Newline() {
		e++
	}
	if e+1 >= len(toks) || toks[e].Newline() {
		return false
	}
	switch w := toks[e].Text(doc); {
	case w == ",":
		return toks[e+1].Kind == Word && toks[e+1].IsCap() && (!toks[e+1].isAcronym() || strings.HasSuffix(toks[e+1].Text(doc), "."))
	case w == "(":
		return dateStartsAt(doc, e+1)
	}
	return isDash(toks[e].Text(doc)) && toks[e].SpaceBefore()
}

// isRoman reports whether s is a Roman numeral from I to XXXIX, in
// capitals.
func isRoman(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != 'I' && s[i] != 'V' && s[i] != 'X' {
			return false
		}
	}
	return true
}

func isOrdinal(doc *Doc, t *Token) bool {
	s := t.Lower(doc)
	return len(s) > 2 && (s[len(s)-2:] == "st" || s[len(s)-2:] == "nd" || s[len(s)-2:] == "rd" || s[len(s)-2:] == "th")
}

// yearAfterName reports whether toks[k], a number after an organisation's
// head, is a year in four digits that a lower-case word follows: the year
// of what the body does ("the Kessa Group 2026 annual report", "the Tarvo
// Army 2026 competition"), not a unit's number, which armies keep to
// fewer digits.
func yearAfterName(doc *Doc, k int) bool {
	toks := doc.Tokens
	return isYear(doc, &toks[k]) && k+1 < len(toks) && toks[k+1].Kind == Word && !toks[k+1].IsCap()
}

// headEchelon returns the rank in unit_echelons.txt of a unit whose head
// toks[k:end] ends on an echelon, and whether it does: the highest of
// the head's echelon words, as a "Brigade Combat Team" is a brigade and a
// "Battalion Landing Team" a battalion, though "Team" ends them. A head
// that ends on another word has none ("Army National Guard").
func (lx *lexicon) headEchelon(doc *Doc, k, end int) (int, bool) {
	best, found := lx.echelons[doc.Tokens[end-1].Lower(doc)]
	for ; found && k < end-1; k++ {
		if r, ok := lx.echelons[doc.Tokens[k].Lower(doc)]; ok && r > best {
			best = r
		}
	}
	return best, found
}

// maxTodayTitle bounds the words of a title before "Today".
const maxTodayTitle = 3

// todayTitleStart returns the first token of a publication's title that
// "Today" capitalised inside a sentence closes at toks[h] ("according to
// USA Today.", "Kessa Today noted"): a name's words right before it, not
// common words, and a lower-case word or a mark after it, as no headline
// has; no person's given name, office or body's head among them, whose
// name is a subject before a "today" capitalised in error. Or h.
func (lx *lexicon) todayTitleStart(doc *Doc, h int) int {
	toks := doc.Tokens
	t := &toks[h]
	if len(t.Text(doc)) != 5 || t.Text(doc) != "Today" || h == 0 || t.SentStart() || !t.SpaceBefore() || t.Newline() || h+1 >= len(toks) || toks[h+1].Newline() || toks[h+1].Kind == Word && toks[h+1].IsCap() {
		return h
	}
	start := h
	for k := h - 1; k >= 0 && h-k <= maxTodayTitle; k-- {
		w := &toks[k]
		if w.Kind != Word || !w.IsCap() || lx.isCommon(doc, w) || lx.headlineVerbs.hasTok(w) {
			break
		}
		if lx.givenNames.hasTok(w) || lx.isRoleHead(w) || lx.orgHeads.startsAt(toks, k) && lx.orgHeads.has(toks, k, k+1) {
			return h // "Ivo Tarn Today said", "the Kessa Council Today approved": a subject's name, a title-cased "today"
		}
		start = k
		if w.SentStart() || !w.SpaceBefore() || w.Newline() {
			break
		}
	}
	return start
}

// hulledShipStart returns the first token of a ship's name that its hull
// number in brackets follows at toks[open] ("the KSNF Al-Tarvo (MCMV
// 422)", "the Velmar (F 231)"), or open: capitalised words right before
// the bracket, up to an acronym (the navy's), which no kind of ship or
// body's head ends ("High Speed Vessel (HSV 2)", "Marine Expeditionary
// Unit (MEU 22)" are a kind and a unit).
func (lx *lexicon) hulledShipStart(doc *Doc, open int) int {
	toks := doc.Tokens
	if open < 1 || open+3 >= len(toks) || toks[open].Text(doc) != "(" || !toks[open+1].isAcronym() || len(toks[open+1].Text(doc)) < 2 ||
		toks[open+2].Kind != Number || len(toks[open+2].Text(doc)) > 4 || toks[open+3].Text(doc) != ")" || !toks[open].SpaceBefore() {
		return open
	}
	last := &toks[open-1]
	if !lx.isNameWord(doc, last) || last.isAcronym() || last.props&propShipType != 0 || lx.orgHeads.has(toks, open-1, open) {
		return open
	}
	start := open
	for k := open - 1; k >= 0 && open-k <= maxShipName; k-- {
		switch {
		case lx.isNameWord(doc, &toks[k]) && !toks[k].isAcronym():
			if lx.givenNames.hasTok(&toks[k]) && !isDash(toks[k+1].Text(doc)) {
				return open // "Ivo Tarn (MP 12)": a person's name, which a prefix would make a ship's
			}
			start = k
		case k > 0 && isDash(toks[k].Text(doc)) && !toks[k].SpaceBefore() && !toks[k+1].SpaceBefore():
			continue // "Al-Tarvo"
		default:
			return start
		}
		if toks[k].SentStart() || !toks[k].SpaceBefore() && k > 0 && !isDash(toks[k-1].Text(doc)) {
			return start
		}
	}
	return start
}

// unitHead is the head of a unit named by its kind, which a count before
// it numbers as it numbers an echelon ("22 Marine Expeditionary Unit").
const unitHead = "Unit"

// countNounAt reports whether toks[k] is a lower-case noun that a
// quantity counts (date_words.tsv's `count-noun`: "troops", "soldiers",
// "personnel"): a number before a unit's name and such a noun counts
// the noun's people ("300 Kessa Army soldiers", "71 Tarvo Army
// personnel"), no unit's number.
func (lx *lexicon) countNounAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k >= len(toks) || toks[k].Kind != Word || toks[k].IsCap() || lx.dates == nil {
		return false
	}
	return lx.dates.wordOf(doc, &toks[k]).roles&roleCountNoun != 0
}

// battalionNumberBefore reports whether a battalion's number of one or
// two figures stands before the acronym toks[h], spaced from it, as the
// Commonwealth armies name a battalion by its regiment's short form ("2
// KLR will deploy", "Commanding Officer of 2 KLR,", "(3 KLR)"): after a
// lower-case word, a bracket or a comma, or opening a line, and before
// a mark, a conjunction or an auxiliary that ends the noun phrase. A
// number before a noun counts it ("2 UN vehicles"); one after a
// capitalised word numbers that ("Phase 2 UAS"), and a date's is a day.
func battalionNumberBefore(doc *Doc, h int) bool {
	toks := doc.Tokens
	if h < 1 || toks[h-1].Kind != Number || !toks[h].SpaceBefore() || toks[h].Newline() {
		return false
	}
	n := toks[h-1].Text(doc)
	if len(n) > 2 || n[0] < '1' || n[0] > '9' || n[len(n)-1] < '0' || n[len(n)-1] > '9' {
		return false
	}
	if k := h - 2; k >= 0 && !toks[h-1].Newline() {
		p := &toks[k]
		switch {
		case p.Kind == Word && !p.IsCap():
		case p.Kind == Punct && (p.Text(doc) == "(" || p.Text(doc) == ","):
		default:
			return false
		}
	}
	for c := range doc.Candidates {
		if d := &doc.Candidates[c]; d.Label == Date && int(d.TokStart) <= h-1 && int(d.TokEnd) > h-1 {
			return false
		}
	}
	return nounPhraseEndsAt(doc, h+1)
}

// nounPhraseEndsAt reports whether a noun phrase may end before toks[e]:
// the text's end, a mark, a conjunction or an auxiliary ("2 KLR, ",
// "2 KLR will").
func nounPhraseEndsAt(doc *Doc, e int) bool {
	if e >= len(doc.Tokens) {
		return true
	}
	switch doc.Tokens[e].Lower(doc) {
	case ",", ".", ")", ";", ":", "and", "will", "would", "is", "was", "has", "had", "have", "are", "were":
		return true
	}
	return false
}

// airEchelon reports whether w is the echelon of an air unit that the
// Commonwealth air forces number before it and follow by the service's
// acronym ("6 Squadron RAF", "75 Squadron RAAF", "1 Flight").
func airEchelon(w string) bool {
	return w == "Squadron" || w == "Flight" || w == "Wing"
}

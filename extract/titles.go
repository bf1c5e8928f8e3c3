package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// eventStage finds named events by their head nouns ("Vietnam International
// Defence Expo 2024", "ASEAN Defense Ministers' Meeting Plus") and
// operations or exercises by their opener ("Operation Inherent Resolve").
type eventStage struct{ lx *lexicon }

func (s *eventStage) Name() string { return "events" }

func (s *eventStage) Process(doc *Doc) error {
	toks := doc.Tokens
	// "Press Conference on June 28": a date after a name is when the
	// event is held, not part of its name.
	dates := doc.dateStarts()
	s.quotedTitles(doc)
	s.namesTakenPartIn(doc, dates)
	s.namesDefinedAsDrill(doc, dates)
	s.ownersMissions(doc)
	for h := 0; h < len(toks); h++ {
		if toks[h].Kind != Word {
			continue
		}
		if !toks[h].IsCap() {
			if !s.lx.eventOpeners.startsAt(toks, h) {
				// "Zorvik Heroes Week, an annual commemoration": a
				// kind of named event in apposition to its name.
				if s.lx.eventNouns.hasTok(&toks[h]) && !gluedHyphen(doc, h+1) {
					s.nameInApposition(doc, h, h+1)
				}
				if s.lx.activityNoun(&toks[h]) && s.lx.introducedNameStart(doc, h+1) > h+1 {
					h = s.namesAfterCue(doc, h+1) - 1
				}
				continue
			}
			// ("to exercise its right" is a verb; "linked to exercise
			// Allied Spirit" names one.)
			if n, _, ok := s.lx.eventOpeners.longest(toks, h); ok && !(h > 0 && beforeVerb(toks[h-1].Lower(doc)) && !s.lx.nameAfterVerb(doc, h+n)) {
				s.nameBeforeCue(doc, h)
				s.nameInApposition(doc, h, h+n)
				s.shortFormAfterCue(doc, h+n)
				if toks[h+n-1].endsInS() {
					s.examplesAfterKind(doc, h+n, dates)
				}
				if k := s.lx.apposedAfterCue(doc, h, h+n); k > 0 {
					h = s.namesAfterCue(doc, k) - 1
				} else {
					h = s.namesAfterCue(doc, h+n) - 1
				}
			}
			continue
		}
		if end := s.lx.pluralOpenerNames(doc, h, dates); end > h {
			candidate(doc, h, end, Event, "", "event:opener", PriorityTitle)
			h = end - 1
			continue
		}
		if end := s.lx.listedMission(doc, h); end > h {
			candidate(doc, h, end, Event, "", "event:mission", PriorityTitle)
			h = end - 1
			continue
		}
		n, ok := 0, false
		if s.lx.eventOpeners.startsAt(toks, h) { // (the inlined first test)
			n, _, ok = s.lx.eventOpeners.longest(toks, h)
		}
		if ok {
			if _, role := s.lx.matchRole(doc, h); role {
				continue // "Operation Commander" is an office
			}
			if h+n < len(toks) && modelMark(doc, h+n) {
				h += n
				continue // "Typhoon FGR4s": an aircraft's mark, no storm's name
			}
			end := h + n
			// "Battle of the Bulge": an article after an opener that ends
			// in "of".
			if toks[end-1].Lower(doc) == "of" && end+1 < len(toks) && toks[end].Lower(doc) == "the" && s.lx.isNameWord(doc, &toks[end+1]) {
				end++
			}
			// (A date after the name is when, not part of it: "the Battle
			// of Tarvo March 19".)
			// (A headline's verb ends it: "Operation Kessa Shield Begins in
			// Tarvo".)
			for end < len(toks) && end-h < maxNameSpan && s.lx.isNameWord(doc, &toks[end]) && !toks[end].Break() && !dates[end] && !(end > h+n && s.lx.headlineVerbs.hasTok(&toks[end])) {
				end++
				// "Typhoon Haiyan-Yolanda": a second name glued by a
				// hyphen (not "Typhoon Kessa-hit towns").
				if end > h+n && gluedHyphen(doc, end) && toks[end+1].Kind == Word && toks[end+1].IsCap() && s.lx.isNameWord(doc, &toks[end+1]) {
					end += 2
				}
			}
			// "Ex Kessa Shield", an exercise's short opener; but "Ex
			// Navy officer", "Ex President Ivo Tarn": the former one.
			if end > h+n && toks[h].Text(doc) == "Ex" && s.lx.namesBodyOrPerson(doc, h+n, end) {
				h = end - 1
				continue
			}
			if end > h+n+1 && s.lx.plainBodyHeadAt(doc, end-1) {
				// "the Hurricane Kessa Relief Fund": a body's plain head
				// (no service's: "Exercise Tarvo Navy") closes a name
				// that keeps the event's memory, a body's.
				h = end - 1
				continue
			}
			if end > h+n {
				end = s.lx.openerComplement(doc, end)
				start := h
				if s.lx.describedOpener(doc, h) {
					start = h + n // "Joint Military Exercise Kessa Guard": the kind of drill, then its name
				}
				var first int
				first, end = s.lx.eventEdition(doc, start, end)
				if first < start && start == h && toks[first].Kind == Word && toks[first].IsCap() {
					start = first // "the Second Battle of Tarvo": a capitalised ordinal numbers the name
				}
				if s.lx.memorialEnd(doc, end) {
					// "the Battle of Tarvo Memorial Museum": a place that
					// keeps the event's memory, not the event.
					candidate(doc, start, end, Loc, "", "event:memorial", PriorityTitle)
				} else {
					candidate(doc, start, end, Event, "", "event:opener", PriorityTitle)
				}
				h = end - 1
				continue
			}
			// "Annual Exercise 2023", "32nd Tarvo Command Post Exercise",
			// a quoted title: the opener closes a title that an edition or
			// quotes mark as a name ("a Finish Exercise" is a kind of drill).
			// An edition between the name and the opener marks it too:
			// "the Kessa Tarvo 41 Exercise", "Kessa 105-4 Exercise".
			named := editionBefore(doc, h)
			if start := s.lx.afterHeadlineVerb(doc, s.lx.nameStartBefore(doc, named), named); start < named && !s.lx.placeOrNationality(doc, start) && !s.lx.onlyBody(doc, start, named) {
				first, last := s.lx.eventEdition(doc, start, end)
				quoted := start > 0 && isQuote(toks[start-1].Text(doc))
				if first == start && last == end && !quoted && named == h {
					continue
				}
				start, end = first, last
				candidate(doc, start, end, Event, "", "event:title", PriorityTitle)
				h = end - 1
			}
			continue
		}
		if end := s.lx.acronymPlus(doc, h); end > h {
			start, end := s.lx.eventEdition(doc, h, end)
			candidate(doc, start, end, Event, "", "event:head", PriorityTitle)
			h = end - 1
			continue
		}
		if editionAhead(toks, h) { // (the inlined first test of editionName)
			if end := s.lx.editionName(doc, h, dates); end > h {
				start := h
				if end-h >= 4 && s.lx.countryShortForm(doc, h) {
					start++ // "U.S. Kessa Quest 2014 participants": the country's contingent
				}
				candidate(doc, start, end, Event, "", "event:edition", PriorityGrammar-1)
				h = end - 1
				continue
			}
		}
		if !s.lx.eventHeads.startsAt(toks, h) {
			continue // (the inlined first test of the lookup below)
		}
		n, v, ok := s.lx.eventHeads.longest(toks, h)
		if !ok || v == "tail" || v == "final" && s.lx.nounAfter(doc, h+n) || compoundAdjective(doc, h+n) || s.lx.endsOrgHead(doc, h+n+1) && toks[h+n].IsCap() && !s.lx.mediaFormat(doc, h+n) || s.lx.awardAfter(doc, h+n) ||
			h > 0 && s.lx.mediaWords.hasExact(&toks[h-1]) {
			continue // "War College" is a body's name, "Campaign Medal" an award's, "Joint Press Conference" a format
		}
		start := relatedTo(doc, s.lx.afterPossessive(doc, s.lx.coordinatedStart(doc, s.lx.extendLeft(doc, h)), h))
		start = s.lx.numberedWordBefore(doc, start)
		// "the Kessa Heads of Government Meeting", "the 21st KESSA Chiefs
		// of Defence Meeting": the words before the group open the name,
		// known or not, as they do before its other words.
		if g := s.lx.pluralOfGroup(doc, start); g < start {
			start = s.lx.afterPossessive(doc, s.lx.extendLeft(doc, g), h)
		}
		start = partiesStart(doc, s.lx.placePairStart(doc, start))
		if start < h {
			start = s.lx.bodyBeforeOf(doc, start)
		}
		end := h + n
		// (A name's words stay on its line: "Tarvo Conference" over
		// "UN Conference on …" are two names.)
		for end < len(toks) && end-h < maxNameSpan && toks[end].SpaceBefore() && !toks[end].Newline() {
			if m, _, ok := s.lx.eventHeads.longest(toks, end); ok && toks[end].IsCap() {
				end += m
				continue
			}
			// "Defense Ministerial Telephone Conference": one word between
			// two heads, but not a press format after the name ("Leaders
			// Summit Media Roundtable").
			if end+1 < len(toks) && s.lx.isNameWord(doc, &toks[end]) && !s.lx.mediaWords.hasExact(&toks[end]) && toks[end+1].SpaceBefore() && !toks[end+1].Newline() && toks[end+1].IsCap() {
				if m, _, ok := s.lx.eventHeads.longest(toks, end+1); ok {
					end += 1 + m
					continue
				}
			}
			if isYear(doc, &toks[end]) || numberedWar(doc, end) {
				end++ // "… 2024", "World War I"
			}
			break
		}
		if e, ok := s.lx.nameComplement(doc, end); ok && !dates[end+1] {
			end = untilDate(dates, end+1, e)
			// "Review Conference on Non-Proliferation of Nuclear
			// Weapons": a second complement after "of".
			if e, ok := s.lx.nameComplement(doc, end); ok && toks[end].Lower(doc) == "of" && !dates[end+1] {
				end = untilDate(dates, end+1, e)
			}
			end = s.lx.partiesToInstrument(doc, end, dates)
		}
		// "EU-Central Asia Ministerial meeting": a head's kind of gathering
		// in lower case.
		if end < len(toks) && toks[end].SpaceBefore() && !toks[end].Break() && toks[h].IsCap() {
			switch toks[end].Text(doc) {
			case "meeting", "meetings":
				// Not a noun it qualifies ("the Tarvo Summit meeting hall").
				if k := end + 1; k == len(toks) || toks[k].Kind == Punct || toks[k].Newline() || isClauseWord(toks[k].Lower(doc)) || s.lx.beforeVerb(doc, k) {
					end++
				}
			}
		}
		start, end = s.lx.eventEdition(doc, start, end)
		start = monthDateBefore(doc, dates, start, h)
		if end-start == 1 && (v != "alone" || toks[h].SentStart()) {
			continue
		}
		if n, place := s.lx.isPlace(doc, start); s.lx.org.has(toks, start, end) || place && start+n == end {
			h = end - 1
			continue // "Conference on Disarmament": a listed body; "La Reunion": a listed place
		}
		if start > 0 && indefiniteOwner(toks[start-1].Lower(doc)) && s.lx.genericMeeting(doc, start, end) {
			h = end - 1
			continue // "held a Foreign Ministers' Meeting with …": a kind of meeting
		}
		if drillWord(toks[h].Lower(doc)) && s.lx.genericMeeting(doc, start, end) {
			h = end - 1
			continue // "held Joint Drills": a kind of drill, named by no word of its own
		}
		if membersOf(doc, start) || s.lx.bodyInApposition(doc, end) {
			// "a member of the Tarvo Ocean Naval Symposium": a grouping
			// with members is an organisation (ANNOTATION.md).
			candidate(doc, start, end, Org, "", "org:head", PriorityTitle)
			h = end - 1
			continue
		}
		candidate(doc, start, end, Event, "", "event:head", PriorityTitle)
		h = end - 1
	}
	return nil
}

// bodyBeforeOf returns where the name of a body opens whose "of"
// complement the event's words from toks[start] end: "the Union of Tarvo
// States Summit", "the Association of Kessa Nations Meeting" are the
// body's meetings, named with the whole of its name (which the body's
// complement had taken whole, an ORG); or start when no body's head
// and "of" stand right before it. An article after "of" makes the words
// the body's subject: "the Museum of the Tarvo War" is a museum.
func (lx *lexicon) bodyBeforeOf(doc *Doc, start int) int {
	toks := doc.Tokens
	k := start - 1
	if k < 1 || toks[k].Lower(doc) != "of" || toks[start].Newline() || !toks[k-1].IsCap() || !lx.endsOrgHead(doc, k) {
		return start
	}
	return lx.extendLeft(doc, k-1)
}

// bodyInApposition reports whether an apposition after a comma at
// toks[k] says that the name before it is a body: an indefinite article,
// a few lower-case words (glued hyphens aside: "non-profit") and a noun
// of a kind of organisation (org_cues.txt) that no "of" follows: "the
// Zorvik Forum, a non-profit group based in Tarvo," "the Kessa Dialogue,
// an independent organisation,". An event's apposition names a gathering
// ("the Kessa Forum, an annual gathering of ministers,"), and "a group
// of" counts members, not the kind of body.
func (lx *lexicon) bodyInApposition(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k+2 >= len(toks) || toks[k].Text(doc) != "," || toks[k+1].Lower(doc) != "a" && toks[k+1].Lower(doc) != "an" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+7 && (toks[j].Kind == Word && !toks[j].IsCap() || toks[j].Text(doc) == "-" && !toks[j].SpaceBefore()); j++ {
		if lx.orgCues.hasTok(&toks[j]) {
			return j+1 == len(toks) || toks[j+1].Lower(doc) != "of"
		}
	}
	return false
}

// acronymPlus returns the end of an acronym glued by a hyphen to an
// event's tail word at toks[h] ("KDMM-Plus", "KSOM-Plus"): a meeting's
// short form with the format that adds the partners to its members, an
// event as the long form's "Meeting-Plus" is; or h.
func (lx *lexicon) acronymPlus(doc *Doc, h int) int {
	toks := doc.Tokens
	if !toks[h].isAcronym() || len(toks[h].Text(doc)) < 2 || !gluedHyphen(doc, h+1) || !lx.isEventTail(doc, h+2) {
		return h
	}
	if _, _, body := lx.org.longest(toks, h); body {
		return h // "OPEC-Plus": a listed body's wider grouping
	}
	return h + 3
}

// untilDate returns the start of the first date in toks[from:to], or
// to: a date after a complement is when the event is held ("the Kessa
// Meeting of Principals March 22-23"), not part of its name.
func untilDate(dates []bool, from, to int) int {
	for k := from; k < to; k++ {
		if dates[k] {
			return k
		}
	}
	return to
}

// partiesToInstrument returns the end of the agreement's title after
// "to the" at toks[k], which a meeting of its parties names ("Meeting of
// States Parties to the Tarvo Weapons Convention", "Review Conference of
// the Parties to the Treaty on …"), or k.
func (lx *lexicon) partiesToInstrument(doc *Doc, k int, dates []bool) int {
	toks := doc.Tokens
	if k+2 >= len(toks) || toks[k].Lower(doc) != "to" || toks[k+1].Lower(doc) != "the" {
		return k
	}
	for j := k + 2; j < len(toks) && j-k <= maxNameSpan && !toks[j].Newline(); j++ {
		if !toks[j].IsCap() || toks[j].Kind != Word {
			return k
		}
		if m, v, ok := lx.matchAgreementHead(doc, j); ok && v != "title" {
			return lx.agreementSubject(doc, j+m, dates)
		}
	}
	return k
}

// maxQuotedTitle bounds the tokens of a quoted title.
const maxQuotedTitle = 24

// quotedTitles proposes as events the titles in quotes that an event's
// word names so: after a lower-case head ("a forum “Tarvo: Security in
// the Region”") or a capitalised opener ("Exercise ‘Kessa – 2016’"),
// before a capitalised head ("the “Tarvo Treaty: Towards Entry into
// Force” High-Level Meeting"), or ending on a head or an opener of its
// own ("the “Kessa 105-4 Exercise”"). The title is the quoted words, in
// Title Case, without the quotes.
func (s *eventStage) quotedTitles(doc *Doc) {
	toks := doc.Tokens
	next := 0 // the token after the last title
	// A title opens on a capitalised word: the other tokens are passed
	// over.
	for _, w := range doc.capitals {
		q := int(w) - 1
		if q < 1 || q < next || q+2 >= len(toks) || toks[q].Kind != Punct || toks[q+1].Kind != Word || toks[q+1].SpaceBefore() || !isQuote(toks[q].Text(doc)) {
			continue
		}
		c := s.lx.quotedTitleEnd(doc, q)
		if c < 0 {
			continue
		}
		end := c
		for end > q+1 && toks[end-1].Kind == Punct {
			end-- // "“Annual Exercise 2023.”"
		}
		if s.lx.eventWordAt(doc, q-1) || s.lx.eventWordAt(doc, end-1) || s.lx.headAfterQuote(doc, c+1) {
			candidate(doc, q+1, end, Event, "", "event:quoted", PriorityTitle)
			next = c + 1
		}
	}
}

// quotedTitleEnd returns the closing quote of the title in Title Case
// that opens after the quote toks[q], on its line, or -1.
func (lx *lexicon) quotedTitleEnd(doc *Doc, q int) int {
	toks := doc.Tokens
	for c := q + 2; c < len(toks) && c-q <= maxQuotedTitle && !toks[c].Newline(); c++ {
		t := &toks[c]
		switch w := t.Text(doc); {
		case isClosingQuote(w):
			return c
		case t.Kind == Word && !t.IsCap() && !lx.titleMinor.hasTok(t) && !(c > 0 && toks[c-1].Text(doc) == "-" && !t.SpaceBefore()):
			return -1 // not a title: "“We are ready,” he said"
		case t.Kind == Punct && (w == "." || w == "!" || w == "?") && !(c+1 < len(toks) && isClosingQuote(toks[c+1].Text(doc))):
			return -1
		}
	}
	return -1
}

// eventWordAt reports whether toks[k] is an event's head in either case
// ("forum", "Meeting") or a capitalised opener ("Exercise").
func (lx *lexicon) eventWordAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < 0 || toks[k].Kind != Word {
		return false
	}
	if n, v, ok := lx.eventHeads.longest(toks, k); ok && n == 1 && v != "tail" {
		return true
	}
	if toks[k].IsCap() {
		n, _, ok := lx.eventOpeners.longest(toks, k)
		return ok && n == 1
	}
	w := toks[k].Text(doc)
	id := lx.eventHeads.vocab.id(strings.ToUpper(w[:1]) + w[1:])
	node, ok := lx.eventHeads.child(0, id)
	if !ok {
		return false
	}
	v, ok := lx.eventHeads.end(node)
	return ok && v != "tail"
}

// headAfterQuote reports whether a capitalised event head, after up to
// two other capitalised words, starts at toks[k] ("High-Level Meeting").
func (lx *lexicon) headAfterQuote(doc *Doc, k int) bool {
	toks := doc.Tokens
	for j := k; j < len(toks) && j-k < 5 && toks[j].IsCap() && toks[j].Kind == Word && !toks[j].Newline(); j++ {
		if j+2 < len(toks) && toks[j+1].Text(doc) == "-" && !toks[j+1].SpaceBefore() {
			j += 2 // "High-Level"
		}
		if lx.eventWordAt(doc, j) && toks[j].IsCap() {
			return true
		}
	}
	return false
}

// listedMission returns the end of a listed event's name that "Mission"
// ends, in the list or after it ("the Tarvo Shield Mission in Kessa": a
// named operation, not a body's mission in its theatre), or h.
func (lx *lexicon) listedMission(doc *Doc, h int) int {
	toks := doc.Tokens
	if !lx.event.startsAt(toks, h) {
		return h
	}
	n, _, ok := lx.event.longest(toks, h)
	if !ok {
		return h
	}
	end := h + n
	if end < len(toks) && toks[end].Text(doc) == "Mission" && toks[end].SpaceBefore() && !toks[end].Newline() {
		end++
	}
	if end-h < 2 || toks[end-1].Text(doc) != "Mission" {
		return h
	}
	return end
}

// indefiniteOwner reports whether w, before a meeting's name, makes it a
// kind of meeting or one of someone's: "a", "an" and the possessives
// "our", "their", "its", "his", "her".
func indefiniteOwner(w string) bool {
	switch w {
	case "a", "an", "our", "their", "its", "his", "her":
		return true
	}
	return false
}

// genericMeeting reports whether toks[start:end] name no party, place or
// body: only offices, their modifiers and portfolios, and event heads
// ("Foreign Ministers' Meeting", "Ministerial meeting").
func (lx *lexicon) genericMeeting(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	for k := start; k < end; k++ {
		t := &toks[k]
		if t.Kind != Word {
			if w := t.Text(doc); w != "'" && w != "’" {
				return false
			}
			continue
		}
		if _, _, ok := lx.eventHeads.longest(toks, k); ok {
			continue
		}
		if lx.isRoleHead(t) {
			continue
		}
		if _, _, ok := lx.pluralRoleHead(doc, k); ok {
			continue
		}
		if _, _, ok := lx.roleMods.longest(toks, k); ok || lx.portfolio.hasTok(t) {
			continue
		}
		if t.Lower(doc) == "meeting" {
			continue
		}
		return false
	}
	return true
}

// describedOpener reports whether the capitalised "Exercise" at toks[h]
// ends a description of the drill, words that name no body, place or people
// ("Multinational Peacekeeping Exercise Kessa Guard"): the opener is the
// description's noun, and the name follows it.
func (lx *lexicon) describedOpener(doc *Doc, h int) bool {
	toks := doc.Tokens
	k := h - 1
	if k < 0 || toks[h].Text(doc) != "Exercise" || toks[h].Newline() || !toks[h].SpaceBefore() || !lx.isNameWord(doc, &toks[k]) || toks[k].SentStart() || toks[k].isAcronym() || isOrdinalWord(toks[k].Lower(doc)) {
		return false
	}
	if _, place := lx.isPlace(doc, k); place || lx.demonymWord(doc, k) {
		return false
	}
	if _, _, body := lx.orgHeads.longest(toks, k); body {
		return false
	}
	if _, _, body := lx.org.longest(toks, k); body {
		return false
	}
	_, _, head := lx.eventHeads.longest(toks, k)
	return !head
}

// membersOf reports whether "member(s) of (the)" stands before toks[k].
func membersOf(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k > 0 && toks[k-1].Lower(doc) == "the" {
		k--
	}
	if k < 2 || toks[k-1].Lower(doc) != "of" {
		return false
	}
	switch toks[k-2].Lower(doc) {
	case "member", "members", "membership":
		return true
	}
	return false
}

// placePairStart moves an event's start over a place and a spaced dash
// before the place that opens it: "the U.S. – Angola Energy Dialogue"
// names both parties.
func (lx *lexicon) placePairStart(doc *Doc, start int) int {
	toks := doc.Tokens
	if start < 2 || !isDash(toks[start-1].Text(doc)) {
		return start
	}
	// The dash is spaced ("Kenya – Peru"), or an en dash glued as a
	// hyphen is ("Japan–Peru"), which names read back do not cross.
	spaced := toks[start].SpaceBefore() && toks[start-1].SpaceBefore()
	glued := !toks[start].SpaceBefore() && !toks[start-1].SpaceBefore() && toks[start-1].Text(doc) == "–"
	if !spaced && !glued {
		return start
	}
	if _, place := lx.isPlace(doc, start); !place {
		return start
	}
	for k := start - 2; k >= 0 && k >= start-4; k-- {
		if n, place := lx.isPlace(doc, k); place && k+n == start-1 {
			return k
		}
	}
	return start
}

// eventHeadEndsAt reports whether a capitalised event head of one word
// ends at toks[k] ("Conference", "Meeting", "Summit"): the name it ends
// is a meeting's, whose complement an agreement's title may fill ("the
// Review Conference of the Kessa Treaty").
func (lx *lexicon) eventHeadEndsAt(doc *Doc, k int) bool {
	n, v, ok := lx.eventHeads.longest(doc.Tokens, k)
	return ok && n == 1 && v != "tail" && v != "final" && doc.Tokens[k].IsCap()
}

// numberedWar reports whether toks[k] numbers the war whose head ends
// right before it: a Roman numeral, "I" included, or a number spelt out
// in capitals ("World War I", "Kessa War Two").
func numberedWar(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < 1 || toks[k-1].Text(doc) != "War" || toks[k].Kind != Word {
		return false
	}
	switch w := toks[k].Text(doc); w {
	case "One", "Two", "Three":
		return true
	default:
		// "War I" only before punctuation or the line's end: "In the
		// Gulf War I lost two friends" holds the pronoun.
		if w == "I" && k+1 < len(toks) && toks[k+1].Kind == Word && !toks[k+1].Newline() {
			return false
		}
		return isRoman(w) && !(k+1 < len(toks) && toks[k+1].IsCap() && toks[k+1].SpaceBefore() && !toks[k+1].Newline())
	}
}

// maxParties bounds the parties read back before an event's name.
const maxParties = 3

// partiesStart moves an event's start back over the parties joined to
// its first word by a dash, known places or not: glued ("the
// Zorvia–Tarvia War", "the U.S.-Tarvia Strategic and Defense Dialogue",
// where the coordinated words stopped the name read back), or spaced
// after a lower-case word or a bracket ("a Zorvia – Tarvia Energy
// Dialogue"; not a dateline's "KESSA, Zorvia – Tarvo Summit …", nor a
// spaced hyphen). An agreement's title opens so too.
func partiesStart(doc *Doc, start int) int {
	toks := doc.Tokens
	for range maxParties {
		k := start - 1
		if k < 1 || !isDash(toks[k].Text(doc)) || toks[k].Text(doc) == "—" || !toks[k-1].IsCap() || toks[k-1].Kind != Word || toks[start].Newline() || toks[k].Newline() {
			return start
		}
		glued := !toks[k].SpaceBefore() && !toks[start].SpaceBefore()
		spaced := toks[k].SpaceBefore() && toks[start].SpaceBefore() && toks[k].Text(doc) != "-" &&
			k >= 2 && (toks[k-2].Kind == Word && !toks[k-2].IsCap() || toks[k-2].Text(doc) == "(") && !toks[k-1].Newline() && !toks[k-1].SentStart()
		if !glued && !spaced {
			return start
		}
		start = k - 1
	}
	return start
}

// editionName returns the end of an exercise's name with its year or
// edition, which no head or cue names ("Kestrel Partner 23", "Iron Gull
// 24-1", "Tarvo Spirit 2023", "Tarvo Spirit IV"), or h: two or three
// capitalised words that name no body, office or person, at the start of
// a name, and a year that ends the phrase, in four digits or two (10 to
// 39). A place may be one of the words, not all of them ("Pacific Kessa
// 2024", not "North Korea 2024"), and a date none ("Tarvo June 16-20").
func (lx *lexicon) editionName(doc *Doc, h int, dates []bool) int {
	toks := doc.Tokens
	// The two digits end the phrase two or three words on: most words
	// open none, and are not read as a name for nothing.
	if !(h+2 < len(toks) && editionYear(doc, &toks[h+2]) || h+3 < len(toks) && editionYear(doc, &toks[h+3]) || h+4 < len(toks) && editionYear(doc, &toks[h+4])) {
		return h
	}
	if h > 0 && lx.isNameWord(doc, &toks[h-1]) && toks[h].SpaceBefore() && !toks[h].Newline() && !lx.headlineVerbs.hasTok(&toks[h-1]) || h > 1 && isDash(toks[h-1].Text(doc)) && !toks[h-1].SpaceBefore() && !toks[h].SpaceBefore() {
		return h // ("Indo-Pacific", "Kessa–Tarvo Summit": a word glued to the word before; but "Navy Joins Tarvo Lance 24" opens after a headline's verb)
	}
	// "F-35C Lightning II": a word glued to a number is a model's mark.
	if h > 0 && !toks[h].SpaceBefore() && toks[h-1].Kind == Number {
		return h
	}
	// "Willam E. Trotter II": a middle initial makes a person's name, and
	// the numeral its suffix.
	if middleInitial(doc, h) {
		return h
	}
	e, words, named := h, 0, false
	for e < len(toks) && words < 3 && lx.isNameWord(doc, &toks[e]) && (e == h || toks[e].SpaceBefore() && !toks[e].Newline()) && !(words >= 2 && romanEdition(doc, &toks[e])) {
		words++
		// "Pacific Kessa 2024", "Kessa Guam 25": a place in the name
		// says where the drill is held, beside a word of its own.
		if n, ok := lx.isPlace(doc, e); ok && !lx.locPatterns.startsAt(toks, e+n) {
			e += n
			continue
		}
		// "Northern Kessa 24": a compass word before a word that names no
		// place is no part of a region.
		if n, v, ok := lx.locPatterns.longest(toks, e); ok && n == 1 && v == "compass" {
			e++
			continue
		}
		// "Chile April 16-21", "Tarvo June 16-20": where and when, a
		// place known or not; no edition ("Winter Kessa 25" opens on a
		// season of its own).
		if e > h && dates[e] {
			return h
		}
		if lx.demonymWord(doc, e) || lx.givenNames.hasTok(&toks[e]) || lx.startsRank(doc, e) || lx.locPatterns.startsAt(toks, e) && !lx.featureOpensName(doc, h, e) {
			return h
		}
		if _, _, body := lx.orgHeads.longest(toks, e); body {
			return h
		}
		if lx.isRoleHead(&toks[e]) {
			return h
		}
		if lx.partOfText(&toks[e]) {
			return h // "Tarvo Treaty Article VI": a part of a text
		}
		named = true
		e++
		// "Indo-Pacific Tarvo 2017", "KESSA-Europe 20": a capitalised
		// word glued by a hyphen is a word of the name, known place or
		// not; one in capitals makes a code ("T-AH 20", a hull number).
		if gluedHyphen(doc, e) && toks[e+1].IsCap() && toks[e+1].Kind == Word && !toks[e+1].isCapsWord() {
			e += 2
			words++
		}
	}
	// "Kessa Sword-2026", "Kessa Sword-2026A": a year in four digits
	// glued by a hyphen, as Asian state media write an edition.
	if words >= 2 && named && gluedHyphen(doc, e) && isYear(doc, &toks[e+1]) {
		if roundLetter(doc, e+2) {
			return e + 3
		}
		return e + 2
	}
	if words < 2 || !named || e >= len(toks) || !toks[e].SpaceBefore() || !editionYear(doc, &toks[e]) {
		return h
	}
	if isYear(doc, &toks[e]) && atoiDigits(toks[e].Text(doc)) < 2100 || romanEdition(doc, &toks[e]) {
		return e + 1 // "Kestrel Gull 2023", "Kestrel Gull IV", not "U.S. Code 2304"
	}
	if y := atoiDigits(toks[e].Text(doc)); y < 10 || y > 39 {
		return h
	}
	// "Darfur Rebels Killed 12": a headline's verb and its count, not an
	// edition in two digits.
	if w := toks[e-1].Text(doc); len(w) > 4 && strings.HasSuffix(w, "ed") {
		return h
	}
	switch {
	case iteration(doc, e):
		return e + 3
	case shortYear(doc, e):
		return e + 1
	}
	return h
}

// afterHeadlineVerb moves the start of a name read back to toks[end]
// past the last headline verb among its words ("Ivo Tarn Inspects Kessa
// 105-4 Exercise": the name is after "Inspects").
func (lx *lexicon) afterHeadlineVerb(doc *Doc, start, end int) int {
	for k := end - 1; k >= start; k-- {
		if lx.headlineVerbs.hasTok(&doc.Tokens[k]) {
			return k + 1
		}
	}
	return start
}

// openerComplement returns the end of an "of" complement that goes on
// an opener's name ending at toks[end]: "Exercise Rim of the Pacific",
// "Operation Guardian of the Walls", as operations are named; or end.
// The complement is capitalised words on the line, after "the" maybe,
// that end the phrase (or meet a bracket or the verb of the clause:
// "Exercise Shield of the North began") and name no country or town,
// body, office or person: "Operation Kessa Shield of the Tarvo Navy" and
// "Operation Tarvo Dawn of Zorvia" say whose it is.
func (lx *lexicon) openerComplement(doc *Doc, end int) int {
	toks := doc.Tokens
	j := end + 1
	if end >= len(toks) || toks[end].Lower(doc) != "of" || j >= len(toks) {
		return end
	}
	if toks[j].Lower(doc) == "the" {
		j++
	}
	e := j
	for e < len(toks) && e-j < maxNameSpan && lx.isNameWord(doc, &toks[e]) && toks[e].SpaceBefore() && !toks[e].Newline() {
		e++
	}
	if e == j || !endsPhrase(doc, e) && !lx.beforeVerb(doc, e) || lx.namesBodyOrPerson(doc, j, e) {
		return end
	}
	for k := j; k < e; k++ {
		if _, _, gpe := lx.gpe.longest(toks, k); gpe || lx.demonymWord(doc, k) {
			return end
		}
	}
	return e
}

// featureOpensName reports whether toks[e] is the first word (toks[h]) of
// an edition's name and a place's closing word of one word ("Sea",
// "Ocean", "Desert": loc_patterns.tsv `after`), which with nothing before
// it closes no place: "Sea Tarvo 2025", "Desert Kessa 24" are named as
// drills are.
func (lx *lexicon) featureOpensName(doc *Doc, h, e int) bool {
	n, v, ok := lx.locPatterns.longest(doc.Tokens, e)
	return e == h && ok && n == 1 && v == "after"
}

// editionBefore returns the start of the edition number that stands
// right before an opener at toks[h] ("41", "105-4" of "Kessa 105-4
// Exercise"), or h.
func editionBefore(doc *Doc, h int) int {
	toks := doc.Tokens
	k := h - 1
	if k < 1 || toks[k].Kind != Number || !toks[h].SpaceBefore() {
		return h
	}
	if k >= 3 && toks[k-1].Text(doc) == "-" && !toks[k-1].SpaceBefore() && !toks[k].SpaceBefore() && toks[k-2].Kind == Number {
		k -= 2 // "105-4"
	}
	if !toks[k].SpaceBefore() {
		return h
	}
	return k
}

// editionAhead reports whether a number or a word in capitals (a Roman
// numeral's shape) stands two to four tokens after toks[h], as the
// edition that ends a name read by editionName does (editionYear); four
// after a place of three tokens ("Indo-Pacific Kessa 2024").
func editionAhead(toks []Token, h int) bool {
	for k := h + 2; k <= h+4 && k < len(toks); k++ {
		if toks[k].Kind == Number || toks[k].isCapsWord() {
			return true
		}
	}
	return false
}

// editionYear reports whether t is a year, in two digits or four, or a
// Roman numeral of two letters or more, that may end an exercise's name.
func editionYear(doc *Doc, t *Token) bool {
	return twoDigits(doc, t) || isYear(doc, t) || romanEdition(doc, t)
}

// romanEdition reports whether t is a Roman numeral of two letters or
// more ("IV", "XII"), as an exercise's edition is numbered; "I" is the
// pronoun more often than the first edition.
func romanEdition(doc *Doc, t *Token) bool {
	return t.Kind == Word && len(t.Text(doc)) >= 2 && isRoman(t.Text(doc))
}

// pluralOfGroup moves an event's start over a group of office holders
// named before it: "Chiefs of Defense Conference", "Heads of Government
// Meeting".
func (lx *lexicon) pluralOfGroup(doc *Doc, start int) int {
	toks := doc.Tokens
	if start < 2 || toks[start-1].Lower(doc) != "of" || !toks[start].IsCap() {
		return start
	}
	if _, _, ok := lx.pluralRoleHead(doc, start-2); ok && toks[start-2].IsCap() {
		return start - 2
	}
	return start
}

// onlyBody reports whether toks[start:end] is just an organisation: a
// listed one or a head word alone ("the Navy Exercise").
func (lx *lexicon) onlyBody(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	if lx.org.has(toks, start, end) {
		return true
	}
	n, _, ok := lx.orgHeads.longest(toks, start)
	return ok && start+n == end
}

// placeOrNationality reports whether a place or a nationality adjective
// starts at toks[k] ("Philippine Navy Exercise" names who holds it).
func (lx *lexicon) placeOrNationality(doc *Doc, k int) bool {
	_, place := lx.isPlace(doc, k)
	return place || lx.demonymWord(doc, k)
}

// numberedWordBefore returns where an event's name opens over a
// capitalised word glued by a hyphen to a number right before
// toks[start], and the name's words before it: "the Global Kessa-19
// Summit", "the Army-2024 Forum" (a number alone had stopped the
// read-back). It returns start otherwise.
func (lx *lexicon) numberedWordBefore(doc *Doc, start int) int {
	toks := doc.Tokens
	if start < 3 || toks[start-1].Kind != Number || !toks[start].SpaceBefore() || toks[start].Newline() || !gluedHyphen(doc, start-2) ||
		toks[start-3].Kind != Word || !toks[start-3].IsCap() || toks[start-3].SentStart() && toks[start-3].Newline() {
		return start
	}
	return lx.extendLeft(doc, start-3)
}

// pluralOpenerNames returns the end of two names joined by "and" after a
// capitalised plural opener at toks[h], which the whole names ("served
// on Operations Kessa and Tarvo", "Exercises Kessa Shield and Tarvo
// Lance"), or h. The opener opens the phrase (after a capitalised word
// it is a body's: "Special Operations Command"), each name is one to
// three capitalised words that hold no place, nationality, body, office
// or person, and the second ends the phrase or meets a date.
func (lx *lexicon) pluralOpenerNames(doc *Doc, h int, dates []bool) int {
	toks := doc.Tokens
	if !toks[h].endsInS() || h+4 >= len(toks) || h > 0 && toks[h-1].Kind == Word && toks[h-1].IsCap() && !toks[h].SentStart() {
		return h
	}
	if w := toks[h].Text(doc); w != "Operations" && w != "Exercises" {
		return h
	}
	k := h + 1
	for part := 0; part < 2; part++ {
		from := k
		for k < len(toks) && k-from < 3 && toks[k].Kind == Word && toks[k].IsCap() && toks[k].SpaceBefore() && !toks[k].Newline() && lx.isNameWord(doc, &toks[k]) {
			k++
		}
		if k == from || lx.namesOther(doc, from, k) {
			return h
		}
		if part == 0 {
			if k >= len(toks) || toks[k].Text(doc) != "and" {
				return h
			}
			k++
		}
	}
	if !endsPhrase(doc, k) && !dates[k] {
		return h
	}
	return k
}

// countryShortForm reports whether toks[k] is a country written in
// capitals ("U.S.", "UK") spaced from the capitalised word after it: a
// country's part in a drill named after it ("U.S. Kessa Quest 2014
// participants", "the UK Tarvo Lance exercise"), not a word of the
// name; a country's full name opens names more often ("Singapore
// Airshow").
func (lx *lexicon) countryShortForm(doc *Doc, k int) bool {
	toks := doc.Tokens
	return k+1 < len(toks) && toks[k].isAcronym() && toks[k+1].SpaceBefore() && !toks[k+1].Newline() && toks[k+1].IsCap() && lx.isCountry(doc, k, k+1)
}

// modelMark reports whether toks[k] is a word of capitals and digits
// ("FGR4s", "T3"), the mark of a model of aircraft or weapon after its
// name ("Typhoon FGR4s"), which no storm's, drill's or operation's name
// opens with.
func modelMark(doc *Doc, k int) bool {
	t := &doc.Tokens[k]
	if t.Kind != Word || !t.IsCap() || !t.SpaceBefore() {
		return false
	}
	return strings.ContainsAny(t.Text(doc), "0123456789")
}

// monthDateBefore returns where an event's name read back from its head
// toks[h] opens after a date with a month that starts at toks[start] or
// just before it: "the July 2018 Summit", "the February Defense
// Ministerial" are the dates of the meetings, not their editions, as a
// bare year is ("the 2024 Kessa Forum"). It returns start otherwise.
func monthDateBefore(doc *Doc, dates []bool, start, h int) int {
	if start >= h || !dates[start] && !(start > 0 && dates[start-1]) {
		return start
	}
	for i := range doc.Candidates {
		c := &doc.Candidates[i]
		if c.Label != Date || c.TokStart != start && c.TokStart != start-1 || c.TokEnd <= start || c.TokEnd > h {
			continue
		}
		switch doc.ruleName(c.rule) {
		case "date:month", "date:month-year", "date:month-day", "date:day-month":
			return c.TokEnd // (not a holiday's name: "the Victory Day Parade")
		}
	}
	return start
}

// dateStarts marks the tokens that start a DATE candidate.
func (d *Doc) dateStarts() []bool {
	dates := d.scratch.boolSlice(len(d.Tokens) + 1)
	for _, c := range d.Candidates {
		if c.Label == Date {
			dates[c.TokStart] = true
		}
	}
	return dates
}

// nameAfterVerb reports whether, after "to", a name of two capitalised
// words or more starts at toks[k] that a verb "exercise" would not take as
// its object: no body's and no possessive ("linked to exercise Allied
// Spirit", not "to exercise Command" nor "to exercise Tarvo Command's
// ability").
func (lx *lexicon) nameAfterVerb(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < 2 || toks[k-2].Lower(doc) != "to" || k+1 >= len(toks) || !lx.isNameWord(doc, &toks[k+1]) || !toks[k+1].SpaceBefore() {
		return false
	}
	end := k
	for end < len(toks) && end-k < maxNameSpan && lx.isNameWord(doc, &toks[end]) && toks[end].SpaceBefore() {
		end++
	}
	return !possessiveAt(doc, end) && !lx.namesBody(doc, k, end)
}

// beforeVerb reports whether w makes the next word a verb ("will exercise
// its ability").
func beforeVerb(w string) bool {
	switch w {
	case "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should":
		return true
	}
	return false
}

// maxCuedEvents bounds the names of a list after a cue.
const maxCuedEvents = 8

// nameBeforeCue proposes the capitalised name before a lower-case event
// cue as an event ("the annual Balikatan exercise", "the Cobra Gold 2024
// exercises"), unless it names a place, a body or a nationality ("the
// Philippine-US exercise", "the Navy exercise").
func (s *eventStage) nameBeforeCue(doc *Doc, cue int) {
	toks := doc.Tokens
	// "the Zorvik operation", "a Kessa counter-terrorism operation": who
	// runs an operation or where, not its name, which follows the
	// opener ("Operation Tarvo Guard").
	if w := toks[cue].Lower(doc); w == "operation" || w == "operations" {
		return
	}
	end := yearEditionBefore(doc, cue)
	// One lower-case word may stand between: "the Tarvo training
	// exercise", "the Balikatan joint exercise", "the Tarvo 2025 joint
	// exercise"; but not a participle of leading, after which the name
	// is who leads it ("the Kessa led exercise").
	if end == cue && end > 1 && toks[end-1].Kind == Word && !toks[end-1].IsCap() && len(toks[end-1].Text(doc)) >= 3 &&
		!isDeterminer(toks[end-1].Lower(doc)) && !s.lx.common.hasTok(&toks[end-1]) &&
		(toks[end-2].IsCap() || isYear(doc, &toks[end-2]) || twoDigits(doc, &toks[end-2])) {
		if s.lx.agentParticiples.hasTok(&toks[end-1]) {
			return
		}
		end--
	}
	if first, last := s.lx.nameBeforeShortForm(doc, end); first < last {
		// "the Kessa Tarvo Readiness (KTR) exercise": the name that
		// the bracket spells.
		candidate(doc, first, last, Event, "", "event:before-cue", PriorityTitle)
		return
	}
	name := end // the name's end, its edition included
	if end > 0 && (isYear(doc, &toks[end-1]) || twoDigits(doc, &toks[end-1])) {
		end--
		// "the Kessa Strike-24 exercise": an edition glued by a hyphen.
		if end > 1 && toks[end-1].Text(doc) == "-" && !toks[end-1].SpaceBefore() && !toks[end].SpaceBefore() {
			end--
		}
	}
	start := s.lx.nameStartBefore(doc, end)
	if start == end || toks[start].SentStart() && start == end-1 {
		return
	}
	// "a Zorvia and Tarvia exercise", "the Kessa-US exercise": one-word
	// names coordinated before one exercise, or joined by a dash to a
	// short form, are its parties; before "exercises" they are several ("the
	// Kessa and Tarvo exercises").
	// With an edition, the two words are one name: "the Peace and
	// Friendship 2024 exercise".
	if start >= 2 && end-start == 1 && isCoordinator(toks[start-1].Text(doc)) && s.lx.isNameWord(doc, &toks[start-2]) && !toks[cue].endsInS() {
		if name == end || toks[start-2].SentStart() {
			return
		}
		start -= 2
	}
	if partiesPair(doc, start, end) || jointPair(doc, start, end, cue) {
		return
	}
	if end-start >= 3 && s.lx.countryShortForm(doc, start) {
		start++ // "the U.S. Kessa Lance exercise": the country's part in it
	}
	for k := start; k < end; k++ {
		if _, place := s.lx.isPlace(doc, k); place || s.lx.demonymWord(doc, k) {
			return
		}
		if _, v, body := s.lx.orgHeads.longest(toks, k); body && !(v != "alone" && isYear(doc, &toks[name-1])) {
			return
		}
		if _, _, body := s.lx.org.longest(toks, k); body {
			return
		}
	}
	candidate(doc, start, name, Event, "", "event:before-cue", PriorityTitle)
	if toks[cue].endsInS() {
		s.examplesBeforeKind(doc, start)
	}
}

// maxCueModifiers bounds the lower-case words between an exercise's year
// and its cue ("joint counter-terrorism").
const maxCueModifiers = 3

// shortFormAfterCue proposes as an event the acronym bracketed right
// after a lower-case event cue that ends at toks[k] ("a bilateral
// exercise (TARVEX) with …", "the joint drill (KESSEX)"): the bracket
// gives the drill's name, not a body's, and the short form's label goes
// to its other mentions (relabelShortForms). The acronym needs two
// capitals, so that a word's abbreviation ("(Fwd)") names nothing, and
// may be no listed body or place ("exercises (NATO)": who held them),
// nor the abbreviation of the cue's own words (abbreviatesCue).
func (s *eventStage) shortFormAfterCue(doc *Doc, k int) {
	toks := doc.Tokens
	if k+2 >= len(toks) || toks[k].Text(doc) != "(" || toks[k+2].Text(doc) != ")" {
		return
	}
	if t := &toks[k+1]; t.Kind == Word && t.isCapsWord() && capitalCount(t.Text(doc)) >= 2 && !s.lx.org.has(toks, k+1, k+2) && !abbreviatesCue(doc, k, t.Text(doc)) {
		if _, place := s.lx.isPlace(doc, k+1); place {
			return
		}
		candidate(doc, k+1, k+2, Event, "", "short-form", PriorityTitle)
	}
}

// abbreviatesCue reports whether acronym, bracketed at toks[open], opens
// with the initial of one of the lower-case words of the cue's phrase
// before the bracket: "a field training exercise (FTX)", "search and
// rescue exercises (SAREX)" abbreviate a kind of drill, which names no
// event (ANNOTATION.md: a generic drill is not annotated).
func abbreviatesCue(doc *Doc, open int, acronym string) bool {
	toks := doc.Tokens
	for k := open - 1; k >= 0 && open-k <= 5 && toks[k].Kind == Word && !toks[k].IsCap(); k-- {
		if r, _ := utf8.DecodeRuneInString(toks[k].Text(doc)); unicode.ToUpper(r) == rune(acronym[0]) {
			return true
		}
	}
	return false
}

// examplesAfterKind proposes as events the names that a plural drill cue
// ending before toks[k] lists as its examples: "exercises such as Kessa
// Strike and Tarvo Warrior", "drills, including Zorvik Thunder, Kessa
// Lance 24 and TARVEX", "the following exercises: Kessa Strike, …". Each
// name must be one an example may be (exampleName); the list goes on
// over commas and "and" or "or", and ends at anything else.
func (s *eventStage) examplesAfterKind(doc *Doc, k int, dates []bool) {
	toks := doc.Tokens
	j := examplesStart(doc, k)
	for j > 0 && j < len(toks) {
		if toks[j].Lower(doc) == "the" {
			j++
		}
		end := j
		for end < len(toks) && end-j < maxNameSpan && s.lx.isNameWord(doc, &toks[end]) && (end == j || toks[end].SpaceBefore() && !toks[end].Newline()) {
			end++
		}
		if end == j {
			return
		}
		_, named := s.lx.eventEdition(doc, j, end)
		// "Kessa Lance- Tarvo", "KESSEX-Zorvia": the host after a dash
		// ends a drill's name, as drills held in several states are
		// named.
		host := named
		if named+1 < len(toks) && isDash(toks[named].Text(doc)) && !toks[named].SpaceBefore() && !toks[named+1].Newline() {
			for host = named + 1; host < len(toks) && host-named <= maxNameSpan && s.lx.isNameWord(doc, &toks[host]) && (host == named+1 || toks[host].SpaceBefore() && !toks[host].Newline()); host++ {
			}
			if host == named+1 {
				host = named
			}
		}
		// (A name before a noun qualifies it: "including Zorvik-Kessa
		// naval drills"; a date after it says when: "… Tarvo Warrior last
		// year".)
		if !endsPhrase(doc, host) && !dates[host] {
			return
		}
		if s.lx.exampleName(doc, j, end, named) {
			candidate(doc, j, host, Event, "", "event:list", PriorityGrammar)
		}
		named = host
		if named == len(toks) {
			return
		}
		switch w := toks[named].Lower(doc); {
		case w == ",":
			j = named + 1
			if j < len(toks) && listJoiner(toks[j].Lower(doc)) {
				j++
			}
		case listJoiner(w):
			j = named + 1
		default:
			return
		}
	}
}

// examplesStart returns the first token of the examples after a kind's
// plural that ends before toks[k] ("such as", "including", "like", a
// colon, maybe after a comma; "include" and its forms right after it),
// or 0.
func examplesStart(doc *Doc, k int) int {
	toks := doc.Tokens
	j := k
	if j < len(toks) && toks[j].Text(doc) == "," {
		j++
	}
	if j+1 >= len(toks) || toks[j+1].Newline() {
		return 0
	}
	switch toks[j].Lower(doc) {
	case "including", "like":
		return j + 1
	case "include", "includes", "included":
		if j == k {
			return j + 1 // "The exercises included Kessa Shield and …"
		}
	case ":":
		if j == k {
			return j + 1
		}
	case "such":
		if j+2 < len(toks) && toks[j+1].Lower(doc) == "as" {
			return j + 2
		}
	}
	return 0
}

// examplesBeforeKind proposes as events the names coordinated before the
// name that opens at toks[start] and a plural drill cue after it: "the
// KESSEX and TARVEX exercises", "the Kessa Strike, Tarvo Lance and
// Zorvik Hawk drills" (exampleName).
func (s *eventStage) examplesBeforeKind(doc *Doc, start int) {
	toks := doc.Tokens
	for k := start - 1; k > 0; {
		if w := toks[k].Lower(doc); listJoiner(w) {
			if toks[k-1].Text(doc) == "," {
				k--
			}
		} else if w != "," {
			return
		}
		end := k
		first := s.lx.nameStartBefore(doc, end)
		if first == end || first == 0 || !s.lx.exampleName(doc, first, end, end) {
			return
		}
		candidate(doc, first, end, Event, "", "event:list", PriorityGrammar)
		if toks[first-1].Text(doc) != "," {
			return
		}
		k = first - 1
	}
}

// listJoiner reports whether w joins the last item of a list.
func listJoiner(w string) bool { return w == "and" || w == "or" }

// exampleName reports whether toks[start:end], with its edition up to
// named, may be an example of a drill in a list: two words or more, an
// acronym or an edition ("Kessa Strike", "TARVEX", "Zorvik 24"; one word
// alone is as often a partner), and no place, nationality, body, office,
// rank, given name or honorific in it (namesOther).
func (lx *lexicon) exampleName(doc *Doc, start, end, named int) bool {
	toks := doc.Tokens
	if end-start < 2 && !toks[start].isAcronym() && named == end || toks[start].SentStart() {
		return false
	}
	return !lx.namesOther(doc, start, end)
}

// yearEditionBefore returns where the lower-case words before an event cue
// at toks[cue] start when a year in four digits stands before them, as
// state media write an exercise's name, its year and what kind of drill it
// is ("Peace Mission 2026 joint counter-terrorism exercise", "the Kessa
// Shield 2026 combined naval drills"); otherwise cue. Words glued by a
// hyphen count as one.
func yearEditionBefore(doc *Doc, cue int) int {
	toks := doc.Tokens
	k, words := cue, 0
	for k > 1 && words < maxCueModifiers {
		switch t := &toks[k-1]; {
		case t.Kind == Word && !t.IsCap() && !isDeterminer(t.Lower(doc)) && t.SpaceBefore():
			k--
			words++
		case t.Kind == Word && !t.IsCap() && k > 3 && gluedHyphen(doc, k-2) && toks[k-3].Kind == Word && !toks[k-3].IsCap() && toks[k-3].SpaceBefore():
			k -= 3 // "counter-terrorism"
			words++
		default:
			words = maxCueModifiers
		}
		if k < cue && isYear(doc, &toks[k-1]) && toks[k-1].SpaceBefore() {
			return k
		}
	}
	return cue
}

// drillWord reports whether w is the head of a drill's name ("Drills"),
// which generic words before it do not name ("Joint Drills").
func drillWord(w string) bool { return w == "drill" || w == "drills" }

// isCoordinator reports whether w joins two names: "and" or "&" (a comma
// may close an opening phrase instead: "In Zorvik, Kessa Shield
// exercise").
func isCoordinator(w string) bool { return w == "and" || w == "&" }

// partiesPair reports whether toks[start:end] is a capitalised word joined
// by a glued hyphen or dash to a short form in capitals ("Kessa-US",
// "Tarvo–U.K."), maybe with "Bilateral" or "Trilateral" after it: two
// parties, as a country's short form names one, not an exercise's name.
func partiesPair(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	if end-start == 4 {
		switch toks[end-1].Text(doc) {
		case "Bilateral", "Trilateral":
			end--
		}
	}
	return end-start == 3 && dashJoined(doc, start) && toks[start].Kind == Word && !toks[start].isCapsWord() && toks[start+2].isCapsWord()
}

// dashJoined reports whether toks[start] and toks[start+2] are joined by
// a dash glued to both ("Kessa-Tarvo", "Tarvo–U.K."), the shape of two
// parties.
func dashJoined(doc *Doc, start int) bool {
	toks := doc.Tokens
	return start+2 < len(toks) && isDash(toks[start+1].Text(doc)) && !toks[start+1].SpaceBefore() && !toks[start+2].SpaceBefore()
}

// jointPair reports whether the name toks[start:end] before an event cue
// is two capitalised words joined by a dash and a word of doing together
// stands between it and the cue toks[cue] ("the Kessa-Tarvo joint
// exercise", "bilateral", "combined"): the two parties.
func jointPair(doc *Doc, start, end, cue int) bool {
	toks := doc.Tokens
	if end-start != 3 || end >= cue || !dashJoined(doc, start) {
		return false
	}
	switch toks[end].Lower(doc) {
	case "joint", "bilateral", "combined":
		return true
	}
	return false
}

// namesTakenPartIn proposes as events the capitalised names that one
// takes part in ("participated in Kessa Tarvo", "took part in Zorvik
// Shield 2024"): a name that no place, people, body, office, rank or
// date makes, that ends where the phrase does (a punctuation mark other
// than a hyphen or an apostrophe, or a small word after it: "took part
// in the Kessa visit" names a visit), has no possessive ("took part in
// Ivo Tarn's visit"), and is more than one word unless an acronym or an
// edition.
func (s *eventStage) namesTakenPartIn(doc *Doc, dates []bool) {
	toks := doc.Tokens
	for k := 0; k+1 < len(toks); k++ {
		// (The first letter first, which every word of activityCue
		// shares: most tokens stop there.)
		var j int
		switch doc.Text[toks[k].Start] {
		case 'p':
			j = activityCue(doc, k)
		case 'k', 'w', 'c':
			j = boundsCue(doc, k)
		}
		if j == 0 {
			continue
		}
		if j < len(toks) && toks[j].Lower(doc) == "the" {
			j++
		}
		end := j
		for end < len(toks) && end-j < maxNameSpan && s.lx.isNameWord(doc, &toks[end]) && (end == j || toks[end].SpaceBefore() && !toks[end].Newline()) {
			end++
		}
		if end == j || dates[j] || toks[j].Newline() {
			continue
		}
		// "took part in Training", "took part in the Review": one word
		// alone is a common noun as often, unless an acronym or an
		// edition marks it.
		_, named := s.lx.eventEdition(doc, j, end)
		if end == j+1 && named == end && !toks[j].isAcronym() {
			continue
		}
		if !endsPhrase(doc, named) || dates[named] || named < len(toks) && gluedMark(toks[named].Text(doc)) {
			continue
		}
		// "participated in Kessan Lion 2022": a nationality may open a
		// name that an edition ends, as exercises are named.
		first := j
		if named > end && s.lx.demonymWord(doc, j) && end-j >= 2 {
			first++
		}
		if s.lx.namesOther(doc, first, end) {
			continue
		}
		candidate(doc, j, named, Event, "", "event:taken-part", PriorityGrammar)
		k = named - 1
	}
}

// namesDefinedAsDrill proposes as an event the name that opens a
// sentence defining it as a drill: "Kessa Tarvo is a bilateral exercise
// between …", "Tarvex is an annual exercise aimed at …", "Zorvik Lance
// 24 was a combined and joint drill." The copula and "a" or "an", up to
// four lower-case words, then a lower-case drill cue of event_openers.txt
// that ends the phrase (or a participle or "between" follows); the name
// must hold no place, nationality, body, office or person, and one word
// alone must not be a common word ("It is a joint exercise").
func (s *eventStage) namesDefinedAsDrill(doc *Doc, dates []bool) {
	toks := doc.Tokens
	for v := 1; v+3 < len(toks); v++ {
		t := &toks[v]
		if t.Kind != Word || t.End-t.Start > 3 || t.IsCap() {
			continue
		}
		if w := t.Text(doc); w != "is" && w != "was" {
			continue
		}
		if a := toks[v+1].Text(doc); a != "a" && a != "an" {
			continue
		}
		cue := v + 2
		for cue < len(toks) && cue-v <= 6 && toks[cue].Kind == Word && !toks[cue].IsCap() && !s.lx.eventOpeners.startsAt(toks, cue) && !s.lx.eventNouns.hasTok(&toks[cue]) ||
			cue < len(toks) && cue-v <= 6 && gluedHyphen(doc, cue) {
			cue++
		}
		if cue >= len(toks) || toks[cue].IsCap() {
			continue
		}
		// A kind of event that is no drill ("was a battle during …",
		// "is an annual military exposition held in …"): a preposition
		// may follow it too, not a noun it qualifies ("a war crimes
		// court", "a conference room").
		// (Not glued by a hyphen to a word: "a war-torn country".)
		noun := s.lx.eventNouns.hasTok(&toks[cue]) && !gluedHyphen(doc, cue+1)
		n, ok := 1, noun
		if !noun && s.lx.eventOpeners.startsAt(toks, cue) {
			n, _, ok = s.lx.eventOpeners.longest(toks, cue)
		}
		if !ok {
			continue
		}
		if after := cue + n; !endsPhrase(doc, after) {
			if w := toks[after].Lower(doc); toks[after].IsCap() || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && w != "between" && !s.lx.clauseParticiples.hasTok(&toks[after]) && !(noun && (isPreposition(w) || w == "during" || w == "that" || w == "which")) {
				continue
			}
		} else if s.lx.figurativeIn(doc, after) {
			continue // "an exercise in patience": no drill
		}
		// The name: from the sentence's start to the copula.
		start := v - 1
		for start > 0 && v-start < maxNameSpan && !toks[start].SentStart() && (s.lx.isNameWord(doc, &toks[start-1]) || toks[start-1].Kind == Number || toks[start-1].Text(doc) == "-" && !toks[start-1].SpaceBefore()) {
			start--
		}
		if !toks[start].SentStart() || toks[start].Kind != Word || !toks[start].IsCap() || dates[start] {
			continue
		}
		first, end := s.lx.eventEdition(doc, start, start+1)
		for end < v && s.lx.isNameWord(doc, &toks[end]) {
			end++
		}
		_, end = s.lx.eventEdition(doc, first, end)
		if end != v || end-first == 1 && (s.lx.common.hasTok(&toks[first]) || strings.HasSuffix(toks[first].Text(doc), "ing")) || s.lx.namesOther(doc, first, end) {
			continue
		}
		candidate(doc, first, end, Event, "", "event:defined", PriorityGrammar)
	}
}

// gluedMark reports whether w is a hyphen or a bare apostrophe, which
// glue a name to more words ("Tarvo-led", "the Kessa Leaders' Week").
func gluedMark(w string) bool {
	return w == "-" || w == "'" || w == "’"
}

// ownersMissions proposes as events the capitalised names of two words
// or more of a body's missions, between its possessive and a lower-case
// "mission" ("Kessa's Tarvo Shield mission"): a mission of its own name,
// as NATO's and the EU's are named, when no place, people, body or
// office makes the name and the mission ends the phrase ("Kessa's
// Zorvik Bay mission stop" is a stop). One word alone is as often where
// the mission goes ("Kessa's Zorvik mission").
func (s *eventStage) ownersMissions(doc *Doc) {
	toks := doc.Tokens
	// (The name before "mission" ends on a capital: the loop walks those,
	// and tests the length first.)
	for _, c := range doc.capitals {
		k := int(c) + 1
		if k < 3 || k >= len(toks) {
			continue
		}
		if t := &toks[k]; int(t.End-t.Start) != len("mission") || t.Text(doc) != "mission" || !s.lx.isNameWord(doc, &toks[k-1]) || !endsPhrase(doc, k+1) {
			continue
		}
		start := s.lx.nameStartBefore(doc, k)
		if start < 2 || k-start < 2 || !possessiveAt(doc, start-1) || !toks[start-2].IsCap() || s.lx.namesOther(doc, start, k) {
			continue
		}
		candidate(doc, start, k, Event, "", "event:mission", PriorityTitle)
	}
}

// activityCue returns where a name starts after the words of taking
// part at toks[k] ("participated in", "took part in"), or 0; not "during",
// before which a name is a season or a sitting as often ("during Holy
// Week", "during Question Time").
func activityCue(doc *Doc, k int) int {
	toks := doc.Tokens
	switch toks[k].Text(doc) {
	case "participate", "participates", "participated", "participating":
		if k+1 < len(toks) && toks[k+1].Text(doc) == "in" {
			return k + 2
		}
	case "part":
		if k > 0 && k+1 < len(toks) && toks[k+1].Text(doc) == "in" {
			switch toks[k-1].Text(doc) {
			case "take", "takes", "took", "taking", "taken":
				return k + 2
			}
		}
	}
	return 0
}

// boundsCue returns the token after a verb of opening or closing an
// activity at toks[k] and its particle ("kicked off", "wrapped up",
// "concluded"), whose object is the activity: "kicked off Zorvik Shield
// on Monday", "concluded Kessa Thunder."; or 0.
func boundsCue(doc *Doc, k int) int {
	toks := doc.Tokens
	switch toks[k].Text(doc) {
	case "kick", "kicks", "kicked", "kicking":
		if k+1 < len(toks) && toks[k+1].Text(doc) == "off" {
			return k + 2
		}
	case "wrap", "wraps", "wrapped", "wrapping":
		if k+1 < len(toks) && toks[k+1].Text(doc) == "up" {
			return k + 2
		}
	case "conclude", "concludes", "concluded", "concluding":
		return k + 1
	}
	return 0
}

// namesOther reports whether a word of toks[start:end] makes the name
// another entity's: a place, a nationality, a body's head or a listed
// body, an office, a rank, a given name or an honorific.
func (lx *lexicon) namesOther(doc *Doc, start, end int) bool {
	for k := start; k < end; k++ {
		if _, place := lx.isPlace(doc, k); place || lx.demonymWord(doc, k) {
			return true
		}
	}
	return lx.namesBodyOrPerson(doc, start, end)
}

// namesBodyOrPerson reports whether a word of toks[start:end] makes the
// name a body's or a person's: a body's head or a listed body, an
// office, a rank, a given name or an honorific.
func (lx *lexicon) namesBodyOrPerson(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	for k := start; k < end; k++ {
		if _, _, body := lx.orgHeads.longest(toks, k); body {
			return true
		}
		if _, _, body := lx.org.longest(toks, k); body {
			return true
		}
		if lx.isRoleHead(&toks[k]) || lx.startsRank(doc, k) || lx.givenNames.hasTok(&toks[k]) || lx.isHonorific(doc, k) {
			return true
		}
	}
	return false
}

// nameBeforeShortForm returns the capitalised name of two words or more
// before a bracketed short form that ends right before toks[k] and whose
// capitals are initials of the name's words ("Kessa Tarvo Readiness
// (KTR)", "Chilean Free Trade Area (CFTA)"), when no body, office or
// person makes the name (a place or a nationality may open it); or k, k.
func (lx *lexicon) nameBeforeShortForm(doc *Doc, k int) (int, int) {
	toks := doc.Tokens
	if k < 5 || toks[k-1].Text(doc) != ")" || toks[k-3].Text(doc) != "(" || toks[k-2].Kind != Word {
		return k, k
	}
	end := k - 3
	start := lx.coordinatedStart(doc, lx.nameStartBefore(doc, end))
	if end-start < 2 || lx.namesBodyOrPerson(doc, start, end) {
		return k, k
	}
	var caps []byte
	for _, c := range []byte(toks[k-2].Text(doc)) {
		if c >= 'A' && c <= 'Z' {
			caps = append(caps, c)
		}
	}
	if len(caps) < 2 || !initialsCover(doc, Span{TokStart: start, TokEnd: end}, string(caps)) {
		return k, k
	}
	return start, end
}

// maxAppositionWords bounds the lower-case words between "a" and the cue
// of an apposition ("a biennial multinational naval exercise").
const maxAppositionWords = 4

// nameInApposition proposes as an event the capitalised name that an
// apposition ending on a lower-case event cue toks[cue:cueEnd] describes: "Tarvo Kessa, a
// biennial exercise held in …", "Kessa Shield 25-2, a bilateral
// training exercise". The name may end on its edition; one that only
// places, nationalities, bodies, offices or people make is none
// ("Tarvo, a country that holds a yearly exercise").
func (s *eventStage) nameInApposition(doc *Doc, cue, cueEnd int) {
	toks := doc.Tokens
	// The cue, toks[cue:cueEnd], ends the apposition: "a biennial
	// exercise held in …", but "a regular exercise partner" is a partner,
	// and "the drill's host port" a port.
	if next := cueEnd; next < len(toks) && toks[next].Kind == Word && !s.lx.common.hasTok(&toks[next]) && !s.lx.opensClause(doc, &toks[next]) || possessiveAt(doc, cueEnd) {
		return
	}
	k := cue - 1
	for words := 0; k > 0 && words < maxAppositionWords && !toks[k].IsCap() && (toks[k].Kind == Word || toks[k].Kind == Number || toks[k].Text(doc) == "-"); k-- {
		if appositionArticle(toks[k].Lower(doc)) || s.lx.common.hasTok(&toks[k]) {
			break
		}
		if toks[k].Kind == Word {
			words++
		}
	}
	if k < 2 || !appositionArticle(toks[k].Lower(doc)) || toks[k-1].Text(doc) != "," {
		return
	}
	// "In addition to Kessa, the exercise will include …": after "the",
	// the cue may open a clause; an apposition ends on a mark or a
	// preposition ("Tarvo Lance, the largest drill in the region").
	if toks[k].Lower(doc) == "the" && cueEnd < len(toks) && toks[cueEnd].Kind == Word && !isPreposition(toks[cueEnd].Lower(doc)) {
		return
	}
	name := k - 1 // the comma
	end := name
	switch {
	case end > 3 && iteration(doc, end-3):
		end -= 3 // "Kessa Shield 25-2"
	case isYear(doc, &toks[end-1]) || twoDigits(doc, &toks[end-1]):
		end--
	}
	start := s.lx.nameStartBefore(doc, end)
	if start == end || toks[start].SentStart() && start == end-1 {
		return
	}
	own := false
	for j := start; j < end; j++ {
		if n, place := s.lx.isPlace(doc, j); place {
			j += n - 1
			continue
		}
		if s.lx.demonymWord(doc, j) {
			continue
		}
		if _, _, body := s.lx.orgHeads.longest(toks, j); body {
			return
		}
		if _, _, body := s.lx.org.longest(toks, j); body {
			return
		}
		if s.lx.isRoleHead(&toks[j]) || s.lx.givenNames.hasTok(&toks[j]) || s.lx.startsRank(doc, j) {
			return
		}
		own = true
	}
	if own {
		candidate(doc, start, name, Event, "", "event:apposition", PriorityTitle)
	}
}

// appositionArticle reports whether w opens an apposition that says
// what the name before it is: "Tarvo Lance, a month-long drill",
// "Tarvo Lance, the largest drill in the region".
func appositionArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// opensClause reports whether t, after a noun, opens a clause that
// describes it: a participle ("involving", "hosted"), or one of the short
// ones that isParticiple leaves out (context_words.tsv's
// `clause-participle`: "held", "led").
func (lx *lexicon) opensClause(doc *Doc, t *Token) bool {
	return lx.clauseParticiples.hasTok(t) || isParticiple(t.Lower(doc))
}

// nameStartBefore returns the start of the capitalised name that ends
// at toks[end], words glued by a hyphen included ("Joint-Sword"), in the
// same sentence.
func (lx *lexicon) nameStartBefore(doc *Doc, end int) int {
	toks := doc.Tokens
	start := end
	for start > 0 && end-start < maxNameSpan && !toks[start].SentStart() && !toks[start].Break() {
		switch {
		case lx.isNameWord(doc, &toks[start-1]):
			start--
		case start > 1 && start < end && toks[start-1].Text(doc) == "-" && !toks[start-1].SpaceBefore() && !toks[start].SpaceBefore() && toks[start-2].IsCap():
			start -= 2
		default:
			return start
		}
	}
	return start
}

// namesAfterCue proposes the capitalised names after a lower-case event cue
// as events, a list of them joined by commas and "and" ("exercises Vanguard
// Hawk, Viking Trident and Arctic Challenge", "exercise Cobra Gold 2024"),
// and returns where the list ends.
func (s *eventStage) namesAfterCue(doc *Doc, k int) int {
	toks := doc.Tokens
	// "an exercise called Khunjar Hadd", "the drills, known as “Kestrel
	// Guard”": the name after a word that introduces it.
	k = s.lx.introducedNameStart(doc, k)
	for n := 0; n < maxCuedEvents && k < len(toks); n++ {
		end := k
		// (A nationality's word is a name's after the cue: "exercise
		// Allied Spirit".)
		for end < len(toks) && end-k < maxNameSpan && (s.lx.isNameWord(doc, &toks[end]) || toks[end].IsCap() && s.lx.demonymWord(doc, end)) && !toks[end].Break() {
			end++
		}
		if end == k {
			break
		}
		_, end = s.lx.eventEdition(doc, k, end)
		candidate(doc, k, end, Event, "", "event:cue", PriorityTitle)
		if k = listNext(doc, end); k < 0 {
			return end
		}
	}
	return k
}

// apposedAfterCue returns where an event's name set off by commas after
// its lower-case cue toks[h:k] starts ("the joint exercise, Zorvik
// Strike, began"), or 0. The cue must follow a modifier that makes it a
// description ("joint", "annual", "bilateral"; not "During the
// exercise, Ivo Tarn said"), and the name must be closed by a comma or
// a full stop and open on no listed given name or place; a phrase that
// opens its sentence after a preposition is no description of it.
func (lx *lexicon) apposedAfterCue(doc *Doc, h, k int) int {
	toks := doc.Tokens
	if h == 0 || k+2 >= len(toks) || !isComma(doc, &toks[k]) || !lx.eventModifier(&toks[h-1]) || !lx.isNameWord(doc, &toks[k+1]) {
		return 0
	}
	// Not a clause's opening phrase: "After the annual exercise, Ivo
	// Tarn left".
	j := h - 1
	for j > 0 && j > h-4 && toks[j].Kind == Word && !toks[j].IsCap() && !isDeterminer(toks[j].Lower(doc)) {
		j--
	}
	if j > 0 && isDeterminer(toks[j].Lower(doc)) && toks[j-1].SentStart() {
		return 0
	}
	if _, place := lx.isPlace(doc, k+1); place || lx.givenNames.hasTok(&toks[k+1]) {
		return 0
	}
	end := k + 1
	for end < len(toks) && end-k <= maxNameSpan && (lx.isNameWord(doc, &toks[end]) || toks[end].Kind == Number) {
		end++
	}
	if end == len(toks) || !isComma(doc, &toks[end]) && toks[end].Text(doc) != "." {
		return 0
	}
	return k + 1
}

// eventModifier reports whether t, before a lower-case event cue, makes
// it a description of a named event ("the joint exercise"):
// context_words.tsv's `event-modifier`.
func (lx *lexicon) eventModifier(t *Token) bool {
	return lx.eventModifiers.hasTok(t)
}

// introducedNameStart returns where a name starts after a phrase that
// introduces it at toks[k] ("called", ", dubbed" (context_words.tsv's
// `name-intro`), ", known as" and an opening quote), or k when none does.
func (lx *lexicon) introducedNameStart(doc *Doc, k int) int {
	toks := doc.Tokens
	j := k
	if j < len(toks) && toks[j].Text(doc) == "," {
		j++
	}
	switch {
	case j < len(toks) && lx.nameIntros.hasTok(&toks[j]):
		j++
	case j+2 < len(toks) && toks[j].Lower(doc) == "code" && gluedHyphen(doc, j+1) && toks[j+2].Lower(doc) == "named":
		j += 3 // "code-named", as the tokenizer splits it
	case j+1 < len(toks) && toks[j].Lower(doc) == "known" && toks[j+1].Lower(doc) == "as":
		j += 2
	default:
		return k
	}
	if j < len(toks) && isQuote(toks[j].Text(doc)) {
		j++
	}
	return j
}

// activityNoun reports whether t is a lower-case noun of a military
// activity that is no opener of event_openers.txt (its capitalised form
// is an event's head) but whose name a naming word may introduce: "an
// offensive code-named Tarvo Storm", "the campaign, known as Kessa
// Spring,". Before the noun, a name says who wages it ("the Zorvik
// offensive"), so only the name after the naming word is read
// (context_words.tsv's `activity`).
func (lx *lexicon) activityNoun(t *Token) bool {
	return lx.activityNouns.hasTok(t)
}

// afterPossessive moves an event's start past a possessive "'s": the
// person or body before one holds the meeting and is not part of its name
// ("Secretary Lee's Meeting with …"); a plural possessive stays
// ("Defence Ministers' Meeting"), and so does an office's after the
// words that say whose office it is ("Kessa-Tarvo Minister's Meeting",
// "Zorvik Defence Minister's Meeting": the format, as the plural names
// it).
func (lx *lexicon) afterPossessive(doc *Doc, start, h int) int {
	toks := doc.Tokens
	for k := h - 1; k > start; k-- {
		if toks[k].Text(doc) == "'s" || toks[k].Text(doc) == "’s" {
			if lx.isRoleHead(&toks[k-1]) && k-1 > start {
				return start
			}
			return k + 1
		}
	}
	return start
}

// nounAfter reports whether toks[k], right after a head that is also an
// adjective ("Ministerial"), is a noun it qualifies: a word on the same
// line that is no small word, clause word or verb, no event head and no
// lower-case "meeting" ("Ministerial Teleconferences", "Ministerial
// consultations", but "the Kessa Ministerial in Zorvik", "Kessa
// Ministerial Meeting", "Ministerial meeting").
func (lx *lexicon) nounAfter(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k >= len(toks) || toks[k].Kind != Word || !toks[k].SpaceBefore() || toks[k].Newline() || lx.common.hasTok(&toks[k]) || isClauseWord(toks[k].Lower(doc)) || lx.beforeVerb(doc, k) {
		return false
	}
	if w := toks[k].Text(doc); w == "meeting" || w == "meetings" {
		return false
	}
	_, _, head := lx.eventHeads.longest(toks, k)
	return !head
}

// relatedTo moves an event's start over a name glued by a hyphen to
// "related" before it: the meetings are named by what they relate to
// ("the Kessa-related Foreign Ministers' Meetings"); an agent glued so
// ("Kessa-led", "Kessa-hosted") is no part of the name.
func relatedTo(doc *Doc, start int) int {
	toks := doc.Tokens
	if start >= 3 && toks[start-1].Lower(doc) == "related" && gluedHyphen(doc, start-2) && toks[start-3].IsCap() && toks[start-3].Kind == Word && toks[start].SpaceBefore() {
		return start - 3
	}
	return start
}

// mediaFormat reports whether toks[k] is a media word that a capitalised
// noun follows, a press format after a meeting's name ("Kessa Summit
// Media Roundtable", "… Press Conference"), not a body or a paper named
// after it ("Kessa Forum News said").
func (lx *lexicon) mediaFormat(doc *Doc, k int) bool {
	toks := doc.Tokens
	return k+1 < len(toks) && lx.mediaWords.hasExact(&toks[k]) && toks[k+1].Kind == Word && toks[k+1].IsCap() && toks[k+1].SpaceBefore() && !toks[k+1].Newline()
}

// awardAfter reports whether toks[k] is the capitalised noun of an award
// ("Afghanistan Campaign Medal", "Gulf War Ribbon"), which names no event
// (context_words.tsv's `award`, as spelt).
func (lx *lexicon) awardAfter(doc *Doc, k int) bool {
	return k < len(doc.Tokens) && lx.awardNouns.hasExact(&doc.Tokens[k])
}

// compoundAdjective reports whether a lower-case word is glued by a hyphen
// at toks[k], making the word before it part of an adjective
// ("Dialogue-style", "Summit-level").
func compoundAdjective(doc *Doc, k int) bool {
	toks := doc.Tokens
	return k+1 < len(toks) && toks[k].Text(doc) == "-" && !toks[k].SpaceBefore() && !toks[k+1].SpaceBefore() &&
		toks[k+1].Kind == Word && !toks[k+1].IsCap()
}

// isYear reports whether t is a four-digit number from 1000 to 2999.
func isYear(doc *Doc, t *Token) bool {
	s := t.Text(doc)
	return t.Kind == Number && len(s) == 4 && (s[0] == '1' || s[0] == '2') &&
		isDigit(rune(s[1])) && isDigit(rune(s[2])) && isDigit(rune(s[3]))
}

// agreementStage finds agreements: capitalised titles with an agreement
// head ("Framework Agreement on ...", "1982 United Nations Convention on
// the Law of the Sea"), a head after a proper name ("Minsk agreements"),
// and lower-case agreements described by their subject ("cooperation
// agreement on hydrology, oceanography and maritime cartography").
type agreementStage struct{ lx *lexicon }

func (s *agreementStage) Name() string { return "agreements" }

func (s *agreementStage) Process(doc *Doc) error {
	toks := doc.Tokens
	// "on 5 July 2022" after a subject is when it was signed, not what it
	// is about.
	dates := doc.dateStarts()
	for h := 0; h < len(toks); h++ {
		if toks[h].Kind != Word || !s.lx.mayStartAgreementHead(&toks[h]) {
			continue
		}
		n, v, ok := s.lx.matchAgreementHead(doc, h)
		if !ok {
			continue
		}
		title := toks[h].IsCap()
		if v == "title" && !title {
			continue
		}
		// "unable to reach agreement on …", "to secure his agreement on
		// the ceasefire": agreeing, or a person's consent, not an
		// instrument.
		if !title && h > 0 && (reachVerb(toks[h-1].Lower(doc)) || personalPossessive(toks[h-1].Lower(doc)) || toks[h-1].Lower(doc) == "no") {
			continue // nor "reached no agreement on …": none was made
		}
		// A statement is an instrument between parties only when joint
		// ("Joint Statement", "Joint Vision Statement"); "EU Statement",
		// "Opening Statement" are what one side said.
		if toks[h+n-1].Lower(doc) == "statement" && n == 1 && !(h > 0 && jointWord(toks[h-1].Lower(doc))) {
			continue
		}
		// "the cessation of hostilities agreement": a head before another
		// names what the instrument is about.
		twoHeads := false
		if !title && h+n < len(toks) && !toks[h+n].IsCap() {
			if m, _, ok := s.lx.matchAgreementHead(doc, h+n); ok && m == 1 {
				n++
				twoHeads = true
			}
		}
		if first, last := s.lx.nameBeforeShortForm(doc, h); !title && first < last {
			// "the Kessa Free Trade Area (KFTA) agreement": the name that
			// the bracket spells, and the head says what it is.
			candidate(doc, first, last, Agreement, "", "agreement", PriorityTitle)
			continue
		}
		start := h
		// "a June agreement": a month says when it was made, and names
		// no agreement.
		named := h > 0 && !toks[h].SentStart() && s.lx.isNameWord(doc, &toks[h-1]) && !toks[h-1].SentStart() && !dates[h-1]
		if title || named {
			start = s.lx.coordinatedStart(doc, s.lx.instrumentStart(doc, s.lx.extendLeft(doc, h), h))
			if title && start == h-1 && releaseLabel(toks[start].Lower(doc)) {
				continue // "Press Statement": the kind of release, not an agreement
			}
			if title && s.lx.listedOrgEndsAt(toks, start, h+n) {
				continue // "the Warsaw Pact": a grouping with members is a body (ANNOTATION.md)
			}
			if start < h {
				start = s.lx.titleOfThe(doc, start) // but "Signing Ceremony of the Memorandum"
			}
			if title {
				// "the U.S. – Tarvo Bilateral Agreement": both parties;
				// "the Five Power Defence Agreement": a count in words
				// opens a title.
				start = s.lx.titleAfterBody(doc, partiesStart(doc, s.lx.placePairStart(doc, start)), h, h+n)
				if start > 0 && toks[start-1].IsCap() && !toks[start-1].SentStart() && cardinalWord(toks[start-1].Lower(doc)) {
					start--
				}
				start = s.lx.meetingYearBefore(doc, start)
			}
		} else {
			for mods := 0; mods < 2; mods++ {
				m := s.lx.modifierBefore(doc, start)
				if m == 0 {
					break
				}
				start -= m
				// "a legally binding agreement on …": the adverb of a
				// modifier.
				if a := start - 1; a > 0 && toks[a].Kind == Word && !toks[a].IsCap() && len(toks[a].Text(doc)) > 4 && strings.HasSuffix(toks[a].Text(doc), "ly") {
					start = a
					break
				}
			}
		}
		described := !title && !named && start < h && s.lx.describedAgreement(doc, &start, h)
		end := s.lx.agreementSubject(doc, h+n, dates)
		// "an agreement between Baghdad and Washington", "an accord
		// between Prime Minister Ivo Tarn and Zorvan" name the parties,
		// not what it is about ("agreement between Tarvo and Zorva
		// governments on oil exports" does).
		if end > h+n && toks[h+n].Lower(doc) == "between" {
			// "the agreement between the two parties", "a deal between
			// both sides": parties counted, not named; a subject may
			// follow them ("… on a common framework").
			if ge := countedParties(doc, h+n+1); ge > 0 {
				end = h + n
				if ge+1 < len(toks) && subjectWord(toks[ge].Lower(doc)) && toks[ge].Lower(doc) != "to" && toks[ge].Lower(doc) != "of" {
					end = s.lx.agreementSubject(doc, ge, dates)
				}
			}
		}
		if end > h+n && toks[h+n].Lower(doc) == "between" {
			// Two states or listed bodies after "between", titled
			// agreement or not, are its parties whatever words follow
			// them, unless a subject does ("between Kessa and Tarvo on
			// fisheries"): "the Kessa Partnership Agreement between the
			// European Union and Tarvo", "a defence agreement between
			// Kessa and Tarvo within months".
			if pe := s.lx.partiesEnd(doc, h+n+1); pe > 0 && (pe >= end || !subjectWord(toks[pe].Lower(doc))) {
				end = h + n
			} else if !title && (s.lx.onlyPlaces(doc, h+n+1, end) || s.lx.namesPeople(doc, h+n+1, end) || end < len(toks) && toks[end].Lower(doc) == "and") {
				end = h + n
			}
		}
		// "UK-Japan treaties", "Tarvo security agreements": a plural in
		// lower case that no subject follows is a class of instruments,
		// unless a name that is no party's names it (the "Minsk
		// agreements", where they were signed).
		if last := &toks[h+n-1]; !title && end == h+n && last.Kind == Word && last.endsInS() && !(named && start < h && !s.lx.namesCountry(doc, start, h) && !gluedParties(doc, start, h)) {
			continue
		}
		// "the Kessa-Tarvo agreement": the parties alone before a bare
		// head in lower case say who made it, and name no agreement (the
		// places stay GPEs, as in "an agreement between Kessa and
		// Tarvo"); a subject after it names one.
		if named && !title && end == h+n && (s.lx.onlyPlaces(doc, start, h) || gluedParties(doc, start, h)) {
			continue
		}
		// "Joint Statement Regarding …" opening a text is the release's
		// own title, what the text is, not an instrument it names.
		if start == 0 && toks[h+n-1].Lower(doc) == "statement" {
			h = end - 1
			continue
		}
		switch {
		case end > h+n: // has a subject
		case named && start < h:
		case title && (start < h || n > 1):
		case described, twoHeads:
		default:
			continue
		}
		candidate(doc, start, end, Agreement, "", "agreement", PriorityTitle)
		h = end - 1
	}
	return nil
}

// listedOrgEndsAt reports whether a listed organisation that starts in
// toks[start:end] ends at end: an alliance named by its founding pact
// ("the Warsaw Pact", "Baghdad Pact") is an ORG, even after a capital that
// opens the sentence ("Former Warsaw Pact states").
func (lx *lexicon) listedOrgEndsAt(toks []Token, start, end int) bool {
	for k := start; k < end; k++ {
		if n, _, ok := lx.org.longest(toks, k); ok && k+n == end {
			return true
		}
	}
	return false
}

// gluedParties reports whether toks[start:end] are two capitalised words
// or more, each alone, glued by hyphens or dashes ("Zorvik-Pilna",
// "Kessa–Tarvo-Zorvia"): the parties a head in lower case after them was
// made by, known places or not.
func gluedParties(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	if (end-start)%2 == 0 || end-start < 3 {
		return false
	}
	for k := start; k < end; k++ {
		t := &toks[k]
		if (k-start)%2 == 0 {
			if t.Kind != Word || !t.IsCap() {
				return false
			}
			continue
		}
		if !isDash(t.Text(doc)) || t.SpaceBefore() || toks[k+1].SpaceBefore() {
			return false
		}
	}
	return true
}

// describedAgreement reports whether the lower-case agreement whose
// modifiers start at *start names its subject before its head and is one
// instrument the text knows: after "the", or after the parties' names,
// which it then takes ("the maritime border agreement", "the Tarvo
// nuclear deal", "Tarvo-Zorvan maritime border agreement"). A modifier
// that names no subject (context_words.tsv's `agreement-no-subject`:
// "cooperation", "framework", "partnership") does
// not count, nor does one that names the settlement every conflict ends
// in ("the peace agreement", "the ceasefire deal": a common noun, as
// "the ceasefire" is), nor does "a" ("a security treaty").
func (lx *lexicon) describedAgreement(doc *Doc, start *int, h int) bool {
	toks := doc.Tokens
	subject := false
	for k := *start; k < h; k++ {
		w := toks[k].Lower(doc)
		if k+2 < h && gluedHyphen(doc, k+1) {
			w = strings.ToLower(doc.Text[toks[k].Start:toks[k+2].End]) // "co-operation"
			k += 2
		}
		if !lx.agreementNoSubjects.has(w) {
			subject = subject || !(len(w) > 4 && strings.HasSuffix(w, "ly")) // ("legally binding": no subject)
		}
	}
	k := *start
	for k > 0 && (toks[k-1].Lower(doc) == "bilateral" || toks[k-1].Lower(doc) == "trilateral") {
		k--
	}
	if !subject || k == 0 {
		return false
	}
	// The parties before it: "the Tarvo nuclear deal", "Turkish-Libyan".
	p := k
	for p > 0 && (p == k || !toks[p].SpaceBefore()) && (lx.placeOrNationality(doc, p-1) || p < k && (toks[p-1].Text(doc) == "-" || toks[p-1].Text(doc) == "–")) {
		p--
	}
	switch {
	case p < k && lx.placeOrNationality(doc, p):
		*start = p
		// "Turkish-Libyan maritime border agreement": nationalities say
		// whose it is and stay out of the span, as before a body's
		// name; a country's name stays ("the Tarvo nuclear deal").
		if lx.onlyNationalities(doc, p, k) {
			*start = k
		}
		return true
	case toks[k-1].Lower(doc) == "the":
		*start = k
		return true
	}
	return false
}

// onlyNationalities reports whether the words of toks[start:end] are all
// nationality adjectives, not places' names (dashes between them).
func (lx *lexicon) onlyNationalities(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	for q := start; q < end; q++ {
		if toks[q].Kind != Word {
			continue
		}
		if _, place := lx.isPlace(doc, q); place || !lx.demonymWord(doc, q) {
			return false
		}
	}
	return true
}

// modifierBefore returns the tokens of the agreement's modifier that ends
// just before toks[k] (agreement_modifiers.txt), a word or a compound
// glued by a hyphen ("co-operation"), or 0.
func (lx *lexicon) modifierBefore(doc *Doc, k int) int {
	toks := doc.Tokens
	if k >= 3 && gluedHyphen(doc, k-2) && lx.agreementMods.has(strings.ToLower(doc.Text[toks[k-3].Start:toks[k-1].End])) {
		return 3
	}
	if k >= 1 && lx.agreementMods.hasTok(&toks[k-1]) {
		if k >= 3 && gluedHyphen(doc, k-2) && toks[k-3].Kind == Word && !toks[k-3].IsCap() {
			return 3 // "a non-binding agreement on …": the compound whole, no "non-" cut off
		}
		return 1
	}
	return 0
}

// matchAgreementHead matches an agreement head at toks[h], by phrase or,
// for one word, by its stem ("agreements", "treaties").
func (lx *lexicon) matchAgreementHead(doc *Doc, h int) (int, string, bool) {
	toks := doc.Tokens
	if lx.agreementHeads.startsAt(toks, h) {
		if n, v, ok := lx.agreementHeads.longest(toks, h); ok {
			return n, v, ok
		}
	}
	w := toks[h].Lower(doc)
	// Only a plural inflects a head noun: "According" stems to "accord"
	// too, but is no agreement.
	if len(w) < 4 || w[len(w)-1] != 's' {
		return 0, "", false
	}
	p := w[:min(len(w), agreementPrefix)]
	if !lx.agreementPrefixWords.mayHave(p) {
		return 0, "", false
	}
	if n, ok := lx.agreementPrefixes[p]; !ok || len(w) < n {
		return 0, "", false // inflects no head: no need to stem
	}
	v, ok := lx.agreementStems[english.Stem(w, false)]
	return 1, v, ok
}

// mayStartAgreementHead is matchAgreementHead's first test, small enough
// to be inlined: a head's first word, or a word ending in "s" or "S" that
// may be a plural head.
func (lx *lexicon) mayStartAgreementHead(t *Token) bool {
	return t.props&propAgreementStart != 0 || t.endsInS()
}

// titleAfterBody returns h, where an agreement's title head stands, when
// the words from start are a state's body, a place and a body's head
// ending just before it, and the head opens a complement of its own at
// toks[end] ("of", "on"): in "the U.S. Coast Guard Compact of Free Tarvo
// adviser" the title begins at its head, and the state's service is who
// applies it. A union of states still opens its convention's title ("the
// Tarvo Union Convention on …", "the African Union Convention on …"), as
// no place opens it. Otherwise it returns start.
func (lx *lexicon) titleAfterBody(doc *Doc, start, h, end int) int {
	toks := doc.Tokens
	if start == h || end >= len(toks) || toks[end].Lower(doc) != "of" && toks[end].Lower(doc) != "on" {
		return start
	}
	n, place := lx.isPlace(doc, start)
	if !place && toks[start].isAcronym() {
		n, place = 1, true // "U.S.", "ROK": a state's short form, listed or not
	}
	if !place || start+n >= h {
		return start
	}
	for k := start; k < h; k++ {
		if n, _, ok := lx.orgHeads.longest(toks, k); ok && k+n == h && toks[k].IsCap() {
			return h
		}
	}
	return start
}

// instrumentStart moves the start of an agreement's title past the
// nationality adjectives that open it (dropDemonyms), unless they open an
// event's name that the title holds: "Korean War Armistice" is named
// after the war.
func (lx *lexicon) instrumentStart(doc *Doc, start, h int) int {
	toks := doc.Tokens
	after := lx.dropDemonyms(doc, start, h, h+1)
	for k := after; k < h; k++ {
		if _, v, ok := lx.eventHeads.longest(toks, k); ok && v != "tail" && toks[k].IsCap() {
			return start
		}
	}
	return after
}

// namesCountry reports whether a country's name starts among
// toks[start:end].
func (lx *lexicon) namesCountry(doc *Doc, start, end int) bool {
	for k := start; k < end; k++ {
		if n, _, ok := lx.gpe.longest(doc.Tokens, k); ok && k+n <= end && lx.isCountry(doc, k, k+n) {
			return true
		}
	}
	return false
}

// releaseLabel reports whether w, before a statement's head, names the
// kind of release that a text is ("Press Statement", "Media Statement").
func releaseLabel(w string) bool { return w == "press" || w == "media" }

// reachVerb reports whether w is a form of "reach", after which a bare
// "agreement" is the state of agreeing ("reached agreement on the
// text"), as "consensus" is.
func reachVerb(w string) bool {
	switch w {
	case "reach", "reaches", "reached", "reaching":
		return true
	}
	return false
}

// personalPossessive reports whether w is a person's possessive
// determiner, before which "agreement" is consent ("his agreement").
func personalPossessive(w string) bool {
	switch w {
	case "his", "her", "my", "your":
		return true
	}
	return false
}

// jointWord reports whether w, before "Statement", makes it the
// statement of several parties.
func jointWord(w string) bool { return w == "joint" || w == "vision" }

// titleOfThe moves a title's start over "X of the" or "X of" before it,
// where X is capitalised, and the year before X: "1982 Law of the Sea
// Convention", "Status of Forces Agreement". A word that opens a sentence
// alone is capitalised by its place, not as a title's ("Implementation of
// the Tarvo Treaty enhances …").
func (lx *lexicon) titleOfThe(doc *Doc, start int) int {
	toks := doc.Tokens
	of := start - 1
	if of > 0 && toks[of].Lower(doc) == "the" {
		of--
	}
	if of < 1 || toks[of].Lower(doc) != "of" || !toks[start].IsCap() {
		return start
	}
	k := of - 1
	if !lx.isNameWord(doc, &toks[k]) || toks[k].isAcronym() || isRoman(toks[k].Text(doc)) {
		return start // "Chapter VII of the United Nations Charter": a part of it
	}
	if toks[k].SentStart() || lx.onlyBody(doc, k, k+1) {
		return start // "Ministry of Defence Agreement": a body's
	}
	if lx.isRoleHead(&toks[k]) || lx.eventHeadEndsAt(doc, k) {
		return start // "Review Conference of the Kessa Treaty": a meeting's name
	}
	if _, place := lx.isPlace(doc, k); place {
		return start
	}
	if first := lx.extendLeft(doc, k); !lx.partOfText(&toks[first]) {
		return first
	}
	return start
}

// cardinalWord reports whether w is a count in words from two to twelve
// ("Three Joint Communiques").
func cardinalWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
		return true
	}
	return false
}

// partOfText reports whether t names a part of a text ("Article 5 of the
// Treaty"), which is no part of the text's title (context_words.tsv's
// `text-part`).
func (lx *lexicon) partOfText(t *Token) bool {
	return lx.textParts.hasTok(t)
}

// namesPeople reports whether toks[start:end] hold an office, a rank or a
// given name: people, who are parties to an agreement, not its subject.
func (lx *lexicon) namesPeople(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	for k := start; k < end; k++ {
		if lx.isRoleHead(&toks[k]) && toks[k].IsCap() || lx.startsRank(doc, k) || lx.givenNames.hasTok(&toks[k]) && toks[k].IsCap() {
			return true
		}
	}
	return false
}

// maxSubject bounds the subject of an agreement, in tokens.
const maxSubject = 40

// agreementPrefix is how many first letters a word must share with a
// one-word agreement head before it is worth stemming.
const agreementPrefix = 4

// agreementSubject returns the end of the subject that follows an
// agreement head at toks[k] ("on cooperation and training"), or k when
// there is none. The subject runs to the end of the noun phrase: a
// sentence mark, a clause word, a comma that does not continue a list, or
// "and" before a new determiner.
func (lx *lexicon) agreementSubject(doc *Doc, k int, dates []bool) int {
	toks := doc.Tokens
	if k+1 >= len(toks) {
		return k
	}
	switch toks[k].Lower(doc) {
	case "on", "of", "between", "concerning", "regarding", "for", "against":
	case "to":
		if !titleGoesOn(doc, k) {
			return k
		}
	default:
		// "the Treaty Establishing the Kessa Community", "the Protocol
		// Amending the Tarvo Convention": a title's participle in
		// capitals and what it acts on.
		if !titleParticiple(doc, k) {
			return k
		}
	}
	if toks[k+1].Kind != Word {
		// "Mutual Defense Treaty of 1951": the year of a title; but
		// "agreement on 2 December" is a date, not a subject.
		if toks[k].Lower(doc) == "of" && isYear(doc, &toks[k+1]) && endsPhrase(doc, k+2) {
			return k + 2
		}
		return k
	}
	// A subject in capitals is a title, and ends where the capitals do
	// ("Convention on the Law of the Sea, freedom of navigation"); one
	// that opens with a name is not ("on Vietnam - France defence
	// cooperation").
	first := k + 1
	if toks[first].Lower(doc) == "the" && first+1 < len(toks) {
		first++
	}
	_, place := lx.isPlace(doc, first)
	_, _, org := lx.org.longest(toks, first)
	titled := toks[first].IsCap() && !place && !org && !toks[first].isAcronym() && !lx.demonymWord(doc, first)
	end := k
	for j := k + 1; j < len(toks) && j-k <= maxSubject && !toks[j].Break(); j++ {
		t := &toks[j]
		if inCompound(doc, j) {
			continue // "State-to-State": a word inside a hyphened compound
		}
		switch {
		case titled && t.Text(doc) == "," && lx.titleSeries(doc, j):
			// "Convention on the Prohibition of the Development,
			// Production, Stockpiling and Use of Kessa Weapons": a
			// series of capitalised nouns inside the title.
		case titled && (t.Text(doc) == "," || t.Kind == Word && !t.IsCap() && !lx.common.hasTok(t) && !yearsPeriod(doc, j)):
			return end
		case dates[j] && isWhenPreposition(toks[j-1].Lower(doc)):
			return end // "... on 5 July 2022", "... in early 2025"
		case !titled && t.Lower(doc) == "to" && gerundIn(doc, k+1, j) && lx.placeAt(doc, j+1) > 0:
			// "agreement on sending troops to Kessa": where the act
			// of the subject goes, which ends it (not "to Kessa's
			// benefit").
			if e := j + 1 + lx.placeAt(doc, j+1); !possessiveAt(doc, e) {
				return e
			}
			return end
		case t.Lower(doc) == "to" && titleGoesOn(doc, j):
		case t.Kind == Punct && t.Text(doc) != "-" && t.Text(doc) != "–" && t.Text(doc) != "," && t.Text(doc) != "&":
			return end
		case t.Text(doc) == ",":
			if j+1 >= len(toks) || toks[j+1].Kind != Word || lx.common.hasTok(&toks[j+1]) || isParticiple(toks[j+1].Lower(doc)) {
				return end // ", and ...", ", agreeing to ...": a new clause
			}
		case lx.agreementStops.hasExact(t):
			// A title goes on in capitals: "Trade in Drones".
			if _, place := lx.isPlace(doc, j+1); titled && j+1 < len(toks) && toks[j+1].IsCap() && toks[j+1].Kind == Word && !place {
				continue
			}
			// "in", "at" end the subject before a place, a date or a new
			// phrase, not before a plain noun ("cooperation in cadre
			// training").
			if (t.Lower(doc) == "in" || t.Lower(doc) == "at") && j+1 < len(toks) && toks[j+1].Kind == Word &&
				!toks[j+1].IsCap() && !isDeterminer(toks[j+1].Lower(doc)) && !lx.common.hasTok(&toks[j+1]) {
				continue
			}
			return end
		case t.Lower(doc) == "and" || t.Lower(doc) == "or":
			if j+1 < len(toks) && isDeterminer(toks[j+1].Lower(doc)) {
				return end
			}
		case lx.subjectVerb(doc, j, k):
			return end // "the agreement on fisheries collapsed in May": the clause's verb
		case t.Kind == Number || t.Kind == Word && !lx.common.hasTok(t):
			end = j + 1 // small words count only inside the subject
		}
	}
	return end
}

// titleParticiple reports whether toks[k] is a capitalised participle in
// "-ing" after a capitalised head, then "the" and a capitalised word:
// "Agreement Continuing the Kessa Center", "Treaty Establishing the Tarvo
// Community" (not "the Kessa Agreement Signing Ceremony").
func titleParticiple(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < 1 || k+2 >= len(toks) || toks[k].Kind != Word || !toks[k].IsCap() || !toks[k-1].IsCap() || toks[k].Newline() || toks[k].isAcronym() {
		return false
	}
	w := toks[k].Text(doc)
	return len(w) > 6 && strings.HasSuffix(w, "ing") && toks[k+1].Lower(doc) == "the" && toks[k+2].Kind == Word && toks[k+2].IsCap()
}

// titleSeries reports whether the comma at toks[j] goes on with a series
// of single capitalised words, each after a comma and none a place or a
// nationality, that "and" and a capitalised word close before "of": ",
// Production, Stockpiling and Use of" in a convention's title.
func (lx *lexicon) titleSeries(doc *Doc, j int) bool {
	toks := doc.Tokens
	for k := j; k+3 < len(toks) && k-j <= 12; k += 2 {
		if toks[k+1].Kind != Word || !toks[k+1].IsCap() || toks[k+1].Newline() || toks[k+1].isAcronym() || lx.placeOrNationality(doc, k+1) {
			return false
		}
		switch toks[k+2].Text(doc) {
		case ",":
			continue
		case "and":
			return k+4 < len(toks) && toks[k+3].Kind == Word && toks[k+3].IsCap() && toks[k+4].Lower(doc) == "of"
		}
		return false
	}
	return false
}

// yearsPeriod reports whether toks[j] is a period noun after a year, the
// end of the span of years that a title covers ("Joint Vision Statement on
// Defence Cooperation for the 2026-2030 period"), which the title keeps in
// lower case.
func yearsPeriod(doc *Doc, j int) bool {
	toks := doc.Tokens
	return j > 0 && isPeriodNoun(toks[j].Lower(doc)) && isYear(doc, &toks[j-1])
}

// inCompound reports whether toks[j] is a word glued by hyphens to the
// words on both sides ("to" of "State-to-State").
func inCompound(doc *Doc, j int) bool {
	toks := doc.Tokens
	return j > 1 && j+2 < len(toks) && toks[j].Kind == Word && toks[j-1].Text(doc) == "-" && toks[j+1].Text(doc) == "-" &&
		!toks[j-1].SpaceBefore() && !toks[j].SpaceBefore() && !toks[j+1].SpaceBefore() && !toks[j+2].SpaceBefore()
}

// titleGoesOn reports whether the title before toks[k], a "to", goes on
// after it: between capitals ("Protocol to the North Atlantic Treaty",
// "Declaration of Commitment to Protect Civilians").
func titleGoesOn(doc *Doc, k int) bool {
	toks := doc.Tokens
	j := k + 1
	if j+1 < len(toks) && toks[j].Lower(doc) == "the" {
		j++
	}
	return k > 0 && j < len(toks) && toks[k-1].IsCap() && toks[j].IsCap()
}

// isParticiple reports whether w looks like a participle that opens a
// clause after a comma ("agreeing", "signed").
func isParticiple(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// isWhenPreposition reports whether w introduces when something happened
// ("on 5 July", "in 2015"), not what it is about ("towards 2030").
func isWhenPreposition(w string) bool {
	switch w {
	case "on", "in", "at", "since", "by", "during", "from":
		return true
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those":
		return true
	}
	return false
}

// partiesEnd returns the end of two or more parties from toks[k] — places
// or listed bodies, or capitalised names no list knows (partyName), "the"
// maybe before each, joined by "and", a comma or a dash — or 0.
func (lx *lexicon) partiesEnd(doc *Doc, k int) int {
	toks := doc.Tokens
	parties, end := 0, 0
	for k < len(toks) && parties < maxParties+1 {
		if toks[k].Lower(doc) == "the" {
			k++
		}
		n, ok := lx.isPlace(doc, k)
		if !ok {
			if n, _, ok = lx.org.longest(toks, k); !ok {
				if n = lx.partyName(doc, k); n == 0 {
					break
				}
			}
		}
		parties++
		k += n
		end = k
		if k >= len(toks) {
			break
		}
		switch w := toks[k].Lower(doc); {
		case w == "and" || w == "," || isDash(w):
			k++
		default:
			k = len(toks)
		}
	}
	if parties < 2 {
		return 0
	}
	return end
}

// maxPartyWords bounds the words of a party's name that no list knows.
const maxPartyWords = 3

// partyName returns the tokens of a capitalised name at toks[k] that may
// be a party no list knows ("between Zorvia and the Tarvo Republic"): up
// to maxPartyWords words on the line, none a word that opens a title's
// subject ("Concerning"), and not a nationality alone ("between Kessan
// and Tarvan governments" names them in the noun after); or 0 for a
// longer run, which is a title's words ("between Kessa Concerning
// Maritime Cooperation").
func (lx *lexicon) partyName(doc *Doc, k int) int {
	toks := doc.Tokens
	e := k
	for e < len(toks) && lx.isNameWord(doc, &toks[e]) && !subjectWord(toks[e].Lower(doc)) && (e == k || toks[e].SpaceBefore() && !toks[e].Newline()) {
		e++
	}
	if e-k > maxPartyWords || e-k == 1 && lx.demonymWord(doc, k) || e < len(toks) && toks[e].IsCap() && toks[e].Kind == Word && toks[e].SpaceBefore() {
		return 0
	}
	return e - k
}

// subjectVerb reports whether toks[j], a lower-case word in "-ed" inside
// an agreement's subject that opened at toks[k], is the verb of the
// clause the agreement is the subject of: right after a noun of the
// subject (no small word), and before a mark, an article or a small word
// ("the accord on trade faltered.", "the deal on grain ended the
// dispute"); "the agreement on mutual protection of classified
// information" keeps its adjective after "of".
func (lx *lexicon) subjectVerb(doc *Doc, j, k int) bool {
	toks := doc.Tokens
	t := &toks[j]
	if t.Kind != Word || t.IsCap() || j < k+2 || j+1 > len(toks) || !strings.HasSuffix(t.Text(doc), "ed") || len(t.Text(doc)) < 5 {
		return false
	}
	p := &toks[j-1]
	if p.Kind != Word || p.IsCap() || lx.common.hasTok(p) {
		return false
	}
	if j+1 == len(toks) {
		return true
	}
	n := &toks[j+1]
	return n.Kind == Punct || n.Kind == Word && !n.IsCap() && lx.common.hasTok(n)
}

// meetingYearBefore returns where a title opens over the meeting whose
// year opens it at toks[start], named by an acronym no list knows ("the
// KESMIN 2012 Joint Communique", the communiqué of that year's KESMIN),
// or start: a listed body or place before the year is the issuer ("the
// ASEAN 2023 Joint Statement" keeps ASEAN an ORG).
func (lx *lexicon) meetingYearBefore(doc *Doc, start int) int {
	toks := doc.Tokens
	if start < 1 || !isYear(doc, &toks[start]) || !toks[start].SpaceBefore() || toks[start].Newline() {
		return start
	}
	k := start - 1
	if toks[k].Kind != Word || !toks[k].isAcronym() || len(toks[k].Text(doc)) < 3 {
		return start
	}
	if _, place := lx.isPlace(doc, k); place {
		return start
	}
	if _, _, body := lx.org.longest(toks, k); body {
		return start
	}
	return k
}

// gerundIn reports whether a lower-case word in "-ing" stands among
// toks[from:to] ("sending", "supplying").
func gerundIn(doc *Doc, from, to int) bool {
	toks := doc.Tokens
	for q := from; q < to; q++ {
		if t := &toks[q]; t.Kind == Word && !t.IsCap() && len(t.Text(doc)) > 5 && strings.HasSuffix(t.Text(doc), "ing") {
			return true
		}
	}
	return false
}

// placeAt returns the length of a known place's name that starts at
// toks[k], or 0.
func (lx *lexicon) placeAt(doc *Doc, k int) int {
	if k >= len(doc.Tokens) {
		return 0
	}
	n, ok := lx.isPlace(doc, k)
	if !ok {
		return 0
	}
	return n
}

// countedParties returns the end of the parties that "between" counts or
// calls by a common noun instead of naming them at toks[k] ("the two
// parties", "the three countries", "both sides", "the companies"), or 0.
func countedParties(doc *Doc, k int) int {
	toks := doc.Tokens
	switch {
	case k+1 < len(toks) && toks[k].Lower(doc) == "the":
		k++
		switch toks[k].Lower(doc) {
		case "two", "three", "four":
			k++
		}
	case k < len(toks) && toks[k].Lower(doc) == "both":
		k++
	default:
		return 0
	}
	if k < len(toks) && toks[k].Kind == Word && !toks[k].IsCap() && toks[k].endsInS() {
		return k + 1
	}
	return 0
}

// subjectWord reports whether w opens what an agreement is about after
// its parties ("between Kessa and Tarvo on fisheries").
func subjectWord(w string) bool {
	switch w {
	case "on", "for", "concerning", "regarding", "about", "to", "of":
		return true
	}
	return false
}

// plainBodyHeadAt reports whether toks[k] is one word of org_heads.txt
// with no mode ("Fund", "Foundation", "Association"): a body's head that
// no service, office or theatre shares.
func (lx *lexicon) plainBodyHeadAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	if toks[k].Kind != Word || !toks[k].IsCap() || !lx.orgHeads.startsAt(toks, k) {
		return false
	}
	n, v, ok := lx.orgHeads.longest(toks, k)
	return ok && n == 1 && v == ""
}

// figurativeIn reports whether "in" at toks[k] opens a bare lower-case
// noun that ends its phrase, no place ("an exercise in patience", "a
// drill in futility for"): not before an article or a determiner, a
// capitalised name, a number or a part of a place ("in the Pacific", "in
// Kessa", "in southern Tarvo"), nor a longer phrase ("in which sailors").
func (lx *lexicon) figurativeIn(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k].Kind != Word || toks[k].End-toks[k].Start != 2 || toks[k].Lower(doc) != "in" {
		return false
	}
	n := &toks[k+1]
	return n.Kind == Word && !n.IsCap() && !nounDeterminer(n.Lower(doc)) && !lx.placePartWords.hasTok(n) && endsPhrase(doc, k+2)
}

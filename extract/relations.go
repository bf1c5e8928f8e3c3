package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// mentionStage finds the short mentions of the people named in full
// ("Chien" after "Hoang Xuan Chien", "Baldwin" after "Harriett Baldwin"),
// anywhere in the document, headlines before the full name included, in
// the gaps the resolver left. It runs after the resolver.
type mentionStage struct{ lx *lexicon }

func (s *mentionStage) Name() string { return "mentions" }

// mentionRule is the rule of the short mentions mentionStage adds.
const mentionRule = "person:mention"

func (s *mentionStage) Process(doc *Doc) error {
	names := &doc.scratch.names
	names.reset()
	s.lx.addMentionNames(names, doc, doc.Entities)
	s.lx.addMentions(doc, names)
	return nil
}

// mentionNames is what the other mentions of a document's events and
// people are found from: the names the document gives them in full.
type mentionNames struct {
	// named holds the texts of the events' names and of ships' names
	// without their prefix ("Dauntless" of "Coast Guard Cutter
	// Dauntless"), with their label.
	named namedTexts
	// short holds the lower-case words that can stand for a person
	// alone; shortFilter is its first test.
	short       map[string]bool
	shortFilter textFilter
	// surnames holds the family names that are also places ("Langley").
	surnames map[string]bool
	// full holds the full names of people, for their repeats that no cue
	// found.
	full map[string]bool
	// compounds holds the lower-case hyphenated words of full names that
	// stand for a person whole ("jong-su" of "Kim Jong-su").
	compounds map[string]bool
	// compoundHeads holds the first words of compounds ("tae" of
	// "tae-su"): another compound they open is no mention of the person.
	compoundHeads map[string]bool
	// heads holds the head words of organisations, agreements, events and
	// places named in full ("Council" of "Council of the European Union",
	// "Treaty" of "Arms Trade Treaty", "Strait" of "Kessa Strait"), with
	// their label: their later mentions alone after "the" ("the Council
	// adopted"), or "this" for an agreement ("this Treaty"), are those
	// names.
	heads map[string]Label
	// places holds the names of places that only their context found ("in
	// Tarvik"), with their label: the text's other mentions of the name
	// are the same place ("the Tarvik market", "Tarvik-based").
	places namedTexts
	// copies says that the sets copy the lower-case forms they keep: set
	// for a document processed in windows, whose windows' buffers of
	// lower-case forms they must not hold on to.
	copies bool
}

// reset empties the sets for another document, keeping their memory.
func (n *mentionNames) reset() {
	clear(n.short)
	n.shortFilter = textFilter{}
	clear(n.surnames)
	clear(n.full)
	clear(n.compounds)
	clear(n.compoundHeads)
	clear(n.heads)
	n.named.reset()
	n.places.reset()
}

// capsShortName reports whether the organisation e, an unknown acronym's
// guess before a colon, is a word of a person's name written in capitals,
// as transcripts label their speakers ("SEC. TARN:" after "Ivo Tarn").
func capsShortName(doc *Doc, e *Span, n *mentionNames) bool {
	toks := doc.Tokens
	end := int(e.TokEnd)
	return end-int(e.TokStart) == 1 && end < len(toks) && toks[end].Text(doc) == ":" &&
		e.Rule(doc) == "org:acronym" && toks[e.TokStart].isCapsWord() && n.short[toks[e.TokStart].Lower(doc)]
}

// isShort reports whether the lower-case word w can stand for a person
// named in full, with or without its diacritics ("Nguyễn" for "Nguyen Van
// Khoa").
func (n *mentionNames) isShort(w string) bool {
	if n.shortFilter.mayHave(w) && n.short[w] {
		return true
	}
	f := foldMarks(w)
	return f != w && n.short[f]
}

// maxNamedMention bounds the words of an event's or a ship's name that
// other mentions repeat.
const maxNamedMention = 4

// addMentionNames adds to n the names of the EVENT and PERSON entities
// among ents, entities of doc.
func (lx *lexicon) addMentionNames(n *mentionNames, doc *Doc, ents []Span) {
	toks := doc.Tokens
	if n.short == nil {
		n.short, n.full = map[string]bool{}, map[string]bool{}
	}
	for _, e := range ents {
		switch {
		case e.Label == Event:
			lx.addNamed(n, doc, e.TokStart, e.TokEnd, Event)
			// "Eagle Partner" after "Eagle Partner 23": the name without
			// its edition.
			end := int(e.TokEnd)
			if last := &toks[end-1]; end-int(e.TokStart) > 1 && (twoDigits(doc, last) || isYear(doc, last) || romanEdition(doc, last)) {
				end--
				lx.addNamed(n, doc, e.TokStart, end, Event)
			} else if end-int(e.TokStart) > 3 && iteration(doc, end-3) {
				end -= 3 // "Kessa Shield" after "Kessa Shield 24-1"
				lx.addNamed(n, doc, e.TokStart, end, Event)
			}
			// "Kestrel Gull" after "Exercise Kestrel Gull": the name
			// without the word that opens it; but after "Battle of
			// Tarvik", "Tarvik" is the place.
			start := int(e.TokStart)
			if m, _, ok := lx.eventOpeners.longest(toks, start); ok && toks[start].IsCap() && end-(start+m) >= 1 && toks[start+m-1].Lower(doc) != "of" {
				start += m
				lx.addNamed(n, doc, start, end, Event)
				// "TARVEX's staff" after "Operation TARVEX": a name in
				// capitals after the opener names the event again, as
				// the acronyms that short forms spell do.
				if end == start+1 && toks[start].isAcronym() {
					n.named.add(toks[start].Text(doc), Event)
				}
			}
			addInitials(n, doc, start, end, int(e.TokEnd), Event)
			if h := lx.eventHeadWord(doc, e); h >= 0 {
				n.addHead(doc, h, Event)
			}
		case e.Label == GPE || e.Label == Loc:
			if strings.HasPrefix(e.Rule(doc), contextRulePrefix) {
				lx.addNamedTo(&n.places, doc, int(e.TokStart), int(e.TokEnd), e.Label)
			}
			if h := lx.placeHeadWord(doc, e); h >= 0 {
				n.addHead(doc, h, e.Label)
			}
		case e.Label == Org:
			if e.Rule(doc) == orgCueRule {
				lx.addNamed(n, doc, e.TokStart, e.TokEnd, Org) // "Zorvik Tamar" after "the militia Zorvik Tamar"
				addNumberVariant(&n.named, doc, e)
			}
			if start := lx.shipNameStart(doc, e); start > 0 {
				lx.addNamed(n, doc, start, e.TokEnd, Org)
				// "Vinson" after "USS Carl Vinson": crews call a ship by
				// its last word, unless that names a place or is a
				// number ("USS George Washington", "USNS 2nd Lt. John P.
				// Bobo").
				if last := int(e.TokEnd) - 1; last > start && toks[last].Kind == Word && !toks[last].isAcronym() {
					if _, place := lx.isPlace(doc, last); !place && !lx.givenNames.hasTok(&toks[last]) {
						lx.addNamed(n, doc, last, last+1, Org)
					}
				}
			}
			if h := lx.orgHeadWord(doc, e); h >= 0 {
				n.addHead(doc, h, Org)
			}
		case e.Label == Agreement:
			if h := lx.agreementHeadWord(doc, e); h >= 0 {
				n.addHead(doc, h, Agreement)
			}
			// "TWC" after "Tarvo Weapons Convention": a treaty is named
			// by its initials, of three letters or more.
			if e.TokEnd-e.TokStart >= 3 {
				addInitials(n, doc, int(e.TokStart), int(e.TokEnd), int(e.TokEnd), Agreement)
			}
			// "the KfTA" after "Kessa Free Trade Area (KfTA)": a short
			// form in mixed case, which no acronym's guess relabels.
			if e.TokEnd == e.TokStart+1 && e.Rule(doc) == "short-form" {
				lx.addNamed(n, doc, int(e.TokStart), int(e.TokEnd), Agreement)
			}
		case e.Label == Person:
			if e.TokEnd-e.TokStart > 1 {
				n.full[doc.SpanText(e)] = true
			}
			for k := e.TokStart; k < e.TokEnd; k++ {
				if w := toks[k].Lower(doc); !n.short[w] && lx.shortNameWord(doc, &toks[k]) {
					n.short[n.keep(w)] = true
					n.shortFilter.add(w)
					// "Nguyen" for "Nguyễn": the word without its marks,
					// unless that is a common word ("Tô" is no "To").
					if f := foldMarks(w); f != w && !lx.common.has(f) {
						n.short[f] = true
						n.shortFilter.add(f)
					}
				}
				if end := hyphenCompoundEnd(doc, k); end > 0 && end <= int(e.TokEnd) && lx.shortNameWord(doc, &toks[k]) {
					if n.compounds == nil {
						n.compounds, n.compoundHeads = map[string]bool{}, map[string]bool{}
					}
					n.compounds[n.keep(doc.lowerTokens(int(k), end))] = true
					n.compoundHeads[n.keep(toks[k].Lower(doc))] = true
				}
			}
			// The family name before a suffix: "Austin" of "Lloyd J.
			// Austin III", "Tarn" of "Ivo Tarn, Jr.".
			lastK := familyName(doc, e)
			if last := &toks[lastK]; e.TokEnd-e.TokStart > 1 && lx.shortNameWord(doc, last) {
				if _, place := lx.isPlace(doc, lastK); place && !n.surnames[last.Lower(doc)] {
					if n.surnames == nil {
						n.surnames = map[string]bool{}
					}
					n.surnames[n.keep(last.Lower(doc))] = true
				}
			}
		}
	}
}

// keep returns s, copied when the sets copy what they keep.
func (n *mentionNames) keep(s string) string {
	if n.copies {
		return strings.Clone(s)
	}
	return s
}

// addInitials adds to n, with the label, the initials of the event's or
// agreement's name toks[start:end] of two words or more, in capitals,
// alone and with the last two digits of the year that ends the mention at
// toks[yearEnd-1], glued or spaced: "CE", "CE23" and "CE 23" for "Cutlass
// Express 2023".
func addInitials(n *mentionNames, doc *Doc, start, end, yearEnd int, label Label) {
	toks := doc.Tokens
	var buf [8]byte
	for k := start; k < end; k++ {
		if t := &toks[k]; t.Kind != Word || !t.IsCap() || t.isAcronym() || k-start >= len(buf) {
			return // every word capitalised, none itself short
		}
	}
	in := string(initials(buf[:0], doc, start, end))
	if len(in) < 2 {
		return
	}
	n.named.add(in, label)
	if yearEnd > end {
		if y := toks[yearEnd-1].Text(doc); len(y) >= 2 && (isYear(doc, &toks[yearEnd-1]) || twoDigits(doc, &toks[yearEnd-1])) {
			yy := y[len(y)-2:]
			n.named.add(in+yy, label)
			n.named.add(in+" "+yy, label)
		}
	}
}

// orgHeadWord returns the token of the one-word head of the organisation
// e named in more than its head ("Department" of "Department of Foreign
// Affairs", "Command" of "Tarvo Command"), or -1. Of several heads before
// the complement, the last is the name's: "Administration" of "Kessa
// Coast Guard Administration", "Guard" of "Kessa National Guard" (the
// last word of a head of two words that is a head alone too).
func (lx *lexicon) orgHeadWord(doc *Doc, e Span) int {
	toks := doc.Tokens
	if e.TokEnd-e.TokStart < 2 {
		return -1
	}
	head := -1
	for k := int(e.TokStart); k < int(e.TokEnd); k++ {
		if toks[k].Kind == Word && !toks[k].IsCap() && complementWord(toks[k].Lower(doc)) {
			break // "Department of Defense Education Activity": the head is before "of"
		}
		n, v, ok := lx.orgHeads.longest(toks, k)
		if !ok {
			continue
		}
		if n > 1 {
			// "Coast Guard", "National Guard": its last word, when
			// that alone is a head too.
			k += n - 1
			if m, w, one := lx.orgHeads.longest(toks, k); !one || m != 1 {
				continue
			} else {
				v = w
			}
		}
		// Not a head that needs a name of its own: "the Government" alone
		// is no body (ANNOTATION.md's decided cases). Nor a body sent to
		// another: "the Mission" after "Zorvik Monitoring Mission" is the
		// task it was sent on as much as the body, and no name.
		if v != "named" && v != "prefix" && toks[k].IsCap() && !toks[k].isAcronym() {
			if delegationHead(toks[k].Lower(doc)) {
				return -1
			}
			// A plural ("Army Commandos") names the body's soldiers as
			// readily: it takes no earlier head's place.
			if head < 0 || !pluralHead(doc, &toks[k]) {
				head = k
			}
		}
	}
	return head
}

// pluralHead reports whether the head word t is a plural ("Commandos",
// "Forces"; not "Corps").
func pluralHead(doc *Doc, t *Token) bool {
	w := t.Text(doc)
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w != "Corps"
}

// addHead records the head word toks[h] of a name with label, unless a
// name of another label has it already.
func (n *mentionNames) addHead(doc *Doc, h int, label Label) {
	if n.heads == nil {
		n.heads = map[string]Label{}
	}
	w := doc.Text[doc.Tokens[h].Start:doc.Tokens[h].End]
	if _, ok := n.heads[w]; !ok {
		n.heads[w] = label
	}
}

// agreementHeadWord returns the token of the capitalised one-word head of
// the agreement e named in more than its head ("Treaty" of "Arms Trade
// Treaty"), or -1.
func (lx *lexicon) agreementHeadWord(doc *Doc, e Span) int {
	toks := doc.Tokens
	if e.TokEnd-e.TokStart < 2 {
		return -1
	}
	for k := int(e.TokStart); k < int(e.TokEnd); k++ {
		if n, _, ok := lx.agreementHeads.longest(toks, k); ok && n == 1 && toks[k].IsCap() && !toks[k].isAcronym() {
			return k
		}
	}
	return -1
}

// eventHeadWord returns the token of the capitalised one-word head that
// ends the event e named in more than its head ("Conference" of "Tarvo
// Trade Conference", "Games" of "Kessa Games 2024"), or -1.
func (lx *lexicon) eventHeadWord(doc *Doc, e Span) int {
	toks := doc.Tokens
	k := int(e.TokEnd) - 1
	if k > int(e.TokStart) && isYear(doc, &toks[k]) {
		k--
	}
	if k == int(e.TokStart) || !toks[k].IsCap() || toks[k].isAcronym() {
		return -1
	}
	if n, v, ok := lx.eventHeads.longest(toks, k); ok && n == 1 && v != "tail" {
		return k
	}
	return -1
}

// placeHeadWord returns the token of the capitalised one-word head of the
// place e named in more than its head, or -1: the word of loc_patterns.tsv
// that closes the name ("Strait" of "Kessa Strait") or stands before its
// "of" ("Kingdom" of "Kingdom of Tarvo"), but not a compass word or a
// facility's word that is also a family name or a common word.
func (lx *lexicon) placeHeadWord(doc *Doc, e Span) int {
	toks := doc.Tokens
	if e.TokEnd-e.TokStart < 2 {
		return -1
	}
	k := int(e.TokEnd) - 1
	for j := int(e.TokStart) + 1; j < int(e.TokEnd)-1; j++ {
		if toks[j].Text(doc) == "of" {
			k = j - 1
			break
		}
	}
	if !toks[k].IsCap() || toks[k].isAcronym() {
		return -1
	}
	if n, v, ok := lx.locPatterns.longest(toks, k); ok && n == 1 && v != "compass" && v != "facility" && v != "town" && v != "town-verb" {
		return k
	}
	return -1
}

// complementWord reports whether w opens a name's complement ("on
// Disarmament", "of the Parties", "for Peace").
func complementWord(w string) bool { return w == "on" || w == "of" || w == "for" }

// addNamed adds to n the name toks[start:end] of an event or a ship, with
// its label, when a later mention of it alone can be told from a common
// word.
func (lx *lexicon) addNamed(n *mentionNames, doc *Doc, start, end int, label Label) {
	lx.addNamedTo(&n.named, doc, start, end, label)
}

// addNamedTo adds the name toks[start:end] with its label to names, when
// it is a name that can stand again alone: capitalised, of a few words,
// and not one common word or acronym.
func (lx *lexicon) addNamedTo(names *namedTexts, doc *Doc, start, end int, label Label) {
	toks := doc.Tokens
	if end-start > maxNamedMention || !toks[start].IsCap() {
		return
	}
	if end-start == 1 && (lx.isCommon(doc, &toks[start]) || toks[start].isAcronym()) {
		return
	}
	names.add(doc.Text[toks[start].Start:toks[end-1].End], label)
}

// namedTexts is a set of names (of events, ships or places) that other
// mentions repeat, with their labels, and an exact first test of a text:
// the bytes that open the names and their lengths. Most capitalised words
// fail it, so that their texts are not hashed for the map.
type namedTexts struct {
	labels map[string]Label
	filter textFilter
}

// add records the name text, not empty, with its label.
func (s *namedTexts) add(text string, label Label) {
	if s.labels == nil {
		s.labels = map[string]Label{}
	}
	s.labels[text] = label
	s.filter.add(text)
}

// reset empties the set, keeping its memory.
func (s *namedTexts) reset() {
	clear(s.labels)
	s.filter = textFilter{}
}

// opens reports whether a name may open with the byte b.
func (s *namedTexts) opens(b byte) bool { return s.filter.opens(b) }

// get returns the label of the name text, if it is one.
func (s *namedTexts) get(text string) (Label, bool) {
	if !s.filter.mayHave(text) {
		return 0, false
	}
	label, ok := s.labels[text]
	return label, ok
}

// textFilter is an exact first test of a small set of texts that a
// document gives: the bytes that open them and their lengths, recorded
// as bits. A text it rejects is not in the set; one it lets through may
// be.
type textFilter struct {
	first [4]uint64 // bit b: a text opens with the byte b
	lens  [2]uint64 // bit l: a text has l bytes (any of 127 or more: bit 127)
}

// add records text, not empty.
func (f *textFilter) add(text string) {
	f.first[text[0]>>6] |= 1 << (text[0] & 63)
	l := min(len(text), 127)
	f.lens[l>>6] |= 1 << (l & 63)
}

// opens reports whether a text of the set may open with the byte b.
func (f *textFilter) opens(b byte) bool { return f.first[b>>6]&(1<<(b&63)) != 0 }

// mayHave reports whether text may be in the set.
func (f *textFilter) mayHave(text string) bool {
	l := min(len(text), 127)
	return len(text) > 0 && f.lens[l>>6]&(1<<(l&63)) != 0 && f.opens(text[0])
}

// shipNameStart returns the first token of a ship's own name inside the
// organisation e, after its prefix ("USS", "Coast Guard Cutter"), or 0
// when e is no ship. A ship found after the kind of ship is its name
// whole.
func (lx *lexicon) shipNameStart(doc *Doc, e Span) int {
	if e.Rule(doc) == "org:ship" {
		return int(e.TokStart)
	}
	toks := doc.Tokens
	for k := int(e.TokStart); k+1 < int(e.TokEnd); k++ {
		if n, _, ok := lx.orgOpeners.longest(toks, k); ok {
			return k + n
		}
	}
	return 0
}

// maxShortRun bounds the words of a shorter full name.
const maxShortRun = 4

// shortNameRun returns the end of the run of words from toks[i] that each
// stand for a person alone (short), untaken and spaced, or i+1.
func shortNameRun(doc *Doc, taken []bool, short map[string]bool, i int) int {
	toks := doc.Tokens
	end := i + 1
	for end < len(toks) && end-i < maxShortRun && !taken[end] && toks[end].SpaceBefore() && !toks[end].Newline() && toks[end].Kind == Word &&
		toks[end].IsCap() && short[toks[end].Lower(doc)] {
		end++
	}
	if end < len(toks) && toks[end].Kind == Word && toks[end].IsCap() && toks[end].SpaceBefore() && !toks[end].Newline() && !taken[end] {
		return i + 1 // the run goes on into a name of its own
	}
	return end
}

// addHeadMentions marks the later mentions of organisations, agreements
// and events by their head word alone, capitalised after "the" (or "this"
// and "The", for an agreement; "year's", for an event's edition) and before no other
// capitalised word: "the Department aims" after "Department of National
// Defense", "this Treaty reaffirms" after "Arms Trade Treaty", "the
// Conference ran out of time" after "Arms Trade Treaty Conference".
func addHeadMentions(doc *Doc, heads map[string]Label) {
	if len(heads) == 0 {
		return
	}
	toks := doc.Tokens
	// Only an agreement's or a body's head is named again after "The"
	// opening a sentence ("The Treaty exemplifies …", "The Brigade plays
	// a key role"): without one, most such tokens are passed over at
	// once.
	agreements := false
	for _, l := range heads {
		agreements = agreements || l == Agreement || l == Org
	}
	var found []Span
	k := 0 // the next entity not before the token
	for _, c := range doc.capitals {
		// The tests of the token first: most tokens fail them.
		i := int(c)
		if i == 0 || toks[i].SentStart() {
			continue
		}
		edition, signed := false, false
		if before := toks[i-1].Lower(doc); before != "the" && before != "this" {
			// "This year's Dialogue": a yearly event's edition.
			// "the signed Memorandum", "the ratified Treaty": an
			// agreement's head after a participle of what was done
			// to it.
			edition = i > 1 && (toks[i-1].Text(doc) == "'s" || toks[i-1].Text(doc) == "’s") && toks[i-2].Lower(doc) == "year"
			signed = !edition && agreements && i > 1 && toks[i-1].Kind == Word && !toks[i-1].IsCap() && strings.HasSuffix(before, "ed") &&
				(toks[i-2].Lower(doc) == "the" || toks[i-2].Lower(doc) == "this")
			if !edition && !signed {
				continue
			}
		} else if !agreements && toks[i-1].Text(doc) == "The" {
			continue
		}
		for k < len(doc.Entities) && int(doc.Entities[k].TokEnd) <= i {
			k++
		}
		label, ok := heads[doc.Text[toks[i].Start:toks[i].End]]
		if k < len(doc.Entities) && int(doc.Entities[k].TokStart) <= i || !ok || edition && label != Event || signed && label != Agreement || !edition && label != Agreement && label != Org && toks[i-1].Text(doc) != "the" || label == Org && toks[i-1].Text(doc) == "The" && !toks[i-1].SentStart() {
			continue
		}
		if i+1 < len(toks) && toks[i+1].IsCap() && toks[i+1].SpaceBefore() {
			continue // "the Department Head": another name
		}
		if (label == Event || label == GPE || label == Loc) && i+1 < len(toks) && complementWord(toks[i+1].Lower(doc)) {
			continue // "the Conference on Disarmament", "the Kingdom of Tarvo": another name
		}
		found = append(found, Span{
			Start: toks[i].Start, End: toks[i].End, TokStart: i, TokEnd: i + 1,
			Label: label, rule: doc.ruleID(namedMentionRule(label)), Priority: PriorityGrammar,
		})
	}
	if len(found) > 0 {
		doc.Entities = mergeByStart(doc.Entities, found)
	}
}

// addNamedMentions marks the other mentions of an event's or a ship's
// name, which the text repeats without the cue or prefix that found it:
// after "the Tarvo Shield training exercise", "Tarvo Shield is held
// yearly" names the event too; after "USS Tarvo", "Tarvo's crew" names the
// ship.
func (lx *lexicon) addNamedMentions(doc *Doc, names *namedTexts) {
	lx.addRepeats(doc, names, PriorityGrammar, namedMentionRule)
}

// addPlaceMentions marks the other mentions of the places that only their
// context found, as guesses: a person's family name among them is still
// the person's (see addMentions).
func (lx *lexicon) addPlaceMentions(doc *Doc, places *namedTexts) {
	lx.addRepeats(doc, places, PriorityGuess, func(Label) string { return placeMentionRule })
}

// shipNameAgain reports whether e, which repeats the name of a ship the
// text named with its prefix, is the ship again though a list knows the
// name as a place or a person's: "Carson City completed six port visits"
// after "USNS Carson City", "Donald Cook departed" after "USS Donald
// Cook"; but after a locative preposition it is the place ("calls at
// Carson City").
func shipNameAgain(doc *Doc, e *Span) bool {
	switch e.Label {
	case GPE, Loc:
		return !locative(doc, int(e.TokStart))
	case Person:
		switch e.Rule(doc) {
		case "person:name", mentionRule:
			return true // found by the name lists, not by a cue
		}
	}
	return false
}

// placeMentionRule is the rule of the other mentions of a place that its
// context found.
const placeMentionRule = "context:mention"

// contextRulePrefix begins the rules of the context stage's guesses.
const contextRulePrefix = "context:"

// addRepeats adds to doc's entities, in the gaps they leave, the other
// mentions of names with their label, at priority and with rule's name
// for the label. An entity that is a guess of another label than its
// name's takes the name's label, unless it is a person.
func (lx *lexicon) addRepeats(doc *Doc, names *namedTexts, priority int8, rule func(Label) string) {
	if len(names.labels) == 0 {
		return
	}
	toks := doc.Tokens
	taken := doc.scratch.boolSlice(len(toks) + 1)
	// opener[k] marks the first token of a place, which an event's name
	// repeated from there holds ("Pacific" of "Pacific Kessa" after
	// "Pacific Kessa 2024"): 1 + its index.
	opener := doc.scratch.int32Slice(len(toks) + 1)
	for i := range doc.Entities {
		e := &doc.Entities[i]
		// A guess from context ("in Kestrel Gull" as a place) or an
		// unknown acronym yields to the name the text gave the event or
		// the ship.
		if label, ok := names.get(doc.SpanText(*e)); ok && e.Label != label && (e.Priority < min(PriorityList, priority) && e.Label != Person || label == Org && shipNameAgain(doc, e)) {
			e.Label = label
			doc.SetRule(e, rule(label))
		}
		for k := e.TokStart; k < e.TokEnd; k++ {
			taken[k] = true
		}
		if e.Label == GPE || e.Label == Loc {
			opener[e.TokStart] = int32(i) + 1
		}
	}
	lx.relabelledEditions(doc, taken, rule(Event))
	var found []Span
	next := 0 // the token after the last mention
	for _, c := range doc.capitals {
		i := int(c)
		// A capitalised word before the name makes it part of another
		// name, unless it is a small word that opens the sentence ("A
		// Tarvik-based unit").
		if i < next || taken[i] && opener[i] == 0 || !names.opens(doc.Text[toks[i].Start]) || i > 0 && toks[i-1].IsCap() && toks[i-1].Kind == Word && toks[i].SpaceBefore() && !(toks[i-1].SentStart() && lx.common.hasTok(&toks[i-1])) {
			continue
		}
		for n := min(maxNamedMention, len(toks)-i); n > 0; n-- {
			end := i + n
			if taken[end-1] && opener[i] == 0 || end < len(toks) && toks[end].IsCap() && toks[end].Kind == Word && !taken[end] && !lx.serviceMemberAt(doc, &toks[end]) && !lx.headlineVerbs.hasTok(&toks[end]) {
				continue // (but "Kessa Sailors will visit": the ship's crew after its name; "Kessa Deploys to …": a headline's verb)
			}
			label, ok := names.get(doc.Text[toks[i].Start:toks[end-1].End])
			if !ok {
				continue
			}
			if taken[i] {
				// The place that opens an event's name, and only
				// free words after it: the place becomes the name.
				e := &doc.Entities[opener[i]-1]
				if label != Event || int(e.TokEnd) >= end || slices.Contains(taken[e.TokEnd:end], true) {
					continue
				}
				e.End, e.TokEnd, e.Label, e.Priority = toks[end-1].End, end, label, priority
				doc.SetRule(e, rule(label))
				next = end
				break
			}
			start := i
			if label == Event {
				start, end = lx.repeatEdition(doc, taken, i, end)
			}
			found = append(found, Span{
				Start: toks[start].Start, End: toks[end-1].End, TokStart: start, TokEnd: end,
				Label: label, rule: doc.ruleID(rule(label)), Priority: priority,
			})
			next = end
			break
		}
	}
	if len(found) > 0 {
		doc.Entities = mergeByStart(doc.Entities, found)
	}
}

// relabelledEditions widens the events that a guess of another label
// became, here (rule's) or as a short form's acronym (relabelAcronyms), to
// the edition the text gives them there, as repeatEdition widens a
// mention addRepeats finds: "KT 23, sponsored by …" after "Kessa Tarvo
// 2023", "the end of KESOPS 50," after "exercise Kessa Operations (KESOPS)",
// where an unknown acronym's guess held the name alone. taken marks the
// tokens of doc's entities and is kept up to date.
func (lx *lexicon) relabelledEditions(doc *Doc, taken []bool, rule string) {
	toks := doc.Tokens
	id, short := doc.ruleID(rule), doc.ruleID("short-form:mention")
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if e.Label != Event || e.rule != id && e.rule != short {
			continue
		}
		start, end := lx.repeatEdition(doc, taken, int(e.TokStart), int(e.TokEnd))
		for k := start; k < end; k++ {
			taken[k] = true
		}
		e.Start, e.End, e.TokStart, e.TokEnd = toks[start].Start, toks[end-1].End, start, end
	}
}

// repeatEdition widens another mention of an event's name, toks[i:end],
// to the edition the text gives it there, as eventEdition widens a name
// found by its words: "Kessa Shield 21 was held" after "the Kessa Shield
// exercise", "the 2023 Tarvo Talks". It returns the mention's bounds,
// toks[i:end] when an entity holds an edition's token (a year read as a
// DATE stays one: the entities the resolver gave stay whole).
func (lx *lexicon) repeatEdition(doc *Doc, taken []bool, i, end int) (int, int) {
	start, last := lx.eventEdition(doc, i, end)
	for k := start; k < last; k++ {
		if (k < i || k >= end) && taken[k] {
			return i, end
		}
	}
	return start, last
}

// namedMentionRule names the rule of another mention of a name with the
// label.
func namedMentionRule(label Label) string {
	switch label {
	case Org:
		return "org:mention"
	case Agreement:
		return "agreement:mention"
	case GPE, Loc:
		return placeMentionRule
	}
	return "event:mention"
}

// addMentions adds to doc's entities the other mentions of the events and
// the short mentions of the people n names, in the gaps the entities
// leave.
func (lx *lexicon) addMentions(doc *Doc, n *mentionNames) {
	lx.addNamedMentions(doc, &n.named)
	lx.addPlaceMentions(doc, &n.places)
	addHeadMentions(doc, n.heads)
	toks := doc.Tokens
	if len(n.short) == 0 {
		return
	}
	// "Langley said", "a medal to Langley": the family name of a person
	// named in full is that person, also where the gazetteer knows it as a
	// place or a preposition made a place of it, unless a preposition of
	// place puts it on the map ("in Langley"; "to" is a person's more
	// often than a place's) or a state follows it ("Austin, Texas"); a
	// place only guessed from "from" after a message's noun is the
	// person's ("orders from Tarnovic").
	prevEnd := 0 // the end of the entity before doc.Entities[i]
	for i := range doc.Entities {
		e := &doc.Entities[i]
		last := e.TokEnd - 1 // the surname, after any particles ("De Zoysa")
		if (e.Label == GPE || e.Label == Loc) && lx.surnameParticles(doc, e.TokStart, last) == e.TokStart &&
			(n.surnames[toks[last].Lower(doc)] || e.Priority <= PriorityGuess && n.short[toks[last].Lower(doc)]) &&
			(!locative(doc, e.TokStart) || toks[e.TokStart-1].Lower(doc) == "to" || e.Priority <= PriorityGuess && n.short[toks[last].Lower(doc)] && lx.messageFrom(doc, e.TokStart)) && !lx.stateAfterTown(doc, int(e.TokEnd)) {
			e.Label = Person
			doc.SetRule(e, mentionRule)
			// "Van Varna" after "Louis Van Varna": the particles go with
			// the surname.
			if start := lx.surnameParticles(doc, prevEnd, int(e.TokStart)); start < int(e.TokStart) {
				e.TokStart, e.Start = start, toks[start].Start
			}
		}
		prevEnd = max(prevEnd, int(e.TokEnd))
		if e.Label == Org && capsShortName(doc, e, n) {
			e.Label = Person
			doc.SetRule(e, mentionRule)
		}
	}
	taken := doc.scratch.boolSlice(len(toks))
	for _, e := range doc.Entities {
		for k := e.TokStart; k < e.TokEnd; k++ {
			taken[k] = true
		}
	}
	var found []Span // in text order
	next := 0        // the token after the last mention
	for _, c := range doc.capitals {
		i := int(c)
		t := &toks[i]
		if i < next || taken[i] || t.Kind != Word || !n.isShort(t.Lower(doc)) || !wholeWord(doc, i, i+1) {
			continue
		}
		// "his counterpart Hishamuddin bin Hussein": a full name again.
		if end := repeatedName(doc, taken, n.full, i); end > i+1 {
			found = append(found, Span{
				Start: t.Start, End: toks[end-1].End, TokStart: i, TokEnd: end,
				Label: Person, rule: doc.ruleID(mentionRule), Priority: PriorityGrammar,
			})
			next = end
			continue
		}
		// A hyphenated given name whole: "Jong-su" of "Kim Jong-su"; the
		// word opening another such compound is none ("Tae-ho" after "Kim
		// Tae-su"), but "Tarn-led" is Tarn's.
		if end := hyphenCompoundEnd(doc, i); end > 0 {
			if !taken[end-1] && n.compounds[doc.lowerTokens(i, end)] {
				found = append(grow(found, 0), Span{
					Start: t.Start, End: toks[end-1].End, TokStart: i, TokEnd: end,
					Label: Person, rule: doc.ruleID(mentionRule), Priority: PriorityGrammar,
				})
				next = end
				continue
			}
			if n.compoundHeads[t.Lower(doc)] {
				continue
			}
		}
		// Words of full names in a row are one shorter full name: "João
		// Lourenço" after "João Manuel Gonçalves Lourenço".
		if end := shortNameRun(doc, taken, n.short, i); end > i+1 {
			found = append(grow(found, 0), Span{
				Start: t.Start, End: toks[end-1].End, TokStart: i, TokEnd: end,
				Label: Person, rule: doc.ruleID(mentionRule), Priority: PriorityGrammar,
			})
			next = end
			continue
		}
		// A short name glued to a capitalised word is part of another
		// name, but for a headline's verb ("Marcos Leads Parade").
		if i+1 < len(toks) && toks[i+1].IsCap() && !taken[i+1] && toks[i+1].Kind == Word && !lx.headlineVerbs.hasTok(&toks[i+1]) {
			continue
		}
		// "del Rosario", "al-Muhandis", "De La Calle": the particles
		// before a surname go with it, in either case.
		lo := i
		for lo > 0 && lo > i-2 && !taken[lo-1] {
			lo--
		}
		start := lx.surnameParticles(doc, lo, i)
		found = append(grow(found, 0), Span{
			Start: toks[start].Start, End: t.End, TokStart: start, TokEnd: i + 1,
			Label: Person, rule: doc.ruleID(mentionRule), Priority: PriorityGrammar,
		})
	}
	if len(found) > 0 {
		doc.Entities = mergeByStart(doc.Entities, found)
	}
}

// messageFrom reports whether "from" and a noun of a message, an order or
// a request (place_cues.tsv's `message-from`: "orders", "a call") stand
// before toks[i]: what comes from a person as often as from a place.
func (lx *lexicon) messageFrom(doc *Doc, i int) bool {
	toks := doc.Tokens
	return i >= 2 && toks[i-1].Lower(doc) == "from" && lx.messageNouns.hasTok(&toks[i-2])
}

// surnameParticles returns where the surname at toks[i] opens with the
// particles before it, reading back no further than toks[lo] and over at
// most two: "del Rosario", "De La Calle", or one lower-case particle glued
// by a hyphen ("al-Muhandis").
func (lx *lexicon) surnameParticles(doc *Doc, lo, i int) int {
	toks := doc.Tokens
	start := i
	for start > lo && start > i-2 && toks[start-1].Kind == Word && lx.particles.hasTok(&toks[start-1]) {
		start--
	}
	if start == i && i > 1 && i-2 >= lo && gluedHyphen(doc, i-1) && toks[i-2].Kind == Word && !toks[i-2].IsCap() && lx.particles.hasTok(&toks[i-2]) && wholeWord(doc, i-2, i-1) {
		start = i - 2
	}
	return start
}

// hyphenCompoundEnd returns the end of the hyphenated word that toks[i]
// opens, a word glued by a hyphen to the next ("Jong-su"), or 0.
func hyphenCompoundEnd(doc *Doc, i int) int {
	toks := doc.Tokens
	if i+2 < len(toks) && gluedHyphen(doc, i+1) && toks[i+2].Kind == Word && (i+3 == len(toks) || toks[i+3].SpaceBefore() || toks[i+3].Kind == Punct && toks[i+3].Text(doc) != "-") {
		return i + 3
	}
	return 0
}

// repeatedName returns the end of a full name of full that starts at
// toks[i] on free tokens, or 0.
func repeatedName(doc *Doc, taken []bool, full map[string]bool, i int) int {
	toks := doc.Tokens
	for end := min(i+maxNameTokens, len(toks)); end > i+1; end-- {
		if taken[end-1] || end < len(toks) && toks[end].IsCap() && toks[end].Kind == Word && !toks[end].SpaceBefore() {
			continue
		}
		if full[doc.Text[toks[i].Start:toks[end-1].End]] {
			for k := i; k < end; k++ {
				if taken[k] {
					return 0
				}
			}
			return end
		}
	}
	return 0
}

// lowerTokens returns the lower-case text of the tokens [i, j): the one
// token's own lower case, without a copy, or that of the text they span.
func (d *Doc) lowerTokens(i, j int) string {
	if j == i+1 {
		return d.Tokens[i].Lower(d)
	}
	return lower(d.Text[d.Tokens[i].Start:d.Tokens[j-1].End])
}

// shortNameWord reports whether a word of a full name can stand for the
// person alone, as outlets shorten names by any part: the family name
// ("Marsh" for "Ellen Marsh", "Nguyen" for "Nguyen Van An") or the given
// name ("An"). Particles, initials, suffixes and common words cannot ("al",
// "L.", "Jr.", "He" of "He Lei"), nor titles ("Sheikh").
func (lx *lexicon) shortNameWord(doc *Doc, t *Token) bool {
	return t.Kind == Word && t.IsCap() && utf8.RuneCountInString(t.Text(doc)) > 1 && !strings.HasSuffix(t.Text(doc), ".") &&
		!lx.particles.hasTok(t) && !isRoman(t.Text(doc)) && !lx.isCommon(doc, t) &&
		!lx.innerTitle(t) && !lx.oneWordHonorific(t) // "Sheikh" of "Hassan Sheikh Mohamud" is a title
}

// oneWordHonorific reports whether t is an honorific of one word, which
// may stand inside a patronym ("bin Haji Kessim") and is no short name.
func (lx *lexicon) oneWordHonorific(t *Token) bool {
	one := [1]Token{*t}
	n, _, ok := lx.honorifics.longest(one[:], 0)
	return ok && n == 1
}

// innerTitle reports whether t is a one-word title that stands inside
// names ("Sheikh", "Tun"; honorifics.txt's "inner").
func (lx *lexicon) innerTitle(t *Token) bool {
	one := [1]Token{*t}
	n, v, ok := lx.honorifics.longest(one[:], 0)
	return ok && n == 1 && v == "inner"
}

// mergeByStart merges b into a, both sorted by offset, a's spans first
// among equal offsets; it merges from the end, in a's memory when a has the
// room.
func mergeByStart(a, b []Span) []Span {
	i, j := len(a)-1, len(b)-1
	if n := len(a) + len(b); n > cap(a) {
		// Double, so that the documents that reuse a grow it seldom.
		a = slices.Grow(a, max(n, 2*cap(a))-len(a))
	}
	a = a[:len(a)+len(b)]
	for k := len(a) - 1; j >= 0; k-- {
		if i >= 0 && a[i].Start > b[j].Start {
			a[k], i = a[i], i-1
		} else {
			a[k], j = b[j], j-1
		}
	}
	return a
}

// nicknameAfter reports whether toks[from:to] is ", known as" or another
// nickname cue after a comma.
func (lx *lexicon) nicknameAfter(doc *Doc, from, to int) bool {
	toks := doc.Tokens
	if from >= to || toks[from].Text(doc) != "," {
		return false
	}
	n, _, ok := lx.nicknameCues.longest(toks, from+1)
	return ok && from+1+n == to
}

// relationStage links people to their ranks and offices and short mentions
// to full ones (HAS_RANK, HAS_ROLE, ALIAS).
type relationStage struct{ lx *lexicon }

func (s *relationStage) Name() string { return "relations" }

// maxRoleGap bounds how many tokens may stand between an office and its
// holder ("Director General ... at the French Ministry of the Armed Forces
// Alice Rufo").
const maxRoleGap = 14

func (s *relationStage) Process(doc *Doc) error {
	doc.Relations = doc.Relations[:0]
	s.ranksAndRoles(doc)
	x := &doc.scratch.aliases
	x.reset()
	for k := range doc.Entities {
		x.add(s.lx, doc, k, k)
	}
	doc.Relations = x.links(doc.Relations)
	return nil
}

// retiredBetween reports whether the tokens from..to are a bracketed
// mark between a rank and its holder ("Major General (Retd) Ivo Tarn",
// "Master Sgt. (OR-8) Ana Ruiz"; rankMarkBracket).
func retiredBetween(doc *Doc, from, to int) bool {
	close := rankMarkBracket(doc, from)
	return close > 0 && to == close+1
}

// ranksAndRoles appends the HAS_RANK and HAS_ROLE relations of doc's
// entities, in the order of their ranks and offices.
func (s *relationStage) ranksAndRoles(doc *Doc) {
	ents := doc.Entities
	respective := respectivePairs(doc)
	for k := range ents {
		switch ents[k].Label {
		case Rank:
			// (Past what a mark in brackets holds: "(USA)".)
			p := k + 1
			for close := rankMarkBracket(doc, int(ents[k].TokEnd)); close > 0 && p < len(ents) && int(ents[p].TokStart) < close; p++ {
			}
			if p < len(ents) && ents[p].Label == Person && (ents[p].TokStart == ents[k].TokEnd || retiredBetween(doc, ents[k].TokEnd, ents[p].TokStart) || s.honorificBetween(doc, int(ents[k].TokEnd), int(ents[p].TokStart))) {
				doc.Relations = append(doc.Relations, Relation{Type: HasRank, Arg1: p, Arg2: k})
			}
			// "Ivo Tarn (Lt. Gen., retired)": the rank in brackets after
			// the name.
			if p := k - 1; p >= 0 && ents[p].Label == Person && ents[k].TokStart == ents[p].TokEnd+1 && doc.Tokens[ents[p].TokEnd].Text(doc) == "(" {
				doc.Relations = append(doc.Relations, Relation{Type: HasRank, Arg1: p, Arg2: k})
			}
			for _, p := range promotedTo(doc, k) {
				doc.Relations = append(doc.Relations, Relation{Type: HasRank, Arg1: p, Arg2: k})
			}
			for _, p := range promoted(doc, k) {
				doc.Relations = append(doc.Relations, Relation{Type: HasRank, Arg1: p, Arg2: k})
			}
		case Role:
			if s.lx.addressedOffice(doc, k) {
				continue
			}
			if p, ok := respective[k]; ok {
				doc.Relations = append(doc.Relations, Relation{Type: HasRole, Arg1: p, Arg2: k})
			} else if p, ok := s.holder(doc, k); ok {
				doc.Relations = append(doc.Relations, Relation{Type: HasRole, Arg1: p, Arg2: k})
				if p > k && doc.Tokens[ents[k].TokEnd-1].endsInS() {
					for _, q := range joinedPeople(doc, p) {
						doc.Relations = append(doc.Relations, Relation{Type: HasRole, Arg1: q, Arg2: k})
					}
				}
				// A plural office in apposition to a list of people is
				// each one's: "Ivo Tarn and Ana Ruiz, Defence Ministers of
				// Kessa and Tarvo".
				if p == k-1 && apposedPerson(doc, k) && doc.Tokens[ents[k].TokEnd-1].endsInS() {
					for _, q := range listBefore(doc, int(ents[p].TokEnd)-1, Person) {
						if q != p {
							doc.Relations = append(doc.Relations, Relation{Type: HasRole, Arg1: q, Arg2: k})
						}
					}
				}
			}
		}
	}
}

// respectivePairs maps each office of a list that "respectively" pairs
// with a list of people to its holder, the person at the same place:
// "Ivo Tarn and Ana Ruiz, respectively Minister of Defence and Minister
// of Foreign Affairs of Kessa", and "Ivo Tarn and Ana Ruiz, Minister of
// Defence and Foreign Minister, respectively". Both lists must be as
// long, of two items or more; it returns nil when the text has no such
// lists.
func respectivePairs(doc *Doc) map[int]int {
	toks := doc.Tokens
	var pairs map[int]int
	for m := 1; m < len(toks); m++ {
		if toks[m].End-toks[m].Start != uint32(len("respectively")) || toks[m].Lower(doc) != "respectively" || toks[m].Break() {
			continue
		}
		var people, offices []int
		if toks[m-1].Text(doc) == "," && !toks[m-1].Break() {
			// "…, respectively Minister of Defence and Foreign Minister"
			offices = listAfter(doc, m+1, Role)
			people = listBefore(doc, m-2, Person)
		}
		if len(offices) < 2 {
			// "…, Minister of Defence and Foreign Minister, respectively"
			end := m - 1
			if toks[end].Text(doc) == "," {
				end--
			}
			offices = listBefore(doc, end, Role)
			if len(offices) > 0 {
				if start := int(doc.Entities[offices[0]].TokStart) - 1; start > 0 && toks[start].Text(doc) == "," {
					people = listBefore(doc, start-1, Person)
				}
			}
		}
		if len(offices) < 2 || len(people) != len(offices) {
			continue
		}
		if pairs == nil {
			pairs = map[int]int{}
		}
		for i, r := range offices {
			pairs[r] = people[i]
		}
	}
	return pairs
}

// listAfter returns the entities of label that open each item of a list
// from toks[from], items joined by commas and "and"; an item is the entity
// and the bodies and places after it ("Minister of Defence of Kessa").
func listAfter(doc *Doc, from int, label Label) []int {
	ents, toks := doc.Entities, doc.Tokens
	var items []int
	e, _ := slices.BinarySearchFunc(ents, from, func(s Span, pos int) int { return int(s.TokStart) - pos })
	pos := from
	for e < len(ents) && int(ents[e].TokStart) == pos && ents[e].Label == label && !toks[pos].Break() {
		items = append(items, e)
		pos, e = int(ents[e].TokEnd), e+1
		for e < len(ents) && (ents[e].Label == GPE || ents[e].Label == Org) && attachedAfter(doc, pos, int(ents[e].TokStart)) {
			pos, e = int(ents[e].TokEnd), e+1
		}
		next := listJoint(doc, pos)
		if next == pos {
			break
		}
		pos = next
	}
	return items
}

// attachedAfter reports whether only "of", "to", "for" and "the" stand
// between toks[pos] and toks[start], on one paragraph.
func attachedAfter(doc *Doc, pos, start int) bool {
	for ; pos < start; pos++ {
		switch doc.Tokens[pos].Lower(doc) {
		case "of", "to", "for", "the":
			if doc.Tokens[pos].Break() {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// listJoint returns the token after the joint of a list at toks[pos]:
// ",", "and" or ", and"; pos itself when there is none.
func listJoint(doc *Doc, pos int) int {
	toks := doc.Tokens
	next := pos
	if next < len(toks) && toks[next].Text(doc) == "," && !toks[next].Break() {
		next++
	}
	if next < len(toks) && toks[next].Lower(doc) == "and" && !toks[next].Break() {
		next++
	}
	return next
}

// listBefore returns, in order, the entities of label that open each item
// of a list ending at toks[end] (listAfter's items, read backwards); a
// person's item also holds the offices, ranks and bodies before the name.
func listBefore(doc *Doc, end int, label Label) []int {
	ents, toks := doc.Entities, doc.Tokens
	var items []int
	e, _ := slices.BinarySearchFunc(ents, end+1, func(s Span, pos int) int { return int(s.TokEnd) - pos })
	for end >= 0 && e >= 0 && e < len(ents) && int(ents[e].TokEnd) == end+1 {
		// The bodies and places the item ends with.
		for e > 0 && (ents[e].Label == GPE || ents[e].Label == Org) && attachedAfter(doc, int(ents[e-1].TokEnd), int(ents[e].TokStart)) {
			e--
		}
		if ents[e].Label != label || toks[ents[e].TokStart].Break() {
			break
		}
		items = append(items, e)
		pos, r := int(ents[e].TokStart), e-1
		for label == Person && r >= 0 && int(ents[r].TokEnd) == pos && ents[r].Label != Person && ents[r].Label != Date {
			pos, r = int(ents[r].TokStart), r-1
		}
		j := pos - 1
		if j >= 0 && toks[j].Lower(doc) == "and" && !toks[j+1].Break() {
			j--
		}
		if j >= 0 && toks[j].Text(doc) == "," && !toks[j+1].Break() {
			j--
		}
		if j == pos-1 || toks[j+1].Break() {
			break
		}
		end, e = j, r
	}
	slices.Reverse(items)
	return items
}

// holder finds the person who holds the office ents[k]: the next person
// when only ranks, organisations, places, nationality adjectives and small
// words stand between ("Minister for Africa, Harriett Baldwin"), or
// the person before it in apposition ("Miralles, French Secretary of
// State", "Lich, the then Vietnamese defense minister").
func (s *relationStage) holder(doc *Doc, k int) (int, bool) {
	return s.listHolder(doc, k, maxListOffices)
}

// maxListOffices bounds how many offices back a list's style is read.
const maxListOffices = 8

// listHolder is holder, reading the style of a list of people and their
// offices up to depth offices back.
func (s *relationStage) listHolder(doc *Doc, k, depth int) (int, bool) {
	if p, pastComma, ok := s.nextHolder(doc, k); ok {
		// In a list of people with their offices, "Ivo Tarn, Chief of
		// Defence Forces, Ana Ruiz, Commander", an office between commas
		// is the one before it, unless the list gives offices first
		// ("Minister of Defence Ivo Tarn, Chief of Staff Ana Ruiz").
		if pastComma && depth > 0 && apposedPerson(doc, k) && !s.holdsEarlierOffice(doc, k-1, depth-1) {
			return k - 1, true
		}
		return p, true
	}
	return s.holderBefore(doc, k)
}

// nextHolder finds the person after the office ents[k] when only ranks,
// organisations, places, coordinated offices, bracketed short forms,
// honorifics and small words stand between, and reports whether a comma
// is among them.
func (s *relationStage) nextHolder(doc *Doc, k int) (p int, pastComma, ok bool) {
	ents, toks := doc.Entities, doc.Tokens
	// "The Prime Minister and President Hollande" are two people: an
	// office after "the" is not coordinated with the next one.
	coordinated := ents[k].TokStart == 0 || toks[ents[k].TokStart-1].Lower(doc) != "the"
	pos, next := ents[k].TokEnd, k+1
	// An office in the headline is not the holder's on the next line
	// ("Tarn meets envoy" over "Gen. Ivo Tarn said …"), unless it opens
	// the line as a label over the name; a caption's line wraps between
	// an office and its holder.
	crossLine := ents[k].TokStart == 0 || toks[ents[k].TokStart].Newline() || !inHeadline(doc, int(ents[k].Start))
	for pos < len(toks) && pos-ents[k].TokEnd <= maxRoleGap && !toks[pos].Break() && (crossLine || !toks[pos].Newline()) {
		if next < len(ents) && ents[next].TokStart == pos {
			switch ents[next].Label {
			case Person:
				if pastComma && !coordinated && s.parentheticalSpeaker(doc, next) {
					return 0, false, false
				}
				return next, pastComma, true
			case Rank, Org, GPE, Loc:
				pos, next = ents[next].TokEnd, next+1
				continue
			case Role:
				// A second title right before the holder, after a comma
				// or a bracket: "Civilian Deputy to the Commander, Amb.
				// Ana Ruiz", "Officer-in-Charge (OIC) Senior
				// Undersecretary Ivo Tarn".
				if pos > ents[k].TokEnd && titleBeforeHolder(doc, next) && (toks[pos-1].Text(doc) == "," || toks[pos-1].Text(doc) == ")") {
					pos, next = ents[next].TokEnd, next+1
					continue
				}
			}
			break
		}
		// Coordinated offices share the holder: "Deputy Prime Minister
		// and Minister of National Defence Gen. Tea Seiha", "High
		// Representative/Vice-President Ana Ruiz".
		// After "the", offices are coordinated only in apposition to the
		// holder: "The Tánaiste and Minister for Defence, Micheál Martin,".
		// After a comma, "and" opens another item of a list: "outgoing
		// Chiefs of Mission, and Foreign Minister Ana Ruiz".
		if w := toks[pos].Lower(doc); (w == "and" && toks[pos-1].Text(doc) != "," && (coordinated || apposedHolder(doc, next)) || w == "/" || w == "-") && next < len(ents) && ents[next].TokStart == pos+1 && ents[next].Label == Role {
			pos, next = ents[next].TokEnd, next+1
			continue
		}
		// A bracketed short form is passed over: "Supreme Allied Commander
		// Europe (SACEUR), US Army General Christopher Cavoli".
		if close := closingBracket(doc, pos); close > 0 {
			// The holder in brackets: "The Secretary of State for Defence
			// (Mr Ivo Tarn)".
			if p, ok := s.bracketedHolder(doc, next, pos, close); ok {
				return p, pastComma, true
			}
			for next < len(ents) && ents[next].TokStart < close {
				next++
			}
			pos = close + 1
			continue
		}
		// The unit an office runs, named by its kind, before the comma of
		// the apposition: "the commanding officer of the destroyer, Cmdr.
		// Ana Ruiz" (ofOwnUnit).
		if pos == ents[k].TokEnd && pos+3 < len(toks) && s.lx.ofOwnUnit(doc, pos) && toks[pos+3].Text(doc) == "," && !toks[pos+2].Break() {
			pos += 3
			continue
		}
		// An honorific before the holder: "Senator the Hon. Ann Lee".
		if n, _, ok := s.lx.honorifics.longest(toks, pos); ok && !toks[pos].Break() {
			pos += n
			continue
		}
		// The kind of a place after its name: "the mayor of the Upper
		// Tarvo district, Ivo Tarn".
		placeKind := next > 0 && int(ents[next-1].TokEnd) == pos && (ents[next-1].Label == GPE || ents[next-1].Label == Loc) &&
			!toks[pos].IsCap() && s.lx.placeAfter.hasTok(&toks[pos])
		if !placeKind && !s.lx.linkWord(doc, pos) || toks[pos].Break() {
			break
		}
		pastComma = pastComma || toks[pos].Text(doc) == ","
		pos++
	}
	return 0, false, false
}

// postNominalComma reports whether toks[i], right after a name, is a
// post-nominal (a service's or an honour's acronym, an academic degree)
// that a comma follows: "Commodore Ivo Tarn PN, the Commander of …",
// "Ivo Tarn M.Sc., Director of …".
func (lx *lexicon) postNominalComma(doc *Doc, i int) bool {
	toks := doc.Tokens
	if i+1 >= len(toks) || toks[i].Break() || !toks[i].SpaceBefore() {
		return false
	}
	end := i + 1
	switch {
	case toks[i].isAcronym() && toks[i].Kind == Word:
	case lx.academicDegreeAt(doc, i):
		for end < len(toks) && !toks[end].SpaceBefore() && toks[end].Text(doc) != "," {
			end++
		}
	default:
		return false
	}
	return end < len(toks) && toks[end].Text(doc) == "," && !toks[end].Break()
}

// clauseVerb reports whether w, right after an office, makes the office
// the subject of a clause: an auxiliary or a verb of saying.
func clauseVerb(w string) bool {
	switch w {
	case "will", "would", "can", "could", "may", "might", "must", "should", "shall",
		"is", "was", "are", "were", "has", "have", "had", "said", "says", "told":
		return true
	}
	return false
}

// inHeadline reports whether the byte offset off lies on the document's
// first line, when more lines follow.
func inHeadline(doc *Doc, off int) bool {
	nl := strings.IndexByte(doc.Text, '\n')
	return nl >= 0 && off < nl
}

// parentheticalSpeaker reports whether the person ents[p] and a verb of
// saying stand between commas inside a sentence, as a parenthesis after
// an office with "the": "The President, Ivo Tarn said, will attend" (the
// office is the sentence's subject, not the speaker's; without "the",
// "Chief of General Staff, General Ivo Tarn expressed, on behalf of …" is
// a loose apposition).
func (s *relationStage) parentheticalSpeaker(doc *Doc, p int) bool {
	toks := doc.Tokens
	end := int(doc.Entities[p].TokEnd)
	return end+1 < len(toks) && s.lx.speechVerbs.hasTok(&toks[end]) && toks[end+1].Text(doc) == "," && !toks[end].Break()
}

// bracketedHolder reports whether the bracket toks[open:close+1] holds
// only a person's name, after an honorific, the entity ents[next]:
// "(Mr Ivo Tarn)", "(Ana Ruiz)".
func (s *relationStage) bracketedHolder(doc *Doc, next, open, close int) (int, bool) {
	ents := doc.Entities
	if next >= len(ents) || ents[next].Label != Person || int(ents[next].TokEnd) != close {
		return 0, false
	}
	start := open + 1
	if n, _, ok := s.lx.honorifics.longest(doc.Tokens, start); ok {
		start += n
	}
	return next, int(ents[next].TokStart) == start
}

// holderBefore finds the person before the office ents[k], in
// apposition.
func (s *relationStage) holderBefore(doc *Doc, k int) (int, bool) {
	ents, toks := doc.Entities, doc.Tokens
	// An office that owns what follows it is not the person's before it:
	// "Ana Ruiz, the Defence Minister's wife".
	if end := int(ents[k].TokEnd); end < len(toks) && isPossessiveToken(toks[end].Text(doc)) {
		return 0, false
	}
	// Backward, in apposition: PERSON "," ["who" "was"] ... ROLE, and
	// PERSON "," "the" and lower-case words before the ROLE ("Ivo Tarn,
	// the long-serving Sultan").
	if p, ok := describedBefore(doc, k); ok {
		return p, true
	}
	if p, ok := s.lx.appointedBefore(doc, k); ok {
		return p, true
	}
	if p, ok := s.bylineHolder(doc, k); ok {
		return p, true
	}
	pos, prev := ents[k].TokStart-1, k-1
	// The words of a body no entity holds may stand before an office
	// that closes the apposition: "Ivo Tarn, 12th Kessa Squadron
	// commander."
	unnamedBody := apposedOfficeEnd(doc, int(ents[k].TokEnd))
	// An office after "the" that a verb follows is the subject of a clause
	// of its own: "According to Ivo Tarn, the President will attend".
	if start, end := int(ents[k].TokStart), int(ents[k].TokEnd); start > 0 && toks[start-1].Lower(doc) == "the" && end < len(toks) && clauseVerb(toks[end].Lower(doc)) {
		return 0, false
	}
	// After a comma, "and the" opens another item of a list: "Ivo Tarn,
	// President of the Kessa Institute, and the Defence Minister".
	if start := int(ents[k].TokStart); start >= 3 && toks[start-1].Lower(doc) == "the" && toks[start-2].Lower(doc) == "and" && toks[start-3].Text(doc) == "," {
		return 0, false
	}
	// The gap is counted from the last office passed: a chain of offices
	// in apposition is as long as it is ("Qiao Zhenwei, general secretary
	// of …, president of Kessa and chairman of …").
	from := int(ents[k].TokStart)
	for pos >= 0 && from-pos <= maxRoleGap {
		if prev >= 0 && ents[prev].TokEnd == pos+1 {
			switch ents[prev].Label {
			case Person:
				if toks[pos+1].Text(doc) == "," && !toks[pos+1].Break() || s.lx.postNominalComma(doc, pos+1) {
					return prev, true
				}
				// "John Healey MP": a post-nominal office right after the
				// name.
				if pos+1 == int(ents[k].TokStart) && ents[k].TokEnd == ents[k].TokStart+1 && toks[pos+1].isAcronym() && !toks[pos+1].Newline() {
					return prev, true
				}
				return 0, false
			case GPE, Org, Role:
				// "Giang, Deputy Secretary of the Central Military
				// Commission and Minister of National Defence".
				if ents[prev].Label == Role {
					from = int(ents[prev].TokStart)
				}
				pos, prev = ents[prev].TokStart-1, prev-1
				continue
			}
			return 0, false
		}
		// The post-nominal after the name: "Ivo Tarn Ph.D., Director".
		if prev >= 0 && ents[prev].Label == Person && pos >= int(ents[prev].TokEnd) && toks[pos].Text(doc) != "," && s.lx.postNominalComma(doc, int(ents[prev].TokEnd)) {
			pos = int(ents[prev].TokEnd) - 1
			continue
		}
		w := toks[pos].Lower(doc)
		if !(w == "," || w == "who" || w == "was" || w == "is" || w == "the" || w == "then" || w == "former" || w == "now" || w == "currently" ||
			possessivePronoun(w) && unnamedBody || w == "and" || w == "of" || appositionMark(w) || s.lx.demonymWord(doc, pos) || captionPositionWord(w) && !toks[pos].IsCap() ||
			unnamedBody && bodyWord(doc, &toks[pos]) || membershipWord(doc, pos)) || toks[pos+1].Break() {
			return 0, false
		}
		pos--
	}
	return 0, false
}

// membershipWord reports whether toks[pos] may stand in an apposition
// between a person and an office after it, as state media list a
// person's posts: "member" ("Wang Tarvo, member of the Political Bureau
// of the Kessa Central Committee and director of ...", "Ivo Tarn, Member
// of the Party Central Committee, Deputy Minister of ...") or "also",
// "concurrently" ("Qiao Zhenwei, also chairman of ..."); not other nouns
// for people ("Ana Ruiz, a former student of the prime minister").
func membershipWord(doc *Doc, pos int) bool {
	t := &doc.Tokens[pos]
	if t.Kind != Word {
		return false
	}
	switch t.Lower(doc) {
	case "member": // also "Member of the Central Military Commission"
		return true
	case "also", "concurrently":
		return !t.IsCap()
	}
	return false
}

// apposedOfficeEnd reports whether the token at toks[end], right after
// an office, closes an apposition: a comma, a full stop, a closing quote
// or the end of the text.
func apposedOfficeEnd(doc *Doc, end int) bool {
	toks := doc.Tokens
	if end >= len(toks) || toks[end].Break() {
		return true
	}
	w := toks[end].Text(doc)
	return w == "," || w == "." || isClosingQuote(w)
}

// bodyWord reports whether t may be a word of a body's name that no
// entity holds: a capitalised word or a number ("421st", "Det 1").
func bodyWord(doc *Doc, t *Token) bool {
	return t.Kind == Number || t.Kind == Word && t.IsCap() && !t.Break()
}

// apposedHolder reports whether the office ents[r] is followed by a comma
// and a person: "Minister for Defence, Micheál Martin".
func apposedHolder(doc *Doc, r int) bool {
	ents, toks := doc.Entities, doc.Tokens
	if r+1 >= len(ents) || ents[r].Label != Role || ents[r+1].Label != Person {
		return false
	}
	comma := int(ents[r].TokEnd)
	return int(ents[r+1].TokStart) == comma+1 && toks[comma].Text(doc) == "," && !toks[comma].Break()
}

// bylineHolder returns the person whose office ents[k] a byline or a
// signature gives after the name, on its line or the next: "John Kerry
// Secretary of State", "Ambassador Jonathan Cohen" and on the next line
// "U.S. Deputy Permanent Representative". The name opens its line, after
// offices, ranks and honorifics only; the office, after places and
// bodies only, ends its line.
func (s *relationStage) bylineHolder(doc *Doc, k int) (int, bool) {
	ents, toks := doc.Entities, doc.Tokens
	// Before the office on its line: places and bodies, then the person.
	r := k - 1
	for r >= 0 && (ents[r].Label == GPE || ents[r].Label == Org) && ents[r].TokEnd == ents[r+1].TokStart && !toks[ents[r+1].TokStart].Newline() {
		r--
	}
	if r < 0 || ents[r].Label != Person || ents[r].TokEnd != ents[r+1].TokStart || toks[ents[r+1].TokStart].Break() {
		return 0, false
	}
	p := r
	// The office ends its line, a comma or the text, a body, a place or
	// a gathering it serves aside ("Acting Permanent Representative to
	// the United Nations", "Representative to the Zorvik Conference"),
	// or the portfolio words of a second office ("Deputy Prime Minister
	// Finance").
	end := int(ents[k].TokEnd)
	if end+1 < len(toks) && k+1 < len(ents) && (ents[k+1].Label == Org || ents[k+1].Label == GPE || ents[k+1].Label == Event) && !toks[end].Newline() {
		switch w := toks[end].Lower(doc); {
		case (w == "to" || w == "of" || w == "for") && int(ents[k+1].TokStart) == end+1:
			end = int(ents[k+1].TokEnd)
		case (w == "to" || w == "of" || w == "for") && toks[end+1].Lower(doc) == "the" && int(ents[k+1].TokStart) == end+2:
			end = int(ents[k+1].TokEnd)
		}
	}
	for end < len(toks) && !toks[end].Newline() && toks[end].IsCap() && s.lx.portfolio.hasTok(&toks[end]) {
		end++
	}
	if end < len(toks) && !toks[end].Newline() && toks[end].Text(doc) != "," {
		return 0, false
	}
	// The name opens its line, after offices, ranks and honorifics.
	q, pos := p-1, int(ents[p].TokStart)
	for !toks[pos].Newline() && pos > 0 {
		if q >= 0 && int(ents[q].TokEnd) == pos && (ents[q].Label == Role || ents[q].Label == Rank) {
			pos = int(ents[q].TokStart)
			q--
			continue
		}
		if n := s.lx.honorificBefore(toks, pos); n > 0 {
			pos -= n
			continue
		}
		return 0, false
	}
	return p, true
}

// honorificBetween reports whether the tokens from..to are one honorific
// between a rank and its holder: "Admiral Sir Ivo Tarn", "Major General
// Datuk Seri Ivo Tarn", "Colonel Dr. Ivo Tarn".
func (s *relationStage) honorificBetween(doc *Doc, from, to int) bool {
	n, _, ok := s.lx.honorifics.longest(doc.Tokens, from)
	return ok && from+n == to && !doc.Tokens[from].Break()
}

// honorificBefore returns the length of the longest honorific that ends
// right before toks[pos] ("Rt Hon", "Hon"), or 0.
func (lx *lexicon) honorificBefore(toks []Token, pos int) int {
	for m := min(maxHonorificWords, pos); m > 0; m-- {
		if n, _, ok := lx.honorifics.longest(toks, pos-m); ok && n == m {
			return m
		}
	}
	return 0
}

// maxHonorificWords bounds the tokens of an honorific ("Dato' Seri").
const maxHonorificWords = 4

// titleBeforeHolder reports whether the office ents[r] is followed right
// away by a person, or by a rank and a person.
func titleBeforeHolder(doc *Doc, r int) bool {
	ents := doc.Entities
	n := r + 1
	if n < len(ents) && ents[n].TokStart == ents[r].TokEnd && ents[n].Label == Rank {
		n++
	}
	return n < len(ents) && ents[n].TokStart == ents[n-1].TokEnd && ents[n].Label == Person
}

// appositionMark reports whether w may stand in an apposition between a
// person and the office after the body it serves: an article ("Ivo Tarn,
// a Task Force 82 spokesman"), a possessive ("Carney's commanding
// officer"), the slash between bodies or a bracketed short form ("1st
// Division (FWD) commanding general").
func appositionMark(w string) bool {
	switch w {
	case "a", "an", "'s", "’s", "/", "(", ")":
		return true
	}
	return false
}

// apposedPerson reports whether a person ends right before the office
// ents[k], with only a comma between: "Ivo Tarn, Chief of Defence".
func apposedPerson(doc *Doc, k int) bool {
	ents, toks := doc.Entities, doc.Tokens
	if k == 0 || ents[k-1].Label != Person {
		return false
	}
	from := int(ents[k-1].TokEnd)
	return int(ents[k].TokStart) == from+1 && toks[from].Text(doc) == "," && !toks[from].Break()
}

// holdsEarlierOffice reports whether the person ents[p] is the holder of
// the office before it: a list whose offices come before their people
// ("Minister of Defence Ivo Tarn, Chief of Staff Ana Ruiz").
func (s *relationStage) holdsEarlierOffice(doc *Doc, p, depth int) bool {
	ents := doc.Entities
	for r := p - 1; r >= 0 && int(ents[p].TokStart)-int(ents[r].TokEnd) <= maxRoleGap; r-- {
		if ents[r].Label == Role {
			h, ok := s.listHolder(doc, r, depth)
			return ok && h == p
		}
	}
	return false
}

// joinedPeople returns the people joined to the person ents[p] by "and"
// or commas, each with its country after "of": the holders of a plural
// office ("Presidents Ivo Tarn of Tarvo and Ana Ruiz of Zorva").
func joinedPeople(doc *Doc, p int) []int {
	ents, toks := doc.Entities, doc.Tokens
	var people []int
	pos, next := int(ents[p].TokEnd), p+1
	for pos < len(toks) && !toks[pos].Break() && next < len(ents) {
		switch {
		case int(ents[next].TokStart) == pos && ents[next].Label == Person:
			people = append(people, next)
			pos, next = int(ents[next].TokEnd), next+1
		case toks[pos].Lower(doc) == "of" && int(ents[next].TokStart) == pos+1 && ents[next].Label == GPE:
			pos, next = int(ents[next].TokEnd), next+1
		case toks[pos].Text(doc) == "," || toks[pos].Lower(doc) == "and":
			pos++
		default:
			return people
		}
	}
	return people
}

// maxBracket bounds the tokens inside a bracket passed over between an
// office and its holder.
const maxBracket = 4

// promoted returns the people listed after "the rank of RANK were" (or
// "are", or a colon), each of whom holds the rank ents[k]: "Promoted to
// the rank of Major General were Ivo Tarn, Ana Ruiz, Jr., and Ian Kest."
func promoted(doc *Doc, k int) []int {
	ents, toks := doc.Entities, doc.Tokens
	start, pos := int(ents[k].TokStart), int(ents[k].TokEnd)
	if start < 2 || toks[start-2].Lower(doc) != "rank" || toks[start-1].Lower(doc) != "of" || pos >= len(toks) {
		return nil
	}
	switch toks[pos].Lower(doc) {
	case "were", "are", ":":
		pos++
	default:
		return nil
	}
	var people []int
	for next := k + 1; next < len(ents) && pos < len(toks) && !toks[pos].Break(); {
		switch {
		case int(ents[next].TokStart) == pos && ents[next].Label == Person:
			people = append(people, next)
			pos = int(ents[next].TokEnd)
			next++
		case toks[pos].Text(doc) == "," || toks[pos].Lower(doc) == "and":
			pos++
		default:
			return people
		}
	}
	return people
}

// promotedTo returns the people promoted to the rank ents[k] before it:
// the subject of a passive ("Ivo Tarn was promoted to the rank of Major
// General", "Ana Ruiz, who has been promoted to Colonel"), every person of
// a list that "all" or "both" sums up ("Ivo Tarn and Ana Ruiz, both
// promoted to Colonel"), or the object of the active verb ("The council
// promoted Ivo Tarn to Major General"). A rank right before a name is
// that name's already.
func promotedTo(doc *Doc, k int) []int {
	ents, toks := doc.Entities, doc.Tokens
	end := int(ents[k].TokEnd)
	if k+1 < len(ents) && int(ents[k+1].TokStart) == end && ents[k+1].Label == Person {
		return nil
	}
	pos := int(ents[k].TokStart) - 1
	if pos >= 2 && toks[pos].Lower(doc) == "of" && toks[pos-1].Lower(doc) == "rank" {
		pos -= 2
		if toks[pos].Lower(doc) == "the" {
			pos--
		}
	}
	if pos < 1 || toks[pos].Lower(doc) != "to" || toks[pos+1].Break() {
		return nil
	}
	pos--
	// The object: "promoted Ivo Tarn to Major General".
	if p := personEndingAt(doc, k, pos); p >= 0 {
		if start := int(ents[p].TokStart); start > 0 && promotionVerb(toks[start-1].Lower(doc)) {
			return []int{p}
		}
		return nil
	}
	// The subject: "Ivo Tarn, who was promoted to Major General".
	if !promotionVerb(toks[pos].Lower(doc)) {
		return nil
	}
	for pos--; pos >= 0 && !toks[pos+1].Break() && auxiliaryWord(toks[pos].Lower(doc)); pos-- {
	}
	all := pos >= 0 && (toks[pos].Lower(doc) == "all" || toks[pos].Lower(doc) == "both")
	if all {
		pos--
	}
	if pos >= 0 && toks[pos].Text(doc) == "," && !toks[pos+1].Break() {
		pos--
	}
	p := personEndingAt(doc, k, pos)
	if p < 0 || toks[pos+1].Break() {
		return nil
	}
	if all {
		return listBefore(doc, int(ents[p].TokEnd)-1, Person)
	}
	return []int{p}
}

// personEndingAt returns the index of the person entity before ents[k]
// whose last token is toks[pos], or -1.
func personEndingAt(doc *Doc, k, pos int) int {
	ents := doc.Entities
	p := k - 1
	for p >= 0 && int(ents[p].TokEnd) > pos+1 {
		p--
	}
	if p >= 0 && int(ents[p].TokEnd) == pos+1 && ents[p].Label == Person {
		return p
	}
	return -1
}

// promotionVerb reports whether w gives someone a higher rank.
func promotionVerb(w string) bool {
	return w == "promoted" || w == "promotes" || w == "promote" || w == "promoting"
}

// describedBefore returns the person right before the office ents[k]
// when only a comma, "the" and up to four lower-case words, glued hyphens,
// possessives and ordinals stand between them ("Ivo Tarn, the mission's
// commander", "Ana Ruiz, the 29th chief").
func describedBefore(doc *Doc, k int) (int, bool) {
	ents, toks := doc.Entities, doc.Tokens
	// "Ivo Tarn, the Kessa navy's fleet commander": a named owner right
	// after "the", whose phrase a possessive closes, stands between.
	p, owner := k-1, -1
	if p > 0 && (ents[p].Label == GPE || ents[p].Label == Org) && ents[p-1].Label == Person {
		owner, p = p, p-1
	}
	if k == 0 || ents[p].Label != Person {
		return 0, false
	}
	from, to := int(ents[p].TokEnd), int(ents[k].TokStart)
	if to-from < 3 || to-from > 6+2 || toks[from].Text(doc) != "," || toks[from+1].Lower(doc) != "the" {
		return 0, false
	}
	if owner >= 0 && (int(ents[owner].TokStart) != from+2 || !ownerNameAhead(doc, from+2)) {
		return 0, false
	}
	for j := from + 2; j < to; j++ {
		t := &toks[j]
		if t.Break() {
			return 0, false
		}
		if owner >= 0 && j < int(ents[owner].TokEnd) {
			continue // the owner's name
		}
		// "the mission's commander", "the 29th chief"
		if t.Kind == Number && isOrdinal(doc, t) || isPossessiveToken(t.Text(doc)) && j > from+2 {
			continue
		}
		if t.IsCap() || t.Kind != Word && !(t.Text(doc) == "-" && !t.SpaceBefore()) {
			return 0, false
		}
	}
	return p, true
}

// appointedBefore returns the person before the office ents[k] when only
// words that give someone an office stand between them: "Ivo Tarn has
// been appointed Head of …", "Ana Ruiz was named the new Commander", "Ian
// Kest, who served as Chief", "Ivo Tarn is currently serving as
// Commander", "Ana Ruiz, in her role as ASEAN Special Envoy", and a
// copula ("Ivo Tarn was the deputy director of …", "Ana Ruiz, who is the
// French Naval Attaché"). One apposition between commas may stand after
// the person ("Ana Ruiz, a senior diplomat from Zorva, was appointed
// Head"), and bodies, places and nationalities before the office ("as
// SOUTHCOM commander").
func (lx *lexicon) appointedBefore(doc *Doc, k int) (int, bool) {
	ents, toks := doc.Entities, doc.Tokens
	// An office that owns what follows it is no predicate: "Ivo Tarn was
	// the President's guest".
	if end := int(ents[k].TokEnd); end < len(toks) && isPossessiveToken(toks[end].Text(doc)) {
		return 0, false
	}
	appointed, apposition := false, false
	commas := 0
	e := k - 1
	for pos := int(ents[k].TokStart) - 1; pos >= 0 && int(ents[k].TokStart)-pos <= maxAppointedGap; pos-- {
		if toks[pos+1].Break() {
			return 0, false
		}
		if e >= 0 && int(ents[e].TokEnd) == pos+1 {
			switch ents[e].Label {
			case Role:
				// An office inside the apposition: "Ivo Tarn, a former
				// Navy commander, was named Chief".
				if commas == 1 {
					pos = int(ents[e].TokStart)
					e--
					apposition = true
					continue
				}
				return 0, false
			case Person:
				ok := appointed && (commas == 0 || commas == 2 || commas == 1 && !apposition)
				// (Only with no comma between: in "Ana Ruiz succeeds Ivo
				// Tarn, who was named ambassador", the clause is the
				// object's.)
				if ok && commas == 0 && int(ents[e].TokStart) > 0 && lx.successionVerb(&toks[ents[e].TokStart-1]) {
					return successor(doc, e)
				}
				return e, ok
			case Org, GPE:
				pos = int(ents[e].TokStart)
				e--
				continue
			}
			return 0, false
		}
		t := &toks[pos]
		w := t.Lower(doc)
		switch {
		case w == ",":
			// Going back, the first comma ends an apposition and the
			// second opens it.
			if commas++; commas > 2 {
				return 0, false
			}
		case appointingWord(w):
			appointed = true
		case isPossessiveToken(w) && pos > 0 && toks[pos-1].Kind == Word && !toks[pos].Break():
			// The owner of the office: "as the country's defence
			// minister". An entity before it is read as an entity: a
			// body is passed, and a person, who owns the office, ends the
			// search unappointed ("appointed as Ana Ruiz's deputy").
			if e < 0 || int(ents[e].TokEnd) != pos {
				pos--
			}
		case w == "of" && pos > 0 && lx.officeTaken(&toks[pos-1]):
			// "assumed the post of Chief"
			appointed = true
		case appointmentFiller(w), t.Kind == Number && isOrdinal(doc, t), lx.demonymWord(doc, pos):
		case commas == 1 && (t.Kind == Word && !t.IsCap() || t.Kind == Number || gluedHyphen(doc, pos)):
			// a word of the apposition: "a senior diplomat from", "a
			// long-time diplomat"; an age ("Ivo Tarn, 54, was appointed")
			apposition = true
		default:
			return 0, false
		}
	}
	return 0, false
}

// successionVerb reports whether t says that its subject takes the place
// of its object: "Ivo Tarn succeeds Ana Ruiz as Chief" (context_words.tsv's
// `succession`).
func (lx *lexicon) successionVerb(t *Token) bool {
	return lx.successionVerbs.hasTok(t)
}

// successor returns the subject of the succession verb before the person
// ents[o], its object: the person before the verb with only auxiliaries
// and a comma between ("Ivo Tarn will replace Ana Ruiz as Chief"), who takes the
// office the sentence names; the object only held it before.
func successor(doc *Doc, o int) (int, bool) {
	ents, toks := doc.Entities, doc.Tokens
	pos := int(ents[o].TokStart) - 2
	for pos >= 0 && !toks[pos+1].Break() && auxiliaryWord(toks[pos].Lower(doc)) {
		pos--
	}
	// "Ivo Tarn, who succeeded Ana Ruiz as Chief", "Ivo Tarn, replacing"
	if pos >= 0 && toks[pos].Text(doc) == "," && !toks[pos+1].Break() {
		pos--
	}
	if pos < 0 || o == 0 || int(ents[o-1].TokEnd) != pos+1 || ents[o-1].Label != Person || toks[pos+1].Break() {
		return 0, false
	}
	return o - 1, true
}

// auxiliaryWord reports whether w is an auxiliary or an adverb of time
// that may stand between a subject and its verb ("will", "has", "is to").
func auxiliaryWord(w string) bool {
	switch w {
	case "who", "will", "would", "shall", "has", "have", "had", "is", "was", "to", "be", "been", "also", "now", "then", "later", "formally", "officially":
		return true
	}
	return false
}

// officeTaken reports whether t names the office that a person takes
// before "of": "assumed the post of Chief of Staff" (context_words.tsv's
// `office-taken`).
func (lx *lexicon) officeTaken(t *Token) bool {
	return lx.officeNouns.hasTok(t)
}

// maxAppointedGap bounds the tokens between a person and the office an
// appointment gives them.
const maxAppointedGap = 14

// appointingWord reports whether w gives someone an office: "appointed",
// "as", "serves", and the copula ("is", "was", "been").
func appointingWord(w string) bool {
	switch w {
	case "appointed", "named", "nominated", "elected", "designated", "as", "became", "become", "serve", "serves", "served", "serving",
		"is", "was", "been":
		return true
	}
	return false
}

// appointmentFiller reports whether w may stand in an appointment between
// a person and the office: auxiliaries, "the", adverbs of time and "in
// his role".
func appointmentFiller(w string) bool {
	switch w {
	case "has", "have", "had", "will", "be", "the", "new", "also", "now", "who",
		"currently", "previously", "formerly", "recently", "newly", "officially", "then", "later", "still",
		"in", "his", "her", "its", "their", "role", "capacity",
		// taking an office: "took over as", "assumed command as", "was
		// sworn in as", "assumed the post of"
		"took", "takes", "take", "taken", "taking", "over", "assumed", "assumes", "assume", "assuming", "sworn", "command", "post", "position", "duties":
		return true
	}
	return false
}

// closingBracket returns the index of the ")" that closes a short bracket
// opening at toks[k], or 0.
func closingBracket(doc *Doc, k int) int {
	toks := doc.Tokens
	if k >= len(toks) || toks[k].Text(doc) != "(" {
		return 0
	}
	for j := k + 1; j < len(toks) && j-k <= maxBracket+1; j++ {
		if toks[j].Text(doc) == ")" {
			return j
		}
	}
	return 0
}

// linkWord reports whether toks[i] may stand between an office and its
// holder.
func (lx *lexicon) linkWord(doc *Doc, i int) bool {
	toks := doc.Tokens
	switch toks[i].Lower(doc) {
	case ",", "the", "at", "of", "in", "for", "to", "under", ")":
		return true
	}
	return lx.demonymWord(doc, i)
}

// aliasIndex links every short mention of a person to the first full
// mention of that person (ALIAS). A short mention is a part of a full
// name, one word or more ("Marsh", "del Rosario"), in any case
// ("Kamikawa" for "KAMIKAWA Yoko"). When several people's names contain
// it, one whose name ends with it (a family name) is preferred; among
// those, the nearest full mention before it, or, for a headline before the
// body, the first one after it. A nickname ("Dagalo, known as Hemedti")
// makes every mention of it an alias of the full name before the cue. A
// full mention whose words a longer full name holds in order ("Luis
// Ralda" in a headline, "Luis Miguel Ralda Moreno" in the body) is that
// name shortened when it comes after the longer name or in the headline:
// an alias of its first mention, and so are the short mentions that would
// point at it. Before the longer name in the body it is the person's
// first full mention ("Ivo Tarn, leader of …" before "Ivo Tarn Kessel"):
// the short mentions point at it, and the longer name is no alias.
//
// The index reads each PERSON entity's tokens once, in text order (add),
// and links them once all are read (links), so that a document processed
// in windows links its people across windows.
type aliasIndex struct {
	// byPart maps a part of a full name to its full mentions, in order;
	// bySurname maps a part and the last word of a full name to the full
	// mentions that end with that word. Both give the index of the list
	// in lists.
	byPart    map[string]int32
	bySurname map[[2]string]int32
	// lists[:nLists] are the lists of full mentions of this document;
	// every list keeps its memory for the next document, so that a new
	// part allocates no list of its own in steady state.
	lists   [][]fullMention
	nLists  int
	first   map[string]int // full name -> its first mention
	nick    map[string]int // nickname -> the first mention of its full name
	persons []aliasQuery   // every PERSON entity, in order
	names   []fullName     // the first mention of each full name, in order
	// nameToks holds the tokens of names, one name after the other.
	nameToks []nameToken
	// copies says that the index copies the lower-case forms it keeps:
	// set for a document processed in windows, whose windows' buffers
	// of lower-case forms it must not hold on to. A whole document's
	// forms live as long as the document.
	copies bool
	// headEnd is the byte offset of the document's first newline, or -1;
	// headKnown says it has been read for this document.
	headEnd   int
	headKnown bool
}

// fullMention is a full mention of a person and the first mention of the
// same name.
type fullMention struct{ k, first int }

// fullName is the first mention of a full name and its tokens' lower-case
// forms, which wordsInOrder compares.
type fullName struct {
	k        int
	toks     []nameToken
	headline bool // on the document's first line
}

// nameToken is a token of a full name: its lower-case form, and whether
// it is a word.
type nameToken struct {
	lower string
	word  bool
}

// aliasQuery is a PERSON entity to link: its index, its text, the
// lower-case forms of its text and of its last token, and whether it has
// two tokens or more.
type aliasQuery struct {
	k               int
	text, low, last string
	full            bool
}

// reset empties the index for another document, keeping its memory.
func (x *aliasIndex) reset() {
	clear(x.byPart)
	clear(x.bySurname)
	clear(x.first)
	clear(x.nick)
	x.nLists = 0
	x.persons = x.persons[:0]
	x.names = x.names[:0]
	x.nameToks = x.nameToks[:0]
	x.headKnown = false
}

// keep returns s, copied when the index copies what it keeps.
func (x *aliasIndex) keep(s string) string {
	if x.copies {
		return strings.Clone(s)
	}
	return s
}

// newList returns the index of a new list of full mentions that holds fm.
func (x *aliasIndex) newList(fm fullMention) int32 {
	if x.nLists == len(x.lists) {
		x.lists = append(x.lists, nil)
	}
	x.lists[x.nLists] = append(x.lists[x.nLists][:0], fm)
	x.nLists++
	return int32(x.nLists - 1)
}

// addTo appends fm to the list l unless the list's last full mention is
// fm's already.
func (x *aliasIndex) addTo(l int32, fm fullMention) {
	if list := x.lists[l]; list[len(list)-1].k != fm.k {
		x.lists[l] = append(list, fm)
	}
}

// add reads the entity doc.Entities[i], whose index among all the
// entities of the document is k (i, unless doc is a window of it). The
// entities must be added in order.
func (x *aliasIndex) add(lx *lexicon, doc *Doc, i, k int) {
	ents, toks := doc.Entities, doc.Tokens
	e := ents[i]
	if e.Label != Person {
		return
	}
	if x.first == nil {
		x.byPart, x.bySurname = map[string]int32{}, map[[2]string]int32{}
		x.first, x.nick = map[string]int{}, map[string]int{}
	}
	text := doc.SpanText(e)
	full := e.TokEnd-e.TokStart > 1
	q := aliasQuery{k: k, text: text, full: full}
	if !full {
		// Copies: not a window's buffer of lower-case forms.
		q.low, q.last = x.keep(foldMarks(doc.lowerTokens(e.TokStart, e.TokEnd))), x.keep(foldMarks(toks[e.TokEnd-1].Lower(doc)))
	}
	x.persons = append(x.persons, q)
	if i > 0 {
		if prev := ents[i-1]; prev.Label == Person && prev.TokEnd-prev.TokStart > 1 && lx.nicknameAfter(doc, prev.TokEnd, e.TokStart) {
			x.nick[text] = x.first[doc.SpanText(prev)]
		}
	}
	if !full {
		return
	}
	if _, ok := x.first[text]; !ok {
		x.first[text] = k
		from := len(x.nameToks)
		for j := e.TokStart; j < e.TokEnd; j++ {
			t := &toks[j]
			x.nameToks = append(x.nameToks, nameToken{x.keep(t.Lower(doc)), t.Kind == Word})
		}
		// (An earlier name keeps the array it was appended to.)
		if !x.headKnown {
			x.headEnd, x.headKnown = strings.IndexByte(doc.Text, '\n'), true
		}
		x.names = append(x.names, fullName{k: k, toks: x.nameToks[from:len(x.nameToks):len(x.nameToks)], headline: x.headEnd >= 0 && int(e.Start) < x.headEnd})
	}
	fm := fullMention{k, x.first[text]}
	ending := x.keep(foldMarks(toks[e.TokEnd-1].Lower(doc)))
	for i := e.TokStart; i < e.TokEnd; i++ {
		for j := i + 1; j <= e.TokEnd; j++ {
			last := &toks[j-1]
			compound := j-i >= 3 && hyphenCompoundEnd(doc, j-3) == j && lx.shortNameWord(doc, &toks[j-3]) // "Jong-su"
			if j-i == e.TokEnd-e.TokStart || !lx.shortNameWord(doc, last) && !compound && !(j-i > 1 && isNameSuffix(last.Text(doc))) {
				continue // "Marcos Jr." may stand for "Ferdinand Marcos Jr."
			}
			part := foldMarks(doc.lowerTokens(i, j))
			if l, ok := x.byPart[part]; ok {
				x.addTo(l, fm)
			} else {
				part = x.keep(part)
				x.byPart[part] = x.newList(fm)
			}
			key := [2]string{part, ending}
			if l, ok := x.bySurname[key]; ok {
				x.addTo(l, fm)
			} else {
				key[0] = x.keep(part)
				x.bySurname[key] = x.newList(fm)
			}
		}
	}
}

// links appends to rels the ALIAS relation of every person added, in
// order, that is a short mention, a nickname or a shortened full name of
// another full mention.
func (x *aliasIndex) links(rels []Relation) []Relation {
	longer, earlier := x.longerNames()
	for _, q := range x.persons {
		if target, ok := x.nick[q.text]; ok {
			rels = append(rels, Relation{Type: Alias, Arg1: q.k, Arg2: target})
			continue
		}
		if q.full {
			if target, ok := longer[x.first[q.text]]; ok {
				rels = append(rels, Relation{Type: Alias, Arg1: q.k, Arg2: target})
			}
			continue
		}
		// A family name first: the full mentions that end with the part.
		l, ok := x.bySurname[[2]string{q.low, q.last}]
		if !ok {
			l, ok = x.byPart[q.low]
		}
		if !ok {
			continue
		}
		fulls := x.lists[l]
		// The nearest full mention before q, else the first after it.
		i, _ := slices.BinarySearchFunc(fulls, q.k, func(f fullMention, k int) int { return f.k - k })
		target := fulls[0].first
		if i > 0 {
			target = fulls[i-1].first
		}
		if l, ok := longer[target]; ok {
			target = l
		} else if e, ok := earlier[target]; ok {
			target = e
		}
		rels = append(rels, Relation{Type: Alias, Arg1: q.k, Arg2: target})
	}
	return rels
}

// longerNames maps the first mention of each full name whose words a
// longer full name holds in order to the first mention of the first such
// name, when it comes after that name or in the headline (longer); and
// the first mention of a longer name that such a shorter name's comes
// before in the body to the shorter's (earlier).
func (x *aliasIndex) longerNames() (longer, earlier map[int]int) {
	longer = map[int]int{}
	for _, e := range x.names {
		for _, f := range x.names {
			if len(f.toks) > len(e.toks) && (wordsInOrder(e.toks, f.toks) || familiarForm(e.toks, f.toks)) {
				if e.headline || f.k < e.k {
					longer[e.k] = f.k
				} else if _, ok := earlier[f.k]; !ok {
					if earlier == nil {
						earlier = map[int]int{} // (few documents need one)
					}
					earlier[f.k] = e.k
				}
				break
			}
		}
	}
	return longer, earlier
}

// familiarForm reports whether short is a familiar form of the name long:
// its first word shortens long's first word to a prefix of two letters or
// more ("Joe" of "Joseph", "Rich" of "Richard"), and its other words stand
// in long in order ("Joe Biden" of "Joseph R. Biden, Jr.").
func familiarForm(short, long []nameToken) bool {
	si, li := firstWord(short), firstWord(long)
	if si < 0 || li < 0 {
		return false
	}
	s, l := short[si].lower, long[li].lower
	if len(s) < 2 || len(s) >= len(l) || !strings.HasPrefix(l, s[:2]) || firstWord(short[si+1:]) < 0 {
		return false
	}
	return wordsInOrder(short[si+1:], long[li+1:])
}

// firstWord returns the index of the first word among ts, or -1.
func firstWord(ts []nameToken) int {
	for i, t := range ts {
		if t.word {
			return i
		}
	}
	return -1
}

// wordsInOrder reports whether every word of short stands in long, in the
// same order, in any case.
func wordsInOrder(short, long []nameToken) bool {
	j := 0
	for i := range short {
		if !short[i].word {
			continue
		}
		for j < len(long) && long[j].lower != short[i].lower {
			j++
		}
		if j == len(long) {
			return false
		}
		j++
	}
	return true
}

// addressedOffice reports whether the office ents[k] is a form of address:
// an honorific before it and punctuation after it ("Thank you, Mr.
// Chairman, Ranking Member Tarn", "Madam Secretary, ..."). It names the
// one spoken to, whom the text does not name, so no person after it holds
// it.
func (lx *lexicon) addressedOffice(doc *Doc, k int) bool {
	e, toks := &doc.Entities[k], doc.Tokens
	return lx.honorificBefore(toks, e.TokStart) > 0 && e.TokEnd < len(toks) && toks[e.TokEnd].Kind == Punct
}

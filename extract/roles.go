package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleStage finds offices and positions (ROLE) with the office grammar:
//
//	ROLE := MODIFIER* HEAD COMPLEMENT*
//	COMPLEMENT := ("of" | "for") "the"? PORTFOLIO
//
// A nationality adjective before the office is not part of it; a complement
// that names a place after "of", or an organisation with a name of its own,
// ends the office ("Director of the Vietnam Department ..." -> "Director").
type roleStage struct{ lx *lexicon }

func (s *roleStage) Name() string { return "roles" }

func (s *roleStage) Process(doc *Doc) error {
	toks := doc.Tokens
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != Word {
			continue
		}
		// matchRole after its inlined first test.
		end, ok := 0, false
		if s.lx.mayStartRole(&toks[i]) && !clockTime(doc, i) {
			end, ok = s.lx.matchRoleFrom(doc, i)
		}
		if !ok && toks[i].IsCap() && s.lx.chamberMember(doc, i) {
			candidate(doc, i, i+1, Role, "", "role", PriorityGrammar) // "Member of the House of Representatives"
			continue
		}
		if ok && s.lx.groupNounAt(doc, end) {
			i = end - 1 // "Legislator Team Visits …": the group's kind
			continue
		}
		if ok {
			if start := s.lx.portfolioBefore(doc, i, end); start < i {
				candidate(doc, start, end, Role, "", "role", PriorityGrammar)
			}
			if start := s.lx.unitNounsBefore(doc, i); start < i {
				candidate(doc, start, end, Role, "", "role", PriorityGrammar)
			}
			candidate(doc, i, end, Role, "", "role", PriorityGrammar)
			// The office without its first words, for when a name
			// before it takes them: "Ministry of National Defense
			// Spokesperson", "the Kessa Task Force commander" (up to
			// the first lower-case word).
			for k := i + 1; k < end; k++ {
				if e, ok := s.lx.matchRole(doc, k); ok && e == end {
					candidate(doc, k, end, Role, "", "role", PriorityGrammar)
				}
				if !toks[k].IsCap() {
					break
				}
			}
			i = end - 1
		}
	}
	return nil
}

// groupNounAt reports whether toks[k] is a capitalised noun of a group
// of people ("Team", "Delegation", "Caucus"): an office's head before it
// says what kind of people the group holds ("the Legislator Team", "a
// Senator Delegation"), and names no office (context_words.tsv's
// `people-group`, as spelt).
func (lx *lexicon) groupNounAt(doc *Doc, k int) bool {
	return k < len(doc.Tokens) && doc.Tokens[k].SpaceBefore() && lx.peopleGroups.hasExact(&doc.Tokens[k])
}

// portfolioBefore returns the start of the capitalised portfolio words
// right before the capitalised office toks[i:end] that name its
// portfolio ("National Intelligence Coordinator", "International Trade
// Secretary"), or i. The words must open the phrase: after a
// lower-case word or punctuation, not inside a longer name ("Department of
// Homeland Security Secretary") nor after "of" ("chairman of the Joint
// Chiefs"); a body's head stays apart ("Army Commanding General", "Air
// Force Chief"), and a spokesman's portfolio is his body ("Defence
// Spokesman").
func (lx *lexicon) portfolioBefore(doc *Doc, i, end int) int {
	toks := doc.Tokens
	if !toks[i].IsCap() || !toks[end-1].IsCap() || spokesHead(toks[end-1].Lower(doc)) {
		return i
	}
	// A plural office after its portfolio names a body: "Joint Chiefs
	// of Staff".
	if _, _, plural := lx.pluralRoleHead(doc, i); plural {
		return i
	}
	start := i
	for start > 0 && !toks[start].Newline() && toks[start].SpaceBefore() {
		t := &toks[start-1]
		if t.Kind != Word || !t.IsCap() || !lx.portfolio.hasTok(t) {
			break
		}
		if _, _, body := lx.orgHeads.longest(toks, start-1); body {
			break
		}
		start--
	}
	if start == i {
		return i
	}
	if start > 0 && !toks[start].Newline() {
		if b := &toks[start-1]; b.Kind == Word && (b.IsCap() || b.Lower(doc) == "of" ||
			b.Lower(doc) == "the" && start > 1 && toks[start-2].Lower(doc) == "of") {
			return i
		}
	}
	return start
}

// unitNounsBefore returns the start of the lower-case nouns that stand
// between a body's name and the lower-case office toks[i] and name the
// part of the body the office runs ("Tarvo Squadron supply platoon
// commander", "the Kessa Guard's training section chief"), or that open
// an apposition after the holder's name ("Ivo Tarn, ground troops
// commander of …"), or that make a title before the holder's name ("and
// militia commander Ivo Tarn"), or i. The nouns, at most maxUnitNouns,
// follow a capitalised name word, its possessive or a comma after it, or,
// before a name, a common word or a word of the holder; a common word, a
// word of its holder ("new", "former", "female") or of the clause
// ("proclaimed himself", "welcomes") is none.
func (lx *lexicon) unitNounsBefore(doc *Doc, i int) int {
	toks := doc.Tokens
	h := lx.lowerHeadAt(doc, i)
	if toks[i].IsCap() || toks[i].Break() || h < 0 {
		return i
	}
	b := i
	for b > 0 && i-b < maxUnitNouns {
		t := &toks[b-1]
		if t.Kind != Word || t.IsCap() || t.Break() || !t.SpaceBefore() || lx.common.hasTok(t) || lx.holderWord(t) || lx.clauseWord(doc, t) {
			break
		}
		b--
	}
	if b == i || b == 0 || toks[b].Break() {
		return i
	}
	if lx.isNameWord(doc, &toks[b-1]) && !toks[b-1].Newline() ||
		b > 1 && (isPossessiveToken(toks[b-1].Text(doc)) || toks[b-1].Text(doc) == ",") && lx.isNameWord(doc, &toks[b-2]) {
		return b
	}
	// The one holder the text speaks of: "Ivo Tarn, the police
	// commander,", "the district governor said" (definiteOffice).
	// A word of its holder may stand between ("the local police chief",
	// "the slain army chief").
	o := b - 1
	if o > 0 && lx.holderWord(&toks[o]) && !toks[o].IsCap() {
		o--
	}
	if lx.definiteOffice(doc, o+1, h+1) {
		return b
	}
	// A title before its holder's name: "and militia commander Ivo Tarn",
	// "former border guard chief Ana Ruiz".
	if (lx.common.hasTok(&toks[b-1]) || lx.holderWord(&toks[b-1])) && !toks[b-1].IsCap() &&
		h+1 < len(toks) && toks[h+1].SpaceBefore() && !toks[h+1].Newline() && lx.isNameWord(doc, &toks[h+1]) {
		return b
	}
	return i
}

// clauseWord reports whether t belongs to the clause around an office
// rather than to its name: a verb of news ("Tarvo welcomes commander Ivo
// Tarn", "said"), a past participle, a reflexive pronoun ("Ivo Tarn
// proclaimed himself governor") or a copula ("became").
func (lx *lexicon) clauseWord(doc *Doc, t *Token) bool {
	if lx.headlineVerbs.hasTok(t) || lx.speechVerbs.hasTok(t) {
		return true
	}
	switch w := t.Lower(doc); w {
	case "himself", "herself", "themselves", "itself":
		return true
	case "became", "become", "becomes", "becoming", "remain", "remains", "stays":
		return true // a copula before the office: "Ivo Tarn became prime minister"
	default:
		return pastForm(w)
	}
}

// pastForm reports whether the lower-case word w looks like a verb's past
// form or participle ("called", "proclaimed"), a word of the clause.
func pastForm(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "ed")
}

// lowerHeadAt returns the index of the first office head from toks[i],
// after its modifiers, when it is in lower case and no spokesman, whose
// nouns name the body he speaks for ("army spokesman"), or -1.
func (lx *lexicon) lowerHeadAt(doc *Doc, i int) int {
	toks := doc.Tokens
	for h := i; h < len(toks) && h-i <= maxRoleModifiers; h++ {
		if lx.isRoleHead(&toks[h]) {
			if toks[h].IsCap() || spokesHead(toks[h].Lower(doc)) {
				return -1
			}
			return h
		}
	}
	return -1
}

// maxUnitNouns bounds the lower-case nouns between a body's name and its
// office.
const maxUnitNouns = 3

// holderWord reports whether t, before an office, says who holds it,
// when or how, rather than what the office is (context_words.tsv's
// `holder`).
func (lx *lexicon) holderWord(t *Token) bool {
	return lx.holderWords.hasTok(t)
}

// clockTime reports whether toks[i] is "PM" after a number, a time of
// day ("3 PM"), not the Prime Minister.
func clockTime(doc *Doc, i int) bool {
	return i > 0 && doc.Tokens[i-1].Kind == Number && doc.Tokens[i].Text(doc) == "PM"
}

// definiteOffice reports whether the lower-case office toks[i:end] is
// the office of the one holder the text speaks of, which "the" or a
// possessive before it makes it: "The president also said", "said the
// president,", "the mission's commander.", "the deputy secretary noted"
// (ANNOTATION.md: a ROLE with no named holder is still a ROLE). The word
// after it must end the noun: punctuation, a verb its subject takes or a
// preposition, not a noun it qualifies ("the premier counter-terrorist
// unit").
func (lx *lexicon) definiteOffice(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if i == 0 || end >= len(toks) || toks[i].IsCap() || !ownerWord(toks[i-1].Lower(doc)) {
		return false
	}
	return lx.officeEndsNoun(doc, end, false)
}

// officeEndsNoun reports whether a lower-case office ends its noun phrase
// before toks[end]: a mark that ends a noun, a preposition, a verb its
// subject takes or "of" and its own unit, not a noun it qualifies ("the
// premier counter-terrorist unit"); with dated, a date's word as well
// ("named deputy commander last year").
func (lx *lexicon) officeEndsNoun(doc *Doc, end int, dated bool) bool {
	next := &doc.Tokens[end]
	if next.Kind == Punct {
		return endsNoun(next.Text(doc))
	}
	if next.Kind != Word || next.IsCap() {
		return false
	}
	w := next.Lower(doc)
	if dated {
		switch w {
		case "last", "this", "next", "since", "until", "effective", "earlier", "later":
			return true
		}
	}
	return afterNoun(w) || lx.beforeVerb(doc, end) || lx.ofOwnUnit(doc, end)
}

// appointedToOffice reports whether the lower-case office toks[i:end],
// of two words or more, is the predicate of an appointment: right after a verb that gives an
// office ("was appointed deputy commander", "served as chief of staff",
// "became defence secretary"; appointingWord but the copula), where it
// ends its noun phrase (definiteOffice's test, or a date's word: "named
// deputy commander last year").
func (lx *lexicon) appointedToOffice(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if i == 0 || end >= len(toks) || end-i < 2 || toks[i].IsCap() || toks[i-1].IsCap() {
		return false // (one bare word, "became president", stays out: the fifteenth round's case)
	}
	switch toks[i-1].Lower(doc) {
	case "appointed", "named", "nominated", "elected", "designated", "as", "became", "become", "becomes":
	default:
		return false
	}
	if i > 1 && toks[i-1].Lower(doc) == "as" {
		switch toks[i-2].Lower(doc) {
		case "such", "well", "same", "so":
			return false // "such as commander and staff": a comparison
		}
	}
	return lx.officeEndsNoun(doc, end, true)
}

// ofOwnUnit reports whether "of", an article or a possessive and a
// lower-case noun follow the office that ends at toks[end]: the unit,
// ship or body it runs, named by its kind ("the commanding officer of
// the destroyer", "commander of the battalion"), which ends the office
// as a preposition does. Not after the heads of ad hoc functions
// ("head of the delegation", "leader of the group": ANNOTATION.md),
// which name no office, nor before an event's noun ("director of the
// exercise": the sixteenth round's ad hoc function).
func (lx *lexicon) ofOwnUnit(doc *Doc, end int) bool {
	toks := doc.Tokens
	if end+2 >= len(toks) || toks[end].Lower(doc) != "of" || toks[end+2].Kind != Word || toks[end+2].IsCap() || lx.eventWordAt(doc, end+2) {
		return false
	}
	if _, _, ok := lx.eventOpeners.longest(toks, end+2); ok {
		return false
	}
	switch toks[end+1].Lower(doc) {
	case "the", "its", "his", "her", "their":
	default:
		return false
	}
	switch toks[end-1].Lower(doc) {
	case "head", "heads", "leader", "leaders", "member", "members", "chair", "part", "one":
		return false
	}
	return true
}

// numberedNameEnd reports whether toks[k] is the number that ends a
// unit's name, spaced after its words ("Task Force 61", "Group 5"): a
// cardinal in digits, no year, on the line of the name.
func numberedNameEnd(doc *Doc, k int) bool {
	t := &doc.Tokens[k]
	return t.Kind == Number && t.SpaceBefore() && !t.Newline() && atoiDigits(t.Text(doc)) > 0 && !isYear(doc, t)
}

// ownerWord reports whether w, before a noun, makes it one thing the text
// already knows: the article or a possessive.
func ownerWord(w string) bool {
	switch w {
	case "the", "his", "her", "its", "their", "our", "your", "'s", "’s":
		return true
	}
	return false
}

// endsNoun reports whether the punctuation p closes the noun before it.
func endsNoun(p string) bool {
	switch p {
	case ",", ".", ";", ":", ")", "”", "\"", "’", "?", "!", "—", "–":
		return true
	}
	return false
}

// afterNoun reports whether w is a word that follows a whole noun phrase:
// a preposition, a conjunction or a relative pronoun. Not "of", which
// would take ad hoc functions ("the head of the delegation").
func afterNoun(w string) bool {
	switch w {
	case "for", "to", "at", "in", "on", "from", "with", "during", "and", "who", "whose":
		return true
	}
	return false
}

// isSubjectVerb reports whether w, after a noun, makes it the subject of a
// verb: an auxiliary or an adverb before a verb.
func isSubjectVerb(w string) bool {
	switch w {
	case "also", "will", "would", "has", "had", "was", "is", "then", "later", "met", "visited", "thanked", "welcomed", "expressed", "pointed", "mentioned", "looks", "hopes",
		"took", "made", "gave", "held", "led", "sent", "spoke", "went", "came", "left", "saw", "began", "won", "paid", "kept", "wrote":
		return true
	}
	return false
}

// maxRoleModifiers bounds the words before an office's head ("Acting
// Deputy Foreign Minister").
const maxRoleModifiers = 4

// matchRole returns the end of the office starting at toks[i].
func (lx *lexicon) matchRole(doc *Doc, i int) (int, bool) {
	if !lx.mayStartRole(&doc.Tokens[i]) {
		return 0, false
	}
	return lx.matchRoleFrom(doc, i)
}

// mayStartRole is matchRole's first test, small enough to be inlined: an
// office starts with a modifier, a head, or a plural head, which ends in
// "s" or "S" whatever its case.
func (lx *lexicon) mayStartRole(t *Token) bool {
	return t.props&propRoleStart != 0 || t.endsInS()
}

// matchRoleFrom is matchRole after its first test.
func (lx *lexicon) matchRoleFrom(doc *Doc, i int) (int, bool) {
	toks := doc.Tokens
	if lx.lowerBeforeOffice(doc, i) {
		return 0, false
	}
	j := i
	portfolio, allCap := false, true
	for j-i < maxRoleModifiers && lx.roleMods.startsAt(toks, j) {
		n, v, ok := lx.roleMods.longest(toks, j)
		if !ok {
			break
		}
		// A body that names itself alone is its own span before an
		// office: "Army Commanding General" (ANNOTATION.md: "Navy
		// Spokesman" is ORG + ROLE); "army chief" is one office.
		// A body's head is an office's modifier only before a
		// capitalised head ("Department Spokesperson", "Deputy Chief
		// Cabinet Secretary"); before a lower-case one it ends the
		// body's name ("Defense Department spokesman" is ORG + ROLE).
		if m, hv, body := lx.orgHeads.longest(toks, j); body && m == n && (hv == "alone" && toks[j].IsCap() || j+n == len(toks) || !toks[j+n].IsCap()) {
			break
		}
		// A longer head that opens with the modifier takes it: "Chief
		// Defence Scientist".
		if m, _, head := lx.roleHeads.longest(toks, j); head && m > n && v != "portfolio" &&
			(j+m == len(toks) || toks[j+m].SpaceBefore()) {
			break
		}
		// A modifier that is itself the start of a head ("Deputy",
		// "Chief") is left to the head when nothing follows it.
		if _, _, head := lx.roleHeads.longest(toks, j+n); !head {
			_, _, mod := lx.roleMods.longest(toks, j+n)
			_, _, plural := lx.pluralRoleHead(doc, j+n)
			if !mod && !plural {
				break
			}
		}
		portfolio = portfolio || v == "portfolio"
		allCap = allCap && (toks[j].IsCap() || v == "status")
		j += n
	}
	n, v, ok := 0, "", false
	if lx.roleHeads.startsAt(toks, j) {
		n, v, ok = lx.roleHeads.longest(toks, j)
	}
	plural := false
	if !ok {
		n, v, ok = lx.pluralRoleHead(doc, j)
		plural = ok
	}
	if !ok || lx.bodyAcronymAfterOf(doc, i, j, n) {
		return 0, false
	}
	// A spokesman speaks for a body, which a portfolio word before him
	// names: "military spokesman", "army spokesman" are the office
	// "spokesman" alone.
	if portfolio && spokesHead(toks[j].Lower(doc)) {
		return 0, false
	}
	// An office of several words in sentence case is the office too:
	// "High representative", and "Deputy minister" before a name, as some
	// outlets write them.
	sentenceCase := toks[i].IsCap() && (n > 1 && (j == i || allCap) ||
		j > i && j+n < len(toks) && toks[j+n].IsCap() && toks[j+n].Kind == Word)
	for k := j; k < j+n; k++ {
		// "Secretary-general": a word glued after a hyphen keeps the
		// capital of the word before it.
		glued := k > j && toks[k-1].Text(doc) == "-" && !toks[k].SpaceBefore()
		allCap = allCap && (toks[k].IsCap() || toks[k].Kind == Punct || glued || elidedCap(toks[k].Text(doc)) || lx.common.hasTok(&toks[k]))
	}
	allCap = allCap || sentenceCase
	end := j + n
	// "President-elect", "premier-designate": an office not yet taken up,
	// in any case.
	elect := end+1 < len(toks) && toks[end].Text(doc) == "-" && !toks[end].SpaceBefore() && !toks[end+1].SpaceBefore() &&
		(toks[end+1].Lower(doc) == "elect" || toks[end+1].Lower(doc) == "designate")
	if elect {
		end += 2
	}
	if end < len(toks) && !toks[end].SpaceBefore() && toks[end].Kind == Word {
		return 0, false // part of a longer word
	}
	// "Secretary-General to the President", "Deputy to the Commander",
	// "Special Envoy of the Secretary-General": an office that serves
	// another is one office.
	if end+2 < len(toks) && (toks[end].Lower(doc) == "to" || toks[end].Lower(doc) == "of") && toks[end+1].Lower(doc) == "the" &&
		toks[end+2].IsCap() == toks[j].IsCap() && toks[end+2].Kind == Word {
		// Not the body an office runs: "Head of the President's Office";
		// nor an office with a complement of its own, which is an office
		// apart: "Adviser" to the "Head of the Tarvo Office", "State
		// Secretary" to the "Minister of Foreign Affairs".
		if m, _, ok := lx.roleHeads.longest(toks, end+2); ok && !lx.officeBody(doc, end+2+m) && !lx.bodyAcronymAfterOf(doc, end+2, end+2, m) &&
			(end+2+m == len(toks) || toks[end+2+m].Lower(doc) != "of") {
			end += 2 + m
		}
	}
	// A lower-case head that a named complement follows names a specific
	// office ("commander of the Northern Fleet", "president of Ruritania").
	// After "the", "at" a body does as well: "the deputy commander at
	// U.S. Tarvo Command" (but "a speaker at the Tarvo Forum").
	at := end < len(toks) && toks[end].Lower(doc) == "at" && i > 0 && ownerWord(toks[i-1].Lower(doc))
	namedComplement := end+2 < len(toks) && (toks[end].Lower(doc) == "of" || toks[end].Lower(doc) == "for" || at) &&
		lx.namedAfter(doc, end+1)
	// A lower-case office after a name is that body's office: "the Air
	// Force chief of staff", "the Fleet commander", "the Russian president".
	afterName := i > 0 && !toks[i].IsCap() && !toks[i].Break() && !lx.isRoleModifier(toks, i-1) &&
		(lx.isNameWord(doc, &toks[i-1]) || i > 1 && isPossessiveToken(toks[i-1].Text(doc)) && lx.isNameWord(doc, &toks[i-2]) ||
			i > 1 && numberedNameEnd(doc, i-1) && lx.isNameWord(doc, &toks[i-2]) || // "Task Force 61 commander"
			i > 2 && toks[i-1].Text(doc) == ")" && toks[i-2].isAcronym() && toks[i-3].Text(doc) == "(" || // "Pacific Air Forces (PACAF) commander"
			lx.unitNounsBefore(doc, i) < i)
	complemented := false
	for c := 0; c < maxComplements; c++ {
		e, ok := lx.roleComplement(doc, end)
		if !ok {
			break
		}
		end, complemented = e, true
	}
	// "Secretary of Defense Spokesperson": the spokesperson of an office
	// is one office.
	if allCap && end < len(toks) && toks[end].IsCap() && toks[end].SpaceBefore() && !toks[end].Newline() {
		if m, hv, ok := lx.roleHeads.longest(toks, end); ok && hv == "lower" && toks[j].IsCap() {
			end += m
		}
	}
	switch {
	case plural && !complemented && !portfolio && !(toks[j].IsCap() && lx.personAfter(doc, end)):
		// "the ministers", but "defence ministers", "Presidents Ivo
		// Tarn and Ana Ruiz"
		return 0, false
	case allCap:
	case v == "lower" || portfolio || elect:
	case namedComplement && !plural:
	case afterName && !plural:
	case !plural && lx.apposedOffice(doc, i, end):
	case !plural && lx.officeAfterName(doc, i, end, complemented):
	case !plural && !complemented && lx.definiteOffice(doc, i, end):
	case !plural && lx.appointedToOffice(doc, i, end):
	case !plural && end < len(toks) && toks[end].SpaceBefore() && lx.rankBeforeName(doc, end):
		// "outgoing commander Gen. Ivo Tarn": the office of the named.
	default:
		return 0, false
	}
	if lx.meetingOfHolders(doc, end) || lx.chairOfBody(doc, i, end) {
		return 0, false
	}
	return end, true
}

// personAfter reports whether a listed given or family name follows at
// toks[k], on the same line: the people a plural office names
// ("Presidents Chavez and Uribe", but "Queens Dragoon Guards").
func (lx *lexicon) personAfter(doc *Doc, k int) bool {
	toks := doc.Tokens
	switch toks[k-1].Lower(doc) {
	case "kings", "queens", "princes":
		return false // royal plurals name places and regiments: "Kings Park", "Queens Dragoon Guards"
	}
	if k >= len(toks) || toks[k].Kind != Word || !toks[k].IsCap() || !toks[k].SpaceBefore() || toks[k].Newline() {
		return false
	}
	return lx.givenNames.hasTok(&toks[k]) || lx.familyNames.hasTok(&toks[k]) || lx.namesListed(doc, k)
}

// namesListed reports whether toks[k] opens a list of single capitalised
// words joined by commas and "and", none a place's: the family names a
// plural office names ("Senators Tarvel, Kosso and Drane").
func (lx *lexicon) namesListed(doc *Doc, k int) bool {
	toks := doc.Tokens
	if _, place := lx.isPlace(doc, k); place || k+2 >= len(toks) {
		return false
	}
	j := k + 1
	if toks[j].Text(doc) == "," && j+1 < len(toks) && toks[j+1].Lower(doc) == "and" {
		j++
	}
	if toks[j].Text(doc) != "," && toks[j].Lower(doc) != "and" || j+1 >= len(toks) {
		return false
	}
	next := &toks[j+1]
	if next.Kind != Word || !next.IsCap() {
		return false
	}
	_, place := lx.isPlace(doc, j+1)
	return !place
}

// meetingOfHolders reports whether a possessive and a meeting follow the
// office ending at toks[end]: "a foreign ministers' meeting", "the Fleet
// Commander's meeting" name a gathering by who attends, not an office
// anyone holds. The meetings are context_words.tsv's `holders-meeting`.
func (lx *lexicon) meetingOfHolders(doc *Doc, end int) bool {
	toks := doc.Tokens
	if end+1 >= len(toks) {
		return false
	}
	switch toks[end].Text(doc) {
	case "'", "’", "'s", "’s":
	default:
		return false
	}
	return lx.holdersMeetings.hasTok(&toks[end+1])
}

// chairOfBody reports whether toks[i:end] is "Chair" after a body's
// acronym or a possessive with no name after it: the chairmanship a
// country holds ("as ASEAN Chair", "Cambodia's Chair year"), not an
// office of a person.
func (lx *lexicon) chairOfBody(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if end != i+1 || toks[i].Lower(doc) != "chair" || i == 0 {
		return false
	}
	if !toks[i-1].isAcronym() && !isPossessiveToken(toks[i-1].Text(doc)) {
		return false
	}
	return end == len(toks) || !lx.isNameWord(doc, &toks[end])
}

// apposedOffice reports whether the lower-case office toks[i:end] stands
// in apposition to its holder: before a comma and a rank ("its commander,
// Rear Admiral Ivo Tarn"), or between commas after a name ("Ivo Tarn,
// director, Strategy Directorate").
func (lx *lexicon) apposedOffice(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if end+1 >= len(toks) || toks[end].Text(doc) != "," {
		return false
	}
	if lx.startsRank(doc, end+1) {
		return true
	}
	c := skipCaptionPosition(doc, i-1) // "Ivo Tarn, left, commander, …"
	// "Ivo Tarn, commander, Tarvo Fleet and commander, Kessa Group": an
	// office coordinated with the one before, its body after a comma,
	// a numbered unit too ("commander, 1st Kessa Division").
	return c >= 1 && (toks[c].Text(doc) == "," || toks[c].Lower(doc) == "and") && toks[c-1].IsCap() && toks[c-1].Kind == Word && (toks[end+1].IsCap() || numberedUnitAt(doc, end+1))
}

// skipCaptionPosition returns the comma before a photo caption's position
// words that end at the comma toks[k] (", center left,"), or k.
func skipCaptionPosition(doc *Doc, k int) int {
	toks := doc.Tokens
	if k < 2 || toks[k].Text(doc) != "," {
		return k
	}
	j := k - 1
	for j > 0 && captionPositionWord(toks[j].Lower(doc)) && !toks[j].IsCap() {
		j--
	}
	if j < k-1 && toks[j].Text(doc) == "," {
		return j
	}
	return k
}

// captionPositionWord reports whether w places a person in a photo.
func captionPositionWord(w string) bool {
	switch w {
	case "left", "right", "center", "centre", "middle", "front", "rear", "back", "second", "third", "from", "far", "top", "bottom":
		return true
	}
	return false
}

// lowerBeforeOffice reports whether toks[i] is a common word in lower
// case that reads as an office's modifier or first word before
// capitalised words: a preposition or an ordinal of the sentence, not the
// office's ("made under Prime Minister Ana Ruiz", "under Secretary Ivo
// Tarn", "the first Commander of the Tarvo Navy"). An office's own word
// stays ("deputy Defense Minister").
func (lx *lexicon) lowerBeforeOffice(doc *Doc, i int) bool {
	toks := doc.Tokens
	if toks[i].IsCap() || i+1 >= len(toks) || !toks[i+1].IsCap() || toks[i+1].Kind != Word || !lx.common.hasTok(&toks[i]) {
		return false
	}
	n, _, mod := lx.roleMods.longest(toks, i)
	m, _, head := lx.roleHeads.longest(toks, i)
	return mod && n == 1 || head && m > 1
}

// spokesHead reports whether w is an office that speaks for a body
// ("spokesman").
func spokesHead(w string) bool {
	return w == "spokesman" || w == "spokeswoman" || w == "spokesperson"
}

// isRoleModifier reports whether toks[k] is a modifier of offices that is
// no portfolio ("Acting", "Deputy"): it names no body an office belongs
// to, as "Navy" does.
func (lx *lexicon) isRoleModifier(toks []Token, k int) bool {
	n, v, ok := lx.roleMods.longest(toks, k)
	return ok && n == 1 && v != "portfolio"
}

// officeBody reports whether a possessive or an organisation's head at
// toks[k] makes the office before it the owner of a body ("President's
// Office", "President Office").
func (lx *lexicon) officeBody(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k >= len(toks) {
		return false
	}
	if isPossessiveToken(toks[k].Text(doc)) {
		return true
	}
	_, _, ok := lx.orgHeads.longest(toks, k)
	return ok
}

// elidedCap reports whether s is a capitalised word after an elided
// article or preposition: "d'Affaires", "l'Armée".
func elidedCap(s string) bool {
	if len(s) < 3 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	rest, ok := strings.CutPrefix(s[1:], "'")
	if !ok {
		if rest, ok = strings.CutPrefix(s[1:], "’"); !ok {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// namedAfter reports whether a name follows at toks[k], after an optional
// "the": capitalised words that are no nationality adjective and that no
// lower-case noun continues ("the Northern Fleet", not "the French
// delegation").
func (lx *lexicon) namedAfter(doc *Doc, k int) bool {
	toks := doc.Tokens
	if toks[k].Lower(doc) == "the" {
		k++
	}
	// "the 1st Tarvo Division": a numbered unit.
	if k+1 < len(toks) && toks[k].Kind == Number && isOrdinal(doc, &toks[k]) && toks[k+1].IsCap() {
		k++
	}
	if k >= len(toks) || !toks[k].IsCap() {
		return false
	}
	demonym := lx.demonymWord(doc, k)
	// "the French delegation" is a description; "the French Joint
	// Staff", "U.S. Space Forces" name bodies.
	k, body := lx.capitalRun(doc, k)
	if body {
		return true
	}
	// "the Upper Tarvo district", "Kessa province": a place named with its
	// kind.
	return !demonym && (k == len(toks) || toks[k].Kind != Word || lx.common.hasTok(&toks[k]) || !toks[k].SpaceBefore() ||
		!toks[k].IsCap() && lx.placeAfter.hasTok(&toks[k]))
}

// capitalRun returns the end of the run of capitalised words starting at
// toks[k], up to a comma or a full stop, and whether an organisation's
// head word stands in it.
func (lx *lexicon) capitalRun(doc *Doc, k int) (int, bool) {
	toks := doc.Tokens
	body := false
	for start := k; k < len(toks) && k-start < maxNameSpan && (toks[k].IsCap() || toks[k].Kind != Word) && toks[k].Text(doc) != "," && toks[k].Text(doc) != "."; k++ {
		if _, _, ok := lx.orgHeads.longest(toks, k); ok && toks[k].IsCap() {
			body = true
		}
	}
	return k, body
}

// pluralRoleHead matches a one-word head in the plural ("Chiefs").
func (lx *lexicon) pluralRoleHead(doc *Doc, j int) (int, string, bool) {
	toks := doc.Tokens
	if j >= len(toks) || toks[j].Kind != Word {
		return 0, "", false
	}
	w := toks[j].Lower(doc)
	if len(w) < 4 || w[len(w)-1] != 's' || !lx.rolePlurals.mayHave(w) {
		return 0, "", false
	}
	v, ok := lx.roleHeadWords.get(w[:len(w)-1])
	return 1, v, ok
}

// servicePortfolio reports whether the words from toks[j], right after
// "of" at toks[k], are capitalised portfolio words to the end of the name
// ("of Air Force", "of Joint Staff"), as the titles of service chiefs
// write their service.
func (lx *lexicon) servicePortfolio(doc *Doc, k, j int) bool {
	toks := doc.Tokens
	if j != k+1 {
		return false
	}
	e := j
	for e < len(toks) && e-j < 2 && toks[e].IsCap() && toks[e].Kind == Word && lx.portfolio.hasTok(&toks[e]) {
		e++
	}
	return e > j && (e == len(toks) || !toks[e].IsCap() || toks[e].Kind != Word || lx.startsRank(doc, e))
}

// roleComplement returns the end of an "of/for" complement starting at
// toks[k] that is part of the office.
func (lx *lexicon) roleComplement(doc *Doc, k int) (int, bool) {
	toks := doc.Tokens
	if k+1 >= len(toks) || (toks[k].Lower(doc) != "of" && toks[k].Lower(doc) != "for") {
		return 0, false
	}
	forPlace := toks[k].Lower(doc) == "for"
	j := k + 1
	if toks[j].Lower(doc) == "the" {
		j++
	}
	// A lower-case office takes a lower-case portfolio ("deputy under
	// secretary for international affairs"), but a nation's body after
	// "the" is the office's employer, not its title ("a spokesman for the
	// North Korean military").
	lowerHead := !toks[k-1].IsCap()
	if lowerHead && j > k+1 && j < len(toks) {
		if _, _, nation := lx.demonyms.longest(toks, j); nation {
			return 0, false
		}
	}
	if j >= len(toks) || !toks[j].IsCap() && !(lowerHead && lx.portfolio.hasTok(&toks[j])) {
		return 0, false
	}
	// An organisation with a name of its own, or a country after "of",
	// is not part of the office; a service named by portfolio words right
	// after "of" is ("Chief of Air Force", "Chief of Naval Staff").
	if _, _, ok := lx.org.longest(toks, j); (ok || lx.namesOrg(doc, j)) && !lx.servicePortfolio(doc, k, j) {
		return 0, false
	}
	// "for" a region is a portfolio ("Minister for the Middle East"), and
	// may qualify the portfolio words after it ("for Indo-Pacific
	// Security Affairs"); a country after "of" or "for" is not part of
	// the office ("Special Representative for Syria").
	end := 0
	if n, _, ok := lx.loc.longest(toks, j); ok && forPlace {
		// "mission commander for Pacific Kessa", a listed event or body
		// that opens with the region: the holder's charge, no portfolio.
		if m, _, named := lx.event.longest(toks, j); named && m > n {
			return 0, false
		}
		if m, _, named := lx.org.longest(toks, j); named && m > n {
			return 0, false
		}
		j += n
		end = j
	} else if _, ok := lx.isPlace(doc, j); ok {
		return 0, false
	}
	// "Commanding Officer of Air Station Kodiak": a facility.
	if _, v, ok := lx.locPatterns.longest(toks, j); ok && v == "before" && end == 0 {
		return 0, false
	}
	for start := j; j < len(toks) && j-start < maxNameSpan && !toks[j].Newline(); {
		t := &toks[j]
		switch {
		case lx.rankBeforeName(doc, j):
			return end, end > 0
		case (t.IsCap() || lowerHead) && lx.portfolio.hasTok(t):
			j++
			end = j
		case end == j && gluedHyphen(doc, j) && toks[j+1].IsCap() == toks[j-1].IsCap() && lx.portfolio.hasTok(&toks[j+1]) &&
			(j+2 >= len(toks) || !toks[j+2].IsCap() || lx.portfolio.hasTok(&toks[j+2])):
			j += 2 // "for Political-Military Affairs", but not "for Civil-Military Engagement"
			end = j
		case t.IsCap() && lx.demonymWord(doc, j):
			// A nationality counts before a portfolio ("of French
			// Affairs"), not before a body ("of the Spanish Navy").
			if _, body := lx.capitalRun(doc, j+1); body {
				return end, end > 0
			}
			j++
		case t.Lower(doc) == "and" || t.Lower(doc) == "&" || t.Text(doc) == ",":
			if lx.officeAhead(doc, j+1) {
				return end, end > 0 // "Chiefs of Defence Force, and Defence Minister Ann Lee"
			}
			j++
		case forPlace && lx.regionAfterJoin(doc, j, end):
			n, _, _ := lx.loc.longest(toks, j)
			j += n // "for Europe and Eurasia": the portfolio's regions joined
			end = j
		case forPlace && !lowerHead && lx.portfolioShaped(doc, j):
			// "Assistant Secretary for Nuclear, Chemical and Biological
			// Programs": after "for", a capitalised office takes as its
			// portfolio capitalised words that name no person, place,
			// body, office or instrument (portfolioRun).
			r, ok := lx.portfolioRun(doc, j)
			if !ok {
				return end, end > 0
			}
			j, end = r, r
		case !forPlace && !lowerHead && lx.portfolioShaped(doc, j):
			// "Assistant Secretary of Maritime and Ocean Affairs": after
			// "of", an unlisted word stands in a portfolio that a run of
			// words joined by "and" closes on a listed plural portfolio
			// word ("Affairs"; not "Ambassador of Zorvania and Defence"),
			// where the capitals end ("… and Kessa Development Bank" is a
			// body; "Chief of the Tarvo Navy" joins nothing), or that
			// "Affairs" closes alone, before the holder's name too
			// ("Minister of Kessa Affairs Ivo Tarn"), not before a body's
			// head ("of Kessa Affairs Council").
			r, ok := lx.portfolioRun(doc, j)
			if !ok || !joinedRun(doc, j-2, r) && !affairsClosed(doc, r) || !lx.portfolio.hasTok(&toks[r-1]) || !toks[r-1].endsInS() ||
				r < len(toks) && toks[r].Kind == Word && toks[r].IsCap() && !(affairsClosed(doc, r) && !lx.orgHeads.startsAt(toks, r)) {
				return end, end > 0
			}
			j, end = r, r
		default:
			if end == 0 || lowerHead && end == j && lx.employerNoun(t) {
				return 0, false // "a spokesman for the foreign ministry": its body, no portfolio
			}
			return end, true
		}
	}
	return end, end > 0
}

// portfolioRun returns the end of the portfolio that capitalised words
// from toks[k] make, portfolioShaped or portfolio words with "and" or "&"
// among them, and whether they make one: it closes on the last portfolio
// word of the run, or on a plural after "and" ("Chemical and Biological
// Programs"); words after it are a holder's name.
func (lx *lexicon) portfolioRun(doc *Doc, k int) (int, bool) {
	toks := doc.Tokens
	end, joined := 0, false
	for j := k; j < len(toks) && j-k < maxNameSpan && !toks[j].Newline(); j++ {
		t := &toks[j]
		if (t.Lower(doc) == "and" || t.Text(doc) == "&") && j > k && toks[j-1].IsCap() {
			joined = true
			continue
		}
		if !t.IsCap() {
			break
		}
		portfolio := lx.portfolio.hasTok(t)
		if !portfolio && !lx.portfolioShaped(doc, j) {
			break
		}
		if portfolio || joined && t.endsInS() {
			end = j + 1
		}
	}
	return end, end > 0
}

// affairsClosed reports whether the portfolio run ending at toks[end]
// closes on "Affairs": capitalised words before it name a field of
// affairs that an office serves ("Minister of Kessa Affairs", "Secretary
// of Tarvo Affairs"), whether or not a list knows them.
func affairsClosed(doc *Doc, end int) bool {
	return doc.Tokens[end-1].Text(doc) == "Affairs"
}

// joinedRun reports whether "and", "&" or a comma joins words of
// toks[from:to].
func joinedRun(doc *Doc, from, to int) bool {
	for k := from + 1; k < to-1; k++ {
		if w := doc.Tokens[k].Text(doc); w == "and" || w == "&" || w == "," {
			return true
		}
	}
	return false
}

// portfolioShaped reports whether toks[k] is a capitalised word that may
// stand in an office's portfolio though no list holds it: not a given or
// family name, an honorific, a place, the start of a body's name or of a
// listed one, an office's head, a rank, an instrument's or event's head,
// or a headline's verb.
func (lx *lexicon) portfolioShaped(doc *Doc, k int) bool {
	toks := doc.Tokens
	t := &toks[k]
	if t.Kind != Word || !t.IsCap() || t.isCapsWord() || lx.givenNames.hasTok(t) || lx.familyNames.hasTok(t) || lx.isRoleHead(t) || lx.startsRank(doc, k) ||
		lx.honorifics.startsAt(toks, k) || lx.agreementHeads.startsAt(toks, k) || lx.eventHeads.startsAt(toks, k) || lx.headlineVerbs.hasTok(t) {
		return false
	}
	if _, place := lx.isPlace(doc, k); place {
		return false
	}
	if _, _, body := lx.orgHeads.longest(toks, k); body {
		return false
	}
	_, _, org := lx.org.longest(toks, k)
	return !org
}

// officeAhead reports whether portfolio words from toks[k] lead to the
// head of an office: the next office of a list, not more of this one's
// portfolio.
func (lx *lexicon) officeAhead(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < len(toks) && toks[k].Lower(doc) == "and" {
		k++
	}
	for n := 0; k < len(toks) && n < 3 && lx.portfolio.hasTok(&toks[k]); n++ {
		k++
	}
	if k >= len(toks) {
		return false
	}
	return lx.isRoleHead(&toks[k])
}

// rankBeforeName reports whether a rank starts at toks[j] and a name that
// is no portfolio word follows it ("... Army Staff General Manoj Pande",
// but not "the General Staff").
func (lx *lexicon) rankBeforeName(doc *Doc, j int) bool {
	toks := doc.Tokens
	n, _, _ := lx.matchRank(doc, j)
	return n > 0 && j+n < len(toks) && (lx.isNameWord(doc, &toks[j+n]) || spacedInitials(doc, j+n) > j+n) && !lx.portfolio.hasTok(&toks[j+n])
}

// demonymWord reports whether toks[j] is a one-word nationality adjective.
func (lx *lexicon) demonymWord(doc *Doc, j int) bool {
	toks := doc.Tokens
	if !lx.demonyms.startsAt(toks, j) {
		return false
	}
	n, _, ok := lx.demonyms.longest(toks, j)
	return ok && n == 1
}

// namesOrg reports whether the capitalised run of words starting at
// toks[j] holds an organisation head that is not a portfolio word
// ("the Military Medical Department", but not "the Armed Forces"), nor a
// head that needs a name before it and has none ("for Public Affairs").
func (lx *lexicon) namesOrg(doc *Doc, j int) bool {
	toks := doc.Tokens
	for k := j; k < len(toks) && k-j < maxNameSpan && !toks[k].Newline(); k++ {
		t := &toks[k]
		if !t.IsCap() && !isConnector(doc, t) {
			return false
		}
		if n, v, ok := lx.orgHeads.longest(toks, k); ok && (n > 1 || !lx.portfolio.hasTok(t)) && !(v == "named" && k == j) {
			return true
		}
	}
	return false
}

// isConnector reports whether t may join the words of a capitalised name
// ("Ministry of the Armed Forces", "People's Army", "Vietnam-France").
func isConnector(doc *Doc, t *Token) bool {
	switch t.Lower(doc) {
	case "of", "for", "and", "the", "&", "-", "'s", "’s", "on", "de":
		return true
	}
	return false
}

// bodyAcronymAfterOf reports whether the office head toks[j:j+n], with no
// modifier before it (i == j), is an acronym that a listed body shares
// ("CMC": a commandant, and a military commission) after an office head
// and "of" or "of the": an office's complement is a body, not an office
// ("vice chairman of the CMC"; but "the office of the CNS" is his).
func (lx *lexicon) bodyAcronymAfterOf(doc *Doc, i, j, n int) bool {
	toks := doc.Tokens
	if i != j || n != 1 || !toks[j].isAcronym() {
		return false
	}
	if m, _, ok := lx.org.longest(toks, j); !ok || m != 1 {
		return false
	}
	k := j - 1
	if k >= 0 && toks[k].Lower(doc) == "the" {
		k--
	}
	if k < 1 || toks[k].Lower(doc) != "of" {
		return false
	}
	m, _, head := lx.roleHeads.longest(toks, k-1)
	return head && m == 1
}

// numberedUnitAt reports whether toks[k] is an ordinal that opens a
// unit's name ("1st Kessa Division", "3rd Battalion"): a capitalised word
// follows it.
func numberedUnitAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	return toks[k].Kind == Number && isOrdinal(doc, &toks[k]) && k+1 < len(toks) && toks[k+1].IsCap() && toks[k+1].Kind == Word
}

// regionAfterJoin reports whether a listed region (loc.txt) starts at
// toks[j] right after "and" or a comma that follows an office's
// portfolio ending at toks[end-1]: one more region of the portfolio
// ("Assistant Secretary for Europe and Eurasia", "for South and
// Southeast Asia"). A country is not asked: "for Syria" is not part of
// an office.
func (lx *lexicon) regionAfterJoin(doc *Doc, j, end int) bool {
	toks := doc.Tokens
	if end == 0 || j != end+1 {
		return false
	}
	if w := toks[end].Lower(doc); w != "and" && w != "&" && w != "," {
		return false
	}
	_, _, ok := lx.loc.longest(toks, j)
	return ok
}

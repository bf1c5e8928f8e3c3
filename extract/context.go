package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// contextStage guesses names that no list knows from the words around
// them: places after a locative preposition or beside a settlement noun
// ("in Kafr Nubl, Hish and Maarzita", "the Adhamiya district", "the town of
// Qaryatayn"), and rulers named by their regime ("the Gbagbo regime"). Its
// guesses have the lowest priority and only fill tokens no other stage
// claimed.
type contextStage struct {
	lx *lexicon
	// lowerFeatureCues holds every word that one of featuresByToken's
	// rules for a lower-case word starts on (placePassage, sharedAfter,
	// tributeNouns, nationalLandforms, featureParts, featureAfter,
	// placeAfter): one lookup tells that a token starts none of them.
	lowerFeatureCues idSet
	// pluralPlaceCues holds the plurals that listsOfPlacesByToken's
	// lists after a plural start on (placeStatePlurals,
	// placeKindPlurals).
	pluralPlaceCues idSet
	// gpeTheNode is the node of the listed places' names that open with
	// "The" ("The Hague"), when gpeThe says some do (listedWithArticle).
	gpeTheNode int32
	gpeThe     bool
}

// newContextStage builds the context stage of lx and the sets of cues
// that its scans test first.
func newContextStage(lx *lexicon) *contextStage {
	s := &contextStage{lx: lx}
	for _, set := range []*wordSet{lx.placePassage, lx.sharedAfter, lx.tributeNouns, lx.nationalLandforms, lx.featureParts, lx.featureAfter, lx.placeAfter} {
		s.lowerFeatureCues.union(set.ids)
	}
	s.pluralPlaceCues.union(lx.placeStatePlurals.ids)
	s.pluralPlaceCues.union(lx.placeKindPlurals.ids)
	s.gpeTheNode, s.gpeThe = lx.gpe.child(0, lx.tk.vocab.id("The"))
	return s
}

func (s *contextStage) Name() string { return "context" }

func (s *contextStage) Process(doc *Doc) error {
	toks := doc.Tokens
	claimed := doc.scratch.boolSlice(len(toks))
	for _, c := range doc.Candidates {
		for k := c.TokStart; k < c.TokEnd; k++ {
			claimed[k] = true
		}
	}
	lx := s.lx
	// orgEnds[k] is set where an organisation's candidate ends before
	// toks[k].
	orgEnds := doc.scratch.boolSlice(len(toks) + 1)
	for _, c := range doc.Candidates {
		if c.Label == Org && (c.TokEnd-c.TokStart > 1 || !toks[c.TokStart].isAcronym()) {
			orgEnds[c.TokEnd] = true
		}
	}
	// unknown returns the length of an unknown name at i; atStart, while
	// set, lets it open a sentence, and anyGiven a given name stand in it
	// (an organisation's name: "Zorvik Tamar").
	atStart, anyGiven := false, false
	unknown := func(i int) int {
		if lx.afterCombiningForm(doc, i) {
			return 0 // "the Indo-Zorvic region": the compound's part (regionCompoundAt)
		}
		j := i
		for j < len(toks) && j-i < maxNameTokens && !claimed[j] && (lx.isNameWord(doc, &toks[j]) || j == i && lx.sunArticleAt(doc, j) || j > i && toks[j].SpaceBefore() && elidedArticleWord(doc, &toks[j])) && (!toks[j].SentStart() || atStart && j == i) && !(toks[j].isCapsWord() && lx.capsCommon(doc, j)) &&
			(!strings.HasSuffix(toks[j].Text(doc), ".") || j == i && lx.abbreviatedOpener(doc, j)) &&
			(anyGiven || !lx.givenNames.hasTok(&toks[j]) || arabicArticleWord(doc, j, j == i) || j == i+1 && lx.sunArticleAt(doc, i)) && !lx.demonymWord(doc, j) && !(j > i && lx.honorificOpens(doc, j)) {
			j++
			// "Al-Barka": the article glued to the name it opens.
			if j == i+1 && j+1 < len(toks) && arabicArticleWord(doc, i, true) && toks[j].Text(doc) == "-" && !toks[j].SpaceBefore() {
				j++
				continue
			}
			// "Tell al-Abyad", "Dayr al Hajar": a particle glued by a
			// hyphen or standing alone before a capitalised word
			// continues the name.
			if j+2 < len(toks) && lx.particles.hasTok(&toks[j]) && toks[j+1].Text(doc) == "-" && toks[j+2].IsCap() {
				j += 3
			} else if j+1 < len(toks) && j > i && (lx.particles.hasTok(&toks[j]) || placeParticle(toks[j].Text(doc)) && (toks[j].Text(doc) != "a" || lx.placeNameEnds(doc, j+2))) && !toks[j].IsCap() && toks[j+1].IsCap() && !claimed[j+1] && lx.plainName(doc, j+1) &&
				(j+2 >= len(toks) || !lx.speechVerbs.hasTok(&toks[j+2])) {
				j += 2
			}
		}
		return j - i
	}
	// kindName returns the length of the name of an organisation that a
	// noun for its kind introduces at toks[k] (a given name may stand in
	// it; with of, "of" and more of the name: "a group called Sons of
	// Kessa"; always a name's linking word, nameLinkWord: "the aid group
	// Medics Without Walls"), or 0: no rank or office opens it.
	kindName := func(k int, of bool) int {
		anyGiven = true
		n := unknown(k)
		if n > 0 && k+n+1 < len(toks) && (of && toks[k+n].Lower(doc) == "of" || nameLinkWord(doc, &toks[k+n])) {
			if m := unknown(k + n + 1); m > 0 {
				n += 1 + m
			}
		}
		anyGiven = false
		if n == 0 || lx.startsRank(doc, k) || lx.isRoleHead(&toks[k]) {
			return 0
		}
		return n
	}
	// cuedName returns the length of the unknown name at toks[k] that a
	// cue before it makes a body's, when the name ends its phrase (no
	// capitalised word, hyphen or linked name goes on: "Friends of the
	// Tarvo Coast"; with nounless, no lower-case word follows it but a
	// verb's form: "members of the Kessa Tarvo family" name a family) and
	// no rank or office opens it, or 0.
	cuedName := func(k int, nounless bool) int {
		n := unknown(k)
		if n == 0 || lx.startsRank(doc, k) || lx.isRoleHead(&toks[k]) {
			return 0
		}
		if e := k + n; e < len(toks) && (toks[e].IsCap() || gluedHyphen(doc, e) || linkedName(doc, e) || nounless && lx.nounFollows(doc, e)) {
			return 0
		}
		return n
	}
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		switch {
		case t.Kind != Word:
			continue
		case t.props&propPlacePrep == 0:
			// none of the cases below, but "through" before the Arabic
			// article spelt for a sun letter ("drove through Ar Kessa"),
			// which opens no company's name ("rose through Kessacorp")
			if i+1 < len(toks) && t.Lower(doc) == "through" && lx.sunArticleAt(doc, i+1) {
				s.placeList(doc, i+1, unknown, claimed, false, false)
			}
		case i > 0 && lx.nonLocative(doc, i):
			// "participation in Kessa Shield", "condolences to Ivo Tarn":
			// an activity or a recipient, not a place
		case lx.placePreps.hasTok(t):
			s.placeList(doc, i+1, unknown, claimed, false, false)
		case lx.placePartWords.hasTok(t) && !t.IsCap():
			// "in southern Kessa", "across northern Tarvo and Pilna": a
			// part of a place is a part of the names after it; not a
			// capitalised body or group ("the western Allies", "the
			// central Committee").
			if !lx.commonGroupAt(doc, i+1) {
				s.placeList(doc, i+1, unknown, claimed, false, false)
			}
		case i > 0 && t.Lower(doc) == "to" && toks[i-1].IsCap() && lx.isRoleHead(&toks[i-1]):
			// "the Ambassador to Zorvik Ivo Tarn": an office's title
			// before "to" names an envoy's state, one name, which its
			// holder's may follow (not the verb in "head to").
			s.placeList(doc, i+1, unknown, claimed, false, true)
		case lx.placeWeakPreps.hasTok(t):
			s.placeList(doc, i+1, unknown, claimed, true, false)
		case lx.placeWith.hasTok(t) && !t.IsCap() && toks[i+1].Lower(doc) == "with" && i+2 < len(toks):
			// "the border with Drovia": what a place shares with its
			// neighbour.
			s.placeList(doc, i+2, unknown, claimed, false, false)
		case lx.placeWeakWords.hasTok(t):
			// "rebels seized Kessa on Monday"; not "visited Ivo Tarn":
			// one word.
			if unknown(i+1) == 1 {
				s.placeList(doc, i+1, unknown, claimed, true, false)
			}
		case lx.placeBefore.hasTok(t) && toks[i+1].Lower(doc) == "of" && i+2 < len(toks):
			anyGiven = lx.settlementOf(doc, i) // "the town of Marek"
			s.placeList(doc, i+2, unknown, claimed, false, lx.isRoleHead(t))
			anyGiven = false
		case (lx.placeState.hasTok(t) || lx.placeBeforeOf.hasTok(t)) && toks[i+1].Lower(doc) == "of" && i+2 < len(toks):
			// "the President of Kessa, Ivo Tarn": an office's state is
			// one name, and its holder's follows the comma; one word (not
			// "the government of Ivo Tarn").
			if unknown(i+2) == 1 {
				s.placeList(doc, i+2, unknown, claimed, false, lx.isRoleHead(t))
			}
		case lx.placeBefore.hasTok(t) && !t.IsCap():
			// "a village called Ayen Tarvo", "a town known as Kessa"; not
			// a person's noun ("the governor named Ivo Tarn").
			if k := calledAt(doc, i+1); k > 0 && k < len(toks) && !lx.personNouns.hasTok(t) && !lx.isRoleHead(t) {
				s.placeList(doc, k, unknown, claimed, false, false)
			}
		}
		// "the capital, Zorvik,", "the Kessan capital Zorvik.": a
		// settlement's noun before its name in apposition; not one that
		// closes a name ("the Tarvo region, Ivo Kessa,").
		if t.Kind == Word && !t.IsCap() && i+2 < len(toks) && lx.settlementNoun(doc, t) && lx.settlementBeforeName(doc, i) {
			if k := i + 1; toks[k].Text(doc) == "," {
				// After a preposition the noun is its object, and a name
				// of two words after the comma is the clause's subject
				// as often ("The mayor of the city, Ivo Tarn, said").
				if !(i >= 2 && isPreposition(toks[i-2].Lower(doc))) || unknown(k+1) == 1 {
					s.placeList(doc, k+1, unknown, claimed, true, true)
				}
			} else if toks[k].IsCap() {
				s.placeList(doc, k, unknown, claimed, true, true)
			}
		}
		// "the small island of Zorvu": a natural feature's noun before
		// "of" names a LOC.
		if t.Kind == Word && !t.IsCap() && i+2 < len(toks) && lx.featureAfter.hasTok(t) && toks[i+1].Lower(doc) == "of" {
			if n := unknown(i + 2); n > 0 && (i+2+n == len(toks) || !toks[i+2+n].IsCap()) {
				candidate(doc, i+2, i+2+n, Loc, "", "context:feature", PriorityGuess)
			}
		}
		// "the militant group Zorvik Tamar", "state news agency Kessa":
		// a kind of organisation before its name, also capitalised by
		// opening a sentence before a plain name ("Shipbuilder Tarvex
		// won"; not "Coalition Forces Commander").
		if t.props&propOrgCue != 0 && (!t.IsCap() || t.SentStart() && lx.plainName(doc, i+1)) && toks[i+1].SpaceBefore() {
			if k := lx.afterParticle(doc, i+1); toks[k].IsCap() {
				if n := kindName(k, false); n > 0 {
					candidate(doc, i+1, k+n, Org, "", orgCueRule, PriorityGuess)
					i = k + n - 1
					continue
				}
			}
		}
		// (The cues below ask their word's set of context_words.tsv, a
		// bit of the token's id, before they are called: most tokens are
		// none of them.)
		width, lowerWord := int(t.End-t.Start), !t.IsCap()
		// "the Iranian-backed Zorvani", "Tarvo-funded Kessa Dawn": what a
		// state or a body backs is a group.
		if lx.backingWords.hasTok(t) && lx.backingParticiple(doc, i) {
			if n := cuedName(i+1, true); n > 0 && !pluralAfter(doc, i+n) {
				candidate(doc, i+1, i+1+n, Org, "", orgCueRule, PriorityGuess)
				i += n
				continue
			}
		}
		// "a senior member of Velmar Dawn": what has members or
		// employees is a body.
		if lx.memberWords.hasTok(t) {
			if k := lx.memberOf(doc, i); k > 0 {
				if n := cuedName(k, true); n > 0 && !possessiveAt(doc, k+n) && (n > 1 || toks[k-1].Lower(doc) != "the") {
					candidate(doc, k, k+n, Org, "", orgCueRule, PriorityGuess)
					i = k + n - 1
					continue
				}
			}
		}
		// "Shares of Tarvex fell": whose shares trade is a company.
		if width == len("shares") && sharesOf(doc, i) {
			if n := cuedName(i+2, false); n > 0 && !possessiveAt(doc, i+2+n) {
				candidate(doc, i+2, i+2+n, Org, "", orgCueRule, PriorityGuess)
				i += 1 + n
				continue
			}
		}
		// "manufactured by Tarvex", "a contract with Kolvane Marine": the
		// maker of goods and the party of a contract are companies.
		if lowerWord && (lx.makerWords.hasTok(t) || lx.contractWords.hasTok(t)) {
			if k := s.lx.companyCueAt(doc, i); k > 0 {
				if n := cuedName(k, false); n > 0 && !possessiveAt(doc, k+n) {
					candidate(doc, k, k+n, Org, "", orgCueRule, PriorityGuess)
					i = k + n - 1
					continue
				}
			}
		}
		// "the Kessa Navy and Tarvex Marine": a name coordinated with a
		// body's is a body's.
		if orgEnds[i] {
			if k := coordinatedAfterBody(doc, i); k > 0 {
				if n := cuedName(k, false); n > 1 && !possessiveAt(doc, k+n) && (endsNounPhrase(doc, k+n-1, true) || lx.beforeVerb(doc, k+n)) {
					candidate(doc, k, k+n, Org, "", orgCueRule, PriorityGuess)
					i = k + n - 1
					continue
				}
			}
		}
		// "said in a post on Kessagram that", "on his Zorvik account": a
		// medium of posts is a platform, a company's service (a
		// possessive's name is capitalised).
		if lowerWord && (lx.postVerbs.hasTok(t) || width <= len("their") && toks[i+1].IsCap()) {
			if k := s.lx.platformAt(doc, i); k > 0 {
				if n := cuedName(k, false); n == 1 {
					candidate(doc, k, k+1, Org, "", orgCueRule, PriorityGuess)
					i = k
					continue
				}
			}
		}
		// "The boat, Velmora, caught fire", "the group, Velmar Dawn,": a
		// ship's or a body's name in apposition to its kind.
		if lowerWord && toks[i+1].Kind == Punct {
			if k := lx.kindApposition(doc, i); k > 0 {
				if n := unknown(k); n > 0 && k+n < len(toks) && clauseMark(doc, k+n) && !lx.startsRank(doc, k) && !lx.isRoleHead(&toks[k]) {
					candidate(doc, k, k+n, Org, "", orgCueRule, PriorityGuess)
					i = k + n - 1
					continue
				}
			}
		}
		// "according to the Kessa Beacon": a source that "the" names is
		// a body or an outlet.
		if width == len("according") {
			if k := accordingToThe(doc, i); k > 0 {
				if n := cuedName(k, false); n > 0 && !possessiveAt(doc, k+n) && endsNounPhrase(doc, k+n-1, true) && (n > 1 || toks[k-1].IsCap()) && !lx.documentName(doc, k, k+n) {
					candidate(doc, k, k+n, Org, "", orgCueRule, PriorityGuess)
					i = k + n - 1
					continue
				}
			}
		}
		// "a group called Zorvik Tamar", "an outfit known as the Kessa
		// Hawks", "a group called Sons of Kessa": a kind of organisation,
		// then the words that name it. An
		// indefinite article before the kind, so that the verb is no
		// predicate ("the party named Ivo Tarn its leader").
		k := 0
		if t.props&propOrgCue != 0 && !t.IsCap() && i > 0 {
			k = calledAt(doc, i+1)
		}
		if k > 0 && (toks[i-1].Lower(doc) == "a" || toks[i-1].Lower(doc) == "an") && k+1 < len(toks) {
			if toks[k].Lower(doc) == "the" {
				k++
			}
			if n := kindName(k, true); n > 0 && (k+n == len(toks) || !toks[k+n].IsCap()) {
				candidate(doc, k, k+n, Org, "", orgCueRule, PriorityGuess)
				i = k + n - 1
				continue
			}
		}
		// "the Adhamiya district", "the Gbagbo regime", "Gbagbo's regime".
		if !toks[i].IsCap() {
			continue
		}
		// A sentence may open on a place in apposition: "Xuddur, the
		// capital of Bakool, is …".
		if toks[i].SentStart() {
			atStart = true
			n := unknown(i)
			atStart = false
			if n > 0 && i+n+1 < len(toks) && toks[i+n].Text(doc) == "," &&
				(lx.settlementApposition(doc, i+n+1) && lx.settlementNounEnds(doc, i+n+1) || distanceApposition(doc, i+n+1)) {
				candidate(doc, i, i+n, GPE, "", "context:settlement", PriorityGuess)
				i += n - 1
				continue
			}
			// "Zorvik-born Ivo Tarn", "Kessa-based firms": where someone
			// is from or something is based, read from the sentence's
			// start as inside it.
			if k := i + n; n > 0 && k+1 < len(toks) && gluedHyphen(doc, k) && lx.placeCompounds.hasTok(&toks[k+1]) && !toks[i].isAcronym() {
				candidate(doc, i, k, GPE, "", "context:settlement", PriorityGuess)
				i += n - 1
				continue
			}
			// "Tarvo Kessa's airspace": the possessive of a state's
			// noun, read from the sentence's start.
			if k := i + n; n > 0 && k+1 < len(toks) && possessiveAt(doc, k) && lx.stateNounAt(doc, k+1) && !lx.stateTitle(doc, i, k) {
				candidate(doc, i, k, GPE, "", "context:settlement", PriorityGuess)
				i += n - 1
				continue
			}
			// An organisation's or a person's name may hold a given name:
			// read again where one stopped the name, or before a comma or
			// a possessive.
			m := n
			if k := i + n; k < len(toks) && (n == 0 || isComma(doc, &toks[k]) || possessiveAt(doc, k) || lx.givenNames.hasTok(&toks[k])) {
				atStart, anyGiven = true, true
				m = unknown(i)
				atStart, anyGiven = false, false
			}
			if m > 0 && lx.kindAfter(doc, i, i+m) {
				i += m - 1
				continue
			}
		}
		if n := unknown(i); n > 0 && i+n < len(toks) && !s.lx.afterCombiningForm(doc, i) {
			next := i + n
			if toks[next].Text(doc) == "'s" || toks[next].Text(doc) == "’s" {
				next++
			}
			if next < len(toks) {
				switch {
				case toks[next].Lower(doc) == "regime":
					candidate(doc, i, i+n, Person, "", "context:regime", PriorityGuess)
					i += n - 1
				case lx.kindAfter(doc, i, i+n):
					i += n - 1
				case next > i+n && lx.stateNounAt(doc, next) && !lx.stateTitle(doc, i, i+n):
					// "Brenno's mayor", "Kessik's outskirts", "Tarvo's
					// airspace", "Kessa's Foreign Minister"; not "the
					// Republic's sovereignty".
					candidate(doc, i, i+n, GPE, "", "context:settlement", PriorityGuess)
					i += n - 1
				case next == i+n && toks[next].Text(doc) == "," && (lx.settlementApposition(doc, next+1) || distanceApposition(doc, next+1)):
					// "Rovno, a town near the border", "Telso, the
					// provincial capital", "Kessa and Dormo, about 75
					// kilometers west of the capital".
					candidate(doc, i, i+n, GPE, "", "context:settlement", PriorityGuess)
					if i > 1 && toks[i-1].Lower(doc) == "and" {
						listedBefore(doc, i, unknown, func(start, end int) {
							candidate(doc, start, end, GPE, "", "context:settlement", PriorityGuess)
						})
					}
					i += n - 1
				case next == i+n && gluedHyphen(doc, next) && s.lx.placeCompounds.hasTok(&toks[next+1]) && !toks[i].isAcronym():
					// "the Kessa-based destroyers": where they are based.
					candidate(doc, i, i+n, GPE, "", "context:settlement", PriorityGuess)
					i += n - 1
				case next == i+n && toks[next].Text(doc) == "," && lx.featureApposition(doc, next+1):
					// "Tarvo Lenu, the largest island".
					candidate(doc, i, i+n, Loc, "", "context:feature", PriorityGuess)
					i += n - 1
				case next == i+n && lx.placeAfter.hasTok(&toks[next]) && !lx.adjectiveOnly(doc, i, i+n):
					candidate(doc, i, i+n, GPE, "", "context:settlement", PriorityGuess)
					i += n - 1
				case next == i+n && lx.placeAfterPlural(doc, next) && !lx.adjectiveOnly(doc, i, i+n):
					// "the Kessa and Tarvo districts": a plural noun names
					// the kind of every name of the list before it, and
					// needs one.
					// Not a list of portfolios or abstract nouns ("the
					// Maintenance and Supply areas").
					names := doc.scratch.int32Slice(0)
					listedBefore(doc, i, unknown, func(start, end int) {
						names = append(names, int32(start), int32(end))
					})
					if len(names) > 0 {
						names = append(names, int32(i), int32(i+n))
						if !lx.anyTopic(doc, names) {
							for k := 0; k < len(names); k += 2 {
								candidate(doc, int(names[k]), int(names[k+1]), GPE, "", "context:settlement", PriorityGuess)
							}
						}
					}
					i += n - 1
				case next == i+n && lx.facilityAt(doc, next) && !(n == 1 && lx.familyNames.hasTok(&toks[i])) && !lx.facilityMods.hasTok(&toks[i+n-1]):
					// "the Zorva air base"; not "the Tarvo Naval base",
					// whose capitals make "Naval" a word of a longer name.
					candidate(doc, i, i+n, Loc, "", "context:feature", PriorityGuess)
					i += n - 1
				case next == i+n && lx.featureAfter.hasTok(&toks[next]) && !toks[next].IsCap() && !lx.adjectiveOnly(doc, i, i+n) && !afterGivenName(lx, doc, i):
					candidate(doc, i, i+n, Loc, "", "context:feature", PriorityGuess)
					// "Kessa, Pilna and Tarvo islands": a plural noun
					// names the kind of every name of the list.
					if toks[next].endsInS() {
						listedBefore(doc, i, unknown, func(start, end int) {
							candidate(doc, start, end, Loc, "", "context:feature", PriorityGuess)
						})
					}
					i += n - 1
				}
			}
		}
	}
	s.featuresByToken(doc, unknown, func(i int) int {
		anyGiven = true // "San Andres island"
		n := unknown(i)
		anyGiven = false
		return n
	}, claimed)
	s.placesBeside(doc, unknown)
	unknownOrOpening := func(i int) int {
		atStart = true // "Kessa-Tarvo relations" may open a sentence
		n := unknown(i)
		atStart = false
		return n
	}
	s.placesInCompound(doc, unknownOrOpening)
	s.placesBeforeState(doc, unknown, func(i int) int {
		anyGiven = true // "Marion, Ohio": a town named like a person
		n := unknown(i)
		anyGiven = false
		return n
	})
	s.placesAfterPlace(doc, unknown)
	s.placesOutOf(doc, unknown, claimed)
	s.placesBeforeBelonging(doc, unknown)
	s.placesAfterOnVerb(doc, unknown, claimed)
	s.placesAfterHeld(doc, unknown, claimed)
	s.placesInBracketBeforeKind(doc, unknown)
	s.placesAfterOffice(doc, unknown, claimed)
	s.placesOfHolder(doc, unknown, claimed)
	s.placesBeforeOffice(doc, unknownOrOpening)
	s.orgsBeforeOffice(doc, unknownOrOpening)
	s.placesAroundDivision(doc, unknown, claimed)
	s.selfNamedGroups(doc, claimed)
	s.listsOfPlacesByToken(doc, unknown, claimed)
	s.placesOwningPlaces(doc, unknown)
	s.statesOfNationality(doc, claimed)
	s.townsNamedLikePeople(doc, claimed)
	s.hyphenatedPlaceNames(doc, claimed)
	lx.listMates(doc, Person, 2, "person:list")
	lx.listMates(doc, Event, 1, "event:list")
	return nil
}

// settlementNoun reports whether t is a settlement's noun: one of
// place_cues.tsv's `after`, or "capital".
func (lx *lexicon) settlementNoun(doc *Doc, t *Token) bool {
	return lx.placeAfter.hasTok(t) || t.End-t.Start == uint32(len("capital")) && t.Lower(doc) == "capital"
}

// settlementBeforeName reports whether toks[i] is a settlement's noun
// that may stand before its name in apposition: after a determiner, a
// nationality or a possessive, maybe and an adjective ("the capital,
// Zorvik,", "another town, Zorvik,", "the Kessan capital Zorvik",
// "Kessa's capital, Zorvik", "its administrative capital Zorvik"); not
// "area" or "state",
// which name no one place ("the state Ivo Tarn governed"), nor a noun
// that closes a name ("the Tarvo region, Ivo Kessa,").
func (lx *lexicon) settlementBeforeName(doc *Doc, i int) bool {
	toks := doc.Tokens
	w := toks[i].Lower(doc)
	if !lx.settlementNoun(doc, &toks[i]) || w == "area" || w == "state" || i == 0 {
		return false
	}
	// Lower-case adjectives may stand between, and after a comma they
	// open the phrase themselves: "its administrative capital Zorvik",
	// "…, de facto and administrative capital Zorvik".
	for k := i - 1; k >= 0 && k >= i-maxAdjectives-1; k-- {
		if nounDeterminer(toks[k].Lower(doc)) || lx.demonymWord(doc, k) || isPossessiveToken(toks[k].Text(doc)) || k < i-1 && isComma(doc, &toks[k]) {
			return true
		}
		if toks[k].Kind != Word || toks[k].IsCap() {
			return false
		}
	}
	return false
}

// maxAdjectives bounds the lower-case words read back before a noun.
const maxAdjectives = 4

// nounDeterminer reports whether w opens a noun phrase that names one
// thing.
func nounDeterminer(w string) bool {
	switch w {
	case "another", "its", "their", "his", "her", "this", "that":
		return true
	}
	return isArticle(w)
}

// isPreposition reports whether w is a preposition a noun phrase may
// follow.
func isPreposition(w string) bool {
	switch w {
	case "of", "from", "in", "at", "on", "to", "for", "with", "by", "near", "into", "across", "about":
		return true
	}
	return false
}

// anyTopic reports whether a name of spans, pairs of token bounds, ends
// in a portfolio's word or is an abstract name ("Maintenance", "Supply",
// "Emergency Response"): a topic, no place.
func (lx *lexicon) anyTopic(doc *Doc, spans []int32) bool {
	for k := 0; k < len(spans); k += 2 {
		start, end := int(spans[k]), int(spans[k+1])
		if lx.portfolioEnd(doc, end-1) || lx.abstractName(doc, start, end) || lx.isCommon(doc, &doc.Tokens[start]) {
			return true
		}
	}
	return false
}

// placeAfterPlural reports whether toks[k] is the plural of a settlement's
// noun of place_cues.tsv's `after` in lower case ("districts",
// "municipalities").
func (lx *lexicon) placeAfterPlural(doc *Doc, k int) bool {
	t := &doc.Tokens[k]
	return t.Kind == Word && !t.IsCap() && lx.placeAfterPlurals.hasTok(t)
}

// stateNounAt reports whether, after a possessive, toks[k] opens what
// only a place has, maybe after an office's modifiers: a noun of
// place_cues.tsv's `before` or `state` in lower case ("Tarvo's airspace",
// "Kessik's outskirts", "Kessa's foreign minister"), or, capitalised, one
// that heads an office or a body ("Kessa's Foreign Minister", "Tarvo's
// Prime Minister"; not "Zorvik's North").
func (lx *lexicon) stateNounAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	capital := toks[k].IsCap()
	// The noun itself, or after an office's modifiers in the case of the
	// first word: "Kessa's foreign minister", "Tarvo's Prime Minister".
	j := k
	for j < len(toks) && toks[j].IsCap() == capital && !lx.stateNoun(doc, j, capital) {
		n, _, ok := lx.roleMods.longest(toks, j)
		if !ok {
			return false
		}
		j += n
	}
	return j < len(toks) && toks[j].IsCap() == capital && lx.stateNoun(doc, j, capital)
}

// stateNoun reports whether toks[k] is a noun of place_cues.tsv's
// `before` or `state`; capitalised, one that heads an office or a body.
func (lx *lexicon) stateNoun(doc *Doc, k int, capital bool) bool {
	toks := doc.Tokens
	t := &toks[k]
	if !lx.placeBefore.hasTok(t) && !lx.placeState.hasTok(t) {
		return false
	}
	return !capital || lx.isRoleHead(t) || lx.orgHeads.startsAt(toks, k)
}

// stateWords reports whether a word of toks[i:end] is a state's title
// (loc_patterns.tsv's `state`: "Republic", "Kingdom"), in the singular or
// the plural ("the United States said", "the United Arab Emirates said"):
// a state's name, which "the" opens too.
func (lx *lexicon) stateWords(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	for k := i; k < end; k++ {
		if lx.stateTitle(doc, k, k+1) {
			return true
		}
		if w := toks[k].Text(doc); toks[k].endsInS() && len(w) > 3 && w[len(w)-1] == 's' {
			node, ok := lx.locPatterns.child(0, lx.locPatterns.vocab.id(w[:len(w)-1]))
			if !ok {
				continue
			}
			if v, ok := lx.locPatterns.end(node); ok && v == "state" {
				return true
			}
		}
	}
	return false
}

// stateTitle reports whether toks[i:end] is only the title of a state
// ("Republic", "Kingdom"), which refers back to a state without naming it
// ("the Republic's sovereignty").
func (lx *lexicon) stateTitle(doc *Doc, i, end int) bool {
	n, v, ok := lx.locPatterns.longest(doc.Tokens, i)
	return ok && v == "state" && i+n == end
}

// unknownEndingAt returns the start of the longest unknown name that ends
// right before toks[end], of at most maxNameTokens tokens, or end when
// none does. unknown(k) is the length of the unknown name at toks[k].
func unknownEndingAt(end int, unknown func(int) int) int {
	for start := max(end-maxNameTokens, 0); start < end; start++ {
		if unknown(start) == end-start {
			return start
		}
	}
	return end
}

// listedBefore calls add with the bounds of each unknown name of the
// list that ends before the name at toks[i], nearest first: names joined
// by commas, the last of them by "and" or "or" ("Kessa, Pilna and" before
// "Tarvo"). A name that is the end of a longer capitalised run ends the
// list.
func listedBefore(doc *Doc, i int, unknown func(int) int, add func(start, end int)) {
	toks := doc.Tokens
	for item := 0; item < maxListItems; item++ {
		end := i - 1
		if end < 1 {
			return
		}
		switch toks[end].Lower(doc) {
		case ",":
		case "and", "or":
			if item > 0 {
				return // the conjunction joins the last name only
			}
			if toks[end-1].Text(doc) == "," {
				end-- // "Kessa, Pilna, and Tarvo"
			}
		default:
			return
		}
		start := unknownEndingAt(end, unknown)
		if start == end || start > 0 && toks[start-1].IsCap() && toks[start-1].Kind == Word && !openingDeterminer(doc, start-1) {
			return
		}
		add(start, end)
		i = start
	}
}

// openingDeterminer reports whether toks[k] is a determiner capitalised
// only because it opens its sentence ("The Kessa and Tarvo islands",
// "The Kessa Tigers, a rebel group,", "Its Zorvik unit"): capitalised by
// its place, not as a word of a name, which leaves the capitalised run
// after it a list of names or one name.
func openingDeterminer(doc *Doc, k int) bool {
	return doc.Tokens[k].SentStart() && nounDeterminer(doc.Tokens[k].Lower(doc))
}

// adjectiveOnly reports whether toks[i:end] is a nationality or a
// region's adjective ("Central Asian") or a compass word ("Eastern",
// "North"), which before "region" or in a list of places ("in Kenya,
// North and West Africa") names no place of its own.
func (lx *lexicon) adjectiveOnly(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if lx.demonyms.has(toks, i, end) || end-i == 1 && isCompassPoint(toks[i].Text(doc)) {
		return true
	}
	_, v, ok := lx.locPatterns.longest(toks, i)
	return ok && v == "compass" && end-i == 1
}

// settlementApposition reports whether an apposition that names a kind
// of settlement starts at toks[k]: an article, up to two lower-case words
// and a settlement's noun ("a town", "the provincial capital", "a small
// village").
func (lx *lexicon) settlementApposition(doc *Doc, k int) bool {
	return appositionOf(doc, k, func(t *Token) bool { return lx.settlementNoun(doc, t) })
}

// featureApposition reports whether an apposition that names a kind of
// natural feature starts at toks[k]: "the largest island", "a small
// atoll".
func (lx *lexicon) featureApposition(doc *Doc, k int) bool {
	return appositionOf(doc, k, lx.featureAfter.hasTok)
}

// kindAfter proposes the unknown name toks[i:end] as what the words
// after it say it is, and reports whether they did: an organisation
// before an apposition that names its kind ("Zorvik Tamar, a militant
// group based in …"; not after a capitalised word inside a sentence),
// before a noun for its members or its voice ("Zorvik fighters"), a
// claim of an attack ("Zorvik claimed responsibility") or a news
// outlet's "reported" ("Kessanet reported"), a person before
// a possessive and a relative's noun ("Kessel's wife").
func (lx *lexicon) kindAfter(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if end+1 >= len(toks) {
		return false
	}
	switch {
	case isComma(doc, &toks[end]) && lx.orgApposition(doc, end+1) && lx.linkedNameStart(doc, i) < i:
		candidate(doc, lx.linkedNameStart(doc, i), end, Org, "", orgCueRule, PriorityGuess)
	case isComma(doc, &toks[end]) && lx.orgApposition(doc, end+1) && (i == 0 || !toks[i-1].IsCap() || toks[i].SentStart() || openingDeterminer(doc, i-1)):
		candidate(doc, i, end, Org, "", orgCueRule, PriorityGuess)
	case lx.memberNounAt(doc, end) && lx.memberNounName(doc, i, end):
		candidate(doc, lx.particleStart(doc, i), end, Org, "", orgCueRule, PriorityGuess)
	case lx.companyOwnedAt(doc, end) && lx.plainName(doc, i) && (i == 0 || !lx.isNameWord(doc, &toks[i-1]) || toks[i].SentStart()):
		// "Kolvane's chief executive": a possessive before what only a
		// company has, also opening a sentence.
		candidate(doc, i, end, Org, "", orgCueRule, PriorityGuess)
	case lx.claimsResponsibility(doc, end) && (i == 0 || !lx.isNameWord(doc, &toks[i-1]) || toks[i].SentStart()) && !inComplement(doc, i):
		// "Zorvik Tamar claimed responsibility for the attack": only a
		// group claims an attack.
		candidate(doc, lx.particleStart(doc, i), end, Org, "", orgCueRule, PriorityGuess)
	case reportsNews(doc, end) && (i == 0 || !lx.isNameWord(doc, &toks[i-1]) || toks[i].SentStart()) && !inComplement(doc, i) && !nameEndsElsewhere(doc, i, end):
		// "Kessanet reported that …": a news outlet or agency reports.
		candidate(doc, i, end, Org, "", orgCueRule, PriorityGuess)
	case end-i >= 2 && i > 0 && toks[i-1].Lower(doc) == "the" && lx.speechVerbs.hasTok(&toks[end]) && !inComplement(doc, i) && !lx.stateWords(doc, i, end) && !lx.personCues.hasTok(&toks[end-1]):
		// "The Kessa Rescue Project announced …": a name of two words or
		// more that "the" opens and that speaks is a body's; a person's
		// takes no article, and one word after "the" names a people as
		// often ("the Zorvani said"), nor does a cleric's title ("The
		// Grand Mufti said").
		candidate(doc, i, end, Org, "", orgCueRule, PriorityGuess)
	case lx.spelledSpeaker(doc, i, end):
		// "Zorvik Tamar (ZT) said": a name with a short form of its own
		// that speaks or claims an attack is a body's.
		candidate(doc, i, end, Org, "", orgCueRule, PriorityGuess)
	case possessiveAt(doc, end) && lx.kinAt(doc, end+1):
		candidate(doc, i, end, Person, "", "context:kin", PriorityGuess)
	default:
		return false
	}
	return true
}

// divisionAt reports whether toks[k] is a division's or a settlement's
// noun in lower case (place_cues.tsv's `after`: "district", "province",
// "commune"), which a place's name comes before.
func (lx *lexicon) divisionAt(doc *Doc, k int) bool {
	return k < len(doc.Tokens) && !doc.Tokens[k].IsCap() && lx.placeAfter.hasTok(&doc.Tokens[k])
}

// townCandidateEnd returns the end of a settlement's name that opens at
// toks[i] and that the places' grammar proposed by the word that opens it
// (loc_patterns.tsv `town`: "Kafr Nubl", "Barangay Tanduh Bato"), or 0.
// Only a word of the patterns sends it through the candidates.
func (lx *lexicon) townCandidateEnd(doc *Doc, i int) int {
	if !lx.locPatterns.startsAt(doc.Tokens, i) {
		return 0
	}
	for k := range doc.Candidates {
		if c := &doc.Candidates[k]; c.TokStart == i && c.Label == GPE && c.Rule(doc) == "place:town" {
			return c.TokEnd
		}
	}
	return 0
}

// afterGivenName reports whether a listed given name stands right before
// toks[i] in its capitalised run ("Ivo" before "Tarn river"): the name is
// a longer one's end, which featuresNamedLikePeople reads whole.
func afterGivenName(lx *lexicon, doc *Doc, i int) bool {
	t := &doc.Tokens[max(i-1, 0)]
	return i > 0 && t.Kind == Word && t.IsCap() && lx.givenNames.hasTok(t)
}

// featureNounAt reports whether toks[k] is a natural feature's noun in
// lower case (place_cues.tsv's `feature-after`), which names the feature
// whose name stands before it: a person-shaped name there is a place's
// ("Truong Kessa island", "the Hoang Tarvo archipelago"). Not a noun
// that is an adjective as often, before the noun of a person's phrase
// ("Ivo Tarn peak performance", "Ivo Tarn plain clothes").
func (lx *lexicon) featureNounAt(doc *Doc, k int) bool {
	if k >= len(doc.Tokens) || doc.Tokens[k].IsCap() || !lx.featureAfter.hasTok(&doc.Tokens[k]) || gluedHyphen(doc, k+1) {
		return false // (nor the first part of a compound: "island-hopped")
	}
	w := doc.Tokens[k].Lower(doc)
	return w != "peak" && w != "plain"
}

// spelledSpeaker reports whether the unknown name toks[i:end] is followed
// by a bracketed acronym that its words' initials spell and then by a
// verb of saying or a claim of an attack: "Zorvik Tamar (ZT) said", "the
// Kessa Hawks (KH) claimed responsibility". A programme or a report,
// which a text also shortens ("Official Development Assistance (ODA)"),
// says nothing.
func (lx *lexicon) spelledSpeaker(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if end+3 >= len(toks) || toks[end].Text(doc) != "(" || !toks[end+1].isAcronym() || toks[end+2].Text(doc) != ")" || spelledFrom(doc, end, toks[end+1].Text(doc)) != i {
		return false
	}
	return lx.speechVerbs.hasTok(&toks[end+3]) || lx.claimsResponsibility(doc, end+3)
}

// memberNounAt reports whether a noun of org_member_nouns.txt starts at
// toks[k].
func (lx *lexicon) memberNounAt(doc *Doc, k int) bool {
	_, _, ok := lx.orgMemberNouns.longest(doc.Tokens, k)
	return ok
}

// companyNounAt reports whether a noun of org_member_nouns.txt marked
// `possessive` starts at toks[k]: what only a company has, so that the
// name before it may open a sentence ("Kolvane chief executive Ivo
// Tarn said"; "Rebel fighters" opens one on an adjective).
func (lx *lexicon) companyNounAt(doc *Doc, k int) bool {
	_, v, ok := lx.orgMemberNouns.longest(doc.Tokens, k)
	return ok && v == "possessive"
}

// companyOwnedAt reports whether a possessive at toks[k] comes before a
// noun of org_member_nouns.txt marked `possessive`: what a company has
// and a person or a state has not ("'s chief executive", "'s
// shareholders").
func (lx *lexicon) companyOwnedAt(doc *Doc, k int) bool {
	return possessiveAt(doc, k) && lx.companyNounAt(doc, k+1)
}

// memberNounName reports whether the unknown name toks[i:end], before a
// noun for the members or the voice of a body, names the body ("Zorvik
// fighters", "the Kessa spokesman"): not a capitalised word that opens a
// sentence ("Rebel fighters", "Military spokesman"; but before what only
// a company has, companyNounAt, unless it is a holder's word: "Former
// chief executive"), an organisation's
// head ("Service members") or an office's modifier ("Deputy
// Spokesperson"), nor after a capitalised word that may be a name, nor
// a follower's word of a doctrine ("Islamist militants"), nor a word
// joined by "and" or "or" to a nationality's, which names a people too
// ("Kurdish and Yezidi fighters"), nor after a possessive pronoun, which
// owns what the name is a model of ("our Zorvik fighters" are aircraft).
func (lx *lexicon) memberNounName(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if toks[i].SentStart() && (!lx.companyNounAt(doc, end) || lx.holderWord(&toks[i])) || !lx.plainName(doc, i) || lx.roleMods.startsAt(toks, i) || i > 0 && lx.isNameWord(doc, &toks[i-1]) || strings.HasSuffix(toks[end-1].Lower(doc), "ist") {
		return false
	}
	if i > 0 && possessivePronoun(toks[i-1].Lower(doc)) {
		return false
	}
	if _, v, _ := lx.orgMemberNouns.longest(toks, end); v == "named" && end-i < 2 {
		return false // "Kessa officials": a state's as often as a body's
	}
	return !(i > 1 && (toks[i-1].Lower(doc) == "and" || toks[i-1].Lower(doc) == "or") && lx.demonymWord(doc, i-2))
}

// particleStart returns where a name that starts at toks[i] opens: at
// the particle glued to it by a hyphen ("al-Zorvik"), at the Arabic
// article in lower case standing alone before it when no capitalised
// word precedes that ("al Zorvik"; not "Ivo al Zorvik"), or at i.
func (lx *lexicon) particleStart(doc *Doc, i int) int {
	toks := doc.Tokens
	if i > 1 && gluedHyphen(doc, i-1) && lx.particles.hasTok(&toks[i-2]) {
		return i - 2
	}
	if i > 0 && toks[i].SpaceBefore() && (toks[i-1].Text(doc) == "al" || toks[i-1].Text(doc) == "el") && (i < 2 || !lx.isNameWord(doc, &toks[i-2])) {
		return i - 1
	}
	return i
}

// afterParticle returns where the capitalised word of a name that opens
// at toks[k] stands: after a particle glued to it by a hyphen ("the
// militant group al-Zorvik", the Arabic article), or at k.
func (lx *lexicon) afterParticle(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+2 < len(toks) && !toks[k].IsCap() && lx.particles.hasTok(&toks[k]) && gluedHyphen(doc, k+1) && toks[k+2].IsCap() {
		return k + 2
	}
	return k
}

// inComplement reports whether the name at toks[i] follows "of" or "and",
// maybe with "the", so that it may close a longer name ("the Islamic
// State of Zorvia and the Kessa").
func inComplement(doc *Doc, i int) bool {
	k := i - 1
	if k > 0 && doc.Tokens[k].Lower(doc) == "the" {
		k--
	}
	return k >= 0 && (doc.Tokens[k].Lower(doc) == "of" || doc.Tokens[k].Lower(doc) == "and")
}

// claimsResponsibility reports whether a claim of an attack starts at
// toks[k]: "claimed responsibility", "has claimed responsibility", maybe
// after a comma and "which" (not "claimed credit", which politicians
// do), or a claim of the attack itself (claimedAttack).
func (lx *lexicon) claimsResponsibility(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < len(toks) && isComma(doc, &toks[k]) {
		k++
		if k < len(toks) && toks[k].Lower(doc) == "which" {
			k++
		}
	}
	if k < len(toks) {
		switch toks[k].Lower(doc) {
		case "has", "have", "had":
			k++
		}
	}
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].Lower(doc) {
	case "claimed", "claims", "claiming":
		w := toks[k+1].Lower(doc)
		return w == "responsibility" || lx.claimedAttack(doc, k+1)
	}
	return false
}

// claimedAttack reports whether toks[k:] is the object of a group's
// claim: "the" and a noun of an attack ("claimed the bombing", "claimed
// the attack on the port") that ends its phrase, not the subject of a
// clause claimed ("claimed the attack was staged", a speaker's).
func (lx *lexicon) claimedAttack(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k].Lower(doc) != "the" || !lx.claimedAttacks.hasTok(&toks[k+1]) {
		return false
	}
	if k+2 == len(toks) {
		return true
	}
	switch toks[k+2].Lower(doc) {
	case "was", "were", "is", "had", "has", "would", "could", "might", "as":
		return false
	}
	// "claimed the raid, which killed ten, was illegal": a clause after
	// the comma makes the claim about the attack, no responsibility.
	if toks[k+2].Text(doc) == "," && k+3 < len(toks) {
		switch toks[k+3].Lower(doc) {
		case "which", "that", "who":
			return false
		}
	}
	return true
}

// reportsNews reports whether "reported" starts at toks[k], maybe after
// "has", "had", "also" or "later", as a news outlet's verb: not before
// "to", "for", "back" or "directly" (a subordinate "reported to the
// minister", "reported for duty"), "from" or "on" (a reporter's "reported
// from the front"), nor a number (an authority's figures).
func reportsNews(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < len(toks) {
		switch toks[k].Lower(doc) {
		case "has", "had", "also", "later":
			k++
		}
	}
	if k+1 >= len(toks) || toks[k].Lower(doc) != "reported" {
		return false
	}
	switch toks[k+1].Lower(doc) {
	case "to", "for", "back", "directly", "from", "on":
		return false // "reported from the front line" is a reporter's
	}
	// A count after it is a state's or an authority's figures ("Zorvia
	// reported 30 new cases").
	return toks[k+1].Kind != Number
}

// nameEndsElsewhere reports whether the name toks[i:end] of one word
// closes a longer capitalised name elsewhere in the text, as a person's
// family name does ("Tarn reported" after "Ivo Tarn").
func nameEndsElsewhere(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if end-i != 1 {
		return false
	}
	w := toks[i].Text(doc)
	for k := 1; k < len(toks); k++ {
		if k != i && toks[k-1].Kind == Word && toks[k-1].IsCap() && toks[k].SpaceBefore() && toks[k].Text(doc) == w {
			return true
		}
	}
	return false
}

// addNumberVariant adds to names the other number of the last word of
// the organisation e, which a noun for its kind or members named: a group
// called by its members' plural is named by the singular as a modifier,
// and the other way round ("Kessa Hawks" and "a Kessa Hawk commander"),
// for a name of two words or more.
func addNumberVariant(names *namedTexts, doc *Doc, e Span) {
	toks := doc.Tokens
	last := &toks[e.TokEnd-1]
	if e.TokEnd-e.TokStart < 2 || e.TokEnd-e.TokStart > maxNamedMention || !toks[e.TokStart].IsCap() || last.Kind != Word || last.isAcronym() {
		return // one word's other number is too often another name ("the Zorvas" and "the town of Zorva")
	}
	text := doc.SpanText(e)
	switch {
	case strings.HasSuffix(text, "ss"):
	case strings.HasSuffix(text, "s"):
		names.add(text[:len(text)-1], Org)
	default:
		names.add(text+"s", Org)
	}
}

// possessivePronoun reports whether the lower-case word w is a possessive
// determiner ("our", "their").
func possessivePronoun(w string) bool {
	switch w {
	case "my", "our", "your", "his", "her", "its", "their":
		return true
	}
	return false
}

// kinAt reports whether a noun for a relative that heads its phrase
// starts at toks[k], maybe after one lower-case word ("wife", "eldest
// son"; not "sister city").
func (lx *lexicon) kinAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k+1 < len(toks) && toks[k].Kind == Word && !toks[k].IsCap() && !lx.kinNoun(&toks[k]) {
		k++
	}
	return k < len(toks) && !toks[k].IsCap() && lx.kinNoun(&toks[k]) && endsNounPhrase(doc, k, true)
}

// nounFollows reports whether the name ending before toks[e] goes on into a
// lower-case noun of its phrase, which makes the name a modifier ("the
// Kessa Tarvo family", "the ZDF Section chief"): a lower-case word that
// ends no noun phrase (endsNounPhrase), no function word ("last") and no
// verb's form (a past form, date_words.tsv's
// `past`, a speech verb, a verb with an object or an infinitive).
func (lx *lexicon) nounFollows(doc *Doc, e int) bool {
	toks := doc.Tokens
	return e < len(toks) && e > 0 && toks[e].Kind == Word && !toks[e].IsCap() && !endsNounPhrase(doc, e-1, false) && !lx.common.hasTok(&toks[e]) &&
		!pastForm(toks[e].Lower(doc)) && !lx.pastVerbs.hasTok(&toks[e]) && !lx.speechVerbs.hasTok(&toks[e]) && !verbShaped(doc, e)
}

// verbShaped reports whether the lower-case word toks[k] takes an
// infinitive or a determined object, as verbs do and nouns in a name's
// phrase do not: "the Zorvani continue to threaten", "… control the
// port", but not "the Tarvonia economy shrank".
func verbShaped(doc *Doc, k int) bool {
	if k+1 >= len(doc.Tokens) {
		return false
	}
	switch doc.Tokens[k+1].Lower(doc) {
	case "to", "the", "a", "an", "their", "its", "his", "her":
		return true
	}
	return false
}

// endsNounPhrase reports whether the noun toks[k] heads its phrase: no
// lower-case word follows it but a preposition, a conjunction, a relative
// pronoun or a participle that opens a modifier ("a member of", "a
// militant group based in", "a former diplomat,"; not "a member state",
// "the base salary"). With of, "of" counts too; without, "a group of
// soldiers" names a collection.
func endsNounPhrase(doc *Doc, k int, of bool) bool {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k+1].Kind != Word || toks[k+1].IsCap() {
		return true
	}
	switch toks[k+1].Lower(doc) {
	case "of":
		return of
	case "for", "at", "in", "with", "to", "from", "on", "near", "and", "or", "who", "whose", "which", "that", "where",
		"since", "until", "under", "during", "based", "linked", "backed", "led", "founded", "known", "allied", "loyal", "close", "run", "owned",
		"said", "says", "was", "is", "were", "are", "has", "had", "have", "will", "would":
		return true
	}
	return false
}

// kinNoun reports whether the word t names a relative (context_words.tsv's
// `kin`), which only a person has.
func (lx *lexicon) kinNoun(t *Token) bool {
	return lx.kinWords.hasTok(t)
}

// facilityAt reports whether a facility's noun in lower case that heads
// its phrase starts at toks[k], maybe after one modifier: "air base",
// "hospital"; not "base salary".
func (lx *lexicon) facilityAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	modified := false
	if k+1 < len(toks) && !toks[k].IsCap() && lx.facilityMods.hasTok(&toks[k]) {
		k++
		modified = true
	}
	if k >= len(toks) || toks[k].Kind != Word || toks[k].IsCap() || !endsNounPhrase(doc, k, true) {
		return false
	}
	// "camp" only after a modifier or before "for" and whom it holds:
	// "the Zorva refugee camp", "the Dravo camp for displaced people",
	// not "the Kessel camp" of a politician.
	return lx.facilityAfter.hasTok(&toks[k]) || toks[k].Lower(doc) == "camp" && (modified || campFor(doc, k))
}

// campFor reports whether "for" and a bare lower-case plural noun or
// adjective of the people a camp holds follow the "camp" at toks[k]: "camp
// for displaced people", "camp for refugees"; not "the Tarn camp for the
// vote".
func campFor(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k+2 >= len(toks) || toks[k+1].Lower(doc) != "for" {
		return false
	}
	t := &toks[k+2]
	return t.Kind == Word && !t.IsCap() && !isArticle(t.Lower(doc)) && (t.endsInS() || pastForm(t.Lower(doc)))
}

// maxOrgAppositionWords bounds the words of orgApposition's phrase: the
// fourth and fifth only lower-case words that are no common word ("an
// independent Kessan human rights group"; not "a member of the group").
const maxOrgAppositionWords = 5

// orgApposition reports whether an apposition that names a kind of
// organisation starts at toks[k]: an article, up to two lower-case words
// (a nationality, a creed's adjective or a lower-case possessor among
// them: "the country's main Islamist party") and a noun of org_cues.txt
// that heads its phrase ("a militant group based in …"; not "a group
// photo", nor "a group of soldiers", a collection). A compound glued by hyphens is one word, whose last part
// is in lower case ("an Iran-backed militia", "a state-owned firm").
func (lx *lexicon) orgApposition(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k >= len(toks) || !isArticle(toks[k].Lower(doc)) {
		return false
	}
	for m, words := k+1, 0; m < len(toks) && words < maxOrgAppositionWords; m, words = m+1, words+1 {
		for m+2 < len(toks) && gluedHyphen(doc, m+1) {
			m += 2
		}
		t := &toks[m]
		if words >= 3 && (t.Kind != Word || t.IsCap() || lx.common.hasTok(t)) {
			return false // past three words, only a kind's own modifiers ("an independent human rights group")
		}
		if t.Kind == Word && !t.IsCap() && m+1 < len(toks) && possessiveAt(doc, m+1) {
			m, words = m+1, words-1 // "the country's main party": a possessor in lower case, not counted
			continue
		}
		if t.Kind != Word || t.IsCap() && !lx.demonymWord(doc, m) && !ideologyWord(doc, t) {
			return false
		}
		if lx.orgCues.hasTok(t) {
			return endsNounPhrase(doc, m, lx.partNoun(t))
		}
	}
	return false
}

// backingParticiple reports whether toks[k] is a participle of backing
// or owning (context_words.tsv's `backing`) glued by a hyphen to its backer ("Iranian-backed",
// "Tarvo-funded", "heavily-armed", "state-owned") before a capitalised
// word: the name it qualifies is an armed or political group's, a
// company's or an outlet's ("the state-run Kessa Daily").
func (lx *lexicon) backingParticiple(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < 2 || k+1 >= len(toks) || toks[k].SpaceBefore() || toks[k].IsCap() || !toks[k+1].IsCap() || !gluedHyphen(doc, k-1) || !toks[k+1].SpaceBefore() {
		return false
	}
	return lx.backingWords.hasTok(&toks[k])
}

// memberOf returns the index of the capitalised word after "member of",
// "members of", "employee of" or "employees of" (context_words.tsv's
// `member-of`; and "the") at toks[k],
// or 0: a body's name, whose members a person or a state is and whose
// employees a person is ("a member of Velmar Dawn", "members of the
// Kessa Unity Party", "two employees of Kolvane"). One word after "the"
// names a people as often ("members of the Zorvani"), and is left to
// other evidence.
func (lx *lexicon) memberOf(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+2 >= len(toks) || toks[k+1].End-toks[k+1].Start != 2 || toks[k].IsCap() && !toks[k].SentStart() || toks[k+1].Lower(doc) != "of" {
		return 0
	}
	if !lx.memberWords.hasTok(&toks[k]) {
		return 0
	}
	j := k + 2
	if toks[j].Lower(doc) == "the" && j+1 < len(toks) {
		j++
	}
	if !toks[j].IsCap() || !toks[j].SpaceBefore() {
		return 0
	}
	return j
}

// linkedName reports whether "of" or "for" and a capitalised word start
// at toks[k], right after capitalised words: a longer name goes on over
// them ("Friends of the Tarvo Coast", "Mothers for Peace"), whose first
// words alone name nothing.
func linkedName(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k].Lower(doc) != "of" && toks[k].Lower(doc) != "for" {
		return false
	}
	j := k + 1
	if toks[j].Lower(doc) == "the" && j+1 < len(toks) {
		j++
	}
	return toks[j].IsCap()
}

// sharesOf reports whether toks[k] and the next token are "shares of"
// (any case) before a capitalised word: the shares of a listed company
// ("Shares of Tarvex fell", "bought shares of Kolvane Holdings"); "in"
// is left out, as markets are named by their cities ("Shares in Brelsk
// closed higher"). The caller tests the word's length first.
func sharesOf(doc *Doc, k int) bool {
	toks := doc.Tokens
	return k+2 < len(toks) && toks[k].Lower(doc) == "shares" && toks[k+1].Lower(doc) == "of" && toks[k+2].IsCap() && toks[k+2].SpaceBefore()
}

// pluralAfter reports whether a lower-case word in "-s" that does not end
// a noun phrase follows toks[k]: the plural noun that the backed phrase
// is about, whose modifier the name before it is ("the Tarvo-backed
// Kessa forces", a state's forces as often as a group's).
func pluralAfter(doc *Doc, k int) bool {
	toks := doc.Tokens
	return k+1 < len(toks) && toks[k+1].Kind == Word && !toks[k+1].IsCap() && toks[k+1].endsInS() && !endsNounPhrase(doc, k, false)
}

// partNoun reports whether the lower-case noun t of a kind of body
// (context_words.tsv's `part-of`) names
// it as a part of another, whose "of" names the whole, not what the body
// is made of: "Tarvex Defence, a subsidiary of Kolvane Group", "Zorvik
// Dawn, a faction of the Tarvo Front" (but "a group of soldiers").
func (lx *lexicon) partNoun(t *Token) bool {
	return lx.partWords.hasTok(t)
}

// linkedNameStart returns where a group's name opens that runs over a
// linking word (nameLinkWord) into the name at toks[i], before its
// apposition: "Medics Without Walls, a charity," and, inside a sentence,
// "founded Mothers for Peace, a charity,"; or i. A capitalised word
// opening a sentence before a lower-case link is a common noun as often
// ("Support for Kessa, a rebel group, grew").
func (lx *lexicon) linkedNameStart(doc *Doc, i int) int {
	toks := doc.Tokens
	if i < 2 || !nameLinkWord(doc, &toks[i-1]) {
		return i
	}
	start := i - 1
	for start > 0 && i-start <= maxNameTokens && toks[start-1].IsCap() && lx.isNameWord(doc, &toks[start-1]) && lx.plainName(doc, start-1) {
		start--
		if toks[start].SentStart() {
			break
		}
	}
	if start == i-1 || toks[start].SentStart() && !toks[i-1].IsCap() || start > 0 && toks[start-1].IsCap() && !openingDeterminer(doc, start-1) {
		return i
	}
	return start
}

// nameLinkWord reports whether t joins the words of a group's name as
// "of" does, between two capitalised words after a noun of its kind:
// "for", "without" ("Medics Without Walls", "Mothers for Peace"), and
// "Against" capitalised ("Youth Against War"; lower case it is the
// group's foe: "backed the militia Zorvik against Tarvo forces").
func nameLinkWord(doc *Doc, t *Token) bool {
	switch t.Lower(doc) {
	case "for", "without":
		return true
	case "against":
		return t.IsCap()
	}
	return false
}

// ideologyWord reports whether t is a capitalised adjective of a creed or
// a doctrine, which English writes capitalised before a group's noun:
// a word ending in "-ist" ("Islamist", "Maoist", "Socialist").
func ideologyWord(doc *Doc, t *Token) bool {
	w := t.Lower(doc)
	return t.IsCap() && len(w) > 5 && strings.HasSuffix(w, "ist")
}

// appositionOf reports whether an article, up to two lower-case words and
// a noun that kind accepts start at toks[k].
func appositionOf(doc *Doc, k int, kind func(*Token) bool) bool {
	toks := doc.Tokens
	if k >= len(toks) || !isArticle(toks[k].Lower(doc)) {
		return false
	}
	for m := k + 1; m < len(toks) && m <= k+3; m++ {
		t := &toks[m]
		if t.Kind != Word || t.IsCap() {
			return false
		}
		if kind(t) {
			return true
		}
	}
	return false
}

// settlementNounEnds reports whether the settlement's noun of the
// apposition at toks[k] ends its noun phrase: "the capital of Bakool",
// "a town near the border", not "the town elders".
func (lx *lexicon) settlementNounEnds(doc *Doc, k int) bool {
	toks := doc.Tokens
	for m := k + 1; m+1 < len(toks) && m <= k+3; m++ {
		if lx.settlementNoun(doc, &toks[m]) {
			switch toks[m+1].Lower(doc) {
			case ",", ".", "of", "in", "near", "on", "and", "which", "where":
				return true
			}
			// "a town 40 km north of Kessaburg", "a village north of
			// Tarvo": where it lies from another place.
			return distanceApposition(doc, m+1) || m+2 < len(toks) && !toks[m+1].IsCap() && lx.placeBefore.hasTok(&toks[m+1]) && toks[m+2].Lower(doc) == "of"
		}
	}
	return false
}

// distanceApposition reports whether a distance from another place starts
// at toks[k], as only a place's apposition has one: "about 75 kilometers
// west of", "some 20 miles from", "40 km north-east of".
func distanceApposition(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < len(toks) {
		switch toks[k].Lower(doc) {
		case "about", "some", "nearly", "roughly", "around", "approximately", "just", "only", "almost":
			k++
		}
	}
	if k+2 >= len(toks) || toks[k].Kind != Number {
		return false
	}
	switch toks[k+1].Lower(doc) {
	case "kilometers", "kilometres", "km", "miles", "mi":
	default:
		return false
	}
	k += 2
	switch toks[k].Text(doc) {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		k++
		if k+1 < len(toks) && toks[k].Text(doc) == "-" {
			k += 2 // "north-east"
		}
	}
	return k < len(toks) && (toks[k].Lower(doc) == "of" || toks[k].Lower(doc) == "from")
}

// orgCueRule is the rule of an organisation named after a noun for its
// kind; its other mentions are that organisation (addMentionNames).
const orgCueRule = "context:org"

// nonLocative reports whether the preposition toks[i] opens no place
// after the word before it: "in" or "at" after a word of taking part,
// "to" after one of addressing or awarding.
func (lx *lexicon) nonLocative(doc *Doc, i int) bool {
	switch doc.Tokens[i].Lower(doc) {
	case "in", "at":
		return lx.nonLocativeIn.hasTok(&doc.Tokens[i-1])
	case "to":
		return lx.nonLocativeTo.hasTok(&doc.Tokens[i-1])
	}
	return false
}

// calledAt returns the token after "called", "named" or "known as" at
// toks[k], or 0.
func calledAt(doc *Doc, k int) int {
	toks := doc.Tokens
	if k >= len(toks) {
		return 0
	}
	switch toks[k].Lower(doc) {
	case "called", "named":
		return k + 1
	case "known":
		if k+1 < len(toks) && toks[k+1].Lower(doc) == "as" {
			return k + 2
		}
	}
	return 0
}

// minListed is the fewest names a list must hold for one known name in it
// to give its label to the others; maxListed bounds the names read.
const (
	minListed = 3
	maxListed = 24
)

// listMates proposes with label the unknown names of a list that holds a
// name found with that label: "promoted were Ivo Tarn, Zorvan Kestrel,
// Jr., and Ann Lee" once "Ann Lee" is a person; "exercises will include
// Kestrel Endeavour, Talisman Sabre and Zorvan" once "Talisman Sabre" is
// an event. An item of the list is minWords to four capitalised words
// (particles inside) that no other kind of name claims, a listed name
// aside, its suffix ("Jr.") included; items are joined by commas and
// "and".
func (lx *lexicon) listMates(doc *Doc, label Label, minWords int, rule string) {
	if !slices.ContainsFunc(doc.Candidates, func(c Span) bool { return c.Label == label }) {
		return // no list can hold a known name
	}
	toks := doc.Tokens
	other := doc.scratch.boolSlice(len(toks) + 1)
	// knownEnd[k] is 1 + the end of the longest name of the label that
	// starts at token k: an item whatever its length ("Gen Tarn, Ivo
	// Kessar and Ana Ruiz-Vel Tarnova", where a rank opens the first).
	knownEnd := doc.scratch.int32Slice(len(toks) + 1)
	// named[k] is 1 + the end of a place or a listed name that starts at
	// token k: an item that is exactly one is that, not a name of label.
	named := doc.scratch.int32Slice(len(toks) + 1)
	for _, c := range doc.Candidates {
		switch {
		case c.Label == label:
			knownEnd[c.TokStart] = max(knownEnd[c.TokStart], int32(c.TokEnd)+1)
		case c.Label == GPE || c.Label == Loc || isGazetteerRule(c.Rule(doc)):
			// a place inside a name, a listed name that is a person's or
			// an event's too ("Leonardo")
			named[c.TokStart] = int32(c.TokEnd) + 1
		default:
			for k := c.TokStart; k < c.TokEnd; k++ {
				other[k] = true
			}
		}
	}
	item := func(k int) int { // the end of a list item at toks[k], or k
		if knownEnd[k] > 0 {
			return int(knownEnd[k]) - 1
		}
		end, words := k, 0 // a hyphen is no word: "Jean-Yves Le Tarn" is three
	words:
		for end < len(toks) && end-k < maxNameTokens && !other[end] && !toks[end].Newline() {
			if lx.honorifics.startsAt(toks, end) {
				if _, _, hon := lx.honorifics.longest(toks, end); hon {
					break // "HE Ivo Tarn": an honorific opens another name
				}
			}
			switch {
			case end > k && !toks[end].SpaceBefore():
				// glued: only a hyphen and a word ("Indo-Pacific Endeavour")
				if end+1 >= len(toks) || toks[end].Text(doc) != "-" || toks[end+1].SpaceBefore() || !lx.isNameWord(doc, &toks[end+1]) {
					break words
				}
				end++
			case lx.isNameWord(doc, &toks[end]):
				words++
			case end > k && end+1 < len(toks) && lx.particles.hasTok(&toks[end]) && lx.isNameWord(doc, &toks[end+1]):
				// a particle inside a name: "Angelito de Leon"
			default:
				break words
			}
			end++
		}
		if words < minWords || words > 4 || int(named[k]) == end+1 {
			return k // "Hanoi, Japan, Korea and Defense Dialogue partners" lists no events
		}
		if end+1 < len(toks) && toks[end].Text(doc) == "," && isNameSuffix(toks[end+1].Text(doc)) {
			end += 2
		}
		return end
	}
	var items [maxListed][2]int
	next := 0 // the token after the last list
	// An item opens with a capitalised word (isNameWord): the other
	// tokens are skipped.
	for _, c := range doc.capitals {
		i := int(c)
		if i < next || toks[i].Kind != Word {
			continue
		}
		if other[i] || i > 1 && (toks[i-1].Text(doc) == "," || toks[i-1].Lower(doc) == "and") && (toks[i-2].IsCap() && !toks[i-2].SentStart() || toks[i-2].Text(doc) == ".") {
			continue // a list starts at its first item, not after a name ("Ann Lee, Jr., Ivo Tarn"); "counterparts, Ivo Tarn, …" opens one
		}
		n, found := 0, false
		for k := i; k < len(toks) && n < len(items); {
			end := item(k)
			if end == k {
				break
			}
			items[n] = [2]int{k, end}
			n++
			found = found || knownEnd[k] > 0
			if k = listNext(doc, end); k < 0 {
				break
			}
		}
		if n < minListed || !found {
			continue
		}
		for _, it := range items[:n] {
			candidate(doc, it[0], it[1], label, "", rule, PriorityGrammar-1)
		}
		next = items[n-1][1]
	}
}

// maxListItems bounds the items of a list read after a known place.
const maxListItems = 8

// placesBeside proposes the unknown names listed after a known place as
// places too: "Bucha, Borodyanka and Irpin" when Bucha is listed.
func (s *contextStage) placesBeside(doc *Doc, unknown func(int) int) {
	toks := doc.Tokens
	// The places are the candidates found before this stage: the ones it
	// adds come after them.
	places := len(doc.Candidates)
	// listed[k] is the end of a listed place that starts at token k: a
	// list goes on past it ("Palau, Chuuk, Samoa and Tonga").
	listed := doc.scratch.int32Slice(len(toks) + 1)
	for i := 0; i < places; i++ {
		if c := &doc.Candidates[i]; (c.Label == GPE || c.Label == Loc) && isGazetteerRule(c.Rule(doc)) {
			listed[c.TokStart] = int32(c.TokEnd)
		}
	}
	for i := 0; i < places; i++ {
		c := &doc.Candidates[i]
		if c.Label != GPE || !isGazetteerRule(c.Rule(doc)) {
			continue
		}
		// A list joins its last item with "and" or "or"; after a comma
		// alone a name of two words or more is in apposition ("Latvia,
		// Andris Sprūds."), one word before another comma the region of
		// a town ("Hargeisa, Somaliland,").
		var items [maxListItems][2]int
		n, joined := 0, false
		for k := int(c.TokEnd); n < maxListItems && k+1 < len(toks); n++ {
			w := toks[k].Lower(doc)
			if w != "," && w != "and" && w != "or" {
				break
			}
			k++
			conj := w != ","
			if toks[k].Lower(doc) == "and" || toks[k].Lower(doc) == "or" {
				k++
				conj = true
			}
			joined = joined || conj
			m := unknown(k)
			if m == 0 && listed[k] > int32(k) {
				k = int(listed[k]) // a listed place in the list
				continue
			}
			if m == 0 {
				break
			}
			// An item of a list ends at punctuation or a conjunction;
			// the last, after "and" or "or", also at a word that opens a
			// clause ("Kandahar and Gereshk on Monday").
			if end := k + m; end < len(toks) && toks[end].Kind == Word && toks[end].Lower(doc) != "and" && toks[end].Lower(doc) != "or" &&
				!(conj && isClauseWord(toks[end].Lower(doc))) {
				break
			}
			items[n] = [2]int{k, k + m}
			k += m
		}
		if !joined && (n != 1 || items[0][1]-items[0][0] != 1 || items[0][1] >= len(toks) || toks[items[0][1]].Text(doc) != ",") {
			continue
		}
		for _, it := range items[:n] {
			if it[1] > it[0] && !s.lx.adjectiveOnly(doc, it[0], it[1]) {
				candidate(doc, it[0], it[1], GPE, "", "context:list", PriorityGuess)
			}
		}
	}
}

// placesInCompound proposes as places the unknown names that a hyphen
// joins to a listed state, as a compound of states names each ("U.S.-Zorvik
// relations", "the Tarvo-Japan border", "Japan-ROK-Kessa trilateral
// talks"), and both names of a compound of two unknown names before a noun
// of what two states share or do together ("the Kessa-Tarvo border"). A
// name is one to maxNameTokens words that a word in lower case or
// punctuation follows and no capitalised word precedes; a combining form
// before the hyphen ("Sino-", "Indo-") is no name.
func (s *contextStage) placesInCompound(doc *Doc, unknown func(int) int) {
	toks := doc.Tokens
	// after returns the end of the unknown name after the hyphen at k,
	// or 0.
	after := func(k int) int {
		if !gluedHyphen(doc, k) {
			return 0
		}
		m := unknown(k + 1)
		if end := k + 1 + m; m > 0 && (end == len(toks) || !toks[end].IsCap() || toks[end].Kind != Word) {
			return end
		}
		return 0
	}
	// before returns the start of the unknown name before the hyphen at
	// k, or k.
	before := func(k int) int {
		if k < 1 || !gluedHyphen(doc, k) {
			return k
		}
		start := unknownEndingAt(k, unknown)
		if start == k || start > 0 && s.lx.isNameWord(doc, &toks[start-1]) || s.lx.combiningForm(doc, start, k) || singleLetter(doc, start, k) || hyphenPrefix(doc, start, k) {
			return k
		}
		return start
	}
	places := len(doc.Candidates)
	for i := 0; i < places; i++ {
		c := &doc.Candidates[i]
		if c.Label != GPE || !isGazetteerRule(c.Rule(doc)) {
			continue
		}
		for k := int(c.TokEnd); ; {
			end := after(k)
			if end == 0 {
				break
			}
			candidate(doc, k+1, end, GPE, "", "context:compound", PriorityGuess)
			k = end
		}
		for k := int(c.TokStart) - 1; ; {
			start := before(k)
			if start == k {
				break
			}
			candidate(doc, start, k, GPE, "", "context:compound", PriorityGuess)
			k = start - 1
		}
	}
	// "the Kessa-Tarvo border": two unknown names before a noun of a pair.
	// (An unknown name starts with a capital: the loop walks those.)
	for _, c := range doc.capitals {
		k := int(c) - 1
		if k < 1 || k+2 >= len(toks) {
			continue
		}
		if t := &toks[k]; t.End-t.Start != 1 || t.Text(doc) != "-" {
			continue
		}
		end := after(k)
		if end == 0 || end == len(toks) || !s.lx.pairAfter.hasTok(&toks[end]) {
			continue
		}
		if start := before(k); start < k {
			candidate(doc, start, k, GPE, "", "context:compound", PriorityGuess)
			candidate(doc, k+1, end, GPE, "", "context:compound", PriorityGuess)
		}
	}
}

// combiningForm reports whether toks[i:end] is one word that is the
// combining form of a people's name before a hyphen ("Sino-", "Indo-",
// "Anglo-", "Franco-"; place_cues.tsv's `combining-form`); a state that
// ends in "o" is none ("Togo").
func (lx *lexicon) combiningForm(doc *Doc, i, end int) bool {
	return end == i+1 && lx.combiningForms.hasTok(&doc.Tokens[i])
}

// hyphenPrefix reports whether toks[i:end] is one word that is a prefix
// written capitalised before a hyphen and a name ("Trans-Kessa", "Pan-",
// "Anti-", "Pro-", "Cross-"), no place of its own.
func hyphenPrefix(doc *Doc, i, end int) bool {
	if end != i+1 {
		return false
	}
	switch doc.Tokens[i].Lower(doc) {
	case "trans", "pan", "anti", "pro", "cross", "inter", "intra", "sub", "post", "pre", "neo", "non", "mid", "ultra":
		return true
	}
	return false
}

// placesBeforeState proposes as places the unknown names before a comma
// and a known state or country that ends the phrase, as addresses and
// datelines write a town: "Woodburn, Oregon", "Sekondi and Tema, Ghana;";
// before a state that is no country, unknownOrGiven also reads a given
// name of one word.
func (s *contextStage) placesBeforeState(doc *Doc, unknown, unknownOrGiven func(int) int) {
	toks := doc.Tokens
	places := len(doc.Candidates)
	for i := 0; i < places; i++ {
		c := &doc.Candidates[i]
		p := int(c.TokStart)
		if c.Label != GPE || !isGazetteerRule(c.Rule(doc)) || p < 2 || toks[p-1].Text(doc) != "," {
			continue
		}
		if !endsPhrase(doc, int(c.TokEnd)) {
			continue // "Ivo Tarn, Ruritania's envoy", "Tarn, Ruritania ambassador"
		}
		// Before a state that is no country a given name is a town's
		// ("Marion, Ohio"); before a country it may be a person's.
		country := s.lx.isCountry(doc, p, int(c.TokEnd))
		end := p - 1
		for item := 0; item < 2 && end > 0; item++ {
			// The longest unknown name that ends at the comma, particles
			// inside ("Dar as Kessa, Ruritania"); before a state that is
			// no country, one word that is a given name ("Marion, Ohio",
			// not "Kessa Morgan, Texas": a person's full name).
			k := unknownEndingAt(end, unknown)
			if k == end && !country && unknownOrGiven(end-1) == 1 {
				k = end - 1
			}
			if k == end || k > 0 && toks[k-1].IsCap() && toks[k-1].Kind == Word && !toks[k].SentStart() {
				break // (part of a longer name: "Port Area, Manila")
			}
			candidate(doc, k, end, GPE, "", "context:place", PriorityGuess)
			if k < 2 || toks[k-1].Lower(doc) != "and" {
				break
			}
			end = k - 1 // "Sekondi and Tema, Ghana"
		}
	}
}

// placesAfterPlace proposes as a place the unknown name of one to three
// words between a comma that follows a place and punctuation, as a base, a
// feature or a division is followed by the larger place it lies in: "Tarvo
// Air Base, Kessa,", "the Zorvik Islands, Pilna.", "Kessa Province,
// Tarvo;". A name so found is followed by the next ("Tarvo Air Base,
// Kessa, Pilna."), unless an apposition follows the name ("In the Tarvo
// Valley, Ivo Tarn, a shepherd,"). The place is a LOC, or a division that
// a grammar rule found: a guess may be wrong, and a comma after a state, listed or named
// by its title, may open its envoy's name ("Latvia, Ivo Tarn.", "the
// Republic of Kessa, Ivo Tarn.").
func (s *contextStage) placesAfterPlace(doc *Doc, unknown func(int) int) {
	toks := doc.Tokens
	places := len(doc.Candidates)
	for i := 0; i < places; i++ {
		c := &doc.Candidates[i]
		if c.Label != Loc && (c.Label != GPE || isGazetteerRule(c.Rule(doc)) || c.Rule(doc) == "place:state") || c.Priority == PriorityGuess {
			continue
		}
		for k := int(c.TokEnd); k+1 < len(toks) && toks[k].Text(doc) == ","; {
			m := unknown(k + 1)
			end := k + 1 + m
			if m == 0 || m > 3 || end < len(toks) && !toks[end].Newline() && (toks[end].Kind != Punct || possessiveAt(doc, end) || gluedHyphen(doc, end)) ||
				s.lx.adjectiveOnly(doc, k+1, end) || s.lx.facilityWords.hasTok(&toks[end-1]) {
				break // (not a list of bases: "Kessa Base, Tarvo Station")
			}
			if end+1 < len(toks) && isComma(doc, &toks[end]) && (nounDeterminer(toks[end+1].Lower(doc)) || toks[end+1].Kind == Number) {
				break // an apposition names a person or a body: "In the Tarvo Valley, Ivo Tarn, a shepherd,"
			}
			candidate(doc, k+1, end, GPE, "", "context:place", PriorityGuess)
			k = end
		}
	}
}

// endsPhrase reports whether a phrase may end before toks[e]: at the
// text's or a line's end, at punctuation other than a possessive, or
// before a word that opens a clause.
func endsPhrase(doc *Doc, e int) bool {
	toks := doc.Tokens
	if e >= len(toks) || toks[e].Newline() {
		return true
	}
	if toks[e].Kind == Punct {
		return !possessiveAt(doc, e)
	}
	return isClauseWord(toks[e].Lower(doc))
}

// stateAfterTown reports whether a comma and a known place that ends the
// phrase follow at toks[k], as after a town ("Austin, Texas, where").
func (lx *lexicon) stateAfterTown(doc *Doc, k int) bool {
	n := lx.commaPlace(doc, k)
	return n > 0 && endsPhrase(doc, k+1+n)
}

// placeList proposes the unknown names of a list of places starting at
// toks[i] ("Kafr Nubl, Hish and Maarzita") as GPEs, when the list ends
// where a place would: at punctuation, a lower-case word or a known place.
//
// After a weak preposition ("to", "from"), which also precedes names of
// other kinds, the name must end a phrase: punctuation or a small word
// follows ("aid to Qusayr.", not "from Houthi attacks"). With one, only
// the first name is read.
func (s *contextStage) placeList(doc *Doc, i int, unknown func(int) int, claimed []bool, weak, one bool) {
	toks := doc.Tokens
	opener := i - 1 // the cue before the names (a date's test reads it)
	if i+1 < len(toks) && pairOpener(toks[i].Lower(doc)) && !one {
		i++ // "in both Kessa and Tarvo", "from either Zorvik or Pilna"
	}
	if s.lx.infinitiveAfter(doc, opener, i) {
		return // "the Strategy to Prevent Conflict": a verb, as Title Case writes it
	}
	for first := true; i < len(toks); first = false {
		if !first && s.lx.articleListItem(doc, i, unknown) {
			i++ // "Brunei, Cambodia, the Philippines and Kessa": "the" opens an item
		}
		n := unknown(i)
		if n == 0 {
			// "in Kafr Nubl, Hish and Maarzita": a settlement that the
			// places' grammar read by its opening word opens the list.
			if end := s.lx.townCandidateEnd(doc, i); end > i && !one {
				if i = listNext(doc, end); i < 0 {
					return
				}
				continue
			}
			return
		}
		end := i + n
		if e := s.lx.hyphenatedTownEnd(doc, i, end, claimed); e > end {
			end, n = e, e-i // "in Kessa-Kessa,": one town's name
		}
		if end < len(toks) && (toks[end].IsCap() && toks[end].Kind == Word && (!claimed[end] || s.lx.placeOrBodyStartsAt(doc, end)) && !s.lx.honorificOpens(doc, end) ||
			!toks[end].SpaceBefore() && toks[end].Kind == Punct && !strings.Contains(",.;:)?!", toks[end].Text(doc))) {
			// Followed by more capitals, a hyphen or a possessive: a
			// name this stage cannot read.
			return
		}
		// (A date ends a one-word name: "departed Zorvik March 23"; a verb
		// ends a list's later name, the list its subject's: "officials from
		// Kessa and Tarvo spoke".)
		if weak && end < len(toks) && toks[end].Kind == Word && !s.lx.common.hasTok(&toks[end]) && !s.lx.originBeforeVerb(doc, i, end) &&
			!(n == 1 && claimed[end] && calendarDateAt(doc, end) && s.lx.travelOpener(doc, opener)) && !(!first && s.lx.beforeVerb(doc, end)) {
			return
		}
		if _, _, hon := s.lx.honorifics.longest(toks, i); hon && (i+1 == len(toks) || toks[i+1].SpaceBefore()) {
			return // "in Kessa, Sir Ivo Tarn said": a person's title; not "El-Tarvik"
		}
		if s.lx.titleBeforeOf(doc, end) {
			return // "to the Republic of the Kessa Isles": a state's title, cut
		}
		if s.lx.abstractName(doc, i, end) {
			return // "in Emergency Response and Preservation": topics
		}
		if s.lx.portfolioEnd(doc, end-1) {
			return // "members from Civil Affairs": a portfolio, not a place
		}
		if r, _, _ := s.lx.matchRank(doc, i); r == n {
			return // "promotions to Colonel": a rank names no place
		}
		if n == 1 && isCompassPoint(toks[i].Text(doc)) {
			return // "in East and West Africa": a part of the place after it
		}
		if n == 1 && s.lx.orgHeads.has(toks, i, i+1) {
			return // "Minister Visits Fleet": a body's head, as Title Case writes it
		}
		if n == 1 && toks[i].isAcronym() && (s.lx.notOrgAcronyms.hasTok(&toks[i]) || weak && s.lx.placeWeakPreps.hasTok(&toks[i-1])) {
			return // "applicable to WMD", "from SPP": an acronym that names a thing, or a body or a programme
		}
		// A facility's word ends the name of a place that is no GPE:
		// "at Zorva Naval Station"; alone it names none ("at Pier 12").
		// A compass word opens a part of a place: "in Northern Zorva".
		switch {
		case end-i > 1 && s.lx.compassAt(doc, i):
			candidate(doc, i, end, Loc, "", "context:place", PriorityGuess)
		case !s.lx.facilityWords.hasTok(&toks[end-1]):
			candidate(doc, i, end, GPE, "", "context:place", PriorityGuess)
		case end-i > 1:
			candidate(doc, i, end, Loc, "", "context:place", PriorityGuess)
		}
		if i = listNext(doc, end); one || i < 0 {
			return
		}
	}
}

// infinitiveAfter reports whether toks[i], after the cue toks[opener],
// is the bare form of a verb after "to", capitalised by a title's Title
// Case ("a strategy to Prevent Conflict", "Authorized to Take Effect"):
// a verb whose third person is a headline's verb (headline_verbs.txt:
// "prevents", "takes"), no place.
func (lx *lexicon) infinitiveAfter(doc *Doc, opener, i int) bool {
	toks := doc.Tokens
	if opener < 0 || i >= len(toks) || toks[opener].Lower(doc) != "to" || toks[i].Kind != Word {
		return false
	}
	w := toks[i].Lower(doc)
	return lx.headlineVerbs.has(w+"s") || lx.headlineVerbs.has(w+"es")
}

// originBeforeVerb reports whether the one-word name toks[i:end] is
// where people come from, as the subject's verb after it shows: a plural
// noun for people, "from", the name and a verb's past form ("Militants
// from Varosh attacked", "Delegates from Tarvo arrived"), where a weak
// preposition's name otherwise needs a small word or a pause after it.
func (lx *lexicon) originBeforeVerb(doc *Doc, i, end int) bool {
	toks := doc.Tokens
	if end != i+1 || i < 2 || toks[i-1].Lower(doc) != "from" || !pastForm(toks[end].Lower(doc)) {
		return false
	}
	return toks[i-2].Kind == Word && lx.peopleOfPlace(doc, i-2)
}

// peopleOfPlace reports whether the plural noun toks[k] names people by
// where they live or come from, not by whom they work for ("Workers from
// Zorvatek" are a firm's): a word of place_cues.tsv's `belonging-after`
// ("residents", "villagers") or a group that comes from a place
// ("militants", "refugees", "delegates": `people-from`).
func (lx *lexicon) peopleOfPlace(doc *Doc, k int) bool {
	return lx.placeBelonging.hasTok(&doc.Tokens[k]) || lx.peopleFrom.hasTok(&doc.Tokens[k])
}

// compassAt reports whether a compass word of loc_patterns.tsv
// ("Northern", "Central") starts at toks[i], not a plain point ("South"):
// before a guessed name that opens a state's name as often ("South
// Kessa"), which only a listed place after it tells apart.
func (lx *lexicon) compassAt(doc *Doc, i int) bool {
	_, v, ok := lx.locPatterns.longest(doc.Tokens, i)
	return ok && v == "compass" && !isCompassPoint(doc.Tokens[i].Text(doc))
}

// abstractName reports whether a word of toks[i:end] that names no
// facility or division ends as abstract nouns do ("Engagement",
// "Preservation") or as nouns of quality and state do ("Security",
// "Responsibilities", "Insurgency"): a topic's name, not a place's.
func (lx *lexicon) abstractName(doc *Doc, i, end int) bool {
	for k := i; k < end; k++ {
		if lx.facilityWords.hasTok(&doc.Tokens[k]) || lx.adminWords.hasTok(&doc.Tokens[k]) {
			continue // "Station", "Regency"
		}
		if w := doc.Tokens[k].Lower(doc); abstractNoun(w) || qualityNoun(w) {
			return true
		}
	}
	return false
}

// portfolioEnd reports whether toks[k], the last word of a name, is a
// word of a portfolio ("Affairs", "Logistics", "Intelligence") that names
// no place, as a listed place, a compass word or a settlement's noun of
// portfolio_words.txt does ("Africa", "North", "Kessa State").
func (lx *lexicon) portfolioEnd(doc *Doc, k int) bool {
	t := &doc.Tokens[k]
	if !lx.portfolio.hasTok(t) || isCompassPoint(t.Text(doc)) || lx.placeAfter.hasTok(t) || lx.featureAfter.hasTok(t) {
		return false
	}
	_, place := lx.isPlace(doc, k)
	return !place
}

// qualityNoun reports whether the lower-case word w ends as nouns of
// quality and state do ("stability", "responsibilities", "emergency"),
// which a place's name does not; shorter words ("city", "unity") are
// left alone.
func qualityNoun(w string) bool {
	for _, suffix := range [...]string{"ity", "ities", "ency", "ancy", "encies", "ancies"} {
		if len(w) > len(suffix)+3 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// minAbstractNoun is the fewest bytes of a word that abstractNoun may
// accept: two letters before the shortest suffix, "ism".
const minAbstractNoun = 6

// abstractNoun reports whether the lower-case word w ends as abstract
// nouns do ("cooperation", "engagement"), which no person's or place's
// name does.
func abstractNoun(w string) bool {
	for _, suffix := range [...]string{"tion", "sion", "ment", "ness", "ism"} {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// placeNameEnds reports whether a place's name may end at toks[k]: at the
// text's or a line's end, at punctuation, or before a settlement's or a
// natural feature's noun ("Zorva a Kessa region"), not before another
// noun ("in Zorva a Kessa official said": the article "a").
func (lx *lexicon) placeNameEnds(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k >= len(toks) || toks[k].Newline() || toks[k].Kind == Punct {
		return true
	}
	return lx.placeAfter.hasTok(&toks[k]) || lx.featureAfter.hasTok(&toks[k])
}

// placeParticle reports whether w is a particle that only a place's name
// holds between two capitalised words: the Arabic article as written
// before a sun letter ("Dar as Salam", "Dayr az Zawr", "Jisr ash
// Shughur"), or the Spanish preposition "a" ("Zorva a Kessa") before a
// one-word name that ends there (placeNameEnds).
func placeParticle(w string) bool {
	switch w {
	case "as", "ash", "ad", "adh", "ar", "az", "at", "ath", "an", "a":
		return true
	}
	return false
}

// plainName reports whether toks[k] is a name's word that opens no
// office, rank or body's head ("in Tarvo as President" is no place's name;
// nor, before a verb of saying, is "in Tarvo as Kestrel said"). A head
// opens there only when the whole of it stands: "House" before "Speaker"
// is plain, "House of Representatives" a head.
func (lx *lexicon) plainName(doc *Doc, k int) bool {
	_, _, head := lx.orgHeads.longest(doc.Tokens, k)
	return !head && !lx.isRoleHead(&doc.Tokens[k]) && !lx.startsRank(doc, k)
}

// arabicArticleWord reports whether toks[i] is the Arabic article standing
// alone before a capitalised word ("Al Bukamal", "El Fasher"), or, when
// glued may be, joined to it by a hyphen ("Al-Barka"), though "Al" is also
// a given name.
func arabicArticleWord(doc *Doc, i int, glued bool) bool {
	toks := doc.Tokens
	next := i + 1
	if glued && next+1 < len(toks) && toks[next].Text(doc) == "-" && !toks[next].SpaceBefore() && !toks[next+1].SpaceBefore() {
		next++
	} else if next < len(toks) && !toks[next].SpaceBefore() {
		return false
	}
	if next >= len(toks) || !toks[next].IsCap() || toks[next].Kind != Word {
		return false
	}
	switch toks[i].Text(doc) {
	case "Al", "El", "al", "el":
		return true
	}
	return false
}

// sunArticleAt reports whether toks[i] is the Arabic article as English
// spells it before a sun letter ("As Salif", "Ar Rutbah", "Ad Dawr"),
// where it opens a place's name: right after a preposition that no Title
// Case run holds ("At As Salif,", "near Ar Kessa"; not "Named in As Many
// As"), before a capitalised name's word on the same line, a given name
// too ("Salif"). The spellings are place_cues.tsv's `sun-article`.
func (lx *lexicon) sunArticleAt(doc *Doc, i int) bool {
	toks := doc.Tokens
	t := &toks[i]
	if t.Kind != Word || !t.IsCap() || t.isCapsWord() || i == 0 || i+1 >= len(toks) || !lx.movementPrep(doc, i-1) || !lx.sunArticles.hasTok(t) || titleCaseRun(doc, i-1) {
		return false
	}
	n := &toks[i+1]
	return n.SpaceBefore() && !n.Newline() && lx.isNameWord(doc, n) && !n.isCapsWord()
}

// movementPrep reports whether toks[k] is a preposition of place, a
// weak one ("to", "from", "via") or "through": before the Arabic article
// spelt for a sun letter, which opens no company's or person's name in
// English, one of passage tells a place as well ("drove through Ar
// Kessa", "from As Tarvo").
func (lx *lexicon) movementPrep(doc *Doc, k int) bool {
	t := &doc.Tokens[k]
	return t.props&propPlacePrep != 0 || !t.IsCap() && (lx.placeWeakPreps.hasTok(t) || t.Lower(doc) == "through")
}

// singleLetter reports whether toks[start:end] is one letter: before a
// hyphen an initial, no name of a place ("R-Texas", a legislator's party
// and state; "D-Calif.").
func singleLetter(doc *Doc, start, end int) bool {
	return end == start+1 && doc.Tokens[start].Kind == Word && utf8.RuneCountInString(doc.Tokens[start].Text(doc)) == 1
}

// companyCueAt returns the index of the capitalised word after a cue at
// toks[k] that names a company, or 0: the maker of goods after
// "manufactured by" (context_words.tsv's `maker-by`) ("the drones are manufactured by Tarvex"; not
// "built by", which a state does too: "the foundation built by Kessa"),
// and the party of a contract after "contract to" or "contract with"
// (`contract`)
// ("awarded a contract to Kolvane Marine", "signed a contract with
// Tarvex"). The caller tests that the cue is in lower case.
func (lx *lexicon) companyCueAt(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+2 >= len(toks) || !toks[k+2].IsCap() || !toks[k+2].SpaceBefore() {
		return 0
	}
	switch {
	case lx.makerWords.hasTok(&toks[k]):
		if toks[k+1].Lower(doc) == "by" {
			return k + 2
		}
	case lx.contractWords.hasTok(&toks[k]):
		if w := toks[k+1].Lower(doc); w == "to" || w == "with" {
			return k + 2
		}
	}
	return 0
}

// accordingToThe returns the index of the capitalised word after
// "according to the" at toks[k], or 0: a source named with "the" is a
// body or an outlet, not a person ("according to the Kessa Beacon",
// "according to The Tarvo Sentinel").
func accordingToThe(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+3 >= len(toks) || toks[k].Lower(doc) != "according" || toks[k+1].Lower(doc) != "to" || toks[k+2].Lower(doc) != "the" || !toks[k+3].IsCap() {
		return 0
	}
	return k + 3
}

// documentName reports whether the name toks[i:j] ends on a head of an
// agreement, an event, a programme or a law (context_words.tsv's
// `document`, as spelt): a text's or an occasion's
// name, not a body's ("according to the Kessa Accord", "according to
// the Tarvo Constitution").
func (lx *lexicon) documentName(doc *Doc, i, j int) bool {
	toks := doc.Tokens
	if lx.documentHeads.hasExact(&toks[j-1]) {
		return true
	}
	return lx.programmeWord(doc, j-1) || lx.eventHeads.has(toks, j-1, j) || lx.agreementHeads.has(toks, j-1, j)
}

// coordinatedAfterBody returns the index of the capitalised word after
// "and" (and "the") at toks[k] when an organisation's candidate ends
// right before the "and" (orgEnds), or 0: the second conjunct of two
// bodies ("the Kessa Navy and Tarvex Marine", "the Kessa Army, the Tarvo
// Air Corps and Velmar Rescue"). The caller tests orgEnds[k] first.
func coordinatedAfterBody(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k].Text(doc) != "and" {
		return 0
	}
	j := k + 1
	if toks[j].Lower(doc) == "the" && j+1 < len(toks) {
		j++
	}
	if !toks[j].IsCap() || !toks[j].SpaceBefore() {
		return 0
	}
	return j
}

// platformAt returns the index of the capitalised word at toks[k+2] or
// toks[k+1] that names a platform of online posts, or 0: after a verb of
// posting or saying (context_words.tsv's `post-verb`) and "on", before "that" or punctuation ("said in a
// post on Kessagram that", "wrote on Zorvik:"; not "wrote on Kessa for
// years", a topic), or after a possessive determiner before "account",
// "channel", "page" or "feed" (`account`: "on his Zorvik account"). The
// caller tests that toks[k] is in lower case.
func (lx *lexicon) platformAt(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+3 >= len(toks) {
		return 0
	}
	switch toks[k].Lower(doc) {
	case "his", "her", "its", "their", "our", "my":
		if toks[k+1].IsCap() && lx.accountNouns.hasTok(&toks[k+2]) {
			return k + 1
		}
		return 0
	}
	if lx.postVerbs.hasTok(&toks[k]) && toks[k+1].Lower(doc) == "on" && toks[k+2].IsCap() && toks[k+2].SpaceBefore() && !toks[k+2].isCapsWord() && toks[k+2].End-toks[k+2].Start > 1 && (toks[k+3].Lower(doc) == "that" || clauseMark(doc, k+3) && !appositionAfter(doc, k+4)) {
		return k + 2
	}
	return 0
}

// appositionAfter reports whether an article opens toks[k], as an
// apposition after a comma does ("on Tarvo, a small island,").
func appositionAfter(doc *Doc, k int) bool {
	if k >= len(doc.Tokens) {
		return false
	}
	switch doc.Tokens[k].Lower(doc) {
	case "a", "an", "the":
		return true
	}
	return false
}

// clauseMark reports whether toks[k] is a comma, a colon or a full stop
// glued to the word before it: the end of the phrase that word closes.
func clauseMark(doc *Doc, k int) bool {
	switch toks := doc.Tokens; toks[k].Text(doc) {
	case ",", ":", ".", ";":
		return !toks[k].SpaceBefore()
	}
	return false
}

// kindApposition returns the index of the capitalised word after a kind
// of ship or of organisation in lower case, a comma and maybe "the" at
// toks[k], or 0: the ship's or the body's name in apposition ("The boat,
// Velmora, caught fire", "a cargo ship, the Kessa Star,", "the militia,
// Zorvik Shield,"), which a comma or a full stop must close. Not a body's
// kind after a person's office or noun, whose name the apposition gives
// as often ("A spokesman for the group, Ivo Tarn, said"), nor a title
// that a capitalised "The" opens ("the newspaper, The Kessa Sentinel,",
// whose gold keeps or drops "The" from one outlet to another). The
// caller tests that toks[k] is in lower case.
func (lx *lexicon) kindApposition(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+2 >= len(toks) || toks[k+1].Text(doc) != "," {
		return 0
	}
	if !lx.shipTypes.hasTok(&toks[k]) && (toks[k].props&propOrgCue == 0 || lx.personBefore(doc, k) || toks[k+2].Text(doc) == "The") {
		return 0
	}
	j := k + 2
	if toks[j].Lower(doc) == "the" && j+1 < len(toks) {
		j++
	}
	if !toks[j].IsCap() {
		return 0
	}
	return j
}

// maxPersonBefore bounds the words before a body's kind that personBefore
// reads.
const maxPersonBefore = 4

// personBefore reports whether an office's head or a noun for a person
// stands in the few words before toks[k] ("a spokesman for the group").
func (lx *lexicon) personBefore(doc *Doc, k int) bool {
	toks := doc.Tokens
	for j := k - 1; j >= 0 && k-j <= maxPersonBefore; j-- {
		if lx.isRoleHead(&toks[j]) || lx.personNouns.hasTok(&toks[j]) {
			return true
		}
	}
	return false
}

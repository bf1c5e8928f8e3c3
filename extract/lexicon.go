package extract

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/kljensen/snowball/english"

	"github.com/newsextract/newsextract/rules"
)

// lexicon is every word list and phrase set the stages read, compiled once
// from the rule files.
type lexicon struct {
	tk *tokenizer

	gpe, loc, org, event *phraseSet // gazetteers, case-sensitive
	// capsNames holds the GPEs, LOCs and events of up to three words in
	// lower case, for names in capitals ("PHILIPPINE SEA"), and
	// capsKinds, a byte an id, the kinds of each (capsGPE, capsLoc,
	// capsEvent).
	capsNames      *vocabulary
	capsKinds      string
	demonyms       *phraseSet // nationality adjective -> country
	orgHeads       *phraseSet // value: "", or a kind of head from org_heads.txt ("alone", "named", "part"…)
	eventHeads     *phraseSet // value: "" or "alone"
	eventOpeners   *phraseSet
	orgOpeners     *phraseSet
	roleHeads      *phraseSet // folded; value "lower" lets it stand alone in lower case
	roleMods       *phraseSet // folded; value "portfolio" or "status"
	agreementHeads *phraseSet // folded
	honorifics     *phraseSet
	nicknameCues   *phraseSet // folded: "known as"
	locPatterns    *phraseSet // value: "before", "after", "compass", "admin", "state", "facility", "town", "town-verb", "shared", "zone" or "honoree"
	// placePreps, placeWeakPreps, placeBefore and placeAfter are the
	// kinds of place_cues.tsv.
	placePreps, placeWeakPreps *wordSet
	placeBefore, placeAfter    *wordSet
	// placeBeforeOf holds the nouns of place_cues.tsv's `before-of`: what
	// a state has before "of" only ("the President of Kessa"), which other
	// bodies have too after a possessive ("Zorvexa's president").
	placeBeforeOf *wordSet
	// placeWith holds the nouns of place_cues.tsv's `with-place`: what a
	// place shares with its neighbour, before "with" ("the border with
	// Drovia").
	placeWith *wordSet
	// placeState holds the nouns of place_cues.tsv's `state`: what only a
	// state has, before "of" or after a possessive ("Tarvo's airspace").
	placeState *wordSet
	// placeAfterPlurals holds the plurals of placeAfter's nouns
	// ("districts", "municipalities"), made when the rules are loaded.
	placeAfterPlurals *wordSet
	// placeStatePlurals holds the plurals of placeState's and
	// placeBeforeOf's nouns ("ministers", "navies"), made when the rules
	// are loaded.
	placeStatePlurals *wordSet
	// placeWeakWords holds place_cues.tsv's `weak-word`: verbs and words
	// of a set whose object is a person or a body as often as a place; a
	// name of one word after them that ends its phrase is a place.
	placeWeakWords *wordSet
	// placePassage holds place_cues.tsv's `passage`: verbs of passing
	// through or along water or land ("transited", "patrolled"); one
	// unknown word after them and "the" that ends its phrase is a LOC.
	placePassage *wordSet
	// placePartWords holds place_cues.tsv's `part-before`: lower-case
	// adjectives of a part of a place ("southern", "central"); the names
	// after one are places ("in southern Kessa").
	placePartWords *wordSet
	// placeKindPlurals holds place_cues.tsv's `kind-plural`: plural nouns
	// of kinds of places whose members a list after "such as" or "like"
	// names ("countries such as Kessa and Tarvo").
	placeKindPlurals *wordSet
	// placeBelonging holds place_cues.tsv's `belonging-after`: lower-case
	// words of a place's people ("residents"), of its government's level
	// ("provincial") or of what rings it ("coast"); right after a name
	// they make it a place's.
	placeBelonging *wordSet
	// stateOffices and townOffices hold place_cues.tsv's `state-office`
	// and `town-office`: words only a state's offices hold ("minister"),
	// and words of a town's offices ("councillor").
	stateOffices, townOffices *wordSet
	// placeOnVerbs holds place_cues.tsv's `on-verb`: verbs of moving
	// against a place whose object follows "on" ("advanced on").
	placeOnVerbs *wordSet
	// peopleFrom holds place_cues.tsv's `people-from`: plural nouns of
	// people who come from a place ("refugees", "militants"), not from
	// an employer, before "from" and a name.
	peopleFrom *wordSet
	// firmOutOf holds place_cues.tsv's `firm-out-of`: words before "out
	// of" that leave or take from a body as often as from a place
	// ("forced", "money"), so the name after is no place's evidence.
	firmOutOf *wordSet
	// placeOpeners holds place_cues.tsv's `name-opener`: words that open
	// places' names as people's never do ("Upper", "New", "Fort").
	placeOpeners *wordSet
	// featureParts holds place_cues.tsv's `feature-part`: lower-case nouns
	// of a part of a river or a mountain before "of" ("the banks of").
	featureParts *wordSet
	// heldBefore holds place_cues.tsv's `held-before`: participles of
	// control glued by a hyphen after a word ("rebel-held").
	heldBefore *wordSet
	// pastVerbs holds date_words.tsv's `past`: past forms not in -ed
	// ("met", "said").
	pastVerbs *wordSet
	// messageNouns holds place_cues.tsv's `message-from`: nouns of a
	// message, an order or a request before "from" ("orders from").
	messageNouns *wordSet
	// stateForms holds place_cues.tsv's `state-form`: forms of state a
	// nationality may qualify ("the Kessan Republic").
	stateForms *wordSet
	// portCalls holds place_cues.tsv's `port-call`: nouns of a ship's
	// visit after "Port" ("Port Visit"), which name the town before.
	portCalls *wordSet
	// placeCompounds holds place_cues.tsv's `compound-place`: participles
	// glued by a hyphen after a name that make it where something is,
	// comes from or goes ("Kessa-based", "Tarvo-bound").
	placeCompounds *wordSet
	// combiningForms holds place_cues.tsv's `combining-form`: the
	// combining forms of peoples' names before a hyphen ("Sino-").
	combiningForms *wordSet
	// heldBy holds place_cues.tsv's `held-by`: lower-case words of who
	// holds a place by force, before such a participle ("rebel-held").
	heldBy *wordSet
	// featureAfter holds the lower-case nouns of natural features after a
	// name ("Joso island", "the Tarvo river"): the name is a LOC.
	featureAfter *wordSet
	// sharedAfter holds the lower-case plurals of features whose names
	// hold their noun ("seas"): after names joined by "and" or commas,
	// one LOC of the names and the noun ("the Kessa and Tarvo seas").
	sharedAfter *wordSet
	// tributeNouns holds what is laid at a memorial ("wreath"): the
	// capitalised name after it and "at the" is a place.
	tributeNouns *wordSet
	// nationalLandforms holds place_cues.tsv's `national-landform`:
	// lower-case nouns of a landform that a nationality after "the" names
	// as one LOC ("the Kessan peninsula").
	nationalLandforms *wordSet
	// sunArticles holds the Arabic article's spellings before a sun
	// letter ("as", "ar"): capitalised, one opens a place's name.
	sunArticles *wordSet
	// facilityAfter holds the lower-case nouns of facilities after a name
	// ("the Zorva air base"), facilityMods the words that may stand
	// between: the name is a LOC.
	facilityAfter, facilityMods *wordSet
	// nonLocativeIn holds the words of taking part that make the object
	// of "in" or "at" after them no place ("participation in Kessa
	// Shield"), nonLocativeTo those of addressing and awarding that make
	// the object of "to" none ("condolences to", "a contract to").
	nonLocativeIn, nonLocativeTo *wordSet
	// pairAfter holds the lower-case nouns of what two states share or do
	// together, after two names joined by a hyphen ("the Kessa-Tarvo
	// border"): both names are places.
	pairAfter *wordSet
	// echelons ranks military unit nouns, lower case, from the smallest.
	echelons   map[string]int
	ranks      *phraseSet // folded canonical ranks
	rankAbbrev *wordMap   // lower-case abbreviation -> expansion

	roleHeadWords *wordMap   // one-word heads, lower case -> value
	rolePlurals   wordFilter // their plurals in "s", pluralRoleHead's first test
	// facilityWords holds, in any case, the words of the facility
	// patterns of loc_patterns.tsv ("Base", "Camp"), for names in capitals.
	facilityWords *wordSet
	// adminWords holds the one-word "admin" patterns ("Province", "City"),
	// for a word that is also another kind of pattern.
	adminWords  *wordSet
	portfolio   *wordSet
	speechVerbs *wordSet
	// personVerbs are verbs of what people in office do ("chaired").
	personVerbs *wordSet
	// headlineVerbs follow the subject of a Title Case headline.
	headlineVerbs *wordSet
	// shipTypes are kinds of ship, which a ship's name follows.
	shipTypes *wordSet
	// personCues are lower-case nouns for a person, which a name follows.
	personCues *wordSet
	// personNouns are lower-case nouns for a person that an apposition
	// after a name holds.
	personNouns *wordSet
	// orgCues are lower-case nouns for a kind of organisation, which its
	// name follows.
	orgCues *wordSet
	// serviceMembers are plural nouns for a service's members that its
	// releases capitalise ("Sailors", "Soldiers"): no name where
	// capitalised.
	serviceMembers *wordSet
	// orgPossessors are nouns whose possessive stands inside an
	// organisation's name ("People's Army", "Her Majesty's Navy").
	orgPossessors *wordSet
	// orgMemberNouns are nouns for an organisation's members or voice,
	// which its name precedes ("Zorvik fighters", "Kessa Press
	// Secretary"), in any case; value: "", "possessive" or "named".
	orgMemberNouns *phraseSet
	// notOrgAcronyms are acronyms that name things, not organisations.
	notOrgAcronyms *wordSet
	// genericOrgWords do not give an organisation a name of its own
	// ("Federal Government").
	genericOrgWords *wordSet

	givenNames, familyNames *wordSet
	particles               *wordSet
	common                  *wordSet
	agreementStops          *wordSet
	agreementMods           *wordSet
	agreementStems          map[string]string // stem of a one-word head -> value
	agreementPrefixes       map[string]int    // first letters of those heads -> shortest head length
	agreementPrefixWords    wordFilter        // the keys of agreementPrefixes
	// titleMinor holds the words Title Case leaves in lower case.
	titleMinor *wordSet
	// The kinds of context_words.tsv: backingWords ("backed" in
	// "Kessa-backed"), memberWords ("members" before "of"), partWords
	// ("subsidiary"), makerWords ("manufactured" before "by"),
	// contractWords ("contract" before "to" or "with"), postVerbs
	// ("posted" before "on"), accountNouns ("account" after a possessive
	// and a platform's name), documentHeads ("Constitution", as spelt),
	// chamberWords ("Senate", as spelt), memorialWords ("Memorial", as
	// spelt), kinWords ("wife"), counselWords ("lawyer"), stateOrgans
	// ("ministry"), employerNouns ("agency"), peerTitles ("Baroness", as
	// spelt), activityNouns ("offensive"), eventModifiers ("joint"),
	// eventNouns ("battle", a kind of named event a sentence defines),
	// awardNouns ("Medal", as spelt), textParts ("article"),
	// successionVerbs ("succeeded"), officeNouns ("post" before "of") and
	// agentVerbs ("led" before "by"), selfNamedGroups ("rebels" who call
	// themselves), namingVerbs ("dubbed"), holderWords ("former" before
	// an office), peopleGroups ("Delegation", as spelt),
	// holdersMeetings ("talks" after "ministers'"), doneToPersonVerbs
	// ("arrested"), degrees ("PhD", as spelt), compoundSeconds ("led"
	// after "Kessa-"), programmeHeads ("Programme", as spelt), mediaWords
	// ("Press", as spelt), speechAdverbs ("also" before "said"),
	// agentParticiples ("led" in "the Kessa led exercise"),
	// clauseParticiples ("held" after an event's noun), nameIntros
	// ("dubbed" before a name), releaseHeadings ("CORRECTION" in a
	// dateline), creditWords ("photo" before "by"), creditHeadings
	// ("Statement" before "by", capitalised), claimedAttacks ("bombing"
	// after "claimed the"), appointedWords ("named" after "has been"),
	// agreementNoSubjects ("framework" before "agreement") and
	// adjectiveNamed ("Union", as spelt, after "African").
	backingWords, memberWords, partWords, makerWords, contractWords *wordSet
	postVerbs, accountNouns, documentHeads, chamberWords            *wordSet
	memorialWords, kinWords, counselWords                           *wordSet
	stateOrgans, employerNouns, peerTitles                          *wordSet
	activityNouns, eventModifiers, awardNouns, textParts            *wordSet
	eventNouns                                                      *wordSet
	successionVerbs, officeNouns, agentVerbs                        *wordSet
	selfNamedGroups, namingVerbs                                    *wordSet
	holderWords, peopleGroups, holdersMeetings, adjectiveNamed      *wordSet
	doneToPersonVerbs, degrees, compoundSeconds, programmeHeads     *wordSet
	mediaWords, speechAdverbs, agentParticiples, clauseParticiples  *wordSet
	nameIntros, releaseHeadings, creditWords, creditHeadings        *wordSet
	claimedAttacks, appointedWords, agreementNoSubjects             *wordSet
	// dates is the date grammar's lexicon, which buildStages builds from
	// the date rules unless the compiled form held it.
	dates *dateStage
}

// phraseFile is a phrase set of the lexicon and the rule file it is read
// from.
type phraseFile struct {
	dst  **phraseSet
	name string
	fold bool
	// fields is the most fields a line may have; values, when not nil,
	// lists the values the second field may take.
	fields int
	values []string
}

// phraseFiles lists the phrase sets of lx that are each one rule file.
func (lx *lexicon) phraseFiles() []phraseFile {
	return []phraseFile{
		{&lx.gpe, "gpe.txt", false, 2, []string{gpeCountry, gpePostal}},
		{&lx.loc, "loc.txt", false, 1, nil},
		{&lx.org, "org.txt", false, 1, nil},
		{&lx.event, "event.txt", false, 1, nil},
		{&lx.demonyms, "demonyms.tsv", false, 2, nil},
		{&lx.orgHeads, "org_heads.txt", false, 2, []string{"alone", "named", "prefix", "before-name", "theatre", "company", "part", "outlet", "soldiers"}},
		{&lx.eventHeads, "event_heads.txt", false, 2, []string{"alone", "tail", "final"}},
		{&lx.eventOpeners, "event_openers.txt", false, 1, nil},
		{&lx.orgOpeners, "org_openers.txt", false, 1, nil},
		{&lx.roleHeads, "role_heads.txt", true, 2, []string{"lower"}},
		{&lx.roleMods, "role_modifiers.txt", true, 2, []string{"portfolio", "status"}},
		{&lx.agreementHeads, "agreement_heads.txt", true, 2, []string{"title"}},
		{&lx.honorifics, "honorifics.txt", false, 2, []string{"inner"}},
		{&lx.nicknameCues, "nickname_cues.txt", true, 1, nil},
		{&lx.orgMemberNouns, "org_member_nouns.txt", true, 2, []string{"possessive", "named"}},
		{&lx.ranks, "ranks.tsv", true, 2, nil},
		{&lx.locPatterns, "loc_patterns.tsv", false, 2, []string{"before", "after", "admin", "state", "compass", "facility", "town", "town-verb", "shared", "zone", "honoree"}},
	}
}

// wordFile is a word set of the lexicon and the rule file it is read from.
type wordFile struct {
	dst  **wordSet
	name string
}

// wordFiles lists the word sets of lx that are each one rule file.
func (lx *lexicon) wordFiles() []wordFile {
	return []wordFile{
		{&lx.givenNames, "given_names.txt"},
		{&lx.familyNames, "family_names.txt"},
		{&lx.particles, "name_particles.txt"},
		{&lx.common, "common_words.txt"},
		{&lx.agreementStops, "agreement_stops.txt"},
		{&lx.portfolio, "portfolio_words.txt"},
		{&lx.speechVerbs, "speech_verbs.txt"},
		{&lx.personVerbs, "person_verbs.txt"},
		{&lx.headlineVerbs, "headline_verbs.txt"},
		{&lx.shipTypes, "ship_types.txt"},
		{&lx.personCues, "person_cues.txt"},
		{&lx.personNouns, "person_nouns.txt"},
		{&lx.orgCues, "org_cues.txt"},
		{&lx.serviceMembers, "service_members.txt"},
		{&lx.orgPossessors, "org_possessors.txt"},
		{&lx.notOrgAcronyms, "acronyms_not_org.txt"},
		{&lx.genericOrgWords, "generic_org_words.txt"},
		{&lx.agreementMods, "agreement_modifiers.txt"},
	}
}

// addPlurals adds to set the plurals of the noun w: in "s", and in "ies"
// for a noun in "y" ("municipalities", "navies").
func addPlurals(set *wordSet, w string) {
	set.add(w + "s")
	if stem, ok := strings.CutSuffix(w, "y"); ok {
		set.add(stem + "ies")
	}
}

func loadLexicon(rs *rules.Set, tk *tokenizer) (*lexicon, error) {
	lx := &lexicon{tk: tk}
	for _, p := range lx.phraseFiles() {
		set, err := loadPhrases(rs, tk, p.name, p.fold, p.fields, p.values)
		if err != nil {
			return nil, err
		}
		*p.dst = set
	}
	for _, w := range lx.wordFiles() {
		set, err := loadWordSet(rs, tk.vocab, w.name)
		if err != nil {
			return nil, err
		}
		*w.dst = set
	}
	heads, err := rs.List("role_heads.txt", 1, 2)
	if err != nil {
		return nil, err
	}
	patterns, err := rs.List("loc_patterns.tsv", 1, 2)
	if err != nil {
		return nil, err
	}
	lx.facilityWords = newWordSet(tk.vocab)
	lx.adminWords = newWordSet(tk.vocab)
	for _, e := range patterns {
		if len(e.Fields) > 1 && e.Fields[1] == "admin" && !strings.Contains(e.Fields[0], " ") {
			lx.adminWords.add(lower(e.Fields[0]))
		}
		if len(e.Fields) > 1 && (e.Fields[1] == "before" || e.Fields[1] == "after" || e.Fields[1] == "facility") {
			for _, w := range strings.Fields(e.Fields[0]) {
				lx.facilityWords.add(lower(w))
			}
		}
	}
	lx.roleHeadWords = newWordMap(tk.vocab)
	for _, e := range heads {
		if !strings.ContainsAny(e.Fields[0], " -") {
			lx.roleHeadWords.set(lower(e.Fields[0]), strings.Join(e.Fields[1:], ""))
			lx.rolePlurals.add(lower(e.Fields[0]) + "s")
		}
	}
	cues, err := rs.List("place_cues.tsv", 2, 2)
	if err != nil {
		return nil, err
	}
	// The date grammar's past forms not in -ed ("met", "rose") tell the
	// name rules a verb after a name from a noun of its phrase.
	dateWords, err := rs.List("date_words.tsv", 2, 2)
	if err != nil {
		return nil, err
	}
	lx.pastVerbs = newWordSet(tk.vocab)
	for _, e := range dateWords {
		if e.Fields[1] == "past" {
			lx.pastVerbs.add(lower(e.Fields[0]))
		}
	}
	gpes, err := rs.List("gpe.txt", 1, 2)
	if err != nil {
		return nil, err
	}
	for _, e := range gpes {
		if len(e.Fields) > 1 && e.Fields[1] != gpeCountry && e.Fields[1] != gpePostal {
			return nil, fmt.Errorf("%s:%d: unknown GPE kind %q (want %s, %s or nothing)", e.File, e.Line, e.Fields[1], gpeCountry, gpePostal)
		}
	}
	// (A postal code is in capitals already, and names a place only in an
	// address.)
	capsGPEs := slices.DeleteFunc(slices.Clone(gpes), func(e rules.Entry) bool { return len(e.Fields) > 1 && e.Fields[1] == gpePostal })
	events, err := rs.List("event.txt", 1, 1)
	if err != nil {
		return nil, err
	}
	locs, err := rs.List("loc.txt", 1, 1)
	if err != nil {
		return nil, err
	}
	lx.capsNames, lx.capsKinds = capsForms(capsGPEs, locs, events)
	kinds := map[string]**wordSet{
		"prep": &lx.placePreps, "weak-prep": &lx.placeWeakPreps,
		"before": &lx.placeBefore, "after": &lx.placeAfter, "feature-after": &lx.featureAfter, "shared-after": &lx.sharedAfter, "tribute": &lx.tributeNouns, "sun-article": &lx.sunArticles, "combining-form": &lx.combiningForms, "national-landform": &lx.nationalLandforms,
		"non-locative-in": &lx.nonLocativeIn, "non-locative-to": &lx.nonLocativeTo, "facility-after": &lx.facilityAfter, "facility-modifier": &lx.facilityMods,
		"pair-after": &lx.pairAfter, "before-of": &lx.placeBeforeOf, "state": &lx.placeState,
		"weak-word": &lx.placeWeakWords, "passage": &lx.placePassage, "part-before": &lx.placePartWords,
		"kind-plural": &lx.placeKindPlurals, "belonging-after": &lx.placeBelonging, "on-verb": &lx.placeOnVerbs,
		"state-office": &lx.stateOffices, "town-office": &lx.townOffices,
		"people-from": &lx.peopleFrom, "firm-out-of": &lx.firmOutOf, "name-opener": &lx.placeOpeners,
		"feature-part": &lx.featureParts, "held-before": &lx.heldBefore, "held-by": &lx.heldBy, "message-from": &lx.messageNouns,
		"port-call": &lx.portCalls, "state-form": &lx.stateForms, "with-place": &lx.placeWith, "compound-place": &lx.placeCompounds,
	}
	for _, set := range kinds {
		*set = newWordSet(tk.vocab)
	}
	lx.placeAfterPlurals = newWordSet(tk.vocab)
	lx.placeStatePlurals = newWordSet(tk.vocab)
	for _, e := range cues {
		set, ok := kinds[e.Fields[1]]
		if !ok {
			return nil, fmt.Errorf("%s:%d: unknown cue kind %q", e.File, e.Line, e.Fields[1])
		}
		w := lower(e.Fields[0])
		(*set).add(w)
		switch e.Fields[1] {
		case "after":
			addPlurals(lx.placeAfterPlurals, w)
		case "state", "before-of":
			addPlurals(lx.placeStatePlurals, w)
		}
	}
	agreements, err := rs.List("agreement_heads.txt", 1, 2)
	if err != nil {
		return nil, err
	}
	lx.agreementStems, lx.agreementPrefixes = map[string]string{}, map[string]int{}
	for _, e := range agreements {
		w := lower(e.Fields[0])
		if strings.ContainsAny(w, " -") || len(w) < 4 {
			continue
		}
		lx.agreementStems[english.Stem(w, false)] = strings.Join(e.Fields[1:], "")
		p := w[:min(len(w), agreementPrefix)]
		if n, ok := lx.agreementPrefixes[p]; !ok || len(w) < n {
			lx.agreementPrefixes[p] = len(w)
		}
		lx.agreementPrefixWords.add(p)
	}
	units, err := rs.List("unit_echelons.txt", 1, 1)
	if err != nil {
		return nil, err
	}
	lx.echelons = make(map[string]int, len(units))
	for i, e := range units {
		lx.echelons[lower(e.Fields[0])] = i
	}
	abbrev, err := rs.List("rank_abbreviations.tsv", 2, 2)
	if err != nil {
		return nil, err
	}
	lx.rankAbbrev = newWordMap(tk.vocab)
	for _, e := range abbrev {
		lx.rankAbbrev.set(lower(e.Fields[0]), lower(e.Fields[1]))
	}
	if lx.titleMinor, err = loadWordSet(rs, tk.vocab, "title_minor_words.txt"); err != nil {
		return nil, err
	}
	if err := lx.loadContextWords(rs); err != nil {
		return nil, err
	}
	return lx, nil
}

// contextKind is a kind of context_words.tsv: the set it fills, and
// whether its words are matched as spelt rather than in any case.
type contextKind struct {
	dst   **wordSet
	exact bool
}

// loadContextWords reads context_words.tsv into the sets of its kinds.
func (lx *lexicon) loadContextWords(rs *rules.Set) error {
	words, err := rs.List("context_words.tsv", 2, 2)
	if err != nil {
		return err
	}
	kinds := map[string]contextKind{
		"backing": {&lx.backingWords, false}, "member-of": {&lx.memberWords, false}, "part-of": {&lx.partWords, false},
		"maker-by": {&lx.makerWords, false}, "contract": {&lx.contractWords, false},
		"post-verb": {&lx.postVerbs, false}, "account": {&lx.accountNouns, false},
		"document": {&lx.documentHeads, true}, "chamber": {&lx.chamberWords, true}, "memorial": {&lx.memorialWords, true},
		"kin": {&lx.kinWords, false}, "counsel": {&lx.counselWords, false},
		"state-organ": {&lx.stateOrgans, false}, "employer": {&lx.employerNouns, false}, "peer": {&lx.peerTitles, true},
		"activity": {&lx.activityNouns, false}, "event-modifier": {&lx.eventModifiers, false}, "event-noun": {&lx.eventNouns, false}, "award": {&lx.awardNouns, true}, "text-part": {&lx.textParts, false},
		"succession": {&lx.successionVerbs, false}, "office-taken": {&lx.officeNouns, false}, "agent-by": {&lx.agentVerbs, false},
		"self-named": {&lx.selfNamedGroups, false}, "naming": {&lx.namingVerbs, false},
		"holder": {&lx.holderWords, false}, "people-group": {&lx.peopleGroups, true}, "holders-meeting": {&lx.holdersMeetings, false},
		"adjective-named": {&lx.adjectiveNamed, true},
		"done-to-person":  {&lx.doneToPersonVerbs, false}, "degree": {&lx.degrees, true}, "compound-second": {&lx.compoundSeconds, false},
		"programme": {&lx.programmeHeads, true}, "media": {&lx.mediaWords, true}, "speech-adverb": {&lx.speechAdverbs, false},
		"agent-participle": {&lx.agentParticiples, false}, "clause-participle": {&lx.clauseParticiples, false}, "name-intro": {&lx.nameIntros, false},
		"release-heading": {&lx.releaseHeadings, false}, "credit": {&lx.creditWords, false}, "credit-heading": {&lx.creditHeadings, false},
		"claimed-attack": {&lx.claimedAttacks, false}, "appointed": {&lx.appointedWords, false}, "agreement-no-subject": {&lx.agreementNoSubjects, false},
	}
	for _, k := range kinds {
		*k.dst = newWordSet(lx.tk.vocab)
	}
	for _, e := range words {
		k, ok := kinds[e.Fields[1]]
		if !ok {
			return fmt.Errorf("%s:%d: unknown context word kind %q", e.File, e.Line, e.Fields[1])
		}
		w := e.Fields[0]
		if !k.exact {
			w = lower(w)
		}
		(*k.dst).add(w)
	}
	return nil
}

// lowerFirst returns the lower-case forms of the first fields of list, in
// order. The ASCII ones with capitals share one allocation: a rule file of
// names would otherwise allocate once a line.
func lowerFirst(list []rules.Entry) []string {
	out := make([]string, len(list))
	size := 0
	for _, e := range list {
		if asciiCase(e.Fields[0]) == hasUpperASCII {
			size += len(e.Fields[0])
		}
	}
	var b strings.Builder
	b.Grow(size)
	for i, e := range list {
		switch w := e.Fields[0]; asciiCase(w) {
		case hasUpperASCII:
			for k := 0; k < len(w); k++ {
				c := w[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			}
		case notASCII:
			out[i] = strings.ToLower(w)
		default:
			out[i] = w
		}
	}
	all := b.String()
	for i, e := range list {
		if w := e.Fields[0]; asciiCase(w) == hasUpperASCII {
			out[i], all = all[:len(w)], all[len(w):]
		}
	}
	return out
}

// isNameWord reports whether t can be part of a proper name: a capitalised
// word that is not a common function word.
func (lx *lexicon) isNameWord(doc *Doc, t *Token) bool {
	return t.Kind == Word && t.IsCap() && !lx.isCommon(doc, t)
}

// isRankAbbrev reports whether t is an abbreviated rank word ("Gen.").
func (lx *lexicon) isRankAbbrev(t *Token) bool {
	exp, _ := lx.rankAbbrev.getTok(t)
	return exp != ""
}

// isCommon reports whether t is a common function word, or a service's
// members capitalised ("Sailors"). A word in capitals is not: "US" is a
// country, "us" a pronoun.
func (lx *lexicon) isCommon(doc *Doc, t *Token) bool {
	return lx.common.hasTok(t) && !(len(t.Text(doc)) > 1 && t.isAcronym()) || lx.serviceMemberAt(doc, t)
}

// isRoleHead reports whether t is a one-word head of an office.
func (lx *lexicon) isRoleHead(t *Token) bool {
	_, ok := lx.roleHeadWords.getTok(t)
	return ok
}

// gpeCountry is the value gpe.txt gives the names of countries, and
// gpePostal the value of the postal codes of states, which name a place
// only in an address.
const (
	gpeCountry = "country"
	gpePostal  = "postal"
)

// isCountry reports whether the tokens toks[i:j] are exactly the name of a
// country.
func (lx *lexicon) isCountry(doc *Doc, i, j int) bool {
	toks := doc.Tokens
	n, kind, ok := lx.gpe.longest(toks, i)
	return ok && i+n == j && kind == gpeCountry
}

// isPlace reports whether a GPE or LOC name starts at toks[i], and its
// length in tokens.
func (lx *lexicon) isPlace(doc *Doc, i int) (int, bool) {
	toks := doc.Tokens
	n, ok := 0, false
	if lx.gpe.startsAt(toks, i) {
		var kind string
		if n, kind, ok = lx.gpe.longest(toks, i); kind == gpePostal {
			n, ok = 0, false // a postal code names a place only in an address
		}
	}
	if !lx.loc.startsAt(toks, i) {
		return n, ok
	}
	if m, _, ok2 := lx.loc.longest(toks, i); ok2 && m > n {
		n, ok = m, true
	}
	return n, ok
}

// The kinds of the names of lexicon.capsNames.
const (
	capsGPE byte = 1 << iota
	capsLoc
	capsEvent
)

// capsForms returns the table of the lower-case forms of the names of up
// to three words of the lists of GPEs, LOCs and events, without hyphens
// or periods: the names a text in capitals can spell ("SOUTH CHINA
// SEA"); and their kinds by id, a byte each.
func capsForms(gpes, locs, events []rules.Entry) (*vocabulary, string) {
	kinds := map[string]byte{}
	for k, list := range [][]rules.Entry{gpes, locs, events} {
		for _, w := range lowerFirst(list) {
			if !strings.ContainsAny(w, "-.") && strings.Count(w, " ") < 3 {
				kinds[w] |= 1 << k
			}
		}
	}
	forms := append([]string{""}, slices.Sorted(maps.Keys(kinds))...)
	byID := make([]byte, len(forms))
	for id, w := range forms {
		byID[id] = kinds[w]
	}
	return newWordTable(forms), string(byID)
}

// capsKind returns the kinds of the name in lower case, 0 for none.
func (lx *lexicon) capsKind(name []byte) byte {
	if id := lx.capsNames.findBytes(hashWord(name), name); int(id) < len(lx.capsKinds) {
		return lx.capsKinds[id]
	}
	return 0
}

// serviceMemberAt reports whether t, a token of doc, is a plural noun for
// a service's members in Title Case ("Sailors", "Soldiers", "Airmen"), as
// US services write them: a common noun, no name; but a word of a body's
// name before its head or "of" and a capitalised word ("the Zorvik
// Airmen Association", "Soldiers of the Kessa Caliphate").
func (lx *lexicon) serviceMemberAt(doc *Doc, t *Token) bool {
	if !t.IsCap() || t.isAcronym() || !lx.serviceMembers.hasTok(t) {
		return false
	}
	toks := doc.Tokens
	k, _ := slices.BinarySearchFunc(toks, t.Start, func(u Token, start uint32) int { return cmp.Compare(u.Start, start) })
	if k+1 < len(toks) && toks[k+1].SpaceBefore() && !toks[k+1].Newline() {
		if lx.orgHeads.startsAt(toks, k+1) && toks[k+1].IsCap() {
			return false
		}
		if k+2 < len(toks) && toks[k+1].Text(doc) == "of" && (toks[k+2].IsCap() || toks[k+2].Text(doc) == "the" && k+3 < len(toks) && toks[k+3].IsCap()) {
			return false
		}
	}
	return true
}

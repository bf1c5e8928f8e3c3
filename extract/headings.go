package extract

import (
	"slices"
	"unicode/utf8"
)

// headingStage weighs the names proposed inside headlines and section
// headings. In a line set in Title Case ("Minister Opens Talks With
// Partners") or in capitals ("KEY TASKS AND MEASURES") every word is
// capitalised, so capitals are no evidence of a name: a name there that
// no list holds stands only when the body of the text writes it too. A
// person's name is cut back to the longest part the body repeats
// ("Hegseth Visits" → "Hegseth"); other names the body never writes are
// dropped. Gazetteer matches and long titles of agreements and events
// keep their own evidence.
type headingStage struct {
	lx *lexicon
	// minor holds the words Title Case leaves in lower case.
	minor *wordSet
}

func (s *headingStage) Name() string { return "headings" }

// maxHeadingWords bounds a heading: a longer line is prose.
const maxHeadingWords = 24

// maxBodyLookups bounds the body occurrences tried for one name, so that
// a text of one name repeated stays linear.
const maxBodyLookups = 64

func (s *headingStage) Process(doc *Doc) error {
	toks := doc.Tokens
	heading := s.headingTokens(doc)
	// Most documents' headings hold no name to weigh (a listed place, a
	// date, an office): the body is not read for them.
	if heading == nil || !slices.ContainsFunc(doc.Candidates, func(c Span) bool { return s.weighedInHeading(doc, heading, c) }) {
		return nil
	}
	var inBody func(i, j int) bool
	if doc.body != nil {
		// A window: the whole document's body.
		if !doc.body.any {
			return nil
		}
		inBody = func(i, j int) bool { return doc.body.writes(doc, s.lx.tk, i, j) }
	} else {
		// body maps the text of each capitalised body token to 1 + the
		// index of its first occurrence, and next[k] is 1 + the index of
		// the next occurrence after token k, or 0.
		body := doc.scratch.wordIndex()
		next := doc.scratch.int32Slice(len(toks))
		for k := len(toks) - 1; k >= 0; k-- {
			if !heading[k] && toks[k].Kind == Word && toks[k].IsCap() {
				text := toks[k].Text(doc)
				next[k] = body[text]
				body[text] = int32(k) + 1
			}
		}
		if len(body) == 0 {
			return nil // all headings: nothing to compare with
		}
		inBody = func(i, j int) bool {
			n := 0
			for k := body[toks[i].Text(doc)]; k != 0; k = next[k-1] {
				if n == maxBodyLookups {
					return false
				}
				n++
				if sameTokens(doc, i, int(k-1), j-i) {
					return true
				}
			}
			return false
		}
	}
	// rankEnd marks the tokens right after a rank of more than one word
	// or abbreviated: a name there has its evidence ("Brig. Gen. Ivo
	// Tarn" on a line of a list of leaders), where a rank that is also a
	// common word may be one ("General Overview", "Commander Farewells").
	rankEnd := doc.scratch.boolSlice(len(toks) + 1)
	for _, c := range doc.Candidates {
		if c.Label == Rank && (c.TokEnd-c.TokStart > 1 || doc.Text[c.End-1] == '.') {
			rankEnd[c.TokEnd] = true
		}
	}
	kept := doc.Candidates[:0]
	for _, c := range doc.Candidates {
		// (An honorific is as good: "The Secretary of State (Mr Ivo
		// Tarn)" on a line of its own.)
		if !s.weighedInHeading(doc, heading, c) || c.Label == Person && (rankEnd[c.TokStart] || s.lx.honorificBefore(toks, int(c.TokStart)) > 0) {
			kept = append(kept, c)
			continue
		}
		end := c.TokEnd
		// A person's family name that the body writes vouches for the
		// whole name: "President Joe Biden's Meeting" over a body that
		// names "Joseph R. Biden, Jr.".
		if c.Label == Person && c.TokEnd-c.TokStart >= 2 && inBody(familyName(doc, c), familyName(doc, c)+1) {
			kept = append(kept, c)
			continue
		}
		for end > c.TokStart && !inBody(c.TokStart, end) {
			if c.Label != Person {
				end = c.TokStart
				break
			}
			end--
		}
		if end == c.TokStart {
			continue
		}
		c.TokEnd, c.End = end, toks[end-1].End
		kept = append(kept, c)
	}
	doc.Candidates = kept
	return nil
}

// familyName returns the token of the family name of the person c: its
// last word before a suffix ("Austin" of "Lloyd J. Austin III").
func familyName(doc *Doc, c Span) int {
	toks := doc.Tokens
	k := int(c.TokEnd) - 1
	for k > int(c.TokStart)+1 && (isNameSuffix(toks[k].Text(doc)) || isRoman(toks[k].Text(doc)) || toks[k].Text(doc) == ",") {
		k--
	}
	return k
}

// weighedInHeading reports whether candidate c stands in a heading (the
// tokens heading marks) and needs the body's support there: a name (see
// weighedInHeadings) or a place's part by its compass word (compassPart),
// but not a gazetteer's name, a long title, an organisation that gives
// its own short form in brackets ("Briefing on the Tarvo Mission in Kessa
// (TMK)") or one that fills a credit line (creditLine).
func (s *headingStage) weighedInHeading(doc *Doc, heading []bool, c Span) bool {
	return heading[c.TokStart] && !isGazetteerRule(c.Rule(doc)) && (weighedInHeadings(c) || compassPart(doc, c)) && !s.lx.longTitle(doc, c) &&
		!(c.Label == Org && (bracketedAcronym(doc, int(c.TokEnd)) || creditLine(doc, c) || s.lx.stateService(doc, c)))
}

// stateService reports whether the organisation c is a state's name and
// a head that names a service alone (org_heads.txt's `alone`: "Kessa
// Navy", "NZ Army"): a name in a heading's Title Case as in the body's
// case.
func (lx *lexicon) stateService(doc *Doc, c Span) bool {
	start := int(c.TokStart)
	if c.TokEnd-c.TokStart != 2 || !lx.isCountry(doc, start, start+1) || start > 0 && isDash(doc.Tokens[start-1].Text(doc)) {
		return false // (not "U.S.-Japan Alliance", a relation between states)
	}
	n, v, ok := lx.orgHeads.longest(doc.Tokens, start+1)
	return ok && n == 1 && v == "alone" && !lx.namesRelation(doc, start+1)
}

// compassPart reports whether c is a part of a place named by its compass
// word ("Northern Tarvo"), which Title Case also writes for a lower-case
// adjective ("in southern Tarvo"): the listed place stands alone unless
// the body writes the part too.
func compassPart(doc *Doc, c Span) bool {
	return c.Label == Loc && c.Rule(doc) == "place:compass"
}

// creditLine reports whether the organisation c, built on a head noun,
// fills its line, after "By" or not: a line that credits a body ("By
// Zorvik Fleet Public Affairs"), which no headline is.
func creditLine(doc *Doc, c Span) bool {
	toks := doc.Tokens
	start, end := int(c.TokStart), int(c.TokEnd)
	if start > 0 && toks[start-1].Text(doc) == "By" {
		start--
	}
	return c.TokEnd-c.TokStart >= 2 && c.Rule(doc) == "org:head" && (start == 0 || toks[start].Newline()) && (end == len(toks) || toks[end].Newline())
}

// weighedInHeadings reports whether candidate c needs the body's support
// in a heading: a name, but not a rank, an office or a date, which are
// words, nor a place its pattern found ("Kandor Province", "City of
// Manila"), only a place guessed from capitals.
func weighedInHeadings(c Span) bool {
	switch c.Label {
	case Person, Org, Event, Agreement:
		return true
	case GPE, Loc:
		return c.Priority <= PriorityGuess
	}
	return false
}

// longTitle reports whether c is the title of an event or agreement of
// three tokens or more with a word of its own (ownTitleWord: "Kessa-Tarvo
// Foreign Ministers' Meeting", "Expanded Shiprider Agreement", "Tarvo
// Shield 2024"), which its head noun, its length and that word make a
// name even in a heading. Title Case also capitalises a description made
// only of a subject's words, places and heads ("Military Cooperation
// Agreement", "Zorvik Peace Talks"): that stands only where the body
// writes it too.
func (lx *lexicon) longTitle(doc *Doc, c Span) bool {
	if c.Label != Event && c.Label != Agreement || c.TokEnd-c.TokStart < 3 {
		return false
	}
	for k := c.TokStart; k < c.TokEnd; k++ {
		if lx.ownTitleWord(doc, k) {
			return true
		}
	}
	return false
}

// ownTitleWord reports whether toks[k] is a word of a title's own: a
// number (an edition), a dash that joins two parties, or a capitalised
// word that is no event's or agreement's head or opener, no agreement's
// subject (agreement_modifiers.txt), no portfolio or office word, and no
// place or nationality.
func (lx *lexicon) ownTitleWord(doc *Doc, k int) bool {
	toks := doc.Tokens
	t := &toks[k]
	switch {
	case t.Kind == Number:
		return true
	case t.Kind != Word:
		return isDash(t.Text(doc)) && !t.SpaceBefore() && k > 0 && !(k+1 < len(toks) && toks[k+1].SpaceBefore())
	case !t.IsCap():
		return false
	}
	if _, _, ok := lx.eventHeads.longest(toks, k); ok {
		return false
	}
	if _, _, ok := lx.eventOpeners.longest(toks, k); ok {
		return false
	}
	if _, _, ok := lx.matchAgreementHead(doc, k); ok {
		return false
	}
	if lx.agreementMods.has(t.Lower(doc)) || lx.portfolio.hasTok(t) || lx.isRoleHead(t) {
		return false
	}
	if _, _, ok := lx.roleMods.longest(toks, k); ok {
		return false
	}
	_, place := lx.isPlace(doc, k)
	return !place && !lx.demonymWord(doc, k)
}

// isGazetteerRule reports whether a rule name is a gazetteer's.
func isGazetteerRule(rule string) bool {
	const prefix = "gazetteer:"
	return len(rule) > len(prefix) && rule[:len(prefix)] == prefix
}

// sameTokens reports whether the n tokens at i and at k have the same text
// and the same spacing.
func sameTokens(doc *Doc, i, k, n int) bool {
	toks := doc.Tokens
	if k+n > len(toks) {
		return false
	}
	for d := range n {
		a, b := &toks[i+d], &toks[k+d]
		if a.Text(doc) != b.Text(doc) || d > 0 && a.SpaceBefore() != b.SpaceBefore() {
			return false
		}
	}
	return true
}

// headingTokens marks the tokens of the heading lines of doc, or returns
// nil when it has none. A heading is a line of at most maxHeadingWords
// words, not ended by a full stop, whose words are all in capitals, or
// whose content words are all capitalised (Title Case) with at least three
// of them.
func (s *headingStage) headingTokens(doc *Doc) []bool {
	toks := doc.Tokens
	var heading []bool
	// A byline goes on over the lines after it up to a blank line: the
	// speaker's office and body ("U.S. Mission to the United Nations").
	byline := false
	// opens says whether the line at i opens with an office, a rank or an
	// honorific: read once a line, as the next line's before its own.
	opens := len(toks) > 0 && s.opensWithOffice(doc, 0)
	for i := 0; i < len(toks); {
		j := lineEnd(toks, i)
		nextOpens := j < len(toks) && s.opensWithOffice(doc, j)
		byline = s.byline(doc, i, j, opens, nextOpens && !toks[j].Break()) || byline && !toks[i].Break() && !s.hasHeadlineVerb(doc, i, j)
		opens = nextOpens
		if !byline && s.isHeading(doc, toks[i:j]) {
			if heading == nil {
				heading = doc.scratch.boolSlice(len(toks))
			}
			for k := i; k < j; k++ {
				heading[k] = true
			}
		}
		i = j
	}
	return heading
}

// byline reports whether the line toks[i:j] names a speaker or an author
// by an office, a rank or an honorific ("Ambassador Jonathan Cohen",
// "Chief of Staff of the Armed Forces, Gen. Ivo Tarn") rather than telling
// the news: it opens with one, writes its small words in lower case, and
// holds no headline verb, possessive or event ("Minister Opens Talks",
// "Chief Of Defence Force Change Of Command", "Secretary Lee's Meeting").
func (s *headingStage) byline(doc *Doc, i, j int, opens, officeNext bool) bool {
	lx := s.lx
	toks := doc.Tokens
	if j-i > 2*maxHeadingWords {
		return false // prose (a byline is a heading's length)
	}
	// It opens with an office (opens), or it is a name's line before the
	// line of its office in the same block (officeNext), or the name and
	// its office after a comma ("Matthew Miller, Department
	// Spokesperson").
	if !opens && !officeNext && !s.officeAfterComma(doc, i, j) {
		return false
	}
	if s.hasHeadlineVerb(doc, i, j) {
		return false
	}
	for k := i; k < j; k++ {
		t := &toks[k]
		if isPossessiveToken(t.Text(doc)) || t.IsCap() && s.minor.hasTok(t) {
			return false
		}
		if _, _, event := lx.eventHeads.longest(toks, k); event && t.IsCap() {
			return false
		}
	}
	return true
}

// lineEnd returns the end of the line that starts at toks[i].
func lineEnd(toks []Token, i int) int {
	j := i + 1
	for j < len(toks) && !toks[j].Newline() {
		j++
	}
	return j
}

// opensWithOffice reports whether toks[i] opens an office, a rank or an
// honorific.
func (s *headingStage) opensWithOffice(doc *Doc, i int) bool {
	if _, role := s.lx.matchRole(doc, i); role {
		return true
	}
	_, _, hon := s.lx.honorifics.longest(doc.Tokens, i)
	return hon || s.lx.startsRank(doc, i)
}

// officeAfterComma reports whether the line toks[i:j] ends in a comma and
// an office that runs to its end, a body before it: "Matthew Miller,
// Department Spokesperson".
func (s *headingStage) officeAfterComma(doc *Doc, i, j int) bool {
	toks := doc.Tokens
	for k := i + 1; k+1 < j; k++ {
		if toks[k].Text(doc) != "," {
			continue
		}
		// (A body may qualify the office: "Department Spokesperson".)
		for m := k + 1; m < j && toks[m].IsCap(); m++ {
			if end, role := s.lx.matchRole(doc, m); role {
				return end == j
			}
		}
		return false
	}
	return false
}

// hasHeadlineVerb reports whether a headline's verb stands among the
// tokens [i, j).
func (s *headingStage) hasHeadlineVerb(doc *Doc, i, j int) bool {
	for k := i; k < j; k++ {
		if s.lx.headlineVerbs.hasTok(&doc.Tokens[k]) {
			return true
		}
	}
	return false
}

// isHeading reports whether the tokens of one line make a heading.
func (s *headingStage) isHeading(doc *Doc, line []Token) bool {
	if last := line[len(line)-1].Text(doc); last == "." || last == ":" {
		return false // a sentence, or one that a quotation follows
	}
	words, content, lowerContent, upper := 0, 0, 0, 0
	for k := range line {
		t := &line[k]
		if t.Kind != Word {
			continue
		}
		words++
		if words > maxHeadingWords || t.Lower(doc) == "by" {
			return false // prose, or a credit ("By Ann Lee", "Photo by …")
		}
		if t.Text(doc) == t.Lower(doc) {
			if !s.minor.hasTok(t) {
				lowerContent++
			}
			continue
		}
		if isAllCaps(t.Text(doc)) {
			upper++
		}
		if !s.minor.hasTok(t) {
			content++
		}
	}
	switch {
	case words >= 2 && upper == words:
		return true
	case content >= 3 && lowerContent == 0:
		return true
	}
	return false
}

// isAllCaps reports whether the letters of s are all capitals.
func isAllCaps(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf && 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && isLetter(r) && !isUpper(r) {
			return false
		}
	}
	return true
}

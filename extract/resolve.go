package extract

import (
	"math"
	"math/bits"
	"slices"
	"strings"
)

// Priorities of candidate spans; the resolver prefers a higher priority,
// then a longer span.
const (
	// PriorityGuess is for spans guessed from capitalisation alone and
	// from the statistical NER.
	PriorityGuess = 10
	// PriorityList is for gazetteer matches.
	PriorityList = 30
	// PriorityGrammar is for the rank, office, organisation and date
	// grammars.
	PriorityGrammar = 40
	// PriorityTitle is for titles of agreements and events, which win
	// over the names and dates inside them.
	PriorityTitle = 50
)

// resolver turns the overlapping candidates into flat entities: a rule's
// candidate wins over a guess, then the longer candidate, then the one of
// higher priority, then the earlier, then
// the one whose rule name sorts first, so the outcome never depends on the
// order in which stages ran. No entity crosses a blank line, and only the
// title of an agreement or an event continues past a line break (a wrapped
// title): a candidate that would is dropped, whichever stage proposed it. A
// bracketed acronym after an organisation or
// event takes that label ("International Hydrographic Organization (IHO)").
type resolver struct{}

func (resolver) Name() string { return "resolve" }

func (resolver) Process(doc *Doc) error {
	cands := doc.Candidates
	trimNamesAtDates(doc, cands)
	order := sortCandidates(doc, cands)
	// winner[k] is 1 + the index of the candidate that took token k.
	winner := doc.scratch.int32Slice(len(doc.Tokens))
	n := 0
	for _, i := range order {
		c := &cands[i]
		if c.TokEnd <= c.TokStart {
			continue // a name that trimNamesAtDates emptied
		}
		if crossesLine(doc, c) {
			continue
		}
		free := true
		for k := c.TokStart; k < c.TokEnd; k++ {
			if winner[k] != 0 {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for k := c.TokStart; k < c.TokEnd; k++ {
			winner[k] = i + 1
		}
		n++
	}
	// The winners in text order, read off the tokens.
	ents := slices.Grow(doc.Entities[:0], n)
	for k := 0; k < len(winner); k++ {
		if w := winner[k]; w != 0 {
			ents = append(ents, cands[w-1])
			k = cands[w-1].TokEnd - 1
		}
	}
	doc.Entities = postNominals(doc, shortFormsOfNonNames(doc, bracketedShortForms(doc, ents, cands)))
	relabelShortForms(doc, doc.Entities)
	relabelGuessedSpeakers(doc, doc.Entities)
	joinInvisibleGlue(doc, doc.Entities)
	return nil
}

// joinInvisibleGlue widens each entity over the letters that only an
// invisible character (a soft hyphen, a zero-width space or joiner, a
// direction mark) separates from its first or its last word: the
// tokenizer ends a token there, but the word goes on as the reader sees
// it ("Ivo Tar\u00advik"), and a span never breaks a word. A neighbour
// that another entity holds stays apart.
func joinInvisibleGlue(doc *Doc, ents []Span) {
	toks := doc.Tokens
	for k := range ents {
		e := &ents[k]
		for end := e.TokEnd; end < len(toks) && invisiblyGlued(doc, end) && toks[end].Kind != Punct && (k+1 == len(ents) || ents[k+1].TokStart > end); end++ {
			e.TokEnd, e.End = end+1, toks[end].End
		}
		// "Ivo Tarvo\u2011Adeyemi": a person's double family name joined by
		// the Unicode hyphen or the non-breaking one, which the grammar
		// does not read as "-".
		if e.Label == Person && e.TokEnd+1 < len(toks) && (k+1 == len(ents) || ents[k+1].TokStart > e.TokEnd+1) && unicodeHyphen(toks[e.TokEnd].Text(doc)) &&
			!toks[e.TokEnd].SpaceBefore() && !toks[e.TokEnd+1].SpaceBefore() && toks[e.TokEnd+1].Kind == Word && toks[e.TokEnd+1].IsCap() {
			e.TokEnd, e.End = e.TokEnd+2, toks[e.TokEnd+1].End
		}
		for start := e.TokStart; start > 0 && invisiblyGlued(doc, start) && toks[start-1].Kind != Punct && (k == 0 || ents[k-1].TokEnd < start); start-- {
			e.TokStart, e.Start = start-1, toks[start-1].Start
		}
	}
}

// unicodeHyphen reports whether s is U+2010 HYPHEN or U+2011
// NON-BREAKING HYPHEN.
func unicodeHyphen(s string) bool { return s == "\u2010" || s == "\u2011" }

// invisiblyGlued reports whether only invisible characters, one or more,
// stand between toks[k-1] and toks[k].
func invisiblyGlued(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k == 0 || toks[k].SpaceBefore() {
		return false
	}
	gap := doc.Text[toks[k-1].End:toks[k].Start]
	if gap == "" {
		return false
	}
	for _, r := range gap {
		if !isInvisible(r) {
			return false
		}
	}
	return true
}

// relabelGuessedSpeakers gives a person's name guessed from a verb after
// it ("Zorvik Tamar said") the label of an organisation that the same text
// names elsewhere in the document by any rule but an acronym's guess, or
// of a state a list or a grammar names (not a place guessed from its
// context): after "the militant group Zorvik Tamar", "Zorvik Tamar said"
// is the group speaking.
func relabelGuessedSpeakers(doc *Doc, ents []Span) {
	for k := range ents {
		e := &ents[k]
		if e.Label != Person || e.Rule(doc) != "person:speaker" {
			continue
		}
		text := doc.SpanText(*e)
		for _, o := range ents {
			if (o.Label == Org && o.Rule(doc) != "org:acronym" || o.Label == GPE && o.Priority > PriorityGuess) && doc.SpanText(o) == text {
				e.Label = o.Label
				doc.SetRule(e, "resolve:speaker")
				break
			}
		}
	}
}

// relabelShortForms gives the other mentions of a bracketed short form
// the label it took from its long form: after "Maritime Cooperative
// Activity (MCA)", "the MCA" is an event too, not an organisation guessed
// from its capitals.
func relabelShortForms(doc *Doc, ents []Span) {
	relabelAcronyms(doc, shortFormLabels(nil, doc, ents), ents)
	relabelEditionAcronyms(doc, ents)
}

// relabelEditionAcronyms gives an acronym guessed as an organisation the
// EVENT label when the text names an edition of it elsewhere, the
// acronym and a year or number alone ("KESSEX 2024 began … KESSEX is an
// annual exercise"). A listed body keeps its label ("ASEAN 2023", a
// chairmanship's year).
func relabelEditionAcronyms(doc *Doc, ents []Span) {
	toks := doc.Tokens
	var names []string
	for _, e := range ents {
		if e.Label == Event && e.TokEnd == e.TokStart+2 && toks[e.TokStart].isAcronym() && toks[e.TokStart+1].Kind == Number && toks[e.TokStart+1].SpaceBefore() {
			names = append(names, toks[e.TokStart].Text(doc))
		}
	}
	if len(names) == 0 {
		return
	}
	for k := range ents {
		e := &ents[k]
		if e.TokEnd != e.TokStart+1 || e.Label != Org || e.Rule(doc) != "org:acronym" {
			continue
		}
		if slices.Contains(names, toks[e.TokStart].Text(doc)) {
			e.Label = Event
			doc.SetRule(e, "short-form:mention")
		}
	}
}

// shortFormLabels adds to labels, made when nil, the label of each
// one-word short form of an event, an agreement, an office or a place
// among ents, by its text: after "the Kessa Sea (KS)", "patrols in the
// KS" name the sea, not an organisation guessed from its capitals.
func shortFormLabels(labels map[string]Label, doc *Doc, ents []Span) map[string]Label {
	for _, e := range ents {
		if e.Rule(doc) == "short-form" && (e.Label == Event || e.Label == Agreement || e.Label == Role || e.Label == Loc || e.Label == GPE) && e.TokEnd == e.TokStart+1 {
			if labels == nil {
				labels = map[string]Label{}
			}
			text := doc.SpanText(e)
			labels[text] = e.Label
			// "EU Special Representatives (EUSRs)" and then "appointed
			// EUSR": the singular of a plural short form.
			if singular, ok := strings.CutSuffix(text, "s"); ok && len(singular) >= 2 {
				labels[singular] = e.Label
			}
		}
	}
	return labels
}

// relabelAcronyms gives the one-word acronyms guessed as organisations
// among ents the label of the short form they spell. A listed acronym
// takes it too: a text that spells "Chief of Naval Staff (CNS)" means the
// office by "the CNS", not a listed body of the same initials.
func relabelAcronyms(doc *Doc, labels map[string]Label, ents []Span) {
	if labels == nil {
		return
	}
	for k := range ents {
		e := &ents[k]
		if e.TokEnd != e.TokStart+1 || e.Label != Org {
			continue
		}
		if rule := e.Rule(doc); rule != "org:acronym" && !isGazetteerRule(rule) {
			continue
		}
		if l, ok := labels[doc.SpanText(*e)]; ok {
			e.Label = l
			doc.SetRule(e, "short-form:mention")
		}
	}
}

// crossesLine reports whether c crosses a line break it may not: any for
// most labels, a blank line for the titles of agreements and events.
func crossesLine(doc *Doc, c *Span) bool {
	toks := doc.Tokens
	title := c.Label == Agreement || c.Label == Event
	for k := c.TokStart + 1; k < c.TokEnd; k++ {
		if toks[k].Break() || toks[k].Newline() && !title {
			return true
		}
	}
	return false
}

// compareCandidates orders candidates from the strongest to the weakest.
func compareCandidates(doc *Doc, a, b *Span) int {
	switch {
	case better(doc, a, b):
		return -1
	case better(doc, b, a):
		return 1
	}
	return 0
}

// sortCandidates returns the indexes of cands, the best first (better),
// ties in the order of cands. It sorts one number per candidate
// (rankKey), which holds what better compares and the index, unless a
// candidate does not fit one; then it compares the spans.
func sortCandidates(doc *Doc, cands []Span) []int32 {
	order := doc.scratch.int32Slice(len(cands))
	var last uint32
	for i := range cands {
		last = max(last, cands[i].Start)
	}
	l := keyLayout{index: uint(bits.Len(uint(len(cands)))), start: uint(bits.Len32(last))}
	keys := lend(&doc.scratch.keys, len(cands))
	packed := l.fits()
	for i := 0; i < len(cands) && packed; i++ {
		keys[i], packed = l.rankKey(doc, &cands[i], i)
	}
	if !packed {
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortStableFunc(order, func(a, b int32) int { return compareCandidates(doc, &cands[a], &cands[b]) })
		return order
	}
	slices.Sort(keys)
	for i, k := range keys {
		order[i] = int32(k & (1<<l.index - 1))
	}
	return order
}

// keyLayout gives the widths in bits of a candidate's index and start in
// rankKey, enough for the candidates of one document.
type keyLayout struct{ index, start uint }

// The widths of the other fields of rankKey.
const (
	keyRuleBits     = 8
	keyPriorityBits = 8
	keyLengthBits   = 7
)

// fits reports whether the fields of a key fit in 64 bits.
func (l keyLayout) fits() bool {
	return l.index+keyRuleBits+l.start+keyPriorityBits+keyLengthBits+1 <= 64
}

// rankKey packs what better compares of c, the candidate at index i, into
// a number that sorts the better candidate first, from the highest bits:
// whether it is a guess, its length (longer first), its priority (higher
// first), its start, the place of its rule's name in ruleNames (which is
// sorted) and, for ties, i. ok is false when c does not fit: a length of
// 2^keyLengthBits tokens or more, or a rule name the document keeps
// (Doc.moreRules), whose id does not sort like its name.
func (l keyLayout) rankKey(doc *Doc, c *Span, i int) (key uint64, ok bool) {
	n := c.TokEnd - c.TokStart
	if n < 0 || n >= 1<<keyLengthBits || int(c.rule) >= len(ruleNames) {
		return 0, false
	}
	key = uint64(i)
	shift := l.index
	key |= uint64(c.rule) << shift
	shift += keyRuleBits
	key |= uint64(c.Start) << shift
	shift += l.start
	key |= uint64(uint8(int(math.MaxInt8)-int(c.Priority))) << shift
	shift += keyPriorityBits
	key |= uint64(1<<keyLengthBits-1-n) << shift
	shift += keyLengthBits
	if c.Priority <= PriorityGuess {
		key |= 1 << shift
	}
	return key, true
}

// better reports whether candidate a wins over b. Guesses only fill the
// gaps the rules leave, however long they are.
func better(doc *Doc, a, b *Span) bool {
	la, lb := a.TokEnd-a.TokStart, b.TokEnd-b.TokStart
	ga, gb := a.Priority <= PriorityGuess, b.Priority <= PriorityGuess
	switch {
	case ga != gb:
		return gb
	case la != lb:
		return la > lb
	case a.Priority != b.Priority:
		return a.Priority > b.Priority
	case a.Start != b.Start:
		return a.Start < b.Start
	}
	return a.rule != b.rule && a.Rule(doc) < b.Rule(doc)
}

// postNominals drops the acronyms guessed as organisations that follow a
// person's name between commas, as honours and degrees do: "Dame Ann Kiro,
// GNZM, QSO, will host". ents is sorted by offset.
func postNominals(doc *Doc, ents []Span) []Span {
	toks := doc.Tokens
	kept := ents[:0]
	afterPerson := false // the last entity kept ends a person's name or its letters
	for k, e := range ents {
		prevEnd := -1
		if len(kept) > 0 {
			prevEnd = int(kept[len(kept)-1].TokEnd)
		}
		if k > 0 && ents[k-1].Label == Person {
			afterPerson = true
		}
		if afterPerson && e.Label == Org && e.Rule(doc) == "org:acronym" && e.TokEnd == e.TokStart+1 &&
			toks[e.TokStart-1].Text(doc) == "," && (int(e.TokStart)-1 == prevEnd || postNominalRun(doc, prevEnd, int(e.TokStart))) &&
			(int(e.TokEnd) == len(toks) || toks[e.TokEnd].Kind == Punct) {
			continue
		}
		afterPerson = e.Label == Person
		kept = append(kept, e)
	}
	return kept
}

// postNominalRun reports whether the tokens [from, to) are only commas and
// acronyms: the letters after a name that postNominals has dropped.
func postNominalRun(doc *Doc, from, to int) bool {
	toks := doc.Tokens
	if from < 0 {
		return false
	}
	for k := from; k < to; k++ {
		if toks[k].Text(doc) != "," && !toks[k].isAcronym() {
			return false
		}
	}
	return true
}

// maxShortForm bounds the tokens of a bracketed short form ("ADMM+").
const maxShortForm = 3

// bracketedShortForms gives a bracketed short form the label of the
// organisation, event, agreement or office just before it, as one span over the whole
// bracket's content: "Association of Southeast Asian Nations (ASEAN)",
// "Defense Ministers' Meeting Plus (ADMM+)". ents is sorted by offset;
// cands are the candidates they won over.
func bracketedShortForms(doc *Doc, ents, cands []Span) []Span {
	toks := doc.Tokens
	var out []Span // nil until a short form is found
	for k := 0; k < len(ents); k++ {
		e := ents[k]
		if out != nil {
			out = append(out, e)
		}
		// (The bracket first: most entities have none after them.)
		open := e.TokEnd
		if open >= len(toks) || toks[open].Text(doc) != "(" {
			continue
		}
		instrument := false
		switch e.Label {
		case Org:
		case Event:
			// "Review Conference of the Parties to the Treaty on the
			// Non-Proliferation of Nuclear Weapons (NPT)": the short form
			// of the instrument that ends the meeting's name.
			instrument = e.TokEnd+1 < len(toks) && endingInstrument(doc, cands, e, toks[e.TokEnd+1].Text(doc))
			if e.TokEnd+2 < len(toks) && !instrument && !sameInitial(doc, e) && !initialsCover(doc, e, toks[e.TokEnd+1].Text(doc)) {
				continue
			}
		case Agreement, Role:
			// An agreement's or an office's short form spells its
			// initials, or the last ones: "Enhanced Defense Cooperation
			// Agreement (EDCA)", "Japan-Tarvo Reciprocal Access Agreement
			// (RAA)".
			// A treaty's is often spelled from its other name: every
			// letter is still an initial of the name ("Treaty on the
			// Non-Proliferation of Nuclear Weapons (NPT)").
			if !sameInitial(doc, e) && (e.TokEnd+2 >= len(toks) || !spelledBefore(doc, e.TokEnd, toks[e.TokEnd+1].Text(doc)) &&
				(e.Label != Agreement || !initialsCover(doc, e, toks[e.TokEnd+1].Text(doc)))) {
				continue
			}
			// "the Agreement Continuing the Kessa Science Center (KSC)":
			// the short form of what the title's participle acts on.
			if e.Label == Agreement && !sameInitial(doc, e) && participleTitle(doc, e) {
				continue
			}
		case Loc, GPE:
			// So does a place's, of a name of several words: "Naval
			// Base (NB)", but not "Vientiane (VNA)", a news agency, nor
			// a body's short form that a state's name only ends ("Kessa
			// Mission to Solomon Islands (KMSI)"); a facility's may
			// spell its style too ("Her Majesty's Naval Base (HMNB)").
			if e.TokEnd-e.TokStart < 2 || e.TokEnd+2 >= len(toks) {
				continue
			}
			if from := spelledFrom(doc, int(e.TokEnd), toks[e.TokEnd+1].Text(doc)); from < 0 || e.Label == GPE && from < int(e.TokStart) {
				continue
			}
		default:
			continue
		}
		close := open + 1
		for close < len(toks) && close-open <= maxShortForm && toks[close].Text(doc) != ")" && !toks[close].SpaceBefore() {
			close++
		}
		if close >= len(toks) || toks[close].Text(doc) != ")" || close == open+1 || !isAcronymish(doc, &toks[open+1]) || e.Label == Org && hullCode(doc, open+1, close) {
			continue
		}
		if w := toks[open+1].Text(doc); close == open+2 && len(w) > 1 && capitalCount(w) < 2 {
			continue // "I MEF (Fwd)": a word's abbreviation, no short form
		}
		if out == nil {
			out = append(doc.spareSpans[:0], ents[:k+1]...)
		}
		if gluedBranch(doc, e, open) {
			for k+1 < len(ents) && ents[k+1].TokStart < close {
				k++ // the bracket's entities give way to the branch
			}
			last := &out[len(out)-1]
			last.End, last.TokEnd = toks[close].End, close+1
			continue
		}
		label := e.Label
		if instrument {
			label = Agreement
		}
		if e.Label == Org && close == open+2 && officeSpelled(doc, ents, k, open) {
			label = Role // "Commander, Naval Reserve Command (CNRC)"
		}
		// Entities inside the bracket give way to the short form.
		for k+1 < len(ents) && ents[k+1].TokStart < close {
			k++
		}
		out = append(out, Span{
			Start: toks[open+1].Start, End: toks[close-1].End, TokStart: open + 1, TokEnd: close,
			Label: label, rule: doc.ruleID("short-form"), Priority: e.Priority,
		})
	}
	if out == nil {
		return ents
	}
	doc.spareSpans = ents[:0] // for the next document's short forms
	return out
}

// gluedBranch reports whether the bracket at toks[open] is written onto
// the organisation e, an acronym of one word, with no space: a branch or
// corps of the service that the acronym names, part of its written form
// ("Capt. Ivo Tarn PN(M)", the Navy's Marines; "PA(CAV)"), not a short
// form of its own.
func gluedBranch(doc *Doc, e Span, open int) bool {
	toks := doc.Tokens
	return e.Label == Org && e.TokEnd == e.TokStart+1 && toks[e.TokStart].isAcronym() && !toks[open].SpaceBefore()
}

// endingInstrument reports whether an agreement's title that the event e
// took ends e's name and has the letters of acronym as its initials.
func endingInstrument(doc *Doc, cands []Span, e Span, acronym string) bool {
	for _, c := range cands {
		if c.Label == Agreement && c.TokEnd == e.TokEnd && c.TokStart > e.TokStart && initialsCover(doc, c, acronym) {
			return true
		}
	}
	return false
}

// capitalCount counts the ASCII capital letters of s.
func capitalCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			n++
		}
	}
	return n
}

// shortFormsOfNonNames drops the acronyms guessed or listed as organisations that
// abbreviate capitalised words which are no entity: "Official Development
// Assistance (ODA)" names a programme, so "ODA" is no organisation either,
// nor anywhere else in the text ("the ODA grew"): the text defines its
// short forms once for all their mentions. A name that ends before a
// possessive and the bracket is the one the short form abbreviates ("the
// Zorvik Navy's (ZN) fleet"). ents is sorted by offset.
func shortFormsOfNonNames(doc *Doc, ents []Span) []Span {
	toks := doc.Tokens
	kept := ents[:0]
	var dropped map[string]bool
	for k, e := range ents {
		if e.Label == Org && guessedAcronym(doc, e) && e.TokStart >= 2 && e.TokEnd < len(toks) &&
			toks[e.TokStart-1].Text(doc) == "(" && toks[e.TokEnd].Text(doc) == ")" &&
			(k == 0 || ents[k-1].TokEnd < e.TokStart-1 && !(ents[k-1].TokEnd == e.TokStart-2 && possessiveAt(doc, e.TokStart-2))) &&
			spelledBefore(doc, e.TokStart-1, toks[e.TokStart].Text(doc)) {
			// The words that no entity holds define the short form for the
			// whole text; a place among them ("Kessa Inspector for Tarvo
			// Reconstruction (KITR)") makes them a name that was missed.
			if !entityWithin(kept, spelledFrom(doc, e.TokStart-1, toks[e.TokStart].Text(doc)), e.TokStart-1) {
				if dropped == nil {
					dropped = map[string]bool{}
				}
				dropped[toks[e.TokStart].Text(doc)] = true
			}
			continue
		}
		kept = append(kept, e)
	}
	if dropped == nil {
		return kept
	}
	all := kept
	kept = all[:0]
	for _, e := range all {
		if e.Label == Org && guessedAcronym(doc, e) && e.TokEnd == e.TokStart+1 && dropped[toks[e.TokStart].Text(doc)] {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// guessedAcronym reports whether the organisation e is an acronym that
// the text's capitals or the gazetteer read as one, which the text's own
// definition overrides: "Maritime Domain Awareness (MDA)" is no agency,
// whatever else "MDA" abbreviates.
func guessedAcronym(doc *Doc, e Span) bool {
	switch e.Rule(doc) {
	case "org:acronym":
		return true
	case "gazetteer:ORG":
		return e.TokEnd == e.TokStart+1 && doc.Tokens[e.TokStart].isAcronym()
	}
	return false
}

// entityWithin reports whether one of ents, sorted by offset, lies over
// a token of toks[from:to].
func entityWithin(ents []Span, from, to int) bool {
	for i := len(ents) - 1; i >= 0 && ents[i].TokEnd > from; i-- {
		if ents[i].TokStart < to {
			return true
		}
	}
	return false
}

// spelledBefore reports whether the capitalised words just before
// toks[open] have the letters of acronym as initials ("Official
// Development Assistance" before "(ODA)"), small connecting words aside.
func spelledBefore(doc *Doc, open int, acronym string) bool {
	return spelledFrom(doc, open, acronym) >= 0
}

// spelledFrom returns the first of the words before toks[open] that spell
// acronym as spelledBefore reads them, or -1 when they do not.
func spelledFrom(doc *Doc, open int, acronym string) int {
	toks := doc.Tokens
	i := len(acronym) - 1
	k := open - 1
	for ; k >= 0 && i >= 0 && open-k <= 2*len(acronym); k-- {
		t := &toks[k]
		switch {
		case t.Kind == Word && t.IsCap():
			if t.Text(doc)[0] != acronym[i] {
				return -1
			}
			i--
		case spellingGap(doc, t):
		default:
			return -1
		}
	}
	if i >= 0 {
		return -1
	}
	return k + 1
}

// officeSpelled reports whether the acronym after the organisation
// ents[k], whose bracket opens at toks[open], spells the office before it
// too: "Commander, Naval Reserve Command (CNRC)" is the commander's short
// form, not the command's.
func officeSpelled(doc *Doc, ents []Span, k, open int) bool {
	toks := doc.Tokens
	if k == 0 || ents[k-1].Label != Role || ents[k].TokStart-ents[k-1].TokEnd > 2 {
		return false
	}
	acronym := toks[open+1].Text(doc)
	var buf [16]byte
	if len(initials(buf[:0], doc, ents[k].TokStart, ents[k].TokEnd)) >= len(acronym) {
		return false
	}
	return spelledBefore(doc, open, acronym)
}

// initialsCover reports whether every letter of acronym, two letters or
// more, is the initial of a capitalised word of e, or of "of" or "on" in
// it ("Convention on the Law of the Sea (UNCLOS)"), in any order.
func initialsCover(doc *Doc, e Span, acronym string) bool {
	if len(acronym) < 2 {
		return false
	}
	var have [26]bool
	for k := e.TokStart; k < e.TokEnd; k++ {
		t := &doc.Tokens[k]
		if t.Kind != Word {
			continue
		}
		if w := t.Text(doc); w == "of" || w == "on" {
			have['O'-'A'] = true
		} else if c := w[0]; t.IsCap() && c >= 'A' && c <= 'Z' {
			have[c-'A'] = true
		}
	}
	for i := 0; i < len(acronym); i++ {
		c := acronym[i]
		if c < 'A' || c > 'Z' || !have[c-'A'] {
			return false
		}
	}
	return true
}

// sameInitial reports whether the bracket after e opens with the initial of
// e's first word.
func sameInitial(doc *Doc, e Span) bool {
	toks := doc.Tokens
	return e.TokEnd+1 < len(toks) && toks[e.TokEnd+1].Text(doc)[0] == toks[e.TokStart].Text(doc)[0]
}

// isAcronymish reports whether the tokens starting at t may spell a short
// form: capitals, digits and symbols, starting with a capital ("IHO",
// "ADMM+", "CoI").
func isAcronymish(doc *Doc, t *Token) bool {
	return t.IsCap() && (t.Kind == Word && t.Text(doc) != t.Lower(doc) || len(t.Text(doc)) == 1)
}

// trimNamesAtDates cuts an ORG or PERSON candidate short where a date
// begins inside it and runs to or past its end, with the preposition or
// comma before the date: "Cabinet on Sunday" → "Cabinet", "Bill Clinton
// Saturday" → "Bill Clinton", "Davison Feb. 1" → "Davison". A bare year
// ends many a real name ("Expo 2024") and cuts nothing. A candidate left
// with no word is given an empty token range and so never wins.
func trimNamesAtDates(doc *Doc, cands []Span) {
	toks := doc.Tokens
	// dateEnd[k] is 1 + the furthest TokEnd of a date starting at token k.
	var dateEnd []int32
	for i := range cands {
		c := &cands[i]
		if c.Label != Date || c.Rule(doc) == "date:year" {
			continue
		}
		if dateEnd == nil {
			dateEnd = doc.scratch.int32Slice(len(toks))
		}
		dateEnd[c.TokStart] = max(dateEnd[c.TokStart], int32(c.TokEnd)+1)
	}
	if dateEnd == nil {
		return
	}
	for i := range cands {
		c := &cands[i]
		if c.Label != Org && c.Label != Person {
			continue
		}
		for k := c.TokStart + 1; k < c.TokEnd; k++ {
			if int(dateEnd[k])-1 < c.TokEnd {
				continue
			}
			if k == c.TokEnd-1 && c.Label == Org && toks[k].Text(doc) == "Today" {
				break // "USA Today": a title's last word (todayTitleStart)
			}
			end := k
			for end > c.TokStart && toks[end-1].Kind != Number && (toks[end-1].Kind != Word || !toks[end-1].IsCap()) {
				end--
			}
			c.TokEnd = end
			if end > c.TokStart {
				c.End = toks[end-1].End
			}
			break
		}
	}
}

// participleTitle reports whether the title e holds a capitalised
// participle that acts on a name ("Treaty Establishing the Kessa
// Community").
func participleTitle(doc *Doc, e Span) bool {
	for k := e.TokStart + 1; k < e.TokEnd; k++ {
		if titleParticiple(doc, k) {
			return true
		}
	}
	return false
}

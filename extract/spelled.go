package extract

// spelledStage joins the parts of a long name that its bracketed acronym
// spells word by word, across the small words inside it: "Bangsamoro
// Autonomous Region in Muslim Mindanao (BARMM)", "National Task Force to
// End Local Armed Conflict (NTF-ELAC)". The other stages cut such names at
// "in", "to" or a comma; the acronym says where the name starts. The joined
// name takes the label of the candidate that opens it. A trailing "of
// <country>" stays out, as ANNOTATION.md's rule 4 wants even where the
// acronym spells it ("Armed Forces of the Philippines (AFP)"), and so
// does a trailing "to <country>" ("Regional Assistance Mission to Solomon
// Islands (RAMSI)").
type spelledStage struct{ lx *lexicon }

func (*spelledStage) Name() string { return "spelled" }

func (s *spelledStage) Process(doc *Doc) error {
	toks := doc.Tokens
	var byStart []int32 // the candidates by first token, read on the first match
	for open := 1; open+2 < len(toks); open++ {
		if toks[open].Kind != Punct || toks[open].Text(doc) != "(" { // (most tokens are no mark)
			continue
		}
		close := open + 1
		for close < len(toks) && close-open <= maxShortForm && toks[close].Text(doc) != ")" && !toks[close].SpaceBefore() {
			close++
		}
		if close >= len(toks) || toks[close].Text(doc) != ")" || close == open+1 || !isAcronymish(doc, &toks[open+1]) {
			continue
		}
		if k := close + 1; toks[open-1].props&propShipType != 0 && k < len(toks) && toks[k].Kind == Word && toks[k].IsCap() {
			open = close
			continue // "Kessa Navy Ship (KNS) Tarvo": a ship's prefix spelled, before the ship's name
		}
		s.joinSpelled(doc, &byStart, open, open+1, close)
		s.evidencedShortForm(doc, open, close)
		open = close
	}
	s.spelledBeforeOr(doc, &byStart)
	s.commaShortForms(doc)
	return nil
}

// joinSpelled proposes the name that ends before toks[end] and whose
// words the acronym toks[from:to] spells, with the label of the candidate
// that opens it (byStart is read on the first call that needs it).
func (s *spelledStage) joinSpelled(doc *Doc, byStart *[]int32, end, from, to int) {
	var buf [maxSpelledWords]byte
	letters := capitals(buf[:0], doc, from, to)
	start := spelledStart(doc, end, letters)
	if start < 0 || s.lx.ofCountry(doc, start, end) < end || s.lx.toCountry(doc, start, end) {
		return
	}
	if *byStart == nil {
		*byStart = longestByStart(doc)
	}
	if label, ok := openingLabel(doc, *byStart, start, end); ok {
		candidate(doc, start, end, label, "", "spelled", PriorityGrammar)
	}
}

// spelledBeforeOr joins the names that an acronym after ", or" spells,
// as wire news gives a short form ("the UN Assistance Mission in
// Tarvania, or UNAMT, noted"): the acronym ends its phrase.
func (s *spelledStage) spelledBeforeOr(doc *Doc, byStart *[]int32) {
	toks := doc.Tokens
	for k := 1; k+2 < len(toks); k++ {
		if !isComma(doc, &toks[k]) || toks[k+1].Text(doc) != "or" || !toks[k+2].isCapsWord() || !isAcronymish(doc, &toks[k+2]) {
			continue
		}
		if k+3 < len(toks) && !sentencePause(doc, &toks[k+3]) {
			continue
		}
		s.joinSpelled(doc, byStart, k, k+2, k+3)
	}
}

// maxSpelledWords bounds the letters of an acronym that spells a name.
const maxSpelledWords = 12

// capitals appends to b the capital letters of toks[from:to] ("NTFELAC"
// for "NTF-ELAC"), at most maxSpelledWords of them.
func capitals(b []byte, doc *Doc, from, to int) []byte {
	for k := from; k < to; k++ {
		for _, c := range []byte(doc.Tokens[k].Text(doc)) {
			if c >= 'A' && c <= 'Z' && len(b) < cap(b) {
				b = append(b, c)
			}
		}
	}
	return b
}

// spelledStart returns the first token of the name that ends before
// toks[open] and whose capitalised words begin with letters, in order,
// with small words between them ("in", "to", "of the", a comma), or -1
// when none does or no small word stands inside (the other stages read
// such names whole). An acronym inside the name spells all its capitals
// ("UN Mission in Tarvania (UNMIT)"), and "in" or "to" may give its
// letter too, as UN missions spell them.
func spelledStart(doc *Doc, open int, letters []byte) int {
	if len(letters) < 3 {
		return -1
	}
	var failed spellFailures
	return spellBack(doc, open, open-1, letters, len(letters)-1, false, &failed)
}

// spellFailures marks the states of spellBack already tried in vain, by
// the distance back from the bracket, the letter and inner, so that a
// name of many acronyms and small words is not tried again and again.
type spellFailures [2*maxSpelledWords + 1][maxSpelledWords][2]bool

// spellBack matches letters[:i+1] backwards against the words that end at
// toks[k] (see spelledStart); inner says whether a small word was passed.
func spellBack(doc *Doc, open, k int, letters []byte, i int, inner bool, failed *spellFailures) int {
	toks := doc.Tokens
	if k < 0 || open-k > 2*len(letters) || k < open-1 && toks[k+1].Newline() {
		return -1
	}
	in := 0
	if inner {
		in = 1
	}
	if failed[open-k][i][in] {
		return -1
	}
	if start := spellStep(doc, open, k, letters, i, inner, failed); start >= 0 {
		return start
	}
	failed[open-k][i][in] = true
	return -1
}

// spellStep reads toks[k] for spellBack: a capitalised word gives its
// initial or, in capitals, all its capitals; a small word gives nothing,
// or "in" and "to" their initial.
func spellStep(doc *Doc, open, k int, letters []byte, i int, inner bool, failed *spellFailures) int {
	t := &doc.Tokens[k]
	switch {
	case t.Kind == Word && t.IsCap():
		w := t.Text(doc)
		for _, n := range [2]int{capsSpelled(t, w), 1} {
			if n == 0 || n > i+1 || !spellsAt(w, n, letters[i+1-n:i+1]) {
				continue
			}
			if i+1 == n {
				if inner {
					return k
				}
				continue
			}
			if start := spellBack(doc, open, k-1, letters, i-n, inner, failed); start >= 0 {
				return start
			}
		}
	case spellingGap(doc, t):
		gapInner := inner || t.Kind == Word && t.Text(doc) != "and" && t.Text(doc) != "&" || t.Text(doc) == ","
		if start := spellBack(doc, open, k-1, letters, i, gapInner, failed); start >= 0 {
			return start
		}
		if w := t.Lower(doc); (w == "in" || w == "to") && i > 0 && w[0]-'a'+'A' == letters[i] {
			return spellBack(doc, open, k-1, letters, i-1, true, failed) // "Mission in Tarvania (UNMIT)"
		}
	}
	return -1
}

// capsSpelled returns how many letters a word in capitals, w of t, spells
// whole ("UN", "U.N.": two), or 0 for a word that spells its initial only.
func capsSpelled(t *Token, w string) int {
	if !t.isCapsWord() {
		return 0
	}
	n := 0
	for k := 0; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' {
			n++
		}
	}
	if n < 2 {
		return 0
	}
	return n
}

// spellsAt reports whether w spells want: its initial when n is 1, or its
// n capitals in order.
func spellsAt(w string, n int, want []byte) bool {
	if n == 1 {
		return w[0] == want[0]
	}
	m := 0
	for k := 0; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' {
			if want[m] != w[k] {
				return false
			}
			m++
		}
	}
	return m == n
}

// longestByStart returns, for each token, 1 + the index of the longest
// name candidate (an ORG, GPE, LOC, EVENT or AGREEMENT, not a guess) that
// starts there, or 0.
func longestByStart(doc *Doc) []int32 {
	best := doc.scratch.int32Slice(len(doc.Tokens) + 1)
	for k := range doc.Candidates {
		c := &doc.Candidates[k]
		if c.Priority <= PriorityGuess {
			continue
		}
		switch c.Label {
		case Org, GPE, Loc, Event, Agreement:
			if b := best[c.TokStart]; b == 0 || c.TokEnd > doc.Candidates[b-1].TokEnd {
				best[c.TokStart] = int32(k) + 1
			}
		}
	}
	return best
}

// openingLabel returns the label of the longest name candidate that starts
// at toks[start] (byStart from longestByStart) when it ends before
// toks[end]: the head the joined name is built on.
func openingLabel(doc *Doc, byStart []int32, start, end int) (Label, bool) {
	b := byStart[start]
	if b == 0 || doc.Candidates[b-1].TokEnd > end {
		return 0, false
	}
	return doc.Candidates[b-1].Label, true
}

// spellingGap reports whether t may stand between the words that an
// acronym spells: a connector, a comma, "in" or "to".
func spellingGap(doc *Doc, t *Token) bool {
	return isConnector(doc, t) || t.Text(doc) == "," || t.Lower(doc) == "in" || t.Lower(doc) == "to"
}

// toCountry reports whether the name toks[start:end] ends in "to" and a
// country ("… Mission to Solomon Islands"), which ANNOTATION.md's rule 4
// leaves out of the name.
func (lx *lexicon) toCountry(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	for k := end - 2; k > start; k-- {
		if toks[k].Kind != Word || toks[k].Text(doc) != "to" {
			continue
		}
		j := k + 1
		if toks[j].Lower(doc) == "the" {
			j++
		}
		n, _, ok := lx.gpe.longest(toks[:end], j)
		return ok && j+n == end
	}
	return false
}

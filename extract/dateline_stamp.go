package extract

// maxStampTown bounds the words of the town on a release's date line.
const maxStampTown = 3

// stampLinePlaces proposes the town of a release's date line among the
// first lines: a line of comma-separated capitalised parts, a venue and
// its town, with the date at one end ("Kessa Barracks, Tarvik, 7th
// November 2013.", "Tarvik, 12 February 2020", "Tarvik 08.06.2022",
// "February 22, 2018, The Palace, Tarvik") or the date, the town and a
// dash before the story ("8 August 2022, Tarvik - The minister …"). The
// town is the part next to the date, or the line's last part after it: a
// GPE, or a LOC when a facility's word closes it, where nothing reads it
// already; one a document.
func (lx *lexicon) stampLinePlaces(doc *Doc) {
	toks := doc.Tokens
	for _, c := range doc.Candidates {
		d, e := int(c.TokStart), int(c.TokEnd)
		if c.Label != Date || d >= maxDatelineStart {
			continue
		}
		start, end := 0, 0
		switch {
		case lineEndAt(doc, e) && d > 0 && !toks[d].Newline():
			// The date ends the line: the town is the part before it.
			k := d
			if toks[k-1].Text(doc) == "," {
				k--
			}
			start, end = lx.stampTownBefore(doc, k), k
			if start == end || !toks[start].Newline() && (k == d || !capitalPartsBefore(doc, start)) {
				start, end = 0, 0 // "Tarvik 08.06.2022" opens its line; a venue's parts end at a comma
			}
		case (d == 0 || toks[d].Newline()) && e+1 < len(toks) && toks[e].Text(doc) == "," && !toks[e+1].Newline():
			// The date opens the line: the town is its last part, or the
			// part a spaced dash ends.
			for k := e; k < len(toks) && toks[k].Text(doc) == ","; {
				s, n := k+1, k+1
				for n < len(toks) && n-s < maxStampTown+1 && toks[n].IsCap() && toks[n].Kind == Word && !toks[n].Newline() {
					n++
				}
				if n == s {
					break
				}
				if lineEndAt(doc, n) || isDash(toks[n].Text(doc)) && toks[n].SpaceBefore() && n+1 < len(toks) && !toks[n+1].Newline() {
					start, end = s, n
					break
				}
				k = n
			}
		}
		if end > start && end-start <= maxStampTown && lx.stampTown(doc, start, end) && !anyCandidateIn(doc, start, end) {
			candidate(doc, start, end, lx.datelineLabel(doc, end), "", "place:dateline", PriorityGrammar)
			return
		}
	}
}

// lineEndAt reports whether the line ends before toks[k], maybe after a
// full stop.
func lineEndAt(doc *Doc, k int) bool {
	toks := doc.Tokens
	if k < len(toks) && toks[k].Text(doc) == "." && !toks[k].Newline() {
		k++
	}
	return k == len(toks) || toks[k].Newline()
}

// stampTownBefore returns the start of the capitalised words of a town
// that end at toks[k] on its line, up to maxStampTown of them.
func (lx *lexicon) stampTownBefore(doc *Doc, k int) int {
	toks := doc.Tokens
	s := k
	for s > 0 && k-s < maxStampTown && lx.isNameWord(doc, &toks[s-1]) && !toks[s].Newline() {
		s--
	}
	if s < k && s > 0 && !toks[s].Newline() && lx.isNameWord(doc, &toks[s-1]) {
		return k // more capitalised words: a longer name, no town
	}
	return s
}

// capitalPartsBefore reports whether the words from the start of the
// line to the comma before toks[s] are capitalised parts of a place, a
// venue, separated by commas ("Kessa Barracks, "): no lower-case word
// but "of" and "the" inside one.
func capitalPartsBefore(doc *Doc, s int) bool {
	toks := doc.Tokens
	if s < 2 || toks[s-1].Text(doc) != "," {
		return false
	}
	for k := s - 2; k >= 0; k-- {
		t := &toks[k]
		switch w := t.Lower(doc); {
		case t.Kind == Word && t.IsCap(), w == ",", (w == "of" || w == "the") && k > 0 && !t.Newline():
		default:
			return false
		}
		if t.Newline() || k == 0 {
			return t.Kind == Word && t.IsCap()
		}
	}
	return false
}

// stampTown reports whether toks[start:end] may be a town's name on a
// date line: words that open no office, rank, body or given name, and no
// word that announces the date ("Published 2 March 2015").
func (lx *lexicon) stampTown(doc *Doc, start, end int) bool {
	toks := doc.Tokens
	for k := start; k < end; k++ {
		t := &toks[k]
		if !lx.isNameWord(doc, t) || lx.isRoleHead(t) || lx.startsRank(doc, k) || lx.givenNames.hasTok(t) || lx.orgHeads.startsAt(toks, k) || lx.dateWordIs(t, roleDatelineWord) {
			return false
		}
	}
	return true
}

// dateWordIs reports whether the date grammar's lexicon gives the word t
// the role r: a month's name (roleMonth: "February", "Feb."), a word that
// announces a release's date (roleDatelineWord, date_words.tsv's
// `dateline`: "Published", "Posted").
func (lx *lexicon) dateWordIs(t *Token, r role) bool {
	return lx.dates != nil && lx.dates.byID.get(t.lowID).roles&r != 0
}

package extract

// maxTitleDatelineWords bounds the words of a town in title case that
// opens a dateline.
const maxTitleDatelineWords = 4

// titleDatelinePlaces proposes the town of a dateline written in title
// case, as Asian agencies write it: at a line's start, capitalised words
// that are no common words, then a comma, a date and a dash, maybe after
// the agency's name in brackets ("Tarvo, March 3 (VNA) –", "Dallen,
// March 4 –"), or the agency's name in brackets and a dash alone ("Zorvik
// (VNA) –"). A line's title case alone is a headline's, so the date or
// the agency must follow. A GPE, or a LOC when a facility's word closes
// it, where nothing reads it already; one a document, and not a line
// that opens with a given name.
func (lx *lexicon) titleDatelinePlaces(doc *Doc) {
	toks := doc.Tokens
	for i := 0; i < min(len(toks), maxDatelineStart); i++ {
		if i > 0 && !toks[i].Newline() {
			continue
		}
		end := i
		for end < len(toks) && end-i < maxTitleDatelineWords && lx.isNameWord(doc, &toks[end]) && !toks[end].isCapsWord() && (end == i || !toks[end].Newline() && toks[end].SpaceBefore()) {
			end++
		}
		if end == i || end >= len(toks) || releaseHeading(doc, i, end) || anyCandidateIn(doc, i, end) || lx.givenNames.hasTok(&toks[i]) {
			continue // (a person's line: "Ana Ruiz, March 3, 2024 –")
		}
		if datedDash(doc, end) == 0 && !(agencyDash(doc, end) > 0 && lx.agencyName(doc, end+1)) {
			continue
		}
		candidate(doc, i, end, lx.datelineLabel(doc, end), "", "place:dateline", PriorityGrammar)
		return // one dateline a document: not the lines of a list of results
	}
}

// agencyName reports whether toks[k], in the brackets of a dateline,
// names a news agency: an acronym ("VNA", "AFP") or a listed body
// ("Xinhua"), not a party or a town after a candidate's or a runner's
// name ("Ivo Tarn (Zorvik) – 10.21").
func (lx *lexicon) agencyName(doc *Doc, k int) bool {
	return doc.Tokens[k].isAcronym() || lx.org.has(doc.Tokens, k, k+1)
}

// anyCandidateIn reports whether a candidate overlaps toks[i:end].
func anyCandidateIn(doc *Doc, i, end int) bool {
	for _, c := range doc.Candidates {
		if int(c.TokStart) < end && int(c.TokEnd) > i {
			return true
		}
	}
	return false
}

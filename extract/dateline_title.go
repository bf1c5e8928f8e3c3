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
		if end == i || end >= len(toks) || lx.releaseHeading(doc, i, end) || anyCandidateIn(doc, i, end) || lx.givenNames.hasTok(&toks[i]) {
			continue // (a person's line: "Ana Ruiz, March 3, 2024 –")
		}
		state := end
		if datedDash(doc, end) == 0 && !(agencyDash(doc, end) > 0 && lx.agencyName(doc, end+1)) {
			if state = titleDatelineState(doc, i, end); state == end {
				continue
			}
		}
		candidate(doc, i, end, lx.datelineLabel(doc, end), "", "place:dateline", PriorityGrammar)
		if state > end && !anyCandidateIn(doc, end+1, state) {
			candidate(doc, end+1, state, GPE, "", "place:dateline", PriorityGrammar)
		}
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

// titleDatelineState returns the end of the state or country that
// follows the comma at toks[end] after a dateline's town in title case
// toks[i:end], or end when none does: its date and a dash follow it
// ("Tarvo, Kessa, March 3, 2024 –"), or, on the line after the
// release's date stamp, a dash and the story's first words on the same
// line ("Tarvo, Kessa — The general …", "Zorvik, VELMARIA— On …").
func titleDatelineState(doc *Doc, i, end int) int {
	toks := doc.Tokens
	if toks[end].Text(doc) != "," {
		return end
	}
	state := datelineState(doc, end+1)
	if state == end+1 {
		return end
	}
	if datedDash(doc, state) > 0 {
		return state
	}
	if state+1 < len(toks) && isDash(toks[state].Text(doc)) && (toks[state].SpaceBefore() || gluedDashEnd(doc, state)) &&
		!toks[state+1].Newline() && dateStampBefore(doc, i) {
		return state
	}
	return end
}

// maxCreditPlace bounds the words of the place in an agency's credit.
const maxCreditPlace = 3

// creditDatelinePlace proposes the place of a dateline that an agency's
// credit in brackets ends with, at the start of a line among the first
// lines: the capitalised words after its last comma, or after "in",
// right before the day the story was filed and the closing bracket
// ("(Kessa News Agency reporter, Ivo Tarn, Tarvik, April 28th)", "(By
// Reporter Ivo Tarn in Tarvik on June 2)"), as a dateline gives its town
// before its date. A GPE where nothing reads it already, or a LOC where
// the text names a natural feature by the word elsewhere; one a document.
func (lx *lexicon) creditDatelinePlace(doc *Doc) {
	toks := doc.Tokens
	for i := 0; i < min(len(toks), maxDatelineStart); i++ {
		if toks[i].Text(doc) != "(" || i > 0 && !toks[i].Newline() {
			continue
		}
		close := i + 1
		for close < len(toks) && toks[close].Text(doc) != ")" && !toks[close].Newline() {
			close++
		}
		if close == len(toks) || toks[close].Newline() {
			return
		}
		for _, c := range doc.Candidates {
			if c.Label != Date || int(c.TokEnd) != close || int(c.TokStart) < i+4 {
				continue
			}
			end := int(c.TokStart) - 1 // the comma or "on" before the day
			sep := toks[end].Lower(doc)
			start := end
			for start > i+1 && end-start < maxCreditPlace && toks[start-1].IsCap() && lx.isNameWord(doc, &toks[start-1]) {
				start--
			}
			switch {
			case start == end:
				return
			case sep == ",":
				if toks[start-1].Text(doc) != "," {
					return
				}
			case sep == "on":
				if toks[start-1].Lower(doc) != "in" {
					return
				}
			default:
				return
			}
			if !anyCandidateIn(doc, start, end) {
				label := lx.datelineLabel(doc, end)
				if end-start == 1 && lx.featureElsewhere(doc, start) {
					label = Loc
				}
				candidate(doc, start, end, label, "", "place:dateline", PriorityGrammar)
			}
			return
		}
		return
	}
}

// featureElsewhere reports whether the word toks[i] opens, elsewhere in
// the text, a name that a capitalised natural feature's noun closes
// ("Kessa Islands", "Tarvo River"): alone it is that feature's short
// name, a LOC, no town's.
func (lx *lexicon) featureElsewhere(doc *Doc, i int) bool {
	toks := doc.Tokens
	w := toks[i].Text(doc)
	for k := 0; k+1 < len(toks); k++ {
		if k != i && toks[k+1].IsCap() && lx.featureAfter.hasTok(&toks[k+1]) && toks[k].Text(doc) == w {
			return true
		}
	}
	return false
}

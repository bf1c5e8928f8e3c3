package extract

// calendarDateAt reports whether a DATE candidate that names a month
// starts at toks[k] ("March 23, 2019", "Nov. 22-24"): it ends the phrase
// of a name after a weak preposition as a full stop would ("departed
// Zorvik March 23"). A weekday does not ("off Tarvo Monday"), nor a
// relative date. The date stage runs before; callers test the token
// first.
func calendarDateAt(doc *Doc, k int) bool {
	for _, c := range doc.Candidates {
		if c.Label == Date && int(c.TokStart) == k {
			switch c.Rule(doc) {
			case "date:weekday", "date:relative":
				return false
			}
			return true
		}
	}
	return false
}

// travelOpener reports whether the weak cue at toks[p], before a one-word
// name that a date follows, speaks of going to a place: a verb of
// departure or of a visit ("departed Zorvik March 23", "visited Tarvik
// Nov. 22"), or "to" or "from" after such a weak word a few words before
// ("His visit was to Velmaria February 18"). A bare "to" or "from" takes a
// firm or a person as often ("sold its stake to Zorvatek March 3", "a
// loan from Kessacorp June 12").
func (lx *lexicon) travelOpener(doc *Doc, p int) bool {
	toks := doc.Tokens
	if p < 0 {
		return false
	}
	switch toks[p].Lower(doc) {
	case "to", "from":
	default:
		return true
	}
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		if toks[k].Kind != Word {
			return false
		}
		if lx.placeWeakWords.hasTok(&toks[k]) {
			return true
		}
		if toks[k].SentStart() {
			return false
		}
	}
	return false
}

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

package extract

// datedDash returns the index of the dash that closes a dateline's date
// written after a comma at toks[k] (", March 3, 2023 –"), or 0: the
// date is one the date stage found, and the dash stands after it.
func datedDash(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+1 >= len(toks) || toks[k].Text(doc) != "," {
		return 0
	}
	for _, c := range doc.Candidates {
		if c.Label == Date && c.TokStart == k+1 {
			if e := c.TokEnd; e < len(toks) && isDash(toks[e].Text(doc)) {
				return e
			}
		}
	}
	return 0
}

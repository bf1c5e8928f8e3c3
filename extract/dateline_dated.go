package extract

// datedDash returns the index of the token that closes a dateline's
// place when a date follows it, or 0: the dash after a date written after
// a comma at toks[k] (", March 3, 2023 –"), maybe after an agency's name
// in brackets (", March 3 (Xinhua) --"), or the bracket at toks[k]
// that holds the date alone ("(March 3, 2023)"). The date is one the date
// stage found.
func datedDash(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+1 >= len(toks) {
		return 0
	}
	comma, bracket := toks[k].Text(doc) == ",", toks[k].Text(doc) == "("
	if !comma && !bracket {
		return 0
	}
	for _, c := range doc.Candidates {
		if c.Label != Date || c.TokStart != k+1 || c.TokEnd >= len(toks) {
			continue
		}
		switch e := c.TokEnd; {
		case comma && isDash(toks[e].Text(doc)):
			return e
		case comma:
			if d := agencyDash(doc, e); d > 0 {
				return d
			}
		case bracket && toks[e].Text(doc) == ")":
			return k
		}
	}
	return 0
}

// agencyDash returns the index of the dash after an agency's name in
// brackets at toks[k], one capitalised word ("(Xinhua) --", "(VNA) –"),
// or 0.
func agencyDash(doc *Doc, k int) int {
	toks := doc.Tokens
	if k+3 >= len(toks) || toks[k].Text(doc) != "(" || toks[k+1].Kind != Word || !toks[k+1].IsCap() || toks[k+2].Text(doc) != ")" || !isDash(toks[k+3].Text(doc)) {
		return 0
	}
	return k + 3
}

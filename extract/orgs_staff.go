package extract

// staffPressOffices proposes the press office of a U.S. Navy staff as
// one name. A Navy staff is named after its commander ("Commander, Kessa
// Fleet"), and a dual-hatted staff's two names are joined by a slash or
// a hyphen; its press office keeps all of it before "Public Affairs":
// "Commander, Kessa Naval Forces/Tarvo Fleet Public Affairs", "Kessa
// Naval Forces Europe-Commander, Tarvo Sixth Fleet Public Affairs". The
// name read back from "Public Affairs" takes a "Commander," before it and
// an organisation glued before it by a slash or a hyphen, as often as
// they come; "Commander" there is no office of the writer's.
func staffPressOffices(doc *Doc) {
	toks := doc.Tokens
	n := len(doc.Candidates)
	for i := 0; i < n; i++ {
		c := doc.Candidates[i]
		e := c.TokEnd
		if c.Label != Org || e-c.TokStart < 3 || toks[e-2].Text(doc) != "Public" || toks[e-1].Text(doc) != "Affairs" {
			continue
		}
		s := c.TokStart
		for {
			if s >= 2 && toks[s-1].Text(doc) == "," && toks[s-2].Text(doc) == "Commander" {
				s -= 2
			} else if p := orgGluedBefore(doc, s, n); p >= 0 {
				s = p
			} else {
				break
			}
		}
		if s < c.TokStart {
			candidate(doc, s, e, Org, "", "org:head", PriorityGrammar)
		}
	}
}

// orgGluedBefore returns the start of the longest of the first n
// candidates that is an organisation ending right before a slash or a
// hyphen glued to toks[s] and to the word before it ("Kessa Naval
// Forces/", "Kessa Fleet-"), or -1.
func orgGluedBefore(doc *Doc, s, n int) int {
	toks := doc.Tokens
	if s < 2 || toks[s].SpaceBefore() || toks[s-1].SpaceBefore() {
		return -1
	}
	if j := toks[s-1].Text(doc); j != "/" && j != "-" {
		return -1
	}
	best := -1
	for _, o := range doc.Candidates[:n] {
		if o.Label == Org && o.TokEnd == s-1 && (best < 0 || o.TokStart < best) {
			best = o.TokStart
		}
	}
	return best
}

// shipRank returns the end of a rank that opens a ship's name at
// toks[k], right after its prefix, or k: the Navy names ships after
// service members with their rank, an ordinal one too ("USNS 2nd Lt. Ivo
// Tarn", "USNS Lance Cpl. Mira Oskel"); the name goes on after it.
func (lx *lexicon) shipRank(doc *Doc, k int) int {
	if k >= len(doc.Tokens) || !doc.Tokens[k].SpaceBefore() {
		return k
	}
	n, _, _ := lx.matchRank(doc, k)
	if n == 0 || k+n >= len(doc.Tokens) || !lx.isNameWord(doc, &doc.Tokens[k+n]) {
		return k
	}
	return k + n
}

// coastGuardUnits proposes the Coast Guard's field commands as one name
// with the service before them, as the service writes them: a district
// by its number ("Kessa Coast Guard 17th District", "Coast Guard
// District 17", "Coast Guard Seventh District") and an area by its ocean
// ("U.S. Coast Guard Pacific Area"). (An air station after the service
// stays apart: a place where it is a place, "at U.S. Coast Guard Air
// Station Tarvo Point", a body where it acts; the shape cannot tell.)
func (lx *lexicon) coastGuardUnits(doc *Doc) {
	toks := doc.Tokens
	n := len(doc.Candidates)
	for i := 0; i < n; i++ {
		c := doc.Candidates[i]
		e := c.TokEnd
		if c.Label != Org || e-c.TokStart < 2 || e+1 >= len(toks) || toks[e-2].Text(doc) != "Coast" || toks[e-1].Text(doc) != "Guard" || !toks[e].SpaceBefore() {
			continue
		}
		if end := lx.coastGuardUnitEnd(doc, e); end > e {
			candidate(doc, c.TokStart, end, Org, "", "org:head", PriorityGrammar)
		}
	}
}

// coastGuardUnitEnd returns the end of a Coast Guard field command's
// name that starts at toks[k] (see coastGuardUnits), or k.
func (lx *lexicon) coastGuardUnitEnd(doc *Doc, k int) int {
	toks := doc.Tokens
	w, next := toks[k].Text(doc), toks[k+1].Text(doc)
	switch {
	case next == "District" && (toks[k].Kind == Number && isOrdinal(doc, &toks[k]) || toks[k].IsCap() && isOrdinalWord(toks[k].Lower(doc))):
		return k + 2
	case w == "District" && toks[k+1].Kind == Number:
		return k + 2
	case next == "Area" && toks[k].IsCap():
		if n, ok := lx.isPlace(doc, k); ok && n == 1 {
			return k + 2
		}
	}
	return k
}

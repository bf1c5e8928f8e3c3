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

package extract

// maxChamberName bounds the tokens read after "Member of (the)" for a
// chamber's noun.
const maxChamberName = 6

// chamberMember reports whether toks[i] is a capitalised "Member" before
// "of", maybe "the", and the name of a legislature or a council, which
// makes the membership an office: "Tanaka Yuko, Member of the House of
// Representatives", "Member of the Tarvo Parliament", "Member of the
// Legislative Yuan". The chamber's name must hold one of its nouns
// (context_words.tsv's `chamber`, as spelt); a party's or a club's member holds no office ("Member
// of the Kessa Party"), and a lower-case "member" is a description.
func (lx *lexicon) chamberMember(doc *Doc, i int) bool {
	toks := doc.Tokens
	if toks[i].Text(doc) != "Member" || i+2 >= len(toks) || toks[i+1].Text(doc) != "of" {
		return false
	}
	k := i + 2
	if toks[k].Text(doc) == "the" {
		k++
	}
	for e := k; e < len(toks) && e-k < maxChamberName && !toks[e].Newline(); e++ {
		t := &toks[e]
		if t.Kind != Word || !t.IsCap() && t.Text(doc) != "of" {
			return false
		}
		if lx.chamberWords.hasExact(t) {
			return true
		}
	}
	return false
}

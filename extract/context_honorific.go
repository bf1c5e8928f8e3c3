package extract

// honorificOpens reports whether an honorific that opens a person's name
// ("Mr", "Mrs", "Dr", "Sir") starts at toks[j]: no unknown name of a place
// or a body runs over it ("the port of Tarvik Mr Hunt visited" names
// "Tarvik"). A title that also stands inside names ("Sheikh", "Tun":
// honorifics.txt's "inner") does not count.
func (lx *lexicon) honorificOpens(doc *Doc, j int) bool {
	if !lx.honorifics.startsAt(doc.Tokens, j) {
		return false
	}
	_, v, ok := lx.honorifics.longest(doc.Tokens, j)
	return ok && v != "inner"
}

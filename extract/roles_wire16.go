package extract

// employerNoun reports whether the lower-case t names a body that a
// portfolio's adjective may qualify ("the foreign ministry", "the
// interior department", "the defence forces"): after a lower-case office
// and "for the", the words before it name the holder's employer, not his
// portfolio ("a spokesman for the foreign ministry" → ROLE "spokesman"):
// context_words.tsv's `employer`.
func (lx *lexicon) employerNoun(t *Token) bool {
	return lx.employerNouns.hasTok(t)
}

package extract

// employerNoun reports whether the lower-case w names a body that a
// portfolio's adjective may qualify ("the foreign ministry", "the
// interior department", "the defence forces"): after a lower-case office
// and "for the", the words before it name the holder's employer, not his
// portfolio ("a spokesman for the foreign ministry" → ROLE "spokesman").
func employerNoun(w string) bool {
	switch w {
	case "ministry", "department", "office", "agency", "service", "services", "forces", "army", "navy", "police", "government", "committee", "council", "commission":
		return true
	}
	return false
}

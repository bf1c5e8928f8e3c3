package extract

// placesAroundDivision proposes the larger place that a named part of it
// lies in: a name, a lower-case division's noun (place_cues.tsv's
// `after`: "district", "area", "neighbourhood") and "of" before the
// place: "the Kessavar neighbourhood of Marvenka", "the Dravo area of
// Tarsk". The name before the noun makes "of" one of place, not of a
// topic or a holder ("the area of cooperation", "the district of Ivo
// Tarn" lack it); the place after is one name, read as after "in".
func (s *contextStage) placesAroundDivision(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for i := 1; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.Kind != Word || t.IsCap() || !s.lx.placeAfter.hasTok(t) || !toks[i-1].IsCap() || toks[i-1].Kind != Word || toks[i+1].Lower(doc) != "of" {
			continue
		}
		s.placeList(doc, i+2, unknown, claimed, false, true)
	}
}

package extract

// placesAfterOnVerb proposes as places the names after a verb of moving
// against a place or a noun of an attack (place_cues.tsv's `on-verb`:
// "an assault on Kessavar overnight") and "on", read as after a
// weak preposition (the names end their phrase): "troops advanced on
// Kessavar.", "rebels marched on Tarvo and Dallen", "forces converging
// on Zorvik"; not "advanced on Monday" (a date is no name) nor "advanced
// on Ivo Tarn's plan".
func (s *contextStage) placesAfterOnVerb(doc *Doc, unknown func(int) int, claimed []bool) {
	toks := doc.Tokens
	for _, c := range doc.capitals { // (the name after the verb starts with one)
		i := int(c) - 2
		if i >= 0 && toks[i].Kind == Word && !toks[i].IsCap() && s.lx.placeOnVerbs.hasTok(&toks[i]) && toks[i+1].Lower(doc) == "on" {
			s.placeList(doc, i+2, unknown, claimed, true, false)
		}
	}
}

package extract

// placesBeforeBelonging proposes as a GPE an unknown name right before a
// lower-case word of a place's people, of its government's level or of
// what rings it, or of a violent event that befell it (place_cues.tsv's
// `belonging-after`): "many Kessavar residents", "the Tesmir provincial
// government", "Dallen municipal police", "off the Tarvo coast", "the
// Zorvik siege", "the Tarvik bombings". Inside a
// sentence only, where the name's capital is its own ("Local residents
// said" opens a sentence on an adjective), and not inside a longer name;
// not a nationality's shape
// ("Kessavarian residents") nor a compass word or a demonym, nor a
// month's name ("the February bombing"), nor a body's head ("the Embassy
// bombings": what was struck, not where).
func (s *contextStage) placesBeforeBelonging(doc *Doc, unknown func(int) int) {
	toks := doc.Tokens
	// (From the belonging word back: few tokens are one.)
	for k := 2; k < len(toks); k++ {
		if t := &toks[k]; t.Kind != Word || t.IsCap() || !s.lx.placeBelonging.hasTok(t) {
			continue
		}
		i := unknownEndingAt(k, unknown)
		if i == k || i < 1 || !toks[i].IsCap() || s.lx.isNameWord(doc, &toks[i-1]) && !toks[i-1].SentStart() {
			continue
		}
		if !s.lx.adjectiveOnly(doc, i, k) && !nationalityShape(toks[k-1].Lower(doc)) && !s.lx.dateWordIs(&toks[i], roleMonth) && !s.lx.orgHeads.has(toks, k-1, k) {
			candidate(doc, i, k, GPE, "", "context:settlement", PriorityGuess)
		}
	}
}

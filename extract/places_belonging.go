package extract

// placesBeforeBelonging proposes as a GPE an unknown name right before a
// lower-case word of a place's people, of its government's level or of
// what rings it (place_cues.tsv's `belonging-after`): "many Kessavar
// residents", "the Tesmir provincial government", "Dallen municipal
// police", "off the Tarvo coast". Inside a
// sentence only, where the name's capital is its own ("Local residents
// said" opens a sentence on an adjective), and not inside a longer name;
// not a nationality's shape
// ("Kessavarian residents") nor a compass word or a demonym.
func (s *contextStage) placesBeforeBelonging(doc *Doc, unknown func(int) int) {
	toks := doc.Tokens
	for i := 1; i+1 < len(toks); i++ {
		if !toks[i].IsCap() || s.lx.isNameWord(doc, &toks[i-1]) && !toks[i-1].SentStart() {
			continue
		}
		n := unknown(i)
		if n == 0 || i+n >= len(toks) {
			continue
		}
		if t := &toks[i+n]; t.Kind == Word && !t.IsCap() && s.lx.placeBelonging.hasTok(t) && !s.lx.adjectiveOnly(doc, i, i+n) && !nationalityShape(toks[i+n-1].Lower(doc)) {
			candidate(doc, i, i+n, GPE, "", "context:settlement", PriorityGuess)
		}
		i += n - 1
	}
}

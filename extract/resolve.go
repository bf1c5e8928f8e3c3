package extract

// Priorities of candidate spans; the resolver prefers a higher priority,
// then a longer span.
const (
	// PriorityGuess is for spans guessed from capitalisation alone and
	// from the statistical NER.
	PriorityGuess = 10
	// PriorityList is for gazetteer matches.
	PriorityList = 30
	// PriorityGrammar is for the rank, office, organisation and date
	// grammars.
	PriorityGrammar = 40
	// PriorityTitle is for titles of agreements and events, which win
	// over the names and dates inside them.
	PriorityTitle = 50
)

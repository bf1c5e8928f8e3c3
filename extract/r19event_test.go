package extract

import "testing"

// TestEventsAgreementsNineteenthRound holds the cases of the nineteenth
// round's event and agreement rules (docs/decisions.md, "Nineteenth round
// (events and agreements)"), with invented names.
func TestEventsAgreementsNineteenthRound(t *testing.T) {
	// A kind of named event that is no drill (context_words.tsv's
	// event-noun) defines the name that opens the sentence, or stands in
	// apposition after it; a noun it qualifies, or a common word for a
	// name, makes no event.
	runLabelCases(t, Event, []labelCase{
		{"Zorvik Ridge was a battle during the Kessa War.", []string{"Zorvik Ridge", "Kessa War"}},
		{"Tarvo Fields is an annual military exposition held in Zorvik.", []string{"Tarvo Fields"}},
		{"He spoke at the opening of Zorvik Heroes Week, an annual commemoration.", []string{"Zorvik Heroes Week"}},
		{"Kessa Lance is an annual exercise held in Tarvik.", []string{"Kessa Lance"}},
		{"Tarvo Hall is a conference room on the third floor.", nil},
		{"It was a battle during the night.", nil},
	})
}

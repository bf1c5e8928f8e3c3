package extract

import "testing"

// Tenth round (places, third pass): rules stated from the language and the
// world, with invented names.

func TestPlacesTenthRoundShortForms(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A short form spelt in brackets after a place names the place
		// again later, not an organisation guessed from its capitals.
		{"Ships patrolled the Kessa Sea (KS) on Monday. Ivo Tarn said the KS was calm.", []string{"Kessa Sea", "KS", "KS"}},
	})
	runLabelCases(t, GPE, []labelCase{
		{"Ivo Tarn visited the Tarvo Autonomous Region (TAR) on Monday. Officials of the TAR met him.", []string{"Tarvo Autonomous Region", "TAR", "TAR"}},
	})
}

func TestPlacesTenthRoundThingAcronyms(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// An acronym that names a thing (acronyms_not_org.txt) is no
		// place after a preposition.
		{"The rules agreed in Zorvik apply to WMD only.", []string{"Zorvik"}},
		{"Guests of Ivo Tarn need to RSVP by Monday.", nil},
	})
}

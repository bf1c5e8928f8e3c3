package extract

import "testing"

// TestPlacesFromContextFifteenthRound holds the cases of the fifteenth
// round's second-wave rules for places found from their context alone
// (docs/decisions.md, "Fifteenth round, second wave (places)"), with
// invented names.
func TestPlacesFromContextFifteenthRound(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// "nearby" before a name is a place's word, as "near" is.
		{"Troops are stationed in Kessavar and nearby Dallen.", []string{"Kessavar", "Dallen"}},
		{"Shells also fell on nearby Tarvaleh on Monday.", []string{"Tarvaleh"}},
		{"The wounded were taken to nearby Zorvik Hospital.", nil},
	})
}

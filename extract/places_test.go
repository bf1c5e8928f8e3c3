package extract

import "testing"

// Seventh round (places): rules stated from the language and the world,
// with invented names.

func TestPlacesSeventhRoundGPE(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A dateline's town in capitals before a state's abbreviation
		// with its periods.
		{"Drill ends\n\nMay 2, 2019\n\nZORVIK, N.C. – Soldiers trained.", []string{"ZORVIK", "N.C."}},
		{"Drill ends\n\nMay 2, 2019\n\nKESSA TARVO, N.D. – Soldiers trained.", []string{"KESSA TARVO", "N.D."}},
	})
}

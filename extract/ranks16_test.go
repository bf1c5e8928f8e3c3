package extract

import "testing"

// TestRatesWithClass holds the cases of a naval or air rate with its class
// and of a rate written with a possessive (docs/decisions.md, "Sixteenth
// round (lead)"), written from the rule with invented people.
func TestRatesWithClass(t *testing.T) {
	runLabelCases(t, Rank, []labelCase{
		{`"We help," said Electronics Technician 1st Class Ivo Tarn.`, []string{"Electronics Technician 1st Class=Electronics Technician First Class"}},
		{"Yeoman Second Class Ivo Tarn spoke.", []string{"Yeoman Second Class=Yeoman Second Class"}},
		{"Boatswain's Mate Ivo Tarn led the team.", []string{"Boatswain's Mate=Boatswain's Mate"}},
		{"Gunner’s Mate 3rd Class Ivo Tarn led the team.", []string{"Gunner’s Mate 3rd Class=Gunner's Mate Third Class"}},
		// A class in lower case, or no class word, is not the rank's.
		{"Yeoman Ivo Tarn flew first class.", []string{"Yeoman=Yeoman"}},
		{"Sergeant First Class Ivo Tarn spoke.", []string{"Sergeant First Class=Sergeant First Class"}},
	})
}

// TestOrdinalBeforeEventOpener holds the cases of a capitalised ordinal
// before an event's opener ("Battle of"), which numbers the name.
func TestOrdinalBeforeEventOpener(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		{"Marines fought in the Second Battle of Tarvo in 1777.", []string{"Second Battle of Tarvo"}},
		{"It was the second Battle of Tarvo that year.", []string{"Battle of Tarvo"}},
	})
}

package extract

import "testing"

// TestPlacesSixteenthRound holds the cases of the sixteenth round's rules
// for places (docs/decisions.md, "Sixteenth round (places)"), with
// invented names.
func TestPlacesSixteenthRound(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A plural feature's noun after a list names the kind of each
		// name of the list.
		{"Fishing is banned in the Kessa and Tarvo rivers.", []string{"Kessa", "Tarvo"}},
		{"Ferries cross the Zorvik, Pilna and Kessa lakes.", []string{"Zorvik", "Pilna", "Kessa"}},
		{"Floods hit the Tarvo and Kessa valleys.", []string{"Tarvo", "Kessa"}},
		{"The two rivers flow into the sea.", nil},
		{"Rivers in the region are low.", nil},
		// A sentence's opening article leaves the list after it whole.
		{"The Zorvik and Kessa islands are disputed.", []string{"Zorvik", "Kessa"}},
		// A compass word alone before a feature's noun names no feature.
		{"The Eastern islands are busy.", nil},
		{"Troops moved into the Northern mountains.", nil},
		{"The Southern and Eastern valleys are fertile.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		{"The Kessa and Tarvo districts were flooded.", []string{"Kessa", "Tarvo"}},
	})
}

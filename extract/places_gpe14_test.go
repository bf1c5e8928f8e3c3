package extract

import "testing"

// Fourteenth round (GPE, from the lists-off ablation): the contexts that
// make an unknown name a state or a settlement, with invented names.

func TestPlacesFourteenthRoundPartOfPlace(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A lower-case adjective of a part of a place before its name.
		{"Rebels captured a key town in southern Zorvania on Monday.", []string{"Zorvania"}},
		{"The storm hit central Tarvonia last week.", []string{"Tarvonia"}},
		{"Fighting spread across northern Kessaland and Pilnova.", []string{"Kessaland", "Pilnova"}},
		// Capitalised, the word opens a name of its own (a LOC).
		{"Troops moved into Northern Zorvania on Monday.", nil},
	})
}

package extract

import "testing"

// TestOrganisationsFifteenthRound holds the cases of the fifteenth round's
// organisation rules (docs/decisions.md, "Fifteenth round"), each written
// from the rule with invented names.
func TestOrganisationsFifteenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A university is named by its place, listed or not: the place
		// after "of" is its official name, not a trailing country.
		{"She teaches at the University of Nairobi.", []string{"University of Nairobi"}},
		{"She teaches at the University of Tarvonia.", []string{"University of Tarvonia"}},
		{"The National University of Singapore signed a deal.", []string{"National University of Singapore"}},
		// Rule 4 still holds for other bodies.
		{"The Ministry of Defence of Kenya said.", []string{"Ministry of Defence"}},
		// A firm "of" a town that a comma and a state follow is in that
		// town; the town is not the firm's name.
		{"Tarvex Systems of Kessa Springs, Virginia, was awarded a contract.", []string{"Tarvex Systems"}},
		{"Kessel Aerospace LLC of Marsa, Ohio, received the award.", []string{"Kessel Aerospace LLC"}},
		// Not when the place opens another name in a list.
		{"Officials of the Kessa Division of Emergency Management, Arkansas Department of Health attended.", []string{"Kessa Division of Emergency Management", "Arkansas Department of Health"}},
	})
}

// TestPlacesFifteenthRound holds the fifteenth round's place cases.
func TestPlacesFifteenthRound(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// "General" is a rank too; before "Hospital" it names a building.
		{"The wounded were taken to Kessa General Hospital.", []string{"Kessa General Hospital"}},
	})
	runLabelCases(t, Person, []labelCase{
		{"The wounded were taken to Kessa General Hospital.", nil},
		{"Gen. Hall met the troops.", []string{"Hall"}},
	})
}

package extract

import "testing"

// TestOrganisationsEighteenthRound holds the cases of the eighteenth
// round's organisation rules (docs/decisions.md, "Eighteenth round
// (org)"), with invented names.
func TestOrganisationsEighteenthRound(t *testing.T) {
	// The body that a state's chiefs of staff form is named by its
	// members; the plural office alone, or after a service, names the
	// chiefs.
	runLabelCases(t, Org, []labelCase{
		{"Ivo Tarn, chairman of Velmaria's Joint Chiefs of Staff, arrived in Zorvik.", []string{"Joint Chiefs of Staff"}},
		{"The chairman of the Joint Chiefs of Staff met his Kessan counterpart.", []string{"Joint Chiefs of Staff"}},
		{"The service Chiefs of Staff met in Zorvik.", nil},
	})
	runLabelCases(t, Role, []labelCase{
		{"He met the Chiefs of Staff of the three services.", []string{"Chiefs of Staff"}},
	})
}

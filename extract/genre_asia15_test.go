package extract

import "testing"

// TestAsiaFifteenthRoundOffices holds the office cases of the fifteenth
// round's Asian state media probes (docs/decisions.md, "Fifteenth round
// (Asian state media probes)"), written from the rules with invented names.
func TestAsiaFifteenthRoundOffices(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		// An acronym both an office and a body names the body after an
		// office head and "of".
		{"Qiao Zhenwei, vice chairman of the CMC, attended.", []string{"vice chairman"}},
		{"Tarvo Kessa, Chairman of the CMC, spoke.", []string{"Chairman"}},
		// Elsewhere it stays an office.
		{"CMC Gen. Ivo Tarn visited the base.", []string{"CMC"}},
		{"She wrote the history of the office of the CNS.", []string{"CNS"}},
	})
	runLabelCases(t, Org, []labelCase{
		{"Qiao Zhenwei, vice chairman of the CMC, attended.", []string{"CMC"}},
	})
}

// TestAsiaFifteenthRoundPersons holds the person cases of the fifteenth
// round's Asian state media probes.
func TestAsiaFifteenthRoundPersons(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// "Comrade" is a form of address, not part of the name.
		{"Comrade Qiao Zhenwei was appointed to the post.", []string{"Qiao Zhenwei"}},
		{"Comrade Tarvo spoke first.", []string{"Tarvo"}},
	})
}

package extract

import "testing"

// TestPortfolioAfterOf holds the cases of an office's portfolio after "of"
// that holds an unlisted word (docs/decisions.md, "Sixteenth round
// (lead)"), written from the rule.
func TestPortfolioAfterOf(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"He was named Assistant Secretary of Maritime and Ocean Affairs on Monday.", []string{"Assistant Secretary of Maritime and Ocean Affairs"}},
		{"He was named Assistant Secretary of Ocean and Maritime Affairs on Monday.", []string{"Assistant Secretary of Ocean and Maritime Affairs"}},
		// The run must close on a listed portfolio word where the
		// capitals end, and name no person.
		{"The Minister of Trade and Kessa Development Bank signed.", nil},
		{"Secretary of State Kessa Tarvo met the press.", []string{"Secretary of State"}},
	})
}

// TestAcronymDefinedAsNoName holds the cases of a listed acronym that the
// text spells out as words which name nothing: its own definition wins.
func TestAcronymDefinedAsNoName(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"They discussed Maritime Domain Awareness (MDA) employing new technology. The MDA grew.", nil},
		{"The Missile Defense Agency (MDA) tested a missile. The MDA said it worked.", []string{"Missile Defense Agency", "MDA", "MDA"}},
	})
}

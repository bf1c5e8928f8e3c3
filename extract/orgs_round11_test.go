package extract

import "testing"

// TestOrganisationsEleventhRound holds the cases of the eleventh round's
// organisation rules (docs/decisions.md, "Eleventh round
// (organisations)"), each written from the rule with invented names.
func TestOrganisationsEleventhRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A short form that the text defines for capitalised words no
		// entity holds names no body in any of its mentions; one whose
		// words hold a place still names a body after them.
		{"The ministry published its Strategic Zorvik Review (SZR) in May. The SZR increased the budget. The ZDF left.", []string{"ZDF"}},
		{"Medics held a Subject Matter Tarvo Exchange (SMTE) in May. The SMTE focussed on care.", nil},
		// (The nineteenth round's evidencedShortForm finds the name the
		// grammar missed: "The SMCR said" is a body's voice.)
		{"Officials met the Special Monitor for Chad Reconstruction (SMCR) in May. The SMCR said it grew.", []string{"Special Monitor for Chad Reconstruction", "SMCR", "SMCR"}},
		// A letter, a digit and a letter again make a model's or a
		// system's designation, no body; a unit's short form puts its
		// number first.
		{"Zorvik asked to buy K9A3 Tarvo tanks and a ZC4ISR system from the KDF.", []string{"KDF"}},
		{"The 3KBR and the G20 met the ZDF.", []string{"3KBR", "G20", "ZDF"}},
		// A unit's nickname in quotes after "the", in apposition to the
		// unit's name after it and a comma or before "of" and it, names
		// the unit; a plan's name in quotes does not.
		{"Airmen of the 8th Zorvik Wing, the “Kessa Pack,” at Tarvo met.", []string{"8th Zorvik Wing", "Kessa Pack"}},
		{"A jet assigned to the “Tarvo Dragons” of Patrol Squadron 4 flew.", []string{"Tarvo Dragons", "Patrol Squadron 4"}},
		{"The ministry backed the “Kessa Plan” of the Tarvo Group.", []string{"Tarvo Group"}},
	})
}

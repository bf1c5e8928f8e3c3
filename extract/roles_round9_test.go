package extract

import "testing"

// TestRolesRoundNine holds the ninth round's office rules (docs/decisions.md,
// "Ninth round (offices and holders)").
func TestRolesRoundNine(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		// Portfolios of cabinet offices continue the complement.
		{"Ivo Tarn, the Minister of Labour & Expatriates, spoke.", []string{"Minister of Labour & Expatriates"}},
		{"Ana Ruiz, Minister of Ecology, Environmental Protection and Water, spoke.", []string{"Minister of Ecology, Environmental Protection and Water"}},
		{"Kessa Marn, Director for Threat Reduction Policy, spoke.", []string{"Director for Threat Reduction Policy"}},
		{"Ivo Tarn, Minister of Tourism and Sports, met Ana Ruiz.", []string{"Minister of Tourism and Sports"}},
		{"Ana Ruiz, Assistant Director for Crisis Response, spoke.", []string{"Assistant Director for Crisis Response"}},
		// "Co-" before a head shares the office: it is the office's.
		{"Ivo Tarn, the Zorvik Group Co-Chair, spoke.", []string{"Co-Chair"}},
		{"Co-President Ana Ruiz spoke.", []string{"Co-President"}},
		// An office served by another is one office, unless the served
		// office has a complement of its own.
		{"The Adviser to the Head of the Tarvo Office spoke.", []string{"Adviser", "Head"}},
		{"The Special Adviser to the Minister of Defence met Ivo Tarn.", []string{"Special Adviser", "Minister of Defence"}},
		{"The Deputy to the Minister met Ivo Tarn.", []string{"Deputy to the Minister"}},
		// Capitalised portfolio words open a capitalised office, but not
		// inside a longer name, after "of", nor a body's head.
		{"Ivo Tarn met National Intelligence Coordinator Ana Ruiz.", []string{"National Intelligence Coordinator"}},
		{"Ana Ruiz, International Trade Secretary, met Ivo Tarn.", []string{"International Trade Secretary"}},
		{"The chairman of the Joint Chiefs of Staff met Ivo Tarn.", []string{"chairman"}},
		{"Then Air Force Chief Ivo Tarn spoke.", []string{"Chief"}},
		// A lower-case office coordinated with the one before, its body
		// after a comma.
		{"Adm. Ivo Tarn, commander, Tarvo Fleet and commander, Kessa Strike Group, spoke.", []string{"commander", "commander"}},
		// An agency's administrator is an office.
		{"Tarvo Aid Administrator Ivo Tarn met Ana Ruiz, Deputy Assistant Administrator of the agency.", []string{"Administrator", "Deputy Assistant Administrator"}},
	})
}

// TestRoleHoldersRoundNine holds the ninth round's holder rules.
func TestRoleHoldersRoundNine(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		// Words of a body that no entity holds, before an office that
		// closes the apposition.
		{"\"We flew,\" said Lt. Col. Ivo Tarn, 412th Kessa Support Element commander.", []string{"Ivo Tarn@25->commander@63"}},
		// A body the organisation grammar names still passes.
		{"Ana Ruiz, 9th Zorvik Wing deputy commander, spoke.", []string{"Ana Ruiz@0->deputy commander@26"}},
		{"Gen. Ana Ruiz, Deputy Commander and commander, Tarvo Command, spoke.", []string{"Ana Ruiz@5->Deputy Commander@15", "Ana Ruiz@5->commander@36"}},
		// Not when the office goes on into the sentence.
		{"Ana Ruiz, Zorvik Kessa commander met them.", nil},
	})
}

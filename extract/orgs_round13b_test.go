package extract

import "testing"

// TestOrganisationsThirteenthRoundSecondPass holds the cases of the
// thirteenth round's second pass on organisations (docs/decisions.md,
// "Thirteenth round, second pass (ORG)"), each written from the rule with
// invented names.
func TestOrganisationsThirteenthRoundSecondPass(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// "Chiefs of Staff" after words of its own names the committee
		// of a state's service chiefs; alone it is the chiefs.
		{"The chairman of the Zorvik Joint Chiefs of Staff met reporters.", []string{"Zorvik Joint Chiefs of Staff"}},
		{"Envoys agreed to resume visits by Chiefs of Staff in May.", nil},
		// A regiment or service of guards is named with the plural head.
		{"Soldiers of the Zorvik Rifle Guards patrolled the pass.", []string{"Zorvik Rifle Guards"}},
		// A legislature's chamber is named "House of" and its members.
		{"Members of the House of Delegates met.", []string{"House of Delegates"}},
		{"He met six members of the Kenyan House of Assembly.", []string{"House of Assembly"}},
		// A state's form, "of" and one unknown word are a state's name,
		// which opens the name of its body.
		{"Sailors of the Republic of Zorvia Navy boarded the ship.", []string{"Republic of Zorvia Navy"}},
		{"He met the Kingdom of Tarvo Armed Forces chief.", []string{"Kingdom of Tarvo Armed Forces"}},
		// A nationality's word and a state's form that heads bodies too
		// name a state, not a body; more words of its own make a body.
		{"Envoys of the Kenyan Federation met in May.", nil},
		{"The Zorvian Chess Federation met in May.", []string{"Zorvian Chess Federation"}},
		// A mission or a force is named by where it serves, a place no
		// list knows too.
		{"Troops joined the Kessa Monitoring Mission in Zorvakia last May.", []string{"Kessa Monitoring Mission in Zorvakia"}},
		// A region a compass point qualifies after a locative preposition
		// is the text's evidence for a theatre as the region alone is.
		{"Troops served in East Zorvakia. The commander of Multinational Corps Zorvakia spoke.", []string{"Multinational Corps Zorvakia"}},
		// "Press" ends a news agency's or a daily's name after words of
		// its own, as "Herald" does; an office's "Press Secretary" stays
		// an office.
		{"The Kessa Free Press reported the clash.", []string{"Kessa Free Press"}},
		{"Later Press Secretary Ivo Tarn spoke.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		{"Envoys of the Kenyan Federation met in May.", []string{"Kenyan Federation"}},
	})
}

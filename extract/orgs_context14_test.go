package extract

import "testing"

// TestOrganisationsFourteenthRound holds the cases of the fourteenth
// round's organisation rules written from context (docs/decisions.md,
// "Fourteenth round (ORG context)"), each written from the rule with
// invented names.
func TestOrganisationsFourteenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A kind of armed group after an unknown name names the group,
		// and so do its other mentions.
		{"Officials said the Tarvolin militant group attacked the base. The pressure on Tarvolin grew.", []string{"Tarvolin", "Tarvolin"}},
		{"The strike killed a leader of the al-Kessani terrorist organisation.", []string{"al-Kessani"}},
		{"Villagers fled when the Zorvek rebel movement advanced.", []string{"Zorvek"}},
		// A kind of organisation before a name that opens on a particle
		// glued by a hyphen.
		{"Witnesses say the insurgent group al-Morvash seized the town.", []string{"al-Morvash"}},
		{"The group al-morvash seized the town.", nil},
		// An unknown name before "reported" is a news outlet's; not a
		// person's family name, nor a subordinate's report "to" someone.
		{"Two soldiers died. Kessanet reported the attack on Monday.", []string{"Kessanet"}},
		{"The port closed. Officials said Tarvo Wire also reported that ships waited.", []string{"Tarvo Wire"}},
		{"Ivo Tarn led the patrol. Tarn reported that the port was closed.", nil},
		{"After the raid Kessavo reported to the council.", nil},
		// The other number of a group's name found by a cue is the
		// group too.
		{"The Kessa Hawk militia shelled the port. Talks with the Kessa Hawks failed.", []string{"Kessa Hawk", "Kessa Hawks"}},
		// One word's other number is too often another name.
		{"The militant group Zorvas claimed the attack. Fighting spread to Zorva, a town near the border.", []string{"Zorvas"}},
		{"Officials said Kessa Hawks fighters fled. A Kessa Hawk commander was held.", []string{"Kessa Hawks", "Kessa Hawk"}},
		// A body's affiliate, offshoot or wing after an unknown name; the
		// Arabic article standing alone opens the name.
		{"Police blamed an al Zorvik affiliate for the blast.", []string{"al Zorvik"}},
		{"The attack was claimed by the Tarvolan military wing.", []string{"Tarvolan"}},
		{"A Kessarim offshoot seized the port.", []string{"Kessarim"}},
	})
}

package extract

import "testing"

// Twelfth round (places, for held-out text): rules stated from the
// language and the world, with invented names.

func TestPlacesTwelfthRoundSharedPlural(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// The plural of a word that closes one place's name closes both
		// names joined by "and" or "or": one LOC.
		{"Ships sailed in the Zorvik and Pilna Seas on Monday.", []string{"Zorvik and Pilna Seas"}},
		{"Teams from Kessa and Tarvo Military Camps arrived.", []string{"Kessa and Tarvo Military Camps"}},
		{"Patrols crossed the East or South Kessa Seas.", []string{"East or South Kessa Seas"}},
	})
	runLabelCases(t, Org, []labelCase{
		// Bodies joined by "and" before the plural are no places.
		{"The Army and Navy Bases were closed.", []string{"Army", "Navy"}},
	})
	runLabelCases(t, GPE, []labelCase{
		// A listed state before "and" keeps its own name.
		{"Talks in Japan and Tarvo Camps ended.", []string{"Japan"}},
	})
}

func TestPlacesTwelfthRoundZones(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A zone's kind in capitals is a name on its own, and closes a
		// longer one after a place.
		{"The bombers left Zorvik's Flight Information Region on Monday.", []string{"Flight Information Region"}},
		{"Fishing is banned in the Kessa Marine Protected Area.", []string{"Kessa Marine Protected Area"}},
		{"Jets entered the Tarvo Air Defense Identification Zone.", []string{"Tarvo Air Defense Identification Zone"}},
	})
	runLabelCases(t, GPE, []labelCase{
		// "Region" in the zone's kind opens no division.
		{"The bombers left the Flight Information Region on Monday.", nil},
	})
}

func TestPlacesTwelfthRoundMilitaryHospitals(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A hospital of the armed forces is a facility: a LOC with the
		// words of its name, not a guessed army.
		{"Ivo Tarn was treated at the Kessa Army Hospital.", []string{"Kessa Army Hospital"}},
		{"Medics arrived at the Tarvo Military Medical Field Hospital on Monday.", []string{"Tarvo Military Medical Field Hospital"}},
		// The field's word makes a guessed place after a preposition a
		// facility, not a GPE.
		{"A salute was fired at Zorvik Field on Monday.", []string{"Zorvik Field"}},
	})
	runLabelCases(t, Org, []labelCase{
		{"Ivo Tarn was treated at the Kessa Army Hospital.", nil},
	})
}

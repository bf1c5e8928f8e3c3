package extract

import "testing"

// Thirteenth round, second pass (places, from the lists-off ablation):
// kinds of features written as a word around an unknown name, with
// invented names.

func TestPlacesThirteenthRoundBFeatureKinds(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// "Mt" without its stop opens a mountain's name, as "Mt." does.
		{"Ash fell after the eruption at Mt Zorvik in early August.", []string{"Mt Zorvik"}},
		// A sea lane between islands or coasts.
		{"The cutter stopped a vessel in the Kessa Passage on Monday.", []string{"Kessa Passage"}},
		// A half of the globe.
		{"Cyclones struck the Tarvic Hemisphere last year.", []string{"Tarvic Hemisphere"}},
	})
}

func TestPlacesThirteenthRoundBFeatureCategory(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// Relief, coast and ice close a natural feature's name.
		{"Climbers reached the Kessa Massif on Monday.", []string{"Kessa Massif"}},
		{"The survey ship mapped the Zorvik Ice Shelf.", []string{"Zorvik Ice Shelf"}},
		{"Troops crossed the Tarvo Isthmus at dawn.", []string{"Tarvo Isthmus"}},
		{"Ash rose from the Pilna Volcano last week.", []string{"Pilna Volcano"}},
	})
}

func TestPlacesThirteenthRoundBFacilityWord(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// "Facility" closes a place's name after a preposition of place.
		{"He spoke at a ceremony at the Tarvo Border Facility on Monday.", []string{"Tarvo Border Facility"}},
		// Elsewhere it may name a fund.
		{"The Kessa Peace Facility paid for the trucks.", nil},
	})
}

func TestPlacesThirteenthRoundBForeignBarracks(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// Barracks named in their hosts' languages.
		{"The general toured Caserma Zorvi on Monday.", []string{"Caserma Zorvi"}},
		{"The soldiers returned to the Tarvo Kaserne on Monday.", []string{"Tarvo Kaserne"}},
	})
}

func TestPlacesThirteenthRoundBDatelineFeature(t *testing.T) {
	// A dateline's capitals closed by a feature's or a facility's word
	// name a LOC; one that a town's opening word opens stays a town.
	runLabelCases(t, Loc, []labelCase{
		{"Ships Patrol\nMarch 3, 2023 KESSA SEA – Four ships arrived.", []string{"KESSA SEA"}},
		{"Contract Awarded\nMarch 3, 2023 ZORVIK ARSENAL – The plant grew.", []string{"ZORVIK ARSENAL"}},
		{"Cutter Returns\nMarch 3, 2023 CAPE TARVO – The cutter returned.", nil},
		// Such a name is no heading: it may follow a byline.
		{"Ships Patrol\nBy Kessa Fleet Public Affairs TARVO SEA (March 3, 2023) Four ships arrived.", []string{"TARVO SEA"}},
		{"Ships Patrol\nKessa Fleet Public Affairs ZORVIK SEA -- Four ships arrived.", []string{"ZORVIK SEA"}},
		// Other capitals after a byline may be a heading.
		{"Ships Patrol\nBy Ivo Tarn PRESS RELEASE – Four ships arrived.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		{"Cutter Returns\nMarch 3, 2023 CAPE TARVO – The cutter returned.", []string{"CAPE TARVO"}},
	})
}

func TestPlacesThirteenthRoundBHeadlineVerb(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A Title Case headline's verb ends a place's name on its left.
		{"Kessa Fleet Conducts Tarvo Strait Transit\nThe fleet sailed on Monday.", []string{"Tarvo Strait"}},
	})
}

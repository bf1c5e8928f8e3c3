package extract

import "testing"

// Fourteenth round (LOC, from the lists-off ablation): places found from
// their context, with invented names.

func TestPlacesFourteenthRoundRegionCompound(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A combining form glued to a place's name names a region that
		// spans both, before a settlement's noun or after a preposition
		// of place; its later mentions follow.
		{"Security in the Indo-Zorvic region matters. A free Indo-Zorvic is key.", []string{"Indo-Zorvic", "Indo-Zorvic"}},
		{"The frigate sailed to the Euro-Kessic on Monday.", []string{"Euro-Kessic"}},
		// As the head of a phrase that an article opens, maybe with
		// adjectives joined by "and".
		{"We back a free and open Indo-Zorvic.", []string{"Indo-Zorvic"}},
		// After a verb it is an adjective.
		{"The roots are Anglo-Kessic, not Tarvic.", nil},
		// A nationality after the hyphen makes an adjective.
		{"Troops crossed into the Franco-German area.", nil},
		// More capitals after it make a longer name.
		{"He spoke in the Indo-Zorvic Command hall.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		// The compound's last part alone is no place.
		{"Security in the Indo-Zorvic region matters.", nil},
	})
}

func TestPlacesFourteenthRoundFeatureCategory(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// Camps named for their use; "Camp" alone opens a name.
		{"Recruits left the Kessa Training Camp last week.", []string{"Kessa Training Camp"}},
		{"The Zorvik Military Camp was shelled.", []string{"Zorvik Military Camp"}},
		// Grounds for testing, plains, places of remembrance and worship.
		{"They tested shells at the Zorvik Proving Grounds.", []string{"Zorvik Proving Grounds"}},
		{"Troops crossed the Tarvo Plains on Monday.", []string{"Tarvo Plains"}},
		{"Veterans gathered at the Kessa Cenotaph.", []string{"Kessa Cenotaph"}},
		{"He prayed at the Tarvo Shrine on Monday.", []string{"Tarvo Shrine"}},
		// A demilitarised zone is a zone's kind: a name alone, and it
		// closes a longer one.
		{"Talks were held in the Demilitarized Zone.", []string{"Demilitarized Zone"}},
		{"Troops patrolled the Kessa Demilitarized Zone on Monday.", []string{"Kessa Demilitarized Zone"}},
		// An aerodrome is no town.
		{"The jets landed at Tarvo Aerodrome on Monday.", []string{"Tarvo Aerodrome"}},
	})
}

func TestPlacesFourteenthRoundCompassAfterArticle(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A compass word and a name after a preposition of place and
		// "the", where the name ends its phrase.
		{"Patrols continued across the Western Tarvo.", []string{"Western Tarvo"}},
		{"Gas was found in the Eastern Kessa, officials said.", []string{"Eastern Kessa"}},
		// Two compass words joined by "and" share the name, with the
		// article or without it.
		{"Drills were held in Central and Northern Tarvo.", []string{"Central and Northern Tarvo"}},
		// A body's head after it makes a body.
		{"Troops fought in the Northern Fleet area.", nil},
	})
}

func TestPlacesFourteenthRoundPassage(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// The object of a verb of passage after "the" is a waterway or a
		// region.
		{"The destroyer transited the Zorvic on Monday.", []string{"Zorvic"}},
		{"The cutter sailed through the Tarvan, then left.", []string{"Tarvan"}},
		// Not a name that goes on, nor an acronym.
		{"The ships patrolled the Kessa coast.", nil},
		{"The ships patrolled the ZEEZ.", nil},
	})
}

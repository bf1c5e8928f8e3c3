package extract

import "testing"

// Ninth round (places, second pass): rules stated from the language and
// the world, with invented names.

func TestPlacesNinthRoundHeadMentions(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// "the" and the head of a place named before is that place.
		{"Ships sailed through the Kessa Strait. Later a corridor in the Strait was closed.", []string{"Kessa Strait", "Strait"}},
		// Not inside another name.
		{"Ships sailed through the Kessa Strait, and the Strait Council met.", []string{"Kessa Strait"}},
		// Not a word that closes a facility's name but is also a common
		// word ("Hall"), nor a compass word.
		{"The band played at Tarvo Hall. Then the Hall emptied.", []string{"Tarvo Hall"}},
	})
	runLabelCases(t, GPE, []labelCase{
		// The word before "of" is the head of a state's title.
		{"Ivo Tarn met the envoy of the Kingdom of Norway. He said the Kingdom would help.", []string{"Kingdom of Norway", "Kingdom"}},
		// "of" after the head opens another name's complement: the head
		// alone names no state, the title with its name does (thirteenth
		// round).
		{"Ivo Tarn met the envoy of the Kingdom of Norway. Later the Kingdom of Zorvik replied.", []string{"Kingdom of Norway", "Kingdom of Zorvik"}},
	})
}

func TestPlacesNinthRoundSharedCompass(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// Two compass words joined by "and" or "or" share the place.
		{"Drills were held in Central and Northern Latvia last month.", []string{"Central and Northern Latvia"}},
		{"She led the unit for Eastern or Southern Africa.", []string{"Eastern or Southern Africa"}},
		// One compass word alone names its part only.
		{"Troops and Northern Latvia's guards met.", []string{"Northern Latvia"}},
	})
}

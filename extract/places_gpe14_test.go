package extract

import "testing"

// Fourteenth round (GPE, from the lists-off ablation): the contexts that
// make an unknown name a state or a settlement, with invented names.

func TestPlacesFourteenthRoundPartOfPlace(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A lower-case adjective of a part of a place before its name.
		{"Rebels captured a key town in southern Zorvania on Monday.", []string{"Zorvania"}},
		{"The storm hit central Tarvonia last week.", []string{"Tarvonia"}},
		{"Fighting spread across northern Kessaland and Pilnova.", []string{"Kessaland", "Pilnova"}},
		// Capitalised, the word opens a name of its own (a LOC).
		{"Troops moved into Northern Zorvania on Monday.", nil},
		// A capitalised body or group after it is no place.
		{"The western Allies met the central Committee.", nil},
		{"He thanked southern Kessaners for their help.", nil},
	})
}

func TestPlacesFourteenthRoundOfficeOfState(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A government's office with a portfolio, then "of" and its
		// state; the holder's name may follow.
		{"He met Ivo Tarn, Minister of Defence of Tarvonia, on Monday.", []string{"Tarvonia"}},
		{"Talks with the Minister of Foreign Affairs of the Zorvania were held.", []string{"Zorvania"}},
		// A company's office names no state.
		{"The Director of Operations of Zorvexa said the plant would close.", nil},
	})
}

func TestPlacesFourteenthRoundDatedDateline(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A town in capitals, a comma, the date and a dash: a dateline
		// after a byline too, not only at a line's start.
		{"Troops Arrive\nKessa Forces Press Service TARVOLA, Sept. 4, 2008 – A colonel spoke.", []string{"TARVOLA"}},
		{"Troops Arrive\nKessa Command Public Affairs KESSABAN, Zorvania, Nov. 25, 2013 – Marines landed.", []string{"KESSABAN", "Zorvania"}},
		// The date alone in brackets after the town.
		{"Troops Arrive\nBy Kessa Command Public Affairs TARVOLA (Jan. 15, 2020) -- Marines landed.", []string{"TARVOLA"}},
		// A release's heading is still no town.
		{"Troops Arrive\nMEDIA ADVISORY, March 3, 2023 – Marines landed.", nil},
		{"Troops Arrive\nBy Kessa Command MEDIA ADVISORY (March 3, 2023) -- Marines landed.", nil},
	})
}

func TestPlacesFourteenthRoundHolderOfState(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A state's office, its holder's name, "of" and the state.
		{"Ivo Tarn met President Ulma Kessik of Zorvania on Monday.", []string{"Zorvania"}},
		{"He thanked Minister Ivo Tarnova of Tarvonia, who spoke first.", []string{"Tarvonia"}},
		// A person alone before "of" may be a company's man.
		{"He spoke with Ivo Tarn of Zorvexa on Monday.", nil},
	})
}

func TestPlacesFourteenthRoundKindOfPlace(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A plural noun of a kind of place, then its examples.
		{"Small countries like Kessa can help.", []string{"Kessa"}},
		{"It has enabled countries like Zorvania, Pilnova, and Tarvonia to act.", []string{"Zorvania", "Pilnova", "Tarvonia"}},
		{"The ship visited locations such as Kessavar and Tarvola last year.", []string{"Kessavar", "Tarvola"}},
		{"Fighting spread to cities including Pilno Vara.", []string{"Pilno Vara"}},
		// Any other plural names no place, nor "areas", which topics
		// have as often.
		{"Companies such as Zorvexa bid for the work.", nil},
		{"They trained in areas such as Command and Control.", nil},
	})
}

func TestPlacesFourteenthRoundStateKindOf(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A state's kind in lower case before "of" or "called".
		{"Delegates from the African nation of Kessavia arrived.", []string{"Kessavia"}},
		{"Troops of the kingdom of Tarvo marched north.", []string{"Tarvo"}},
		{"He grew up in a country called Zorvania.", []string{"Zorvania"}},
	})
}

func TestPlacesFourteenthRoundTitleBeforeOf(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A state's title before "of" and a name is no place cut short:
		// the state's whole name is one (the eighteenth round).
		{"The commander traveled to Republic of the Tarvonia, May 19-21.", []string{"Republic of the Tarvonia"}},
		{"Fighting in eastern Democratic Republic of the Kessa spread.", []string{"Democratic Republic of the Kessa"}},
	})
}

func TestPlacesFourteenthRoundCombiningForm(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// The second half of a compound after a combining form names no
		// place of its own.
		{"Stability in the Indo-Zorvik region matters.", nil},
		// Without one, the region's name is a place.
		{"Stability in the Zorvik region matters.", []string{"Zorvik"}},
	})
}

func TestPlacesFourteenthRoundOtherPlaces(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A list closed by "and other" and a plural of a kind of place.
		{"Delegates of Kessa, Tarvo and other countries signed the pact.", []string{"Kessa", "Tarvo"}},
		{"Officials said Zorvik or other African cities may follow.", []string{"Zorvik"}},
		// Another plural names no place.
		{"He met Ivo Tarn and other officials.", nil},
	})
}

func TestPlacesFourteenthRoundTimeAdverbEndsPhrase(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// An adverb of time ends the phrase after a weak preposition.
		{"The president returned to Kessavar early Wednesday.", []string{"Kessavar"}},
		{"The council welcomed the return to Tarvola yesterday of the envoys.", []string{"Tarvola"}},
	})
}

func TestPlacesFourteenthRoundBothPlaces(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// "both" or "either" between a preposition and a pair of names.
		{"Officials in both Kessavia and Tarvonia said so.", []string{"Kessavia", "Tarvonia"}},
		{"Convoys came from either Zorvik or the coast.", []string{"Zorvik"}},
	})
}

func TestPlacesFourteenthRoundLocativePrepositions(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// Prepositions of place that also take other objects: the name
		// must end its phrase.
		{"Protests spread to many locations throughout Zorvania, officials said.", []string{"Zorvania"}},
		{"Targets within Tarvonia were hit.", []string{"Tarvonia"}},
		{"Fighting continued inside Kessavar.", []string{"Kessavar"}},
	})
}

func TestPlacesFourteenthRoundPlaceOwningPlace(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// The owner of a division named after a possessive is a place.
		{"Fighting hit Kessavia's Tarvo province on Monday.", []string{"Kessavia", "Tarvo"}},
		{"The war in Zorvania's Pilno region ended.", []string{"Zorvania", "Pilno"}},
		// Not the owner of a home or an office, nor a division that
		// qualifies a noun.
		{"Ivo Tarn's Kessa home burned.", nil},
		{"He met Tarvocorp's Kessa region manager.", []string{"Kessa"}},
	})
}

func TestPlacesFourteenthRoundStatesPlural(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// The plural of what a state has, "of" and a list of states.
		{"He met the defence ministers of Kessa, Tarvo and Pilna.", []string{"Kessa", "Tarvo", "Pilna"}},
		{"The governments of Zorvania and Tarvonia agreed.", []string{"Zorvania", "Tarvonia"}},
		// Another plural names no state.
		{"The owners of Zorvexa and Tarvocorp agreed.", nil},
	})
}

func TestPlacesFourteenthRoundNationalityState(t *testing.T) {
	// A nationality and a form of state name a state; the nationality
	// comes from demonyms.tsv, so these cases use real adjectives of no
	// state so named.
	runLabelCases(t, GPE, []labelCase{
		{"Ships sailed to the Norwegian Republic on Monday.", []string{"Norwegian Republic"}},
		// Before "of", a title; after a capitalised word, a longer name.
		{"Aid reached the Central Norwegian Republic on Monday.", nil},
		{"The Norwegian Republic Guard marched.", nil},
	})
}

func TestPlacesFourteenthRoundHonorificNoPlace(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// An honorific in a list after a preposition opens a person's
		// name, not a place's.
		{"He was hosted in Zorvik, Sir Ivo called on him.", []string{"Zorvik"}},
	})
}

package extract

import "testing"

// Thirteenth round (places, from the lists-off ablation): rules stated
// from the language and the world, with invented names.

func TestPlacesThirteenthRoundStateNouns(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// What only a state has, before "of" or after a possessive.
		{"Jets violated the airspace of Zorvania on Monday.", []string{"Zorvania"}},
		{"Officials said Tarvonia's economy had grown.", []string{"Tarvonia"}},
		{"Kessaland's sovereignty is not negotiable, he said.", []string{"Kessaland"}},
		{"The citizens of Zorvania voted on Monday.", []string{"Zorvania"}},
		{"The Government of Tarvonia sent aid.", []string{"Tarvonia"}},
		{"He met Zorvania's prime minister and Kessaland's diplomats.", []string{"Zorvania", "Kessaland"}},
		{"Troops guarded the borders of Pilnova.", []string{"Pilnova"}},
		{"He stressed his support for Kessaland's independence.", []string{"Kessaland"}},
		// Not what a company, an armed group or a bloc has as well.
		{"Zorvexa's president met the workers.", nil},
		{"Fighters held Kessavar's territory until May.", nil},
		{"He thanked Tarvonia for the contribution of Tarvonia to the mission.", []string{"Tarvonia", "Tarvonia"}},
		// A person named in full before stays a person.
		{"Minister Ivo Kessler arrived on Monday. Kessler's airspace was praised.", nil},
		// An office's "of" names one state; the comma after it opens
		// the holder's name.
		{"He met the President of Zorvania on Monday.", []string{"Zorvania"}},
		{"He met the Prime Minister of Tarvonia, Kessa Pilnova, on Monday.", []string{"Tarvonia"}},
		// Capitalised, an office or a body of its government.
		{"He met Zorvania's Foreign Minister on Monday.", []string{"Zorvania"}},
		{"Ivo Tarn, Tarvonia's Prime Minister, spoke.", []string{"Tarvonia"}},
		// A state's title alone names no state.
		{"He spoke of defending the Republic's sovereignty.", nil},
		// Nor a capitalised word that heads no office or body.
		{"Ivo Tarn toured Zorvania's North on Monday.", nil},
	})
}

func TestPlacesThirteenthRoundCompounds(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A name joined by a hyphen to a listed state is a state too.
		{"They discussed the U.S.-Zorvania relationship on Monday.", []string{"U.S.", "Zorvania"}},
		{"The Tarvonia-Japan border was closed.", []string{"Tarvonia", "Japan"}},
		// Two unknown names before a noun of a pair.
		{"The Kessaland-Tarvonia border was closed.", []string{"Kessaland", "Tarvonia"}},
		// A combining form names no state.
		{"He praised Sino-Japan trade on Monday.", []string{"Japan"}},
	})
}

func TestPlacesThirteenthRoundAfterPlace(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// After a base, a feature or a division and a comma, the larger
		// place it lies in, up to punctuation.
		{"The jets flew from Tarvo Air Base, Kessaland, on Monday.", []string{"Kessaland"}},
		{"The ship anchored off the Zorvik Islands, Pilnova.", []string{"Pilnova"}},
		{"Troops left Tarvo Air Base, Kessa, Pilnova, on Monday.", []string{"Kessa", "Pilnova"}},
		// Not a name that runs on, a compass word, or another base.
		{"The jets flew from Tarvo Air Base, Kessaland and Pilnova.", nil},
		{"Patrols crossed the Zorvik Sea, Central and Eastern regions.", nil},
		{"Crews served at Tarvo Air Base, Kessa Station.", nil},
	})
}

func TestPlacesThirteenthRoundVisits(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// The object of a visit that ends its phrase is a place.
		{"The minister visited Zorvania on Monday.", []string{"Zorvania"}},
		{"Ivo Tarn, who is visiting Tarvonia, met officials.", []string{"Tarvonia"}},
		{"The general will visit Kessaland and Pilnova next week.", []string{"Kessaland", "Pilnova"}},
		// Not a longer name.
		{"The minister visited Zorvik Tamar Holdings on Monday.", nil},
	})
}

func TestPlacesThirteenthRoundStateTitles(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A state's title before "of" and an unknown name: one GPE.
		{"He met the President of the Republic of Zorvania on Monday.", []string{"Republic of Zorvania"}},
		{"The Kingdom of Tarvonia signed the deal.", []string{"Kingdom of Tarvonia"}},
		{"The Sultanate of Pilnova and the Grand Duchy of Kessaland agreed.", []string{"Sultanate of Pilnova", "Grand Duchy of Kessaland"}},
		// A comma after it may open its envoy's name.
		{"He met the minister of the Republic of Zorvania, Kessa Pilnova.", []string{"Republic of Zorvania"}},
		// Not before a body's head.
		{"Ships of the Republic of Kessaland Navy arrived.", nil},
	})
}

func TestPlacesThirteenthRoundBetween(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// "between" and names that end their phrase: places.
		{"Troops patrolled the road between Zorvik and Pilnova.", []string{"Zorvik", "Pilnova"}},
		{"Relations between Kessaland and Tarvonia have improved.", []string{"Kessaland", "Tarvonia"}},
		// Not a longer name.
		{"A deal between Zorvik Tamar Holdings and the army was signed.", nil},
	})
}

func TestPlacesThirteenthRoundSetMembers(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// The members of a set named before, ending their phrase.
		{"Partners, including Zorvania and Tarvonia, joined the drill.", []string{"Zorvania", "Tarvonia"}},
		{"Trade grew among Kessaland, Pilnova and Zorvania.", []string{"Kessaland", "Pilnova", "Zorvania"}},
		// Not a longer name.
		{"Firms including Zorvik Tamar Holdings bid.", nil},
	})
}

func TestPlacesThirteenthRoundDatelines(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A dateline's town in capitals and its state or country before
		// a dash or a bracket.
		{"Navy Ship Arrives\nMarch 3, 2023\nKESSAVILLE, Tarvonia — The ship arrived on Monday.", []string{"KESSAVILLE", "Tarvonia"}},
		{"March 3, 2023 ZORVIK, Pilnova (AP) -- The ship arrived on Monday.", []string{"ZORVIK", "Pilnova"}},
		{"March 3, 2023 PILNAVILLE — The ship arrived on Monday.", []string{"PILNAVILLE"}},
		// Alone at a line's start, capitals may be a heading.
		{"PRESS RELEASE — The ship arrived on Monday.", nil},
		// Not a base, nor capitals inside a line.
		{"CAMP TARVO, Kessaland — The troops arrived on Monday.", []string{"Kessaland"}},
		{"The ship met the ZORVIK — a patrol boat — on Monday.", nil},
	})
}

func TestPlacesThirteenthRoundSettlementApposition(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A settlement's noun before its name in apposition.
		{"The rebels held the capital, Zorvik, for a week.", []string{"Zorvik"}},
		{"Talks opened in the Peruvian capital Tarvo on Monday.", []string{"Tarvo"}},
		{"They have overrun another town, Pilnova, in the north.", []string{"Pilnova"}},
		// Not after a noun that closes a name: the comma ends it.
		{"The governor of the Zorvik region, Ivo Tarn, spoke.", []string{"Zorvik"}},
	})
}

func TestPlacesThirteenthRoundCompassParts(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A compass word opens a part of a guessed place.
		{"Fighting went on in Northern Zorvania on Monday.", []string{"Northern Zorvania"}},
		{"Aid reached villages across Central Tarvonia.", []string{"Central Tarvonia"}},
	})
	runLabelCases(t, GPE, []labelCase{
		{"Fighting went on in Northern Zorvania on Monday.", nil},
	})
}

func TestPlacesThirteenthRoundEnvoyTo(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// An office's title before "to" names the envoy's state, which
		// its holder's name may follow.
		{"He met the Ambassador to Zorvania Ivo Tarn on Monday.", []string{"Zorvania"}},
		// Not the verb "head to" in lower case.
		{"Officials will head to Zorvania Ivo Tarn said.", nil},
	})
}

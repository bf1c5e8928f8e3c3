package extract

import "testing"

// Tenth round (places, third pass): rules stated from the language and the
// world, with invented names.

func TestPlacesTenthRoundShortForms(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A short form spelt in brackets after a place names the place
		// again later, not an organisation guessed from its capitals.
		{"Ships patrolled the Kessa Sea (KS) on Monday. Ivo Tarn said the KS was calm.", []string{"Kessa Sea", "KS", "KS"}},
	})
	runLabelCases(t, GPE, []labelCase{
		{"Ivo Tarn visited the Tarvo Autonomous Region (TAR) on Monday. Officials of the TAR met him.", []string{"Tarvo Autonomous Region", "TAR", "TAR"}},
	})
}

func TestPlacesTenthRoundThingAcronyms(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// An acronym that names a thing (acronyms_not_org.txt) is no
		// place after a preposition.
		{"The rules agreed in Zorvik apply to WMD only.", []string{"Zorvik"}},
		{"Guests of Ivo Tarn need to RSVP by Monday.", nil},
	})
}

func TestPlacesTenthRoundPortfolioEnd(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A name after a preposition that ends on a portfolio's word
		// names a body or a field, not a place.
		{"Ivo Tarn brought officers from Kessa Affairs to the talks.", nil},
		{"She was promoted to General in Zorvik.", []string{"Zorvik"}},
		// A settlement's noun, a compass word or a listed place among the
		// portfolio words still ends a place.
		{"Ivo Tarn travelled to Tarvo State on Monday.", []string{"Tarvo State"}},
		{"Aid was sent to Kessa North.", []string{"Kessa North"}},
	})
}

func TestPlacesTenthRoundNonLocative(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// After a word of taking part, "in" or "at" opens an activity; after
		// one of addressing or awarding, "to" a recipient.
		{"Ruritania's participation in Kessa Shield was praised.", nil},
		{"Soldiers took part in Zorvik Dawn, Ivo Tarn said.", nil},
		{"Veterans competing at Tarvo were honoured.", nil},
		{"The army awarded a contract to Kessa Arms, officials said.", nil},
		{"He renewed his condolences to Zorvik Tarn.", nil},
		// Elsewhere the same preposition still opens a place, and a listed
		// place stays one after a word of taking part.
		{"Soldiers trained in Zorvik, Ivo Tarn said.", []string{"Zorvik"}},
		{"Ivo Tarn competed in Norway.", []string{"Norway"}},
	})
}

// A sample of each category added to gpe.txt is found in a sentence that
// gives no other clue to a place; the names are world knowledge, the
// sentences invented.
func TestGazetteerTenthRoundGPE(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// Afghanistan's provincial capitals.
		{"Tarin Kowt and Sharana reported no attacks, Ivo Tarn said.", []string{"Tarin Kowt", "Sharana"}},
		// Sri Lanka's districts.
		{"Vavuniya and Batticaloa reported no damage.", []string{"Vavuniya", "Batticaloa"}},
		// Thailand's provinces.
		{"Kanchanaburi and Sa Kaeo sent volunteers.", []string{"Kanchanaburi", "Sa Kaeo"}},
		// The provinces and Kivu territories of the Democratic Republic of
		// the Congo, and Mozambique's provinces and Cabo Delgado's districts.
		{"Rutshuru, Masisi and Haut-Katanga sent observers.", []string{"Rutshuru", "Masisi", "Haut-Katanga"}},
		{"Macomia and Niassa sent observers.", []string{"Macomia", "Niassa"}},
		// Towns that host allied bases, garrisons and battlegroups.
		{"Pensacola and Bremerton sent sailors.", []string{"Pensacola", "Bremerton"}},
		{"Soldiers from Catterick and Tidworth arrived.", []string{"Catterick", "Tidworth"}},
		{"Tanks left Vilseck and Baumholder.", []string{"Vilseck", "Baumholder"}},
		{"Rukla and Tapa sent observers.", []string{"Rukla", "Tapa"}},
	})
}

// A sample of the rivers and lands added to loc.txt.
func TestGazetteerTenthRoundLOC(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		{"Troops crossed the Prut and the Vorskla.", []string{"Prut", "Vorskla"}},
		{"Convoys moved along the Terek and the Shebelle.", []string{"Terek", "Shebelle"}},
		// The named lands of the polar regions and of Australia's north,
		// whose "Land" ends no guessed place (a portfolio's word).
		{"Flights reached Queen Maud Land and Arnhem Land.", []string{"Queen Maud Land", "Arnhem Land"}},
	})
}

// TestPlacesTenthRoundCalled holds a settlement's noun before "called",
// "named" or "known as": the name after it is the settlement's.
func TestPlacesTenthRoundCalled(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		{"He was killed at a village called Ayen Tarvo on Sunday.", []string{"Ayen Tarvo"}},
		{"They reached a town known as Kessadul near the border.", []string{"Kessadul"}},
		// Not after a person's noun.
		{"The governor named Zorvik Kessal as his deputy.", nil},
	})
}

// TestPlacesTenthRoundFacility holds a facility's lower-case noun after an
// unknown name, maybe after a modifier: the name is a LOC.
func TestPlacesTenthRoundFacility(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		{"He visited the Sigonlla air base in the south.", []string{"Sigonlla"}},
		{"The ship moored at the Tsoyang naval base near the city.", []string{"Tsoyang"}},
		// Not a capitalised modifier, which belongs to a longer name.
		{"The party was held at the Tsoyang Naval base near the city.", nil},
		{"The Kessa Tarvo base salary rose.", nil},
	})
}

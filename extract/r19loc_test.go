package extract

import "testing"

// TestPlacesThatAreLocNineteenthRound holds the cases of the nineteenth
// round's LOC word classes (docs/decisions.md, "Nineteenth round (places
// that are LOC)"), with invented names: each class fires with a word the
// earlier rounds' files lacked, and each near miss keeps out a word left
// out after the test.
func TestPlacesThatAreLocNineteenthRound(t *testing.T) {
	// loc_patterns.tsv `after` and `before`: facilities and features
	// that close or open a name.
	runLabelCases(t, Loc, []labelCase{
		{"Engineers repaired the Kessa Research Station last week.", []string{"Kessa Research Station"}},
		{"The Tarvo Desalination Plant supplies the city.", []string{"Tarvo Desalination Plant"}},
		{"Poachers entered the Zorvik Game Reserve on Monday.", []string{"Zorvik Game Reserve"}},
		{"The Velmar Wildlife Sanctuary reopened in May.", []string{"Velmar Wildlife Sanctuary"}},
		{"Miners were trapped in the Kessa Coal Mine on Monday.", []string{"Kessa Coal Mine"}},
		{"The Tarvo Army Depot stores spare parts.", []string{"Tarvo Army Depot"}},
		{"The Kessa Lakes froze last winter.", []string{"Kessa Lakes"}},
		{"The Zorvik Battlefield draws many visitors.", []string{"Zorvik Battlefield"}},
		{"Soldiers returned to FOB Kessar on Monday.", []string{"FOB Kessar"}},
		{"Aircraft flew from Cooperative Security Location Velmaro on Monday.", []string{"Cooperative Security Location Velmaro"}},
		{"Divers searched Loch Tarvenny for the wreck.", []string{"Loch Tarvenny"}},
		{"Patrols crossed Lough Kessagh in winter.", []string{"Lough Kessagh"}},
		// Near misses: the words left out after the test. A state's
		// word of a park's phrase closes no state's name; a heritage
		// site closes no body's; an ammunition plant's modifiers run on.
		{"Yap State and Tarvo State signed the accord.", nil},
		{"The site is a UNESCO World Heritage Site.", nil},
		{"The Contractor-Operated Army Ammunition Plant employs 900 people.", nil},
	})
	// The second batch: sea floor, land, training ranges, works, "of"
	// names of waters and valleys.
	runLabelCases(t, Loc, []labelCase{
		{"Survey ships mapped the Kessa Shelf last year.", []string{"Kessa Shelf"}},
		{"Smugglers hid among the Tarvo Cays.", []string{"Tarvo Cays"}},
		{"Troops trained in the Zorvik Exercise Area on Monday.", []string{"Zorvik Exercise Area"}},
		{"The Kessa Metro Station was closed.", []string{"Kessa Metro Station"}},
		{"The Tarvo Wind Farm supplies the island.", []string{"Tarvo Wind Farm"}},
		{"Ferries cross the Sound of Tarvo daily.", []string{"Sound of Tarvo"}},
		{"Troops camped in the Vale of Zorvik.", []string{"Vale of Zorvik"}},
		// Near misses: a bank's name is a body's, no sandbank's; "Wall"
		// is a family name.
		{"The Kessa Bank raised rates.", nil},
		{"Larry Wall said the plan would work.", nil},
	})
	// loc_patterns.tsv `zone`: lines and zones that states and truces
	// draw.
	runLabelCases(t, Loc, []labelCase{
		{"Trawlers entered the Contiguous Zone on Monday.", []string{"Contiguous Zone"}},
		{"Shelling continued along the Line of Contact on Monday.", []string{"Line of Contact"}},
		{"Ships stayed out of the Kessa Exclusion Zone.", []string{"Kessa Exclusion Zone"}},
		// Near miss: the security area glued to a battalion's name.
		{"He commands the Security Battalion-Joint Security Area.", nil},
	})
	// place_cues.tsv `feature-after`: a natural feature's noun in lower
	// case after its name.
	runLabelCases(t, Loc, []labelCase{
		{"Refugees crossed the Zorvik corridor on foot.", []string{"Zorvik"}},
		{"The plane crashed in the Zorvik wadi at dawn.", []string{"Zorvik"}},
		{"Rebels hid in the Tarvo cavern for a month.", []string{"Tarvo"}},
		{"The submarine dived into the Kessa trench.", []string{"Kessa"}},
		// Near misses: "hill" qualifies another noun as often, "caves" is
		// a verb too.
		{"He grew up in Tarvona hill country.", nil},
		{"Officials fear Tarvona caves to the demands.", nil},
		{"After House passage, the bill went to the president.", nil},
	})
	// place_cues.tsv `feature-part`, `passage`, `tribute` and
	// `national-landform`.
	runLabelCases(t, Loc, []labelCase{
		{"Fishermen worked the waters of the Kessavar.", []string{"Kessavar"}},
		{"Villagers live on the upper reaches of the Tarvel.", []string{"Tarvel"}},
		{"The barges plied the Zorvanic.", []string{"Zorvanic"}},
		{"The freighter traversed the Kessavic, its captain said.", []string{"Kessavic"}},
		{"Veterans placed poppies before the Tarvomir and wept.", []string{"Tarvomir"}},
		{"The tanker sailed into the Arabian sea on Monday.", []string{"Arabian sea"}},
		// Near misses: a part's noun before a name without "the" (a
		// town's), a verb of passage before a person.
		{"Fishermen worked the waters of Kessavar.", nil},
		{"The barges plied Ivo Tarn with questions.", nil},
	})
	// loc_patterns.tsv `facility`: a building's word that names a body
	// or is a common word as often closes a place after a preposition of
	// place only.
	runLabelCases(t, Loc, []labelCase{
		{"The ceremony took place at the Tarvo Library on Monday.", []string{"Tarvo Library"}},
		{"Ships berthed alongside Kessa Docks overnight.", []string{"Kessa Docks"}},
		{"The concert was held at the Zorvik Theatre in May.", []string{"Zorvik Theatre"}},
		{"The hotel stands on the Zorvic Riviera.", []string{"Zorvic Riviera"}},
		// Near misses: the library as the subject is a body; a church,
		// a lodge and a market are bodies' words as often.
		{"The Tarvo Library announced new hours.", nil},
		{"Support came from the Kessan Orthodox Church on Monday.", nil},
		{"Trade within the Common Market grew.", nil},
	})
	// loc_patterns.tsv `shared`: a plural closes two names as one LOC.
	runLabelCases(t, Loc, []labelCase{
		{"Floods damaged the Kessa and Tarvo Bridges on Monday.", []string{"Kessa and Tarvo Bridges"}},
		{"Engineers inspected the Zorvik and Pilna Dams.", []string{"Zorvik and Pilna Dams"}},
		// Near miss: "Valleys" stays out.
		{"Snow fell on the Kessa and Tarvo Valleys.", nil},
	})
	// headline_verbs.txt: a visit's verb after a plural subject ends
	// the words a facility's word closes in a Title Case headline.
	runLabelCases(t, Loc, []labelCase{
		{"Navy Sailors Visit Historic Site In Kessa\n\nThe sailors visited on Monday.", nil},
		{"Cadets Tour Tarvo Memorial Hall\n\nThe cadets toured it on Monday.", []string{"Tarvo Memorial Hall"}},
	})
	// regionAfterArticle: a word of time after "the" names no region.
	runLabelCases(t, Loc, []labelCase{
		{"Stability in the Zorvic is vital.", []string{"Zorvic"}},
		{"The ship will leave port in the New Year.", nil},
	})
	// place_cues.tsv `name-opener`: a word that opens a place's name
	// opens no person's.
	runLabelCases(t, Person, []labelCase{
		{"Puerto Tarvin and Ivo Kessk met on Monday.", []string{"Ivo Kessk"}},
		{"Ana Tarvin and Ivo Kessk met on Monday.", []string{"Ana Tarvin", "Ivo Kessk"}},
	})
}

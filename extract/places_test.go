package extract

import "testing"

// Seventh round (places): rules stated from the language and the world,
// with invented names.

func TestPlacesSeventhRoundGPE(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A dateline's town in capitals before a state's abbreviation
		// with its periods.
		{"Drill ends\n\nMay 2, 2019\n\nZORVIK, N.C. – Soldiers trained.", []string{"ZORVIK", "N.C."}},
		{"Drill ends\n\nMay 2, 2019\n\nKESSA TARVO, N.D. – Soldiers trained.", []string{"KESSA TARVO", "N.D."}},
		// A town before a comma and a known state, particles inside.
		{"A depot on the edge of Dar as Kessa, Somalia, was hit.", []string{"Dar as Kessa", "Somalia"}},
		{"Talks near the edge of Bir al-Tarvo, Libya, ended.", []string{"Bir al-Tarvo", "Libya"}},
		// A department before "of" and a known place is a division; the
		// department of a portfolio stays a body.
		{"Troops reached the Department of Cauca; the Department of Defense said so.", []string{"Department of Cauca"}},
		// The Spanish "a" inside a place's name.
		{"Aid reached isolated areas in Zorva a Kessa, Pilna and Tarvo.", []string{"Zorva a Kessa", "Pilna", "Tarvo"}},
		{"It improves work in the Zorva a Kessa region.", []string{"Zorva a Kessa"}},
		// "a" before a name and another noun is the English article.
		{"Speaking in Kessa a Tarvo official said the talks went well.", []string{"Kessa"}},
		// Nouns of quality and state name topics, not places.
		{"The officers worked in Tarvo and Border Security.", []string{"Tarvo"}},
		{"The talks moved towards Mutual Responsibilities.", nil},
		{"Troops were trained in Urban Insurgency.", nil},
		// "State of" before a listed state is its official name, but not
		// as the complement of "of".
		{"Experts came from the State of Oregon.", []string{"State of Oregon"}},
		{"A Department of State of Oregon office opened.", []string{"Oregon"}},
		// A region's adjective or a compass word before "region" or in
		// a list of places names none.
		{"Chiefs came from across the Central Asian region and the Kessa region.", []string{"Kessa"}},
		{"She served in Ruritania's Eastern neighbourhood.", nil},
		{"He worked in Kenya, North and West Africa.", []string{"Kenya"}},
		// Where a thing is based.
		{"Two Kessa-based frigates and GNSS-based tools arrived.", []string{"Kessa"}},
		// Where a place lies: its coast, its vicinity.
		{"Ships loitered off the coast of Kessa and in the vicinity of Tarvo.", []string{"Kessa", "Tarvo"}},
		// A listed place that opens a longer nationality names a people.
		{"Aid reached Bissau-Guineans and residents of Bissau.", []string{"Bissau"}},
		// A Title Case headline's verb ends a division's name.
		{"Militia Captures Tarvo District\n\nMay 4, 2018\n\nFighters took the area.", []string{"Tarvo District"}},
		{"Airstrike Hits Camp in Northern Niger\n\nMay 4, 2018\n\nAn airstrike in northern Niger killed ten.", []string{"Niger", "Niger"}},
	})
}

func TestPlacesSeventhRoundLOC(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A plural feature noun names the kind of every name of the list
		// before it.
		{"Patrols covered the sea around Kessa, Pilna and Tarvo islands.", []string{"Kessa", "Pilna", "Tarvo"}},
		{"Boats reached Zorva, Kessa, and Pilna islands.", []string{"Zorva", "Kessa", "Pilna"}},
		// An apposition that names a natural feature.
		{"Patrols worked off Tarvo Lenu, the largest island, for a week.", []string{"Tarvo Lenu"}},
		{"Aid reached Pilna, a small atoll, on Monday.", []string{"Pilna"}},
		// A singular noun names the last name's kind only.
		{"Boats reached Zorva and Kessa island.", []string{"Kessa"}},
		// A facility inside another's grounds is read from its own start.
		{"Ceremonies were held at the Kessa Naval Station Parade Ground, Naval Station Tarvo, on Monday.", []string{"Kessa Naval Station Parade Ground", "Naval Station Tarvo"}},
		// A capitalised number word opens a place's name.
		{"Exercises were held at Seven Kessa Training Area and Tarvo Range Complex.", []string{"Seven Kessa Training Area", "Tarvo Range Complex"}},
		// An ordinal numbers a base in its name.
		{"Jets deployed to the 21st Kessa Air Base, Tarvo, Ruritania.", []string{"21st Kessa Air Base"}},
		// The side of an alliance's front.
		{"They discussed security along the alliance’s Southern Flank.", []string{"Southern Flank"}},
		// The named lines of latitude and longitude.
		{"Ships sailed south across the Equator and the Tropic of Capricorn.", []string{"Equator", "Tropic of Capricorn"}},
		// Gates and castles close a landmark's name.
		{"Crowds gathered at Kessa Gate and later at Tarvo Castle.", []string{"Kessa Gate", "Tarvo Castle"}},
		// A nationality adjective and "Island" describe an island.
		{"Patrols covered the Norwegian Island chain and Kessa Island.", []string{"Kessa Island"}},
		// A Title Case headline's verb ends a facility's name.
		{"Zorvik Fleet Visits Kessa Naval Base\n\nMay 4, 2018\n\nThe fleet arrived.", []string{"Kessa Naval Base"}},
		// The shore of a country or region names part of it.
		{"Patrols grew in Coastal Kenya and Coastal Central Asia.", []string{"Coastal Kenya", "Coastal Central Asia"}},
		// In a headline a compass word before a country stands for the
		// lower-case adjective unless the body writes the part too.
		{"Airstrike Hits Camp in Northern Niger\n\nMay 4, 2018\n\nAn airstrike in northern Niger killed ten.", nil},
		{"Airstrike Hits Camp in Northern Niger\n\nMay 4, 2018\n\nAn airstrike in Northern Niger killed ten.", []string{"Northern Niger", "Northern Niger"}},
	})
}

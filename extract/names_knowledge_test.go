package extract

import "testing"

// Eighth round (world knowledge for names): a sample of each region added
// to given_names.txt and family_names.txt makes an otherwise unknown
// capitalised run a person's name in an invented sentence that gives no
// other cue. The names are world knowledge; the sentences and the second
// words ("Tarvo", "Kessel") are invented.

func TestNamesKnowledgeGiven(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// Nigerian and Ghanaian.
		{"Talks with Babatunde Tarvo ended early.", []string{"Babatunde Tarvo"}},
		{"Talks with Chukwudi Tarvo ended early.", []string{"Chukwudi Tarvo"}},
		{"Talks with Kwabena Tarvo ended early.", []string{"Kwabena Tarvo"}},
		// East African: Kenyan, Ethiopian, Somali.
		{"Talks with Wanjiku Tarvo ended early.", []string{"Wanjiku Tarvo"}},
		{"Talks with Tewodros Tarvo ended early.", []string{"Tewodros Tarvo"}},
		{"Talks with Abdirahman Tarvo ended early.", []string{"Abdirahman Tarvo"}},
		// Central and Southern African.
		{"Talks with Kambale Tarvo ended early.", []string{"Kambale Tarvo"}},
		{"Talks with Sibusiso Tarvo ended early.", []string{"Sibusiso Tarvo"}},
		{"Talks with Tendai Tarvo ended early.", []string{"Tendai Tarvo"}},
		// Pacific islander.
		{"Talks with Sitiveni Tarvo ended early.", []string{"Sitiveni Tarvo"}},
		{"Talks with Viliami Tarvo ended early.", []string{"Viliami Tarvo"}},
		// Indonesian, Malaysian, Filipino.
		{"Talks with Sutrisno Tarvo ended early.", []string{"Sutrisno Tarvo"}},
		{"Talks with Khairul Tarvo ended early.", []string{"Khairul Tarvo"}},
		{"Talks with Rodel Tarvo ended early.", []string{"Rodel Tarvo"}},
		// Thai, Burmese, Cambodian, Lao, Mongolian.
		{"Talks with Thawatchai Tarvo ended early.", []string{"Thawatchai Tarvo"}},
		{"Talks with Thiha Tarvo ended early.", []string{"Thiha Tarvo"}},
		{"Talks with Sopheap Tarvo ended early.", []string{"Sopheap Tarvo"}},
		{"Talks with Bounthong Tarvo ended early.", []string{"Bounthong Tarvo"}},
		{"Talks with Enkhbold Tarvo ended early.", []string{"Enkhbold Tarvo"}},
		// Central Asian and Caucasian.
		{"Talks with Kuanysh Tarvo ended early.", []string{"Kuanysh Tarvo"}},
		{"Talks with Jahongir Tarvo ended early.", []string{"Jahongir Tarvo"}},
		{"Talks with Tornike Tarvo ended early.", []string{"Tornike Tarvo"}},
		{"Talks with Gevorg Tarvo ended early.", []string{"Gevorg Tarvo"}},
		{"Talks with Tural Tarvo ended early.", []string{"Tural Tarvo"}},
		// Latin American.
		{"Talks with Joaquín Tarvo ended early.", []string{"Joaquín Tarvo"}},
		{"Talks with Ximena Tarvo ended early.", []string{"Ximena Tarvo"}},
		// Nordic and Baltic, with and without diacritics.
		{"Talks with Torbjørn Tarvo ended early.", []string{"Torbjørn Tarvo"}},
		{"Talks with Jukka Tarvo ended early.", []string{"Jukka Tarvo"}},
		{"Talks with Guðlaugur Tarvo ended early.", []string{"Guðlaugur Tarvo"}},
		{"Talks with Gudlaugur Tarvo ended early.", []string{"Gudlaugur Tarvo"}},
		{"Talks with Mindaugas Tarvo ended early.", []string{"Mindaugas Tarvo"}},
		{"Talks with Raimonds Tarvo ended early.", []string{"Raimonds Tarvo"}},
		{"Talks with Toomas Tarvo ended early.", []string{"Toomas Tarvo"}},
		// Greek and Balkan.
		{"Talks with Panagiotis Tarvo ended early.", []string{"Panagiotis Tarvo"}},
		{"Talks with Nemanja Tarvo ended early.", []string{"Nemanja Tarvo"}},
		{"Talks with Gazmend Tarvo ended early.", []string{"Gazmend Tarvo"}},
		{"Talks with Ivaylo Tarvo ended early.", []string{"Ivaylo Tarvo"}},
		// Polish, Czech and Slovak, Hungarian, Romanian.
		{"Talks with Przemysław Tarvo ended early.", []string{"Przemysław Tarvo"}},
		{"Talks with Vojtěch Tarvo ended early.", []string{"Vojtěch Tarvo"}},
		{"Talks with Szabolcs Tarvo ended early.", []string{"Szabolcs Tarvo"}},
		{"Talks with Răzvan Tarvo ended early.", []string{"Răzvan Tarvo"}},
		// South Asian.
		{"Talks with Shailesh Tarvo ended early.", []string{"Shailesh Tarvo"}},
		{"Talks with Gurpreet Tarvo ended early.", []string{"Gurpreet Tarvo"}},
		{"Talks with Rafiqul Tarvo ended early.", []string{"Rafiqul Tarvo"}},
		{"Talks with Chaminda Tarvo ended early.", []string{"Chaminda Tarvo"}},
	})
}

func TestNamesKnowledgeFamily(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// African.
		{"The visit of Nwachukwu Tarvo to Zorvik ended.", []string{"Nwachukwu Tarvo"}},
		{"The visit of Odhiambo Tarvo to Zorvik ended.", []string{"Odhiambo Tarvo"}},
		{"The visit of Mkhize Tarvo to Zorvik ended.", []string{"Mkhize Tarvo"}},
		{"The visit of Mulenga Tarvo to Zorvik ended.", []string{"Mulenga Tarvo"}},
		// Pacific islander and Chamorro.
		{"The visit of Tuiasosopo Tarvo to Zorvik ended.", []string{"Tuiasosopo Tarvo"}},
		{"The visit of Pangelinan Tarvo to Zorvik ended.", []string{"Pangelinan Tarvo"}},
		// Indonesian and Filipino.
		{"The visit of Simatupang Tarvo to Zorvik ended.", []string{"Simatupang Tarvo"}},
		{"The visit of Dimaculangan Tarvo to Zorvik ended.", []string{"Dimaculangan Tarvo"}},
		// Lao, Central Asian and Caucasian.
		{"The visit of Phommavong Tarvo to Zorvik ended.", []string{"Phommavong Tarvo"}},
		{"The visit of Yuldashev Tarvo to Zorvik ended.", []string{"Yuldashev Tarvo"}},
		{"The visit of Maisuradze Tarvo to Zorvik ended.", []string{"Maisuradze Tarvo"}},
		{"The visit of Baghdasaryan Tarvo to Zorvik ended.", []string{"Baghdasaryan Tarvo"}},
		{"The visit of Huseynov Tarvo to Zorvik ended.", []string{"Huseynov Tarvo"}},
		// Latin American.
		{"The visit of Villalobos Tarvo to Zorvik ended.", []string{"Villalobos Tarvo"}},
		{"The visit of Nascimento Tarvo to Zorvik ended.", []string{"Nascimento Tarvo"}},
		// Nordic and Baltic.
		{"The visit of Kristiansen Tarvo to Zorvik ended.", []string{"Kristiansen Tarvo"}},
		{"The visit of Gudmundsdottir Tarvo to Zorvik ended.", []string{"Gudmundsdottir Tarvo"}},
		{"The visit of Kazlauskas Tarvo to Zorvik ended.", []string{"Kazlauskas Tarvo"}},
		// Greek, Balkan, Polish, Czech, Hungarian, Romanian.
		{"The visit of Triantafyllou Tarvo to Zorvik ended.", []string{"Triantafyllou Tarvo"}},
		{"The visit of Krasniqi Tarvo to Zorvik ended.", []string{"Krasniqi Tarvo"}},
		{"The visit of Stojanovski Tarvo to Zorvik ended.", []string{"Stojanovski Tarvo"}},
		{"The visit of Wojciechowski Tarvo to Zorvik ended.", []string{"Wojciechowski Tarvo"}},
		{"The visit of Kratochvíl Tarvo to Zorvik ended.", []string{"Kratochvíl Tarvo"}},
		{"The visit of Szilágyi Tarvo to Zorvik ended.", []string{"Szilágyi Tarvo"}},
		{"The visit of Dumitrescu Tarvo to Zorvik ended.", []string{"Dumitrescu Tarvo"}},
		// South Asian.
		{"The visit of Bhattacharjee Tarvo to Zorvik ended.", []string{"Bhattacharjee Tarvo"}},
		{"The visit of Jayasinghe Tarvo to Zorvik ended.", []string{"Jayasinghe Tarvo"}},
		{"The visit of Ghimire Tarvo to Zorvik ended.", []string{"Ghimire Tarvo"}},
	})
}

// Names left out on purpose stay what they are: a missile, an exercise, a
// company and a place are no person's first name, and a surname that is a
// noun of the land opens no person's name before a place's other words.
func TestNamesKnowledgeLeftOut(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"The Aster Tarvo battery fired twice.", nil},
		{"The Indra Tarvo drill ended early.", nil},
		{"The Leonardo Tarvo plant ended production.", nil},
		{"Costa Rican officials welcomed the ship.", nil},
		{"Floods hit Vega Tarvo on Monday.", nil},
	})
}

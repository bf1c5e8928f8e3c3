package extract

import "testing"

// TestPersonsRoundFourteen holds the fourteenth round's person rules
// (docs/decisions.md, "Fourteenth round (persons)"): contexts that make
// capitalised words a person's name when no word of the name is listed.
func TestPersonsRoundFourteen(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// A byline, and a credit after a noun for what a person made.
		{"By Boran Teskel\n\nThe fleet sailed on Monday.", []string{"Boran Teskel"}},
		{"The fleet sailed. (Army photo by Boran Teskel)", []string{"Boran Teskel"}},
		{"Story by Boran Teskel. The fleet sailed.", []string{"Boran Teskel"}},
		// Not a body's byline, nor "by" in a sentence, nor a line-opening
		// "By" whose name does not end the line.
		{"Troops advanced.\nBy Zorvik Tarvo, the column had halved.", nil},
		{"By Kessa News Agency\n\nThe fleet sailed.", nil},
		{"The deal was signed by Kessa Tarvo and Zorvik.", nil},
		// A caption's note of where a person stands.
		{"Boran Teskel (left) shakes hands with the envoy.", []string{"Boran Teskel"}},
		{"Boran Teskel (second from right) listens.", []string{"Boran Teskel"}},
		// Nouns for a person before a name, opening a sentence too.
		{"His successor, Boran Teskel, attended the funeral.", []string{"Boran Teskel"}},
		{"Photojournalist Boran Teskel was wounded.", []string{"Boran Teskel"}},
		{"Tarvo Post columnist Boran Teskel wrote that it failed.", []string{"Boran Teskel"}},
		// A passive of what is done to a person.
		{"Boran Teskel was arrested at the border.", []string{"Boran Teskel"}},
		{"Boran Teskel has been sentenced to ten years.", []string{"Boran Teskel"}},
		{"The lorry's driver, Boran Teskel, was killed on Sunday.", []string{"Boran Teskel"}},
		// Not after a preposition, a determiner or a relative pronoun,
		// nor an active perfect.
		{"Soldiers from Kessa Tarvo were killed.", nil},
		{"Mutineers in Kessa Tarvo have killed the president.", nil},
		// A verb of what people in office do.
		{"Boran Teskel chaired the meeting of the council.", []string{"Boran Teskel"}},
		{"Boran Teskel later inspected the troops.", []string{"Boran Teskel"}},
		{"The fighting began as the Kessa Tarvo hosted talks.", nil},
		{"The Foreign, Home and Defence Secretaries attended.", nil},
		{"Zorvik Air paid $2 billion for the new airliners.", nil},
		{"Exiled Zorvik Tamar leaders met in Kessa.", nil},
		// A verb of saying keeps its speaker after "that" or "and".
		{"Officials added that Kessa Tarvo told them the base was closed.", []string{"Kessa Tarvo"}},
		{"According to Kessa Tarvo, the monitoring group, the strike killed ten.", nil},
		{"The launch which Kessa Tarvo called a test failed.", nil},
		{"Officials from Kessa Member States visited the site.", nil},
		// The agent of a passive of such a verb, before a lower-case
		// word or a pause.
		{"The delegation was led by Boran Teskel.", []string{"Boran Teskel"}},
		{"The meeting was chaired by Boran Teskel in March.", []string{"Boran Teskel"}},
		{"The summit was hosted by Kessa Tarvo University.", nil},
		// The object of a verb of what is done to a person, before a
		// pause or a preposition; not a modifier of a noun.
		{"Police arrested Boran Teskel on Monday.", []string{"Boran Teskel"}},
		{"Voters elected Boran Teskel as president.", []string{"Boran Teskel"}},
		{"An airstrike killed Kessa Tarvo villagers.", nil},
		{"The envoy met Boran Teskel and Kessu Brunol in Tarvo.", []string{"Boran Teskel"}},
		{"He met with Boran Teskel, the rebel leader.", []string{"Boran Teskel"}},
		{"The minister met Kessa Tarvo officials on Monday.", nil},
		// More verbs of people, and a participle in apposition.
		{"Boran Teskel resigned on Monday.", []string{"Boran Teskel"}},
		{"Boran Teskel, speaking in Tarvo, said it was fair.", []string{"Boran Teskel"}},
		// A source after "according to".
		{"According to Boran Teskel, the attack began at dawn.", []string{"Boran Teskel"}},
		{"The talks failed, according to Boran Teskel.", []string{"Boran Teskel"}},
		{"According to Tarvo Kessa Agency, ten died.", nil},
		// A family name in capitals after given names, as European
		// institutions write it; not an acronym after an article, a head
		// word or a number.
		{"Boran TESKEL has been nominated as Head of Delegation.", []string{"Boran TESKEL"}},
		{"Ana Maria DI KESSA opened the exhibition.", []string{"Ana Maria DI KESSA"}},
		{"American SEAL teams raided the compound.", nil},
		{"The minister met Kessa TARVO officials on Monday.", nil},
		{"Ships of the Kessa ARG, the group, sailed.", nil},
		{"Joint Military Exercise KESSA TARVO opens.", nil},
		{"The carrier Ships USNS 2nd Lt. Tarn sailed.", []string{"Tarn"}},
		// A retired officer's mark in brackets after the rank, and
		// nouns for a witness.
		{"Major General (Retd) Boran Teskel arrived.", []string{"Boran Teskel"}},
		{"Lt Gen (retd.) Boran Teskel spoke.", []string{"Boran Teskel"}},
		{"Eyewitness Boran Teskel told reporters the town fell.", []string{"Boran Teskel"}},
		{"Boran bin Teskel resigned on Monday.", []string{"Boran bin Teskel"}},
		// A transcript's speaker label of two or three words.
		{"BORAN TESKEL: Good afternoon.\nPRIME MINISTER: Thank you.", []string{"BORAN TESKEL"}},
		// A Korean given name of two syllables written apart after a
		// comma.
		{"Gen. Kim, Dal Sung, deputy commander of the division, spoke.", []string{"Kim, Dal Sung"}},
		{"Minister Kessel, Seoul, Tokyo and Kessa signed the pact.", []string{"Kessel"}},
		{"Gen. Kim, Ho, and Col. Pesk attended.", []string{"Kim", "Pesk"}},
		// Appositions: a country or nationality before the noun for a
		// person, hyphenated adjectives counted as words.
		{"He met Boran Teskel, a Kenyan peace envoy, in Tarvo.", []string{"Boran Teskel"}},
		{"Boran Teskel, the self-declared new leader of the junta, spoke.", []string{"Boran Teskel"}},
		{"Boran Teskel, a native of Tarvo, joined the army.", []string{"Boran Teskel"}},
	})
}

// TestRetiredRanksRoundFourteen: a rank keeps its holder across a
// bracketed retirement mark.
func TestRetiredRanksRoundFourteen(t *testing.T) {
	runRelationCases(t, HasRank, []relationCase{
		{"Major General (Retd) Boran Teskel arrived.", []string{"Boran Teskel@21->Major General@0"}},
		{"Major General (Retd.) Boran Teskel arrived.", []string{"Boran Teskel@22->Major General@0"}},
		{"Major General (Kessa) Boran Teskel arrived.", nil},
	})
}

// TestGuessedSpeakersRoundFourteen: a speaker guessed from the verb after
// it takes the label of an organisation or place of the same text
// elsewhere in the document.
func TestGuessedSpeakersRoundFourteen(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"The militant group Zorvik Tamar attacked the base. Zorvik Tamar said it had killed ten soldiers.", []string{"Zorvik Tamar", "Zorvik Tamar"}},
	})
	runLabelCases(t, Person, []labelCase{
		{"The militant group Zorvik Tamar attacked the base. Zorvik Tamar said it had killed ten soldiers.", nil},
		{"The group attacked the base. Zorvik Tamar said it had killed ten soldiers.", []string{"Zorvik Tamar"}},
	})
}

// TestOutletKindsRoundFourteen: the kind of a news outlet after an
// unknown name makes it an organisation (org_member_nouns.txt).
func TestOutletKindsRoundFourteen(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"He told the Kessa Tarvo newspaper that the talks had failed.", []string{"Kessa Tarvo"}},
		{"The report was carried by the Kessavar news agency on Monday.", []string{"Kessavar"}},
		{"Troops entered Zorvia on Monday. The president spoke on Zorvia television.", nil},
	})
}

// TestPlaceNounsRoundFourteen: nouns of features and facilities after an
// unknown name make it a place (place_cues.tsv), "camp" only after a
// modifier.
func TestPlaceNounsRoundFourteen(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		{"Troops captured the Kessavar junction on Monday.", []string{"Kessavar"}},
		{"The militants hid in the Kessavar forest.", []string{"Kessavar"}},
		{"The attack took place at the Kessavar checkpoint.", []string{"Kessavar"}},
		{"Thousands fled to the Kessavar refugee camp.", []string{"Kessavar"}},
		{"Aides from the Kessel camp said so.", nil},
	})
}

// TestEventAppositionsRoundFourteen: an exercise's name set off by commas
// after its described cue, and two dashed parties before "joint".
func TestEventAppositionsRoundFourteen(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		{"The joint exercise, Zorvik Strike, began on Monday.", []string{"Zorvik Strike"}},
		{"During the joint exercise, Ivo Tarn said the troops were ready.", nil},
		{"After the annual exercise, Kessa Tarvo, the commander, left.", nil},
		{"The Kessa-Tarvo joint exercise began on Monday.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		{"The Kessa-Tarvo joint exercise began on Monday.", []string{"Kessa", "Tarvo"}},
	})
}

// TestOfficeAcronymsRoundFourteen: offices by their well-known acronyms
// (role_heads.txt).
func TestOfficeAcronymsRoundFourteen(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"The CJCS, Gen. Ivo Tarn, spoke.", []string{"CJCS"}},
		{"CNO Adm. Ivo Tarn visited the ship.", []string{"CNO"}},
	})
	runLabelCases(t, Org, []labelCase{
		{"The CJCS, Gen. Ivo Tarn, spoke.", nil},
	})
}

// TestWireNewsPersonsRoundFourteen: persons in the wire-news batches'
// contexts: a listed given name before a word of office, an age in
// apposition, nouns of occupations, judges and sheriffs, an envoy to a
// body.
func TestWireNewsPersonsRoundFourteen(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"A military spokesman, Roger King, says the fighting began.", []string{"Roger King"}},
		{"An Australian, Boran Teskel, aged 28, appeared in court.", []string{"Boran Teskel"}},
		{"The crash killed motorcyclist Boran Teskel on Monday.", []string{"Boran Teskel"}},
		{"Judge Boran Teskel ordered the accused held.", []string{"Boran Teskel"}},
		{"The former Ambassador to the Kessa Union Boran Teskel wrote.", []string{"Boran Teskel"}},
	})
	runLabelCases(t, Role, []labelCase{
		{"Sheriff Boran Teskel said they arrested one person.", []string{"Sheriff"}},
		{"Local Police Chief Boran Teskel says 12 died.", []string{"Police Chief"}},
		{"Kessashire's chief constable Boran Teskel wrote to them.", []string{"chief constable"}},
		{"Officials of the Security and Justice Sector Institutions met.", nil},
	})
}

package extract

import "testing"

// TestOrganisationExtentsFourteenthRound holds the cases of the fourteenth
// round's rules for where an organisation's name begins and ends
// (docs/decisions.md, "Fourteenth round (ORG extents)"), each written from
// the rule with invented names.
func TestOrganisationExtentsFourteenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A capitalised word after a portfolio word, before a topic's
		// abstract noun (singular or plural, "-ance" too), qualifies
		// that noun and is no holder's given name.
		{"Aid came from the Office of Foreign Kessa Assistance.", []string{"Office of Foreign Kessa Assistance"}},
		{"He spoke for the Bureau of Humanitarian Tarvo Operations.", []string{"Bureau of Humanitarian Tarvo Operations"}},
		{"She thanked the Ministry of Defence Ivo Tarn for the talks.", []string{"Ministry of Defence"}},
		// An unknown acronym right before a numbered fleet is the
		// fleet's state or navy, and opens its name; not before another
		// numbered unit.
		{"Sailors of the ZN 5th Fleet met in port.", []string{"ZN 5th Fleet"}},
		{"The KDF 4th Brigade moved north.", []string{"KDF", "4th Brigade"}},
		{"ARRIVES IN PORT WITH 5th Fleet ships.", []string{"5th Fleet"}},
		// A battalion named by two numbers and a branch is a higher unit
		// after a company's name and a comma.
		{"The commander of C Company, 3-12 Aviation spoke.", []string{"C Company, 3-12 Aviation"}},
		// A smaller unit of one word and an echelon, then a comma, opens
		// the numbered unit's name after it; not a unit that ranks as
		// high, nor a name of more words.
		{"Soldiers of Zorvik Troop, 2nd Kessa Cavalry Regiment left.", []string{"Zorvik Troop, 2nd Kessa Cavalry Regiment"}},
		{"Soldiers of Zorvik Division, 2nd Kessa Cavalry Regiment left.", []string{"Zorvik Division", "2nd Kessa Cavalry Regiment"}},
		{"Soldiers of Tarvo Zorvik Troop, 2nd Kessa Cavalry Regiment left.", []string{"2nd Kessa Cavalry Regiment"}},
		// "the" between a capitalised gerund and a capitalised word in a
		// name's complement is the verb's object, part of the name.
		{"The Zorvik Council for Protecting the Kessa Coast seized power.", []string{"Zorvik Council for Protecting the Kessa Coast"}},
		{"The Kessa Society for Protecting the Tarvo Coast met.", []string{"Kessa Society for Protecting the Tarvo Coast"}},
		// An office qualified by a body's or a place's name after "of
		// the" is still the office's complement.
		{"The Office of the Kessa Special Envoy for Tarvo opened.", []string{"Office of the Kessa Special Envoy for Tarvo"}},
		{"The Office of the ZU High Commissioner for Refugees helped.", []string{"Office of the ZU High Commissioner for Refugees"}},
		{"The Office of the President said.", []string{"Office of the President"}},
		// A compass point, or unknown capitalised words before
		// punctuation, after a dash that follows a body's head are the
		// theatre or station its name holds; not words before a noun or a
		// verb, nor another body.
		{"The Joint Kessa Task Force–South seized drugs.", []string{"Joint Kessa Task Force–South"}},
		{"The Marine Rotational Force – Zorvik (MRF-Z) arrived.", []string{"Marine Rotational Force – Zorvik", "MRF-Z"}},
		{"Kessa Army Contracting Command – Tarvo Island, Zorvia, is the contracting activity.", []string{"Kessa Army Contracting Command – Tarvo Island"}},
		// Not a clause after a comma that goes on in lower case.
		{"The frigates went to the Zorvik Navy – Tarvo, meanwhile, received none.", []string{"Zorvik Navy"}},
		{"The Kessa Army – Zorvik relationship grew.", []string{"Kessa Army"}},
		{"The Kessa Navy – Tarvo Navy talks ended.", []string{"Kessa Navy", "Tarvo Navy"}},
		{"Kessa Navy Command – Zorvik, Tarvia – Sailors met on Monday.", []string{"Kessa Navy Command"}},
		{"The Kessa Navy – Zorvik Exercise.", []string{"Kessa Navy"}},
		// An office's word after an ordinal and capitalised words names
		// the numbered unit's trade; elsewhere it is still an office.
		{"He serves in the 36th Kessa Advisor Squadron now.", []string{"36th Kessa Advisor Squadron"}},
		{"Kessa Advisor Ivo Tarn spoke.", nil},
		// A lower-case particle of a person's name between two
		// capitalised words belongs to the name of a body named after
		// the person.
		{"Sailors of the Ivo de Tarn Strike Group met.", []string{"Ivo de Tarn Strike Group"}},
		{"The Ivo van Tarn Foundation paid.", []string{"Ivo van Tarn Foundation"}},
		// The plurals of company heads close a name as the singulars do.
		{"The contract went to Kessa Shipyards on Monday.", []string{"Kessa Shipyards"}},
		{"The Tarvo Laboratories tested it.", []string{"Tarvo Laboratories"}},
		// Other common spellings of the Arabic nouns that open a group's
		// name.
		{"Fighters of Kataeb Zorvan fired rockets.", []string{"Kataeb Zorvan"}},
		{"A Jaysh al-Tarvo commander was killed.", []string{"Jaysh al-Tarvo"}},
		// A complement names a body of its own only by a head of its own,
		// not by one in the complement after it.
		{"He works in the Directorate-General of the Kessa Civil Protection and Humanitarian Aid Operations of the Kessa Commission. She is here.", []string{"Directorate-General of the Kessa Civil Protection and Humanitarian Aid Operations", "Kessa Commission"}},
		{"The Crisis Center of the Kessa Ministry of Health opened.", []string{"Crisis Center", "Kessa Ministry of Health"}},
	})
}

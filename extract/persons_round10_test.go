package extract

import "testing"

// TestPersonsRoundTen holds the tenth round's person rules
// (docs/decisions.md, "Tenth round (persons)"): what an apposition after
// capitalised words says of them.
func TestPersonsRoundTen(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// A noun for a person after "a" or "the", a few lower-case words
		// on.
		{"Tarvo Kelmiste, a member of the council, said so.", []string{"Tarvo Kelmiste"}},
		{"Officials said Tarvo Kelmiste, a former diplomat, had left.", []string{"Tarvo Kelmiste"}},
		{"Ossian Draboul, the senior official at the ministry, disagreed.", []string{"Ossian Draboul"}},
		// An office or a noun for a person without an article, before a
		// preposition.
		{"Ossian Draboul, director of the agency, disagreed.", []string{"Ossian Draboul"}},
		{"The plan was backed by Ossian Draboul, deputy head of the delegation.", []string{"Ossian Draboul"}},
		{"Tarvo Kessa, leader of the Zorvik Front, spoke.", []string{"Tarvo Kessa"}},
		// An age set off by commas.
		{"Grell Omanu, 54, was arrested on Monday.", []string{"Grell Omanu"}},
		{"Zorvik Dunmere, 25, and Kessa Holt, 31, were killed.", []string{"Zorvik Dunmere", "Kessa Holt"}},
		// A relative clause of a person after a name of two words.
		{"Ulma Trask, who commands the unit, spoke.", []string{"Ulma Trask"}},
		// Not "whose", which a place takes too.
		{"Port Zorvik, whose harbour froze, was closed.", nil},
		// A one-word place's name inside a name before an apposition.
		{"Ulma Sabah Kessik, a member of the council, said so.", []string{"Ulma Sabah Kessik"}},
		// A country or its nationality before the office in apposition.
		{"He met Tarvo Barre Kessel, Kenya Minister of Defense, and others.", []string{"Tarvo Barre Kessel"}},
		{"He met Tarvo Barre Kessel, the Kenyan Minister of Defense, and others.", []string{"Tarvo Barre Kessel"}},
		{"Tarvo Ulmanek, Kessa's ambassador to the UN, spoke.", []string{"Tarvo Ulmanek"}},
		// A name set off by commas before a verb of saying.
		{"The head of the delegation, Jamel Tarvosk, said the talks failed.", []string{"Jamel Tarvosk"}},
		{"Its largest town, Zorvik Kessa, said to be calm, was shelled.", nil},
		// A verb of a Title Case headline ends the subject's name: the
		// short mention of a person named in full below.
		{"Tarvosk Recognizes Kessan Efforts\n\nDefense Secretary Jim Tarvosk met them. Tarvosk thanked them.", []string{"Tarvosk", "Jim Tarvosk", "Tarvosk"}},
		// Nouns of religious and public callings before a name.
		{"The militia is loyal to Shiite cleric Tarvo al-Kessani, who pledged a truce.", []string{"Tarvo al-Kessani"}},
		{"Opposition blogger Kessa Marnov was arrested.", []string{"Kessa Marnov"}},
		{"Supporters of the jailed Tarvo Kessel marched on Monday.", []string{"Tarvo Kessel"}},
		{"Tarvosk Gives High Marks to Kessa\n\nGeneral Ivo Tarvosk praised them.", []string{"Tarvosk", "Ivo Tarvosk"}},
		{"\"Sheik Tarvo Kessani, who made the statement, is a leader,\" they said.", []string{"Tarvo Kessani"}},
		// A relative's noun after a possessive.
		{"Kessel's wife said he was innocent.", []string{"Kessel"}},
		{"Officials said Tarvo Kessel's eldest son was detained.", []string{"Tarvo Kessel"}},
		// "En Route" ends the traveller's name on a heading line.
		{"Remarks by Special Envoy Ivo Kessik En Route Madrid, Spain\n\nWe are on our way to Madrid.", []string{"Ivo Kessik"}},
		// Not a relative's noun before another noun, a state that is a
		// member, nor a facility's noun before another.
		{"Kessel's sister city is Tarvo.", nil},
		// A land's name before "administration" is no leader's.
		{"Officials of the Jubarland administration met.", nil},
		// A plural office before a list of single capitalised words.
		{"She thanked Senators Tarvel, Kosso and Drane for their help.", []string{"Tarvel", "Kosso", "Drane"}},
		{"The Foreign Ministers of Japan and Kessa met.", nil},
		// A list cut at the text's end.
		{"Senators Tarvel, and", nil},
		// Not: a thing's apposition, a number in a list, "which", a
		// place's or an organisation's name.
		{"Kessa Bay, the home of the fleet, froze.", nil},
		{"The ships of Task Group 12, 14 and 16 sailed.", nil},
		{"Tarvo Valley, which lies north, flooded.", nil},
		{"The Kessa Council, a body of elders, met.", nil},
		{"The Tarvo Mountains, a haven for militants, were shelled.", nil},
		{"Operation Kessa Shield, a mission of the navy, ended.", nil},
		{"He spoke to Kessa Radio, whose editor was arrested.", nil},
		{"Zorvik, which has 12, 14 or 16 ships, sailed.", nil},
		// The noun for a person must head its phrase.
		{"Kessa Marn, a candidate country, applied.", nil},
	})
}

// TestOrgCuesRoundTen holds the tenth round's organisation cue: a noun
// for a kind of organisation before its unknown name, whose other
// mentions are that organisation too.
func TestOrgCuesRoundTen(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"Fighters of the militant group Zorvik Tamar attacked. Officials said Zorvik Tamar was weak.", []string{"Zorvik Tamar", "Zorvik Tamar"}},
		{"The claims were made by state news agency Kessa and the army.", []string{"Kessa"}},
		{"The bank Zorvik Kessal said so.", []string{"Zorvik Kessal"}},
		// In an apposition after the name, heading its phrase.
		{"Zorvik Kessal, a militant group based in the north, claimed it.", []string{"Zorvik Kessal"}},
		{"It was claimed by Zorvik Kessal, an armed group linked to the army.", []string{"Zorvik Kessal"}},
		{"The UNC Tarvo Battalion Soldiers, a group of Kessan soldiers, left.", []string{"UNC Tarvo Battalion"}},
		// Not a rank, an office or a nationality after the noun, nor a
		// listed place.
		{"The group Commander Zorvik Kessal led attacked.", nil},
		{"The group Kenyan officials met left.", nil},
		{"The company France chose won.", nil},
	})
}

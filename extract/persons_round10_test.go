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
		{"Ulma Trask, whose brother died, spoke.", []string{"Ulma Trask"}},
		// A one-word place's name inside a name before an apposition.
		{"Tahira Sabah Alimyar, a member of the council, said so.", []string{"Tahira Sabah Alimyar"}},
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

package extract

import "testing"

// TestOrganisationsNinthRound holds the cases of the ninth round's
// organisation rules (docs/decisions.md, "Ninth round (organisations,
// second pass)"), each written from the rule with invented names.
func TestOrganisationsNinthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A higher unit numbered by a Roman numeral joins the unit
		// before it and a comma, as an ordinal's does.
		{"Marines of the 2nd Zorvik Division, IV Kessa Expeditionary Force trained.", []string{"2nd Zorvik Division, IV Kessa Expeditionary Force"}},
		// A cardinal numbers a higher unit that the echelons rank above
		// the unit before it; a count after a comma stays a count.
		{"Sappers of the 14 Tarvo Squadron, 3 Tarvo Regiment deployed.", []string{"14 Tarvo Squadron, 3 Tarvo Regiment"}},
		{"The 2nd Kessa Battalion, 400 Marines and two ships left.", []string{"2nd Kessa Battalion"}},
		// A country's name before a name that "Royal" opens is left
		// out of it; a country before another service stays.
		{"Sailors of the UK Royal Zorvik Navy met the U.S. Zorvik Navy.", []string{"Royal Zorvik Navy", "U.S. Zorvik Navy"}},
		// An ordinal before a body's name counts the event whose head
		// follows the name, not the body; a unit's ordinal is its own.
		{"The 12th Zorvik Coast Guard Founding Anniversary drew the 3rd Kessa Brigade.", []string{"Zorvik Coast Guard", "3rd Kessa Brigade"}},
		{"Veterans met at the 40th Tarvo Navy anniversary and the 2nd Kessa Brigade Anniversary.", []string{"Tarvo Navy", "2nd Kessa Brigade"}},
		{"Soldiers marked the 75th ZNA founding anniversary.", []string{"ZNA"}},
		// A theatre after a comma that closes a line is part of a
		// theatre head's name; inside a sentence it is not.
		{"Photo by Ivo Tarn, Zorvik Naval Forces, Pacific\n\nThe ships of Zorvik Naval Forces sailed.", []string{"Zorvik Naval Forces, Pacific", "Zorvik Naval Forces"}},
		{"Zorvik Naval Forces, Pacific ships and others sailed.", []string{"Zorvik Naval Forces"}},
		// A name before a body's short form is the body's when the text
		// writes it before the long form too.
		{"The Kessa Amphibious Ready Group (ARG) sailed. Later the Kessa ARG docked near the Zorvik ARG.", []string{"Kessa Amphibious Ready Group", "ARG", "Kessa ARG", "ARG"}},
		// A body's acronym and a nationality's word that ends the
		// phrase name the body's service in that language; before a
		// noun or a coordinator the word is an adjective.
		{"Ivo Tarn told ZBC Somali that the town fell, and told ZBC Khmer by phone.", []string{"ZBC Somali", "ZBC Khmer"}},
		{"The ZBC Somali desk and ZBC Turkish and Greek staff met.", []string{"ZBC", "ZBC"}},
		// "Diet" and "Legislature" head a legislature's name, as
		// "Parliament" does: a nationality's word stays before the single
		// generic noun.
		{"Members of the Tarvo Diet, the Danish Diet and the Zorvik Legislature met.", []string{"Tarvo Diet", "Danish Diet", "Zorvik Legislature"}},
	})
	runLabelCases(t, GPE, []labelCase{
		{"The frigate sailed with the UK Royal Tarvo Fleet.", []string{"UK"}},
	})
}

package extract

import "testing"

// TestOrganisationSpansSeventeenthRound holds the cases of the seventeenth
// round's rules for the bounds of organisations' names
// (docs/decisions.md, "Seventeenth round (organisation spans)"), each
// written from the rule with invented names.
func TestOrganisationSpansSeventeenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A unit's numbers stand on the name's own line: a dateline's
		// number pair above a press office is no battalion's.
		{"2024-09-09\n\nKessa Fleet Public Affairs provided the following readout:", []string{"Kessa Fleet Public Affairs"}},
		{"Ref 12-14\nZorvik Naval Forces Public Affairs released the photos.", []string{"Zorvik Naval Forces Public Affairs"}},
		{"Soldiers of the 3/5 Marines trained with Tarvo troops.", []string{"3/5 Marines"}},
		{"Airmen of the 903 Expeditionary Air Wing left Kessa.", []string{"903 Expeditionary Air Wing"}},
		// A lower-case ordinal word before a body counts the noun after
		// the name, not the body; with no such noun it stays.
		{"The Zorvik is the fourth Kessa Navy ship to visit the nation.", []string{"Kessa Navy"}},
		{"The Velmar was the second Tarvo Navy vessel to call at the port.", []string{"Tarvo Navy"}},
		{"A third Tarvo Naval Force (TNF) patrol began.", []string{"Tarvo Naval Force", "TNF"}},
		{"They visited the third Naval Area Command at the port.", []string{"third Naval Area Command"}},
		{"Officers of the fifth Zorvik Infantry Brigade were promoted.", []string{"fifth Zorvik Infantry Brigade"}},
		// A parent unit after a comma whose name has no echelon: a head
		// with a name of its own, a head that names soldiers, or a
		// British regiment's name after "The".
		{"Soldiers of the 2nd Battalion, Kessa Light Infantry arrived in Tarvo.", []string{"2nd Battalion, Kessa Light Infantry"}},
		{"Pilots of the 121st Fighter Squadron, Zorvik Air National Guard, are deployed.", []string{"121st Fighter Squadron, Zorvik Air National Guard"}},
		{"The 1st Battalion, The Rifles arrived in Tapa.", []string{"1st Battalion, The Rifles"}},
		{"The 1st Battalion, The Royal Kessan are based in Tapa.", []string{"1st Battalion, The Royal Kessan"}},
		// Not a list, a paper or a service list, nor a place.
		{"The 1st Battalion, Kessa Rifles and Tarvo Guards trained together.", []string{"1st Battalion", "Kessa Rifles", "Tarvo Guards"}},
		{"The 1st Battalion, Kessa National Guard, and the Tarvo Navy trained.", []string{"1st Battalion", "Kessa National Guard", "Tarvo Navy"}},
		{"Ivo Tarn, commander of the 2nd Battalion, The Kessa Times reported on Monday.", []string{"2nd Battalion", "Kessa Times"}},
		{"Sailors of the Kessa Army, Tarvo Air National Guard, and Zorvik Navy met.", []string{"Kessa Army", "Tarvo Air National Guard", "Zorvik Navy"}},
		{"Jets of the 104th Wing, Zorvik Air National Guard, are deployed.", []string{"104th Wing", "Zorvik Air National Guard"}},
		// A ship named with the long form of its prefix, its short form
		// in brackets or not; after the plural, the names alone.
		{"The crew of Her Majesty’s Canadian Ship (HMCS) Tarvo returned home.", []string{"Her Majesty’s Canadian Ship (HMCS) Tarvo"}},
		{"It sailed with His Majesty's Ship Velmar Star in the strait.", []string{"His Majesty's Ship Velmar Star"}},
		{"It sailed with Her Majesty’s Australian Ships Kessa and Zorvik.", []string{"Kessa", "Zorvik"}},
		// Not the style before another noun, nor a ship in lower case.
		{"His Majesty's Armed Forces trained in Tarvo.", []string{"His Majesty's Armed Forces"}},
		{"Her Majesty's ship was late.", nil},
		// A state after "for the <purpose> of" is the purpose's: it
		// stays in the name; rule 4 still cuts a body's own state.
		{"The National Council for the Reconstruction of Ukraine was established.", []string{"National Council for the Reconstruction of Ukraine"}},
		{"Rebels of the Kessa Front for the Liberation of Mozambique attacked.", []string{"Kessa Front for the Liberation of Mozambique"}},
		{"The Armed Forces of the Philippines said.", []string{"Armed Forces"}},
		{"He met the Minister for the Republic of Latvia yesterday.", nil},
		// "HQ" after a body's name is its headquarters' name; alone it
		// names none.
		{"He was deputy commander of the Kessa Air Force Command HQ, so he knows it.", []string{"Kessa Air Force Command HQ"}},
		{"He served at General Staff HQ and was promoted.", []string{"General Staff HQ"}},
		{"Troops returned to HQ on Monday.", nil},
		{"The HQ was bombed.", nil},
		// A trailing "to <country>" stays out of a name that its
		// bracketed short form spells, and the short form stays the
		// body's; "to" before no country stays in.
		{"It joined the Kessa Assistance Mission to Solomon Islands (KAMSI).", []string{"Kessa Assistance Mission", "KAMSI"}},
		{"He joined the Tarvo Assistance Mission to Somalia (TAMS) last year.", []string{"Tarvo Assistance Mission", "TAMS"}},
		{"The National Task Force to End Local Armed Conflict (NTF-ELAC) met.", []string{"National Task Force to End Local Armed Conflict", "NTF-ELAC"}},
		// An office before a comma is no earlier item of a list of the
		// name's words; a word of the name still is.
		{"He served as Commander, Kessa Education Training and Doctrine Command; then he retired.", []string{"Kessa Education Training and Doctrine Command"}},
		{"He is Director, Plans and Policy Division of the Tarvo Army.", []string{"Plans and Policy Division", "Tarvo Army"}},
		{"It is the Kessa Army Research, Development and Engineering Command.", []string{"Kessa Army Research, Development and Engineering Command"}},
		// "Armed Forces" is one head: "of the Armed Forces" is a bare
		// head's complement, part of the name; a named body after "of"
		// is still its own.
		{"It included the Joint Command of the Armed Forces in the drill.", []string{"Joint Command of the Armed Forces"}},
		{"He led the Youth Division of the Kessa Armed Forces in the drill.", []string{"Youth Division", "Kessa Armed Forces"}},
		// After "<office> of the", a listed body's whole name leaves its
		// "for" complement to the office; a head that the complement
		// names keeps it.
		{"Ivo Tarn, High Representative of the European Union for Foreign Affairs and Security Policy, said.", []string{"European Union"}},
		{"Ivo Tarn, Director of the Kessa Agency for International Development, said.", []string{"Kessa Agency for International Development"}},
		{"The Kessa Union for Peace met in Tarvo.", []string{"Kessa Union for Peace"}},
		// A capitalised run that ends in a portfolio word goes on with
		// the complement; a person's name after a complete one does not.
		{"He met with the Office of National Kessa Control Policy on Monday.", []string{"Office of National Kessa Control Policy"}},
		{"The Ministry of Defence Ivo Tarn said.", []string{"Ministry of Defence"}},
		{"It was funded through the Department of State Kessa Peace Operations Initiative and more.", []string{"Department of State"}},
	})
}

package extract

import "testing"

// TestUSReleasesSixteenthRound holds the cases of the sixteenth round's
// rules for U.S. military and diplomatic releases (docs/decisions.md,
// "Sixteenth round, second wave (U.S. releases)"), each written from the
// rule with invented names.
func TestUSReleasesSixteenthRound(t *testing.T) {
	// A ship's dateline: its position after the comma is no place, and
	// the ship's name in capitals is no town.
	runLabelCases(t, GPE, []labelCase{
		{"USS KESSA, At Sea -- Sailors trained with the navy.", nil},
		{"USNS TARVO, In Port -- Sailors loaded stores.", nil},
		{"USS KESSA, Arabian Gulf -- Sailors trained.", nil},
		{"USS KESSA, Zorvia -- Sailors trained.", []string{"Zorvia"}},
		{"KESSAVILLE, Zorvia -- Sailors trained.", []string{"KESSAVILLE", "Zorvia"}},
		{"ABOARD USS KESSA, Kessa Sea -- Sailors trained.", nil},
	})
	runLabelCases(t, Org, []labelCase{
		{"HMS TARVO, Persian Gulf -- Sailors trained.", []string{"HMS TARVO"}},
		{"ABOARD USS KESSA, Kessa Sea -- Sailors trained.", []string{"USS KESSA"}},
		// A Navy staff's press office keeps the staff's title and the
		// names a slash or a hyphen joins; "Commander" there is no office.
		{"By Petty Officer 2nd Class Teo Brannik, Commander, Kessa Naval Forces/Tarvo Fleet Public Affairs", []string{"Commander, Kessa Naval Forces/Tarvo Fleet Public Affairs"}},
		{"By Chief Petty Officer Ivo Tarn U.S. Naval Forces Europe-Commander, U.S. Sixth Fleet Public Affairs", []string{"U.S. Naval Forces Europe-Commander, U.S. Sixth Fleet Public Affairs"}},
		{"By Mass Communication Specialist 2nd Class Teo Brannik, Commander, Submarine Force Kessa Public Affairs", []string{"Commander, Submarine Force Kessa Public Affairs"}},
		{"Adm. Ivo Tarn, Commander, Kessa Fleet, visited the ship.", []string{"Kessa Fleet"}},
		{"The Kessa Fleet/Tarvo Army staff met on Monday.", []string{"Kessa Fleet", "Tarvo Army"}},
		{"Ivo Tarn, director of Kessa Fleet Public Affairs, said the ship sailed.", []string{"Kessa Fleet Public Affairs"}},
	})
	runLabelCases(t, Role, []labelCase{
		{"By Petty Officer 2nd Class Teo Brannik, Commander, Kessa Naval Forces/Tarvo Fleet Public Affairs", nil},
		{"Adm. Ivo Tarn, Commander, Kessa Fleet, visited the ship.", []string{"Commander"}},
	})
	// A credit line's unit follows the name without a comma: a body's
	// name that starts inside the name read after a rank and goes on
	// past it ends the name; a place's name read back stops after the
	// name that follows a rank's abbreviation.
	runLabelCases(t, Person, []labelCase{
		{"By Chief Petty Officer Orin Vasko Naval Forces Kessa Public Affairs", []string{"Orin Vasko"}},
		{"By Sgt. Mira Oskel Navy Region Tarvo Public Affairs", []string{"Mira Oskel"}},
		{"By Staff Sgt. Orin Vasko 1st Armored Brigade Combat Team Public Affairs", []string{"Orin Vasko"}},
		{"Lt. Col. Ivo Tarn Smith led the battalion.", []string{"Ivo Tarn Smith"}},
		{"Sgt. Trinh Van Khoa said the patrol ended.", []string{"Trinh Van Khoa"}},
	})
	runLabelCases(t, GPE, []labelCase{
		{"By Lt. Mira Oskel Kessa Region Public Affairs", nil},
		{"Gen. Ivo Tarn visited Kessa Region on Monday.", []string{"Kessa Region"}},
		{"The St. Kessa Region hosted the drill.", []string{"St. Kessa Region"}},
	})
	// The naval infantry services and a police service are heads of a
	// body's name, as "Marine Corps" is; lower case names none.
	runLabelCases(t, Org, []labelCase{
		{"Marines conducted a key leader engagement with the Zorvian Naval Infantry.", []string{"Zorvian Naval Infantry"}},
		{"Troops of the Kessan Marine Infantry landed on the beach.", []string{"Kessan Marine Infantry"}},
		{"The Tarvo Constabulary arrested two men.", []string{"Tarvo Constabulary"}},
		{"He served in the naval infantry for ten years.", nil},
	})
	// A ship named after a service member keeps the rank in its name,
	// an ordinal one too.
	runLabelCases(t, Org, []labelCase{
		{"The container ships USNS 2nd Lt. Ivo Tarn (T-AK 3011) and USNS Lance Cpl. Mira Oskel (T-AK 3012) arrived.", []string{"USNS 2nd Lt. Ivo Tarn", "USNS Lance Cpl. Mira Oskel"}},
		{"USS Kessa and Sgt. Ivo Tarn arrived.", []string{"USS Kessa"}},
	})
	runLabelCases(t, Rank, []labelCase{
		{"The container ship USNS 1st Lt. Ivo Tarn arrived.", nil},
		{"USS Kessa and Sgt. Ivo Tarn arrived.", []string{"Sgt.=Sergeant"}},
	})
	// The Coast Guard's districts and areas are one name with the
	// service before them.
	runLabelCases(t, Org, []labelCase{
		{"The cutter was deployed by the Kessa Coast Guard 17th District on Monday.", []string{"Kessa Coast Guard 17th District"}},
		{"Vice Adm. Ivo Tarn led the U.S. Coast Guard Pacific Area until May.", []string{"U.S. Coast Guard Pacific Area"}},
		{"The Kessa Coast Guard and the Zorvian navy trained together.", []string{"Kessa Coast Guard"}},
		{"The Kessa Coast Guard sent two boats to the district.", []string{"Kessa Coast Guard"}},
	})
	// A lower-case office with its portfolio in apposition right after a
	// person's name is the person's office; not an ad hoc function, not
	// after a place, not read into a longer noun phrase.
	runLabelCases(t, Role, []labelCase{
		{"Col. Ivo Tarn, director of public affairs, spoke.", []string{"director of public affairs"}},
		{"Brig. Gen. Mira Oskel, director of operations for Kessa Command, spoke.", []string{"director of operations"}},
		{"Col. Ivo Tarn, the director of logistics, spoke.", []string{"director of logistics"}},
		{"Col. Ivo Tarn, director of the exercise, spoke.", nil},
		{"In Tarvo, head of operations was vacant.", nil},
		{"Rear Adm. Ivo Tarn, director of maritime headquarters training, spoke.", nil},
	})
	// Without a portfolio, the office right before the capitalised name
	// of the body it serves, as releases write it without "of"; not a
	// modifier of an office after the name.
	runLabelCases(t, Role, []labelCase{
		{"Rear Adm. Ivo Tarn, commander Kessa Fleet, said the drill went well.", []string{"commander"}},
		{"Mira Oskel, the governor Tarvo, reported damage.", []string{"governor"}},
		{"Ivo Tarn and Mira Oskel, chief Kessa Ministry spokesperson Teo Brannik said.", []string{"spokesperson"}},
	})
	// An exercise's iteration in its year written with a point is its
	// edition; a measure after a number is not.
	runLabelCases(t, Event, []labelCase{
		{"Marines participated in exercise Tarvo Shield 25.2 at Camp Kessa.", []string{"Tarvo Shield 25.2"}},
		{"The bilateral exercise Kessa Lion 19.4 ended on Friday.", []string{"Kessa Lion 19.4"}},
		{"Exercise Tarvo Shield ran 25.2 miles of road.", []string{"Exercise Tarvo Shield"}},
	})
}

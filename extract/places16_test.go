package extract

import "testing"

// TestPlacesSixteenthRound holds the cases of the sixteenth round's rules
// for places (docs/decisions.md, "Sixteenth round (places)"), with
// invented names.
func TestPlacesSixteenthRound(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A plural feature's noun after a list names the kind of each
		// name of the list.
		{"Fishing is banned in the Kessa and Tarvo rivers.", []string{"Kessa", "Tarvo"}},
		{"Ferries cross the Zorvik, Pilna and Kessa lakes.", []string{"Zorvik", "Pilna", "Kessa"}},
		{"Floods hit the Tarvo and Kessa valleys.", []string{"Tarvo", "Kessa"}},
		{"The two rivers flow into the sea.", nil},
		{"Rivers in the region are low.", nil},
		// A sentence's opening article leaves the list after it whole.
		{"The Zorvik and Kessa islands are disputed.", []string{"Zorvik", "Kessa"}},
		// A compass word alone before a feature's noun names no feature.
		{"The Eastern islands are busy.", nil},
		{"Troops moved into the Northern mountains.", nil},
		{"The Southern and Eastern valleys are fertile.", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		// A hospital named after a person, and a memorial building.
		{"The wounded were taken to the Ivo Tarn Memorial Hospital.", []string{"Ivo Tarn Memorial Hospital"}},
		{"He died at John Kessler Hospital a short time later.", []string{"John Kessler Hospital"}},
		{"John Kessler Hospital treated the wounded.", []string{"John Kessler Hospital"}},
		{"The Qiao Zhenwei Memorial Hall was opened.", []string{"Qiao Zhenwei Memorial Hall"}},
		{"The Kessa Hospital was shelled.", nil},
		{"He spoke to Ivo Tarn at the hospital.", nil},
		{"Ivo Tarn Visits Kessa Hospital", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		// A building or monument named by its owner's possessive.
		{"He laid a wreath at Gen. Ivo Tarn's Monument.", []string{"Gen. Ivo Tarn's Monument"}},
		{"A service was held at St. Kessa's Cathedral.", []string{"St. Kessa's Cathedral"}},
		{"The attack at Tarvomongers' Hall killed two.", []string{"Tarvomongers' Hall"}},
		{"It's Memorial Day.", nil},
		{"The Army's Proving Ground was closed.", nil},
		{"Kessa's Tarvo Air Base was hit.", []string{"Tarvo Air Base"}},
		{"The Kessa Command's Headquarters moved.", nil},
		{"The President's Hotel bill was paid.", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		// A part of a river or a mountain before "of" names a feature.
		{"Bodies were recovered from the banks of the Tarvo on Monday.", []string{"Tarvo"}},
		{"The bridge spans the mouth of the Zorvik.", []string{"Zorvik"}},
		{"Troops dug in on the slopes of the Kessaberg.", []string{"Kessaberg"}},
		{"As sanctions bite, the banks of Zorvania stopped lending.", nil},
		{"The mouth of Kessaria's main river is silting up.", nil},
		{"The rebels hide in the foothills of the Zorvik.", []string{"Zorvik"}},
		{"The summit of Kessa and Tarvo leaders ended.", nil},
		{"Ivo Tarn spoke at the mouth of the cave.", nil},
		{"A tributary of the Kessa River was dammed.", []string{"Kessa River"}},
	})
	runLabelCases(t, Loc, []labelCase{
		// Buildings and installations named by a place and their kind.
		{"The guests stayed at the Tarvo State Guesthouse.", []string{"Tarvo State Guesthouse"}},
		{"The concert was held at the Kessa Arena.", []string{"Kessa Arena"}},
		{"The talks took place at the Tarvo Conference Center.", []string{"Tarvo Conference Center"}},
		{"The delegation toured the Tarvo Exhibition Hall.", []string{"Tarvo Exhibition Hall"}},
		{"The missile was fired from the Zorvik Launch Site.", []string{"Zorvik Launch Site"}},
		{"A fire broke out at the Tarvo Ammunition Depot.", []string{"Tarvo Ammunition Depot"}},
		{"Inspectors visited the Tarvo Enrichment Facility.", []string{"Tarvo Enrichment Facility"}},
		{"Protesters gathered at the Kessa Railway Station.", []string{"Kessa Railway Station"}},
		{"The reception was held at Government House on Thursday.", []string{"Government House"}},
		{"The Kessa Parliament House was evacuated.", []string{"Kessa Parliament House"}},
		{"He was held at the Kessa Detention Center.", []string{"Kessa Detention Center"}},
		{"Helicopters landed at Kessa Helipad.", []string{"Kessa Helipad"}},
		{"The satellite launched from Zorvik Cosmodrome.", []string{"Zorvik Cosmodrome"}},
		{"Coast guard vessels patrolled near the Kessa Rocks.", []string{"Kessa Rocks"}},
		{"The frigate passed through the Zorvik Narrows.", []string{"Zorvik Narrows"}},
		{"Fishing boats gathered near Tarvo Sandbank.", []string{"Tarvo Sandbank"}},
		{"A Chinese ship anchored at Tarvo Bank on Friday.", nil},
		{"The blast hit the Tarvo Shopping Centre.", []string{"Tarvo Shopping Centre"}},
		{"The shooting happened by the Kessa Vista Mall.", []string{"Kessa Vista Mall"}},
		{"The Tarvo Training Center trains 500 recruits a year.", nil},
		{"The political arena has changed.", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		// A war headline's verb ends a place's name on its left.
		{"Rebels Seize Tarvo Valley", []string{"Tarvo Valley"}},
		{"Army Recaptures Kessa Pass", []string{"Kessa Pass"}},
		{"Troops Crossed Zorvik River", []string{"Zorvik River"}},
		{"Militants Besieged Kessa Airfield", []string{"Kessa Airfield"}},
		{"The Kessa Strait was crossed by two ships.", []string{"Kessa Strait"}},
	})
	runLabelCases(t, Loc, []labelCase{
		// A person-shaped name before a feature's noun names the feature.
		{"Vietnamese forces on Truong Kessa island were resupplied.", []string{"Truong Kessa"}},
		{"The navy patrols the Hoang Tarvo archipelago.", []string{"Hoang Tarvo"}},
		{"Troops crossed the Tran Kessa mountains.", []string{"Tran Kessa"}},
		// A name holding a given name before a feature's noun.
		{"Efforts to rebuild Kessanova and San Andres islands continued.", []string{"Kessanova", "San Andres"}},
		{"The Santa Tarvo river flooded.", []string{"Santa Tarvo"}},
		{"Ivo Tarn island-hopped last year.", nil},
		{"Ivo Tarn river rafting is popular.", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		// A port named by its town after "of".
		{"Cargo ships were backed up outside the Port of Kessa for days.", []string{"Port of Kessa"}},
		{"Port of Zorvik officials declined to comment.", []string{"Port of Zorvik"}},
		{"He flew to Port of Spain on Monday.", nil},
		{"The port of Kessavar was shelled.", nil},
		{"The Mount Kessa Council met.", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		// Malay and Indonesian feature words open a LOC's name.
		{"The ship anchored off Pulau Kessa on Monday.", []string{"Pulau Kessa"}},
		{"Troops patrolled near Gunung Tarvo.", []string{"Gunung Tarvo"}},
		{"Tankers pass through Selat Zorvik every day.", []string{"Selat Zorvik"}},
	})
	runLabelCases(t, Person, []labelCase{
		{"The navy patrols the Hoang Tarvo archipelago.", nil},
		{"Nguyen Van Kessa, island chief, welcomed them.", []string{"Nguyen Van Kessa"}},
		{"He met Nguyen Van Kessa in Hanoi.", []string{"Nguyen Van Kessa"}},
		{"He laid a wreath at Gen. Ivo Tarn's Monument.", nil},
		{"He died at John Kessler Hospital a short time later.", nil},
		{"Anna Kessa, Hospital Director, spoke.", []string{"Anna Kessa"}},
	})
	runLabelCases(t, GPE, []labelCase{
		// Divisions named in their countries' languages, in lower case.
		{"Aid arrived in the Zorvik oblast.", []string{"Zorvik"}},
		{"Shelling hit the Tarvo raion overnight.", []string{"Tarvo"}},
		{"Troops massed in the Kessa and Tarvo oblasts.", []string{"Kessa", "Tarvo"}},
		{"The borough council met.", nil},
		// A noun of an attack before "on" and a name without an article.
		{"Fighters staged a surprise assault on Kessavar overnight.", []string{"Kessavar"}},
		{"The army launched an offensive on Tarvaleh.", []string{"Tarvaleh"}},
		{"The attack on the Kessa Embassy was condemned.", nil},
		{"The attack on Monday killed five.", nil},
		{"The attack on Kessin's home was condemned.", nil},
		// A participle of control glued after who holds the place.
		{"Shelling hit rebel-held Tarvaleh on Monday.", []string{"Tarvaleh"}},
		{"Troops moved into government-controlled Kessavar and Dallen.", []string{"Kessavar", "Dallen"}},
		{"Civilians fled Kessan-occupied Dallen.", []string{"Dallen"}},
		{"The state-controlled Tarvex said profits fell.", nil},
		// A port visit or call names the town visited, no port.
		{"USS Zorvik Conducts Tarvo Port Visit", []string{"Tarvo"}},
		{"The destroyer made a Kessavar Port Call last week.", []string{"Kessavar"}},
		{"Ships docked at Tarvo Port on Monday.", nil},
		// Arabic and Hebrew words that open a settlement's name.
		{"Government forces entered Tell Kessa and Ain Tarvo yesterday.", []string{"Tell Kessa", "Ain Tarvo"}},
		{"Airstrikes hit Beit Zorvik overnight.", []string{"Beit Zorvik"}},
		{"Fighting near Jisr al-Zorvik continued.", []string{"Jisr al-Zorvik"}},
		{"Beit Kessa Hospital was hit.", []string{"Beit Kessa"}},
		{"Umm Tarvo, she said, was right.", nil},
		// Such a settlement opens a list after a preposition of place.
		{"The attacks in Beit Kessa, Tarvo and Zorvik were deadly.", []string{"Beit Kessa", "Tarvo", "Zorvik"}},
		{"Fighting in Barangay Kessa, Tarvo and Zorvik continued.", []string{"Barangay Kessa", "Tarvo", "Zorvik"}},
		{"The Kessa and Tarvo districts were flooded.", []string{"Kessa", "Tarvo"}},
	})
}

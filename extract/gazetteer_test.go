package extract

import "testing"

// Seventh round (world knowledge for places): a sample of each category
// added to loc.txt and gpe.txt is found with its label in an invented
// sentence; the names are world knowledge, the sentences are invented.

func TestGazetteerSeventhRoundLOC(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// Military installations known by a name without a facility word.
		{"Tarvo flew the drones from Al Udeid to Pine Gap.", []string{"Al Udeid", "Pine Gap"}},
		{"The submarine returned to Faslane after the patrol.", []string{"Faslane"}},
		{"Zorvik Kessa trained at CFB Petawawa and RAAF Base Tindal.", []string{"CFB Petawawa", "RAAF Base Tindal"}},
		// Polar stations and airports known by name.
		{"Supplies were flown to McMurdo Station and Heathrow.", []string{"McMurdo Station", "Heathrow"}},
		// Straits, sounds and seas.
		{"The ships entered the Bab al Mandab and the Solent.", []string{"Bab al Mandab", "Solent"}},
		{"Patrols crossed Puget Sound and the Sibuyan Sea.", []string{"Puget Sound", "Sibuyan Sea"}},
		// Islands and island groups that are not states, and disputed
		// features under each claimant's name.
		{"Relief reached Tongatapu, Vava'u and Efate.", []string{"Tongatapu", "Vava'u", "Efate"}},
		{"Coast guards watched Ayungin and Huangyan from Palawan Island.", []string{"Ayungin", "Huangyan", "Palawan Island"}},
		{"Marines landed on Iwo To and Ishigaki Island.", []string{"Iwo To", "Ishigaki Island"}},
		{"Ferries linked Lemnos and Gökçeada.", []string{"Lemnos", "Gökçeada"}},
		// Historic and geographic regions.
		{"Tarvo crossed the Ardennes and the Benelux.", []string{"Ardennes", "Benelux"}},
		{"Fighting spread across the Qalamoun and the Tihama.", []string{"Qalamoun", "Tihama"}},
		// Monuments, memorials and residences.
		{"Kessa laid a wreath at the Tomb of the Unknown Soldier and Anzac Cove.", []string{"Tomb of the Unknown Soldier", "Anzac Cove"}},
		{"Talks were held at Novo-Ogaryovo and in the Great Hall of the People.", []string{"Novo-Ogaryovo", "Great Hall of the People"}},
	})
}

func TestGazetteerSeventhRoundGPE(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// Divisions and towns of Pacific island states.
		{"Lautoka, Luganville and Kimbe reported no damage.", []string{"Lautoka", "Luganville", "Kimbe"}},
		{"Yap State and Baucau signed the plan.", []string{"Yap State", "Baucau"}},
		// Central America and the Caribbean.
		{"Huehuetenango, Olancho and Gonaïves voted on Sunday.", []string{"Huehuetenango", "Olancho", "Gonaïves"}},
		{"Tarvo sailed to St. Kitts from Santo Tomás de Castilla.", []string{"St. Kitts", "Santo Tomás de Castilla"}},
		// West and East Africa.
		{"Convoys left Tamale for Dapaong and Kedougou.", []string{"Tamale", "Dapaong", "Kedougou"}},
		{"Burao, Las Anod and Dolow stayed calm.", []string{"Burao", "Las Anod", "Dolow"}},
		// Nigeria's states also as "X State", Ghana's regions, and
		// Colombia's and Venezuela's departments and states.
		{"Ogun State, Kwara and the Volta Region signed the plan.", []string{"Ogun State", "Kwara", "Volta Region"}},
		{"Putumayo and Zulia closed the crossings.", []string{"Putumayo", "Zulia"}},
		// Towns that host bases.
		{"Mozdok, Gunsan and Chitose were quiet.", []string{"Mozdok", "Gunsan", "Chitose"}},
		// A town whose first word is a listed island keeps its name.
		{"Kessa Tarvo flew from Alor Setar on Monday.", []string{"Alor Setar"}},
		// Central Asia and the Caucasus.
		{"Termez, Khorog and Mtskheta hosted the teams.", []string{"Termez", "Khorog", "Mtskheta"}},
	})
}

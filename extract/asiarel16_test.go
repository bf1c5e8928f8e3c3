package extract

import "testing"

// TestAsianReleasesServiceSuffix holds the cases of a service's acronym
// after a name in Philippine releases (docs/decisions.md, "Sixteenth
// round, second wave (Asian releases)"), with invented officers.
func TestAsianReleasesServiceSuffix(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// The acronym ends the name before a lower-case word or a bracket.
		{"Capt. Ivo Tarn PN said the ship left.", []string{"Ivo Tarn"}},
		{"Capt. Ivo Tarn PN(M) said the ship left.", []string{"Ivo Tarn"}},
		{"Maj. Kessa Marwin PA(CAV) led the troops.", []string{"Kessa Marwin"}},
		{"Capt. Ivo Tarn PN (GSC) said the ship left.", []string{"Ivo Tarn"}},
	})
	runLabelCases(t, Org, []labelCase{
		// A branch in brackets glued onto the service's acronym is part of
		// its written form; a spaced bracket is a short form of its own.
		{"Capt. Ivo Tarn PN(M) said the ship left.", []string{"PN(M)"}},
		{"Maj. Kessa Marwin PA(CAV) led the troops.", []string{"PA(CAV)"}},
		{"Capt. Ivo Tarn PN (GSC) said the ship left.", []string{"PN", "GSC"}},
	})
}

// TestAsianReleasesCompassRegion holds the cases of a "Forces" command
// named by a compass adjective and its region, with invented places.
func TestAsianReleasesCompassRegion(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"The ship was assigned to Naval Forces Western Kessa last year.", []string{"Naval Forces Western Kessa"}},
		{"Naval Forces Northern Kessa (NFNK) deployed two ships.", []string{"Naval Forces Northern Kessa", "NFNK"}},
		// Not after other heads, nor a zone's noun before an office.
		{"The 3rd Division Northern Tarvo operations ended.", []string{"3rd Division"}},
		{"The Kessa Army Western Tarvo patrols resumed.", []string{"Kessa Army"}},
		{"Gen. Ivo Tarn, the Kessa Armed Forces Southern Zone Commander, spoke.", []string{"Kessa Armed Forces"}},
	})
}

// TestAsianReleasesAffairsPortfolio holds the cases of an office's
// portfolio that unlisted words and "Affairs" make after "of".
func TestAsianReleasesAffairsPortfolio(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Secretary of Kessa Affairs Ivo Tarn attended the ceremony.", []string{"Secretary of Kessa Affairs"}},
		{"Ivo Tarn, Minister of Tarvo Affairs, met the delegation.", []string{"Minister of Tarvo Affairs"}},
		{"The Minister of Kessa Tarvo Affairs attended.", []string{"Minister of Kessa Tarvo Affairs"}},
		// A body's head after "Affairs" makes a body; no "Affairs", no
		// portfolio.
		{"The Minister of Kessa Affairs Council attended.", []string{"Minister"}},
		{"Chief of Tarvo Navy Ivo Tarn spoke.", []string{"Chief"}},
	})
}

// TestAsianReleasesLegislatureTitles holds the cases of a legislature's
// or a council's member titled before the name, and of an office's head
// that only says what kind of people a group holds.
func TestAsianReleasesLegislatureTitles(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Assemblyman Ivo Tarn filed the bill.", []string{"Assemblyman"}},
		{"Councilwoman Kessa Marwin spoke on Monday.", []string{"Councilwoman"}},
		// Before a group's noun the head names no office.
		{"Senator Team Visits Kessa Base", nil},
		{"The Lawmaker Delegation arrived on Monday.", nil},
		// Lower-case plurals stay descriptions.
		{"Many assemblymen and councilmen attended.", nil},
	})
}

// TestAsianReleasesChamberMember holds the cases of a capitalised
// "Member" of a legislature or a council, an office.
func TestAsianReleasesChamberMember(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Ms. Kessa Marwin, Member of the House of Representatives, visited Zorvik.", []string{"Member"}},
		{"President Tarvo met Kessa Marwin, Member of the Legislative Yuan.", []string{"President", "Member"}},
		{"Ivo Tarn, Member of the Tarvo Parliament, spoke.", []string{"Member"}},
		// A party's member, or a lower-case member, holds no office.
		{"Ivo Tarn, Member of the Kessa Party, spoke.", nil},
		{"He is a member of the Kessa Council.", nil},
	})
}

// TestAsianReleasesDateStampDateline holds the cases of a dateline's
// place in capitals after a release's date stamp with a clock time, or
// before a colon.
func TestAsianReleasesDateStampDateline(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		{"February 7, 2020, 4:07 pm ZORVIK CITY -- Several security issues were raised.", []string{"ZORVIK CITY"}},
		{"September 3, 2019, 10:54 am KESSA -- Two navy ships arrived.", []string{"KESSA"}},
		{"January 31, 2024 TARVO: The coast guard signed the deal.", []string{"TARVO"}},
		{"2024-01-30 ZORVIK: There is no reason to be alarmed, the admiral said.", []string{"ZORVIK"}},
		// Not before a lower-case word, nor a transcript's speakers and
		// fields, nor an office's words.
		{"The summit on March 3 ZORVIK: the talks ended.", nil},
		{"3 May 2024 TOPICS: Kessa talks. JOURNALIST: Thank you.", nil},
		{"July 29, 2023 DEFENCE MINISTER IVO TARN: Well, welcome.", nil},
	})
}

// TestAsianReleasesHonorificWithoutPeriod holds the cases of "H.E"
// written without its last period before a name.
func TestAsianReleasesHonorificWithoutPeriod(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"The ceremony was attended by H.E Zorvan Tarnik, the Ambassador of Tarvo.", []string{"Zorvan Tarnik"}},
		{"The ceremony was attended by H.E. Zorvan Tarnik, the Ambassador of Tarvo.", []string{"Zorvan Tarnik"}},
	})
}

// TestAsianReleasesOfficeStates holds the cases of an office's holder
// named after two states, or after a state named by its form.
func TestAsianReleasesOfficeStates(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Ambassador of the United Kingdom to Ukraine Zorvan Tarnik presented her credentials.", []string{"Zorvan Tarnik"}},
		{"Prime Minister of the Grand Duchy of Luxembourg Zorvan Tarnik arrived.", []string{"Zorvan Tarnik"}},
		// A place after the state that no name follows is no holder.
		{"The Minister of Defence of Japan in Tokyo Bay said.", nil},
	})
}

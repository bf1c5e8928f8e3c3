package extract

import "testing"

// TestSurnameAfterTitleUS15 holds the cases of the fifteenth round's rule
// that an abbreviated rank or an honorific before a name that ends on a
// place word makes it a person's (docs/decisions.md, "Fifteenth round (US
// releases probes)").
func TestSurnameAfterTitleUS15(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Sgt. Ana Hill said the range was ready.", []string{"Ana Hill"}},
		{"He met Lance Cpl. Deon Marsh at the base.", []string{"Deon Marsh"}},
		{"Mr. Tobin Bridge met him.", []string{"Tobin Bridge"}},
		// A title in full names places after people.
		{"The ship sailed near King Torvald Island.", nil},
		{"The plane landed at General Kessan Airport.", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		{"Sgt. Ana Hill said the range was ready.", nil},
		{"The ship sailed near King Torvald Island.", []string{"King Torvald Island"}},
		{"The plane landed at General Kessan Airport.", []string{"General Kessan Airport"}},
		{"Troops climbed Tarvo Hill on Monday.", []string{"Tarvo Hill"}},
	})
}

// TestUSGradesUS15 holds the fifteenth round's US grade abbreviations and
// naval ratings: each is a rank before a name.
func TestUSGradesUS15(t *testing.T) {
	runLabelCases(t, Rank, []labelCase{
		{"CWO3 Pete Alvarez inspected the aircraft.", []string{"CWO3=Chief Warrant Officer 3"}},
		{"SSgt Ana Vey and GySgt Tom Reel led the platoon.", []string{"SSgt=Staff Sergeant", "GySgt=Gunnery Sergeant"}},
		{"SrA Jace Morrow and A1C Reid Caddo fueled the jet.", []string{"SrA=Senior Airman", "A1C=Airman First Class"}},
		{"PO2 Lina Fass and MCPO Ray Tollan stood watch.", []string{"PO2=Petty Officer Second Class", "MCPO=Master Chief Petty Officer"}},
		{"RDML Jon Vesk spoke.", []string{"RDML=Rear Admiral (Lower Half)"}},
		{"Fireman Apprentice Ana Pell cleaned the deck.", []string{"Fireman Apprentice=Fireman Apprentice"}},
		{"Fireman Ana Pell rescued two children from the blaze.", nil},
		{"Command Master Chief Ray Tollan welcomed the crew.", []string{"Command Master Chief=Command Master Chief Petty Officer"}},
		// No name after them: no rank.
		{"The fireman said the fire was out.", nil},
		{"He trained as a fireman in Kessa.", nil},
	})
}

// TestServiceMembersUS15 holds the fifteenth round's rule that a service's
// members written capitalised ("Sailors") are no name.
func TestServiceMembersUS15(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		{"The general praised Airmen in Tarvo and Sailors at Kessa.", []string{"Tarvo", "Kessa"}},
		{"Throughout the drill, U.S. Sailors and Marines trained.", []string{"U.S."}},
	})
	runLabelCases(t, Event, []labelCase{
		{"Over the exercise Soldiers trained on first aid.", nil},
	})
	runLabelCases(t, Org, []labelCase{
		{"Soldiers of the Kessa Army trained there.", []string{"Kessa Army"}},
		// "Guardians" is not in the list: a word of bodies' names.
		{"The Army of the Guardians of the Kessa Revolution fired.", []string{"Army of the Guardians of the Kessa Revolution"}},
	})
}

// TestNavalInstallationsUS15 holds the fifteenth round's US naval and
// Marine Corps installations named by their place after the kind.
func TestNavalInstallationsUS15(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		{"Sailors visited Naval Base Kessa-Tarvo.", []string{"Naval Base Kessa-Tarvo"}},
		{"He toured Naval Weapons Station Kessa.", []string{"Naval Weapons Station Kessa"}},
		{"He toured Naval Magazine Tarvo and Naval Air Facility Kessa.", []string{"Naval Magazine Tarvo", "Naval Air Facility Kessa"}},
		{"He arrived at Kessa Naval Base on Monday.", []string{"Kessa Naval Base"}},
		// A bracket inside the name abbreviates the kind, not a longer name.
		{"The ship left Naval Support Activity (NSA) Tarvo.", []string{"Naval Support Activity (NSA) Tarvo"}},
	})
	runLabelCases(t, Person, []labelCase{
		{"Sailors visited Naval Base Kessa-Tarvo.", nil},
	})
	// An office after the name is its holder's title; a rank in full may
	// be the name's.
	runLabelCases(t, Loc, []labelCase{
		{"Naval Base Kessa Commanding Officer Capt. Ana Roe spoke.", []string{"Naval Base Kessa"}},
		{"The Naval Station Tarvo Commander spoke.", []string{"Naval Station Tarvo"}},
		{"They met at Camp General Kessa Tarn.", []string{"Camp General Kessa Tarn"}},
	})
}

// TestPartyInitialUS15 holds the fifteenth round's rule that one letter
// glued before a hyphen to a state is an initial, no place.
func TestPartyInitialUS15(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		{"Representative Ivo Tarn (R-Texas) asked about the budget.", []string{"Texas"}},
		{"Sen. Ada Voss, D-Nev., questioned the witness.", []string{"Nev."}},
		// Two names of places still are two.
		{"The U.S.-Kessa council met in Ohio.", []string{"U.S.", "Kessa", "Ohio"}},
	})
}

// TestSpaceForceDeltasUS15 holds the fifteenth round's Space Force units
// numbered after their kind.
func TestSpaceForceDeltasUS15(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"Guardians of Space Delta 9 supported the mission.", []string{"Space Delta 9"}},
		{"Mission Delta 3 and Space Base Delta 1 took part.", []string{"Mission Delta 3", "Space Base Delta 1"}},
		{"Floods hit the Kessa Delta.", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		{"Guardians of Space Delta 9 supported the mission.", nil},
		{"Floods hit the Kessa Delta.", []string{"Kessa Delta"}},
	})
}

// TestLetteredUnitsUS15 holds the fifteenth round's lower units named by
// their echelon and a letter before their parent unit.
func TestLetteredUnitsUS15(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"He trains with Company B, 1st Battalion, 34th Kessa Regiment, at the fort.", []string{"Company B, 1st Battalion, 34th Kessa Regiment"}},
		{"Soldiers with Battery A, 2nd Battalion, 11th Field Artillery Regiment, fired.", []string{"Battery A, 2nd Battalion, 11th Field Artillery Regiment"}},
		// A letter before a unit of the same echelon or a lower one stays out.
		{"They met Battalion B, 1st Company, 3rd Kessa Regiment.", []string{"1st Company, 3rd Kessa Regiment"}},
	})
}

// TestTeamEchelonUS15 holds the fifteenth round's rule that a head ending
// on "Team" ranks as the echelon it names ("Brigade Combat Team").
func TestTeamEchelonUS15(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"Soldiers of 2nd Battalion, 27th Kessa Regiment, 3rd Infantry Brigade Combat Team, 25th Infantry Division, trained.", []string{"2nd Battalion, 27th Kessa Regiment, 3rd Infantry Brigade Combat Team, 25th Infantry Division"}},
		// A head that ends on no echelon still stands apart.
		{"He leads the 297th Kessa Brigade, Tarvo Army National Guard.", []string{"297th Kessa Brigade", "Tarvo Army National Guard"}},
	})
}

// TestOfficesUS15 holds the fifteenth round's offices: a squadron's
// commodore, a committee's ranking member.
func TestOfficesUS15(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Capt. Ivo Tarn, commodore, Destroyer Squadron 40, spoke.", []string{"commodore"}},
		{"Capt. Ivo Tarn, commodore of Kessa's Task Force 55, spoke.", []string{"commodore"}},
		{"Ranking Member Jo Hart asked about the budget.", []string{"Ranking Member"}},
		// Before a name "Commodore" is a rank.
		{"Commodore Marcos Tarn arrived.", nil},
		{"A high-ranking member of the group was killed.", nil},
	})
	runLabelCases(t, Rank, []labelCase{
		{"Commodore Marcos Tarn arrived.", []string{"Commodore=Commodore"}},
	})
}

// TestAddressedOfficeUS15 holds the fifteenth round's rule that an office
// after an honorific and before punctuation is a form of address, held by
// no one named after it.
func TestAddressedOfficeUS15(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		{"Thank you, Mr. Chairman, Ranking Member Tarn, and members of the committee.", []string{"Tarn@40->Ranking Member@25"}},
		{"Mr. President, Secretary Ivo Tarn is here.", []string{"Ivo Tarn@25->Secretary@15"}},
		// With the holder's name after it, the office is his.
		{"Mr. Chairman Ivo Tarn opened the hearing.", []string{"Ivo Tarn@13->Chairman@4"}},
	})
}

// TestReleaseHeadlineVerbsUS15 holds the fifteenth round's verbs of US
// service releases' headlines, which end the name before them.
func TestReleaseHeadlineVerbsUS15(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Cutter Kessa Reyes Interdicts Vessel Near Tarvo Island", nil},
	})
	runLabelCases(t, Org, []labelCase{
		{"Kessa Wing Activates Tarvo Squadron", []string{"Kessa Wing", "Tarvo Squadron"}},
		{"Navy Christens Future USS Kessa", []string{"Navy", "USS Kessa"}},
	})
}

// TestOfficeBeforeNumberedUnitUS15 holds the fifteenth round's rule that
// an office in apposition after its holder takes a numbered unit after a
// comma as its body.
func TestOfficeBeforeNumberedUnitUS15(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Brig. Gen. Ana Roe, deputy commander, 1st Kessa Division, visited.", []string{"deputy commander"}},
		{"Capt. Ivo Tarn, commodore, 30th Naval Construction Regiment, spoke.", []string{"commodore"}},
		// A count after the comma is no unit.
		{"The commander, 500 troops and the staff left.", []string{"commander"}},
		{"Ivo Tarn, commander, 1st and 2nd platoons, left.", nil},
	})
}

// TestTaskForceNumberPairUS15 holds the fifteenth round's task forces
// numbered with their subdivision after a slash.
func TestTaskForceNumberPairUS15(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"Marines with Task Force 61/2 landed in Kessa.", []string{"Task Force 61/2"}},
		// A battalion named by numbers and its branch stands apart.
		{"Task Force 2-10 Aviation arrived.", []string{"Task Force", "2-10 Aviation"}},
	})
}

// TestShortYearBeforePastVerbUS15 holds the fifteenth round's rule that an
// exercise's year in two digits before a verb in the past tense ends its
// name.
func TestShortYearBeforePastVerbUS15(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		{"Kessa Shield 24 concluded March 14.", []string{"Kessa Shield 24"}},
		{"Freedom Shield 24 concluded on March 14.", []string{"Freedom Shield 24"}},
		// A count before its noun is no year.
		{"Exercise Kessa Shield drew 24 armed ships.", []string{"Exercise Kessa Shield"}},
	})
}

// TestHeadquartersUnitsUS15 holds the fifteenth round's headquarters
// elements named in full.
func TestHeadquartersUnitsUS15(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"Headquarters and Headquarters Company, 2nd Brigade, conducted the exercise.", []string{"Headquarters and Headquarters Company, 2nd Brigade"}},
		{"Soldiers with Headquarters and Headquarters Battery, 1st Battalion, 5th Kessa Regiment, fired.", []string{"Headquarters and Headquarters Battery, 1st Battalion, 5th Kessa Regiment"}},
	})
}

// TestPortfolioRegionsUS15 holds the fifteenth round's rule that regions
// joined by "and" in an office's "for" portfolio stay in it.
func TestPortfolioRegionsUS15(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Assistant Secretary of State for Europe and Eurasia Kara Delling met him.", []string{"Assistant Secretary of State for Europe and Eurasia"}},
		{"Deputy Assistant Secretary of Defense for South and Southeast Asia Kara Delling met him.", []string{"Deputy Assistant Secretary of Defense for South and Southeast Asia"}},
		// A country is no portfolio.
		{"The Special Envoy for Syria and Iraq arrived.", []string{"Special Envoy"}},
	})
}

// TestRankGluedAfterWordUS15 holds the fifteenth round's rule that a rank
// word glued by a hyphen after another word is half of a compound.
func TestRankGluedAfterWordUS15(t *testing.T) {
	runLabelCases(t, Rank, []labelCase{
		{"Next-Gen Kessa Radar arrives.", nil},
		{"Colombian Attorney-General Ivo Tarn spoke.", nil},
		{"Major-General Ivo Tarn arrived.", []string{"Major-General=Major General"}},
		{"Lt.-Gen. Ivo Tarn arrived.", []string{"Lt.-Gen.=Lieutenant General"}},
	})
}

// TestDLACommandsUS15 holds the fifteenth round's gazetteer entries for
// the Defense Logistics Agency's subordinate commands (world knowledge:
// contracting activities of contract notices), with an invented town.
func TestDLACommandsUS15(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"DLA Troop Support, Kessa, Pennsylvania, is the contracting activity.", []string{"DLA Troop Support"}},
		{"Defense Logistics Agency Land and Maritime, Tarvo, Ohio, is the contracting activity.", []string{"Defense Logistics Agency Land and Maritime"}},
	})
}

// TestBareOfficeBeforeCommaUS15 holds the fifteenth round's rule that an
// office without an article between commas after a name of two words
// makes it a person's.
func TestBareOfficeBeforeCommaUS15(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Renna Saul, deputy commander, said it.", []string{"Renna Saul"}},
		// A single word may end a list of places.
		{"Troops from Kessa, Tarvo and Zorvik, commander, staff and crew attended.", nil},
	})
}

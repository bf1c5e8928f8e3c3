package extract

import "testing"

// TestAsiaFifteenthRoundOffices holds the office cases of the fifteenth
// round's Asian state media probes (docs/decisions.md, "Fifteenth round
// (Asian state media probes)"), written from the rules with invented names.
func TestAsiaFifteenthRoundOffices(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		// An acronym both an office and a body names the body after an
		// office head and "of".
		{"Qiao Zhenwei, vice chairman of the CMC, attended.", []string{"vice chairman"}},
		{"Tarvo Kessa, Chairman of the CMC, spoke.", []string{"Chairman"}},
		// Elsewhere it stays an office.
		{"CMC Gen. Ivo Tarn visited the base.", []string{"CMC"}},
		{"She wrote the history of the office of the CNS.", []string{"CNS"}},
	})
	runLabelCases(t, Org, []labelCase{
		{"Qiao Zhenwei, vice chairman of the CMC, attended.", []string{"CMC"}},
	})
}

// TestAsiaFifteenthRoundPersons holds the person cases of the fifteenth
// round's Asian state media probes.
func TestAsiaFifteenthRoundPersons(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// "Comrade" is a form of address, not part of the name.
		{"Comrade Qiao Zhenwei was appointed to the post.", []string{"Qiao Zhenwei"}},
		{"Comrade Tarvo spoke first.", []string{"Tarvo"}},
	})
}

// TestAsiaFifteenthRoundUnits holds the unit cases of the fifteenth
// round's Asian state media probes.
func TestAsiaFifteenthRoundUnits(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A unit numbered after its echelon, like one numbered before
		// it, is a body apart from the body named after "of".
		{"Brigade 125 of Naval Region 2 held drills.", []string{"Brigade 125", "Naval Region 2"}},
		{"Colonel Ivo Tarn, Commander of Regiment 88 of the Kessa Military Region, spoke.", []string{"Regiment 88", "Kessa Military Region"}},
		{"The 125th Brigade of the Tarvo Army held drills.", []string{"125th Brigade", "Tarvo Army"}},
		// A complement that names no body stays in the name.
		{"Division 312 of Infantry marched.", []string{"Division 312 of Infantry"}},
		// A state's name of several words opens the body's name whole.
		{"The 1st Infantry Division of the Republic of Korea Army held drills.", []string{"1st Infantry Division", "Republic of Korea Army"}},
		{"The 2nd Brigade of the Kingdom of Cambodia Army held drills.", []string{"2nd Brigade", "Kingdom of Cambodia Army"}},
	})
}

// TestAsiaFifteenthRoundExercises holds the exercise cases of the
// fifteenth round's Asian state media probes.
func TestAsiaFifteenthRoundExercises(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// A year and lower-case words of the drill's kind before the
		// cue: the name before the year is the exercise's, a body's
		// head in it or not.
		{"Kessa Mission 2026 joint counter-terrorism exercise concluded.", []string{"Kessa Mission 2026"}},
		{"The Tarvo Shield 2026 combined naval drills began.", []string{"Tarvo Shield 2026"}},
		// Not a body that names itself alone, nor a year with no name.
		{"The Kessa Army 2026 joint exercise began.", nil},
		{"In 2026 joint exercises were held.", nil},
		// A round's letter glued to the year, and a year glued by a
		// hyphen with no cue.
		{"The Kessa Sword-2026A exercise was held.", []string{"Kessa Sword-2026A"}},
		{"The Kessa Sword-2026 ended on Friday.", []string{"Kessa Sword-2026"}},
		{"The drill Tarvo Strike-2026B ended.", []string{"Tarvo Strike-2026B"}},
		// A letter that opens a word of its own is no round.
		{"The Kessa Sword-2026 A team won.", []string{"Kessa Sword-2026"}},
		// Drills named only by generic words are a kind of drill.
		{"The navies held Joint Drills around the island.", nil},
		{"The Joint Kessa Drills ended.", []string{"Joint Kessa Drills"}},
	})
	runLabelCases(t, Org, []labelCase{
		// A year after a body's head before a lower-case word is the
		// year of what it does, not the body's number.
		{"The Zorvik Group 2026 annual report was released.", []string{"Zorvik Group"}},
		{"Task Force 51 sailed.", []string{"Task Force 51"}},
	})
}

// TestAsiaFifteenthRoundHolders holds the HAS_ROLE cases of the fifteenth
// round's Asian state media probes: a membership noun or "also" may stand
// in the apposition between a person and a later office.
func TestAsiaFifteenthRoundHolders(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		{"Qiao Zhenwei, member of the Political Bureau of the Kessa Central Committee and director of the Tarvo Office, spoke.",
			[]string{"Qiao Zhenwei@0->director@80"}},
		{"Trinh Van Khoa, member of the Party Central Committee, Deputy Minister of National Defence, spoke.",
			[]string{"Trinh Van Khoa@0->Deputy Minister of National Defence@55"}},
		{"Qiao Zhenwei, also chairman of the Kessa Commission, spoke.",
			[]string{"Qiao Zhenwei@0->chairman@19"}},
		// A capitalised word is no membership noun: the office there is
		// no one's named here.
		{"Qiao Zhenwei met Member Tarvo and the Minister of Defence.", nil},
	})
}

// TestAsiaFifteenthRoundFeatures holds the place cases of the fifteenth
// round's Asian state media probes.
func TestAsiaFifteenthRoundFeatures(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A pinyin feature word closes a reef's or an island's name
		// after a preposition of place.
		{"The coast guard expelled the vessels from the waters near Kessa Jiao.", []string{"Kessa Jiao"}},
		{"The ships patrolled off Tarvo Dao and in the Zorvik Qundao.", []string{"Tarvo Dao", "Zorvik Qundao"}},
		// It is also a given name: a person's name after a verb or a
		// rank, and after a preposition a name a listed given or family
		// name opens.
		{"Senior Colonel Li Jiao said the drills were routine.", nil},
		{"The delegation met Qiao Jiao in Beijing.", nil},
		{"The award went to Nguyen Thi Dao.", nil},
		{"The award went to John Hall.", nil},
		// After "the" the facility keeps its name.
		{"The talks were held at the Kessar Hall.", []string{"Kessar Hall"}},
		// A Title Case headline's preposition ends a place's name read
		// back from its kind.
		{"Ships Patrol Off Kessa Island", []string{"Kessa Island"}},
		{"Drills Held Around Tarvo Island\n\nThe drills were held around Tarvo Island.", []string{"Tarvo Island", "Tarvo Island"}},
		{"Troops Land On Island", nil},
		{"The ship sailed to the Isle of Kessa.", []string{"Isle of Kessa"}},
	})
	runLabelCases(t, Person, []labelCase{
		{"The award went to Nguyen Thi Dao.", []string{"Nguyen Thi Dao"}},
	})
}

// TestAsiaFifteenthRoundShips holds the ship cases of the fifteenth
// round's Asian state media probes.
func TestAsiaFifteenthRoundShips(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// An apposition that a kind of ship ends names the ship before
		// it.
		{"The Kessa, a guided-missile destroyer of the escort taskforce, departed on Tuesday.", []string{"Kessa"}},
		{"Tarvo, the navy's first aircraft carrier, returned to port.", []string{"Tarvo"}},
		// Not where the kind of ship qualifies a noun, nor in a phrase
		// after a preposition, nor a person's name.
		{"Zorvik, a destroyer captain, said the ship was ready.", nil},
		{"Zorvik, a sailor aboard the destroyer, said.", nil},
		{"Ivo Tarn, a veteran frigate, spoke.", nil},
		// A pennant number glued by a hyphen after a ship's prefix and
		// name is the ship's.
		{"KRI Kessa-378 and KRI Tarvo Zorvik-359 sailed in formation.", []string{"KRI Kessa-378", "KRI Tarvo Zorvik-359"}},
		{"The USS Tarvo-class ships sailed.", []string{"USS Tarvo"}},
		// A body's head inside a class of ship's name names no body.
		{"The navy will receive the first Littoral Mission Ship next year.", nil},
		{"The Kessa Mission Ship Tarvo sailed.", []string{"Kessa Mission", "Tarvo"}},
		{"The 7th Fleet Destroyer sailed.", []string{"7th Fleet"}},
		{"The Coast Guard Cutter sailed.", []string{"Coast Guard"}},
	})
}

// TestAsiaFifteenthRoundCommands holds the regional command cases of the
// fifteenth round's Asian state media probes.
func TestAsiaFifteenthRoundCommands(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// Indonesia's commands by their short forms, with a name or a
		// number, and a name glued to the number by a slash.
		{"He inspected the troops of Kodam Kessa in Tarvo.", []string{"Kodam Kessa"}},
		{"Troops from Lantamal V and Koarmada II joined the drill.", []string{"Lantamal V", "Koarmada II"}},
		{"Kodam XVII/Kessa deployed troops.", []string{"Kodam XVII/Kessa"}},
		{"Korem 161/Tarvo Sakti held a ceremony.", []string{"Korem 161/Tarvo Sakti"}},
		{"Task Force Kessa/Tarvo sailed.", []string{"Task Force Kessa"}},
		// Thailand's army areas.
		{"Ivo Tarn, the Royal Thai Army's Second Army Area commander, spoke.", []string{"Royal Thai Army", "Second Army Area"}},
		// The short form alone names no command.
		{"The Kodam commander said.", nil},
		// Two acronyms in brackets after a name are one short form,
		// unless the second is a listed body.
		{"The Kessa Army (TNI AD) deployed troops.", []string{"Kessa Army", "TNI AD"}},
		{"The forces (NATO ISAF) left.", []string{"NATO", "ISAF"}},
		// China's military sub-commands.
		{"Soldiers with the Tarvo Military Sub-command of the Kessa Military District patrolled.", []string{"Tarvo Military Sub-command", "Kessa Military District"}},
	})
}

// TestAsiaFifteenthRoundAgreements holds the agreement cases of the
// fifteenth round's Asian state media probes.
func TestAsiaFifteenthRoundAgreements(t *testing.T) {
	runLabelCases(t, Agreement, []labelCase{
		// A title in capitals keeps the period noun after its span of
		// years, as the lower-case subject does.
		{"They signed the Joint Vision Statement on Defence Cooperation for the 2026-2030 period.", []string{"Joint Vision Statement on Defence Cooperation for the 2026-2030 period"}},
		{"They signed the Joint Vision Statement on Defence Cooperation for the period.", []string{"Joint Vision Statement on Defence Cooperation"}},
		// A letter of intent is an instrument the parties sign.
		{"The two sides inked a Letter of Intent on defence industry cooperation.", []string{"Letter of Intent on defence industry cooperation"}},
		{"They signed a letter of intent on submarine cooperation.", []string{"letter of intent on submarine cooperation"}},
		{"He sent a letter of intent to the firm.", nil},
	})
}

// TestAsiaFifteenthRoundSettlements holds the settlement cases of the
// fifteenth round's Asian state media probes.
func TestAsiaFifteenthRoundSettlements(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// A word glued by a hyphen is a settlement's, in any case, when
		// no noun follows that the compound would qualify.
		{"Troops were deployed to Barangay Kessa-asa on Monday.", []string{"Barangay Kessa-asa"}},
		{"The fire hit Barangay Kessa-Tarvo.", []string{"Barangay Kessa-Tarvo"}},
		{"Barangay Kessa-based troops left.", []string{"Barangay Kessa"}},
	})
}

// TestAsiaFifteenthRoundDates holds the date cases of the fifteenth
// round's Asian state media probes.
func TestAsiaFifteenthRoundDates(t *testing.T) {
	const dct = "2026-11-02"
	runDateCases(t, []dateCase{
		{"a span of days with to and a year", "The drills will be held from Dec. 8 to 12, 2026.", dct,
			[]string{"Dec. 8 to 12, 2026=2026-12-08/2026-12-12"}, nil},
		{"a span of days with through and a year", "It runs December 8 through 12, 2027 in Kessa.", dct,
			[]string{"December 8 through 12, 2027=2027-12-08/2027-12-12"}, nil},
		{"a second day before the first is no span", "It ran Dec. 12 to 8, 2026.", dct,
			[]string{"Dec. 12=2026-12-12", "2026=2026"}, nil},
		{"two dates joined by to", "The ship visited Kessa Aug. 31 to Sept. 3, 2026.", dct,
			[]string{"Aug. 31 to Sept. 3, 2026=2026-08-31/2026-09-03"}, nil},
		{"two years joined by to stay apart", "He served from 1992 to 1995 in Kessa.", dct,
			[]string{"1992=1992", "1995=1995"}, nil},
		{"two dates joined by until stay apart", "He served from 1 July 2021 until 30 August 2022.", dct,
			[]string{"1 July 2021=2021-07-01", "30 August 2022=2022-08-30"}, nil},
	})
}

// TestAsiaFifteenthRoundSouthAsia holds the cases of the fifteenth
// round's Indian and Pakistani release probes.
func TestAsiaFifteenthRoundSouthAsia(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// Two initials or more without stops open a name.
		{"Lt Gen A K Kessavan reviewed the preparedness.", []string{"A K Kessavan"}},
		{"A Kessa official said.", nil},
	})
	runLabelCases(t, Rank, []labelCase{
		{"Lt Gen A K Kessavan reviewed the preparedness.", []string{"Lt Gen=Lieutenant General"}},
	})
	runLabelCases(t, Role, []labelCase{
		// Commanders-in-chief of commands by title and acronym; an
		// office glued by hyphens ends before the body's name.
		{"Ivo Tarn, GOC-in-C Northern Command, spoke.", []string{"GOC-in-C"}},
		{"Ivo Tarn, Flag Officer Commanding-in-Chief, Western Naval Command, spoke.", []string{"Flag Officer Commanding-in-Chief"}},
	})
	runLabelCases(t, Org, []labelCase{
		{"Ivo Tarn, AOC-in-C Western Air Command, spoke.", []string{"Western Air Command"}},
	})
}

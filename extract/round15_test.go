package extract

import "testing"

// TestOrganisationsFifteenthRound holds the cases of the fifteenth round's
// organisation rules (docs/decisions.md, "Fifteenth round"), each written
// from the rule with invented names.
func TestOrganisationsFifteenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A university is named by its place, listed or not: the place
		// after "of" is its official name, not a trailing country.
		{"She teaches at the University of Kenya.", []string{"University of Kenya"}},
		{"She teaches at the University of Tarvonia.", []string{"University of Tarvonia"}},
		{"The National University of Chad signed a deal.", []string{"National University of Chad"}},
		// Rule 4 still holds for other bodies.
		{"The Ministry of Defence of Kenya said.", []string{"Ministry of Defence"}},
		// A firm "of" a town that a comma and a state follow is in that
		// town; the town is not the firm's name.
		{"Tarvex Systems of Kessa Springs, Virginia, was awarded a contract.", []string{"Tarvex Systems"}},
		{"Kessel Aerospace LLC of Marsa, Ohio, received the award.", []string{"Kessel Aerospace LLC"}},
		// Not when the place opens another name in a list.
		// A stock exchange is a body; a battlegroup and a team may be
		// followed by the name of their own.
		{"He planned to bomb the Kessa Stock Exchange.", []string{"Kessa Stock Exchange"}},
		{"Tarvo leads the alliance's Battlegroup Kessa.", []string{"Battlegroup Kessa"}},
		{"The athletes of Team Tarvo arrived.", []string{"Team Tarvo"}},
		{"Team members met Ivo Tarn.", nil},
		{"Officials of the Kessa Division of Emergency Management, Arkansas Department of Health attended.", []string{"Kessa Division of Emergency Management", "Arkansas Department of Health"}},
	})
}

// TestPlacesFifteenthRound holds the fifteenth round's place cases.
func TestPlacesFifteenthRound(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// "General" is a rank too; before "Hospital" it names a building.
		{"The wounded were taken to Kessa General Hospital.", []string{"Kessa General Hospital"}},
	})
	runLabelCases(t, GPE, []labelCase{
		// Before a comma and a state that is no country, a given name is
		// a town's; a person's full name stays one, and before a country
		// a given name may be a person's.
		{"The suspect, 21, of Tessa, Ohio, was arrested.", []string{"Tessa", "Ohio"}},
		{"Members included Ivo Tessa, Ohio, and Ana Ruiz, Utah.", []string{"Ohio", "Utah"}},
		{"The envoy met Tessa, Kenya said on Monday.", []string{"Kenya"}},
		// After a weak preposition the last name of a list still needs a
		// pause or a small word after it: "and" may join two clauses.
		{"He sold shares to Kessa Bank and Brelmco bought the rest.", nil},
		{"He flew from Zorvik and Ivo Tarn said he was tired.", []string{"Zorvik"}},
		// A body's head word alone is no place, as Title Case writes it
		// after a verb of visiting.
		{"Commander of Kessa Navy Visits Fleet", nil},
	})
	runLabelCases(t, Person, []labelCase{
		{"The wounded were taken to Kessa General Hospital.", nil},
		{"Gen. Hall met the troops.", []string{"Hall"}},
	})
}

// TestOfficesFifteenthRound holds the fifteenth round's office cases.
func TestOfficesFifteenthRound(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		// The political officer beside a commander is an office.
		{"General Qiao Ming, Political Commissar of the Tarvo Theater Command, attended.", []string{"Political Commissar"}},
		{"Colonel Vo Minh Tuan, Deputy Political Commissar of Military Region 7, attended.", []string{"Deputy Political Commissar"}},
		{"Duan Kexin, political commissar of the Tarvo Military District, said.", []string{"political commissar"}},
		// Offices of a legislature's parties and chair.
		{"Statement of Senate Majority Leader Ivo Tarn on the vote", []string{"Majority Leader"}},
		{"The Senate President Pro Tempore, Ana Ruiz, spoke.", []string{"President Pro Tempore"}},
		// The commanders-in-chief of Indian and Pakistani releases, short
		// forms included; the compound the office opens is the office's.
		{"Lt Gen Ravi Tarn, GOC-in-C Kessa Command, reviewed the parade.", []string{"GOC-in-C"}},
		{"It was hosted by Lt Gen Pratik Sarin, GOC Kessa Corps.", []string{"GOC"}},
		{"Air Marshal Ivo Tarn, AOC-in-C Tarvo Air Command, visited.", []string{"AOC-in-C"}},
	})
	runLabelCases(t, Org, []labelCase{
		{"Lt Gen Ravi Tarn, GOC-in-C Kessa Command, reviewed the parade.", []string{"Kessa Command"}},
		{"Troops of the Kessa Comd moved.", []string{"Kessa Comd"}},
	})
	runLabelCases(t, Person, []labelCase{
		// One word after an office and before a body's head is the
		// body's, no holder's.
		{"It was presided over by Lt Gen Rana Tarn, GOC in C Kessa Command, on Monday.", []string{"Rana Tarn"}},
	})
}

// TestEventsFifteenthRound holds the fifteenth round's event cases.
func TestEventsFifteenthRound(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// Two words joined by "and" before an edition and a cue are one
		// name; without an edition they are the parties.
		{"Troops held the Peace and Friendship 2024 exercise with Kessa.", []string{"Peace and Friendship 2024"}},
		{"Troops held a Kessa and Tarvo exercise.", nil},
		// An edition glued by a hyphen.
		{"Troops joined the Kessa Strike-24 exercise in May.", []string{"Kessa Strike-24"}},
		// A review of warships is a ceremony.
		{"The ship took part in the International Fleet Review 2024.", []string{"International Fleet Review 2024"}},
		{"The ship joined the Kessa Fleet Review in May.", []string{"Kessa Fleet Review"}},
	})
}

// TestReviewFifteenthRound holds the cases of the fifteenth round's review
// (docs/decisions.md, "Fifteenth round: the review"): places where the
// round's new rules fired too widely.
func TestReviewFifteenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A name after a head that a name may follow stops before an
		// office, a rank or a noun for a person.
		{"Battlegroup Commander Ivo Tarn briefed reporters.", nil},
		{"The Kessa Battle Group Chief of Staff Ana Sorel spoke.", []string{"Kessa Battle Group"}},
		{"Team Tarvo Captain Ivo Tarn scored twice.", []string{"Team Tarvo"}},
	})
	runLabelCases(t, Person, []labelCase{
		// A short mention without its marks is no common word: "Tô" is
		// no "To".
		{"Deputy Minister Tô Văn Kessa met the delegation. To reach the island, they flew.", []string{"Tô Văn Kessa"}},
		{"General Nguyễn Văn Kessa visited. Nguyen said the unit was ready.", []string{"Nguyễn Văn Kessa", "Nguyen"}},
	})
	runRelationCases(t, HasRole, []relationCase{
		// A succession verb hands the office to its subject only when no
		// comma stands between: a relative clause is the object's.
		{"Ana Sorel succeeds Ivo Tarn, who was named ambassador to Velmar last month.", []string{"Ivo Tarn@19->ambassador@43"}},
		{"Kessa Velm will replace Ivo Tarn, who was appointed defence minister in May.", []string{"Ivo Tarn@24->defence minister@52"}},
	})
}

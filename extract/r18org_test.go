package extract

import (
	"reflect"
	"testing"
)

// TestOrganisationsEighteenthRound holds the cases of the eighteenth
// round's organisation rules (docs/decisions.md, "Eighteenth round
// (org)"), with invented names. Most of its bodies are listed too, so
// the cases run with the name lists emptied as well: the rule, not the
// list, must find them.
func TestOrganisationsEighteenthRound(t *testing.T) {
	noLists, err := New(Config{NoNameLists: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []labelCase{
		// The body that a state's chiefs of staff form is named by its
		// members; the plural office alone names the chiefs.
		{"Ivo Tarn, chairman of Velmaria's Joint Chiefs of Staff, arrived in Zorvik.", []string{"Joint Chiefs of Staff"}},
		{"The chairman of the Joint Chiefs of Staff met his Kessan counterpart.", []string{"Joint Chiefs of Staff"}},
		{"The service Chiefs of Staff met in Zorvik.", nil},
		// A legislature's head names it alone, capitalised inside a
		// sentence; in lower case it is a description.
		{"The bill now goes to Congress, which returns in Zorvik next week.", []string{"Congress"}},
		{"The Tarvo Senate Minority Leader, Ivo Kessel, said so.", []string{"Tarvo Senate"}},
		{"Their demands have included dissolving Parliament, appointing a new cabinet and early polls.", []string{"Parliament"}},
		{"In the Senate, we have passed a resolution.", []string{"Senate"}},
		{"The senate of the university met.", nil},
		// A legislature's chamber that English names as a house; "House"
		// alone is no head, but a body's name before its office.
		{"He met a delegation from Velmaria's House of Representatives on Monday.", []string{"House of Representatives"}},
		{"The Republican-led House of Commons has not taken up the bill.", []string{"House of Commons"}},
		{"The measure stalled, with House Speaker Ivo Kessel insisting on changes.", []string{"House"}},
		{"She was born into the House of Tarvo in Zorvik.", nil},
		// A group of states named by "G" and its number.
		{"Velmaria holds the chair of the G20 this year.", []string{"G20"}},
		{"The statement of the G77 foreign ministers was read out.", []string{"G77"}},
		{"Pilots flew the G650 jet and a G-36 glider over Zorvik.", nil},
		{"Experts came from the G5 Tarvosk countries.", nil},
		// A force's head with no name of its own before a noun of a
		// military activity qualifies the mission's kind; a named or
		// numbered force keeps its name.
		{"The bombers flew a Zorvik Task Force mission off the coast of Tarvo.", nil},
		{"Zorvik Task Force missions are critical to readiness.", nil},
		{"Task Group Deployment to Strengthen Regional Ties\n\nAn Australian Joint Task Group departed Zorvik today.", []string{"Joint Task Group"}},
		{"Task Force Tarvosk operations continued in the north.", []string{"Task Force Tarvosk"}},
		{"Combined Task Force 151 operations continued in the Gulf of Zorvik.", []string{"Combined Task Force 151"}},
		{"The Kessa Task Force said the patrol was over.", []string{"Kessa Task Force"}},
	}
	for _, p := range []*Pipeline{pipeline(t), noLists} {
		for _, c := range cases {
			if got := entitiesIn(t, p, c.text, Org); !reflect.DeepEqual(got, c.want) {
				t.Errorf("ORG in %q (name lists emptied: %v):\n got %q\nwant %q", c.text, p == noLists, got, c.want)
			}
		}
	}
}

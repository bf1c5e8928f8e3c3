package extract

import "testing"

// TestReviewSeventeenthRound holds the near misses that the review of the
// seventeenth round's rules found on text unlike the dev set
// (docs/decisions.md, "Seventeenth round: the review"), with invented
// names.
func TestReviewSeventeenthRound(t *testing.T) {
	// A date ends a one-word place's phrase after a verb of departure or
	// a visit, not after a bare "to" or "from", which take a firm or a
	// person as often.
	runLabelCases(t, GPE, []labelCase{
		{"Carney departed Zorvik March 23, 2019, and began its patrol.", []string{"Zorvik"}},
		{"His last visit was to Velmaria February 18.", []string{"Velmaria"}},
		{"The club sold its stake to Zorvatek March 3.", nil},
		{"The firm received a loan from Zorvatek March 3.", nil},
		{"Velmar transferred the shares to Kessacorp June 12.", nil},
	})
	// A compass point right after an honorific or a person's cue is a
	// given name; after an office's comma it still opens a state's.
	runLabelCases(t, Person, []labelCase{
		{"Mr North Tarn said the plan was fine.", []string{"North Tarn"}},
		{"Dr West Kessa, a surgeon, said the patient was stable.", []string{"West Kessa"}},
		{"Deputy Secretary, South Velmaria's Vice Defense Minister, arrived.", nil},
		{"He met officials of Japan and South Velmaria, the colonel said.", nil},
	})
	// A plural base's word names a list of bases after a name's words
	// ("Air Bases"), not bare at a sentence's start.
	runLabelCases(t, Loc, []labelCase{
		{"Repairs at Air Bases Kessa and Tarvo continue.", []string{"Air Bases Kessa", "Tarvo"}},
		{"Bases Kessa, Tarvo and Velmar are loaded, the announcer said.", nil},
	})
	// An opener's name closed by a body's plain head is the body's, with
	// or without a hyphen's second name; a service's head stays inside.
	runLabelCases(t, Event, []labelCase{
		{"Typhoon Kessa-Tarvo hit the coast on Monday.", []string{"Typhoon Kessa-Tarvo"}},
		{"Exercise Tarvo Navy began on Monday.", []string{"Exercise Tarvo Navy"}},
		{"The Hurricane Kessa-Tarvo Relief Fund raised money.", nil},
		{"Typhoon Velmar Recovery Foundation gave aid.", nil},
	})
	// A sentence defines a drill, not "an exercise in" a bare noun.
	runLabelCases(t, Event, []labelCase{
		{"Sailors arrived. Kessa Tarvo is a bilateral exercise in the Pacific.", []string{"Kessa Tarvo"}},
		{"Sailors arrived. Kessa Tarvo is an annual exercise in which sailors train.", []string{"Kessa Tarvo"}},
		{"Kessa Tarvo is a bilateral exercise in patience, the coach said.", nil},
	})
	// A compass point and an unknown word name a state, not before a
	// score or a table's number.
	runLabelCases(t, GPE, []labelCase{
		{"South Velmaria has poured billions into aid.", []string{"South Velmaria"}},
		{"Velmar beat East Fife 2-1 on Saturday.", nil},
		{"1. East Fife 24 pts", nil},
	})
	// A modifier glued by a hyphen to a lower-case word before it keeps
	// the compound whole.
	runLabelCases(t, Agreement, []labelCase{
		{"The non-binding agreement on salaries was signed.", []string{"non-binding agreement on salaries"}},
		{"They signed a binding agreement on fisheries.", []string{"binding agreement on fisheries"}},
	})
	// A headline's verb ends an opener's name.
	runLabelCases(t, Event, []labelCase{
		{"Operation Kessa Shield Begins in Tarvo", []string{"Operation Kessa Shield"}},
		{"Troops began Operation Kessa Shield in Tarvo.", []string{"Operation Kessa Shield"}},
	})
}

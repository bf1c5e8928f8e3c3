package extract

import "testing"

// TestEventsFourteenthRound holds the cases of the fourteenth round's
// event and agreement rules (docs/decisions.md, "Fourteenth round
// (events and agreements)"), each written from the rule with invented
// names.
func TestEventsFourteenthRound(t *testing.T) {
	runLabelCases(t, Agreement, []labelCase{
		// Two capitalised names after "between" are the agreement's
		// parties, known places or not, unless a subject follows them;
		// a run of capitalised words longer than a party's name is the
		// title going on.
		{"They hope to sign the Defence Cooperation agreement between Zorvia and Tarvia within months.", []string{"Defence Cooperation agreement"}},
		{"Talks opened on an Enhanced Partnership Agreement between the Kessan Union and Tarvia.", []string{"Enhanced Partnership Agreement"}},
		{"Troops stay under an agreement between Zorvik and Pilna.", nil},
		{"They signed the Maritime Agreement between Zorvia and Tarvia on Fisheries.", []string{"Maritime Agreement between Zorvia and Tarvia on Fisheries"}},
	})
}

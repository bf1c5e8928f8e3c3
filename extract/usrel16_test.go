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
	})
	runLabelCases(t, Org, []labelCase{
		{"HMS TARVO, Persian Gulf -- Sailors trained.", []string{"HMS TARVO"}},
	})
}

package extract

import "testing"

// TestEventsAgreementsEighteenthRound holds the cases of the eighteenth
// round's event and agreement rules (docs/decisions.md, "Eighteenth round
// (events and agreements)"), with invented names.
func TestEventsAgreementsEighteenthRound(t *testing.T) {
	// An acronym with an edition's number spaced after it, a year in two
	// digits, one digit or an iteration, is an edition of an event; a
	// number glued by a hyphen numbers a unit, and a hull's number in
	// brackets a ship.
	runLabelCases(t, Event, []labelCase{
		{"Navies of Tarvo and Velmaria will launch KESSEX 9 in the Zorvik Sea.", []string{"KESSEX 9"}},
		{"The highlight of TRV 23-3 was the landing at Zorvik.", []string{"TRV 23-3"}},
		{"Ministers worked to ensure the success of KESSAMIN 29 in Tarvik.", []string{"KESSAMIN 29"}},
		{"Marines of KBLT-8 arrived in Tarvik on Monday.", nil},
		{"The destroyer USS Kessa Tarn (DDG 75) arrived in Tarvik.", nil},
	})
}

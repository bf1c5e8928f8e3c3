package extract

import "testing"

// TestEventsSixteenthRound holds the cases of the sixteenth round's event
// rules (docs/decisions.md, "Sixteenth round (events)"), each written
// from the rule with invented names.
func TestEventsSixteenthRound(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// An acronym bracketed right after a lower-case exercise or drill
		// cue is the drill's name, and so are its other mentions; not
		// when it abbreviates the cue's own words, nor a listed body.
		{"The navy conducted a bilateral exercise (TARVEX) with the Kessa navy. TARVEX ended on Friday.", []string{"TARVEX", "TARVEX"}},
		{"The two navies held a joint drill (KESSEX) in May.", []string{"KESSEX"}},
		{"The capstone was a field training exercise (FTX) at the range.", nil},
		{"Units held search and rescue exercises (SAREX) at sea.", nil},
		{"Ships joined the exercises (NATO) in May.", nil},
		{"The unit returned from the exercise (Fwd) in May.", nil},
		// A body's name with an "of" complement before an event's head
		// opens the event's name: the body's meeting, not the body.
		{"He spoke at the Union of Tarvo States Summit in Zorvik.", []string{"Union of Tarvo States Summit"}},
		{"The Association of Tarvo Nations Meeting opened on Friday.", []string{"Association of Tarvo Nations Meeting"}},
		{"The Association of Tarvo Nations held a summit.", nil},
		{"The Union of Tarvo States Summit Secretariat issued a statement.", nil},
		{"He served in the Department of War for years.", nil},
		{"He visited the Museum of the Tarvo War on Monday.", []string{"Tarvo War"}},
	})
}

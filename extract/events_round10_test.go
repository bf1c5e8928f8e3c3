package extract

import "testing"

// TestEventsTenthRound holds the cases of the tenth round's event and
// agreement rules (docs/decisions.md, "Tenth round (events)"), each
// written from the rule with invented names.
func TestEventsTenthRound(t *testing.T) {
	runLabelCases(t, Agreement, []labelCase{
		// "peace" and "ceasefire" name the settlement any conflict ends
		// in, not an instrument's subject: after "the" alone they make a
		// common noun; a subject or the parties still name one.
		{"Zorvia delayed the implementation of the peace agreement and broke the ceasefire deal.", nil},
		{"The truce held, as did the maritime border agreement.", []string{"maritime border agreement"}},
		{"They signed the peace agreement on fishing rights in Kessa.", []string{"peace agreement on fishing rights"}},
	})
}

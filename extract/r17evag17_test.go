package extract

import "testing"

// TestEventsSeventeenthRound holds the cases of the seventeenth round's
// rules for events (docs/decisions.md, "Seventeenth round (events and
// agreements)"), written from the rules with invented names.
func TestEventsSeventeenthRound(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// A date with a month before a meeting's name is when it met,
		// not its edition; a bare year still is.
		{"Allies will carry out plans made at the July 2018 Summit.", []string{"Summit"}},
		{"She spoke at the March 2024 Kessa Security Forum.", []string{"Kessa Security Forum"}},
		{"He attended the 19 July Tarvo Forum.", []string{"Tarvo Forum"}},
		{"The 2024 Kessa Security Forum opened.", []string{"2024 Kessa Security Forum"}},
		{"Ivo Tarn won the March Madness Tournament in Velmar.", []string{"March Madness Tournament"}},
		// "RevCon" is the short head of a review conference.
		{"The delegation will preview the KWC RevCon on Monday.", []string{"KWC RevCon"}},
		{"Delegates at the Tarvo Treaty RevCon met Ivo Tarn.", []string{"Tarvo Treaty RevCon"}},
		{"The revcon files were lost.", nil},
	})
}

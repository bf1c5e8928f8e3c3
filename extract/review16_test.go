package extract

import "testing"

// TestSixteenthRoundNearMisses holds the near-misses the round's review
// found with invented sentences, each a case where a new rule fired too
// widely (docs/decisions.md, "Sixteenth round: the review"): the rule
// stays, and these stay clean.
func TestSixteenthRoundNearMisses(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// "members of" and "-owned" before a lower-case noun name a
		// family, a tribe or a place's thing, no body.
		{"Three members of the Kessa Tarvo family were killed.", nil},
		{"Members of the Zorvani Kessa tribe blocked the road.", nil},
		{"A Chinese-owned Kessaria port terminal was sold.", nil},
		{"Members of Velmar Dawn attacked the convoy.", []string{"Velmar Dawn"}},
		{"The Iranian-backed Zorvani continue to threaten shipping.", []string{"Zorvani"}},
		{"Shares of Tarvex rose 5 percent.", []string{"Tarvex"}},
		// A part's head before an office names the body alone.
		{"The ZDF Section chief, Ivo Tarn, resigned.", []string{"ZDF"}},
		// "Radio" before a common noun phrase names no outlet.
		{"Radio Frequency interference disrupted the drones.", nil},
		// A regiment's word after a people's name names that people.
		{"Nepali Gurkhas have served in the Kessan army for decades.", nil},
		{"The Kessa Rifles paraded on Monday.", []string{"Kessa Rifles"}},
	})
	runLabelCases(t, GPE, []labelCase{
		// Only a holder by force makes "-held" a place's cue.
		{"It reflects a long-held Tarvex policy of secrecy.", nil},
		{"Rebels fired remote-controlled Kessax rockets at the base.", nil},
		{"Shelling hit rebel-held Tarvaleh overnight.", []string{"Tarvaleh"}},
		// A plural feature noun that is a verb too makes no place.
		{"Analysts said Zorvania deserts its allies.", nil},
		// A person's word after a place's preposition stays a place.
		{"Mayor Ana Brelsk was re-elected. Refugees arrived in Brelsk from the north.", []string{"Brelsk"}},
	})
	runLabelCases(t, Loc, []labelCase{
		// A state's possessive names no building; a person's does.
		{"Strikes hit Tarvonia's Enrichment Facility overnight.", nil},
		{"Wreaths were laid at Gen. Tarvo's Monument on Monday.", []string{"Gen. Tarvo's Monument"}},
		{"Protesters gathered outside President Tarn's Guesthouse.", nil},
	})
	runLabelCases(t, Role, []labelCase{
		{"The Ambassador of Zorvania and Defence staff met on Monday.", []string{"Ambassador"}},
	})
	runLabelCases(t, Person, []labelCase{
		{"Ivo Tarn peaks early, his coach said.", []string{"Ivo Tarn"}},
	})
}

package extract

import "testing"

// The cases below are written from the rules of the newest dev batches'
// family (issue 11, eighth round), with invented names; none comes from an
// evaluation set.

func TestNewdevOrgs(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A state's post abroad is named by the state after "of", listed
		// or not.
		{"They met at the Embassy of Japan in Tarvo.", []string{"Embassy of Japan"}},
		{"The Consulate of India and the Embassy of Zorvia opened.", []string{"Consulate of India", "Embassy of Zorvia"}},
		// Any other body's head still leaves a country out (rule 4).
		{"The Ministry of Defence of Japan spoke.", []string{"Ministry of Defence"}},
	})
}

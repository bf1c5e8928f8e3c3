package extract

import "testing"

// TestLeadEighteenthRound holds the cases of the lead's rules of the
// eighteenth round (docs/decisions.md, "Eighteenth round (the lead's
// rules from the guideline)"), with invented names.
func TestLeadEighteenthRound(t *testing.T) {
	// A grouping listed by its founding pact is a body; a pact that is no
	// listed grouping stays an instrument.
	runLabelCases(t, Org, []labelCase{
		{"Former Warsaw Pact states joined the alliance.", []string{"Warsaw Pact"}},
		{"The Baghdad Pact met in Ankara.", []string{"Baghdad Pact"}},
		{"The Kessa Pact was signed in 1954.", nil},
	})
	runLabelCases(t, Agreement, []labelCase{
		{"Former Warsaw Pact states joined the alliance.", nil},
		{"The Kessa Pact was signed in 1954.", []string{"Kessa Pact"}},
		// "no agreement" is none; a month dates an agreement and names
		// none; parties called by a common noun name none.
		{"Tarvo reached no agreement on any deals.", nil},
		{"Talks produced no agreement on fisheries.", nil},
		{"He sold the bank under a June agreement with a dissident group.", nil},
		{"The offer follows an agreement between the companies.", nil},
		{"Kessa signed an agreement on fisheries with Tarvo.", []string{"agreement on fisheries"}},
		{"He sold the bank under the Kessa agreement with a dissident group.", []string{"Kessa agreement"}},
	})
	// A middle initial makes a person's name of one a Roman numeral ends;
	// an exercise's name has none.
	runLabelCases(t, Person, []labelCase{
		{"A group led by Ivo Tarn and Kessa E. Tarvo II said so.", []string{"Ivo Tarn", "Kessa E. Tarvo II"}},
	})
	runLabelCases(t, Event, []labelCase{
		{"A group led by Ivo Tarn and Kessa E. Tarvo II said so.", nil},
		{"Troops joined Kestrel Gull IV in the spring.", []string{"Kestrel Gull IV"}},
	})
	// A place word closes a person's name after an office of a portfolio
	// or a rank of two words written in full; a title of one word does
	// not tell.
	runLabelCases(t, Person, []labelCase{
		{"Environment Minister Ivo Hill said the plan failed.", []string{"Ivo Hill"}},
		{"Trade Representative Kessa Hills met him.", []string{"Kessa Hills"}},
		{"Lieutenant General Ivo Tarn Marsh spoke.", []string{"Ivo Tarn Marsh"}},
	})
	runLabelCases(t, Loc, []labelCase{
		{"Environment Minister Ivo Hill said the plan failed.", nil},
		{"Troops landed on King Tarvo Island.", []string{"King Tarvo Island"}},
	})
	// What a place shares with its neighbour names the place after
	// "with"; a list's later name ends before its subject's verb.
	runLabelCases(t, GPE, []labelCase{
		{"Clashes broke out near the border with Drovia.", []string{"Drovia"}},
		{"Tension on the frontier with Drovia rose on Monday.", []string{"Drovia"}},
		{"He discussed the border with Ivo Tarn.", nil},
		{"Officials from Kelvia and Tarsova spoke.", []string{"Kelvia", "Tarsova"}},
		{"A message from Kessa Tarn said so.", nil},
	})
	// An article, a bare month and a lower-case noun it dates.
	runLabelCases(t, Date, []labelCase{
		{"Tarvo recalled the February offensive.", []string{"February=XXXX-02"}},
		{"He sold the bank under a June agreement.", []string{"June=XXXX-06"}},
		{"The March on Kessa ended the war.", nil},
		{"The May government fell.", nil},
		{"The August finally came.", nil},
	})
}

package extract

import "testing"

// TestSurnameAfterTitleUS15 holds the cases of the fifteenth round's rule
// that an abbreviated rank or an honorific before a name that ends on a
// place word makes it a person's (docs/decisions.md, "Fifteenth round (US
// releases probes)").
func TestSurnameAfterTitleUS15(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Sgt. Ana Hill said the range was ready.", []string{"Ana Hill"}},
		{"He met Lance Cpl. Deon Marsh at the base.", []string{"Deon Marsh"}},
		{"Mr. Tobin Bridge met him.", []string{"Tobin Bridge"}},
		// A title in full names places after people.
		{"The ship sailed near King Torvald Island.", nil},
		{"The plane landed at General Kessan Airport.", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		{"Sgt. Ana Hill said the range was ready.", nil},
		{"The ship sailed near King Torvald Island.", []string{"King Torvald Island"}},
		{"The plane landed at General Kessan Airport.", []string{"General Kessan Airport"}},
		{"Troops climbed Tarvo Hill on Monday.", []string{"Tarvo Hill"}},
	})
}

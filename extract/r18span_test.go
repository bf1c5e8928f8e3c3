package extract

import "testing"

// TestSpanEighteenthRound holds the cases of the eighteenth round's rules
// on the extent of names (docs/decisions.md, "Eighteenth round (extents
// of names not in the lists)"), with invented names.
func TestSpanEighteenthRound(t *testing.T) {
	// A state's form and "of" before one capitalised word open the name
	// of the state's service that follows it.
	runLabelCases(t, Org, []labelCase{
		{"Sailors of the Republic of Tarvo Navy boarded the ship.", []string{"Republic of Tarvo Navy"}},
		{"The Kingdom of Zorvik Military Forces trained with them.", []string{"Kingdom of Zorvik Military Forces"}},
		// Not over an organisation's head after "of", nor without a
		// state's form before it.
		{"Ivo Tarn met the Chief of Tarvo Navy staff.", []string{"Tarvo Navy"}},
		{"He served in the Republic of Guard Navy.", []string{"Guard Navy"}},
	})
	// A nationality's or a continent's adjective before "Union" is the
	// union's own name.
	runLabelCases(t, Org, []labelCase{
		{"Troops of the Asian Union Mission in Zorvik withdrew.", []string{"Asian Union Mission in Zorvik"}},
		{"The Asian Union Tarvo Commission met on Monday.", []string{"Asian Union Tarvo Commission"}},
		// Other heads leave the adjective out.
		{"The Asian Tarvo Commission met on Monday.", []string{"Tarvo Commission"}},
	})
	// A mission's theatre that no list knows stays in its name when the
	// bracketed short form after it spells it.
	runLabelCases(t, Org, []labelCase{
		{"He served with the Kessa Training Mission in Zorvania (KTMZ) last year.", []string{"Kessa Training Mission in Zorvania", "KTMZ"}},
		// Not when the short form leaves the place out, nor after a
		// head that serves no theatre.
		{"He served with the Kessa Training Mission in Zorvania (KTM) last year.", []string{"Kessa Training Mission", "KTM"}},
		{"He joined the Kessa Training Centre in Zorvania (MZ) last year.", []string{"Kessa Training Centre", "MZ"}},
	})
	// A state's title, "of the" and an unknown name: a state.
	runLabelCases(t, GPE, []labelCase{
		{"He met the envoy of the Commonwealth of the Velmarias on Monday.", []string{"Commonwealth of the Velmarias"}},
		{"The minister will visit the Republic of the Zorvik January 14-23.", []string{"Republic of the Zorvik"}},
		// Not over a body's head or an office.
		{"He works for the State of the Navy Museum.", nil},
		{"He met the Republic of the Minister Tarvo.", nil},
	})
}

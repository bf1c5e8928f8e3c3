package extract

import "testing"

// TestWordClassesSecondPass holds cases of the eighteenth round's second
// pass over the closed word classes (docs/decisions.md, "Eighteenth round
// (word classes)"), with invented names.
func TestWordClassesSecondPass(t *testing.T) {
	// Transliterated feature words open or close a place's name.
	runLabelCases(t, Loc, []labelCase{
		{"Troops climbed Djebel Kessa at dawn.", []string{"Djebel Kessa"}},
		{"The boats sailed up the Sungai Tarvo on Monday.", []string{"Sungai Tarvo"}},
		{"Hikers reached the top of Mont Zorvik last week.", []string{"Mont Zorvik"}},
		{"Patrols watched the Zorvik Tepe ridge.", []string{"Zorvik Tepe"}},
		// Not a rank's short form written without its stop.
		{"Col Tarvo Kessa said the patrol was over.", nil},
	})
	// A ship's prefix opens its name.
	runLabelCases(t, Org, []labelCase{
		{"The frigate ARC Tarvo docked in Kessa.", []string{"ARC Tarvo"}},
		{"The crew of FNS Velmaria returned home.", []string{"FNS Velmaria"}},
	})
	// British forces' "Op" opens an operation's name as "Ex" does.
	runLabelCases(t, Event, []labelCase{
		{"Troops deployed on Op Tarvo Shield last year.", []string{"Op Tarvo Shield"}},
	})
	// A portfolio before a head and in the office's complement.
	runLabelCases(t, Role, []labelCase{
		{"The oil minister said output would rise.", []string{"oil minister"}},
		{"Kessa Tarn, the Minister of Unification, spoke.", []string{"Minister of Unification"}},
		{"Tarvo Velmar, the Honorary Consul of Kessa, spoke.", []string{"Honorary Consul"}},
		{"Kessa Tarn, Additional Secretary in the ministry, spoke.", []string{"Additional Secretary"}},
		// "regional" stays outside a capitalised office.
		{"The regional Governor said the road was shut.", []string{"Governor"}},
	})
}

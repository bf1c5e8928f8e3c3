package extract

import "testing"

// TestAblationSeventeenthRound holds the cases of the seventeenth round's
// rules written from the lists-off ablation (docs/decisions.md,
// "Seventeenth round (names without lists)"), with invented names.
func TestAblationSeventeenthRound(t *testing.T) {
	// A compass point and one unknown capitalised word name a state.
	runLabelCases(t, GPE, []labelCase{
		{"South Velmaria has poured billions into aid.", []string{"South Velmaria"}},
		{"Japan condemns North Velmaria's missile test.", []string{"Japan", "North Velmaria"}},
		{"He met officials of Japan and South Velmaria, the colonel said.", []string{"Japan", "South Velmaria"}},
		// Not inside a longer name, after "the", before a feature's or a
		// settlement's noun, nor before a facility's word.
		{"Joint Task Force South Kessa arrived.", nil},
		{"The ship sailed to the South Velmar on Monday.", nil},
		{"Patrols covered the South Velmar sea last week.", nil},
		{"Fans at South Park cheered the Tarvo Rovers.", nil},
		{"He graduated from West Point in 2001.", nil},
	})
	// A compass point before a name opens no person's name.
	runLabelCases(t, Person, []labelCase{
		{"He met officials of Japan and South Velmaria, the colonel said.", nil},
		{"Deputy Secretary, South Velmaria's Vice Defense Minister, arrived.", nil},
		{"Lt. Col. Ivo North said the plan failed.", []string{"Ivo North"}},
	})
	// An honorific ends an unknown place's name after a preposition of
	// place; after a weak one ("to") the name still needs its phrase end.
	runLabelCases(t, GPE, []labelCase{
		{"While visiting the port of Tarvik Mr Hunt saw aid arriving.", []string{"Tarvik"}},
		{"On arrival at Tarvik Dr Lee met the mayor.", []string{"Tarvik"}},
		{"Near the town of Zorvik Mrs Tarn opened a school.", []string{"Zorvik"}},
		{"The award went to Tarvik Mr Hunt.", nil},
	})
	// A date ends the phrase of a one-word name after a weak
	// preposition or a verb of travel, as a full stop does; not a longer
	// name's, as a headline's words before its date.
	runLabelCases(t, GPE, []labelCase{
		{"Carney departed Zorvik March 23, 2019, and began its patrol.", []string{"Zorvik"}},
		{"The general visited Kessavo and Tarvik Nov. 22-24.", []string{"Kessavo", "Tarvik"}},
		{"His last visit was to Velmaria February 18.", []string{"Velmaria"}},
		{"The award went to Kessa Tarn March 3.", nil},
		{"Army Marks Start to Humanitarian Drill Oct 19, 2009", nil},
	})
	// A noun for a person right before a verb of saying after a name's
	// comma is a speech tag, no apposition; before a comma it is one.
	runLabelCases(t, Person, []labelCase{
		{"It is slightly larger than Tarvo Qar, the officer said.", nil},
		{"The talks will include Kessa Velmar, the minister told reporters.", nil},
		{"Kessa Velmar, the minister, told reporters the talks failed.", []string{"Kessa Velmar"}},
		{"Kessa Velmar, the minister of defence, said the talks failed.", []string{"Kessa Velmar"}},
	})
}

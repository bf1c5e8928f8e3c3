package extract

import "testing"

// TestPlacesEighteenthRound holds the cases of the eighteenth round's
// rules for places that are GPEs, written from the lists-off ablation
// (docs/decisions.md, "Eighteenth round (places that are GPE)"), with
// invented names.
func TestPlacesEighteenthRound(t *testing.T) {
	// A dateline's state after the town's comma: a dash glued to it, an
	// official title with "of", or a state and then its country.
	runLabelCases(t, GPE, []labelCase{
		{"Kessa ships depart\n\nOct. 6, 2023\n\nTARVIK, VELMARIA- The cutter departed on Thursday.", []string{"TARVIK", "VELMARIA"}},
		{"Kessa ships depart\n\nOct. 6, 2023\n\nZORVIK, Velmaria– The ship arrived on Monday.", []string{"ZORVIK", "Velmaria"}},
		{"Kessa ships depart\n\n09/17/2024\n\nKORVA, Republic of Tarvo — At the request of the navy, patrols began.", []string{"KORVA", "Republic of Tarvo"}},
		{"Marines arrive\n\n18 Apr 2019\n\nDARVO, KT, Velmaria – Marines began arriving on Monday.", []string{"DARVO", "KT", "Velmaria"}},
		// A hyphen glued on both sides joins a compound, and a state's
		// title that ends on "of" names no state.
		{"Kessa ships depart\n\nOct. 6, 2023\n\nTARVIK, VELMARIA-BASED units left on Thursday.", nil},
		{"Kessa ships depart\n\n09/17/2024\n\nKORVA, Federal Republic of Tarvo — At the request of the navy, patrols began.", []string{"Federal Republic of Tarvo"}},
	})
	// A dateline's town in title case and its state, on the line after
	// the release's date stamp.
	runLabelCases(t, GPE, []labelCase{
		{"General visits the east\n\nNov 24, 2022\n\nTarvik, Velmaria — Gen. Ivo Kessa visited the troops.", []string{"Tarvik", "Velmaria"}},
		{"Radios handed over\n\n26.03.2021\n\nKorvath, ZORVIA— On March 26, the ambassador attended.", []string{"Korvath", "ZORVIA"}},
		{"Envoy departs\n\nAugust 30, 2017\n\nDarvik, Tarvonia, August 30, 2017 – The ambassador will depart.", []string{"Darvik", "Tarvonia"}},
		// No date stamp before the line, or the dash ends it: a heading.
		{"Press Release, Public Affairs — The general visited the troops.", nil},
		{"General visits the east\n\nNov 24, 2022\n\nTarvik, Velmaria —\nThe general visited the troops.", nil},
	})
	// An office before a state's title: the state's name is one word and
	// its holder's the two after it.
	runLabelCases(t, GPE, []labelCase{
		{"The President of the Republic of Velmaria Ivo Tarn met them.", []string{"Republic of Velmaria"}},
		{"She met the Prime Minister of the Grand Duchy of Tarvo Kessa Zorvik on Monday.", []string{"Grand Duchy of Tarvo"}},
		// No office before the title, a compass point, or a known place of
		// two words: the run is the state's.
		{"He toured the Republic of Velmaria Tarvo Kessa in May.", []string{"Republic of Velmaria Tarvo Kessa"}},
		{"The President of the Republic of South Velmaria Tarn said so.", []string{"Republic of South Velmaria Tarn"}},
	})
	runLabelCases(t, Person, []labelCase{
		{"The President of the Republic of Velmaria Ivo Tarn met them.", []string{"Ivo Tarn"}},
	})
	// An agency's credit in brackets at a line's start ends with the
	// place and the day the story was filed.
	runLabelCases(t, GPE, []labelCase{
		{"Committee visits drill\n\n2016/04/29\n\n(Kessa News Agency reporter, Ivo Tarn, Tarvik, April 28th) The committee inspected the drill.", []string{"Tarvik"}},
		{"Deputy hosts ceremony\n\n2016/06/04\n\n(By Reporter of Kessa News Agency Ivo Tarn in Zorvik on June 2) The deputy minister spoke.", []string{"Zorvik"}},
		// Not inside a sentence, nor without the day before the bracket.
		{"Drill ends\n\n2016/04/29\n\nThe drill (led by Ivo Tarn, Tarvik, April 28th) ended.", nil},
		{"Drill ends\n\n2016/04/29\n\n(Kessa News Agency reporter, Ivo Tarn, Tarvik) The drill ended.", nil},
	})
	// A violent event's noun after a name: the place it befell.
	runLabelCases(t, GPE, []labelCase{
		{"He fought during the Tarvik siege in 2013.", []string{"Tarvik"}},
		{"He was behind the Zorvik bombings and other attacks.", []string{"Zorvik"}},
		{"The Kessavo massacre, in which hundreds died, shocked them.", []string{"Kessavo"}},
		// Not a month's name, nor a body's name of two words before
		// "battle", which is no event word here.
		{"Following the February bombing of the mosque, troops moved in.", nil},
		{"Tourism fell after the Aug. 7 Embassy bombings in the capital.", nil},
		{"The Kessa Tigers battle group sailed.", nil},
	})
	// An abbreviated opener of places' names goes on with the name
	// after it in a place's context.
	runLabelCases(t, GPE, []labelCase{
		{"The drill continued in St. Tarvik, Velmaria, after the port call.", []string{"St. Tarvik", "Velmaria"}},
		{"The summit in St. Kessaburg in July was held.", []string{"St. Kessaburg"}},
		// Not an abbreviation that opens no place's name, nor one that
		// ends its line.
		{"The delegation arrived in Lt. Tarvo on Monday.", nil},
		{"The summit was held in St.\nTarvik followed.", nil},
	})
	// After "to", a verb's bare form in Title Case is no place.
	runLabelCases(t, GPE, []labelCase{
		{"They will implement the Strategy to Prevent Conflict and Promote Stability.", nil},
		{"Appointments Authorized by the Chief to Take Effect from June 16.", nil},
		{"Patrol boats sailed to Tarvik and Kessa last week.", []string{"Tarvik", "Kessa"}},
		{"The delegation flew to Tours on Monday.", []string{"Tours"}},
	})
	// A release's date line: a venue and its town, the date at one end.
	runLabelCases(t, GPE, []labelCase{
		{"Meeting with ministers\n\nFebruary 22, 2018, The Palace, Tarvik\n\nThe president met the ministers.", []string{"Tarvik"}},
		{"Minister reviews troops\n\nKessa Barracks, Zorvik, 7th November 2013.\n\nToday the minister reviewed the troops.", []string{"Zorvik"}},
		{"Remarks on arrival\n\nTarvik, 12 February 2020\n\nCheck against delivery!", []string{"Tarvik"}},
		{"New appointments\n\nTarvik 08.06.2022\n\nThe envoy announced the nominations.", []string{"Tarvik"}},
		{"Video launch\n\n8 August 2022, Kessa City - The campaign is launching today.", []string{"Kessa City"}},
		// Not a word that announces the date, a body, or a lower-case
		// part of the line.
		{"Task force deploys\n\nPublished October 10, 2019\n\nThe bombers arrived.", nil},
		{"Telephone talk\n\nKessa Secretariat, Sunday, April 09, 2017\n\nThe prime minister spoke.", nil},
		{"Telephone talk\n\nRemarks by Ivo Kessa, 12 February 2020\n\nThe prime minister spoke.", nil},
	})
	// A place named elsewhere with a natural feature's noun is that
	// feature.
	runLabelCases(t, Loc, []labelCase{
		{"Garrison trains\n\nOctober 6, 2015\n\n(Written by Reporter Ivo Tarn, Korvu, October 6th)\n\nThe Korvu Islands garrison trained.", []string{"Korvu", "Korvu Islands"}},
	})
}

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

func TestNewdevDates(t *testing.T) {
	const dct = "2030-08-20"
	runDateCases(t, []dateCase{
		// "this past" or "this coming" before a month: the month nearest
		// the document's date on that side.
		{"this past month name", "Ivo Tarn visited Kessa this past April.", dct, []string{"this past April=2030-04"}, nil},
		{"this past month after the date's month", "Tarvo held a drill this past October.", dct, []string{"this past October=2029-10"}, nil},
		{"this coming month name", "Zorvik will host it this coming March.", dct, []string{"this coming March=2031-03"}, nil},
		// "this past year" is the document's own year.
		{"this past year", "Much was done this past year.", dct, []string{"this past year=2030"}, nil},
	})
}

func TestNewdevPersons(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// An office whose country or body follows it, then a comma: the
		// holder is set off after it, listed name or not.
		{"Talks with the Minister of Defence of Latvia, Zorvan Kessilo, ended.", []string{"Zorvan Kessilo"}},
		{"The Deputy Director of the Department of Tarvo Affairs, Ana Marvik, and the Chief of Staff came.", []string{"Ana Marvik"}},
		{"A call with the Minister of Defence for the Republic of Latvia, Ivo Tarnaks, took place.", []string{"Ivo Tarnaks"}},
		// A place after the comma is no holder.
		{"He met the Minister of Defence of Latvia, Estonia and Finland.", nil},
	})
}

func TestNewdevRanks(t *testing.T) {
	runLabelCases(t, Rank, []labelCase{
		// A rank word before "Officer" names a class of officers.
		{"The number of General Officers and of Flag Officer posts fell.", nil},
		{"Changes to General Officers' Appointments", nil},
		// A rank before a name, and a rank of two words with "Officer",
		// stay ranks.
		{"General Ivo Tarn met Warrant Officer Ana Ruiz.", []string{"General=General", "Warrant Officer=Warrant Officer"}},
	})
	runLabelCases(t, Person, []labelCase{
		{"The number of General Officers fell.", nil},
	})
	// A rank that is also an office names the office before its body's
	// name, and stays a rank before a person's.
	runLabelCases(t, Rank, []labelCase{
		{"Ivo Tarn, as Commander Naval Sea Systems Command, spoke.", nil},
		{"Commander Joint Forces Tarvo, Rear Admiral Ivo Tarn, spoke.", []string{"Rear Admiral=Rear Admiral"}},
		{"Commander Ana Ruiz and Colonel Ivo Tarn Brigade Commander spoke.", []string{"Commander=Commander", "Colonel=Colonel"}},
	})
	runLabelCases(t, Role, []labelCase{
		{"Ivo Tarn, as Commander Naval Sea Systems Command, spoke.", []string{"Commander"}},
	})
}

func TestNewdevOffices(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		// "Mission" and "Delegation" are portfolios of the diplomatic
		// offices, singular or plural.
		{"The Chiefs of Mission met in Tarvo.", []string{"Chiefs of Mission"}},
		{"Ivo Tarn, Head of Delegation, spoke.", []string{"Head of Delegation"}},
		// A body with a name of its own still ends the office.
		{"Ana Ruiz, Head of the Zorvan Mission to Kessa, spoke.", []string{"Head"}},
		// A department's office opens with its head before a
		// capitalised office; before a lower-case one the head ends the
		// body's name.
		{"Ivo Tarn, Department Spokesperson, spoke.", []string{"Department Spokesperson"}},
		{"Defense Department spokesman Ivo Tarn spoke.", []string{"spokesman"}},
		{"Deputy Chief Cabinet Secretary Ivo Tarn spoke.", []string{"Deputy Chief Cabinet Secretary"}},
		// A spokesman's portfolio word names the body he speaks for; a
		// modifier of the office itself stays.
		{"A military spokesman said it, and the army spokesman agreed.", []string{"spokesman", "spokesman"}},
		{"Deputy spokesman Ana Ruiz spoke.", []string{"Deputy spokesman"}},
		// The unit a lower-case commander leads is part of his office.
		{"Ivo Tarn was appointed as mission commander; Ana Ruiz, the company commander, spoke.", []string{"mission commander", "company commander"}},
		{"The Mission Force Commander, Ivo Tarn, spoke.", []string{"Mission Force Commander"}},
		// A common word in lower case before a capitalised office is the
		// sentence's; an office's own word stays.
		{"It was signed under Prime Minister Ana Ruiz and under Secretary Ivo Tarn.", []string{"Prime Minister", "Secretary"}},
		{"The boat is named after the first Commander of the Zorvan Navy.", []string{"Commander"}},
		{"He met deputy Defense Minister Ivo Tarn.", []string{"deputy Defense Minister"}},
		// The European Union's foreign-policy chief's full title, with
		// "of the Union" and no body named, is one office.
		{"Ivo Tarn, High Representative of the Union for Foreign Affairs and Security Policy, spoke.",
			[]string{"High Representative of the Union for Foreign Affairs and Security Policy"}},
	})
}

func TestNewdevPlaces(t *testing.T) {
	// A body named up to "Office" is the building where a visitor is,
	// or is welcomed to; where the sentence acts on it, the body.
	runLabelCases(t, Loc, []labelCase{
		{"I welcome you all to the Tarvo Office. We met here at the Kessa Office.", []string{"Tarvo Office", "Kessa Office"}},
		{"He wrote to the Tarvo Office, and the Kessa Office replied.", nil},
	})
	runLabelCases(t, Org, []labelCase{
		{"He wrote to the Tarvo Office, and the Kessa Office replied.", []string{"Tarvo Office", "Kessa Office"}},
	})
}

package extract

import "testing"

// TestPlacesFromContextFifteenthRound holds the cases of the fifteenth
// round's second-wave rules for places found from their context alone
// (docs/decisions.md, "Fifteenth round, second wave (places)"), with
// invented names.
func TestPlacesFromContextFifteenthRound(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// "nearby" before a name is a place's word, as "near" is.
		{"Troops are stationed in Kessavar and nearby Dallen.", []string{"Kessavar", "Dallen"}},
		{"Shells also fell on nearby Tarvaleh on Monday.", []string{"Tarvaleh"}},
		{"The wounded were taken to nearby Zorvik Hospital.", nil},
		// A town's office, as a state's, names its place before it.
		{"Dravnik Mayor Ivo Tarn welcomed the guests.", []string{"Dravnik"}},
		{"The visit was hosted by Tesmir Governor Qiao Zhenwei.", []string{"Tesmir"}},
		{"Kessavar Vice Governor Ivo Tarn spoke.", []string{"Kessavar"}},
		{"Central Bank Governor Ivo Tarn spoke.", nil},
		{"Acting Mayor Ivo Tarn spoke.", nil},
		// "out of" is a weak place's preposition: the name ends its phrase.
		{"The squadron operates out of Kessavar.", []string{"Kessavar"}},
		{"The rebels were pushed out of Tarvaleh and Dallen.", []string{"Tarvaleh", "Dallen"}},
		{"The goods were kept out of Kessin's reach.", nil},
		{"He was voted out of Zorvik Company last year.", nil},
		// Datelines: a date, then an agency in brackets before the dash;
		// a town in title case before a date or an agency.
		{"TARVO, Kestania, March 3 (Xinhua) -- Officials said the dam was safe.", []string{"TARVO", "Kestania"}},
		{"TARVO, March 3 (Xinhua) -- Officials said the dam was safe.", []string{"TARVO"}},
		{"Tarvo, March 3 (VNA) – Officials said the dam was safe.", []string{"Tarvo"}},
		{"Dallen (VNA) - The committee met on Monday.", []string{"Dallen"}},
		{"Press Release (VNA) – Officials said the dam was safe.", nil},
		{"Zorvik Talks Resume, March 3", nil},
		// Glued compounds of where something is, comes from or goes.
		{"The Tarvo-born general retired last year.", []string{"Tarvo"}},
		{"Passengers on the Zorvik-bound ferry were rescued.", []string{"Zorvik"}},
		{"The Dallen-headquartered firm denied the report.", []string{"Dallen"}},
		{"The SEA-bound convoy left.", nil},
		// An operation of war against a place, before "of", one word.
		{"The siege of Tarvaleh ended in May.", []string{"Tarvaleh"}},
		{"The shelling of Zorvik continued overnight.", []string{"Zorvik"}},
		{"After the liberation of Kessavar, residents returned.", []string{"Kessavar"}},
		{"The occupation of Ivo Tarn's house ended.", nil},
		// A verb of moving against a place before "on".
		{"Troops advanced on Kessavar from the north.", []string{"Kessavar"}},
		{"Rebels marched on Tarvo and Dallen last week.", []string{"Tarvo", "Dallen"}},
		{"The market closed on Eid.", nil},
		{"The team advanced on Ivo Tarn's plan.", nil},
		// Another name in brackets between a place and its kind's noun.
		{"Aid arrived in Dallen (Kessa) province last week.", []string{"Dallen", "Kessa"}},
		{"Officials in Zorvik (Tarvo) said the road was closed.", []string{"Zorvik"}},
		// A place's people or its government's level after a name,
		// inside a sentence.
		{"Many Kessavar residents were told to stay indoors.", []string{"Kessavar"}},
		{"The Tesmir provincial government announced the plan.", []string{"Tesmir"}},
		{"Officers of the Dallen municipal police arrested him.", []string{"Dallen"}},
		{"Local residents said the road was closed.", nil},
		{"Officials said Kessavarian residents fled overnight.", nil},
		{"Zorvik Residents Flee Floods", nil},
		{"The Zorvik native enlisted in 2010.", []string{"Zorvik"}},
		{"The vessel sank off the Tarvo coast.", []string{"Tarvo"}},
		{"Shells hit the Zorvik outskirts overnight.", []string{"Zorvik"}},
	})
	runLabelCases(t, Loc, []labelCase{
		// The rest of the natural features in lower case after a name.
		{"Villagers in the Tarvo highlands reported landslides.", []string{"Tarvo"}},
		{"The fighting spread to the Kessavar plain.", []string{"Kessavar"}},
		{"The herders crossed the Zorvan steppe.", []string{"Zorvan"}},
		{"Ivo Tarn peak performance was praised.", nil},
		{"A Marine from Kessavar hill country.", nil},
	})
}

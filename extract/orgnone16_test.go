package extract

import "testing"

// TestOrganisationsNotFoundSixteenthRound holds the cases of the sixteenth
// round's second wave of rules for organisations' names that nothing
// found (docs/decisions.md, "Sixteenth round, second wave (organisations
// not found)"), each written from the rule with invented names.
func TestOrganisationsNotFoundSixteenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// The maker of goods and the party of a contract are companies.
		{"The drones are manufactured by Kolvane in Zorvik.", []string{"Kolvane"}},
		{"The ministry signed a contract with Tarvex Marine for six boats.", []string{"Tarvex Marine"}},
		{"It awarded a follow-on contract to Velmo Arms, which makes rifles.", []string{"Velmo Arms"}},
		// Not a possessor (a state's as often), nor a person, nor a
		// capitalised cue in a headline.
		{"The ministry signed a contract with Kessa's navy.", nil},
		{"He signed a contract with Ivo Tarn.", nil},
		{"Kessa Signs Contract With Tarvex Marine", nil},
		// A name coordinated after a body's is a body's, before a verb or
		// where its phrase ends.
		{"The Kessa Navy and Tarvex Marine took part.", []string{"Kessa Navy", "Tarvex Marine"}},
		{"The drill brought together the Kessa Army, the Tarvo Air Corps and Velmar Rescue.", []string{"Kessa Army", "Tarvo Air Corps", "Velmar Rescue"}},
		// Not one word (a state as often), a modifier of a noun, a name
		// after a body's lone acronym (a state's as often), nor a place
		// or a person found otherwise.
		{"The Kessa Navy and Tarvo took part.", []string{"Kessa Navy"}},
		{"The Kessa Navy and Tarvo navy ships sailed.", []string{"Kessa Navy"}},
		{"Ships of the KDF and Zorvik Velmo sailed.", []string{"KDF"}},
		{"Ships of the Kessa Navy and Zorvik Island patrolled.", []string{"Kessa Navy"}},
		// A medium of online posts is a platform: after a verb of posting
		// or saying and "on", before "that" or punctuation, or before
		// "account", "channel", "page" after a possessive determiner.
		{"Ivo Tarn said in a post on Zorvik that the town had fallen.", []string{"Zorvik"}},
		{"The governor wrote on Kessagram: three people died.", []string{"Kessagram"}},
		{"The ministry posted the video on its Velmo channel.", []string{"Velmo"}},
		// Not a topic, an apposition's place, a date, a word in
		// capitals or a letter.
		{"He wrote on Kessa for many years.", nil},
		{"He wrote on Tarvo, a small island, for years.", nil},
		{"He said on Monday that the talks failed.", nil},
		{"His widow said on TV that she was angry.", nil},
		{"He posted on Q that he was safe.", nil},
		// A ship's name in apposition to its kind, closed by a comma or
		// a full stop; the kinds of vessel in full ("boat", "yacht",
		// "tug", "barge", "dhow"…).
		{"The boat, Velmora, caught fire overnight.", []string{"Velmora"}},
		{"Pirates seized a cargo ship, the Kessa Star, on Monday.", []string{"Kessa Star"}},
		{"The patrol boat Kessa Pride was handed over.", []string{"Kessa Pride"}},
		{"The yacht Tarvo Belle sank off the coast.", []string{"Tarvo Belle"}},
		// Not a clause's subject after the comma, nor a relative clause,
		// nor a programme's name that a kind of ship opens.
		{"On the ship, Tarvo sailors were working.", nil},
		{"The ferry, which carried 300 people, sank.", nil},
		{"It is part of the Kessa Patrol Boat Replacement project.", nil},
		// A body's name in apposition to its kind in lower case; not
		// after a person's office (the apposition names the holder as
		// often), nor a title that "The" opens.
		{"The company, Tarvex Marine, denied the claim.", []string{"Tarvex Marine"}},
		{"The militia, Zorvik Shield, attacked a convoy.", []string{"Zorvik Shield"}},
		{"A spokesman for the group, Velmo Darr, said the talks failed.", nil},
		{"In the group, Kessa officials dominate.", nil},
		// A regiment named by its mounted arm, also after a battalion's
		// and its regiment's numbers; not the arm alone or in lower case.
		{"Troops of 3-7 Cavalry arrived on Monday.", []string{"3-7 Cavalry"}},
		{"The Kessa Cavalry rode into the town.", []string{"Kessa Cavalry"}},
		{"The soldiers trained with Cavalry and Infantry units.", nil},
		{"He served in the cavalry for years.", nil},
		// A noun for a body's people that a state's name takes too
		// ("leaders", "leadership", "officials", "members") names a body
		// after an unknown name of two words or more only.
		{"The talks with Velmar Dawn leaders failed.", []string{"Velmar Dawn"}},
		{"The Kessa Rising leadership met on Monday.", []string{"Kessa Rising"}},
		{"He said Tarvex officials had signed the deal.", nil},
		{"Senior Kessa officials met Tarvo officials.", nil},
		// A source that "the" names is a body or an outlet.
		{"According to the Kessa Beacon, ten people died.", []string{"Kessa Beacon"}},
		{"According to The Sentinel, the talks failed.", []string{"Sentinel"}},
		// Not one word after a lower-case "the" (a people as often), a
		// modifier of a noun, a person, nor a text's name.
		{"According to the Zorvani, the border is closed.", nil},
		{"According to the Brelsk mayor, ten people died.", nil},
		{"According to Velmar Dawn, ten fighters died.", nil},
		{"According to the Kessa Constitution, the president serves five years.", nil},
	})
}

package extract

import "testing"

// TestPersonsRoundThirteen holds the thirteenth round's person rules
// (docs/decisions.md, "Thirteenth round (lead: …)").
func TestPersonsRoundThirteen(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// An adverb of time or addition between a speaker and the verb
		// of saying.
		{"The talks ended. Zorvik Tamarel also said they went well.", []string{"Zorvik Tamarel"}},
		{"The talks ended. Zorvik Tamarel later told the crowd to leave.", []string{"Zorvik Tamarel"}},
		// Not an adverb before another verb.
		{"The talks ended. Zorvik Tamarel also went home.", nil},
		// A hyphenated adjective before the noun for a person in an
		// apposition, and "general" as that noun.
		{"He met Zorvik Tamarel, a high-ranking officer in the police.", []string{"Zorvik Tamarel"}},
		{"Zorvik Tamarel, a retired general, said so.", []string{"Zorvik Tamarel"}},
		// Not "general" before another noun.
		{"Kessa Tarvun, a general amnesty, was declared.", nil},
		// Honorifics of Indonesian and West African naming customs are
		// not part of the name.
		{"Thank you Bapak Tarvono for hosting us.", []string{"Tarvono"}},
		// Not "Pak", the Korean family name so romanised.
		{"Premier Pak Kyo-tarn inspected the factory.", []string{"Pak Kyo-tarn"}},
		{"He met Ambassador El Hadji Tarvo Kessane on Monday.", []string{"Tarvo Kessane"}},
		// Not "Pak" as the short form of a country before a body.
		{"The Pak Army chief visited the border.", nil},
		// An academic degree after a name is not part of it.
		{"Officials headed by Rear Admiral Ivo Tarvo Kessa M.Sc., Assistant for Personnel, arrived.", []string{"Ivo Tarvo Kessa"}},
		{"He met Dr. Ivo Tarn PhD on Monday.", []string{"Ivo Tarn"}},
	})
}

// TestOrgTailsRoundThirteen holds the thirteenth round's bound on an
// organisation's "of" complement (docs/decisions.md, "Thirteenth round
// (lead: …)"): a nationality before a lower-case word is that word's.
func TestOrgTailsRoundThirteen(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"The 3rd Kessa Brigade of the Kenyan army attacked.", []string{"3rd Kessa Brigade"}},
		// A nationality before "and" stays inside the name.
		{"She works in the Bureau of European and Eurasian Affairs.", []string{"Bureau of European and Eurasian Affairs"}},
	})
}

// TestPortfolioRunsRoundThirteen holds the thirteenth round's portfolio
// after "for" (docs/decisions.md, "Thirteenth round (lead: …)"):
// capitalised words no list holds, closed by a portfolio word or a plural.
func TestPortfolioRunsRoundThirteen(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Ivo Tarn, Assistant Secretary for Nuclear, Chemical and Biological Programs; and others.", []string{"Assistant Secretary for Nuclear, Chemical and Biological Programs"}},
		{"Ivo Tarn, Minister for Zorvak and Quellic Communities, spoke.", []string{"Minister for Zorvak and Quellic Communities"}},
		// Not a name after the portfolio, nor a singular noun, nor an
		// honorific, nor an instrument.
		{"The Minister for Tarvo Affairs Ulma Kessik spoke.", []string{"Minister for Tarvo Affairs"}},
		{"The Minister for Defence, Mr Tarn, spoke.", []string{"Minister for Defence"}},
		{"The Special Envoy for Kessan Reconciliation spoke.", []string{"Special Envoy"}},
		{"The Special Envoy for Zorvak Drobnian Quellics spoke.", []string{"Special Envoy"}},
		{"The Special Representative for Chemical Weapons Convention Issues spoke.", []string{"Special Representative"}},
	})
}

// TestPlacePluralsRoundThirteen holds the thirteenth round's plural
// settlement noun after a list of names (docs/decisions.md, "Thirteenth
// round (lead: …)").
func TestPlacePluralsRoundThirteen(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		{"Patrols continued in the Zemo Kessa and Tarvo areas on Monday.", []string{"Zemo Kessa", "Tarvo"}},
		{"Fighting spread to the Kessavar, Pilnau and Tarvo municipalities.", []string{"Kessavar", "Pilnau", "Tarvo"}},
		// A plural needs a list before it.
		{"The Kessavar districts voted.", nil},
		// Not a list of portfolios.
		{"Crews worked in the Security and Logistics areas of the base.", nil},
		// The object of a verb of taking, leaving or striking a place,
		// when it ends its phrase.
		{"Rebels captured Kessavar on Monday.", []string{"Kessavar"}},
		{"Thousands fled Kessavar and Pilnau.", []string{"Kessavar", "Pilnau"}},
		{"Police captured Kessavar Tarn's deputy.", nil},
	})
}

// TestOrgStartsRoundThirteen holds the thirteenth round's words that
// open no name at a sentence's start (docs/decisions.md, "Thirteenth
// round (lead: …)").
func TestOrgStartsRoundThirteen(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"Ranking Kessan Navy officials arrived.", []string{"Kessan Navy"}},
		{"Top Kessan Army officers arrived.", []string{"Kessan Army"}},
		// Not "Former", which names hold ("Former Tarvo Republic").
	})
}

// TestOfficeAfterBodyRoundThirteen holds the thirteenth round's office
// after a body's name (docs/decisions.md, "Thirteenth round (lead: …)"):
// an office of several words whose first words close the body's name
// is proposed from its first lower-case word too.
func TestOfficeAfterBodyRoundThirteen(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"He was welcomed by Kessa Task Force commander Ivo Tarn.", []string{"commander"}},
		{"The Deputy Force Commander, Ivo Tarn, spoke.", []string{"Deputy Force Commander"}},
	})
}

// TestFeatureKindsRoundThirteen holds the thirteenth round's kinds of
// features and facilities (rules/loc_patterns.tsv): a name they close is
// a LOC.
func TestFeatureKindsRoundThirteen(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		{"Ships sailed into Kessa Sound on Monday.", []string{"Kessa Sound"}},
		{"Troops held the Zorvak Gap.", []string{"Zorvak Gap"}},
		{"A drone struck the Tarvo Refinery.", []string{"Tarvo Refinery"}},
		// Not a generic zone.
		{"Ships patrolled the Exclusive Economic Zone.", nil},
		// A command's named area of responsibility.
		{"He flew to the Kessa Area of Responsibility on Monday.", []string{"Kessa Area of Responsibility"}},
	})
}

// TestPlaceCuesReviewRoundThirteen holds the review of the thirteenth
// round's place cues (docs/decisions.md, "Thirteenth round (lead: …)"):
// what a person or a company takes as readily as a place is no cue.
func TestPlaceCuesReviewRoundThirteen(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		{"The government named Kessa Tarvo as its new envoy on Monday.", nil},
		{"Several officials, including Kessa Tarvo, the deputy minister, attended.", nil},
		{"He later held a meeting between Kessa Tarvo and Zorvan Pell.", nil},
		{"Under the presidency of Kessa Tarvo, who took office, the army grew.", nil},
		{"Kessa Tarvo's government fell in March.", nil},
		{"Zorvexa's prime contractor, Tarvocorp, delivered the radar.", nil},
		{"Kessavia's foreign minister met him.", []string{"Kessavia"}},
		{"Fighting broke out between Babajik and Gereshkan.", []string{"Babajik", "Gereshkan"}},
		// A settlement's noun before its name in apposition: after a
		// determiner, maybe an adjective; not a preposition's object
		// before a name of two words, nor "area" or "state".
		{"The mayor of the city, Zorvan Pellik, declined to comment.", nil},
		{"A farmer from the area, Zorvan Pell, lost his herd.", nil},
		{"To raise capital, Zorvexa, a drone maker, sold new shares.", nil},
		{"Fighting in the capital, Zorvik, continued.", []string{"Zorvik"}},
		{"Rebels hold its administrative capital Zorvik.", []string{"Zorvik"}},
		// Two names joined by a hyphen before a noun of a pair: a state
		// ending in "o" is no combining form; talks are persons' too.
		{"The Tarvo-Kessa border was closed.", []string{"Tarvo", "Kessa"}},
		{"Analysts expect the Kessler-Tarvik talks to resume.", nil},
		// A place after a place, unless an apposition follows it.
		{"In the Tarvo Valley, Kessa Vorn, a shepherd, lost his flock.", nil},
		{"Troops landed at Tarvo Air Base, Kessavia, on Monday.", []string{"Kessavia"}},
		// A release's heading in capitals opens no dateline.
		{"Drill\n\nMarch 3, 2024 CORRECTION — An earlier version was wrong.", nil},
		{"MEDIA ADVISORY, Kessa Tarvo Command (March 3) — The talks begin.", nil},
	})
}

// TestAgreementPartiesRoundThirteen holds the thirteenth round's parties
// after "between" (docs/decisions.md, "Thirteenth round (lead: …)").
func TestAgreementPartiesRoundThirteen(t *testing.T) {
	runLabelCases(t, Agreement, []labelCase{
		{"They will sign the Zorvak Partnership Agreement between the European Union and Japan.", []string{"Zorvak Partnership Agreement"}},
		{"They hope to sign the Defence Cooperation agreement between Indonesia and Australia within months.", []string{"Defence Cooperation agreement"}},
	})
}

package extract

import "testing"

// TestOrganisationsProbesThirteenthRound holds a selection of the invented
// probes of testdata/probes/orgs_round13.txt that the thirteenth round's
// rules by probes fixed (docs/decisions.md, "Thirteenth round
// (organisations by probes)"), each written from the rule.
func TestOrganisationsProbesThirteenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A capitalised possessor before a body's name is its owner, not a
		// part of the name; a people's or a monarch's noun, a saint's title
		// or an office's head in the possessive stays inside.
		{"Tarvonia's Ministry of Interior denied the claim.", []string{"Ministry of Interior"}},
		{"Officers of Kessavar’s Coast Guard boarded the ship.", []string{"Coast Guard"}},
		{"The Velkor People's Army crossed the river.", []string{"Velkor People's Army"}},
		{"His Majesty's Kessa Guard paraded in Zorvia.", []string{"His Majesty's Kessa Guard"}},
		{"The Queen's Own Kessa Regiment marched.", []string{"Queen's Own Kessa Regiment"}},
		{"The Defence Minister's Office in Tarvo denied it.", []string{"Defence Minister's Office"}},
		{"Zorvik Members' Council met on Monday.", []string{"Zorvik Members' Council"}},
		{"The Agency for Kessa Development's Bureau for Disaster Relief sent aid.", []string{"Agency for Kessa Development", "Bureau for Disaster Relief"}},
		{"Officers of the Tarvo People's Defence Army met.", []string{"Tarvo People's Defence Army"}},
		// A newspaper's masthead noun and a company's trade end an
		// organisation's name.
		{"The Kessa Herald said the deal was signed.", []string{"Kessa Herald"}},
		{"According to the Zorvik Chronicle, talks failed.", []string{"Zorvik Chronicle"}},
		{"Zorvik Petroleum said output fell.", []string{"Zorvik Petroleum"}},
		{"Kessavar Telecom denied the charges.", []string{"Kessavar Telecom"}},
		{"The Telecom sector grew.", nil},
		// "Community" heads a body's name when the name has words of its
		// own; not the international community in capitals.
		{"He is the secretary-general of the Velkor Economic Community.", []string{"Velkor Economic Community"}},
		{"The International Community must act.", nil},
		// A kind of organisation after an indefinite article, "called",
		// "named" or "known as", then its name; not the verb of a
		// predicate after "the".
		{"A group called Sons of Quellen claimed the bombing.", []string{"Sons of Quellen"}},
		{"An outfit known as the Halvik Lions claimed the killing.", []string{"Halvik Lions"}},
		{"A militia named Tarvo Dawn took the bridge.", []string{"Tarvo Dawn"}},
		{"The party named Zorvik Talan its leader.", nil},
		{"A group called for talks with Kessa.", nil},
		// Unknown words, their bracketed short form and a verb of saying
		// or a claim of an attack name a body, and the short form stays
		// one; a programme's short form says nothing.
		{"Zorvik Tamar (ZT) said it would keep fighting. ZT fighters attacked a post.", []string{"Zorvik Tamar", "ZT", "ZT"}},
		{"The Kessa Hawks (KH) claimed responsibility.", []string{"Kessa Hawks", "KH"}},
		{"Tarvo Official Assistance (TOA) grew last year. The TOA rose.", nil},
		// An unknown name before lower-case "party" is a political
		// party's.
		{"The Morvath Velgar party won 12 seats.", []string{"Morvath Velgar"}},
		{"Voters backed the Halvik Dorn party.", []string{"Halvik Dorn"}},
		{"The ruling party sent a boarding party.", nil},
		// A noun of another language that opens a group's name, then
		// the name, maybe with a particle glued to its word.
		{"Jaish al-Zorvan claimed the attack.", []string{"Jaish al-Zorvan"}},
		{"Officials said Kataib Tarvo fired rockets at the base.", []string{"Kataib Tarvo"}},
		{"Troops of Jabhat Tarvo al-Kessa withdrew.", []string{"Jabhat Tarvo al-Kessa"}},
		{"The Jamaah Kessa Daulah network was banned.", []string{"Jamaah Kessa Daulah"}},
		{"The word jaish means army.", nil},
		// A compound glued by hyphens is one word of an apposition that
		// names a kind of organisation.
		{"Officials said Zorvik Velgar, a Tarvo-backed militia, fired rockets.", []string{"Zorvik Velgar"}},
		{"Morvath Steel, a state-owned firm, cut 400 jobs.", []string{"Morvath Steel"}},
		{"Zorvik Velgar, an al-Kessa-linked group, denied it.", []string{"Zorvik Velgar"}},
		// A compass point in a body's complement qualifies the word
		// after it, which names no holder after a portfolio.
		{"The Union of West Tarvo Nations met.", []string{"Union of West Tarvo Nations"}},
		{"The Office of North Tarvo Affairs met.", []string{"Office of North Tarvo Affairs"}},
		{"The Ministry of Defence Ivo Tarn spoke.", []string{"Ministry of Defence"}},
	})
}

package extract

import "testing"

// TestOrganisationsFifteenthRoundSecondWave holds the cases of the
// fifteenth round's second-wave organisation rules written from context
// (docs/decisions.md, "Fifteenth round, second wave (organisations)"),
// each written from the rule with invented names.
func TestOrganisationsFifteenthRoundSecondWave(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A company's line of business in a plural heads its name.
		{"Ana Sorel, an analyst at Kessa Securities, said demand was weak.", []string{"Kessa Securities"}},
		{"Tarvex Ventures said it had raised 40 million dollars.", []string{"Tarvex Ventures"}},
		{"The drug was developed by Zorvik Pharmaceuticals.", []string{"Zorvik Pharmaceuticals"}},
		{"A spokesman for Dravo Enterprises declined to comment.", []string{"Dravo Enterprises"}},
		// Lower case, or the noun alone opening a sentence, names none.
		{"The company sells securities and ventures into new markets.", nil},
		{"Investments in Kessa rose sharply.", nil},
		// A possessive before what only a company has names the company,
		// also opening a sentence; not before what a person or a state has.
		{"Kolvane's chief executive, Ivo Tarn, said the deal would create jobs.", []string{"Kolvane"}},
		{"Analysts said Tarvex's share price fell.", []string{"Tarvex"}},
		{"Kolvane's shareholders approved the merger.", []string{"Kolvane"}},
		{"Kessa's president said the deal was done.", nil},
		{"Ivo Tarn's chief executive role ended.", nil},
		{"Kolvane's spokesman said the deal was done.", nil},
		// Before what only a company has, the name may open a sentence;
		// a holder's word there names none.
		{"Kolvane chief executive Ivo Tarn said the deal was done.", []string{"Kolvane"}},
		{"Tarvex shareholders approved the merger on Monday.", []string{"Tarvex"}},
		{"Former chief executive Ivo Tarn said the deal was done.", nil},
		{"Rebel fighters attacked the base.", nil},
		// Legal forms of Asian and European companies end the name; the
		// Indonesian "PT" opens it.
		{"Zorvik Sdn Bhd signed a deal with the navy.", []string{"Zorvik Sdn Bhd"}},
		{"Kessa Armour JSC showed a new tank.", []string{"Kessa Armour JSC"}},
		{"The radars were made by Tarvex Co., Ltd. in Kessa.", []string{"Tarvex Co., Ltd."}},
		{"Marvo AG will supply the guns.", []string{"Marvo AG"}},
		{"The shipyard PT Kessa Marin will build two frigates.", []string{"PT Kessa Marin"}},
		{"He was born in Ballina, Co Mayo, in 1950.", nil},
		// An unknown name before a capitalised office of a body that its
		// holder follows names the body; not before a state's or a town's
		// office, an office with a complement, after "and", nor one word
		// opening a sentence.
		{"The visit was hosted by Zorvik Commander Lt. Gen. Ivo Tarn on Monday.", []string{"Zorvik"}},
		{"The plan was announced by Velmar Chairman Ana Sorel.", []string{"Velmar"}},
		{"The meeting was attended by Kessa Voltar Commander Rear Adm. Ivo Tarn.", []string{"Kessa Voltar"}},
		{"The talks were led by Tarvo President Ana Sorel.", nil},
		{"The blast was condemned by Brelsk Mayor Ana Sorel.", nil},
		{"He met with Kessa Chief of Defence Forces Gen. Ivo Tarn.", nil},
		{"Flight Commander Capt. Ivo Tarn briefed the crew.", nil},
		{"The talks were led by Deputy Commander Ana Sorel.", nil},
		// After a noun of its kind a group's name goes on over "for",
		// "without" and a capitalised "Against"; not over a lower-case
		// "against" (its foe) nor before a lower-case word.
		{"The aid group Medics Without Walls said it had evacuated 40 patients.", []string{"Medics Without Walls"}},
		{"The charity Mothers for Peace delivered food to the camp.", []string{"Mothers for Peace"}},
		{"Kessa backed the militia Zorvik against Tarvo forces.", []string{"Zorvik"}},
		{"The militant group Zorvik Dawn for years attacked convoys.", []string{"Zorvik Dawn"}},
		// The same linking words before a group's apposition; a
		// capitalised word opening a sentence before a lower-case link
		// stays out.
		{"Ivo Tarn founded Mothers for Peace, a charity, in 2010.", []string{"Mothers for Peace"}},
		{"Medics Without Walls, a charity, said it had evacuated 40 patients.", []string{"Medics Without Walls"}},
		{"Support for Kessa, a rebel group, grew.", []string{"Kessa"}},
		// A claim of the attack itself, and a claim after ", which",
		// name a group; not a claim that the attack was something.
		{"Zorvik Tamar, which claimed the attack, said it targeted soldiers.", []string{"Zorvik Tamar"}},
		{"Kessa Velgar claimed the bombing on its website.", []string{"Kessa Velgar"}},
		{"Kessa Dawn, which claimed responsibility for the bombing, warned of more.", []string{"Kessa Dawn"}},
		{"Brelsk, which lies on the river, was shelled.", nil},
		{"Tarn claimed the attack as a victory for his party.", nil},
		{"Kessa Velgar claimed the attack was staged by the army.", nil},
		// Kinds of company before a name, and a kind capitalised by
		// opening a sentence; not before an office or a body's head.
		{"The ministry hired the consultancy Dravo to review the plan.", []string{"Dravo"}},
		{"A giant Velmora flag was unfurled at the rally.", nil}, // "giant" went: an adjective as often (review)
		{"Shipbuilder Tarvex won a contract for two corvettes.", []string{"Tarvex"}},
		{"Party Secretary Qiao Zhenwei visited the unit.", nil},
		{"Group Captain Ivo Tarn led the flight.", nil},
	})
}

package extract

import "testing"

// TestWireNewsSixteenthRound holds the cases of the sixteenth round's
// rules written from invented probes of wire news (docs/decisions.md,
// "Sixteenth round (wire news)"), with invented names.
func TestWireNewsSixteenthRound(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// A wire story's closing credit names its reporters, each maybe
		// with the place reported from.
		{"Kessa Vorn in Tarsk and Lorvik Tamsen in Dravnik contributed to this report.", []string{"Kessa Vorn", "Lorvik Tamsen"}},
		{"Dravo Kessin contributed to this report from Tarsk.", []string{"Dravo Kessin"}},
		{"Kessa Vorn, Tarvo Velk and Lira Santo contributed reporting.", []string{"Kessa Vorn", "Tarvo Velk", "Lira Santo"}},
		{"Kessa Tarvo Group contributed to this report.", nil},
		{"Zorvik Holdings contributed to the fund.", nil},
		{"Reporters in Kessa City contributed to this report.", nil},
		// An age glued by hyphens among the modifiers of an apposition's
		// noun for a person.
		{"Kessa Vorn, a 34-year-old nurse, told reporters she saw the blast.", []string{"Kessa Vorn"}},
		{"Tarvo Velk, a 50-year-old tradition, ended.", nil},
		// Relatives and a few occupations before a name.
		{"His sister Lira Tesk was removed in a coup in 2014.", []string{"Lira Tesk"}},
		{"The party's founder Kessa Marrow remained in hospital.", []string{"Kessa Marrow"}},
		{"The mother ship Kessa Star sailed.", nil},
		// A name set off by commas after a description of one person,
		// maybe with a complement that a name closes.
		{"The leader of the Zorvik Front, Adan Kessu Varo, is believed to have fled.", []string{"Adan Kessu Varo"}},
		{"He met the leader of the Zorvik Front, Adan Kessu Varo, on Monday.", []string{"Adan Kessu Varo"}},
		{"The head of the mission in Tarvo, Dravo Kessin, has warned that the truce is fragile.", []string{"Dravo Kessin"}},
		{"The governor of Kessa province, Dravo Marrin Tulo, tells reporters the road is closed.", []string{"Dravo Marrin Tulo"}},
		{"The captain of the frigate, Kessa Star, was relieved of command.", nil},
		{"The sister ship, Kessa Star, sank in 1944.", nil},
		{"In the capital of the province, Kessa Tarvo, troops patrolled.", nil},
		{"Soldiers of the brigade, Kessa Tarvo, were deployed.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		// A settlement's noun and "of" name a place even where its name
		// is listed as a given name.
		{"Troops shelled the town of Marek on Monday.", []string{"Marek"}},
		{"The village of Amina was burned.", []string{"Amina"}},
		{"He returned to the city of Marek's birth.", nil},
		{"She described the state of Amina in the hospital.", nil},
	})
	runLabelCases(t, Org, []labelCase{
		// A chain's shop is named by its company, and so are the
		// company's other mentions.
		{"The attacker was shot outside a Tarvex store in south London.", []string{"Tarvex"}},
		{"Shoppers at a Kolvane supermarket were evacuated.", []string{"Kolvane"}},
		{"A gunman shot shoppers at a Zorvamart store. Officers arrived at the Zorvamart later.", []string{"Zorvamart", "Zorvamart"}},
		{"The ship sailed with more HADR stores on board.", nil},
	})
	runLabelCases(t, Person, []labelCase{
		// A noun for a person, "named" or "called", and the name, one
		// word too.
		{"A local chef named Tarvek stopped the attacker.", []string{"Tarvek"}},
		{"A woman called Lira Santo was among the dead.", []string{"Lira Santo"}},
		{"The minister named Kessa the host of the summit.", nil},
		{"A town named Kessa lies on the river.", nil},
		{"A leader called Tuesday for calm.", nil},
		// A relative or a lawyer after a name and its possessive.
		{"Tarvek Dolan's lawyer said he would appeal.", []string{"Tarvek Dolan"}},
		{"Kessa Tarvo's sister city is Dravnik.", nil},
		{"The Zorvik Group's lawyer said the deal was legal.", nil},
		// A speaker of a body named after "of".
		{"Lira Santo of the Kessa Times told reporters the attacker was calm.", []string{"Lira Santo"}},
		{"Officials of the Kessa Party said they would boycott.", nil},
		// Athletes by their sport or position.
		{"The striker Tarvek Dolan scored twice.", []string{"Tarvek Dolan"}},
		{"A striker hit the mine.", nil},
	})
	runLabelCases(t, Org, []labelCase{
		// Keepers of records and data.
		{"According to data from the Kessa Violence Archive, the shooting was the fourth.", []string{"Kessa Violence Archive"}},
		{"The Tarvo Records Archives released the files.", []string{"Tarvo Records Archives"}},
		{"The photo is from the Archive.", nil},
		{"Archive footage showed the blast.", nil},
	})
	runLabelCases(t, Person, []labelCase{
		// "the" opens no person's name guessed from the verb.
		{"The Lost Kessa Project announced the discovery of the wreck.", nil},
		{"The Tarvo Vessa House said the talks went well.", nil},
		{"Kessa Vorn said the talks went well.", []string{"Kessa Vorn"}},
		{"The late Kessa Vorn said it in 1990.", []string{"Kessa Vorn"}},
	})
	runLabelCases(t, Org, []labelCase{
		// An acronym inside a spelled name gives all its capitals, and
		// "in" may give its letter.
		{"The UN Mission in Tarvania (UNMIT) revised the number of dead.", []string{"UN Mission in Tarvania", "UNMIT"}},
		{"The Kessa Task Force in Tarvania (KTF) withdrew.", []string{"Kessa Task Force", "KTF"}},
	})
	runLabelCases(t, Person, []labelCase{
		// "identified as" cues the name, so that a listed place among its
		// words does not win.
		{"The attacker, identified as Tavrek Paris, 20, was shot. Paris had left a note.", []string{"Tavrek Paris", "Paris"}},
		{"The group, identified as Zorvik Tamar, claimed it.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		// A town listed as a given name before a place's apposition.
		{"The rebels retook Kessavar and Marek, about 75 kilometers west of Tarsk.", []string{"Kessavar", "Marek", "Tarsk"}},
		{"Amina, a town near the border, was shelled.", []string{"Amina"}},
		{"Amina, a nurse from the town, said the shelling began.", nil},
		{"Marek, 30, was arrested.", nil},
	})
	runLabelCases(t, Person, []labelCase{
		// Those who stand for office, and a relative after "and his" or
		// ", whose".
		{"Opposition candidate Tarvek Dolan won 52 percent of the vote.", []string{"Tarvek Dolan"}},
		{"Kessa Vorn and his wife fled the country.", []string{"Kessa Vorn"}},
		{"Tarvek Dolan, whose son was killed in the attack, spoke at the rally.", []string{"Tarvek Dolan"}},
		{"Kessa Vorn's lawyers said they would appeal.", []string{"Kessa Vorn"}},
		{"Kessa Tarvo, whose capital was shelled, asked for help.", nil},
		{"The Kessa Vorn Foundation and her son attended.", nil},
		{"The candidate countries Kessa and Tarvo joined.", nil},
	})
	runLabelCases(t, Person, []labelCase{
		// Quoted people, and a longer apposition after "the".
		{"Kessa Vorn was quoted as saying the talks had failed.", []string{"Kessa Vorn"}},
		{"Kessa Vorn, the country's first female president, took office in 2019.", []string{"Kessa Vorn"}},
		{"Kessa Tarvo, the country's largest and oldest port, was shelled.", nil},
		{"The Kessa Times was quoted by other papers.", nil},
	})
	runLabelCases(t, Person, []labelCase{
		// One word set off by commas after a relative; a possessive opens
		// the description.
		{"Tarvek's younger brother, Jessan, enlisted in the army.", []string{"Tarvek", "Jessan"}},
		{"Her son, Dolan, was killed in the blast.", []string{"Dolan"}},
		{"The mother ship, Kessa, sank.", nil},
		{"The sisters, Kessa and Tarvo, fled.", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		// Places where crowds shop and gather.
		{"The shooting happened near the Kessa Vista Mall.", []string{"Kessa Vista Mall"}},
		{"They gathered at the Tarvo Arena.", []string{"Tarvo Arena"}},
		{"He played in the arena.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		// A town's suburb and its downtown.
		{"The rally was held in the Kessa suburb of Tarvel.", []string{"Kessa", "Tarvel"}},
		{"A bomb exploded in downtown Tarvel on Monday.", []string{"Tarvel"}},
		{"The suburb residents protested.", nil},
	})
	runLabelCases(t, Event, []labelCase{
		// Races by their kind.
		{"He won the Kessa Grand Prix.", []string{"Kessa Grand Prix"}},
		{"She won the Kessa Triathlon in 2015.", []string{"Kessa Triathlon"}},
		{"The triathlon was postponed.", nil},
	})
	runLabelCases(t, Role, []labelCase{
		// A lower-case office's complement that qualifies its employer
		// is no portfolio.
		{"A spokeswoman for the defence ministry said the drill was routine.", []string{"spokeswoman"}},
		{"A spokesman for the army said.", []string{"spokesman for the army"}},
	})
	runLabelCases(t, Person, []labelCase{
		{"A spokesman for the foreign ministry, Qiao Zhenwei, denied the report.", []string{"Qiao Zhenwei"}},
	})
	runLabelCases(t, Org, []labelCase{
		// An acronym after ", or" spells the name before it.
		{"Meanwhile, the U.N. Assistance Mission in Tarvania, or UNAMT, noted the rise.", []string{"U.N. Assistance Mission in Tarvania", "UNAMT"}},
		{"The Kessa Task Force in Tarvania, or KTF, withdrew.", []string{"Kessa Task Force", "KTF"}},
	})
	runLabelCases(t, GPE, []labelCase{
		// An unknown word before a listed name that is no country opens
		// a longer name, no place of its own.
		{"Troops shelled the villages in Kessa Nile.", nil},
		{"The meeting will be held in Dravnik Malaysia on 1 June.", []string{"Dravnik", "Malaysia"}},
	})
	runLabelCases(t, GPE, []labelCase{
		// A name with a lower-case part glued by a hyphen before a
		// division.
		{"Rebels attacked villages in Bar-tarvo County.", []string{"Bar-tarvo County"}},
		{"Fighting was reported in Kessa-liet district.", []string{"Kessa-liet"}},
		{"The Zorvik-controlled district fell.", nil},
		{"An Anti-tank district.", nil},
	})
}

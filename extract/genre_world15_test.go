package extract

import "testing"

// TestWireNewsFifteenthRound holds the cases of the fifteenth round's
// rules written from invented probes of wire and citizen news
// (docs/decisions.md, "Fifteenth round (wire news probes)"), with
// invented names.
func TestWireNewsFifteenthRound(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		// "through" is no place's preposition: firms and channels follow
		// it as often (the review undid the rule).
		{"She rose through Kessacorp before joining the ministry.", nil},
		{"He went through Tarn's files.", nil},
		// An acronym right after a weak preposition names a body or a
		// programme, not a place.
		{"For years, from SPP, the guard has drawn support.", nil},
		// People from a place, before their verb.
		{"Militants from Varosh attacked a checkpoint.", []string{"Varosh"}},
		{"Villagers from Brelsk marched to the square.", []string{"Brelsk"}},
		{"Workers from Brelmco protested on Monday.", nil},
		{"A letter from Tarn praised the troops.", nil},
		{"Support from Kessa helped.", nil},
		// A named part of a place, its division's noun and "of" name
		// the larger place after them.
		{"The fighting spread to the Kessavar neighbourhood of Marvenka.", []string{"Kessavar", "Marvenka"}},
		{"The blast hit a market in the Dravo area of Tarsk.", []string{"Dravo", "Tarsk"}},
		{"He spoke about the Asia-Pacific region of Zorvik Energy.", nil},
		{"The Kessa area of responsibility covers the coast.", []string{"Kessa"}},
		{"They discussed the area of Tarvo Kessa's command.", nil},
		// A resident or a native of a place.
		{"Omar Tarvi, a resident of Kestovo, said the shelling began.", []string{"Kestovo"}},
		{"Natives of Kessa live here.", []string{"Kessa"}},
		{"The resident of the house said nothing.", nil},
		// A wire story's dateline: a town alone in capitals before a
		// dash and the story's sentence.
		{"VAROSH — Gunmen killed four aid workers on Monday.", []string{"VAROSH"}},
		{"NEW KESSA — The party said it would boycott the vote.", []string{"NEW KESSA"}},
		{"VAROSH (Reuters) — The commission declared the result.", []string{"VAROSH"}},
		{"PHOTOS — Soldiers parade in the capital.", nil},
		{"UPDATE — The commission declared the result.", nil},
		{"PRESS RELEASE — FOR IMMEDIATE USE", nil},
		// A neighbouring place, and the streets of a town.
		{"More than 10,000 people had fled to neighbouring Tarvonia.", []string{"Tarvonia"}},
		{"Refugees crossed into neighboring Kessa and Tarvo.", []string{"Kessa", "Tarvo"}},
		{"Troops from neighbouring countries arrived.", nil},
		{"Hundreds took to the streets of Brelsk on Friday night.", []string{"Brelsk"}},
		{"The streets of the capital were empty.", nil},
		// A name holding given names before a division's noun is a
		// place; the noun's kinds include communes, wards, townships.
		{"A farmer in Ha Lam district said crops were lost.", []string{"Ha Lam"}},
		{"Officials in Ben Thuy commune said the dike held.", []string{"Ben Thuy"}},
		{"The Minh Long ward of Tarsk was flooded.", []string{"Minh Long", "Tarsk"}},
		{"The hospital ward was full.", nil},
		{"He met Ivo Tarn in the city.", nil},
		// A word before a state's office names its state.
		{"Kessa Defence Minister Oskar Velm said the army was ready.", []string{"Kessa"}},
		{"He met Tarvo Prime Minister Ana Sorel in the capital.", []string{"Tarvo"}},
		{"Zorvatek President Ana Sorel said the company would cut jobs.", nil},
		{"Thank you, Madam President.", nil},
		{"Noting President Ivo Tarn's decision, the council met.", nil},
		{"Tarvonian Prime Minister Ivo Tarn said.", nil},
		{"She met the Former Minister of Defence.", nil},
		{"They met in Guinea-Tarvo President Ivo Tarn's office.", []string{"Guinea"}},
		// Two dashed names before a road or a line that joins them.
		{"The convoy was ambushed on the Brelsk-Tarsk highway.", []string{"Brelsk", "Tarsk"}},
		{"The Kessa-Tarvo railway reopened.", []string{"Kessa", "Tarvo"}},
		{"The Trans-Kessa pipeline was attacked.", nil},
		// A mayor's or a governor's town after the holder's name.
		{"Mayor Jonas Pell of Marvenka declared an emergency.", []string{"Marvenka"}},
		{"Deputy Mayor Ana Sorel of Tarsk resigned.", []string{"Tarsk"}},
		{"Mayor Jonas Pell of the Unity Party spoke.", nil},
	})
	runLabelCases(t, Org, []labelCase{
		// Sports clubs and their words.
		{"The Kessa Golf Club hosted the event.", []string{"Kessa Golf Club"}},
		{"Kessa beat Dravin Rovers 3-1 on Saturday.", []string{"Dravin Rovers"}},
		{"Tarvo Wanderers FC sacked its manager.", []string{"Tarvo Wanderers FC"}},
		{"The club said the vote was fair.", nil},
		// Trade bodies.
		{"Members of the Kessa Journalists Syndicate staged a sit-in.", []string{"Kessa Journalists Syndicate"}},
		{"The Tarvo Writers Guild condemned the ban.", []string{"Tarvo Writers Guild"}},
		// An apposition of a body's kind after a name that opens its
		// sentence behind "The".
		{"The Tarvo Liberation Tigers, a rebel group, said they shot down a helicopter.", []string{"Tarvo Liberation Tigers"}},
		{"The Kessa Hawks, a militia based in the north, denied the claim.", []string{"Kessa Hawks"}},
		{"The Zorvik Tamar, a group photo shows, was large.", nil},
		// An apposition of a body's kind may hold a lower-case
		// possessor and a creed's adjective.
		{"Zorvik Tamar, the country's main Islamist party, won 40 seats.", []string{"Zorvik Tamar"}},
		{"Kessa Tarvo, the nation's largest opposition party, boycotted the vote.", []string{"Kessa Tarvo"}},
		{"Ivo Tarn, the party's leader, said.", nil},
		// Stock exchanges.
		{"The Marvenka Stock Exchange closed early.", []string{"Marvenka Stock Exchange"}},
		{"The stock exchange closed early.", nil},
		// The name a group gives itself.
		{"The rebels, who call themselves the Sons of Kessa, control the east.", []string{"Sons of Kessa"}},
		{"A movement calling itself Zorvik Dawn claimed the attack.", []string{"Zorvik Dawn"}},
		{"They call themselves Kessa residents.", nil},
		{"He calls himself the Emir of Tarvo.", nil},
		// Surveys and observatories.
		{"The quake struck Vardo, the Kessa Geological Survey said.", []string{"Kessa Geological Survey"}},
		{"The Zorvik Observatory for Human Rights said 14 died.", []string{"Zorvik Observatory for Human Rights"}},
		{"A survey showed that most voters agreed.", nil},
	})
	runLabelCases(t, Person, []labelCase{
		{"The quake struck Vardo, the Kessa Geological Survey said.", nil},
		// A name after "the" takes no person's apposition.
		{"According to the Kessa Daily, the minister resigned.", nil},
		{"Ivo Tarn, the minister, resigned.", []string{"Ivo Tarn"}},
		// A noun for a person opening a sentence in capitals before a
		// name and a person's verb is no part of the name.
		{"Witness Jonas Pell said the shooting lasted an hour.", []string{"Jonas Pell"}},
		{"Resident Ana Sorel told reporters the water was cut.", []string{"Ana Sorel"}},
		{"Member States Kessa and Tarvo voted.", nil},
		{"Witness Kessa Tarvo Live", nil},
		{"General Ivo Tarn said the war was over.", []string{"Ivo Tarn"}},
		{"A farmer in Ha Lam district said crops were lost.", nil},
	})
	runLabelCases(t, Event, []labelCase{
		// A capitalised massacre named by its place; not lower case.
		{"Survivors of the Brelsk Massacre gathered on Sunday.", []string{"Brelsk Massacre"}},
		{"A massacre in Brelsk killed dozens.", nil},
		// Elections by their kind, referendums and bombings, named
		// capitalised; not a state alone before "Election", nor a body
		// or a day they qualify.
		{"The Tarvo Presidential Election will be held on 12 March.", []string{"Tarvo Presidential Election"}},
		{"The Kessa Parliamentary Elections of 2021 were boycotted.", []string{"Kessa Parliamentary Elections"}},
		{"The Tarvo Independence Referendum was held in 2017.", []string{"Tarvo Independence Referendum"}},
		{"The Tarsk Bombing killed 40 people in 2015.", []string{"Tarsk Bombing"}},
		{"Topics: U.S. Election; Regional security", nil},
		{"The Central Election Commission announced the results.", nil},
		{"Election Day is on Sunday.", nil},
		{"Voters rejected the referendum.", nil},
		// Sports cups and carnivals.
		{"Tarvo won the Kessa Cup final 2-0.", []string{"Kessa Cup"}},
		{"The Brelsk Carnival was cancelled.", []string{"Brelsk Carnival"}},
		{"He poured a cup of tea.", nil},
		// A headline's verb after a plural subject ends the subject.
		{"Witnesses Describe Brelsk Massacre", []string{"Brelsk Massacre"}},
		{"Survivors Recall Kessa Uprising", []string{"Kessa Uprising"}},
	})
	runLabelCases(t, Role, []labelCase{
		// A copula before a lower-case office is no word of its name.
		{"Ivo Tarn became prime minister in 2010.", []string{"prime minister"}},
		{"Ivo Tarn became defence minister in 2010.", []string{"defence minister"}},
		{"Ivo Tarn remained prime minister.", []string{"prime minister"}},
		{"Ana Sorel became president in 2010.", nil},
		// Nouns of a unit before a lower-case office of the one holder
		// the text speaks of, a word of the holder maybe between.
		{"Witnesses said Dario Velk, the police commander, ordered the troops to fire.", []string{"police commander"}},
		{"Dario Velk, the local police commander, ordered the troops to fire.", []string{"police commander"}},
		{"They confirmed the district police chief was wounded.", []string{"district police chief"}},
		{"They discussed police commander training.", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		// A camp named before "for" and whom it holds.
		{"Thousands live in the Dravo camp for displaced people.", []string{"Dravo"}},
		{"The Kessa camp for refugees was shelled.", []string{"Kessa"}},
		{"The Tarn camp for reform said.", nil},
	})
}

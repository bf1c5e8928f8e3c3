package extract

import "testing"

// TestOrganisationsSeventhRound holds the cases of the seventh round's
// organisation rules (docs/decisions.md, "Seventh round (organisations)"),
// each written from the rule, with invented names and well-known bodies
// of the lists.
func TestOrganisationsSeventhRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A body's press office is named after the body: "Public Affairs"
		// continues its name, and alone after "for" it is no body.
		{"A statement from Zorvik Air Wing Public Affairs said the jets left.", []string{"Zorvik Air Wing Public Affairs"}},
		{"Ivo Tarn, Deputy Minister of Welfare for Public Affairs, spoke.", nil},
		// A nationality's word that opens a listed body stays, also
		// where the longer name is listed too.
		{"The Korean People's Army Air Force met; so did the African Union Commission.", []string{"Korean People's Army Air Force", "African Union Commission"}},
		// A kind of ship capitalised inside a longer name names the ship
		// after it; not a programme, a body or a headline's verb.
		{"The sailors joined the Zorvik Navy Hospital Ship Kessa in port.", []string{"Zorvik Navy", "Kessa"}},
		{"The High Speed Vessel Zorvik left; the Joint Support Ship Project grew.", []string{"Zorvik"}},
		{"Tarvo Navy Ship Completes Patrol\n\nThe crew rested.", nil},
		// In a heading, a body that gives its own short form in brackets
		// needs no support from the body of the text.
		{"Statement on the Zorvik Support Mission in Mali (ZSMM)\n\nThe council met today.", []string{"Zorvik Support Mission in Mali", "ZSMM"}},
		// One word between a body's head and "and" opens a coordinated
		// name of the body's own; not after a head that takes a name,
		// nor before a place's body.
		{"Kessa Dynamics Armour and Naval Systems and the Zorvik Army Research and Development Center met.", []string{"Kessa Dynamics Armour and Naval Systems", "Zorvik Army Research and Development Center"}},
		{"Soldiers of Task Force Kilo and Tarvo Brigade trained with Task Force Kilo and Kansas National Guard.", []string{"Task Force Kilo", "Tarvo Brigade", "Task Force Kilo", "Kansas National Guard"}},
		// A country's forces named by the theatre they serve have a name
		// of their own; the country's forces alone have none.
		{"The United Kingdom Forces Cyprus commander met the UK Forces staff.", []string{"United Kingdom Forces Cyprus"}},
		// A count before a numbered unit counts its soldiers; a number
		// alone before the unit's words is its own.
		{"Some 200 5th Battalion soldiers and the 903 Kessa Air Wing left.", []string{"5th Battalion", "903 Kessa Air Wing"}},
		// A head alone names the relation between states that the text
		// writes with it, not a body; elsewhere it names the body.
		{"The France – Japan Alliance is strong. The Alliance grew.", nil},
		{"Kessa prizes the Alliance between both states. The Alliance grew.", nil},
		{"Kessa joined the Alliance in April.", []string{"Alliance"}},
		// A line that only credits a body is no headline: the body's
		// name stands there without the text's support.
		{"Tarvo Fleet Sails Into Port\n\nZorvik Fleet Public Affairs\n\nThe fleet sailed today.", []string{"Zorvik Fleet Public Affairs"}},
		// A nationality's word is the name a named head needs before a
		// longer name; before other words it still goes.
		{"She spoke to the Danish Forces Press Service and the Danish Maritime Academy.", []string{"Danish Forces Press Service", "Maritime Academy"}},
		// A service alone at a sentence's start names itself before a
		// capitalised word (a headline's verb, an office), not before a
		// lower-case noun.
		{"Navy Orders Two Kessa Ships\n\nThe Navy said the ships cost more. Navy units left.", []string{"Navy", "Navy"}},
		// A service named before a rank is a name of its own after
		// another body's head.
		{"A chief of the Kessa Defence Staff Air Force Brig. Gen. Ivo Tarn met the press.", []string{"Kessa Defence Staff", "Air Force"}},
		// An EU mission's short form takes its theatre in capitals too.
		{"The EUZOR MALI staff met the EUZOR Mali team.", []string{"EUZOR MALI", "EUZOR Mali"}},
	})
	runLabelCases(t, Role, []labelCase{
		{"Acting Deputy Minister of Welfare for Public Affairs Ivo Tarn gave the readout.", []string{"Acting Deputy Minister of Welfare for Public Affairs"}},
	})
}

package extract

import "testing"

// TestOrganisationsSixteenthRound holds the cases of the sixteenth round's
// rules for organisations' names found from their context and their
// bounds (docs/decisions.md, "Sixteenth round (organisations)"), each
// written from the rule with invented names.
func TestOrganisationsSixteenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// The head of a body's part ("Element", "Section", "Branch",
		// "Cell") names one after the body's name: a head after the
		// first word, a head that names a body alone, an acronym.
		{"He joined the Kessa Command Coordination Element last year.", []string{"Kessa Command Coordination Element"}},
		{"Soldiers of the Mission Command Element in Zorvik trained.", []string{"Mission Command Element"}},
		{"He works for the Kessa Army Section at the embassy.", []string{"Kessa Army Section"}},
		{"Analysts of the ZDF Fusion Cell tracked the ships.", []string{"ZDF Fusion Cell"}},
		// Not after the part's kind alone, nor without a body.
		{"It has a Command Element, Ground Combat Element and Aviation Combat Element.", nil},
		{"The Executive Branch sent the bill back.", nil},
		{"Under Section 702 of the law, the agency may collect data.", nil},
		// An apposition of a body's part names the body before it, and
		// its "of" the whole; a collection's "of" still stays out.
		{"Tarvex Defence, a subsidiary of Kolvane Group, builds drones.", []string{"Tarvex Defence", "Kolvane Group"}},
		{"Zorvik Dawn, a faction of the Tarvo Front, attacked the base.", []string{"Zorvik Dawn", "Tarvo Front"}},
		{"Kessa Watch, an offshoot of the Zorvik Movement, published it.", []string{"Kessa Watch", "Zorvik Movement"}},
		{"Kessa, a group of soldiers said, was calm.", nil},
		// A company's legal suffix closes its name: the "of" after it
		// names the firm's seat; before it, the name goes on.
		{"The contract was awarded to Tarvex Systems Inc. of Brelsk.", []string{"Tarvex Systems Inc."}},
		{"Kolvane Aerospace Ltd. of Zorvik won the tender.", []string{"Kolvane Aerospace Ltd."}},
		{"Tyco International of Kessa Ltd won a contract.", []string{"Tyco International of Kessa Ltd"}},
		// "Radio" opens an outlet's short name of one or two words, as
		// it closes one; not an occupation before its holder's name.
		{"He told Radio Kessa that the army was ready.", []string{"Radio Kessa"}},
		{"The interview was broadcast by Radio Zorvik International.", []string{"Radio Zorvik International"}},
		{"The Kessa Radio said the talks failed.", []string{"Kessa Radio"}},
		{"Radio Operator Ivo Tarn sent the message.", nil},
		{"Radio contact was lost with the ship.", nil},
		// A mission or a force is named by where it serves, also a place
		// no list knows that the text puts after "in"; not before a
		// longer capitalised name, nor after another head.
		{"Troops of the Zorvik Union Training Mission in Kessa left on Monday.", []string{"Zorvik Union Training Mission in Kessa"}},
		{"The Kessa Interim Force in Tarvo said the shelling stopped.", []string{"Kessa Interim Force in Tarvo"}},
		{"The Kessa Mission in Tarvo Province opened a school.", []string{"Kessa Mission"}},
		{"The Kessa Army in Tarvo has 3,000 troops.", []string{"Kessa Army"}},
		{"He joined the Kessa Peace Force in March.", []string{"Kessa Peace Force"}},
		// What a backer backs, funds or arms (a participle glued to its
		// backer) is a group; not a plural noun's modifier, nor an
		// office or a rank.
		{"The Iranian-backed Zorvani continue to threaten shipping.", []string{"Zorvani"}},
		{"Strikes hit the Tarvo-funded Velmar Dawn in the north.", []string{"Velmar Dawn"}},
		{"He praised the well-armed Kessa forces.", nil},
		{"The state-owned Tarvex said output rose.", []string{"Tarvex"}},
		{"The government-run Kessa hospitals were full.", nil},
		{"Kessa-backed Brigadier General Ivo Tarn took power.", nil},
		// Whose shares trade is a company; not a possessor's, and not
		// after "in" (a market's city).
		{"Shares of Tarvex fell 4 percent on Monday.", []string{"Tarvex"}},
		{"Shares of Kessa's largest bank fell.", nil},
		// What has members is a body; not one word after "the" (a
		// people as often), a possessor, nor a word a hyphen goes on.
		{"He is a member of Velmar Dawn, officials said.", []string{"Velmar Dawn"}},
		{"Members of Velmar Dawn attacked the town.", []string{"Velmar Dawn"}},
		{"Two members of the Zorvani were killed.", nil},
		{"She is a member of the Tarn family.", nil},
		{"They were members of the Kessa De-mining company.", nil},
		{"Members of Friends of the Tarvo Coast cleaned the beach.", nil},
		{"Two employees of Kolvane were hurt in the blast.", []string{"Kolvane"}},
		// The German word for a foundation closes its name, a person's
		// name before it too.
		{"A study by the Ivo Tarvo Stiftung found the risk high.", []string{"Ivo Tarvo Stiftung"}},
		// A company's officer by its acronym belongs to a company: the
		// name before it is one, also opening a sentence or before a
		// possessive.
		{"Tarvex CEO Ivo Tarn said the firm would grow.", []string{"Tarvex"}},
		{"Kolvane's CFO Ana Sorel left.", []string{"Kolvane"}},
		{"The CEO said profits rose.", nil},
		// A garrison is named by the place it serves, as a command is,
		// when the text names the place; not a word that names none.
		{"He served at U.S. Army Garrison Tarvo. The garrison in Tarvo is big.", []string{"U.S. Army Garrison Tarvo"}},
		{"He served at Army Garrison Kessa until 2019.", []string{"Army Garrison"}},
		{"The Zorvik Garrison Photo exhibit opened.", []string{"Zorvik Garrison"}},
		// A body's acronym glued to a place or a word names its branch
		// where the compound stands alone; before a noun it pairs two
		// parties.
		{"Fighters of ZLA-Kessa attacked a checkpoint.", []string{"ZLA-Kessa"}},
		{"The attack was claimed by ZLA-Tarvo, which is active there.", []string{"ZLA-Tarvo"}},
		{"Troops fought ZLA-Unity in the hills.", []string{"ZLA-Unity"}},
		{"He praised ZDF-Tarvo relations.", []string{"ZDF"}},
		{"The ZDF-Kessa summit ended.", []string{"ZDF"}},
		// A list of portfolios that "and" closes stays in the
		// complement; parties after a comma do not.
		{"The Ministry of Kessa Affairs, Trade and Development said.", []string{"Ministry of Kessa Affairs, Trade and Development"}},
		{"The Ministry of Culture, Sports, and Tourism hosted it.", []string{"Ministry of Culture, Sports, and Tourism"}},
		{"The Ministry of Defence, Kessa and Tarvo signed the deal.", []string{"Ministry of Defence"}},
		// A lower-case noun glued by a hyphen to a capitalised word of
		// the complement is part of it; a participle is not.
		{"The Office of Counter-terrorism Coordination met.", []string{"Office of Counter-terrorism Coordination"}},
		{"The Ministry of Defence-sponsored study was released.", []string{"Ministry of Defence"}},
		// Regiments named by the kind of their soldiers; not the kind in
		// lower case, nor alone.
		{"The Royal Tarvo Regiment and the Kessa Guards marched.", []string{"Royal Tarvo Regiment", "Kessa Guards"}},
		{"The Kessa Hussars paraded on Monday.", []string{"Kessa Hussars"}},
		{"Kessa border guards fired shots.", nil},
		{"The Guards were praised.", nil},
		// A body's head that opens an office in lower case after the
		// body's name is the body's; the office's title stands alone.
		{"The Kessa Amphibious Force commander, Capt. Ivo Tarn, spoke.", []string{"Kessa Amphibious Force"}},
		{"The Force Commander, Maj. Gen. Ivo Tarn, visited the post.", nil},
		{"The Force commander visited the post.", nil},
		// A rank's word after a determiner or a possessive opens a
		// body's name; before a person's name it is a rank.
		{"The Kessa People's Army's General Political Department issued it.", []string{"Kessa People's Army", "General Political Department"}},
		{"General Ivo Tarn's Army Command took over.", []string{"Army Command"}},
		// An en dash glued to both words joins them as a hyphen does; a
		// spaced dash does not.
		{"The Kessa–Tarvo Joint Commission met on Friday.", []string{"Kessa–Tarvo Joint Commission"}},
		{"The Kessa - Tarvo Joint Border Committee met.", []string{"Tarvo Joint Border Committee"}},
	})
	runLabelCases(t, Role, []labelCase{
		{"Tarvex CEO Ivo Tarn said the firm would grow.", []string{"CEO"}},
		{"The Kessa Amphibious Force commander, Capt. Ivo Tarn, spoke.", []string{"commander"}},
		{"The Force Commander, Maj. Gen. Ivo Tarn, visited the post.", []string{"Force Commander"}},
	})
}

// TestCompanyOfficerHolder checks that a company's officer by its
// acronym is the office of the name after it (docs/decisions.md,
// "Sixteenth round (organisations)").
func TestCompanyOfficerHolder(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		{"Tarvex CEO Ivo Tarn said the firm would grow.", []string{"Ivo Tarn@11->CEO@7"}},
	})
}

package extract

import "testing"

// TestOrganisationsThirteenthRound holds the cases of the thirteenth
// round's organisation rules (docs/decisions.md, "Thirteenth round
// (organisations)"), each written from the rule with invented names.
func TestOrganisationsThirteenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// An unknown name before a noun for a body's members or voice
		// names the body, and so do its other mentions; not a word that
		// opens a sentence or an organisation's head, a follower's word
		// of a doctrine, or a word joined to a nationality's.
		{"Officials said several Zorvek fighters were killed. Later the Zorvek withdrew.", []string{"Zorvek", "Zorvek"}},
		{"The town fell after Kessarim militants attacked it.", []string{"Kessarim"}},
		{"A strike targeted al-Tarvani terrorists near the border.", []string{"al-Tarvani"}},
		{"A Tarvoli spokesman said the talks would go on.", []string{"Tarvoli"}},
		{"Tarvonia is a Kessa member, officials said.", nil},
		{"Envoys met Tarvoli Spokesman Ivo Tarn.", []string{"Tarvoli"}},
		{"On Monday, Zorvani Press Secretary Ivo Tarn spoke.", []string{"Zorvani"}},
		{"Reporters met Deputy Spokesperson Ivo Tarn.", nil},
		// An unknown name before a claim of an attack names a group; not
		// a name that closes another's complement.
		{"A bomb hit the market, and al-Zorvani has claimed responsibility.", []string{"al-Zorvani"}},
		{"Two blasts hit the port. Kessarim claimed responsibility. Kessarim is banned.", []string{"Kessarim", "Kessarim"}},
		{"The Free State of Zorvia and the Tarvel claimed responsibility.", nil},
		{"Villagers said al-Zorvani gunmen burned the school.", []string{"al-Zorvani"}},
		{"Rebel fighters left the town. Military spokesman Ivo Tarn spoke.", nil},
		{"The village paid the Zorvanist militants.", nil},
		{"Officials praised Kurdish and Kessani fighters.", nil},
		{"Pilots said our Zorvani fighters escorted the jet.", nil},
		// An unknown word after a theatre's head is the theatre the body
		// serves when the text names it as a place elsewhere.
		{"Troops arrived in Zorvakia in May. The commander of Multinational Corps Zorvakia spoke.", []string{"Multinational Corps Zorvakia"}},
		{"The commander of Multinational Corps Zorvakia spoke.", []string{"Multinational Corps"}},
		{"He received the Multinational Corps Medal in Tarvo.", []string{"Multinational Corps"}},
		{"The EU trains troops in Zorvakia. EUKTM Zorvakia began in May.", []string{"EU", "EUKTM Zorvakia"}},
		// Words in capitals that open a line before a comma and a
		// capitalised word, a spaced dash or a bracketed date are a
		// dateline's place, no body's short form.
		{"Drill ends\nZORVAK, Tarvia – The KDF ended a drill.", []string{"KDF"}},
		// (A guard: the dashes alone passed before the rule.)
		{"Drill ends\nPORT KESSEL -- The KDF ended a drill.", []string{"KDF"}},
		{"Drill ends\nZORVAK (May 2, 2024) — The KDF ended a drill.", []string{"KDF"}},
		{"Drill ends\nZTF-Bravo began a drill.", []string{"ZTF-Bravo"}},
		{"Drill ends\nKDF, ZTF-HOA leaders meet.", []string{"KDF", "ZTF-HOA"}},
		// A command's clipped name ends in "com": in capitals longer
		// than an acronym, or with only its first letter capitalised.
		{"Officials of USKESSACOM and Tarvcom met on a sitcom set.", []string{"USKESSACOM", "Tarvcom"}},
	})
}

package extract

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestContextWordsSeventeenthRound holds the cases of the context words
// moved from the code into context_words.tsv in the seventeenth round
// (docs/decisions.md, "Seventeenth round (context word lists)"): each
// kind with a firing case and a near miss, written with invented names.
func TestContextWordsSeventeenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// backing: a participle of backing glued to its backer.
		{"Strikes hit the Tarvo-funded Velmar Dawn in the north.", []string{"Velmar Dawn"}},
		{"Strikes hit the Tarvo-trained Velmar Dawn in the north.", nil},
		// member-of: members or employees of a body.
		{"He met members of the Velmar Dawn on Monday.", []string{"Velmar Dawn"}},
		{"He met friends of the Velmar Dawn on Monday.", nil},
		// maker-by, contract: a maker and a contract's party.
		{"The drones are manufactured by Tarvex.", []string{"Tarvex"}},
		{"The foundation was built by Tarvex.", nil},
		{"Kolvane signed a contract with Tarvex Marine.", []string{"Tarvex Marine"}},
		{"Kolvane signed a deal with Tarvex Marine.", nil},
		// post-verb, account: a platform of online posts.
		{"Ivo Tarn wrote on Kessagram that the talks failed.", []string{"Kessagram"}},
		{"Ivo Tarn spoke on Kessagram that the talks failed.", nil},
		{"He said on his Zorvik account that he would resign.", []string{"Zorvik"}},
		{"He said on his Zorvik trip that he would resign.", nil},
		// part-of: an apposition of a body's part names the whole.
		{"Kessa Watch, an offshoot of the Zorvik Movement, published it.", []string{"Kessa Watch", "Zorvik Movement"}},
		// document: a text's name is no body's after an org's cue.
		{"According to the Velmar Constitution, the king rules.", nil},
	})
}

// TestChamberMemorialPortSeventeenthRound holds the cases of the
// chamber's, the memorial's and the port call's words moved into
// context_words.tsv and place_cues.tsv.
func TestChamberMemorialPortSeventeenthRound(t *testing.T) {
	// chamber: "Member of" a chamber is an office, of a party none.
	runLabelCases(t, Role, []labelCase{
		{"Ivo Tarn, Member of the Kessa Senate, spoke.", []string{"Member"}},
		{"Ivo Tarn, Member of the Kessa Party, spoke.", nil},
	})
	// memorial: a ship's name before "Memorial" is a place's, no ship.
	runLabelCases(t, Org, []labelCase{
		{"Crowds visited the USS Tarvo Memorial on Sunday.", nil},
		{"Crowds visited the USS Tarvo on Sunday.", []string{"USS Tarvo"}},
	})
	// port-call: the town before a port visit.
	runLabelCases(t, GPE, []labelCase{
		{"USS Kessa Conducts Zorvik Port Visit", []string{"Zorvik"}},
		{"USS Kessa Leaves Zorvik Port Authority", nil},
	})
}

// TestKinCounselSeventeenthRound holds the cases of the relatives' and
// the lawyers' nouns moved into context_words.tsv: what only a person
// has after a name and a possessive.
func TestKinCounselSeventeenthRound(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Tarvek Dolan's attorney said he would appeal.", []string{"Tarvek Dolan"}},
		{"Velmar Osk's daughter said he was innocent.", []string{"Velmar Osk"}},
		{"Tarvek Dolan's office said he would appeal.", nil},
		{"The Zorvik Group's lawyer said the deal was legal.", nil},
	})
}

// TestOpeningDeterminerSeventeenthRound holds the cases of the one test
// of a determiner that opens its sentence (openingDeterminer, which
// openingArticle was a near-copy of): before a body's apposition, an
// opening article or determiner is no word of the name; a capitalised
// word that may be a name's still is.
func TestOpeningDeterminerSeventeenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"The Kessa Tigers, a rebel group, attacked the base.", []string{"Kessa Tigers"}},
		{"Their Zorvik Dawn, an armed group, grew.", []string{"Zorvik Dawn"}},
		{"Its Medics Without Walls, a charity, opened a clinic.", []string{"Medics Without Walls"}},
		{"Only Kessa Tigers, a rebel group, attacked the base.", nil},
	})
}

// TestOrgansPeersSeventeenthRound holds the cases of the state organs',
// the employers' and the peers' words moved into context_words.tsv.
func TestOrgansPeersSeventeenthRound(t *testing.T) {
	// employer: the words before it name the employer, no portfolio.
	runLabelCases(t, Role, []labelCase{
		{"Ivo Tarn, a spokesman for the foreign agency, said so.", []string{"spokesman"}},
		{"Ivo Tarn, a spokesman for the foreign trade, said so.", []string{"spokesman for the foreign trade"}},
	})
	// state-organ: a name in apposition after a state's organ.
	runLabelCases(t, Person, []labelCase{
		{"The head of the navy, Tarvo Kessk, has warned.", []string{"Tarvo Kessk"}},
		{"The head of the rebel group, Tarvo Kessk, has warned.", nil},
	})
	// peer: a peer's name goes on with "of" and the title's place.
	runLabelCases(t, Person, []labelCase{
		{"Baroness Kessa of Tarvo spoke in the debate.", []string{"Kessa of Tarvo"}},
		{"Minister Kessa of Tarvo spoke in the debate.", []string{"Kessa"}},
	})
}

// TestEventWordsSeventeenthRound holds the cases of the events' words
// moved into context_words.tsv: activities, event modifiers, awards and
// parts of texts.
func TestEventWordsSeventeenthRound(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// activity: a military activity's name after a naming word.
		{"Troops began an offensive code-named Tarvo Storm in May.", []string{"Tarvo Storm"}},
		{"Troops began a march code-named Tarvo Storm in May.", nil},
		// event-modifier: a described event's name in apposition.
		{"Sailors joined the joint exercise, Kessa Shield, in May.", []string{"Kessa Shield"}},
		{"Sailors joined the big exercise, Kessa Shield, in May.", nil},
		// award: an award's noun after an event's head.
		{"He received the Kessa Summit Medal in May.", nil},
		{"He attended the Kessa Summit in May.", []string{"Kessa Summit"}},
		// text-part: a part of a text ends an edition's name.
		{"They cited the Tarvo Treaty Article VI in May.", nil},
		{"They cited the Tarvo Treaty Zorvik VI in May.", []string{"Tarvo Treaty Zorvik VI"}},
	})
}

// TestAppointmentWordsSeventeenthRound holds the cases of the words of
// succession, offices taken, agents and forms of state moved into
// context_words.tsv and place_cues.tsv.
func TestAppointmentWordsSeventeenthRound(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		// succession: the subject takes the office.
		{"Ivo Tarn replaced Ana Ruiz as Chief of Staff.", []string{"Ivo Tarn@0->Chief of Staff@30"}},
		// office-taken: the office a person takes before "of".
		{"Ana Ruiz took the role of Chief of Staff.", []string{"Ana Ruiz@0->Chief of Staff@26"}},
		{"Ana Ruiz took the car of the Chief of Staff.", nil},
	})
	// agent-by: the agent of a person's verb is a person.
	runLabelCases(t, Person, []labelCase{
		{"The team was headed by Tarvo Kessk on Monday.", []string{"Tarvo Kessk"}},
		{"The team was hosted by Tarvo Kessk on Monday.", nil},
	})
	// state-form: a nationality and a form of state.
	runLabelCases(t, GPE, []labelCase{
		{"Envoys from the Tongan Kingdom arrived.", []string{"Tongan Kingdom"}},
		{"Envoys from the Tongan Palace arrived.", nil},
	})
}

// TestSelfNamedSeventeenthRound holds the cases of the self-named
// groups' nouns and the naming verbs moved into context_words.tsv.
func TestSelfNamedSeventeenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"Rebels who call themselves Zorvik Dawn seized the town.", []string{"Zorvik Dawn"}},
		{"A faction dubbing itself Velmar Path seized the town.", nil},
		{"A faction that dubs itself Velmar Path seized the town.", []string{"Velmar Path"}},
		{"Fans who call themselves Zorvik Dawn filled the stadium.", nil},
	})
}

// TestRoleWordsSeventeenthRound holds the cases of the groups of people
// and the holders' meetings after an office, moved into
// context_words.tsv.
func TestRoleWordsSeventeenthRound(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"The Senator Delegation arrived in Kessa.", nil},
		{"The Senator Committee arrived in Kessa.", []string{"Senator"}},
		{"A foreign ministers' meeting opened in Kessa.", nil},
		{"A foreign ministers' office opened in Kessa.", []string{"foreign ministers"}},
	})
}

// TestContextWordsUserRules extends a kind of context_words.tsv from a
// user's folder, also with a word longer than any built-in one (the scan
// tests the lengths of the kind's words, not fixed ones), and rejects a
// kind it does not know.
func TestContextWordsUserRules(t *testing.T) {
	for _, c := range []struct{ rules, text string }{
		{"", "Strikes hit the Tarvo-affiliated Velmar Dawn in the north."},
		{"trained\tbacking\n", "Strikes hit the Tarvo-trained Velmar Dawn in the north."},
		{"bankrolled\tbacking\n", "Strikes hit the Tarvo-bankrolled Velmar Dawn in the north."},
	} {
		cfg := Config{}
		if c.rules != "" {
			cfg.Rules = fstest.MapFS{"context_words.tsv": {Data: []byte(c.rules)}}
		}
		p, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if got := entitiesIn(t, p, c.text, Org); len(got) != 1 || got[0] != "Velmar Dawn" {
			t.Errorf("%q with rules %q: got %q", c.text, c.rules, got)
		}
	}
	if _, err := New(Config{Rules: fstest.MapFS{"context_words.tsv": {Data: []byte("trained\tbacker\n")}}}); err == nil || !strings.Contains(err.Error(), "context_words.tsv:1:") {
		t.Errorf("unknown kind: err = %v", err)
	}
}

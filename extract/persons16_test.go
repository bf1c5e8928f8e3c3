package extract

import "testing"

// TestPersonsSixteenthRound holds the cases of a surname after a name
// particle and of a given name in quotes (docs/decisions.md, "Sixteenth
// round (persons)"), written from the rules with invented people; the
// places are listed ones, as the rule is about them.
func TestPersonsSixteenthRound(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// A particle goes on with the name, also into a listed place;
		// the short mention keeps its particle.
		{"The suspect was named as Louis Van Varna. Van Varna was charged.", []string{"Louis Van Varna", "Van Varna"}},
		{"Police named Ana De Varna. They handed the gun to De Varna.", []string{"Ana De Varna", "De Varna"}},
		// Without a particle a place after a given name stays a place.
		{"Ivo Tarn flew from Varna on Monday.", []string{"Ivo Tarn"}},
		// A listed given name in quotes makes an unknown first name one.
		{`Matiu "Matt" Korrin was shot on Friday.`, []string{`Matiu "Matt" Korrin`}},
		{`Tavita "Josh" Lemalu said the talks failed.`, []string{`Tavita "Josh" Lemalu`}},
		// Not a given name in quotes, or no name after it.
		{`The Kessa "Tigers" Brigade left the town.`, nil},
		{`Officials called Tarvo "Kessa" Province a threat.`, nil},
		// A people's name of two words is no person, whatever verb
		// follows it.
		{"A group of exiled Central Africans warned of violence.", nil},
		{"Many New Zealanders said they would stay.", nil},
		// A place only guessed from "from" that is a word of a person
		// named in full is that person.
		{"President Ivo Tarnovic spoke. Troops should ignore orders from Tarnovic.", []string{"Ivo Tarnovic", "Tarnovic"}},
	})
	runLabelCases(t, GPE, []labelCase{
		{"Police named Ana De Varna. They handed the gun to De Varna.", nil},
		{"Ivo Tarn flew from Varna on Monday.", []string{"Varna"}},
	})
}

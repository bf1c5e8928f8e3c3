package extract

import (
	"testing"
	"testing/fstest"
)

// TestContextWordsEighteenthRound holds the cases of the word lists moved
// from the code into context_words.tsv in the eighteenth round
// (docs/decisions.md, "Eighteenth round (word lists to data)"): each kind
// with a firing case and a near miss, written with invented names.
func TestContextWordsEighteenthRound(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// done-to-person: the passive subject and the object of what is
		// done to a person.
		{"Boran Teskel was arrested at the border.", []string{"Boran Teskel"}},
		{"Boran Teskel was flooded at the border.", nil},
		{"Police arrested Boran Teskel at the border.", []string{"Boran Teskel"}},
		{"Police crossed Boran Teskel at the border.", nil},
		// degree: a degree after a name ends the person's name.
		{"He met Dr. Ivo Tarn PhD on Monday.", []string{"Ivo Tarn"}},
		{"He met Dr. Ivo Tarn PhX on Monday.", []string{"Ivo Tarn PhX"}},
		// speech-adverb: an adverb between a speaker and "said".
		{"Boran Teskel later said the talks failed.", []string{"Boran Teskel"}},
		{"Boran Teskel quickly said the talks failed.", nil},
		// credit, credit-heading: what a person made before "by"; a
		// statement only as a release's capitalised heading.
		{"Story by Boran Teskel. The fleet sailed.", []string{"Boran Teskel"}},
		{"Trip by Boran Teskel. The fleet sailed.", nil},
		{"Press Statement by Lorvik Tamsen\nDepartment Spokesperson", []string{"Lorvik Tamsen"}},
		{"The ministry rejected a statement by North Brelsk.", nil},
		// appointed: an auxiliary and a participle of giving an office.
		{"The Council met. Terhi Kestrel was sworn in on Monday.", []string{"Terhi Kestrel"}},
		{"The Council met. Terhi Kestrel has been hosted by the Mission.", nil},
	})
	runLabelCases(t, Org, []labelCase{
		// programme: a programme's word in lower case after a kind of
		// ship makes the words before it a project's name, no ship's.
		{"It is part of the Kessa Patrol Boat Replacement project.", nil},
		{"It is part of the Kessa Patrol Boat Replacement effort.", []string{"Replacement"}},
		// claimed-attack: who claims an attack is a group.
		{"Kessa Velgar claimed the bombing on its website.", []string{"Kessa Velgar"}},
		{"Kessa Velgar claimed the victory on its website.", nil},
	})
	runLabelCases(t, Event, []labelCase{
		// media: a press format after a meeting's name leaves the meeting.
		{"He spoke at the Kessa-Tarvo Leaders Summit Media Roundtable on Monday.", []string{"Kessa-Tarvo Leaders Summit"}},
		// agent-participle: the name before it leads the exercise.
		{"The exercises included the Zorvik led exercise in May.", nil},
		{"The exercises included the Zorvik naval exercise in May.", []string{"Zorvik"}},
		// clause-participle: a short participle after the apposition's
		// event noun opens a clause; another noun makes it a modifier.
		{"Kessa Shield, a biennial exercise held in May, began.", []string{"Kessa Shield"}},
		{"Kessa Shield, a biennial exercise partner, arrived.", nil},
		// name-intro: a participle that introduces the activity's name.
		{"Troops began an offensive dubbed Tarvo Storm on Monday.", []string{"Tarvo Storm"}},
		{"Troops began an offensive against Tarvo Storm on Monday.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		// compound-second: "-era" makes an adjective, no place's name.
		{"Shells hit villages in the Zorvik-era district.", nil},
		{"Shells hit villages in the Zorvik-liet district.", []string{"Zorvik-liet"}},
		// compound-place: where something is based names a place.
		{"The Kessa-based destroyers sailed on Monday.", []string{"Kessa"}},
		{"The Kessa-class destroyers sailed on Monday.", nil},
		// release-heading: a release's heading opens no dateline.
		{"Troops Arrive\nMEDIA ADVISORY, March 3, 2023 – Marines landed.", nil},
		{"Troops Arrive\nKESSABAN, March 3, 2023 – Marines landed.", []string{"KESSABAN"}},
	})
	runLabelCases(t, Loc, []labelCase{
		// combining-form: a people's combining form opens the compound.
		{"Security in the Indo-Zorvic region matters.", []string{"Indo-Zorvic"}},
		{"Security in the Tarvo-Zorvic region matters.", nil},
	})
	runLabelCases(t, Agreement, []labelCase{
		// agreement-no-subject: a modifier that names no subject.
		{"The summit denounced the French-Italian framework agreement.", nil},
		{"The summit denounced the French-Italian maritime agreement.", []string{"maritime agreement"}},
	})
}

// TestEighteenthRoundUserRules checks that a user's context_words.tsv and
// place_cues.tsv extend the kinds moved in the eighteenth round.
func TestEighteenthRoundUserRules(t *testing.T) {
	for _, c := range []struct {
		file, rules string
		label       Label
		text        string
		want        int
	}{
		{"", "", Person, "Police deported Boran Teskel at the border.", 0},
		{"context_words.tsv", "deported\tdone-to-person\n", Person, "Police deported Boran Teskel at the border.", 1},
		{"", "", Person, "Boran Teskel swiftly said the talks failed.", 0},
		{"context_words.tsv", "swiftly\tspeech-adverb\n", Person, "Boran Teskel swiftly said the talks failed.", 1},
		{"", "", GPE, "The Kessa-garrisoned destroyers sailed on Monday.", 0},
		{"place_cues.tsv", "garrisoned\tcompound-place\n", GPE, "The Kessa-garrisoned destroyers sailed on Monday.", 1},
	} {
		cfg := Config{}
		if c.rules != "" {
			cfg.Rules = fstest.MapFS{c.file: {Data: []byte(c.rules)}}
		}
		p, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(entitiesIn(t, p, c.text, c.label)); n != c.want {
			t.Errorf("%q with rules %q: %d %s, want %d", c.text, c.rules, n, c.label, c.want)
		}
	}
}

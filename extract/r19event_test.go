package extract

import "testing"

// TestEventsAgreementsNineteenthRound holds the cases of the nineteenth
// round's event and agreement rules (docs/decisions.md, "Nineteenth round
// (events and agreements)"), with invented names.
func TestEventsAgreementsNineteenthRound(t *testing.T) {
	// A kind of named event that is no drill (context_words.tsv's
	// event-noun) defines the name that opens the sentence, or stands in
	// apposition after it; a noun it qualifies, or a common word for a
	// name, makes no event.
	runLabelCases(t, Event, []labelCase{
		{"Zorvik Ridge was a battle during the Kessa War.", []string{"Zorvik Ridge", "Kessa War"}},
		{"Tarvo Fields is an annual military exposition held in Zorvik.", []string{"Tarvo Fields"}},
		{"He spoke at the opening of Zorvik Heroes Week, an annual commemoration.", []string{"Zorvik Heroes Week"}},
		{"Kessa Lance is an annual exercise held in Tarvik.", []string{"Kessa Lance"}},
		{"Tarvo Hall is a conference room on the third floor.", nil},
		{"It was a battle during the night.", nil},
		{"He visited Tarvik, a battle-scarred town.", nil},
		{"Kessaland is a war-torn country.", nil},
		{"Troops entered Zorvik, a conflict-hit region, on Monday.", nil},
	})

	// The nineteenth round's word batch (context_words.tsv): event nouns
	// ("uprising", "tournament", "festival"), event modifiers
	// ("amphibious", "yearly"), activity nouns ("assault", "incursion"),
	// clause participles ("fought") and name intros ("titled").
	runLabelCases(t, Event, []labelCase{
		{"The regiment fought in the assault codenamed Tarvo Hammer last year.", []string{"Tarvo Hammer"}},
		{"Forces began an incursion, known as Kessa Spring, on Monday.", []string{"Kessa Spring"}},
		{"The drill, titled Zorvik Resolve, began on Monday.", []string{"Zorvik Resolve"}},
		{"The amphibious exercise, Tarvo Surf, began on Monday.", []string{"Tarvo Surf"}},
		{"The yearly exercise, Kessa Arrow, began on Monday.", []string{"Kessa Arrow"}},
		{"Velmar Fields was a battle fought in 1915.", []string{"Velmar Fields"}},
		{"Tarvo Days is an annual festival in Zorvik.", []string{"Tarvo Days"}},
		{"Kessa Point was an uprising during the winter.", []string{"Kessa Point"}},
		{"Zorvik Open is a tournament held in May.", []string{"Zorvik Open"}},
		{"The maritime exercise began on Monday.", nil},
		{"Kessa Shield was a dialogue box.", nil},
	})

	// event_openers.txt: the openers of battles' and armed events' names;
	// in lower case, "battle for" opens none.
	runLabelCases(t, Event, []labelCase{
		{"The Battle for Tarvik lasted a month.", []string{"Battle for Tarvik"}},
		{"Veterans marked the anniversary of the Bombing of Tarvik.", []string{"Bombing of Tarvik"}},
		{"The Invasion of Zorvik began at dawn.", []string{"Invasion of Zorvik"}},
		{"The battle for Tarvik lasted a month.", nil},
	})
	// agreement_modifiers.txt: the fields of instruments join a described
	// agreement's span; alone they name no subject.
	runLabelCases(t, Agreement, []labelCase{
		{"They signed a cyber cooperation agreement on information sharing.", []string{"cyber cooperation agreement on information sharing"}},
		{"Tarvo and Velmaria signed an assistance treaty on criminal matters.", []string{"assistance treaty on criminal matters"}},
		{"The legal agreement between the firms was sealed.", nil},
		{"The two sides signed a visa agreement.", nil},
	})

	// event_heads.txt: armed clashes (final), online and voice
	// gatherings, lectures, vigils, negotiations; a final head before a
	// noun heads nothing.
	runLabelCases(t, Event, []labelCase{
		{"Officials joined the Kessa Security Webinar on Monday.", []string{"Kessa Security Webinar"}},
		{"He gave the Tarvo Memorial Lecture in Zorvik.", []string{"Tarvo Memorial Lecture"}},
		{"Veterans died in the Zorvik Ambush of 1967.", []string{"Zorvik Ambush"}},
		{"Envoys resumed the Kessa Peace Negotiations on Monday.", []string{"Kessa Peace Negotiations"}},
		{"Hundreds attended the Tarvik Candlelight Vigil.", []string{"Tarvik Candlelight Vigil"}},
		{"Ministers held the Kessa-Tarvo Defence Teleconference on Monday.", []string{"Kessa-Tarvo Defence Teleconference"}},
		{"The Zorvik Border Clashes killed 20 soldiers.", []string{"Zorvik Border Clashes"}},
		{"Ambush Tactics were taught at the school.", nil},
		{"He spoke in the Tarvo Lecture Theatre on Monday.", nil},
	})

	// event_openers.txt's other nouns of a drill, in lower case.
	runLabelCases(t, Event, []labelCase{
		{"Troops returned from the Kessa Shield manoeuvres on Monday.", []string{"Kessa Shield"}},
		{"The war games dubbed Tarvo Lance began on Monday.", []string{"Tarvo Lance"}},
		{"Navies held maneuvers Zorvik Wave in May.", []string{"Zorvik Wave"}},
		{"The army held large manoeuvres near the border.", nil},
	})
	// agreement_heads.txt: "Understanding" and "Final Act" stay out
	// (removed after these probes).
	runLabelCases(t, Agreement, []labelCase{
		{"Tarvo marked the Year of Mutual Understanding in 2019.", nil},
		{"The Final Act of the opera drew applause.", nil},
	})

	// context_words.tsv's awards after an event's head (a campaign's
	// star, a war's cross) name no event; the head alone still does.
	runLabelCases(t, Event, []labelCase{
		{"He received the Kessa Campaign Star in 1945.", nil},
		{"He received the Kessa War Cross in 1945.", nil},
		{"Veterans of the Kessa War met in Tarvik.", []string{"Kessa War"}},
	})
	// holders-meeting: a meeting named by who attends holds no office.
	runLabelCases(t, Role, []labelCase{
		{"The defence ministers' consultations ended on Monday.", nil},
	})
}

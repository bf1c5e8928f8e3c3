package extract

import "testing"

// TestEventsFourteenthRound holds the cases of the fourteenth round's
// event and agreement rules (docs/decisions.md, "Fourteenth round
// (events and agreements)"), each written from the rule with invented
// names.
func TestEventsFourteenthRound(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// An acronym guessed as a body that then names an event again
		// (its initials, or a bracketed short form) takes the edition the
		// text gives it there, as a mention found by its words does.
		{"Crews began Kessa Tarvo 2023 in May. KT 23, sponsored by the navy, began.", []string{"Kessa Tarvo 2023", "KT 23"}},
		{"Ships trained during the annual exercise Kessa Operations (KESOPS). After the end of KESOPS 50, they sailed home.", []string{"Kessa Operations", "KESOPS", "KESOPS 50"}},
		// (A count after the acronym is no edition: "KT 23 ships".)
		{"Crews began Kessa Tarvo 2023 in May. KT 23 ships sailed.", []string{"Kessa Tarvo 2023", "KT"}},
		// An acronym glued by a hyphen to "Plus" is a meeting's format
		// with its partners, an event; its edition ordinal goes with it.
		{"They agreed to deepen cooperation under KDMM-Plus and beyond.", []string{"KDMM-Plus"}},
		{"Ministers met at the 11th KSOM-Plus in May.", []string{"11th KSOM-Plus"}},
		{"The Kessa-Plus fund grew.", nil},
		// Before a lower-case exercise cue, a name that leads it, names
		// coordinated before one exercise, and a word joined by a dash
		// to a short form are parties, not the exercise's name; before
		// "exercises" the last of coordinated names is still one.
		{"The exercises included the Zorvik led exercise in May.", nil},
		{"Crews joined a ten-day Zorvia and Tarvia bilateral exercise.", nil},
		{"The Zorvia-KT military exercise began.", nil},
		{"Units trained in the Zorvia-KT Bilateral exercise.", nil},
		// (The sixteenth round's examplesBeforeKind reads the others too.)
		{"Units joined the recently concluded KESSEX and TARVEX exercises.", []string{"KESSEX", "TARVEX"}},
		{"Units joined the annual Kessa Tarvo training exercise.", []string{"Kessa Tarvo"}},
		// The words before a group of office holders that opens a
		// meeting's name open it too, known or not, with an edition.
		{"He attended the Kessa Heads of Government Meeting in May.", []string{"Kessa Heads of Government Meeting"}},
		{"He attended the 21st KESSA Chiefs of Defence Forces Meeting in May.", []string{"21st KESSA Chiefs of Defence Forces Meeting"}},
		{"He attended the Chiefs of Defence Conference in May.", []string{"Chiefs of Defence Conference"}},
		// After the words of taking part, a nationality may open a name
		// that an edition ends; without the edition it stays out.
		{"Troops arrived to participate in Chilean Lion 2022. They left in May.", []string{"Chilean Lion 2022"}},
		{"Troops arrived to participate in Chilean Lion, and left.", nil},
		{"Troops took part in Chilean 2022, and left.", nil},
		// (The heading's rule for events: "Chile Peace Talks" in Title
		// Case is peace talks on a place.)
		{"Two Rebel Groups Boycott Chile Peace Talks In Peru\n\nThe groups stayed away from the talks on Monday.", nil},
	})
	runLabelCases(t, Agreement, []labelCase{
		// In a Title Case heading, a title made only of a subject's
		// words, places and heads is a description, unless the body
		// writes it too; a word of its own keeps a long title there.
		{"Zorvia, Tarvia Expand Military Cooperation Agreement\n\nThe two states met on Monday to widen their ties.", nil},
		{"Zorvia, Tarvia Expand Military Cooperation Agreement\n\nThe two states widened the Military Cooperation Agreement on Monday.", []string{"Military Cooperation Agreement", "Military Cooperation Agreement"}},
		{"Zorvia, Tarvia Sign Expanded Kesrider Agreement\n\nThe two states met on Monday to widen their ties.", []string{"Expanded Kesrider Agreement"}},
		// Two capitalised names after "between" are the agreement's
		// parties, known places or not, unless a subject follows them;
		// a run of capitalised words longer than a party's name is the
		// title going on.
		{"They hope to sign the Defence Cooperation agreement between Zorvia and Tarvia within months.", []string{"Defence Cooperation agreement"}},
		{"Talks opened on an Enhanced Partnership Agreement between the Kessan Union and Tarvia.", []string{"Enhanced Partnership Agreement"}},
		{"Troops stay under an agreement between Zorvik and Pilna.", nil},
		// Capitalised words glued by dashes alone before a bare head in
		// lower case are the parties who made it, known places or not,
		// as listed places already were; a subject after the head names
		// the instrument.
		{"The minister welcomed the Zorvik-Pilna agreement on Monday.", nil},
		{"Officials reviewed the Zorvia-Tarvia treaties in May.", nil},
		{"The Zorvik-Pilna agreement on oil exports was signed.", []string{"Zorvik-Pilna agreement on oil exports"}},
		// "agreement" after "reach" with no article, or after a person's
		// possessive, is agreeing or consent, not an instrument; after
		// an article it names one.
		{"The Kessa Conference was unable to reach agreement on a program of work.", nil},
		{"Envoys met Ivo Tarn to secure his agreement on the truce.", nil},
		{"The sides reached an agreement on fisheries.", []string{"agreement on fisheries"}},
		{"They signed the Maritime Agreement between Zorvia and Tarvia on Fisheries.", []string{"Maritime Agreement between Zorvia and Tarvia on Fisheries"}},
	})
}

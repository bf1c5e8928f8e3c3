package extract

import "testing"

// TestPlacesNineteenthRound holds the cases of the nineteenth round's
// rules and words for towns, districts and provinces that no list holds
// (docs/decisions.md, "Nineteenth round (towns, districts and provinces
// not in the lists)"), with invented names.
func TestPlacesNineteenthRound(t *testing.T) {
	// Divisions of states after a name, and words that open a
	// settlement's name, completed from world knowledge.
	runLabelCases(t, GPE, []labelCase{
		{"Officials said Zorvatin Chiefdom was flooded.", []string{"Zorvatin Chiefdom"}},
		{"Officials said Tarvopil Hromada was shelled on Monday.", []string{"Tarvopil Hromada"}},
		{"Officials said Kessavo Local Government Area was calm.", []string{"Kessavo Local Government Area"}},
		{"Officials said Zorvatin Sub-county was flooded.", []string{"Zorvatin Sub-county"}},
		{"Officials said Purok Talvino was flooded.", []string{"Purok Talvino"}},
		{"Officials said Kibbutz Tarvona was attacked.", []string{"Kibbutz Tarvona"}},
		// A division whose word heads bodies' names stays out, and so
		// does a programme that "Ciudad" opens.
		{"Officials said Zorvatin Division was ready.", nil},
		{"Officials said Ciudad Tarvona opened a centre.", nil},
	})
	// A town's name of capitalised words glued by hyphens, after a
	// place's cue, when it ends its phrase.
	runLabelCases(t, GPE, []labelCase{
		{"Marines were redeployed to Kessa-Kessa on Monday.", []string{"Kessa-Kessa"}},
		{"The battalion moved to the province of Tarvo-Tarvo, officials said.", []string{"Tarvo-Tarvo"}},
		{"The convoy reached the city of Tarvopil-Zorvinsk overnight.", []string{"Tarvopil-Zorvinsk"}},
		{"He was in Port-au-Kessa and left.", []string{"Port-au-Kessa"}},
		{"They flew to Stratford-upon-Kessa on Monday.", []string{"Stratford-upon-Kessa"}},
		// A compound before a noun names two places; a people's
		// combining form or a prefix names none.
		{"Talks in Kessa-Tarvo relations stalled.", []string{"Kessa", "Tarvo"}},
		{"The security of Euro-Kessa is at stake.", nil},
		{"They worked in Trans-Kessa, officials said.", nil},
	})
	// Settlements' and divisions' nouns before "of", and operations of
	// war against a place.
	runLabelCases(t, GPE, []labelCase{
		{"He praised the environs of Zorvatin on Friday.", []string{"Zorvatin"}},
		{"He thanked the mayors of Kessavo and Tarvopil.", []string{"Kessavo", "Tarvopil"}},
		{"He recalled the atomic bombings of Zorvatin and Kelvaro.", []string{"Zorvatin", "Kelvaro"}},
		{"The evacuation of Tarvopil began at dawn.", []string{"Tarvopil"}},
		// Not "centre" or "capture", nor a name of two words after an
		// operation of war.
		{"He praised the centre of Zorvatin on Friday.", nil},
		{"The capture of Tarvopil ended the war.", nil},
		{"The evacuation of Ivo Tarn began at dawn.", nil},
	})
	// A person's town before "of", a town's level of election or its
	// built-up area after its name, people who come from a place, and
	// the plurals of divisions before "such as".
	runLabelCases(t, GPE, []labelCase{
		{"He was buried in his hometown of Zorvatin.", []string{"Zorvatin"}},
		{"He said the Zorvatin mayoral race was close.", []string{"Zorvatin"}},
		{"The Kessavo metropolitan area was hit.", []string{"Kessavo"}},
		{"Visitors from Tarvopil arrived.", []string{"Tarvopil"}},
		{"He visited townships such as Zorvatin and Kelvaro.", []string{"Zorvatin", "Kelvaro"}},
		// A capitalised "Metropolitan" is a word of the body's name.
		{"The Kessa Metropolitan Police said so.", nil},
	})
	// Participles of where a ship or a unit belongs, glued by a hyphen,
	// and verbs of war and disaster laying waste to a place.
	runLabelCases(t, GPE, []labelCase{
		{"They stopped a Zorvatin-flagged tanker.", []string{"Zorvatin"}},
		{"The Kelvaro-homeported destroyer left.", []string{"Kelvaro"}},
		{"Rebels razed Tarvopil last year.", []string{"Tarvopil"}},
		{"The quake devastated Zorvatin on Monday.", []string{"Zorvatin"}},
		// A person's name of two words is no object of a weak word.
		{"The news devastated Ivo Tarn on Monday.", nil},
	})
	// A town's and a province's heads after its name, before "of" or
	// after a possessive.
	runLabelCases(t, GPE, []labelCase{
		{"He said Zorvatin Councillor Ivo Tarn agreed.", []string{"Zorvatin"}},
		{"He said Kelvaro Prefect Ivo Tarn agreed.", []string{"Kelvaro"}},
		{"He said the sheriff of Tarvopil agreed.", []string{"Tarvopil"}},
		// Not a legislator's title, which a party's name opens as often.
		{"He said Zorvatin Senator Ivo Tarn agreed.", nil},
	})
	// Lower-case adjectives that only a place takes before its name.
	runLabelCases(t, GPE, []labelCase{
		{"Rockets hit restive Zorvatin on Friday.", []string{"Zorvatin"}},
		{"He grew up in upstate Kelvaro.", []string{"Kelvaro"}},
		{"Aid went to impoverished Zorvatin and Kelvaro.", []string{"Zorvatin", "Kelvaro"}},
		// A person's name of two words before a noun is no place.
		{"The impoverished Ivo Tarn family left.", nil},
	})
	// A town's people, its police and what it has, after its name and a
	// possessive.
	runLabelCases(t, GPE, []labelCase{
		{"He said Zorvatin's police arrested two men.", []string{"Zorvatin"}},
		{"He said Kelvaro's airport closed.", []string{"Kelvaro"}},
		{"He said Tarvopil's townspeople fled.", []string{"Tarvopil"}},
		// A force's own name keeps its word.
		{"The Zorvatin Police said it.", nil},
	})
	// An article elided before a capitalised word, glued to it by an
	// apostrophe, goes on with the name before it.
	runLabelCases(t, GPE, []labelCase{
		{"Officials met in Kessa d’Tarvo, officials said.", []string{"Kessa d’Tarvo"}},
		{"Officials met in Val d'Zorvatin on Monday.", []string{"Val d'Zorvatin"}},
		// Not an elided word before a lower-case one, nor one that
		// opens the name.
		{"Officials met in Kessa d'autres, officials said.", []string{"Kessa"}},
		{"Officials met in d'Tarvo, officials said.", nil},
	})
	// "the" opens a later item of a list of places before a plural name
	// or one of two words that the list's comma or "and" closes.
	runLabelCases(t, GPE, []labelCase{
		{"They visited Kessa, Tarvo, the Zorvatins and Kelvaro.", []string{"Kessa", "Tarvo", "Zorvatins", "Kelvaro"}},
		{"They visited Kessa, Tarvo, the United Zorvatin, and Kelvaro.", []string{"Kessa", "Tarvo", "United Zorvatin", "Kelvaro"}},
		// Not one word but a plural's (a region's as often).
		{"They visited Kessa, Tarvo, the Zorvatin and Kelvaro.", []string{"Kessa", "Tarvo"}},
	})
}

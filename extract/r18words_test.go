package extract

import "testing"

// TestWordClassesEighteenthRound holds the cases of the eighteenth
// round's completed word classes (docs/decisions.md, "Eighteenth round
// (word classes)"), with invented names: each class fires with a word
// that dev never used, and each near miss keeps out a word left out on
// purpose.
func TestWordClassesEighteenthRound(t *testing.T) {
	// Landforms, installations and roads close a place's name.
	runLabelCases(t, Loc, []labelCase{
		{"The patrol camped below the Tarvo Butte on Monday.", []string{"Tarvo Butte"}},
		{"Ash covered the Kessa Caldera last week.", []string{"Kessa Caldera"}},
		{"Troops left Zorvik Firebase before dawn.", []string{"Zorvik Firebase"}},
		{"Convoys crossed the Velmar Causeway at night.", []string{"Velmar Causeway"}},
		{"Scouts entered the Tarvo Caves in June.", []string{"Tarvo Caves"}},
		{"He visited the Zorvik missile base in the south.", []string{"Zorvik"}},
		// A rebel stronghold in a headline is no name, nor a fire's word
		// before a base.
		{"Fighting at Rebel Stronghold continues.", nil},
	})
	// Heads of bodies close an organisation's name.
	runLabelCases(t, Org, []labelCase{
		{"The Kessa Procuratorate opened a case.", []string{"Kessa Procuratorate"}},
		{"The Tarvo Chancellery issued a statement.", []string{"Tarvo Chancellery"}},
		{"Kolvane Munitions won the contract.", []string{"Kolvane Munitions"}},
		// A trade's word before a unit's kind names no body.
		{"Soldiers from the 3rd Engineering battalions arrived.", nil},
	})
	// Kinds of gatherings and conflicts close an event's name.
	runLabelCases(t, Event, []labelCase{
		{"Delegates met at the Kessa Conclave in May.", []string{"Kessa Conclave"}},
		{"Officers planned the Tarvo Wargame for weeks.", []string{"Tarvo Wargame"}},
		// A ceremony's kind in capitals is a description.
		{"He spoke at the Change of Command Ceremony in May.", nil},
	})
	// Ranks of other services and countries, valued in English.
	runLabelCases(t, Rank, []labelCase{
		{"Havildar Tarvo Kessk led the patrol.", []string{"Havildar=Havildar"}},
		{"Leading Aircraftman Ivo Tarn was hurt.", []string{"Leading Aircraftman=Leading Aircraftman"}},
		{"Laksamana Muda Tarvo Kessk arrived.", []string{"Laksamana Muda=Rear Admiral"}},
		{"Captain First Rank Ivo Tarnov commands the cruiser.", []string{"Captain First Rank=Captain First Rank"}},
		// A police force's name before "sergeant" keeps its own word.
		{"A Metropolitan Police sergeant Ivo Tarn was shot.", nil},
	})
	// Offices of audit, justice, crowns and staffs.
	runLabelCases(t, Role, []labelCase{
		{"Auditor General Ivo Tarn released the report.", []string{"Auditor General"}},
		{"Prosecutor General Kessa Varn charged him.", []string{"Prosecutor General"}},
		{"Liaison Officer Tarvo Kessk met them.", []string{"Liaison Officer"}},
		// A family name that is an office too, and an office's word
		// before a bureau.
		{"Foreign Minister Kessa Bishop arrived.", []string{"Foreign Minister"}},
	})
	// Settlements, verbs of arrival and what befalls a place mark it.
	runLabelCases(t, GPE, []labelCase{
		{"The convoy reached the hamlet of Zorvik at dawn.", []string{"Zorvik"}},
		{"Aid arrived in the Tarvo tehsil on Monday.", []string{"Tarvo"}},
		{"The ship was reaching Kessavar.", []string{"Kessavar"}},
		{"Houses fell in the Tarvik earthquake last year.", []string{"Tarvik"}},
		{"Aid reached landlocked Tarvik and Zorvia.", []string{"Tarvik", "Zorvia"}},
		{"Officials of the Zorvik Voivodeship met on Monday.", []string{"Zorvik Voivodeship"}},
		{"The fall of Kessavar's currency hurt trade.", []string{"Kessavar"}},
		// A verb of taking with a person's name of two words.
		{"Police raided Ivo Tarn's office.", nil},
	})
	// Verbs that only a speaker takes, and relatives.
	runLabelCases(t, Person, []labelCase{
		{"Tarvo Kessk quipped that the talks went well.", []string{"Tarvo Kessk"}},
		{"Kessel's stepson said he was innocent.", []string{"Kessel"}},
		{"Officials said Tarvo Kessel's son-in-law was detained.", []string{"Tarvo Kessel"}},
		// States deny as often as people: no person.
		{"Kessa Tarvo has denied the report.", nil},
	})
	// Honorifics of other customs are dropped; callings cue a name.
	runLabelCases(t, Person, []labelCase{
		{"Atty. Tarvo Kessk filed the motion.", []string{"Tarvo Kessk"}},
		{"Talks with Herr Kessel ended on Monday.", []string{"Kessel"}},
		{"The group freed hostage Kessa Varn on Friday.", []string{"Kessa Varn"}},
		// A ship's epithet, and a unit's kind, cue no person.
		{"The destroyer and the veteran Tarvo Kessa sailed.", nil},
		{"Troops from the 797th Engineer Company arrived.", nil},
	})
	// A ship's name before a memorial's word is a place's; an award's
	// noun after an event's head names no event.
	runLabelCases(t, Org, []labelCase{
		{"Crowds visited the USS Tarvo Monument on Sunday.", nil},
	})
	runLabelCases(t, Event, []labelCase{
		{"He wore the Tarvo Campaign Commendation on parade.", nil},
		{"He served in the Tarvo Campaign in 2004.", []string{"Tarvo Campaign"}},
	})
	// A storm's class opens its name.
	runLabelCases(t, Event, []labelCase{
		{"Subtropical Storm Kessa made landfall on Monday.", []string{"Subtropical Storm Kessa"}},
		{"A subtropical storm hit Tarvo on Monday.", nil},
	})
	// Heads of signed instruments.
	runLabelCases(t, Agreement, []labelCase{
		{"Both states signed the Tarvo Covenant on Monday.", []string{"Tarvo Covenant"}},
	})
}

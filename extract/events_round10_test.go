package extract

import "testing"

// TestEventsTenthRound holds the cases of the tenth round's event and
// agreement rules (docs/decisions.md, "Tenth round (events)"), each
// written from the rule with invented names.
func TestEventsTenthRound(t *testing.T) {
	runLabelCases(t, Agreement, []labelCase{
		// "peace" and "ceasefire" name the settlement any conflict ends
		// in, not an instrument's subject: after "the" alone they make a
		// common noun; a subject or the parties still name one.
		{"Zorvia delayed the implementation of the peace agreement and broke the ceasefire deal.", nil},
		{"The truce held, as did the maritime border agreement.", []string{"maritime border agreement"}},
		{"They signed the peace agreement on fishing rights in Kessa.", []string{"peace agreement on fishing rights"}},
		// The parties alone before a bare lower-case head name no
		// agreement; a subject after it does, and a place where it was
		// signed names one too.
		{"He welcomed the Chile-Peru agreement and the Minsk agreement.", []string{"Minsk agreement"}},
		{"They signed the Chile-Peru agreement on fishing rights.", []string{"Chile-Peru agreement on fishing rights"}},
		// An en dash glued between the parties joins them as a hyphen
		// does.
		{"The Japan–Philippines Kessa Access Agreement entered into force.", []string{"Japan–Philippines Kessa Access Agreement"}},
		// "MoU", the usual short form of "memorandum of understanding",
		// heads an agreement as the memorandum does.
		{"Kessa and Tarvo signed an MoU on maritime security on Monday.", []string{"MoU on maritime security"}},
	})
	runLabelCases(t, Event, []labelCase{
		// A place may be one word of an exercise's name that its edition
		// ends, beside a word of its own; a place alone, a place and a
		// date, or a code's section number are no edition's name.
		{"Troops took part in Pacific Kessa 2024 near the coast.", []string{"Pacific Kessa 2024"}},
		{"Sailors joined Kessa Guam 25 and Black Sea Tarvo 2023 in June.", []string{"Kessa Guam 25", "Black Sea Tarvo 2023"}},
		{"Ships left for the Indo-Pacific Kessa 2024 deployment.", []string{"Indo-Pacific Kessa 2024"}},
		{"Airmen joined Northern Kessa 24 in Michigan.", []string{"Northern Kessa 24"}},
		{"He visited Chile April 16-21 and wrote on North Korea 2024 trends.", nil},
		{"Troops left Southern Lebanon 2024 and Northern Ireland 2024.", nil},
		{"He cited U.S. Code 2304 in the report.", nil},
		// Repeated without its edition, the name still holds the place
		// that opens it; the place alone stays a place.
		{"Troops joined Pacific Kessa 2024 in June. Later Pacific Kessa ended and the Pacific was calm.", []string{"Pacific Kessa 2024", "Pacific Kessa"}},
		{"Ships joined Exercise Black Sea Tarvo in May. Black Sea Tarvo ended in the Black Sea.", []string{"Exercise Black Sea Tarvo", "Black Sea Tarvo"}},
		// "Meetings" heads the name of a series of meetings; a name glued
		// to "related" opens it, an agent glued to "led" does not.
		{"He attended the Kessa-related Foreign Ministers' Meetings in Tarvo.", []string{"Kessa-related Foreign Ministers' Meetings"}},
		{"The Kessa-led Tarvo Summit and the Zorvik Ministerial Meetings opened; the meetings ended.", []string{"Tarvo Summit", "Zorvik Ministerial Meetings"}},
		// An office's possessive after the words that say whose office
		// it is stays in the meeting's name; a person's does not.
		{"He held the Kessa-Tarvo Minister's Meeting and Secretary Ivo Tarn's Meeting with Kessa.", []string{"Kessa-Tarvo Minister's Meeting"}},
		{"They attended the 11th Kessa Defence Minister’s Meeting-Plus in Zorvik.", []string{"11th Kessa Defence Minister’s Meeting-Plus"}},
		// A lower-case ordinal before a meeting named by its parties
		// says the format is new, not its edition; a capitalised one
		// and one before another name stay.
		{"They held the first Japan-Chile Summit, the Ninth Japan-Chile Dialogue and the first Global Kessa Conference.", []string{"Japan-Chile Summit", "Ninth Japan-Chile Dialogue", "first Global Kessa Conference"}},
		// A name that an apposition ending on a lower-case cue
		// describes is an event, with its edition; a place, a person or
		// a clause before the cue is none.
		{"Troops took part in Arctic Kessa, a biennial exercise held in Alaska.", []string{"Arctic Kessa"}},
		{"Airmen flew in Kessa Shield 25-2, a bilateral training exercise.", []string{"Kessa Shield 25-2"}},
		{"They visited Chile, a country that holds a yearly exercise, and met Ivo Tarn, a veteran of the operation.", nil},
		{"They visited Tarvo Kessa, a regular exercise partner.", nil},
		// Tattoos, reunions, colloquia, regattas, marathons, tournaments,
		// jamborees and retreats are kinds of events; a listed place
		// that such a head ends is the place.
		{"Veterans attended the 12th Reunion of Kessa Veterans and the Kessa Military Tattoo.", []string{"12th Reunion of Kessa Veterans", "Kessa Military Tattoo"}},
		{"Crews sailed in the Kessa Regatta after the Tarvo Colloquium and the ASEAN Foreign Ministers' Retreat.", []string{"Kessa Regatta", "Tarvo Colloquium", "ASEAN Foreign Ministers' Retreat"}},
		{"The frigate called at La Reunion.", nil},
		// An edition between a name and a capitalised "Exercise" marks
		// the name, which the opener closes; a headline's verb ends the
		// name, and a count before "Exercise" names none.
		{"The Kessa Tarvo 41 Exercise live-fire drills have concluded.", []string{"Kessa Tarvo 41 Exercise"}},
		{"Ivo Tarn Inspects Kessa-Tarvo 105-4 Exercise\n\nThe drills ended on Monday.", []string{"Kessa-Tarvo 105-4 Exercise"}},
		{"Over 20 Exercise participants came.", nil},
		// "Ministerial" heads a name only where the phrase ends, not
		// before a noun it qualifies.
		{"They held the regular Kessa and Tarvo Ministerial consultations, and the Kessa Defence Ministerial Teleconferences.", nil},
		{"The Kessa Ministerial in Tarvo and the Kessa Defence Ministerial Meeting ended.", []string{"Kessa Ministerial", "Kessa Defence Ministerial Meeting"}},
		{"The India–Japan Kessa Dialogue opened.", []string{"India–Japan Kessa Dialogue"}},
		// A word glued by a hyphen to the word before is inside a
		// compound, and opens no edition's name.
		{"Ivo Tarn at the Ninth Kessa-Tarvo High-Level Dialogue\n10/21/2021", []string{"Ninth Kessa-Tarvo High-Level Dialogue"}},
	})
	runLabelCases(t, GPE, []labelCase{
		{"The frigate called at La Reunion.", []string{"La Reunion"}},
	})
}

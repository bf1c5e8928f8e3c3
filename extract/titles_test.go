package extract

import "testing"

// Cases of the seventh round (events and agreements), written from the
// rules with invented names.

func TestTitlesEvents(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// An event named in full is named again by its head alone.
		{"Ivo Tarn spoke at the Kessa Trade Conference. While the Conference ran late, he left.", []string{"Kessa Trade Conference", "Conference"}},
		{"The Tarvo Security Dialogue opened. This year's Dialogue was long.", []string{"Tarvo Security Dialogue", "Dialogue"}},
		{"The Kessa Games 2024 began. Ivo Tarn went to the Games last week.", []string{"Kessa Games 2024", "Games"}},
		{"The Kessa Trade Conference opened. He spoke at a Conference.", []string{"Kessa Trade Conference"}},
		// A year between "the" and a listed event's name is its edition.
		{"Ivo Tarn said the 2026 RIMPAC went well.", []string{"2026 RIMPAC"}},
		// A lower-case ordinal before an acronym counts meetings; before
		// a name it is the edition.
		{"It was our first RIMPAC under the new chief.", []string{"RIMPAC"}},
		{"Ivo Tarn opened the third Kessa Air Chiefs Conference today.", []string{"third Kessa Air Chiefs Conference"}},
		// A head-built name that a list knows as a body is the body.
		{"Ivo Tarn, an adviser to the World Economic Forum, spoke.", nil},
		// A listed event's name with "Mission" is the event, not a body.
		{"Zorvia will join the Baltic Air Policing Mission next year.", []string{"Baltic Air Policing Mission"}},
		// A hyphened compound opens a name.
		{"Both armies met at the Army-to-Army Staff Talks in Kessa.", []string{"Army-to-Army Staff Talks"}},
		// After "a" or a possessive, a meeting named by offices alone is a
		// kind of meeting; a party makes it a name.
		{"Ivo Tarn held a Foreign Ministers’ Meeting with his Kessan counterpart.", nil},
		{"It was a fine session of our Ministerial meeting with the partners.", nil},
		{"Ivo Tarn held a Kessa-Tarvo Foreign Ministers’ Meeting with his counterpart.", []string{"Kessa-Tarvo Foreign Ministers’ Meeting"}},
		// "2+2" alone is a format of talks, named only with its parties.
		{"It was good to take part in a 2+2 with Kessa.", nil},
		{"They held the Kessa-Tarvo 2+2 Dialogue in May.", []string{"Kessa-Tarvo 2+2 Dialogue"}},
		// "Exercise" after a description of the drill is the
		// description's noun; the name follows it.
		{"Troops opened the Joint Military Exercise Zorva Spirit in Kessa.", []string{"Zorva Spirit"}},
		{"Troops opened Exercise Zorva Spirit in Kessa.", []string{"Exercise Zorva Spirit"}},
		// A Roman numeral after a model's mark or a part of a text is no
		// exercise's edition.
		{"The wing flies the F-35C Kessa Lightning II and others.", nil},
		{"Disarmament, as called for in TKT Article VI.", nil},
		{"Troops from Kessa joined Tarvo Prayas IV in March.", []string{"Tarvo Prayas IV"}},
		// Holidays are no events.
		{"Ivo Tarn spoke at the National Day reception during the Lunar New Year holiday.", nil},
		// A line's end ends a phrase after an edition's two digits.
		{"Ships Arrive for RIMPAC 26\nJune 19, 2026\n\nThe ships arrived.", []string{"RIMPAC 26"}},
		// A quoted title that an event's word names.
		{"Ivo Tarn attended a virtual forum “Tarvo: Kessa and Zorvia’s Role in the Region,” hosted by the institute.", []string{"Tarvo: Kessa and Zorvia’s Role in the Region"}},
		{"Troops joined Exercise ‘Kessa – 2016’, the seventh of the series.", []string{"Kessa – 2016"}},
		{"He inspected the “Tarvo 105-4 Exercise” today.", []string{"Tarvo 105-4 Exercise"}},
		{"He spoke at the \"Kessa Treaty: Towards Entry into Force\" High-Level Meeting in Tarvik.", []string{"Kessa Treaty: Towards Entry into Force", "High-Level Meeting"}},
		{"“We are Ready,” he said at the forum.", nil},
		{"They waved a “Tarvo Kessa” flag.", nil},
		// A meeting of an instrument's parties takes the instrument's
		// title; a complement goes on after "of".
		{"Kessa addressed the Meeting of States Parties to the Tarvo Weapons Convention on Monday.", []string{"Meeting of States Parties to the Tarvo Weapons Convention"}},
		{"Zorvia prepares the 2030 Review Conference of the Parties to the Treaty on the Prohibition of Kessa Weapons (TPKW) in spring.", []string{"2030 Review Conference of the Parties to the Treaty on the Prohibition of Kessa Weapons"}},
		{"He spoke at the Review Conference on Prohibition of Kessa Weapons in Tarvik.", []string{"Review Conference on Prohibition of Kessa Weapons"}},
		// A name's words stay on its line.
		{"Ivo Tarn\nEnvoy to the Kessa Trade Conference\nZorvik Conference on the Tarvo Trade Treaty\nNew York City\n\nHe spoke.", []string{"Kessa Trade Conference", "Zorvik Conference on the Tarvo Trade Treaty"}},
	})
}

func TestTitlesAgreements(t *testing.T) {
	runLabelCases(t, Agreement, []labelCase{
		// A count in words, "X of" and the parties before a spaced dash
		// open a title.
		{"The talks were held under the Four Power Kessa Agreement, which binds them.", []string{"Four Power Kessa Agreement"}},
		{"Zorvia must meet its duties under the Status of Forces Agreement to allow access.", []string{"Status of Forces Agreement"}},
		{"The patrol ran under the Kenya – Peru Bilateral Agreement this year.", []string{"Kenya – Peru Bilateral Agreement"}},
		// A word that opens a sentence is no title's; nor is a body or an
		// office before "of".
		{"Implementation of the Tarvo Treaty enhances the safety of both sides.", []string{"Tarvo Treaty"}},
		{"Three Joint Statements were issued.", []string{"Joint Statements"}},
		// The short form after a meeting's name is the instrument's that
		// ends it, or no event's when it spells none of the meeting's
		// initials.
		{"Zorvia prepares the 2030 Review Conference of the Parties to the Treaty on the Prohibition of Kessa Weapons (TPKW) in spring.", []string{"TPKW"}},
		{"Review Conference on Prohibition of Kessa Weapons (TPKW)\n\nThe Treaty on the Prohibition of Kessa Weapons (TPKW) binds Zorvia.", []string{"TPKW", "Treaty on the Prohibition of Kessa Weapons", "TPKW"}},
		// A nationality that opens an event's name stays in an
		// instrument named after the event.
		{"They marked the signing of the Chilean War Armistice at a ceremony.", []string{"Chilean War Armistice"}},
		// A treaty named in full is named again by its initials.
		{"The Kessa Weapons Convention entered into force. States under the KWC meet yearly.", []string{"Kessa Weapons Convention", "KWC"}},
		// "The" opening a sentence before an agreement's head alone.
		{"Zorvia ratified the Kessa Arms Treaty. The Treaty limits missiles.", []string{"Kessa Arms Treaty", "Treaty"}},
		// "of" and "on" may give an agreement's short form its "O".
		{"Both sides cited the 1990 Kessa Convention on the Law of the Sea (KCOLOS) in their talks.", []string{"1990 Kessa Convention on the Law of the Sea", "KCOLOS"}},
		// A plural in lower case without a subject is a class of
		// instruments, unless a name that is no party's names it.
		{"Both sides stand by the Peru-Chile treaties and other pacts.", nil},
		{"The fleet upholds Peru security agreements with its allies.", nil},
		{"Both sides must respect the Tarvik agreements signed last year.", []string{"Tarvik agreements"}},
		// A hyphened compound goes on inside a title.
		{"They backed the Declaration on Trust in Navy-to-Navy Relations last year.", []string{"Declaration on Trust in Navy-to-Navy Relations"}},
		// A modifier glued by a hyphen.
		{"It is set out in the defence co-operation accord signed in 1996.", []string{"defence co-operation accord"}},
		// A headline's verb for a plural subject opens no title.
		{"Kessa, Zorvia Sign Maritime Patrol Agreement\n\nKessa and Zorvia signed the Maritime Patrol Agreement on Monday.", []string{"Maritime Patrol Agreement", "Maritime Patrol Agreement"}},
		// A joint statement that opens the text is the release's title.
		{"Joint Statement Regarding the Visit of Ivo Tarn\n\nKessa and Zorvia met on Monday.", nil},
		{"Kessa and Zorvia issued the Joint Statement on Maritime Security on Monday.", []string{"Joint Statement on Maritime Security"}},
		// A head before another names the subject.
		{"Both sides broke the cessation of hostilities agreement in Kessa.", []string{"cessation of hostilities agreement"}},
		{"They signed an armistice accord last week.", []string{"armistice accord"}},
	})
}

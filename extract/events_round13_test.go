package extract

import "testing"

// TestEventsThirteenthRound holds the cases of the thirteenth round's
// event and agreement rules (docs/decisions.md, "Thirteenth round
// (events and agreements)"), each written from the rule with invented
// names.
func TestEventsThirteenthRound(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// A month and a day among the words before an edition's number
		// say when someone was where, known place or not; a season that
		// opens a name is the name's own word.
		{"Ivo Tarn visited Pilna June 16-20 to meet partners.", nil},
		{"He spoke at the Tarvo Forum and then toured Zorvik Nov. 22-24.", []string{"Tarvo Forum"}},
		{"Troops trained during Winter Kessa 25 in the north.", []string{"Winter Kessa 25"}},
		// A date after an event's complement is when it is held, not
		// part of its name.
		{"The command hosted the Kessa Working Group Meeting of Principals March 22-23 at the base.", []string{"Kessa Working Group Meeting of Principals"}},
		// The capitalised words before a lower-case "operation" say who
		// runs it or where, and name no event; before an exercise they
		// still do.
		{"Troops entered Zorvik on Monday. The Zorvik operation ended.", nil},
		{"He was killed in a Tarvo counterterrorism operation.", nil},
		{"Sailors took part in Kessa Shield. The Kessa Shield exercise ended.", []string{"Kessa Shield", "Kessa Shield"}},
		// Another mention of an event's name takes the edition the
		// text gives it there, where no other entity holds it.
		{"Sailors joined the Kessavik drills. Kessavik 21 was held in May.", []string{"Kessavik", "Kessavik 21"}},
		// Parties joined by a dash to an event's first word open its
		// name, known places or not: glued, or spaced after a
		// lower-case word (not after a dateline's comma).
		{"Veterans of the eight-year Zorvia–Tarvia War marched.", []string{"Zorvia–Tarvia War"}},
		{"They met for the first joint Zorvia-Tarvia Strategic and Defense Dialogue on Monday.", []string{"Zorvia-Tarvia Strategic and Defense Dialogue"}},
		{"He stressed the importance of the Zorvia – Tarvia Defense Industrial Base Conference held in May.", []string{"Zorvia – Tarvia Defense Industrial Base Conference"}},
		{"ZORVIK, Kessa – Tarvo Summit leaders met on Monday.", []string{"Tarvo Summit"}},
		{"They attended the Zorvia–Tarvia Summit 2024 in May.", []string{"Zorvia–Tarvia Summit 2024"}},
		// A lower-case ordinal before parties glued by hyphens, known
		// places or not, says the format is new; before one place
		// spelt with a hyphen it stays the edition.
		{"Ministers welcomed the first Zorvia-Tarvia-Kessa Summit in May.", []string{"Zorvia-Tarvia-Kessa Summit"}},
		{"They held the second Zorvia-Tarvia Defense Ministerial Meeting.", []string{"Zorvia-Tarvia Defense Ministerial Meeting"}},
		{"They attended the first Indo-Pacific Kessa Conference.", []string{"first Indo-Pacific Kessa Conference"}},
		// An edition's name may open a line after a name that ends the
		// line before, and hold a capitalised word glued by a hyphen
		// (not a code in capitals).
		{"Medical Team Concludes Stop in Zorvik\n\nKessa Tarvo 24-1 concludes its work.", []string{"Kessa Tarvo 24-1"}},
		{"The task group, Zorvo-Kessan Tarvo 2017, departed today.", []string{"Zorvo-Kessan Tarvo 2017"}},
		{"Phase I of the modified TARVO-Kessan 20 was linked to the drills.", []string{"TARVO-Kessan 20"}},
		{"The hospital ship USNS Kessa (T-AH 20) departed.", nil},
		// A place that ends a line is the whole complement after "on"
		// when no name goes on after it on that line: a name on the next
		// line does not hold it open.
		{"Kessa-Tarvo Official Telephone Meeting on Chile\nMarch 16, 2026\nThe ministers spoke.", []string{"Kessa-Tarvo Official Telephone Meeting"}},
		// A name one takes part in, or that time is spent during, is an
		// event when nothing else names it and the phrase ends with it;
		// one word alone needs an acronym's shape or an edition.
		{"Sailors participated in Kessa Tarvo, which ended on Monday.", []string{"Kessa Tarvo"}},
		{"Ships were refuelled during Holy Week, and left.", nil},
		{"Crews took part in TARVEX in May.", []string{"TARVEX"}},
		{"He visited Tarvo during Ramadan and spoke during the Kessa visit.", nil},
		{"They met during Ivo Tarn's trip and during the Tarvo Leaders' Week.", nil},
		// A name before its bracketed short form and a lower-case event
		// cue is the event the cue names, the short form too.
		{"Crews completed the annual Kessa Afloat Readiness and Training (KART) exercise in May.", []string{"Kessa Afloat Readiness and Training", "KART"}},
		{"Crews completed the Kessa Tarvo (ZZ) exercise in May.", nil},
		// A name in capitals after an opener names the event again
		// alone, where an unknown acronym would be a body.
		{"Ships joined Operation TARVEX in May. He praised TARVEX's staff.", []string{"Operation TARVEX", "TARVEX"}},
		// The name without the year's iteration is named again, as the
		// name without its year is.
		{"Crews began Kessa Torvald 24-1 in May. Kessa Torvald is held yearly.", []string{"Kessa Torvald 24-1", "Kessa Torvald"}},
		// A war's number after its head is the name's: a Roman
		// numeral, "I" included, or a number in words.
		{"Veterans of the Kessa War One and of the Tarvo War I, who marched, spoke.", []string{"Kessa War One", "Tarvo War I"}},
		{"After the Kessa War I Tarvo Peters spoke.", []string{"Kessa War"}},
		// A body's mission named by two capitalised words or more
		// between its possessive and "mission" is an event; one word, a
		// place, or a noun after "mission" makes none.
		{"He praised Kessa's Tarvo Shield mission in the north.", []string{"Tarvo Shield"}},
		{"He praised Kessa's Zorvik mission and Kessa's Tarvo Shield mission stop.", nil},
	})
	runLabelCases(t, Agreement, []labelCase{
		// A name before its bracketed short form and a lower-case
		// agreement head is the agreement, a place or a nationality
		// opening it; a short form in mixed case names it again.
		{"Ministers signed the Chilean Continental Free Trade Area (CfCFTA) agreement. Only 27 have ratified the CfCFTA.", []string{"Chilean Continental Free Trade Area", "CfCFTA", "CfCFTA"}},
		{"They signed the Kessa Defence Force (KDF) agreement.", nil},
		// Parties joined by a dash open an agreement's title as they
		// open an event's, known places or not.
		{"It follows the treaty (Zorvia – Tarvia Bilateral Agreement) of May.", []string{"Zorvia – Tarvia Bilateral Agreement"}},
		// (A guard: the glued form passed before the rule.)
		{"They signed the Zorvia-Tarvia Reciprocal Access Agreement.", []string{"Zorvia-Tarvia Reciprocal Access Agreement"}},
	})
}

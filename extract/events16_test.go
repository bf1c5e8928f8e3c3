package extract

import "testing"

// TestEventsSixteenthRound holds the cases of the sixteenth round's event
// rules (docs/decisions.md, "Sixteenth round (events)"), each written
// from the rule with invented names.
func TestEventsSixteenthRound(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// An acronym bracketed right after a lower-case exercise or drill
		// cue is the drill's name, and so are its other mentions; not
		// when it abbreviates the cue's own words, nor a listed body.
		{"The navy conducted a bilateral exercise (TARVEX) with the Kessa navy. TARVEX ended on Friday.", []string{"TARVEX", "TARVEX"}},
		{"The two navies held a joint drill (KESSEX) in May.", []string{"KESSEX"}},
		{"The capstone was a field training exercise (FTX) at the range.", nil},
		{"Units held search and rescue exercises (SAREX) at sea.", nil},
		{"Ships joined the exercises (NATO) in May.", nil},
		{"The unit returned from the exercise (Fwd) in May.", nil},
		// A body's name with an "of" complement before an event's head
		// opens the event's name: the body's meeting, not the body.
		{"He spoke at the Union of Tarvo States Summit in Zorvik.", []string{"Union of Tarvo States Summit"}},
		{"The Association of Tarvo Nations Meeting opened on Friday.", []string{"Association of Tarvo Nations Meeting"}},
		{"The Association of Tarvo Nations held a summit.", nil},
		{"The Union of Tarvo States Summit Secretariat issued a statement.", nil},
		{"He served in the Department of War for years.", nil},
		{"He visited the Museum of the Tarvo War on Monday.", []string{"Tarvo War"}},
		// The names a plural drill cue lists as its examples, after it
		// ("such as", "including", "like", a colon) or coordinated before
		// it, are drills: two words or more, an acronym or an edition, and
		// no place, people, body, office or person in them; a host after a
		// glued dash ends the name.
		{"The troops joined exercises such as Kessa Strike and Tarvo Warrior last year.", []string{"Kessa Strike", "Tarvo Warrior"}},
		{"Navies held exercises including Kessa Strike 2024 and TARVEX in May.", []string{"Kessa Strike 2024", "TARVEX"}},
		{"Ships joined the following exercises: Kessa Lance- Zorvia, Tarvo Strike and the recent drill.", []string{"Kessa Lance- Zorvia", "Tarvo Strike"}},
		{"Troops joined the Kessa Strike, Tarvo Lance and Zorvik Hawk drills in May.", []string{"Kessa Strike", "Tarvo Lance", "Zorvik Hawk"}},
		{"The exercises included Kessa Shield and Tarvo Lance.", []string{"Kessa Shield", "Tarvo Lance"}},
		{"The drills included Zorvik Island landings.", nil},
		{"They held exercises such as Kessa Shield training in May.", nil},
		{"The navy held exercises with partners such as Kessa and Tarvo last year.", nil},
		{"Units joined exercises including the Kessa Navy and the Tarvo Army.", nil},
		{"They held exercises like those of last year.", nil},
		{"The ships joined exercises, including with the Kessa Navy, in May.", nil},
		{"Units joined exercises such as Ivo Tarn's annual drill.", nil},
		// A place's closing word may open an edition's name, where it
		// closes no place: drills are named so; after a name it still
		// closes the place, and a count after the name is no edition.
		{"Sea Tarvo 2025 began on Monday.", []string{"Sea Tarvo 2025"}},
		{"The destroyer joined Ocean Tarvo 2025 on Monday.", []string{"Ocean Tarvo 2025"}},
		{"He sailed the Kessa Sea 2024 route.", nil},
		{"Sea Tarvo 25 ships left port.", nil},
		// An apposition after a comma with "the" names a drill as one with
		// "a" does, when it ends on a mark or a preposition; not before
		// the clause it opens, nor with a possessive after the cue.
		{"Soldiers trained in Tarvo Lance, the largest drill in the region.", []string{"Tarvo Lance"}},
		{"In addition to Kessa and Tarvo Lance, the weeklong exercise will include forces from Zorvik.", nil},
		{"The ships sailed to Zorvik, the drill's host port.", nil},
		// An edition's name may open after a headline's verb.
		{"Kessa Navy Joins Tarvo Lance 24 in Zorvik", []string{"Tarvo Lance 24"}},
		{"Kessa Navy Concludes Tarvo Lance 24", []string{"Tarvo Lance 24"}},
		{"Navy Hosts 30 Ships", nil},
		// A meeting whose "of the" complement is an agreement's title is
		// the meeting, whole; the agreement is no title read back over it.
		{"The Seventh Review Conference of the Kessa Convention opened on Monday.", []string{"Seventh Review Conference of the Kessa Convention"}},
		{"The Review Conference of the Kessa Treaty opened on Monday.", []string{"Review Conference of the Kessa Treaty"}},
		{"The Protocol of the Kessa Convention was signed.", nil},
		// "Cooperative Activity" and "Training Activity" are heads of
		// drills' names; a bracketed short form takes the label.
		{"The Kessa Maritime Cooperative Activity (KMCA) began on Monday. The KMCA featured live firing.", []string{"Kessa Maritime Cooperative Activity", "KMCA", "KMCA"}},
		{"The Kessa Training Activity ended on Friday.", []string{"Kessa Training Activity"}},
		{"The navies held cooperative activities in May.", nil},
		{"He praised the Kessa Cooperative Activity Group.", nil},
		// Revolutions, rebellions, revolts and crises are events by
		// their head where it ends the name, not inside a body's name.
		{"The Zorvik Revolution of 1917 changed the country.", []string{"Zorvik Revolution"}},
		{"He recalled the Tarvo Missile Crisis.", []string{"Tarvo Missile Crisis"}},
		{"The Kessa Rebellion was crushed in 1857.", []string{"Kessa Rebellion"}},
		{"The Kessa Crisis Response Centre opened on Monday.", nil},
		{"As Political Crisis Deepens, Kessa Government Puts Forces On Alert", nil},
		// Competitions by their head: challenges, contests and races where
		// the head ends the name, and the multi-sport events.
		{"Teams competed in the Kessa Sniper Challenge on Monday.", []string{"Kessa Sniper Challenge"}},
		{"The army won the Kessa Military Skills Contest in May.", []string{"Kessa Military Skills Contest"}},
		{"The Tarvo Tank Biathlon opened in Zorvik.", []string{"Tarvo Tank Biathlon"}},
		{"He watched the Zorvik Air Race on Sunday.", []string{"Zorvik Air Race"}},
		{"The Kessa Youth Challenge program helps teenagers.", nil},
		{"The Tarvo Defence Challenge Fund awarded grants.", nil},
		// Sieges, blockades and invasions named by a place before the
		// head are events, the place inside them.
		{"But the three-week long Tarvo Siege in 2013 taught the town hard lessons.", []string{"Tarvo Siege"}},
		{"Veterans of the Kessa Invasion gathered on Monday.", []string{"Kessa Invasion"}},
		{"The Kessa Blockade Runner Museum opened.", nil},
		// A naming word after a noun of a military activity that opens
		// no name introduces its name; "code-named" as the tokenizer
		// splits it names one after an opener too.
		{"The army launched an offensive code-named Tarvo Storm in May.", []string{"Tarvo Storm"}},
		{"The campaign, known as Kessa Spring, ended in 2011.", []string{"Kessa Spring"}},
		{"The operation, code-named Kessa Dawn, began.", []string{"Kessa Dawn"}},
		{"The Zorvik offensive, called off in May, failed.", nil},
		{"The campaign called on Tarvo to withdraw.", nil},
		// An "of" complement goes on an opener's name unless it says whose
		// the operation is (a body, a country) or meets no phrase's end.
		{"Exercise Spirit of the Kessa Sea began on Monday.", []string{"Exercise Spirit of the Kessa Sea"}},
		{"The navy joined Exercise Rim of the Tarvo Ocean (RTO) in May.", []string{"Exercise Rim of the Tarvo Ocean", "RTO"}},
		{"Exercise Kessa of the Tarvo region began.", []string{"Exercise Kessa"}},
		{"Operation Kessa Shield of the Tarvo Navy ended on Friday.", []string{"Operation Kessa Shield"}},
		{"He led Operation Kessa Shield of the past decade.", []string{"Operation Kessa Shield"}},
		// The object of a verb of opening or closing an activity.
		{"The navy kicked off Zorvik Shield in the Kessa Sea on Monday.", []string{"Zorvik Shield"}},
		{"Ships from 12 nations wrapped up Kessa Tarvo on Friday.", []string{"Kessa Tarvo"}},
		{"The army concluded Kessa Thunder at the Zorvik range.", []string{"Kessa Thunder"}},
		{"The report concluded Kessa Tarvo was at fault.", nil},
		{"The two sides concluded the Kessa Agreement on Monday.", nil},
	})
}

// TestAgreementsSixteenthRound holds the cases of the sixteenth round's
// agreement rules (docs/decisions.md, "Sixteenth round (events)").
func TestAgreementsSixteenthRound(t *testing.T) {
	runLabelCases(t, Agreement, []labelCase{
		// "Compact" is a title's head, capitalised only.
		{"The Kessa Compact was renewed in 2023.", []string{"Kessa Compact"}},
		{"The Compact of Free Tarvo was renewed in 2023.", []string{"Compact of Free Tarvo"}},
		{"The car is compact and light.", nil},
		{"The Kessa Compact Car Company opened a plant.", nil},
		// A state's service before a title that opens its own complement
		// is who applies it; a union of states opens its convention.
		{"He is the U.S. Coast Guard Compact of Free Tarvo adviser.", []string{"Compact of Free Tarvo"}},
		{"The Kenya Navy Memorandum of Understanding on Training was signed.", []string{"Memorandum of Understanding on Training"}},
		{"The African Union Convention on Human Rights entered into force.", []string{"African Union Convention on Human Rights"}},
		{"The Kessa Army Agreement was signed.", []string{"Kessa Army Agreement"}},
	})
}

// TestBodiesInAppositionSixteenthRound holds the cases of the sixteenth
// round's rule that an apposition naming a kind of body makes the event's
// name before it an organisation's.
func TestBodiesInAppositionSixteenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"The Tarvo Security Forum, an independent organisation, issued a statement.", []string{"Tarvo Security Forum"}},
		{"The Kessa Dialogue, a non-profit group, said it would close.", []string{"Kessa Dialogue"}},
		{"The Kessa Forum, an annual gathering of ministers, opened on Monday.", nil},
		{"The Kessa Dialogue, a group of experts, met on Monday.", nil},
	})
}

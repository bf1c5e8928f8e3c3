package extract

import "testing"

// TestOrganisationsMissedSeventeenthRound holds the cases of the
// seventeenth round's rules for organisations that were missed or given
// another label (docs/decisions.md, "Seventeenth round (organisations
// missed)"), each written from the rule with invented names.
func TestOrganisationsMissedSeventeenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A body named in full is named again by its last head before
		// the complement ("Administration" of "… Coast Guard
		// Administration"), and after "The" opening a sentence too.
		{"Officials of the Kessa Coast Guard Administration met him. Moreover, the Administration will train them.", []string{"Kessa Coast Guard Administration", "Administration"}},
		{"The Kessa National Guard trained with Tarvo. The Guard was chosen to help.", []string{"Kessa National Guard", "Guard"}},
		{"Soldiers of the Multinational Brigade Tarvo paraded. The Brigade plays a key role.", []string{"Multinational Brigade", "Brigade"}},
		{"The Tarvo District Court heard the case. The Court adjourned until May.", []string{"Tarvo District Court", "Court"}},
		// Not a head that needs a name of its own, a body sent to
		// another, a prefix's kind, nor a head no body names.
		{"The Kessa Regional Government met. The Government approved the plan.", []string{"Kessa Regional Government"}},
		{"The Zorvik Monitoring Mission opened. The Mission patrols the border.", []string{"Zorvik Monitoring Mission"}},
		{"The Court adjourned until May after the hearing in Tarvo.", nil},
		// A capitalised kind of ship takes its name after its bracketed
		// short form, which names no body; a capitalised plural kind
		// lists two names or more; its acronym before is no body.
		{"Earlier ships included the High Speed Vessel (HSV 2) Tarvo in 2008.", []string{"Tarvo"}},
		{"HMNZS Wellington met the Republic of Fiji Navy Ship (RFNS) Tarvosk at sea.", []string{"HMNZS Wellington", "Republic of Fiji Navy", "Tarvosk"}},
		{"HMNZ Ships Kessa and Velmar sail for a five month deployment.", []string{"Kessa", "Velmar"}},
		{"The navy sent Her Majesty's Kessan Ships Tarvo and Velmar to the region.", []string{"Tarvo", "Velmar"}},
		{"The Littoral Combat Ship (LCS) program was cut.", nil},
		{"The Kessa Ships Registry listed the vessel.", nil},
		{"The Kessa Naval Ships Command said the refit was over.", []string{"Kessa Naval Ships Command"}},
		// "Today" capitalised inside a sentence closes a publication's
		// title after a name's words; not a subject's name before a
		// "today" capitalised in error, nor a headline's.
		{"The figures were reported by Kessa Today.", []string{"Kessa Today"}},
		{"According to USA Today, the agency had no plan.", []string{"USA Today"}},
		{"Kessa Today noted the commission's scope.", []string{"Kessa Today"}},
		{"Ivo Tarn Today said he would resign.", nil},
		{"The Kessa Council Today approved the plan.", []string{"Kessa Council"}},
		{"Ivo Tarn Arrives Today", nil},
		// An apposition that names a body's kind reaches five words,
		// the fourth and fifth only a kind's own modifiers; not past a
		// small word ("a member of the group").
		{"Tarvosk, an independent human rights group, said the arrests were illegal.", []string{"Tarvosk"}},
		{"Tarvosk, a Kessa-based human rights group, said the arrests were illegal.", []string{"Tarvosk"}},
		{"Ivo Tarn, a member of the group, said the arrests were illegal.", nil},
		{"Ivo Tarn, a former leader of the rebel group, was arrested.", nil},
		// "Panel" heads a body's name, as "Committee" does; not a
		// sentence's first word before a noun, nor in lower case.
		{"The Kessa Panel of Experts said the sanctions were broken.", []string{"Kessa Panel of Experts"}},
		{"The Tarvo Dispute Panel ruled against Kessa.", []string{"Tarvo Dispute Panel"}},
		{"Panel discussions focused on the war.", nil},
		{"The panel of judges ruled on Monday.", nil},
		// A name of two words or more after "the" that speaks is a
		// body's; not one word (a people), nor a state's name.
		{"The Kessa Rescue Project announced on Sunday that a wreck had been found.", []string{"Kessa Rescue Project"}},
		{"The Zorvik Watch said 20 people were killed.", []string{"Zorvik Watch"}},
		{"The Zorvani said they would fight.", nil},
		{"The Kessa Republic said the border was closed.", nil},
		// Nor a cleric's title before the verb.
		{"The Grand Mufti said the fighting must end.", nil},
		{"Velmar Tarn said the talks failed.", nil},
		// A ship's name again after a sentence's opening preposition and
		// before its crew's capitalised noun; not a longer name.
		{"USCGC Velmar (WIX 327) arrived in Reykjavik. Aboard Velmar moored in the harbor, the admiral spoke.", []string{"USCGC Velmar", "Velmar"}},
		{"USS Velmar (DDG 99) arrived in Tromso. While in port, Velmar Sailors will visit schools.", []string{"USS Velmar", "Velmar"}},
		{"USS Velmar (DDG 99) arrived in Tromso. The Velmar Tarn Foundation paid for lunch.", []string{"USS Velmar", "Velmar Tarn Foundation"}},
		// A state's name and a service's head are a name in a heading
		// too; not a relation between states.
		{"Commander of Bahrain Navy Visits Carrier\n\nThe commander met the crew on Monday.", []string{"Bahrain Navy"}},
		{"U.S.-Japan Alliance Grows Stronger\n\nThe two leaders met on Monday.", nil},
		{"Kessa Tarvo Group Wins Award\n\nThe prize was given on Monday.", nil},
		// A plural after a base's opener that the sentence counts or
		// makes agree with a plural verb is the service's aircraft: the
		// opener names the service; not a base whose name ends in "s".
		{"Alongside this, two RAF Typhoons scrambled from the base.", []string{"RAF"}},
		{"Help came when RAF Chinooks were called in to assist.", []string{"RAF"}},
		{"RAF Leuchars was closed in 2015.", nil},
		// "Faculty" heads a university's body, as "School" does; not a
		// sentence's first word before a noun.
		{"He teaches in the Faculty of Arts and Education at Kessa University.", []string{"Faculty of Arts and Education", "Kessa University"}},
		{"Faculty members protested the cuts.", nil},
		// A name repeated before a headline's capitalised verb.
		{"Velmar Deploys to Haiti\n\nUSS Ivo Velmar (CVN 70) has been ordered to sail.", []string{"Velmar", "USS Ivo Velmar"}},
		// A hull number in brackets after capitalised words makes them
		// a ship's name; not after a kind of ship or a body's head, nor
		// a person's name, nor a post's code.
		{"Ships included the KSNF Al-Tarvo (MCMV 422) and two frigates.", []string{"KSNF", "Al-Tarvo"}},
		{"Sailors of the 22nd Kessa Expeditionary Unit (KEU 22) landed.", []string{"22nd Kessa Expeditionary Unit"}},
		{"Ivo Tarn (MP 12) spoke.", nil},
	})
	runLabelCases(t, Loc, []labelCase{
		{"RAF Leuchars was closed in 2015.", []string{"RAF Leuchars"}},
		{"Alongside this, two RAF Typhoons scrambled from RAF Lossiemouth.", []string{"RAF Lossiemouth"}},
	})
}

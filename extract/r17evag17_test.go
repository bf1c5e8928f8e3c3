package extract

import "testing"

// TestEventsSeventeenthRound holds the cases of the seventeenth round's
// rules for events (docs/decisions.md, "Seventeenth round (events and
// agreements)"), written from the rules with invented names.
func TestEventsSeventeenthRound(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// A date with a month before a meeting's name is when it met,
		// not its edition; a bare year still is.
		{"Allies will carry out plans made at the July 2018 Summit.", []string{"Summit"}},
		{"She spoke at the March 2024 Kessa Security Forum.", []string{"Kessa Security Forum"}},
		{"He attended the 19 July Tarvo Forum.", []string{"Tarvo Forum"}},
		{"The 2024 Kessa Security Forum opened.", []string{"2024 Kessa Security Forum"}},
		{"Ivo Tarn won the March Madness Tournament in Velmar.", []string{"March Madness Tournament"}},
		// "RevCon" is the short head of a review conference.
		{"The delegation will preview the KWC RevCon on Monday.", []string{"KWC RevCon"}},
		{"Delegates at the Tarvo Treaty RevCon met Ivo Tarn.", []string{"Tarvo Treaty RevCon"}},
		{"The revcon files were lost.", nil},
		// A word glued by a hyphen to a number inside a meeting's name
		// ("COVID-19"), and the name's words before it; not a score.
		{"They discussed the second Global Kessa-19 Summit, which Tarvo co-hosted.", []string{"second Global Kessa-19 Summit"}},
		{"Tarvex showed drones at the Army-2024 Forum near Velmar.", []string{"Army-2024 Forum"}},
		{"The team beat Kessa 3-1 Saturday at the Tarvo Cup.", []string{"Tarvo Cup"}},
		// A press format after a meeting's name ("Media Roundtable",
		// "Press Conference") leaves the meeting; a body or paper named
		// after it stays out.
		{"He spoke at the Kessa-Tarvo Leaders Summit Media Roundtable on Monday.", []string{"Kessa-Tarvo Leaders Summit"}},
		{"Kessa-Tarvo Leaders Summit Media Roundtable on Security Issues", []string{"Kessa-Tarvo Leaders Summit"}},
		{"Listen to Kessa Forum News on Monday.", nil},
		{"Reporters filled the Kessa Summit Media Centre.", nil},
		// An acronym guessed a body is the event whose edition the text
		// names with it; not a listed body's.
		{"KESSEX 2024 began in Tarvo. Sailors joined KESSEX from Velmar.", []string{"KESSEX 2024", "KESSEX"}},
		{"KESSEX 2024 began on Monday. KESSEX is an annual exercise.", []string{"KESSEX 2024", "KESSEX"}},
		{"Officers of the TRF said KESSEX ended.", nil},
		// A sentence that defines its opening name as a drill.
		{"Sailors arrived. Kessa Tarvo is a bilateral exercise between the two navies.", []string{"Kessa Tarvo"}},
		{"Sailors arrived. TARVEX is an annual exercise aimed at improving safety.", []string{"TARVEX"}},
		{"Sailors arrived. Zorvik Lance 24 was a combined and joint drill.", []string{"Zorvik Lance 24"}},
		{"Sailors arrived. It is a joint exercise.", nil},
		{"Sailors arrived. Running is a healthy exercise.", nil},
		{"Sailors arrived. Kessa Tarvo was an exercise program for cadets.", nil},
		{"Sailors arrived. The Kessa Navy is a partner in the exercise.", nil},
		// A head's "meeting" in lower case at the end of a line.
		{"Remarks following the Kessa-Tarvo Ministerial meeting\n\nVelmar, 23 May 2018", []string{"Kessa-Tarvo Ministerial meeting"}},
		{"Remarks after the Kessa Summit meeting hall\n\nVelmar", []string{"Kessa Summit"}},
		// A country in capitals before a drill's name is the country's
		// part in it; a country's full name, or a body, stays.
		{"Troops of the Kessa Army and U.S. Tarvo Quest 2014 participants arrived.", []string{"Tarvo Quest 2014"}},
		{"Soldiers joined the U.S. Tarvo Lance exercise.", []string{"Tarvo Lance"}},
		{"Sailors of the UK Kessa Strike 24 drill arrived.", []string{"Kessa Strike 24"}},
		{"Soldiers joined the U.S. Army exercise.", nil},
		// A second name glued by a hyphen after an opener's name.
		{"Marines helped survivors of Typhoon Kessa-Tarvo in the area.", []string{"Typhoon Kessa-Tarvo"}},
		{"Operation Kessa Shield-Tarvo began.", []string{"Operation Kessa Shield-Tarvo"}},
		{"Aid reached Typhoon Kessa-hit towns.", []string{"Typhoon Kessa"}},
		// A model's mark after an opener's word is an aircraft's.
		{"Royal Kessa Air Force Typhoon FGR4s joined the strikes.", nil},
		{"Typhoon Kessa hit the coast.", []string{"Typhoon Kessa"}},
		// A headline's verb in "-ed" and a count are no edition in two
		// digits; an adjective in "-ed" opening a name still is one.
		{"Kessa Army Says Zorvik Rebels Killed 12", nil},
		{"Marines joined Combined Kessa 24 in Tarvo.", []string{"Combined Kessa 24"}},
		// "Ex", an exercise's short opener, not the former holder's.
		{"Kessa-Tarvo Joint Army Training 'Ex Zorvex' concludes", []string{"Ex Zorvex"}},
		{"Troops began Ex Kessa Shield in Tarvo.", []string{"Ex Kessa Shield"}},
		{"Ex President Ivo Tarn spoke.", nil},
		{"Ex Navy officer Ivo Tarn spoke.", nil},
		// Two names joined by "and" after a capitalised plural opener
		// are one mention; not a body's "Operations".
		{"The ship served on Operations Kessa and Tarvo in the region.", []string{"Operations Kessa and Tarvo"}},
		{"He led Operations Kessa Dawn and Tarvo Storm last year.", []string{"Operations Kessa Dawn and Tarvo Storm"}},
		{"He heads Special Operations Kessa and Tarvo units.", nil},
		{"He served in Operations and Plans.", nil},
	})
}

// TestAgreementsSeventeenthRound holds the cases of the seventeenth
// round's rules for agreements' titles and mentions.
func TestAgreementsSeventeenthRound(t *testing.T) {
	runLabelCases(t, Agreement, []labelCase{
		// A capitalised participle in "-ing" after a title's head, then
		// "the" and a name: what the instrument acts on; the bracket
		// after it abbreviates that name, not the title.
		{"He initialed the Agreement Continuing the Kessa Science Center (KSC) with Tarvo.", []string{"Agreement Continuing the Kessa Science Center"}},
		{"The Treaty Establishing the Kessa Community entered into force.", []string{"Treaty Establishing the Kessa Community"}},
		{"They signed the Protocol Amending the Tarvo Convention on Fisheries.", []string{"Protocol Amending the Tarvo Convention on Fisheries"}},
		{"The Kessa Agreement Signing Ceremony was held.", []string{"Kessa Agreement"}},
		// A series of capitalised nouns inside a title, closed by "and"
		// and a noun before "of"; not a series of places, nor one that
		// no "of" closes.
		{"They support the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Kessa Weapons and on their Destruction.", []string{"Convention on the Prohibition of the Development, Production, Stockpiling and Use of Kessa Weapons and on their Destruction"}},
		{"The Convention on Fisheries, France, Spain and Italy of the past was signed.", []string{"Convention on Fisheries"}},
		{"The Convention on Fisheries, Forestry and the Kessa Sea was signed.", []string{"Convention on Fisheries"}},
		// A head alone after "the" and a participle of what was done to
		// the instrument named before; not without the earlier title.
		{"They signed the Memorandum on Kessa Cooperation in May. Work goes on under the signed Memorandum.", []string{"Memorandum on Kessa Cooperation", "Memorandum"}},
		{"Tarvo joined the Kessa Treaty in 2001. The ratified Treaty enters into force next year.", []string{"Kessa Treaty", "Treaty"}},
		{"The delegates discussed the revised Treaty.", nil},
		{"They signed the Memorandum on Kessa Cooperation. A signed Memorandum was shown.", []string{"Memorandum on Kessa Cooperation"}},
		// Parties counted after "between" are no subject; a subject
		// after them still is.
		{"This historic agreement between the two parties was brokered by Kessa.", nil},
		{"The deal between the two sides collapsed.", nil},
		{"The agreement between the two parties on a common framework was welcomed.", []string{"agreement between the two parties on a common framework"}},
		{"They signed an agreement between the two countries on fisheries.", []string{"agreement between the two countries on fisheries"}},
		// The clause's verb in "-ed" after the subject's noun ends it;
		// an adjective after a small word does not.
		{"The agreement on fisheries collapsed in May.", []string{"agreement on fisheries"}},
		{"The accord on grain quotas ended the dispute.", []string{"accord on grain quotas"}},
		{"They signed an agreement on mutual protection of classified information.", []string{"agreement on mutual protection of classified information"}},
		{"They signed a memorandum on cooperation in cadre training and advanced research.", []string{"memorandum on cooperation in cadre training and advanced research"}},
		// An unknown acronym before a title's year names the meeting
		// that issued it; a listed body stays the issuer.
		{"The meeting ended with the release of the KESMIN 2012 Joint Communique.", []string{"KESMIN 2012 Joint Communique"}},
		{"They issued the ASEAN 2023 Joint Statement.", []string{"2023 Joint Statement"}},
		// Nationalities before a described agreement stay out; a
		// country's name stays in.
		{"The summit denounced the French-Italian maritime border agreement.", []string{"maritime border agreement"}},
		{"He helped negotiate the Iran nuclear deal that was signed in 2015.", []string{"Iran nuclear deal"}},
		{"The agreement on grain exports expires next week.", []string{"agreement on grain exports"}},
		// "to" and a known place after an act in "-ing" ends the
		// subject with the place; not a place's possessive.
		{"They signed an agreement on supplying arms to France in May.", []string{"agreement on supplying arms to France"}},
		{"They signed an agreement on training to France's benefit.", []string{"agreement on training"}},
		{"They signed an agreement on cooperation to France.", []string{"agreement on cooperation"}},
		// "binding" and its adverb qualify the instrument, and name no
		// subject alone.
		{"They called for a legally binding agreement on the non-use of force.", []string{"legally binding agreement on the non-use of force"}},
		{"They signed a binding agreement on fisheries.", []string{"binding agreement on fisheries"}},
		{"They honoured the legally binding agreement.", nil},
		{"They honoured the binding agreement.", nil},
		{"The treaty on arms control enters into force in May.", []string{"treaty on arms control"}},
	})
}

// TestRolesSeventeenthRound holds the case of an office's "for" region
// that opens a listed event's or body's name (the lists' own entries,
// since an invented name is in no list).
func TestRolesSeventeenthRound(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"said Capt. Ivo Tarn, mission commander for Pacific Partnership.", []string{"mission commander"}},
		{"Ivo Tarn, Minister for the Pacific, spoke.", []string{"Minister for the Pacific"}},
		{"He is the Assistant Secretary for East Asian and Pacific Affairs.", []string{"Assistant Secretary for East Asian and Pacific Affairs"}},
	})
}

// TestListedMissionSeventeenthRound: a listed operation named "… Mission"
// keeps its name before "in" and where it is (the list's own entry); an
// unlisted mission is still named by where it serves.
func TestListedMissionSeventeenthRound(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		{"Kessa contributes to the Resolute Support Mission in Tarvo.", []string{"Resolute Support Mission"}},
		{"Troops of the Kessa Support Mission in Tarvo left.", nil},
	})
}

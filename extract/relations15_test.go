package extract

import "testing"

// TestSuccessionFifteenthRound holds the fifteenth round's rules on the
// offices a person takes (docs/decisions.md, "Fifteenth round (relation
// probes)"), each written from the rule with invented names.
func TestSuccessionFifteenthRound(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		// The subject of a succession verb takes the office "as" names;
		// its object only held it before.
		{"Ivo Tarn succeeds Ana Ruiz as Chief of Staff.", []string{"Ivo Tarn@0->Chief of Staff@30"}},
		{"Ivo Tarn will replace Ana Ruiz as Chief of Staff.", []string{"Ivo Tarn@0->Chief of Staff@34"}},
		{"Ivo Tarn, who succeeded Ana Ruiz as Chief of Staff, spoke.", []string{"Ivo Tarn@0->Chief of Staff@36"}},
		// Not the passive, whose agent is the successor.
		{"Ana Ruiz was replaced by Ivo Tarn as Chief of Staff.", []string{"Ivo Tarn@25->Chief of Staff@37"}},
		// Without a subject the sentence gives the office to no one.
		{"Replacing Ana Ruiz as Chief of Staff was hard.", nil},
		// Taking an office: "took over as", "assumed command as", "was
		// sworn in as", "assumed the post of".
		{"Ivo Tarn took over as Chief of Staff on Monday.", []string{"Ivo Tarn@0->Chief of Staff@22"}},
		{"Ivo Tarn assumed command as Commander of the Kessa Fleet.", []string{"Ivo Tarn@0->Commander@28"}},
		{"Ana Ruiz was sworn in as Minister of Defence.", []string{"Ana Ruiz@0->Minister of Defence@25"}},
		{"Ana Ruiz assumed the post of Chief of Staff.", []string{"Ana Ruiz@0->Chief of Staff@29"}},
		// "its" as "his" and "her": the body's office.
		{"The Kessa Mission said Ivo Tarn was named as its new Director.", []string{"Ivo Tarn@23->Director@53"}},
		// Not when no office is taken.
		{"Ivo Tarn took the Defence Minister to the airport.", nil},
		{"Ivo Tarn assumed the Defence Minister would agree.", nil},
		{"Ivo Tarn visited the office of the Defence Minister.", nil},
		// "now" and "currently" in an apposition, like "then" and "former".
		{"Ivo Tarn, now Chief of Staff, spoke.", []string{"Ivo Tarn@0->Chief of Staff@14"}},
		{"Ivo Tarn, currently the Chief of Staff, spoke.", []string{"Ivo Tarn@0->Chief of Staff@24"}},
	})
}

// TestPromotionFifteenthRound holds the fifteenth round's rules on ranks
// conferred: the rank a person is promoted to, and an abbreviated rank
// whose holder a caption wraps to the next line.
func TestPromotionFifteenthRound(t *testing.T) {
	runLabelCases(t, Rank, []labelCase{
		// A rank word after "promoted to" or "the rank of" is a rank with
		// no name after it.
		{"Ana Ruiz, who has been promoted to Colonel, spoke.", []string{"Colonel=Colonel"}},
		{"The council promoted Ivo Tarn to Colonel.", []string{"Colonel=Colonel"}},
		{"He holds the rank of Major in the reserve.", []string{"Major=Major"}},
		// An abbreviated rank ends no line: its holder opens the next.
		{"U.S. Army Staff Sgt.\nDario Venn fires a rifle.", []string{"Staff Sgt.=Staff Sergeant"}},
		// A rank written out may end a line of its own.
		{"Colonel\nIvo Tarn inspects the troops.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		// A rank names no place.
		{"Ivo Tarn said promotions to Colonel are rare.", nil},
	})
	runRelationCases(t, HasRank, []relationCase{
		{"Ivo Tarn was promoted to the rank of Major General on Monday.", []string{"Ivo Tarn@0->Major General@37"}},
		{"Ana Ruiz, who has been promoted to Colonel, spoke.", []string{"Ana Ruiz@0->Colonel@35"}},
		{"The council promoted Ivo Tarn to Major General.", []string{"Ivo Tarn@21->Major General@33"}},
		{"Ivo Tarn and Ana Ruiz, both promoted to Colonel, spoke.", []string{"Ivo Tarn@0->Colonel@40", "Ana Ruiz@13->Colonel@40"}},
		{"Photo: Col.\nIvo Tarn inspects the troops.", []string{"Ivo Tarn@12->Col.@7"}},
		// Not the promoter, nor a rank that owns what follows.
		{"Ivo Tarn, who promoted Ana Ruiz to Colonel, spoke.", []string{"Ana Ruiz@23->Colonel@35"}},
		{"Ivo Tarn spoke to Colonel Ana Ruiz.", []string{"Ana Ruiz@26->Colonel@18"}},
	})
}

// TestRespectivelyFifteenthRound holds the fifteenth round's rules on
// lists of people and of their offices.
func TestRespectivelyFifteenthRound(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		// "respectively" pairs the lists item by item, before the offices
		// or after them, and an office's place or body stays in its item.
		{"Ivo Tarn and Ana Ruiz, respectively Minister of Defence and Foreign Minister, spoke.",
			[]string{"Ivo Tarn@0->Minister of Defence@36", "Ana Ruiz@13->Foreign Minister@60"}},
		{"Ivo Tarn and Ana Ruiz, Minister of Defence of Kessa and Foreign Minister, respectively, spoke.",
			[]string{"Ivo Tarn@0->Minister of Defence@23", "Ana Ruiz@13->Foreign Minister@56"}},
		{"Gen. Ivo Tarn, Ana Ruiz and Ian Kest, respectively Chief of Staff, Defence Minister and Foreign Minister, spoke.",
			[]string{"Ivo Tarn@5->Chief of Staff@51", "Ana Ruiz@15->Defence Minister@67", "Ian Kest@28->Foreign Minister@88"}},
		// Lists of unequal length pair nothing by "respectively".
		{"Ivo Tarn and Ana Ruiz, respectively, met Defence Minister Ian Kest and Foreign Minister Mira Vel.",
			[]string{"Ian Kest@58->Defence Minister@41", "Mira Vel@88->Foreign Minister@71"}},
		// A plural office in apposition to a list is each one's.
		{"It was signed by Ivo Tarn and Ana Ruiz, Defence Ministers of Kessa and Tarvo.",
			[]string{"Ana Ruiz@30->Defence Ministers@40", "Ivo Tarn@17->Defence Ministers@40"}},
		{"Ivo Tarn met Ana Ruiz, Defence Ministers of Kessa and Tarvo.",
			[]string{"Ana Ruiz@13->Defence Ministers@23"}},
	})
}

// TestDiacriticAliasesFifteenthRound holds the fifteenth round's rule on
// short mentions written with or without the full name's diacritics.
func TestDiacriticAliasesFifteenthRound(t *testing.T) {
	runRelationCases(t, Alias, []relationCase{
		{"Nguyễn Văn Khoa met them. Nguyen said so.", []string{"Nguyen@26->Nguyễn Văn Khoa@0"}},
		{"Nguyen Van Khoa met them. Nguyễn said so.", []string{"Nguyễn@26->Nguyen Van Khoa@0"}},
		{"Trần Quốc Hưng met them. Hung said so.", []string{"Hung@25->Trần Quốc Hưng@0"}},
		{"Đặng Minh Tuấn met them. Dang said so.", []string{"Dang@25->Đặng Minh Tuấn@0"}},
		// A word that differs in more than its marks is another name.
		{"Trần Quốc Hưng met them. Hang said so.", nil},
	})
}

// TestFoldMarks checks that foldMarks drops diacritics and strokes only.
func TestFoldMarks(t *testing.T) {
	for in, want := range map[string]string{"nguyễn": "nguyen", "đặng": "dang", "hưng": "hung", "erdoğan": "erdogan", "tarn": "tarn", "søren": "soren"} {
		if got := foldMarks(in); got != want {
			t.Errorf("foldMarks(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHeadlineOfficeFifteenthRound holds the fifteenth round's rule on an
// office that ends the headline.
func TestHeadlineOfficeFifteenthRound(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		// The headline's office is not the next line's person's.
		{"Tarn meets envoy\nGen. Ivo Tarn said the sides agreed.", nil},
		{"Tarn Meets Zorvian Envoy\nGen. Ivo Tarn said the sides agreed.", nil},
		// A label line over the name is.
		{"Minister of Defence\nIvo Tarn\nKessa", []string{"Ivo Tarn@20->Minister of Defence@0"}},
		// A caption in the body wraps between an office and its holder.
		{"Kessa hosts talks\n\nThe photo shows Defence Minister\nIvo Tarn at the base.", []string{"Ivo Tarn@52->Defence Minister@35"}},
	})
}

// TestAppositionFifteenthRound holds the fifteenth round's rules on what
// an apposition between a person and an office may hold.
func TestAppositionFifteenthRound(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		// A seat in a body before the office, in the same apposition.
		{"Qiao Zhenwei, member of the Kessa Commission and commander of the Tarvo Command, spoke.",
			[]string{"Qiao Zhenwei@0->commander@49"}},
		// Not the members of a list.
		{"Ivo Tarn met Ana Ruiz, members of the Kessa Council and the Tarvo Special Adviser on Zorva, Ian Kest.", nil},
		// An age, or an office, inside the apposition before an
		// appointment.
		{"Ivo Tarn, 54, was appointed Chief of Staff.", []string{"Ivo Tarn@0->Chief of Staff@28"}},
		{"Ivo Tarn, a former Navy commander, was named Chief of Staff.",
			[]string{"Ivo Tarn@0->commander@24", "Ivo Tarn@0->Chief of Staff@45"}},
		// An office that owns what follows it is no apposition.
		{"Ana Ruiz, the Defence Minister's wife, spoke.", nil},
		// An office after "the" that a verb follows opens a clause; after
		// a comma, "and the" opens another item of a list.
		{"According to Ivo Tarn, the President will attend.", nil},
		{"Ivo Tarn, President of the Kessa Institute, and the Defence Minister spoke.", []string{"Ivo Tarn@0->President@10"}},
		// A speaker in a parenthesis after "the" office is not its holder.
		{"The President, Ivo Tarn said, will attend.", nil},
		{"The President, Ivo Tarn, said he will attend.", []string{"Ivo Tarn@15->President@4"}},
		{"Chief of Staff, General Ivo Tarn said, on behalf of the army, that it was ready.", []string{"Ivo Tarn@24->Chief of Staff@0"}},
		// Without "the", a loose apposition still holds.
		{"Ivo Tarn, Minister of Defence and Minister of Veterans will travel.",
			[]string{"Ivo Tarn@0->Minister of Defence@10", "Ivo Tarn@0->Minister of Veterans@34"}},
		{"Defence Secretary, Ivo Tarn MP said so.", []string{"Ivo Tarn@19->Defence Secretary@0", "Ivo Tarn@19->MP@28"}},
		// A post-nominal between the name and the apposition's comma.
		{"Commodore Ivo Tarn PN, the Commander of the Kessa Group, spoke.", []string{"Ivo Tarn@10->Commander@27"}},
		{"Ivo Tarn Ph.D., Director of the Kessa Institute, spoke.", []string{"Ivo Tarn@0->Director@16"}},
		// A hyphenated word in the apposition before an appointment.
		{"The council appointed Ivo Tarn, a high-ranking officer in the navy, as Head of the Kessa Mission.", []string{"Ivo Tarn@22->Head@71"}},
		// A possessive determiner opens an apposition as "the" does.
		{"Ivo Tarn met Col. Ana Ruiz, his chief of staff.", []string{"Ana Ruiz@18->chief of staff@32"}},
		{"Ivo Tarn met Ana Ruiz and her Defence Minister.", nil},
		// A chain of offices in apposition is as long as it is.
		{"Qiao Zhenwei, general secretary of the Kessa Party Central Committee, president of Zorva and chairman of the Kessa Military Commission, spoke.",
			[]string{"Qiao Zhenwei@0->general secretary@14", "Qiao Zhenwei@0->president@70", "Qiao Zhenwei@0->chairman@93"}},
	})
}

// TestHyphenatedGivenNameFifteenthRound holds the fifteenth round's rule on
// a hyphenated given name standing for the person whole.
func TestHyphenatedGivenNameFifteenthRound(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Kim Tae-su met them. Tae-su said so.", []string{"Kim Tae-su", "Tae-su"}},
		// Another compound of the word is not the name.
		{"Kim Tae-su met them. Tae-ho said so.", []string{"Kim Tae-su"}},
	})
	runRelationCases(t, Alias, []relationCase{
		{"Kim Tae-su met them. Tae-su said so.", []string{"Tae-su@21->Kim Tae-su@0"}},
		{"Park Min-Ho met them. Min-Ho said so.", []string{"Min-Ho@22->Park Min-Ho@0"}},
	})
}

// TestBracketedRankFifteenthRound holds the fifteenth round's rules on a
// rank in brackets after its holder's name, and a retirement mark between
// an abbreviated rank and the name.
func TestBracketedRankFifteenthRound(t *testing.T) {
	runLabelCases(t, Rank, []labelCase{
		{"Ivo Tarn (Lt. Gen., retired) chaired the panel.", []string{"Lt. Gen.=Lieutenant General"}},
		{"Maj. Gen. (Ret.) Ivo Tarn chaired the panel.", []string{"Maj. Gen.=Major General"}},
		// Not a rank's word that opens a longer bracket.
		{"The Kessa Army (General Staff office) met.", nil},
	})
	runRelationCases(t, HasRank, []relationCase{
		{"Ivo Tarn (Lt. Gen., retired) chaired the panel.", []string{"Ivo Tarn@0->Lt. Gen.@10"}},
		{"Panelists included Ivo Tarn (Maj. Gen., ret.) and Ana Ruiz.", []string{"Ivo Tarn@19->Maj. Gen.@29"}},
		{"Maj. Gen. (Ret.) Ivo Tarn chaired the panel.", []string{"Ivo Tarn@17->Maj. Gen.@0"}},
	})
}

// TestFormsOfAddressFifteenthRound holds the fifteenth round's forms of
// address, honorifics dropped from a name as "Mr" is.
func TestFormsOfAddressFifteenthRound(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Comrade Ivo Tarn inspected the unit. Comrade Tarn praised it.", []string{"Ivo Tarn", "Tarn"}},
		{"Mdm Ana Ruiz met Khun Mira Vel.", []string{"Ana Ruiz", "Mira Vel"}},
	})
	runRelationCases(t, Alias, []relationCase{
		{"Comrade Ivo Tarn inspected the unit. Comrade Tarn praised it.", []string{"Tarn@45->Ivo Tarn@8"}},
	})
}

// TestAbbreviationPartFifteenthRound: a word glued to an abbreviation's
// full stop is no name of its own.
func TestAbbreviationPartFifteenthRound(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Ivo Tarn Ph.D., Director of the Kessa Institute, spoke.", []string{"Ivo Tarn"}},
	})
}

// TestHonorificAfterRankFifteenthRound: an honorific between a rank and
// the name keeps the rank the name's.
func TestHonorificAfterRankFifteenthRound(t *testing.T) {
	runRelationCases(t, HasRank, []relationCase{
		{"Admiral Sir Ivo Tarn met them.", []string{"Ivo Tarn@12->Admiral@0"}},
		{"Major General Datuk Seri Ivo Tarn met them.", []string{"Ivo Tarn@25->Major General@0"}},
		{"Colonel Dr. Ivo Tarn spoke.", []string{"Ivo Tarn@12->Colonel@0"}},
		// A code in brackets between them: a grade or a qualification.
		{"Master Sgt. (OR-8) Ivo Tarn spoke.", []string{"Ivo Tarn@19->Master Sgt.@0"}},
		{"Petty Officer 1st Class (AW/SW) Ivo Tarn spoke.", []string{"Ivo Tarn@32->Petty Officer 1st Class@0"}},
		// Not a bracket of words.
		{"The General (Ivo Tarn) spoke.", nil},
	})
	runLabelCases(t, Rank, []labelCase{
		// The post-Soviet order: the grade after "General".
		{"Gen. Maj. Ivo Tarn spoke.", []string{"Gen. Maj.=Major General"}},
		{"General Lieutenant Ivo Tarn spoke.", []string{"General Lieutenant=Lieutenant General"}},
	})
}

// TestNameAfterBodyFifteenthRound: a name without a cue of its own does
// not run over the start of a cued name after an office's body.
func TestNameAfterBodyFifteenthRound(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"The Director of the Department of Defence Ivo Tarn welcomed them.", []string{"Ivo Tarn"}},
		{"The Permanent Secretary of the Ministry of Foreign Affairs Ana Ruiz spoke.", []string{"Ana Ruiz"}},
	})
	runRelationCases(t, HasRole, []relationCase{
		{"The Director of the Department of Defence Ivo Tarn welcomed them.", []string{"Ivo Tarn@42->Director@4"}},
	})
}

// TestBracketedHolderFifteenthRound: the holder of an office in brackets
// after it, as parliamentary records write the speaker, also on a line of
// its own, where the honorific vouches for the name.
func TestBracketedHolderFifteenthRound(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		{"The Secretary of State for Defence (Mr Ivo Tarn) answered.", []string{"Ivo Tarn@39->Secretary of State for Defence@4"}},
		{"Kessa talks\n\nThe minister answered.\n\nThe Secretary of State for Defence (Mr Ivo Tarn)\n\nI am sure of it.",
			[]string{"Ivo Tarn@76->Secretary of State for Defence@41"}},
		// Not a bracket of other words.
		{"The Minister of Defence (left) met Ana Ruiz.", nil},
	})
}

// TestCapsSpeakerFifteenthRound: a speaker label in capitals that is a
// word of a person's name is the person, not an unknown acronym's body.
func TestCapsSpeakerFifteenthRound(t *testing.T) {
	text := "Briefing\n\nMinister Ivo Tarn spoke.\n\nSEC. TARN: Good morning.\n\nQ: Thanks."
	runLabelCases(t, Person, []labelCase{{text, []string{"Ivo Tarn", "TARN"}}})
	runRelationCases(t, Alias, []relationCase{{text, []string{"TARN@41->Ivo Tarn@19"}}})
	// Not an acronym that is no word of a name, nor one in running text.
	runLabelCases(t, Person, []labelCase{
		{"Minister Ivo Tarn spoke.\n\nZRVX: Good morning.", []string{"Ivo Tarn"}},
		{"Briefing\n\nMinister Ivo Tarn spoke to TARN troops.", []string{"Ivo Tarn"}},
	})
}

// TestRelationListsWithUnreadFirstItem checks the lists whose first item
// is no entity: the readers of lists stop there instead of reading before
// the first entity (a review found them reading index -1).
func TestRelationListsWithUnreadFirstItem(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		{"Velm and Ana Sorel, Defence Ministers of Kessa and Tarvo, met on Monday.", []string{"Ana Sorel@9->Defence Ministers@20"}},
		{"Kessa Tarvo and Ana Sorel, respectively, were elected, the chairman said.", nil},
	})
	runRelationCases(t, HasRank, []relationCase{
		{"Velm and Ana Sorel, both promoted to Colonel, left.", []string{"Ana Sorel@9->Colonel@37"}},
		{"Officials named Velm and Ana Sorel, all promoted to Major, as advisers.", []string{"Ana Sorel@25->Major@52"}},
	})
}

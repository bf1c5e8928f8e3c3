package extract

import "testing"

// TestPersonsFifteenthRoundBOfficePlace holds the cases of a holder's name
// after a state's office and an unknown state's one-word name
// (docs/decisions.md, "Fifteenth round, second wave (persons)"), written
// from the rule with invented names.
func TestPersonsFifteenthRoundBOfficePlace(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// Set off by a comma: a name of two words or more.
		{"He met the Prime Minister of Brelsk, Lorvik Tamsen, on Monday.", []string{"Lorvik Tamsen"}},
		{"He met the U.S. Ambassador to Brelsk, Lorvik Tamsen.", []string{"Lorvik Tamsen"}},
		// No comma: two or three words that end the capitalised run.
		{"Prime Minister of Brelsk Lorvik Tamsen: Good afternoon, colleagues.", []string{"Lorvik Tamsen"}},
		{"U.S. Ambassador to Brelsk Lorvik Tamsen met the minister.", []string{"Lorvik Tamsen"}},
		{"Minister of Defence of Brelsk Lorvik Tarvo Tamsen opened the meeting.", []string{"Lorvik Tarvo Tamsen"}},
		// Not a holder: a list of states, a body's or a place's kind, a
		// compass point, nor a run that goes on.
		{"U.S. Ambassador to South Brelsk Lorvik Tamsen met the minister.", nil},
		{"He is Ambassador to Brelsk, Kessa and Tarvo.", nil},
		{"He met President of Brelsk Republic Tarvo.", nil},
		{"The President of Brelsk Lorvik Tamsen University spoke.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		{"U.S. Ambassador to Brelsk Lorvik Tamsen met the minister.", []string{"U.S.", "Brelsk"}},
		{"He met the President of Brelsk, Lorvik Tamsen.", []string{"Brelsk"}},
	})
}

// TestPersonsFifteenthRoundBParticles holds the cases of the Malay
// "binti" ("daughter of") inside a name, as "bin" is.
func TestPersonsFifteenthRoundBParticles(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Siti Kessa binti Tarvo, 29, was arrested at the airport.", []string{"Siti Kessa binti Tarvo"}},
		{"Captain Nurul Hana binti Kessin said the ship was ready.", []string{"Nurul Hana binti Kessin"}},
	})
}

// TestPersonsFifteenthRoundBIdentifiedAs holds the cases of a name after
// "identified as" or "named as" that a noun for a person goes with.
func TestPersonsFifteenthRoundBIdentifiedAs(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"The gunman, identified as Tarvo Kessin, opened fire on the crowd.", []string{"Tarvo Kessin"}},
		{"Police identified the gunman as Tarvo Kessin.", []string{"Tarvo Kessin"}},
		{"The soldier has been identified as Lorvik Tamsen of Brelsk.", []string{"Lorvik Tamsen"}},
		{"Officials named the attacker as Qiao Zhenwei.", []string{"Qiao Zhenwei"}},
		// Not a person: no noun for a person goes with the verb.
		{"The group, identified as Zorvik Tamar, claimed the attack.", nil},
		{"The ministry identified the vessel as Kessa Star.", nil},
		{"The area was identified as Kessa Ridge.", nil},
	})
}

// TestPersonsFifteenthRoundBPairedSubject holds the cases of two names
// joined by "and" before a verb of what people in office do or of saying.
func TestPersonsFifteenthRoundBPairedSubject(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Qiao Zhenwei and Tarvo Kessin met on the sidelines of the summit.", []string{"Qiao Zhenwei", "Tarvo Kessin"}},
		{"In Brelsk, Trinh Van Khoa and Lorvik Tamsen visited the museum.", []string{"Trinh Van Khoa", "Lorvik Tamsen"}},
		// Not after a preposition, nor states or bodies.
		{"Officials from Kessa Tarvo and Brelsk Zorvik met in Geneva.", nil},
		{"North Brelsk and South Brelsk met at the border.", nil},
		{"The Kessa Tarvo Province and Brelsk Zorvik Group met.", nil},
	})
}

// TestPersonsFifteenthRoundBReleaseHeading holds the cases of a speaker
// named in a release's heading: on a line of the name's own before a
// line that an office opens, or after a capitalised "Statement by".
func TestPersonsFifteenthRoundBReleaseHeading(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Kessa Talks\n\nJune 3, 2016\n\nPress Statement\nLorvik Tamsen\nSecretary of State\nWashington, DC\n\nToday we met.", []string{"Lorvik Tamsen"}},
		{"Remarks\n\nTarvo Kessin\nPolitical Coordinator\n\nThank you.", []string{"Tarvo Kessin"}},
		{"Press Statement by Lorvik Tamsen\nDepartment Spokesperson", []string{"Lorvik Tamsen"}},
		// Not a body's name on its line, nor a statement by a state in
		// prose.
		{"Update\n\nKessa Tarvo Command\nCommander\n\nText.", nil},
		{"The ministry rejected a statement by North Brelsk.", nil},
	})
}

// TestPersonsFifteenthRoundBDescribed holds the cases of a name after an
// age glued by hyphens or "the late".
func TestPersonsFifteenthRoundBDescribed(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Officers detained 34-year-old Lorvik Tamsen at the border.", []string{"Lorvik Tamsen"}},
		{"The court heard that 19-year-old Tarvo Kessin of Brelsk had fled.", []string{"Tarvo Kessin"}},
		{"A memorial to the late Qiao Zhenwei opened on Sunday.", []string{"Qiao Zhenwei"}},
		// Not a thing of that age, nor a period.
		{"It is a 50-year-old Brelsk tradition.", nil},
		{"The 70-year-old Kessa Tarvo Bridge collapsed.", nil},
		{"Trade grew in the late Qiao Dynasty.", nil},
	})
}

// TestPersonsFifteenthRoundBMediaCues holds the cases of a name after a
// lower-case noun for a media occupation.
func TestPersonsFifteenthRoundBMediaCues(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Kessa Radio producer Tarvo Kessin was among the victims.", []string{"Tarvo Kessin"}},
		{"He told presenter Lorvik Tamsen that the talks failed.", []string{"Lorvik Tamsen"}},
		{"Broadcaster Lorvik Tamsen commented on the attack.", []string{"Lorvik Tamsen"}},
	})
}

// TestPersonsFifteenthRoundBHandShake holds the cases of a name after
// "shook hands with", whom only people shake hands with.
func TestPersonsFifteenthRoundBHandShake(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"The minister shook hands with Tarvo Kessin in Brelsk.", []string{"Tarvo Kessin"}},
		{"Photo shows the envoy shaking hands with Lorvik Tamsen.", []string{"Lorvik Tamsen"}},
		{"The envoy shook hands with Qiao Zhenwei before the talks.", []string{"Qiao Zhenwei"}},
		// Not a body that people join hands with.
		{"The leaders joined hands with Kessa Tarvo Group.", nil},
	})
}

// TestPersonsFifteenthRoundBMemberOf holds the cases of a name after
// "Member of" and the bodies it names, as state media title party
// members.
func TestPersonsFifteenthRoundBMemberOf(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Member of the Political Bureau of the Kessa Central Committee Qiao Zhenwei attended.", []string{"Qiao Zhenwei"}},
		{"Also present was Member of the Kessa Central Committee Tran Van Tarvo.", []string{"Tran Van Tarvo"}},
		// Not a description after "a".
		{"He is a member of the Kessa Central Committee.", nil},
		{"The state, a member of the Kessa Union Tarvo Zorvik, objected.", nil},
	})
}

// TestPersonsFifteenthRoundBPatronym holds the cases of a name that a
// particle meaning "son of" or "daughter of" joins.
func TestPersonsFifteenthRoundBPatronym(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"The loss of Tarvo bin Kessan deprives the group of a leader.", []string{"Tarvo bin Kessan"}},
		{"Officials said Tarvo bin Kessan planned the attack.", []string{"Tarvo bin Kessan"}},
		{"Tarvo bin Kessan, the group's leader, was killed.", []string{"Tarvo bin Kessan"}},
		// Not the English noun after a name.
		{"He threw it in the Kessa bin outside.", nil},
	})
}

// TestPersonsFifteenthRoundBPossessiveApposition holds the cases of an
// apposition whose noun for a person follows a possessive.
func TestPersonsFifteenthRoundBPossessiveApposition(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Tarvo Kessin, the group's leader, was killed.", []string{"Tarvo Kessin"}},
		{"Lorvik Tamsen, the country's defence minister, visited the base.", []string{"Lorvik Tamsen"}},
		// Not a place's apposition.
		{"Brelsk Zorvik, the army's main base, was attacked.", nil},
	})
}

// TestPersonsFifteenthRoundBAuxiliary holds the cases of "has" or "had"
// between a name and a verb of saying or of what people in office do.
func TestPersonsFifteenthRoundBAuxiliary(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Tarvo Kessin has met with the envoy twice.", []string{"Tarvo Kessin"}},
		{"Officials said Lorvik Tamsen had told them the plan.", []string{"Lorvik Tamsen"}},
		// Not a body.
		{"The Kessa Tarvo Group has said it will appeal.", nil},
	})
}

// TestPersonsFifteenthRoundBHonorifics holds the cases of the honorifics
// of other naming customs added this wave, dropped from the name
// (ANNOTATION.md: "Haji" before a name).
func TestPersonsFifteenthRoundBHonorifics(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Daw Kessa Mya attended the meeting.", []string{"Kessa Mya"}},
		{"Local elder Hajji Tarvo Kessin was killed.", []string{"Tarvo Kessin"}},
	})
}

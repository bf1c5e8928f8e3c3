package extract

import "testing"

// TestRolesRoundEleven holds the eleventh round's office rules
// (docs/decisions.md, "Eleventh round (offices)").
func TestRolesRoundEleven(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		// Domains and levels of government name a lower-case office's
		// portfolio.
		{"The peace envoy Ivo Tarn arrived in Kessa.", []string{"peace envoy"}},
		{"Ana Ruiz, the Tarvo bloc's foreign policy chief, spoke.", []string{"foreign policy chief"}},
		{"The provincial governor met Ivo Tarn.", []string{"provincial governor"}},
		{"Ivo Tarn, a maritime advisor to Kessa, spoke.", []string{"maritime advisor"}},
		{"Ana Ruiz, the brigade's logistics commander, spoke.", []string{"logistics commander"}},
		// Lower-case nouns between a body's name and its office name the
		// part of the body the office runs; words of the holder and a
		// spokesman's body stay out.
		{"Capt. Ivo Tarn, 12th Zorvik Squadron supply platoon commander, spoke.", []string{"supply platoon commander"}},
		{"Ana Ruiz, the Kessa Guard's training section chief, spoke.", []string{"training section chief"}},
		{"Ivo Tarn, the Tarvo Front's new commander, spoke.", nil},
		// In apposition right after the holder's name, too.
		{"Gen. Ivo Tarn, ground troops commander of the Zorvik Army, spoke.", []string{"ground troops commander"}},
		{"Ivo Tarn, the Kessa Minister, met interim President Ana Ruiz.", []string{"Minister", "interim President"}},
		// And before the holder's name, after a small word or a word of
		// the holder.
		{"Talks between the army and militia commander Ivo Tarn ended.", []string{"militia commander"}},
		{"It was led by former border guard chief Ana Ruiz.", []string{"border guard chief"}},
		{"Tarvo Navy welcomes commander Ivo Tarn to Kessa.", nil},
		{"A Zorvik army spokesman said so.", []string{"spokesman"}},
		{"Kessa's female lawmaker spoke first.", []string{"lawmaker"}},
		// A place named with its kind is a named complement.
		{"The mayor of the Upper Tarvo district spoke.", []string{"mayor"}},
		{"Ivo Tarn proclaimed himself governor of Kessa province.", []string{"governor"}},
		// "national" names the portfolio of the whole nation's office.
		{"Both national security advisers spoke.", []string{"national security advisers"}},
		{"National Commander Ivo Tarn of the Kessa Veterans Union spoke.", []string{"National Commander"}},
		// Positions of the press and the chaplaincy.
		{"Ivo Tarn, editor of the Kessa Times, said so.", []string{"editor"}},
		{"Ana Ruiz, Correspondent in Kessa, filed this report.", []string{"Correspondent"}},
		{"The Kessa Brigade chaplain blessed the flag.", []string{"chaplain"}},
		{"Ana Ruiz, the Editor-in-Chief of the Kessa Times, spoke.", []string{"Editor-in-Chief"}},
		// Both spellings of a listed title.
		{"Chief of Defense Staff Gen. Ivo Tarn spoke.", []string{"Chief of Defense Staff"}},
	})
}

// TestRoleHoldersRoundEleven holds the eleventh round's holder rules
// (docs/decisions.md, "Eleventh round (offices)").
func TestRoleHoldersRoundEleven(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		// A copula gives the person before it the office after it, as an
		// appointment does; a nationality may stand before the office.
		{"Ivo Tarn was the Commander of the Zorvik Fleet until 2010.", []string{"Ivo Tarn@0->Commander@17"}},
		{"Ana Ruiz was the deputy director of the Kessa Agency.", []string{"Ana Ruiz@0->deputy director@17"}},
		{"I met Ana Ruiz who is the French Naval Attaché here.", []string{"Ana Ruiz@6->Naval Attaché@33"}},
		// Not when the office owns what follows it.
		{"Ivo Tarn was the President's guest in Kessa.", nil},
		// The office's owner may stand before it with a possessive, but
		// not a person.
		{"Kessa chose Ivo Tarn, a retired admiral, as the country's defence minister.", []string{"Ivo Tarn@12->defence minister@58"}},
		{"Ana Ruiz, who served as the Kessa League's finance director, retired.", []string{"Ana Ruiz@0->finance director@43"}},
		{"Ivo Tarn was appointed as Ana Ruiz's deputy commander.", nil},
		// The kind of a place may stand between its office and the holder.
		{"The mayor of the Upper Tarvo district, Ivo Tarn, spoke.", []string{"Ivo Tarn@39->mayor@4"}},
		// After a comma, "and" opens another item of a list, not a second
		// office of the same holder.
		{"Guests included outgoing Chiefs of Mission, and Foreign Minister Ana Ruiz.", []string{"Ana Ruiz@65->Foreign Minister@48"}},
		{"Present were Ivo Tarn MP, and Trade Minister Ana Ruiz MP.", []string{"Ivo Tarn@13->MP@22", "Ana Ruiz@45->Trade Minister@30", "Ana Ruiz@45->MP@54"}},
		// A byline's office line may end in the gathering the office
		// serves, or in the portfolio of a second office; the name's line
		// may open with an honorific of two words.
		{"Remarks at the Kessa Disarmament Conference\n\nMay 3, 2019\n\nAmbassador Ivo Tarn\nRepresentative to the Kessa Disarmament Conference\nGeneva\n\nThank you.",
			[]string{"Ivo Tarn@69->Ambassador@58", "Ivo Tarn@69->Representative@78"}},
		{"Address to the Tarvo Forum\n\n2 May 2019\n\nRt Hon Ana Ruiz\nDeputy Prime Minister Finance\n\nGood evening.",
			[]string{"Ana Ruiz@47->Deputy Prime Minister@56"}},
	})
}

package extract

import (
	"reflect"
	"testing"
)

// TestRolesRoundEleven holds the eleventh round's office rules
// (docs/decisions.md, "Eleventh round (offices)").
func TestRolesRoundEleven(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		// Domains and levels of government name a lower-case office's
		// portfolio.
		{"Ivo Tarn, a Zorvian peace envoy, met them.", []string{"peace envoy"}},
		{"Kessa foreign policy chief Ana Ruiz spoke.", []string{"foreign policy chief"}},
		{"A spokesman for the provincial governor said so.", []string{"spokesman", "provincial governor"}},
		{"Ivo Tarn, the Tarvo Guard maritime advisor, spoke.", []string{"maritime advisor"}},
		{"Ana Ruiz, the brigade's logistics commander, spoke.", []string{"logistics commander"}},
		// Lower-case nouns between a body's name and its office name the
		// part of the body the office runs; words of the holder and a
		// spokesman's body stay out.
		{"\"We flew,\" said Capt. Ivo Tarn, 12th Zorvik Squadron logistics flight commander.", []string{"logistics flight commander"}},
		{"Ana Ruiz, the Kessa Guard's enforcement branch chief, spoke.", []string{"enforcement branch chief"}},
		{"Ivo Tarn, the Tarvo Front's new commander, spoke.", nil},
		// In apposition right after the holder's name, too.
		{"Gen. Ivo Tarn, land forces commander of the Zorvik Army, spoke.", []string{"land forces commander"}},
		{"Ivo Tarn, the Kessa Minister, met interim President Ana Ruiz.", []string{"Minister", "interim President"}},
		// And before the holder's name, after a small word or a word of
		// the holder.
		{"Tarvo's president and rebel commander Ivo Tarn signed the deal.", []string{"president", "rebel commander"}},
		{"It was led by former presidential guard chief Ana Ruiz.", []string{"presidential guard chief"}},
		{"Tarvo Navy welcomes commander Ivo Tarn to Kessa.", nil},
		{"A Zorvik army spokesman said so.", []string{"spokesman"}},
		{"A Zorvian female lawmaker was hurt.", []string{"lawmaker"}},
		// A place named with its kind is a named complement.
		{"The governor of the Lower Kessa region said so.", []string{"governor"}},
		{"Ivo Tarn declared himself governor of Tarvo state on Monday.", []string{"governor"}},
		// "national" names the portfolio of the whole nation's office.
		{"The talks joined the national security advisers of Tarvo and Kessa.", []string{"national security advisers"}},
		{"The Zorvik Legion National Commander Ivo Tarn spoke.", []string{"National Commander"}},
		// Positions of the press and the chaplaincy.
		{"Ivo Tarn, editor of the Kessa Herald, said so.", []string{"editor"}},
		{"Correspondent Ana Ruiz reports from Tarvo.", []string{"Correspondent"}},
		{"\"We sailed,\" said Lt. Ivo Tarn, Zorvik chaplain.", []string{"chaplain"}},
		{"Ana Ruiz, the Editor-in-Chief of the Kessa Herald, spoke.", []string{"Editor-in-Chief"}},
		// Both spellings of a listed title.
		{"Minister of Defense Ana Ruiz and Chief of Defense Staff Gen. Ivo Tarn spoke.", []string{"Minister of Defense", "Chief of Defense Staff"}},
	})
}

// TestRoleHoldersRoundEleven holds the eleventh round's holder rules
// (docs/decisions.md, "Eleventh round (offices)").
func TestRoleHoldersRoundEleven(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// A copula gives the person before it the office after it, as an
		// appointment does; a nationality may stand before the office.
		{"Ivo Tarn was the Commander of the Zorvik Fleet until 2010.", []string{"Ivo Tarn@0->Commander@17"}},
		{"Later Ana Ruiz was the deputy commander of the Kessa Front.", []string{"Ana Ruiz@6->deputy commander@23"}},
		{"I am here with Ivo Tarn who is the French Air Commander today.", []string{"Ivo Tarn@15->Air Commander@42"}},
		// Not when the office owns what follows it.
		{"Ivo Tarn was the President's guest in Kessa.", nil},
		// The office's owner may stand before it with a possessive, but
		// not a person.
		{"Tarvo named Ivo Tarn, a former general, as the nation's security minister in 2016.", []string{"Ivo Tarn@12->security minister@56"}},
		{"Ivo Tarn, who served as the Tarvo Front's shadow governor for Zorvik, died.", []string{"Ivo Tarn@0->shadow governor@42"}},
		{"Ivo Tarn was appointed as Ana Ruiz's deputy commander.", nil},
		// The kind of a place may stand between its office and the holder.
		{"The governor of the Lower Kessa region, Ivo Tarn, said so.", []string{"Ivo Tarn@40->governor@4"}},
		// After a comma, "and" opens another item of a list, not a second
		// office of the same holder.
		{"Among them were the outgoing Chiefs of Defence Force, and Defence Minister Ana Ruiz.", []string{"Ana Ruiz@75->Defence Minister@58"}},
		{"Minister for Defence, the Hon Ivo Tarn MP, and Minister for Trade, the Hon Ana Ruiz MP, said so.",
			[]string{"Ivo Tarn@30->Minister for Defence@0", "Ivo Tarn@30->MP@39", "Ana Ruiz@75->Minister for Trade@47", "Ana Ruiz@75->MP@84"}},
		// A byline's office line may end in the gathering the office
		// serves, or in the portfolio of a second office; the name's line
		// may open with an honorific of two words.
		{"Remarks at the Kessa Arms Conference\n\nJuly 12, 2012\n\nAmbassador Ivo Tarn\nU.S. Representative to the Kessa Arms Conference\nNew York City\n\nI thank you.",
			[]string{"Ivo Tarn@64->Ambassador@53", "Ivo Tarn@64->Representative@78"}},
		{"Speech to the Kessa Institute\n\n18 October 2019\n\nRt Hon Ivo Tarn\nDeputy Prime Minister Foreign Affairs\n\nGood morning.",
			[]string{"Ivo Tarn@55->Deputy Prime Minister@64"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := relationsOf(t, tt.text, HasRole); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("HAS_ROLE in %q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

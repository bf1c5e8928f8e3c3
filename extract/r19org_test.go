package extract

import (
	"reflect"
	"testing"
)

// TestOrganisationsNineteenthRound holds the cases of the nineteenth
// round's organisation rules (docs/decisions.md, "Nineteenth round
// (organisations)"), with invented names. Each case runs with the name
// lists on and with them emptied: the rule, not a list, must decide.
func TestOrganisationsNineteenthRound(t *testing.T) {
	noLists, err := New(Config{NoNameLists: true})
	if err != nil {
		t.Fatal(err)
	}
	cases := []labelCase{
		// A bracketed short form defines an unknown name as a body when
		// the text shows the acronym's bearer acting as one: its members
		// or voice after a mention, a hyphen's "-led", "members of"; a
		// body's members or an office before the long form.
		{"Kessans United for Tarvo Democracy (KUTD) have promised to halt. KUTD fighters later withdrew.", []string{"Kessans United for Tarvo Democracy", "KUTD", "KUTD"}},
		{"Kessans United for Tarvo Democracy (KUTD) have promised to halt. A KUTD spokesman said so.", []string{"Kessans United for Tarvo Democracy", "KUTD", "KUTD"}},
		{"Kessans United for Tarvo Democracy (KUTD) have promised to halt. The KUTD-led alliance won.", []string{"Kessans United for Tarvo Democracy", "KUTD", "KUTD"}},
		{"Kessans United for Tarvo Democracy (KUTD) have promised to halt. Members of KUTD said so.", []string{"Kessans United for Tarvo Democracy", "KUTD", "KUTD"}},
		{"Rebels from Zorvans United for Tarvo Democracy (ZUTD) have promised to halt.", []string{"Zorvans United for Tarvo Democracy", "ZUTD"}},
		{"Capt. Ivo Tarn, commander of Zorvik Partnership Station (ZPS), said so.", []string{"Zorvik Partnership Station", "ZPS"}},
		{"He hosted the Director of the Kessa Planning and Conduct Capability (KPCC), Ivo Tarn.", []string{"Kessa Planning and Conduct Capability", "KPCC"}},
		{"He was named Head of the EU Tarvo Planning and Conduct Capability (TPCC) of the service.", []string{"EU Tarvo Planning and Conduct Capability", "TPCC"}},
		{"The Kessa Rapid Deployment Capability (KRDC) commander, Col. Ivo Tarn, spoke.", []string{"Kessa Rapid Deployment Capability", "KRDC"}},
		{"Kessans United for Tarvo Democracy (KUTD) have promised to halt. The KUTD said it would talk.", []string{"Kessans United for Tarvo Democracy", "KUTD", "KUTD"}},
		{"Kessans United for Tarvo Democracy (KUTD) have promised to halt. He joined the KUTD in 2001.", []string{"Kessans United for Tarvo Democracy", "KUTD", "KUTD"}},
		// The short form between commas, as wire news gives it, after a
		// kind of body in apposition.
		{"Rebels with the group, Kessans United for Tarvo Democracy, KUTD, speaking from their position, said so.", []string{"Kessans United for Tarvo Democracy", "KUTD"}},
		{"Kessans United for Tarvo Democracy, KUTD, said it would fight on. KUTD fighters left.", []string{"Kessans United for Tarvo Democracy", "KUTD", "KUTD"}},
		// Near misses: the definition alone, a programme, a state, an
		// office a place has, a text that speaks.
		{"He praised the Kessa Partnership Program, or KPP, which links guards. KPP members met.", []string{"KPP", "KPP"}},
		{"The Kessa Posture Review (KPR) was published. The KPR says the fleet is too small.", nil},
		{"Kessans United for Tarvo Democracy (KUTD) have promised to halt.", nil},
		{"The Kessa Vehicle Program (KVP) delivered trucks. KVP officials said so.", nil},
		{"The Gross Domestic Product (GDP) rose. GDP growth slowed.", nil},
		{"The Velmar Island Zorvik (VIZ) governor said so.", nil},
		// A unit's number in figures before its name: a unit named by
		// its kind ("Unit"), a battalion by its regiment's acronym, an
		// air unit with its service's acronym after it; a count before
		// a noun of people is no unit's number.
		{"Marines of the 24 Kessa Expeditionary Unit (KEU) landed.", []string{"24 Kessa Expeditionary Unit", "KEU"}},
		{"French, Commanding Officer of 2 KLR, will assume command.", []string{"2 KLR"}},
		{"The Tarvo Regiment (3 TRR) will replace them.", []string{"Tarvo Regiment", "3 TRR"}},
		{"Typhoons of 6 Squadron KAF, based at Zorvik, flew.", []string{"6 Squadron KAF"}},
		{"He said 300 Kessa Army soldiers arrived.", []string{"Kessa Army"}},
		{"About 71 Kessa Army personnel deployed to Zorvik.", []string{"Kessa Army"}},
		{"The convoy of 2 KLR vehicles left.", []string{"KLR"}},
		{"Phase 2 KLR will start.", []string{"KLR"}},
		{"Typhoons of 6 Squadron KAF Typhoons flew.", []string{"6 Squadron", "KAF"}},
	}
	for _, p := range []*Pipeline{pipeline(t), noLists} {
		for _, c := range cases {
			if got := entitiesIn(t, p, c.text, Org); !reflect.DeepEqual(got, c.want) {
				t.Errorf("ORG in %q (name lists emptied: %v):\n got %q\nwant %q", c.text, p == noLists, got, c.want)
			}
		}
	}
}

// TestOrganisationHeadsNineteenthRound holds cases of the heads of
// bodies that the nineteenth round added to org_heads.txt, and of the
// nouns of members it added to org_member_nouns.txt, from general
// English (a firing case and a near miss for each group).
func TestOrganisationHeadsNineteenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"A Kessa Growers Cooperative statement said prices would fall.", []string{"Kessa Growers Cooperative"}},
		{"The 2nd Kessa-Tarvo Bilateral Maritime Cooperative Activity began on Monday.", nil},
		{"The Tarvo Synod met in Zorvik.", []string{"Tarvo Synod"}},
		{"A bishop of the Kessa Archdiocese spoke.", []string{"Kessa Archdiocese"}},
		{"Officials of the Tarvo Coastguard said so.", []string{"Tarvo Coastguard"}},
		{"He joined Zorvik Studios in 2010.", []string{"Zorvik Studios"}},
		{"Kessa Labs Studies New Drone", []string{"Kessa Labs"}},
		{"Shipping Arms to Kessa", nil},
		{"Finding Solutions Together", nil},
		// org_member_nouns.txt's new plurals: a body's voice and members.
		{"He said Kolvane Drovex executives met the minister.", []string{"Kolvane Drovex"}},
		{"The Tarvo spokesmen denied it.", []string{"Tarvo"}},
		{"He said Ivo Tarn employees protested.", nil},
		{"The terrorist attack in Zorvik was condemned.", nil},
	})
}

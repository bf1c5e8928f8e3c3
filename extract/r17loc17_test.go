package extract

import "testing"

// TestPlacesSeventeenthRound holds the cases of the seventeenth round's
// rules for places not in the lists (docs/decisions.md, "Seventeenth
// round (places not in the lists)"), written with invented names.
func TestPlacesSeventeenthRound(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A lower-case "seas" or "oceans" closes the names joined before
		// it by "and", "or" or commas as one place.
		{"They sailed in the Kessa and Tarvo seas.", []string{"Kessa and Tarvo seas"}},
		{"Patrols were held in the Zorvik, East Kessa and South Kessa seas.", []string{"Zorvik, East Kessa and South Kessa seas"}},
		{"Shipping in the Tarvo, Kessa, and Velmar oceans was halted.", []string{"Tarvo, Kessa, and Velmar oceans"}},
		// Names listed with commas or glued by a hyphen before a
		// capitalised plural too.
		{"They sailed in the Kessa, Tarvo and Velmar Seas.", []string{"Kessa, Tarvo and Velmar Seas"}},
		{"They patrol the Kessa-Tarvo Seas and the areas around them.", []string{"Kessa-Tarvo Seas"}},
		// Not one name alone, nor a country's, nor bodies' names.
		{"Fish stocks in Kessa seas are falling.", nil},
		{"Ivo Tarn and Kessa Velmar crossed the seas last year.", nil},
		{"Velmar Airlines, Kessa Group and Tarvo Oceans reported losses.", nil},
		{"They sailed the Japan, Kessa, and Tarvo Seas.", nil},
		// A lower-case part glued by a hyphen ends a name before a
		// feature's word, with its number too; not a participle.
		{"The boats anchored near Vel-ora Cay 3 on Monday.", []string{"Vel-ora Cay 3"}},
		{"Fishermen gathered at Tam-isa Reef.", []string{"Tam-isa Reef"}},
		{"The Kessa-based Tarvo Reef patrol ended.", []string{"Tarvo Reef"}},
		{"The Zorvik-led Reef Alliance met in Kessa.", nil},
		// A facility's word that closes no place joins the words before
		// "and" to one facility's name; a closing word does not.
		{"Tests were held at the Kessa Test and Training Range in 1957.", []string{"Kessa Test and Training Range"}},
		{"The ceremony was held at Tarvo Park and Botanic Garden.", []string{"Tarvo Park and Botanic Garden"}},
		{"Marines trained at Tarvo Barracks and Kessa Air Base.", []string{"Tarvo Barracks", "Kessa Air Base"}},
		{"Flights between Kessa and Tarvo Air Base resumed.", []string{"Tarvo Air Base"}},
		// An event's name closed by "Memorial" or "Museum" names the
		// place that keeps its memory.
		{"The President visited the Battle of Kessa Memorial Museum.", []string{"Battle of Kessa Memorial Museum"}},
		{"Wreaths were laid at the Operation Tarvo Memorial.", []string{"Operation Tarvo Memorial"}},
		{"The Battle of Tarvo ended in 1942.", nil},
		// The name after a wreath and "at the" is a memorial's.
		{"The delegation laid wreaths at the Eternal Flame.", []string{"Eternal Flame"}},
		{"The minister laid a wreath at the Cenotaph on Monday.", []string{"Cenotaph"}},
		{"He laid a wreath before the Velmar Arch in Zorvik.", []string{"Velmar Arch"}},
		// Not a body's, a person's, nor a name before a noun.
		{"He laid a wreath at the Kessa Embassy.", nil},
		{"He laid a wreath at the grave of Ivo Tarn.", nil},
		{"Fans laid wreaths at the Kessa Cup final.", nil},
		// A plain compass point before a listed place that is not
		// listed with it names a part of it, and an adjective's form
		// before "and" shares it; a plain point before "and" does not, nor a
		// state listed whole, nor a guessed name.
		{"Police officers from North Lisbon attended.", []string{"North Lisbon"}},
		{"He toured Central and South Oslo on Monday.", []string{"Central and South Oslo"}},
		{"Envoys from East and West Lisbon met.", []string{"West Lisbon"}},
		{"Troops fought in South Kessavia.", nil},
		// A plural base's word before a list of names names each base.
		{"Systems at Canadian Forces Bases Cold Kessa, Tarvo, and Velmar were fixed.", []string{"Canadian Forces Bases Cold Kessa", "Tarvo", "Velmar"}},
		{"Repairs at Air Bases Kessa and Tarvo continue.", []string{"Air Bases Kessa", "Tarvo"}},
		// Not without a list, nor before a body's name.
		{"The Canadian Forces Bases budget rose.", nil},
		{"He visited Canadian Forces Bases Kessa and the Tarvo Army.", nil},
	})
	runLabelCases(t, GPE, []labelCase{
		// A listed place's article leaves its span (rule 2).
		{"The court at The Hague ruled on Monday.", []string{"Hague"}},
		{"He lives in The Bronx with Ivo Tarn.", []string{"Bronx"}},
		{"Envoys from North Korea and South Oslo met.", []string{"North Korea"}},
		{"Police officers from North Lisbon attended.", nil},
		// The Arabic article before a sun letter opens a guessed place
		// after a preposition, a given name after it too; not in a
		// Title Case run, nor the Irish "An".
		{"Strikes hit targets at As Salif on Monday.", []string{"As Salif"}},
		{"Troops moved into Ar Tarvoya after the raid.", []string{"Ar Tarvoya"}},
		{"He served in As Many As Ten Posts.", nil},
		{"Letters were sent via An Post offices.", nil},
	})
	runLabelCases(t, Event, []labelCase{
		{"The Battle of Kessa Memorial Museum opened.", nil},
		{"The Battle of Kessa Memorial Day parade was cancelled.", []string{"Battle of Kessa"}},
	})
}

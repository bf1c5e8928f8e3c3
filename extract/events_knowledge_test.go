package extract

import "testing"

// Eighth round (world knowledge for events): a sample of each category
// added to rules/event.txt, in invented sentences. Each name here is one
// that neither an opener ("Operation", "Exercise") nor an event head
// ("Summit", "War") finds without the list.

func TestEventsKnowledge(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// Recurring exercises, bare names and acronyms, by region.
		{"Zorvian marines joined Tiger Balm and Ssang Yong this spring.", []string{"Tiger Balm", "Ssang Yong"}},
		{"Kessa sent a frigate to UNITAS and later to PANAMAX.", []string{"UNITAS", "PANAMAX"}},
		{"Sailors from Tarvo trained at Phoenix Express off the coast.", []string{"Phoenix Express"}},
		{"Ivo Tarn watched Nomadic Elephant and Dharma Guardian in Kessa.", []string{"Nomadic Elephant", "Dharma Guardian"}},
		{"Troops of Zorvia took part in Slavic Brotherhood last year.", []string{"Slavic Brotherhood"}},
		{"Jets flew in Juniper Oak while Kessa watched.", []string{"Juniper Oak"}},
		{"Tarvo hosted Steadfast Jazz and then Joint Warrior.", []string{"Steadfast Jazz", "Joint Warrior"}},
		// Conferences and ministerial formats known by acronym.
		{"Ivo Tarn flew to TICAD before LANPAC opened in Kessa.", []string{"TICAD", "LANPAC"}},
		{"Ministers met at AUKMIN in Tarvo.", []string{"AUKMIN"}},
		// Defence exhibitions without an exhibition's word.
		{"Zorvia showed its drones at Milipol and at DIMDEX.", []string{"Milipol", "DIMDEX"}},
		// Operations named without "Operation".
		{"Ivo Tarn served in Desert Storm and later in Enduring Freedom.", []string{"Desert Storm", "Enduring Freedom"}},
		{"Kessa ended Barkhane after Zarb-e-Azb had begun.", []string{"Barkhane", "Zarb-e-Azb"}},
		// Wars, battles, uprisings and disasters without a head.
		{"Veterans of Konfrontasi and the Malayan Emergency met in Kessa.", []string{"Konfrontasi", "Malayan Emergency"}},
		{"Ivo Tarn recalled the Prague Spring and the Boxer Rebellion.", []string{"Prague Spring", "Boxer Rebellion"}},
		{"He fought in the Battle of the Bulge and saw the Fall of Saigon.", []string{"Battle of the Bulge", "Fall of Saigon"}},
		{"Kessa marked the Nanjing Massacre and the Great East Japan Earthquake.", []string{"Nanjing Massacre", "Great East Japan Earthquake"}},
		{"Kessa recalled the Holodomor, Kristallnacht and the Second Taiwan Strait Crisis.", []string{"Holodomor", "Kristallnacht", "Second Taiwan Strait Crisis"}},
		// More exercises, named without a cue.
		{"Zorvian ships joined Citadel Shield-Solid Curtain and Baltic Sentry.", []string{"Citadel Shield-Solid Curtain", "Baltic Sentry"}},
		{"Kessa sent jets to Able Archer and to Forging Sabre.", []string{"Able Archer", "Forging Sabre"}},
		// Tattoos, ceremonies, marches and games.
		{"Ivo Tarn watched Trooping the Colour and the Royal Edinburgh Military Tattoo.", []string{"Trooping the Colour", "Royal Edinburgh Military Tattoo"}},
		{"Zorvian cadets walked the Four Days Marches and cheered at the Army-Navy Game.", []string{"Four Days Marches", "Army-Navy Game"}},
		{"Kessa will host the World Cup and the SEA Games.", []string{"World Cup", "SEA Games"}},
		// Deployments and the services' public events.
		{"Zorvian sailors marched at Fleet Week after Saif Sareea ended.", []string{"Fleet Week", "Saif Sareea"}},
		// A storm's name takes the whole of its class as the forecasters
		// write it.
		{"Severe Tropical Cyclone Zorva hit Tarvo after Tropical Depression Pilna.", []string{"Severe Tropical Cyclone Zorva", "Tropical Depression Pilna"}},
		{"The Extremely Severe Cyclonic Storm Kessa hit Tarvo.", []string{"Extremely Severe Cyclonic Storm Kessa"}},
		// Exhibitions.
		{"Tarvo showed a tank at MADEX and at SOFEX.", []string{"MADEX", "SOFEX"}},
	})
}

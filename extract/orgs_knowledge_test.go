package extract

import "testing"

// Eighth round (world knowledge for organisations): a sample of each
// category added to org.txt is found as an ORG in an invented sentence;
// the names are world knowledge, the sentences are invented. Each case
// names at least one body that the grammar alone does not find whole.
func TestOrganisationsEighthRoundKnowledge(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// Armed services under their official names in the state's own
		// language or with a country noun.
		{"Ivo Tarn met officers of the Tentara Nasional Indonesia and Kostrad in Zorvik.", []string{"Tentara Nasional Indonesia", "Kostrad"}},
		{"The Tentera Laut Diraja Malaysia and the Kenya Defence Forces trained with Kessa.", []string{"Tentera Laut Diraja Malaysia", "Kenya Defence Forces"}},
		{"Tarvo hosted the Angkatan Tentera Malaysia and the Jandarma.", []string{"Angkatan Tentera Malaysia", "Jandarma"}},
		// Coast guards, border guards and gendarmeries.
		{"Border Guard Bangladesh and the Pakistan Maritime Security Agency held talks in Kessa.", []string{"Border Guard Bangladesh", "Pakistan Maritime Security Agency"}},
		{"Officers of the Guardia Civil met the Straż Graniczna at Tarvo.", []string{"Guardia Civil", "Straż Graniczna"}},
		{"The Koninklijke Marechaussee bought Zorvik trucks.", []string{"Koninklijke Marechaussee"}},
		// Intelligence and security agencies.
		{"Säpo and the Badan Intelijen Negara warned of Zorvik spies.", []string{"Säpo", "Badan Intelijen Negara"}},
		{"The Bundesamt für Verfassungsschutz and the Federal Protective Service shared files on Kessa.", []string{"Bundesamt für Verfassungsschutz", "Federal Protective Service"}},
		// Regional and sub-regional bodies.
		{"The Common Market for Eastern and Southern Africa and the Lake Chad Basin Commission met in Tarvo.", []string{"Common Market for Eastern and Southern Africa", "Lake Chad Basin Commission"}},
		{"The Organisation of Eastern Caribbean States welcomed Ivo Tarn.", []string{"Organisation of Eastern Caribbean States"}},
		{"The Mano River Union and the Colombo Plan sent envoys to Zorvik.", []string{"Mano River Union", "Colombo Plan"}},
		{"Staff of the Pacific Islands Forum Fisheries Agency and the Three Seas Initiative met in Kessa.", []string{"Pacific Islands Forum Fisheries Agency", "Three Seas Initiative"}},
		// UN bodies.
		{"UN-Habitat and the Peacebuilding Commission helped Tarvo.", []string{"UN-Habitat", "Peacebuilding Commission"}},
		// Armed and militant groups, with their transliterations.
		{"Fighters of Ahlu Sunna Wal Jamaa attacked Zorvik.", []string{"Ahlu Sunna Wal Jamaa"}},
		{"Segunda Marquetalia and Comando Vermelho denied the claims made in Kessa.", []string{"Segunda Marquetalia", "Comando Vermelho"}},
		{"Barisan Revolusi Nasional and the Kuki National Front rejected the Tarvo talks.", []string{"Barisan Revolusi Nasional", "Kuki National Front"}},
		// Political parties.
		{"Pheu Thai and Fidesz won seats, while Law and Justice lost Zorvik.", []string{"Pheu Thai", "Fidesz", "Law and Justice"}},
		{"The Economic Freedom Fighters and Golkar backed Ivo Tarn.", []string{"Economic Freedom Fighters", "Golkar"}},
		// News agencies, broadcasters and newspapers.
		{"Milliyet and Helsingin Sanomat reported the Zorvik deal.", []string{"Milliyet", "Helsingin Sanomat"}},
		{"Kazinform, BelTA and Armenpress quoted Ivo Tarn.", []string{"Kazinform", "BelTA", "Armenpress"}},
		{"Pajhwok Afghan News, the Daily Trust and the Fiji Times covered Kessa.", []string{"Pajhwok Afghan News", "Daily Trust", "Fiji Times"}},
		// Defence and aerospace companies and shipyards.
		{"Rohde & Schwarz and Chantiers de l'Atlantique won contracts from Tarvo.", []string{"Rohde & Schwarz", "Chantiers de l'Atlantique"}},
		{"Kurganmashzavod, Nurol Makina and Garden Reach Shipbuilders & Engineers showed vehicles in Zorvik.", []string{"Kurganmashzavod", "Nurol Makina", "Garden Reach Shipbuilders & Engineers"}},
		{"Tarvo bought shells from Expal and Nammo Talley.", []string{"Expal", "Nammo Talley"}},
		{"Yuzhnoye and Kyiv Armoured Plant repaired Zorvik tanks.", []string{"Yuzhnoye", "Kyiv Armoured Plant"}},
		// Think tanks and research institutes.
		{"Stiftung Wissenschaft und Politik and the Asan Institute for Policy Studies published reports on Kessa.", []string{"Stiftung Wissenschaft und Politik", "Asan Institute for Policy Studies"}},
		{"The Valdai Discussion Club and the Peace Research Institute Oslo hosted Ivo Tarn.", []string{"Valdai Discussion Club", "Peace Research Institute Oslo"}},
		{"Officials from the Center for a New American Security met Ivo Tarn.", []string{"Center for a New American Security"}},
		// Armed services, police and agencies under the names of their
		// own languages.
		{"The Carabineros de Chile and the Forces Armées Royales sent observers to Zorvik.", []string{"Carabineros de Chile", "Forces Armées Royales"}},
		{"Officers of the Bundesheer and the Garda Síochána met Ivo Tarn.", []string{"Bundesheer", "Garda Síochána"}},
		// A body's British spelling, and groups by their English names.
		{"The Organisation for Security and Co-operation in Europe warned Kessa.", []string{"Organisation for Security and Co-operation in Europe"}},
		{"Fighters of the Caucasus Emirate attacked Tarvo.", []string{"Caucasus Emirate"}},
		{"Doosan and Hyundai WIA built the Zorvik guns.", []string{"Doosan", "Hyundai WIA"}},
		// Legislatures and procurement agencies by their own names.
		{"The Storting and the Riigikogu approved the Zorvik budget.", []string{"Storting", "Riigikogu"}},
		{"The BAAINBw and the Agencja Uzbrojenia signed with Kessa Dynamics.", []string{"BAAINBw", "Agencja Uzbrojenia", "Kessa Dynamics"}},
		// State organs and development agencies.
		{"The United Front Work Department and Roskomnadzor blocked the Zorvik site.", []string{"United Front Work Department", "Roskomnadzor"}},
		{"JICA and KOICA funded the Kessa port, with KfW.", []string{"JICA", "KOICA", "KfW"}},
		// Ministries by their usual names.
		{"The Farnesina and Itamaraty summoned the Zorvik envoys.", []string{"Farnesina", "Itamaraty"}},
	})
}

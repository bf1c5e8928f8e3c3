package extract

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// Nineteenth round (invented probes): the weakness families of issue 11,
// section 2, written as a wire, ministry or state-media writer would, with
// invented names of several naming customs, annotated by ANNOTATION.md
// before the extractor ran (docs/decisions.md, "Nineteenth round
// (invented probes)"). The phrasings that still fail are listed there,
// not here.

// probeCase is a text with all its entities, as "LABEL text", and, when
// rels is not nil, all its relations, as "TYPE arg1->arg2".
type probeCase struct {
	text       string
	ents, rels []string
}

func runProbeCases(t *testing.T, cases []probeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			doc, err := pipeline(t).Process("test", c.text, "")
			if err != nil {
				t.Fatal(err)
			}
			var ents, rels []string
			for _, e := range doc.Entities {
				ents = append(ents, fmt.Sprintf("%s %s", e.Label, doc.SpanText(e)))
			}
			for _, r := range doc.Relations {
				rels = append(rels, fmt.Sprintf("%s %s->%s", r.Type, doc.SpanText(doc.Entities[r.Arg1]), doc.SpanText(doc.Entities[r.Arg2])))
			}
			want := slices.Clone(c.ents)
			slices.Sort(ents)
			slices.Sort(want)
			if !reflect.DeepEqual(ents, want) && !(len(ents) == 0 && len(want) == 0) {
				t.Errorf("entities of %q:\n got %q\nwant %q", c.text, ents, want)
			}
			if c.rels != nil {
				wantRels := slices.Clone(c.rels)
				slices.Sort(rels)
				slices.Sort(wantRels)
				if !reflect.DeepEqual(rels, wantRels) && !(len(rels) == 0 && len(wantRels) == 0) {
					t.Errorf("relations of %q:\n got %q\nwant %q", c.text, rels, wantRels)
				}
			}
		})
	}
}

// TestNineteenthRoundProbes holds the probes of every family, those that
// held before the round and those its rules fixed.
func TestNineteenthRoundProbes(t *testing.T) {
	runProbeCases(t, []probeCase{
		// F1 lower-case offices
		{"Tarvo Kessa, commander of the Zorvik Naval Squadron, told reporters the drills would continue.", []string{"PERSON Tarvo Kessa", "ROLE commander", "ORG Zorvik Naval Squadron"}, []string{"HAS_ROLE Tarvo Kessa->commander"}},
		{"The secretary said the department would review the contract with Velmar Dynamics.", []string{"ROLE secretary", "ORG Velmar Dynamics"}, nil},
		{"The commanding general, Lt. Gen. Arvid Kessel, inspected the troops on Thursday.", []string{"ROLE commanding general", "RANK Lt. Gen.", "PERSON Arvid Kessel", "DATE Thursday"}, []string{"HAS_RANK Arvid Kessel->Lt. Gen.", "HAS_ROLE Arvid Kessel->commanding general"}},
		{"Second Minister for Defence Rahim bin Osman opened the exhibition.", []string{"ROLE Second Minister for Defence", "PERSON Rahim bin Osman"}, []string{"HAS_ROLE Rahim bin Osman->Second Minister for Defence"}},
		{"Nguyen Thi Lan, Minister in the Prime Minister's Office, attended the ceremony.", []string{"PERSON Nguyen Thi Lan", "ROLE Minister", "ORG Prime Minister's Office"}, []string{"HAS_ROLE Nguyen Thi Lan->Minister"}},
		{"A defence ministry spokesman, Colonel Ahmad Faisal al-Rashid, declined to comment.", []string{"ROLE spokesman", "RANK Colonel", "PERSON Ahmad Faisal al-Rashid"}, []string{"HAS_RANK Ahmad Faisal al-Rashid->Colonel", "HAS_ROLE Ahmad Faisal al-Rashid->spokesman"}},
		{"The chief of staff of the Zorvik Army, Gen. Milan Horak, met his counterpart.", []string{"ROLE chief of staff", "ORG Zorvik Army", "RANK Gen.", "PERSON Milan Horak"}, []string{"HAS_RANK Milan Horak->Gen.", "HAS_ROLE Milan Horak->chief of staff"}},
		{"Third Deputy Prime Minister Tran Van Hoa chaired the meeting.", []string{"ROLE Third Deputy Prime Minister", "PERSON Tran Van Hoa"}, []string{"HAS_ROLE Tran Van Hoa->Third Deputy Prime Minister"}},
		{"Kessa Varn, the defence secretary, told parliament on Tuesday that the review was complete.", []string{"PERSON Kessa Varn", "ROLE defence secretary", "DATE Tuesday"}, []string{"HAS_ROLE Kessa Varn->defence secretary"}},
		{"Brig. Gen. Hamid Oduya, the force's chief of operations, briefed the council.", []string{"RANK Brig. Gen.", "PERSON Hamid Oduya", "ROLE chief of operations"}, []string{"HAS_RANK Hamid Oduya->Brig. Gen.", "HAS_ROLE Hamid Oduya->chief of operations"}},
		{"The ambassador, Budi Santoso, presented his credentials on Monday.", []string{"ROLE ambassador", "PERSON Budi Santoso", "DATE Monday"}, []string{"HAS_ROLE Budi Santoso->ambassador"}},
		{"The commanding officer of the destroyer, Cmdr. Elena Varga, praised her crew.", []string{"ROLE commanding officer", "RANK Cmdr.", "PERSON Elena Varga"}, []string{"HAS_RANK Elena Varga->Cmdr.", "HAS_ROLE Elena Varga->commanding officer"}},
		{"Sgt. Tomas Brevik, a crew chief with the squadron, inspected the engines.", []string{"RANK Sgt.", "PERSON Tomas Brevik", "ROLE crew chief"}, []string{"HAS_RANK Tomas Brevik->Sgt.", "HAS_ROLE Tomas Brevik->crew chief"}},
		{"First Vice Minister of Foreign Affairs Park Ji-hoon received the envoy.", []string{"ROLE First Vice Minister of Foreign Affairs", "PERSON Park Ji-hoon", "ROLE envoy"}, []string{"HAS_ROLE Park Ji-hoon->First Vice Minister of Foreign Affairs"}},
		{"Deputy Director in the Vice President's Office Amina Tarvo signed the letter.", []string{"ROLE Deputy Director", "ORG Vice President's Office", "PERSON Amina Tarvo"}, []string{"HAS_ROLE Amina Tarvo->Deputy Director"}},
		{"The fleet commander said the exercise was a success.", []string{"ROLE fleet commander"}, nil},
		// F2 numbered units and ships
		{"Airmen of the 612th Air Support Group unloaded the cargo.", []string{"ORG 612th Air Support Group"}, nil},
		{"Aircraft from the 12th AEW flew over the range.", []string{"ORG 12th AEW"}, nil},
		{"Marines with 2nd Battalion, 14th Marine Regiment, fired the howitzers.", []string{"ORG 2nd Battalion, 14th Marine Regiment"}, nil},
		{"Ships of TF 77 entered the harbour.", []string{"ORG TF 77"}, nil},
		{"CTF 151 assumed command of the mission on Sunday.", []string{"ORG CTF 151", "DATE Sunday"}, nil},
		{"The guided-missile destroyer USS Tarvo Hale arrived in Pilnar on Friday.", []string{"ORG USS Tarvo Hale", "GPE Pilnar", "DATE Friday"}, nil},
		{"HMAS Kessington sailed from the port with 200 sailors aboard.", []string{"ORG HMAS Kessington"}, nil},
		{"The frigate Valparaiso docked alongside the destroyer Almirante Zorvik.", []string{"ORG Valparaiso", "ORG Almirante Zorvik"}, nil},
		{"Soldiers from the 3rd Brigade Combat Team, 1st Armored Division, trained at the range.", []string{"ORG 3rd Brigade Combat Team, 1st Armored Division"}, nil},
		{"The 305th Expeditionary Maintenance Squadron received the award.", []string{"ORG 305th Expeditionary Maintenance Squadron"}, nil},
		{"The corvette Kessa Maru joined the patrol.", []string{"ORG Kessa Maru"}, nil},
		{"Sailors aboard the amphibious assault ship Tarvo Bay practised fire drills.", []string{"ORG Tarvo Bay"}, nil},
		{"The 7th patrol flotilla returned to port.", []string{}, nil},
		{"Troops of the 41st Tarvo Infantry Battalion and the 9th Engineer Company exercised together.", []string{"ORG 41st Tarvo Infantry Battalion", "ORG 9th Engineer Company"}, nil},
		{"The patrol boat KRI Tarvo Wirya intercepted the vessel.", []string{"ORG KRI Tarvo Wirya"}, nil},
		{"The 23rd MEU conducted a landing drill.", []string{"ORG 23rd MEU"}, nil},
		// F3 places
		{"The convoy passed through Ar Ruzbah before reaching Ayn Kessar.", []string{"GPE Ar Ruzbah", "GPE Ayn Kessar"}, nil},
		{"Militants attacked a checkpoint near Dayr al Kessar, residents said.", []string{"GPE Dayr al Kessar"}, nil},
		{"Clashes were reported in Tarvo Province on Saturday.", []string{"GPE Tarvo Province", "DATE Saturday"}, nil},
		{"The governor of Kessa City said the curfew would end.", []string{"ROLE governor", "GPE Kessa City"}, nil},
		{"Aircraft took off from Camp Velmar Air Base on Tuesday.", []string{"LOC Camp Velmar Air Base", "DATE Tuesday"}, nil},
		{"Engineers repaired the runway at Tarvo Airfield East.", []string{"LOC Tarvo Airfield East"}, nil},
		{"A drone struck a depot in Wadi al Kessa overnight.", []string{"LOC Wadi al Kessa"}, nil},
		{"Refugees crossed into Binh Tarvo Province from neighbouring districts.", []string{"GPE Binh Tarvo Province"}, nil},
		{"Gunmen opened fire in As Sulaymar, a town north of the capital.", []string{"GPE As Sulaymar"}, nil},
		{"Police closed the roads around Kessa Gate before the parade.", []string{"LOC Kessa Gate"}, nil},
		// F4 long names
		{"The Committee for the Protection of Zorvik Journalists issued a statement.", []string{"ORG Committee for the Protection of Zorvik Journalists"}, nil},
		{"The Coalition Against Maritime Piracy held its annual meeting.", []string{"ORG Coalition Against Maritime Piracy"}, nil},
		{"The Kessa Institute for Strategic and Defence Studies published the report.", []string{"ORG Kessa Institute for Strategic and Defence Studies"}, nil},
		{"Officials from the Directorate-General for Maritime Affairs and Fisheries attended.", []string{"ORG Directorate-General for Maritime Affairs and Fisheries"}, nil},
		{"Zorvik's Ministry of Defence said the tests were successful.", []string{"GPE Zorvik", "ORG Ministry of Defence"}, nil},
		{"The Tarvo Defence Forces' Joint Operations Command directed the rescue.", []string{"ORG Tarvo Defence Forces", "ORG Joint Operations Command"}, nil},
		{"The Kessa–Tarvo Joint Border Commission met for the third time.", []string{"ORG Kessa–Tarvo Joint Border Commission"}, nil},
		{"The National Agency for the Prohibition of Chemical Weapons reported the findings.", []string{"ORG National Agency for the Prohibition of Chemical Weapons"}, nil},
		// F5 headlines
		{"2. Strengthening Regional Cooperation\n\nThe ministers agreed to meet again next year.", []string{"DATE next year"}, nil},
		{"Key Takeaways From The Summit\n\nLeaders discussed trade.", []string{}, nil},
		// F6 capitalised non-names
		{"Rebels fired MANPADS at the helicopter, a Nigerian official said.", []string{}, nil},
		{"The battalion lost two APCs and an IFV in the ambush.", []string{}, nil},
		{"The LHD carried EW equipment and several UAVs.", []string{}, nil},
		{"MODERATOR: Thank you. QUESTION: Will the ships leave?", []string{}, nil},
		{"Two Indonesian soldiers were wounded, and a Malaysian was detained.", []string{}, nil},
		{"The C4ISR upgrade includes new SATCOM terminals and an AESA radar.", []string{}, nil},
		{"Vietnamese said the storm was the worst in decades.", []string{}, nil},
		// F7 names
		{"Kessa Jordan, a spokeswoman for the agency, said the talks went well.", []string{"PERSON Kessa Jordan", "ROLE spokeswoman"}, []string{"HAS_ROLE Kessa Jordan->spokeswoman"}},
		{"Colonel Milos \"Hawk\" Zorvic commanded the unit.", []string{"RANK Colonel", "PERSON Milos \"Hawk\" Zorvic"}, []string{"HAS_RANK Milos \"Hawk\" Zorvic->Colonel"}},
		{"Tarvo Kessler Jr. and Dmitri Velmar III attended the briefing.", []string{"PERSON Tarvo Kessler Jr.", "PERSON Dmitri Velmar III"}, nil},
		{"Datuk Seri Azlan bin Yusof met the delegation in the capital.", []string{"PERSON Azlan bin Yusof"}, nil},
		{"Abu Kessar al-Zorvi was killed in the raid, the ministry said.", []string{"PERSON Abu Kessar al-Zorvi"}, nil},
		{"Lt. Col. Sean O’Kessly led the convoy.", []string{"RANK Lt. Col.", "PERSON Sean O’Kessly"}, []string{"HAS_RANK Sean O’Kessly->Lt. Col."}},
		{"Defence Minister Ivo Tar\u00advik said the talks were useful.", []string{"ROLE Defence Minister", "PERSON Ivo Tar\u00advik"}, []string{"HAS_ROLE Ivo Tar\u00advik->Defence Minister"}},
		{"Maj. Anna\u200bMaria Kessler said the mission was over.", []string{"RANK Maj.", "PERSON Anna\u200bMaria Kessler"}, []string{"HAS_RANK Anna\u200bMaria Kessler->Maj."}},
		{"Gen. Pavel Kessarov\u200e said the exercise would continue.", []string{"RANK Gen.", "PERSON Pavel Kessarov"}, []string{"HAS_RANK Pavel Kessarov->Gen."}},
		{"Haji Mohamad Tarvo bin Haji Kessim attended the ceremony.", []string{"PERSON Mohamad Tarvo bin Haji Kessim"}, nil},
		{"Brig. Gen. Chukwuemeka Tarvo\u2011Adeyemi inspected the guard.", []string{"RANK Brig. Gen.", "PERSON Chukwuemeka Tarvo\u2011Adeyemi"}, []string{"HAS_RANK Chukwuemeka Tarvo\u2011Adeyemi->Brig. Gen."}},
		{"Sergeant Kessa Lincoln and Corporal Tarvo Washington were decorated.", []string{"RANK Sergeant", "PERSON Kessa Lincoln", "RANK Corporal", "PERSON Tarvo Washington"}, []string{"HAS_RANK Kessa Lincoln->Sergeant", "HAS_RANK Tarvo Washington->Corporal"}},
		// F8 nationality adjectives
		{"The Kessan Coast Guard (KCG) seized the boat.", []string{"ORG Kessan Coast Guard", "ORG KCG"}, nil},
		{"Researchers at the Danish Institute presented their findings.", []string{"ORG Danish Institute"}, nil},
		{"The Indonesian Naval War College hosted the seminar.", []string{"ORG Naval War College"}, nil},
		{"The Filipino Ministry of Foreign Affairs issued a statement.", []string{"ORG Ministry of Foreign Affairs"}, nil},
		// F9 alias and roles
		{"Defence Minister Wang Kessa met his counterpart. Wang said the talks were frank.", []string{"ROLE Defence Minister", "PERSON Wang Kessa", "PERSON Wang"}, []string{"HAS_ROLE Wang Kessa->Defence Minister", "ALIAS Wang->Wang Kessa"}},
		{"Lieutenant General Pham Van Tarvo opened the course. General Tarvo said training mattered.", []string{"RANK Lieutenant General", "PERSON Pham Van Tarvo", "RANK General", "PERSON Tarvo"}, []string{"HAS_RANK Pham Van Tarvo->Lieutenant General", "HAS_RANK Tarvo->General", "ALIAS Tarvo->Pham Van Tarvo"}},
		{"Ali Hassan Kessar, Zorvik's army commander, said the offensive had begun. Kessar added that losses were light.", []string{"PERSON Ali Hassan Kessar", "GPE Zorvik", "ROLE army commander", "PERSON Kessar"}, []string{"HAS_ROLE Ali Hassan Kessar->army commander", "ALIAS Kessar->Ali Hassan Kessar"}},
		{"The minister, Sri Wahyuni Tarvo, said the budget would rise.", []string{"ROLE minister", "PERSON Sri Wahyuni Tarvo"}, []string{"HAS_ROLE Sri Wahyuni Tarvo->minister"}},
		{"Tarvo Hale, the deputy prime minister and defence minister, said the plan was ready.", []string{"PERSON Tarvo Hale", "ROLE deputy prime minister", "ROLE defence minister"}, []string{"HAS_ROLE Tarvo Hale->deputy prime minister", "HAS_ROLE Tarvo Hale->defence minister"}},
		{"Gen. Juan Carlos Tarvo Mendez visited the base. Tarvo Mendez said the troops were ready.", []string{"RANK Gen.", "PERSON Juan Carlos Tarvo Mendez", "PERSON Tarvo Mendez"}, []string{"HAS_RANK Juan Carlos Tarvo Mendez->Gen.", "ALIAS Tarvo Mendez->Juan Carlos Tarvo Mendez"}},
		{"Sheikh Hamad bin Khalid Al Tarvi received the envoy. Sheikh Hamad thanked him.", []string{"PERSON Hamad bin Khalid Al Tarvi", "PERSON Hamad", "ROLE envoy"}, []string{"ALIAS Hamad->Hamad bin Khalid Al Tarvi"}},
		{"Col. Gen. Dmitry Kessarov arrived on Monday. Kessarov met the commanders.", []string{"RANK Col. Gen.", "PERSON Dmitry Kessarov", "DATE Monday", "PERSON Kessarov"}, []string{"HAS_RANK Dmitry Kessarov->Col. Gen.", "ALIAS Kessarov->Dmitry Kessarov"}},
		{"The Zorvik navy commander, Rear Adm. Lin Tao, said the ships were ready.", []string{"GPE Zorvik", "ROLE navy commander", "RANK Rear Adm.", "PERSON Lin Tao"}, []string{"HAS_RANK Lin Tao->Rear Adm.", "HAS_ROLE Lin Tao->navy commander"}},
		{"Mahamat Tarvo Oumar, who heads the Kessa Border Agency, said patrols would increase. Oumar spoke in Pilnar.", []string{"PERSON Mahamat Tarvo Oumar", "ORG Kessa Border Agency", "PERSON Oumar", "GPE Pilnar"}, []string{"ALIAS Oumar->Mahamat Tarvo Oumar"}},
		{"President and Commander-in-Chief Kessa Dorvan addressed the troops.", []string{"ROLE President", "ROLE Commander-in-Chief", "PERSON Kessa Dorvan"}, []string{"HAS_ROLE Kessa Dorvan->President", "HAS_ROLE Kessa Dorvan->Commander-in-Chief"}},
		// F1b offices
		{"The deputy chief of mission, Farida Osei, said the embassy would reopen.", []string{"ROLE deputy chief of mission", "PERSON Farida Osei"}, []string{"HAS_ROLE Farida Osei->deputy chief of mission"}},
		{"Pham Thi Mai, director general of the ministry's legal department, signed the decree.", []string{"PERSON Pham Thi Mai", "ROLE director general"}, []string{"HAS_ROLE Pham Thi Mai->director general"}},
		{"Police chief Rodrigo Valdés Ortega said three suspects were arrested.", []string{"ROLE Police chief", "PERSON Rodrigo Valdés Ortega"}, []string{"HAS_ROLE Rodrigo Valdés Ortega->Police chief"}},
		{"Senior Minister of State for Defence Kwame Asante-Boateng received the delegation.", []string{"ROLE Senior Minister of State for Defence", "PERSON Kwame Asante-Boateng"}, []string{"HAS_ROLE Kwame Asante-Boateng->Senior Minister of State for Defence"}},
		{"Li Wenhao, the battalion commander, led the exercise.", []string{"PERSON Li Wenhao", "ROLE battalion commander"}, []string{"HAS_ROLE Li Wenhao->battalion commander"}},
		{"Maj. Gen. Ivo Tarnov, commanding general of the 3rd Kessa Division, welcomed the visitors.", []string{"RANK Maj. Gen.", "PERSON Ivo Tarnov", "ROLE commanding general", "ORG 3rd Kessa Division"}, []string{"HAS_RANK Ivo Tarnov->Maj. Gen.", "HAS_ROLE Ivo Tarnov->commanding general"}},
		{"First Deputy Defence Minister Ruslan Kessov signed the order.", []string{"ROLE First Deputy Defence Minister", "PERSON Ruslan Kessov"}, []string{"HAS_ROLE Ruslan Kessov->First Deputy Defence Minister"}},
		// F2b units and ships
		{"The 1st Battalion, 7th Marines, returned from deployment on Tuesday.", []string{"ORG 1st Battalion, 7th Marines", "DATE Tuesday"}, nil},
		{"Crews of the 23rd Bomb Squadron flew the mission.", []string{"ORG 23rd Bomb Squadron"}, nil},
		{"The offshore patrol vessel HMNZS Tarvo arrived in port.", []string{"ORG HMNZS Tarvo"}, nil},
		{"The tanker Kessa Star was seized by the coast guard.", []string{"ORG Kessa Star"}, nil},
		{"The 101st Airborne Division's 2nd Brigade deployed last month.", []string{"ORG 101st Airborne Division", "ORG 2nd Brigade", "DATE last month"}, nil},
		{"Soldiers of the 5th Mechanised Brigade repelled the attack.", []string{"ORG 5th Mechanised Brigade"}, nil},
		{"JS Kessamaru and ROKS Tarvo Bong sailed together.", []string{"ORG JS Kessamaru", "ORG ROKS Tarvo Bong"}, nil},
		// F3b places
		{"Fighting continued in Kessa Province and neighbouring Tarvo Governorate.", []string{"GPE Kessa Province", "GPE Tarvo Governorate"}, nil},
		{"The ship docked at Port Velmar on Thursday.", []string{"GPE Port Velmar", "DATE Thursday"}, nil},
		{"Troops were deployed to Camp Zorvik near the border.", []string{"LOC Camp Zorvik"}, nil},
		{"The aircraft landed at Tarvo International Airport.", []string{"LOC Tarvo International Airport"}, nil},
		{"Residents of Dayr Kessa fled toward Al Tarvah.", []string{"GPE Dayr Kessa", "GPE Al Tarvah"}, nil},
		{"Rockets hit Ain al-Zorvah overnight.", []string{"GPE Ain al-Zorvah"}, nil},
		{"The talks were held in Ban Kessa, a village in Tarvo District.", []string{"GPE Ban Kessa", "GPE Tarvo District"}, nil},
		// F4b long names
		{"The Office for the Coordination of Humanitarian Affairs reported the figures.", []string{"ORG Office for the Coordination of Humanitarian Affairs"}, nil},
		{"The Kessa Ministry of Foreign Affairs and Trade issued a statement.", []string{"ORG Kessa Ministry of Foreign Affairs and Trade"}, nil},
		{"The Directorate of Military Intelligence's chief resigned.", []string{"ORG Directorate of Military Intelligence", "ROLE chief"}, nil},
		// F6b non-names
		{"Officials said the MRAP and two HMMWVs were damaged by an IED.", []string{}, nil},
		{"The Zorvikian delegation arrived, and the Zorvikians signed.", []string{}, nil},
		// F7b names
		{"Dr. Aisha bint Tarvo Al Kessa addressed the forum.", []string{"PERSON Aisha bint Tarvo Al Kessa"}, nil},
		{"Lt. Gen. Nguyễn Văn Tarvo met Col. Lê Thị Kessa.", []string{"RANK Lt. Gen.", "PERSON Nguyễn Văn Tarvo", "RANK Col.", "PERSON Lê Thị Kessa"}, []string{"HAS_RANK Nguyễn Văn Tarvo->Lt. Gen.", "HAS_RANK Lê Thị Kessa->Col."}},
		{"Capt. Tarvo D’Kessa and Lt. Ana O'Zorvik boarded the ship.", []string{"RANK Capt.", "PERSON Tarvo D’Kessa", "RANK Lt.", "PERSON Ana O'Zorvik"}, []string{"HAS_RANK Tarvo D’Kessa->Capt.", "HAS_RANK Ana O'Zorvik->Lt."}},
		{"Sgt. Maj. Kessa\u200bTarvo said it.", []string{"RANK Sgt. Maj.", "PERSON Kessa\u200bTarvo"}, nil},
		// F9b alias/roles
		{"Defence Secretary Tarvo Kessler met Gen. Ana Zorvik. Kessler said Zorvik agreed.", []string{"ROLE Defence Secretary", "PERSON Tarvo Kessler", "RANK Gen.", "PERSON Ana Zorvik", "PERSON Kessler", "PERSON Zorvik"}, []string{"HAS_ROLE Tarvo Kessler->Defence Secretary", "HAS_RANK Ana Zorvik->Gen.", "ALIAS Kessler->Tarvo Kessler", "ALIAS Zorvik->Ana Zorvik"}},
		{"Foreign Minister Budi Kessawan spoke. Budi said talks were useful.", []string{"ROLE Foreign Minister", "PERSON Budi Kessawan", "PERSON Budi"}, []string{"HAS_ROLE Budi Kessawan->Foreign Minister", "ALIAS Budi->Budi Kessawan"}},
		{"Senior Colonel Zhang Tarvo said the drills were routine. Zhang added that more would follow.", []string{"RANK Senior Colonel", "PERSON Zhang Tarvo", "PERSON Zhang"}, []string{"HAS_RANK Zhang Tarvo->Senior Colonel", "ALIAS Zhang->Zhang Tarvo"}},
		{"The defence minister, Gen. Oumar Kessa, and the interior minister, Tarvo Diallo, met the press.", []string{"ROLE defence minister", "RANK Gen.", "PERSON Oumar Kessa", "ROLE interior minister", "PERSON Tarvo Diallo"}, []string{"HAS_ROLE Oumar Kessa->defence minister", "HAS_RANK Oumar Kessa->Gen.", "HAS_ROLE Tarvo Diallo->interior minister"}},
		{"Ambassador Maria Tarvo Kessler presented credentials. Ambassador Kessler then met the president.", []string{"ROLE Ambassador", "PERSON Maria Tarvo Kessler", "ROLE Ambassador", "PERSON Kessler", "ROLE president"}, []string{"HAS_ROLE Maria Tarvo Kessler->Ambassador", "HAS_ROLE Kessler->Ambassador", "ALIAS Kessler->Maria Tarvo Kessler"}},
		// F9c relations
		{"Tarvo Kessa, the Zorvik navy's fleet commander, said the patrols would go on.", []string{"PERSON Tarvo Kessa", "GPE Zorvik", "ROLE fleet commander"}, []string{"HAS_ROLE Tarvo Kessa->fleet commander"}},
		{"Rear Adm. Kessa Morel, Task Force 61 commander, met the crew.", []string{"RANK Rear Adm.", "PERSON Kessa Morel", "ORG Task Force 61", "ROLE commander"}, []string{"HAS_RANK Kessa Morel->Rear Adm.", "HAS_ROLE Kessa Morel->commander"}},
		{"The minister, Nguyen Van Kessa, said Hanoi would respond. Kessa declined to elaborate.", []string{"ROLE minister", "PERSON Nguyen Van Kessa", "GPE Hanoi", "PERSON Kessa"}, []string{"HAS_ROLE Nguyen Van Kessa->minister", "ALIAS Kessa->Nguyen Van Kessa"}},
		{"Pedro Tarvo Ruiz de Kessa, the defence minister, arrived. Tarvo Ruiz spoke briefly.", []string{"PERSON Pedro Tarvo Ruiz de Kessa", "ROLE defence minister", "PERSON Tarvo Ruiz"}, []string{"HAS_ROLE Pedro Tarvo Ruiz de Kessa->defence minister", "ALIAS Tarvo Ruiz->Pedro Tarvo Ruiz de Kessa"}},
		{"Lt. Gen. Sutarvo, the army chief of staff, inspected the unit. Sutarvo said it was ready.", []string{"RANK Lt. Gen.", "PERSON Sutarvo", "ROLE army chief of staff", "PERSON Sutarvo"}, []string{"HAS_RANK Sutarvo->Lt. Gen.", "HAS_ROLE Sutarvo->army chief of staff"}},
		{"Ivo Kessel, deputy commander for operations, and Ana Tarvo, the chief of staff, briefed reporters.", []string{"PERSON Ivo Kessel", "ROLE deputy commander for operations", "PERSON Ana Tarvo", "ROLE chief of staff"}, []string{"HAS_ROLE Ivo Kessel->deputy commander for operations", "HAS_ROLE Ana Tarvo->chief of staff"}},
		{"Col. Mohammed bin Kessar Al Tarvi, commander of the Zorvik Special Forces, spoke. Col. Mohammed thanked the partners.", []string{"RANK Col.", "PERSON Mohammed bin Kessar Al Tarvi", "ROLE commander", "ORG Zorvik Special Forces", "RANK Col.", "PERSON Mohammed"}, []string{"HAS_RANK Mohammed bin Kessar Al Tarvi->Col.", "HAS_ROLE Mohammed bin Kessar Al Tarvi->commander", "HAS_RANK Mohammed->Col.", "ALIAS Mohammed->Mohammed bin Kessar Al Tarvi"}},
		// F5c headings
		{"TARVO FLEET EXERCISE BEGINS\n\nShips of the Tarvo Fleet began drills on Monday.", []string{"ORG Tarvo Fleet", "DATE Monday"}, nil},
		{"3. Maritime Security Cooperation\n\nThe two navies agreed to hold patrols.", []string{}, nil},
		{"Background Briefing On Regional Security\n\nOfficials briefed reporters.", []string{}, nil},
		// F6c non-names
		{"Russian and Ukrainian officials met, and a Russian told reporters nothing changed.", []string{}, nil},
		{"The HIMARS and ATACMS deliveries continued, along with SATCOM gear.", []string{}, nil},
		{"Q: What about the ships? A: They will leave.", []string{}, nil},
		// F7c names
		{"Sgt. Tarvo 'Bear' Kessler trained the recruits.", []string{"RANK Sgt.", "PERSON Tarvo 'Bear' Kessler"}, []string{"HAS_RANK Tarvo 'Bear' Kessler->Sgt."}},
		{"Dato' Sri Kessa binti Tarvo opened the meeting.", []string{"PERSON Kessa binti Tarvo"}, nil},
		{"Gen. Abu Bakr al-Kessar and Mohamed Ould Tarvo met in Nouakchott.", []string{"RANK Gen.", "PERSON Abu Bakr al-Kessar", "PERSON Mohamed Ould Tarvo", "GPE Nouakchott"}, []string{"HAS_RANK Abu Bakr al-Kessar->Gen."}},
		{"Maj. Kwame Tarvo-Mensah Jr. received the medal.", []string{"RANK Maj.", "PERSON Kwame Tarvo-Mensah Jr."}, []string{"HAS_RANK Kwame Tarvo-Mensah Jr.->Maj."}},
		// F7d names with list words and honorifics
		{"The report was written by Ruth Lincoln, who served in the navy.", []string{"PERSON Ruth Lincoln"}, nil},
		{"\"We are ready,\" said Tarvo Georgia, the agency's director.", []string{"PERSON Tarvo Georgia", "ROLE director"}, []string{"HAS_ROLE Tarvo Georgia->director"}},
		{"Tan Sri Kessa Abdullah and Puan Sri Tarvo Aminah attended.", []string{"PERSON Kessa Abdullah", "PERSON Tarvo Aminah"}, nil},
		{"Alhaji Musa Tarvo Danjuma led the delegation.", []string{"PERSON Musa Tarvo Danjuma"}, nil},
		{"Bapak Kessa Wiranto met Ibu Tarvo Lestari in Jakarta.", []string{"PERSON Kessa Wiranto", "PERSON Tarvo Lestari", "GPE Jakarta"}, nil},
		{"Sheikh Tarvo bin Kessa Al Zorvi visited the ship.", []string{"PERSON Tarvo bin Kessa Al Zorvi"}, nil},
		{"Lt. Col. Kessa \"Ace\" O'Tarvo flew the lead aircraft.", []string{"RANK Lt. Col.", "PERSON Kessa \"Ace\" O'Tarvo"}, []string{"HAS_RANK Kessa \"Ace\" O'Tarvo->Lt. Col."}},
		// F9d alias family-name-first
		{"Defence Minister Kim Tarvo-soo met Gen. Park Kessa-min. Kim said Park agreed.", []string{"ROLE Defence Minister", "PERSON Kim Tarvo-soo", "RANK Gen.", "PERSON Park Kessa-min", "PERSON Kim", "PERSON Park"}, []string{"HAS_ROLE Kim Tarvo-soo->Defence Minister", "HAS_RANK Park Kessa-min->Gen.", "ALIAS Kim->Kim Tarvo-soo", "ALIAS Park->Park Kessa-min"}},
		{"Senior Lieutenant General Nguyen Tan Kessa spoke. Lieutenant General Kessa said the force was ready.", []string{"RANK Senior Lieutenant General", "PERSON Nguyen Tan Kessa", "RANK Lieutenant General", "PERSON Kessa"}, []string{"HAS_RANK Nguyen Tan Kessa->Senior Lieutenant General", "HAS_RANK Kessa->Lieutenant General", "ALIAS Kessa->Nguyen Tan Kessa"}},
		{"Admiral Tarvo Kessavich met the press. The admiral said Kessavich would retire.", []string{"RANK Admiral", "PERSON Tarvo Kessavich", "PERSON Kessavich"}, []string{"HAS_RANK Tarvo Kessavich->Admiral", "ALIAS Kessavich->Tarvo Kessavich"}},
		// F1d offices
		{"Ivo Tarn, who was named deputy commander last year, took charge.", []string{"PERSON Ivo Tarn", "ROLE deputy commander", "DATE last year"}, []string{"HAS_ROLE Ivo Tarn->deputy commander"}},
		{"Minister of State in the Prime Minister's Department Kessa Tarvo spoke.", []string{"ROLE Minister of State", "ORG Prime Minister's Department", "PERSON Kessa Tarvo"}, []string{"HAS_ROLE Kessa Tarvo->Minister of State"}},
		{"The Second Sea Lord, Vice Admiral Ivo Tarvo, visited the base.", []string{"ROLE Second Sea Lord", "RANK Vice Admiral", "PERSON Ivo Tarvo"}, []string{"HAS_ROLE Ivo Tarvo->Second Sea Lord", "HAS_RANK Ivo Tarvo->Vice Admiral"}},
		{"Zorvik's deputy foreign minister, Ana Kessova, said talks would resume.", []string{"GPE Zorvik", "ROLE deputy foreign minister", "PERSON Ana Kessova"}, []string{"HAS_ROLE Ana Kessova->deputy foreign minister"}},
		{"A senior defence official, who asked not to be named, said the ships left.", []string{}, nil},
		// F2d units
		{"Sailors assigned to the guided-missile cruiser USS Kessa Bay (CG 99) stood watch.", []string{"ORG USS Kessa Bay"}, nil},
		{"The 11th Kessa Infantry Brigade's 3rd Battalion moved north.", []string{"ORG 11th Kessa Infantry Brigade", "ORG 3rd Battalion"}, nil},
		// F3d places
		{"The plane crashed near Kessa City airport on Friday.", []string{"GPE Kessa City", "DATE Friday"}, nil},
		{"Militants attacked Tarvo District and Kessa Regency.", []string{"GPE Tarvo District", "GPE Kessa Regency"}, nil},
		{"Troops moved from Camp Tarvo to Kessa Air Base.", []string{"LOC Camp Tarvo", "LOC Kessa Air Base"}, nil},
		// F3e unknown places in wire phrasing
		{"Kessaria's foreign ministry summoned the envoy.", []string{"GPE Kessaria", "ROLE envoy"}, nil},
		{"Officials in Tarvostan said the border was closed.", []string{"GPE Tarvostan"}, nil},
		{"The Zorvia-based group claimed the attack.", []string{"GPE Zorvia"}, nil},
		{"Tarvo, a town 40 km north of Kessaburg, was shelled overnight.", []string{"GPE Tarvo", "GPE Kessaburg"}, nil},
		{"The port city of Velmara was evacuated.", []string{"GPE Velmara"}, nil},
		{"Zorvian troops crossed into Kessaland on Sunday.", []string{"GPE Kessaland", "DATE Sunday"}, nil},
		{"Kessaria's capital, Velmar, was calm on Monday.", []string{"GPE Kessaria", "GPE Velmar", "DATE Monday"}, nil},
		{"Troops were sent to the Kessa Valley and the Tarvo Mountains.", []string{"LOC Kessa Valley", "LOC Tarvo Mountains"}, nil},
		{"The ambassador to Kessaria, Ivo Tarn, was recalled.", []string{"ROLE ambassador", "GPE Kessaria", "PERSON Ivo Tarn"}, []string{"HAS_ROLE Ivo Tarn->ambassador"}},
		{"Ships sailed through the Strait of Velmar toward Port Tarvo.", []string{"LOC Strait of Velmar", "GPE Port Tarvo"}, nil},
		{"Residents of Kessa and Tarvo provinces fled the floods.", []string{"GPE Kessa", "GPE Tarvo"}, nil},
		// F4e organisations in wire phrasing
		{"The Kessan Liberation Front said it had seized the town.", []string{"ORG Kessan Liberation Front"}, nil},
		{"Officials from Tarvo Shipbuilding Corporation signed the contract.", []string{"ORG Tarvo Shipbuilding Corporation"}, nil},
		{"The Zorvik Defence Forces (ZDF) said two soldiers died.", []string{"ORG Zorvik Defence Forces", "ORG ZDF"}, nil},
		{"Kessa Airlines suspended flights to Tarvo.", []string{"ORG Kessa Airlines", "GPE Tarvo"}, nil},
		{"A spokesman for the Tarvo Revolutionary Guard said the drills would end.", []string{"ROLE spokesman", "ORG Tarvo Revolutionary Guard"}, nil},
		{"The Kessa Times reported that the minister resigned.", []string{"ORG Kessa Times", "ROLE minister"}, nil},
		// F3f facilities
		{"The drills took place at the Tarvo Training Area and Kessa Range.", []string{"LOC Tarvo Training Area", "LOC Kessa Range"}, nil},
		{"Aircraft were parked at Kessa Airfield North.", []string{"LOC Kessa Airfield North"}, nil},
		{"Delegates gathered at the Palace of Tarvo for the signing.", []string{"LOC Palace of Tarvo"}, nil},
		{"Guards stood at the Zorvik Gate of the old city.", []string{"LOC Zorvik Gate"}, nil},
		{"The crew returned to Naval Base Kessa on Friday.", []string{"LOC Naval Base Kessa", "DATE Friday"}, nil},
		// F2f ships by context
		{"The frigate HNLMS Tarvo and the destroyer Almirante Kessa sailed together.", []string{"ORG HNLMS Tarvo", "ORG Almirante Kessa"}, nil},
		{"The Kessan frigate Santa Tarvo rescued the fishermen.", []string{"ORG Santa Tarvo"}, nil},
		{"Crew members of the aircraft carrier Kessa Maru were honoured.", []string{"ORG Kessa Maru"}, nil},
		{"The patrol vessel Tarvo (P 61) returned to port.", []string{"ORG Tarvo"}, nil},
		{"The submarine Kessa surfaced near the island.", []string{"ORG Kessa"}, nil},
		// F9f relations
		{"Kessa, the defence minister, said the plan was ready.", []string{"PERSON Kessa", "ROLE defence minister"}, []string{"HAS_ROLE Kessa->defence minister"}},
		{"Also present were Defence Minister Ivo Tarn and his deputy, Ana Kessa.", []string{"ROLE Defence Minister", "PERSON Ivo Tarn", "ROLE deputy", "PERSON Ana Kessa"}, []string{"HAS_ROLE Ivo Tarn->Defence Minister", "HAS_ROLE Ana Kessa->deputy"}},
		{"Speaking to reporters, Chief of Staff Gen. Tarvo Kessel said the army was ready.", []string{"ROLE Chief of Staff", "RANK Gen.", "PERSON Tarvo Kessel"}, []string{"HAS_ROLE Tarvo Kessel->Chief of Staff", "HAS_RANK Tarvo Kessel->Gen."}},
		{"Tarvo Kessel, 54, a former navy commander, was arrested.", []string{"PERSON Tarvo Kessel", "ROLE navy commander"}, []string{"HAS_ROLE Tarvo Kessel->navy commander"}},
		// F5g headings
		{"Navy Strengthens Ties With Regional Partners\n\nThe navy held talks with partners on Monday.", []string{"DATE Monday"}, nil},
		{"Joint Statement On Maritime Cooperation\n\nThe two sides issued the statement.", []string{}, nil},
		{"III. Strategic Priorities\n\nThe plan sets out three priorities.", []string{}, nil},
		{"Section 4: Force Posture Review\n\nThe review found gaps.", []string{}, nil},
		{"Army Chief Meets Visiting Delegation\n\nGen. Ivo Tarn met the delegation on Tuesday.", []string{"ROLE Chief", "RANK Gen.", "PERSON Ivo Tarn", "DATE Tuesday"}, []string{"HAS_RANK Ivo Tarn->Gen."}},
		{"Kessa Minister Opens Defence Expo\n\nKessa Defence Minister Ivo Tarn opened the show.", []string{"GPE Kessa", "ROLE Minister", "GPE Kessa", "ROLE Defence Minister", "PERSON Ivo Tarn"}, []string{"HAS_ROLE Ivo Tarn->Defence Minister"}},
		{"Highlights\n\n- Troops arrived in Kessa.\n- Talks resumed.", []string{"GPE Kessa"}, nil},
		{"FACT SHEET: Security Assistance Package\n\nThe package includes radars.", []string{}, nil},
		// F6h nationalities
		{"Filipino said the talks were good, and a Vietnamese added nothing.", []string{}, nil},
		{"Both Kenyans and Ugandans served in the mission.", []string{}, nil},
		{"The Malaysian, who declined to be named, said the ship left.", []string{}, nil},
		{"Indonesian officials met Thai counterparts.", []string{}, nil},
		{"\"The Burmese are ready,\" the envoy said.", []string{"ROLE envoy"}, nil},
		{"Two Somalis were detained, police said.", []string{}, nil},
		{"Several Nigerians, Ghanaians and a Senegalese were rescued.", []string{}, nil},
		{"ASEAN and the Pacific Islands Forum welcomed the move.", []string{"ORG ASEAN", "ORG Pacific Islands Forum"}, nil},
		{"The UN's OCHA said aid was needed.", []string{"ORG UN", "ORG OCHA"}, nil},
		{"The KPI and ROI of the program were reviewed.", []string{}, nil},
		{"The QRF and EOD teams secured the area.", []string{}, nil},
		// F9i alias
		{"Gen. Tarvo Chanokwat met the envoy. Gen. Tarvo said ties were strong.", []string{"RANK Gen.", "PERSON Tarvo Chanokwat", "ROLE envoy", "RANK Gen.", "PERSON Tarvo"}, []string{"HAS_RANK Tarvo Chanokwat->Gen.", "HAS_RANK Tarvo->Gen.", "ALIAS Tarvo->Tarvo Chanokwat"}},
		{"Senior Lt. Gen. Kyaw Tarvo Lwin arrived. Kyaw Tarvo Lwin said the visit was useful.", []string{"RANK Senior Lt. Gen.", "PERSON Kyaw Tarvo Lwin", "PERSON Kyaw Tarvo Lwin"}, []string{"HAS_RANK Kyaw Tarvo Lwin->Senior Lt. Gen."}},
		{"Minister Nguyen Van Tarvo met reporters. Mr Tarvo said the talks would continue.", []string{"ROLE Minister", "PERSON Nguyen Van Tarvo", "PERSON Tarvo"}, []string{"HAS_ROLE Nguyen Van Tarvo->Minister", "ALIAS Tarvo->Nguyen Van Tarvo"}},
		{"Ambassador Wang Kessa spoke first. Ms Wang thanked the hosts.", []string{"ROLE Ambassador", "PERSON Wang Kessa", "PERSON Wang"}, []string{"HAS_ROLE Wang Kessa->Ambassador", "ALIAS Wang->Wang Kessa"}},
		{"Col. Abdul Tarvo bin Kessim led the team. Col. Abdul Tarvo said it went well.", []string{"RANK Col.", "PERSON Abdul Tarvo bin Kessim", "RANK Col.", "PERSON Abdul Tarvo"}, []string{"HAS_RANK Abdul Tarvo bin Kessim->Col.", "HAS_RANK Abdul Tarvo->Col.", "ALIAS Abdul Tarvo->Abdul Tarvo bin Kessim"}},
		{"Maria José Tarvo Kessa, the deputy minister, spoke. Tarvo Kessa said Spain agreed.", []string{"PERSON Maria José Tarvo Kessa", "ROLE deputy minister", "PERSON Tarvo Kessa", "GPE Spain"}, []string{"HAS_ROLE Maria José Tarvo Kessa->deputy minister", "ALIAS Tarvo Kessa->Maria José Tarvo Kessa"}},
		{"Kessa Orlan, the navy chief, retired in May. Orlan served for 35 years.", []string{"PERSON Kessa Orlan", "ROLE navy chief", "DATE May", "PERSON Orlan"}, []string{"HAS_ROLE Kessa Orlan->navy chief", "ALIAS Orlan->Kessa Orlan"}},
		// F1j ordinal and attached offices
		{"First Secretary Kessa Tarvo of the embassy attended.", []string{"ROLE First Secretary", "PERSON Kessa Tarvo"}, []string{"HAS_ROLE Kessa Tarvo->First Secretary"}},
		{"The embassy's Second Secretary, Ivo Tarn, handed over the note.", []string{"ROLE Second Secretary", "PERSON Ivo Tarn"}, []string{"HAS_ROLE Ivo Tarn->Second Secretary"}},
		{"Deputy Minister in the Ministry of Defence Kessa Tarvo spoke.", []string{"ROLE Deputy Minister", "ORG Ministry of Defence", "PERSON Kessa Tarvo"}, []string{"HAS_ROLE Kessa Tarvo->Deputy Minister"}},
		{"The Third Deputy Chief of the General Staff, Maj. Gen. Ivo Tarn, attended.", []string{"ROLE Third Deputy Chief of the General Staff", "RANK Maj. Gen.", "PERSON Ivo Tarn"}, []string{"HAS_ROLE Ivo Tarn->Third Deputy Chief of the General Staff", "HAS_RANK Ivo Tarn->Maj. Gen."}},
		// F2j units
		{"Pilots of the 35th Fighter Wing and the 13th Fighter Squadron flew.", []string{"ORG 35th Fighter Wing", "ORG 13th Fighter Squadron"}, nil},
		{"The 3rd Marine Expeditionary Brigade's commander, Brig. Gen. Ivo Tarn, spoke.", []string{"ORG 3rd Marine Expeditionary Brigade", "ROLE commander", "RANK Brig. Gen.", "PERSON Ivo Tarn"}, []string{"HAS_ROLE Ivo Tarn->commander", "HAS_RANK Ivo Tarn->Brig. Gen."}},
		{"Task Group 70.1 and TG 75.2 sailed north.", []string{"ORG Task Group 70.1", "ORG TG 75.2"}, nil},
		// F4k long names through dashes, possessives, "to"
		{"The Office of the Kessa Commissioner for Refugees opened an office.", []string{"ORG Office of the Kessa Commissioner for Refugees"}, nil},
		{"The Kessa Ministry of Defence's Directorate of Public Relations issued the statement.", []string{"ORG Kessa Ministry of Defence", "ORG Directorate of Public Relations"}, nil},
		{"The Zorvik Mission to the United Nations hosted the event.", []string{"ORG Zorvik Mission to the United Nations"}, nil},
		{"The Kessa Institute of Peace and Conflict Studies held a seminar.", []string{"ORG Kessa Institute of Peace and Conflict Studies"}, nil},
		{"The Tarvo Centre for the Study of Armed Conflict published a report.", []string{"ORG Tarvo Centre for the Study of Armed Conflict"}, nil},
		{"Officials of the Kessa Bureau of Investigation arrested him.", []string{"ORG Kessa Bureau of Investigation"}, nil},
		{"The Tarvo Front for the Liberation of Kessa claimed the attack.", []string{"ORG Tarvo Front for the Liberation of Kessa"}, nil},
		// F8l nationality adjectives (v1.1 test)
		{"The Ruritanian Border Guard (RBG) detained two men.", []string{"ORG Ruritanian Border Guard", "ORG RBG"}, nil},
		{"The Thai Institute hosted the talks.", []string{"ORG Thai Institute"}, nil},
		{"Vietnamese security forces were deployed.", []string{}, nil},
		{"The Indonesian Defence University signed an agreement with its Kessan partner.", []string{"ORG Defence University"}, nil},
		{"The Philippine Coast Guard (PCG) rescued the crew.", []string{"ORG Philippine Coast Guard", "ORG PCG"}, nil},
		{"The Chilean Ministry of National Defence welcomed the visitors.", []string{"ORG Ministry of National Defence"}, nil},
	})
}

// The round's rules, each with a firing case and a near miss.

func TestNineteenthRoundTechnicalAcronyms(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"The C4ISR upgrade includes new SATCOM terminals and an AESA radar.", nil},
		{"Two UCAVs and a USV were lost.", nil},
		// An unknown acronym is still a body's.
		{"The ZDF said the drills were over.", []string{"ZDF"}},
	})
}

func TestNineteenthRoundRunOnSpeakerLabel(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"MODERATOR: Thank you. QUESTION: Will the ships leave? ANSWER: Yes.", nil},
		// Not after a word inside the sentence.
		{"Officials from KESSA: the agency said so.", []string{"KESSA"}},
	})
}

func TestNineteenthRoundTaskForceNumber(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"Ships of TF 77 entered the harbour.", []string{"TF 77"}},
		{"JTF 505 was formed, and CJTF 7 followed.", []string{"JTF 505", "CJTF 7"}},
	})
	runLabelCases(t, Event, []labelCase{
		// A year, or a rotation's iteration, is an edition.
		{"Ships of the KTF 2024 exercise sailed.", []string{"KTF 2024"}},
		{"The BTF 23-3 rotation ended.", []string{"BTF 23-3"}},
	})
}

func TestNineteenthRoundJuniorSuffix(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Tarvo Kessler Jr. attended the briefing.", []string{"Tarvo Kessler Jr."}},
		{"The award went to Ivo Tarn, Sr., who flew.", []string{"Ivo Tarn, Sr."}},
		// Not a Roman numeral alone, which numbers phases and ships.
		{"Kessa Tarvo III began in May.", nil},
	})
}

func TestNineteenthRoundOfficeOfOwnUnit(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Elena Varga, the commanding officer of the ship, praised her crew.", []string{"commanding officer"}},
		{"Elena Varga, commander of the ship, praised her crew.", []string{"commander"}},
		// Ad hoc functions, and an event's director, are no offices.
		{"Ivo Tarn, head of the delegation, spoke.", nil},
		{"Col. Ivo Tarn, director of the exercise, spoke.", nil},
	})
	runRelationCases(t, HasRole, []relationCase{
		{"The commander of the battalion, Lt. Col. Ivo Tarn, spoke.", []string{"Ivo Tarn@41->commander@4"}},
	})
}

func TestNineteenthRoundApposedOfficeOwner(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Hamid Oduya, the force's chief of operations, briefed the council.", []string{"chief of operations"}},
		// Not without the name before the apposition.
		{"The force's chief of operations briefed the council.", nil},
	})
}

func TestNineteenthRoundDutyPositions(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Sgt. Tomas Brevik, a crew chief with the squadron, inspected the engines.", []string{"crew chief"}},
		{"Airman Ana Ruiz, a loadmaster, secured the cargo.", []string{"loadmaster"}},
		// "Team Leader" stays out: an expedition's team leader.
		{"The team leader said the search would go on.", nil},
	})
}

func TestNineteenthRoundArabicPlaceArticles(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		{"A drone struck a depot in Wadi al Kessa overnight.", []string{"Wadi al Kessa"}},
		{"Troops reached Jebel al-Tarvo.", []string{"Jebel al-Tarvo"}},
	})
	runLabelCases(t, GPE, []labelCase{
		{"The convoy passed through Ar Ruzbah yesterday.", []string{"Ar Ruzbah"}},
		// "through" before another name is no place's cue.
		{"Shares rose through Kessacorp last year.", nil},
	})
}

func TestNineteenthRoundAgainstInName(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"The Coalition Against Maritime Piracy held its annual meeting.", []string{"Coalition Against Maritime Piracy"}},
		// A Title Case heading's "Against" joins nothing.
		{"Army Against Tarvo Rebels\n\nThe army fought on.", nil},
	})
}

func TestNineteenthRoundPlaceAsFamilyName(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Kessa Jordan, a spokeswoman for the agency, said the talks went well.", []string{"Kessa Jordan"}},
		// After a preposition of place, the names stay places.
		{"Rebels in Kessa Jordan, the minister said, fled.", nil},
	})
}

func TestNineteenthRoundInvisibleGlue(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Defence Minister Ivo Tar\u00advik said the talks were useful.", []string{"Ivo Tar\u00advik"}},
		{"Gen. Pavel Kessarov\u200e said the exercise would continue.", []string{"Pavel Kessarov"}},
		{"Brig. Gen. Chukwuemeka Tarvo\u2011Adeyemi inspected the guard.", []string{"Chukwuemeka Tarvo\u2011Adeyemi"}},
		// A space ends the name as before.
		{"Maj. Ivo Kessler \u00adsaid it.", []string{"Ivo Kessler"}},
	})
}

func TestNineteenthRoundStateServices(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		{"Zorvik's army commander said so.", []string{"Zorvik"}},
		{"The Zorvik navy commander said the ships were ready.", []string{"Zorvik"}},
		// "army" and "military" after a name are adjectives as often.
		{"A Blackhawk army helicopter crashed.", nil},
	})
}

func TestNineteenthRoundNumberedUnitOffice(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Rear Adm. Kessa Morel, Task Force 61 commander, met the crew.", []string{"commander"}},
		// Not a count of people.
		{"About 61 commanders met.", nil},
	})
}

func TestNineteenthRoundBodyBeforeApposedOffice(t *testing.T) {
	runRelationCases(t, HasRole, []relationCase{
		{"Tarvo Kessa, Kessa Navy fleet commander, said so.", []string{"Tarvo Kessa@0->fleet commander@24"}},
		{"Tarvo Kessa, the Kessa Navy Commander, said so.", []string{"Tarvo Kessa@0->Commander@28"}},
		{"Tarvo Kessa, the Zorvik navy's fleet commander, said the patrols would go on.", []string{"Tarvo Kessa@0->fleet commander@31"}},
		// No office after the body: no apposition.
		{"Tarvo Kessa, the Kessa Navy, said so.", nil},
	})
}

func TestNineteenthRoundAppointedToOffice(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"Ivo Tarn, who was named deputy commander last year, took charge.", []string{"deputy commander"}},
		{"Ivo Tarn served as deputy commander of the fleet.", []string{"deputy commander"}},
		// Not a comparison, nor one bare word.
		{"Such as deputy commander and staff.", nil},
		{"Ana Sorel became president in 2010.", nil},
	})
}

func TestNineteenthRoundSettlementDistance(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		{"Tarvo, a town 40 km north of Kessaburg, was shelled overnight.", []string{"Tarvo", "Kessaburg"}},
		{"Tarvo, a town north of Kessaburg, was shelled overnight.", []string{"Tarvo", "Kessaburg"}},
		// The settlement's noun must end its phrase.
		{"Tarvo, a town elder, spoke.", nil},
	})
}

func TestNineteenthRoundBuildingOf(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		{"Delegates gathered at the Palace of Tarvo for the signing.", []string{"Palace of Tarvo"}},
		{"Troops held the Citadel of Kessa.", []string{"Citadel of Kessa"}},
		// Lower case, it names nothing.
		{"Troops held the citadel of Kessa.", nil},
	})
}

func TestNineteenthRoundPatronymHonorific(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Haji Mohamad Tarvo bin Haji Kessim attended the ceremony.", []string{"Mohamad Tarvo bin Haji Kessim"}},
		// Before the name, the honorific is dropped as ever.
		{"Haji Kessim Tarvo attended the ceremony.", []string{"Kessim Tarvo"}},
	})
}

func TestNineteenthRoundOfficeInBody(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		{"Deputy Minister in the Ministry of Defence Kessa Tarvo spoke.", []string{"Kessa Tarvo"}},
		{"Director at the Ministry of Defence Kessa Tarvo spoke.", []string{"Kessa Tarvo"}},
		// A lower-case word before "in" is no title.
		{"Officials in the Ministry of Defence Kessa Tarvo spoke.", nil},
	})
}

func TestNineteenthRoundTaskGroupNumber(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"Task Group 70.1 and TG 75.2 sailed north.", []string{"Task Group 70.1", "TG 75.2"}},
		{"Ships of CTG 75 sailed.", []string{"CTG 75"}},
	})
	runLabelCases(t, Event, []labelCase{
		{"The TU 2024 exercise began.", []string{"TU 2024"}},
	})
}

func TestNineteenthRoundSeaLordAndTel(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		{"The Second Sea Lord, Vice Admiral Ivo Tarvo, visited the base.", []string{"Second Sea Lord"}},
	})
	runLabelCases(t, GPE, []labelCase{
		{"Rockets hit Tel Kessa overnight.", []string{"Tel Kessa"}},
		// "Tall" stays out: "Tall Ship".
		{"The Tall Ship Kessa docked.", nil},
	})
}

func TestNineteenthRoundMoreAcronyms(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		{"The QRF and EOD teams secured the area.", nil},
		{"The KPI and ROI of the program were reviewed.", nil},
		// A unit named with the acronym keeps it.
		{"Soldiers of the 3rd EOD Company trained.", []string{"3rd EOD Company"}},
	})
}

func TestNineteenthRoundCompoundPlaceAtStart(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		{"Zorvik-born Kessa Tarvo now leads the agency.", []string{"Zorvik"}},
		{"Kessa-based firms won contracts.", []string{"Kessa"}},
		// An acronym before the participle is a body's.
		{"ZDF-based staff left.", nil},
	})
}

package extract

import (
	"reflect"
	"strings"
	"testing"
)

// The cases below are written from the rules of each weakness family of
// issue 11, with invented names; none comes from an evaluation set.

func TestGeneralOffices(t *testing.T) {
	runLabelCases(t, Role, []labelCase{
		// A lower-case head with a named complement names an office.
		{"Hale, commander of the Northern Fleet, spoke.", []string{"commander"}},
		{"Dorn, president of Ruritania, spoke.", []string{"president"}},
		// A description after the complement does not.
		{"The head of the Ruritanian delegation spoke.", nil},
		// Ordinal and federal offices.
		{"The Second Minister for Defence arrived.", []string{"Second Minister for Defence"}},
		{"The Federal Minister of Defence arrived.", []string{"Federal Minister of Defence"}},
		{"Mr Lee, Minister for Foreign Affairs, arrived.", []string{"Minister for Foreign Affairs"}},
		{"Foreign Affairs Secretary Ana Ruiz arrived.", []string{"Foreign Affairs Secretary"}},
		{"The Operation Commander left.", []string{"Operation Commander"}},
		// A lower-case office after a name is that body's office.
		{"The Air Force chief of staff spoke.", []string{"chief of staff"}},
		{"Lee, the Fleet commander, spoke.", []string{"commander"}},
		{"The head of the delegation spoke.", nil},
		// A nationality before a body ends the complement.
		{"Ann Lee, Chief of the Tarnian Navy, spoke.", []string{"Chief"}},
		{"Ann Lee, Commander of the Spanish High Readiness Force, spoke.", []string{"Commander"}},
		{"Secretary of the Air Force Ann Lee spoke.", []string{"Secretary of the Air Force"}},
		{"Ann Lee, the Air Force deputy under secretary for international affairs, spoke.", []string{"deputy under secretary for international affairs"}},
		// A modified lower-case head with a named complement.
		{"Lu, deputy director-general of the Tarvo Affairs Office, spoke.", []string{"deputy director-general"}},
		{"Ivo Tarn, the Adjutant General, spoke.", []string{"Adjutant General"}},
		// Offices not yet taken up, offices that serve another, "Amb.".
		{"President-elect Ivo Tarn and premier-designate Ana Ruiz came.", []string{"President-elect", "premier-designate"}},
		{"The Deputy to the Commander spoke.", []string{"Deputy to the Commander"}},
		{"The Special Envoy of the Secretary-General and the Head of the President's Office spoke.", []string{"Special Envoy of the Secretary-General", "Head"}},
		{"Amb. Ana Ruiz spoke.", []string{"Amb."}},
		// A lower-case office after "the" is the holder; after "a" it is not.
		{"The president also said it.", []string{"president"}},
		{"They met a president.", nil},
		// "The" or a possessive before a lower-case office, and a word
		// that ends the noun after it: the holder the text speaks of.
		{"Ivo Tarn and the mission's commander, Ana Ruiz, left. Later, said the president, it ended.", []string{"commander", "president"}},
		{"The minister extended thanks, and the orders came from the commander to the troops.", []string{"minister", "commander"}},
		// A noun after it is what the word qualifies, but an office of
		// two words is whole; "of" is left to the office grammar, which
		// knows ad hoc functions.
		{"The premier counter-terrorist unit and the chief executive met the head of the team; the deputy secretary noted it.", []string{"chief executive", "deputy secretary"}},
		{"Ivo Tarn, Flag Officer-in-Command of the Tarvo Navy, spoke.", []string{"Flag Officer-in-Command"}},
		{"Her Secretary-general to the President Ivo Tarn came.", []string{"Secretary-general to the President"}},
		{"Captain Ivo Tarn, Commanding Officer of Air Station Zorin, spoke.", []string{"Commanding Officer"}},
		{"Administrative Deputy Minister Ana Ruiz spoke.", []string{"Administrative Deputy Minister"}},
		{"External Affairs Minister Ana Ruiz spoke.", []string{"External Affairs Minister"}},
		{"The Deputy Assistant Secretary for Nonproliferation Programs Ana Ruiz spoke.", []string{"Deputy Assistant Secretary for Nonproliferation Programs"}},
		{"Chief Cabinet Secretary Ana Ruiz spoke.", []string{"Chief Cabinet Secretary"}},
		// A region after "for" may qualify portfolio words; arms control
		// is a portfolio.
		{"Assistant Secretary of Defense for Indo-Pacific Security Affairs Ana Ruiz and the High Representative for Disarmament Affairs Ivo Tarn came.", []string{"Assistant Secretary of Defense for Indo-Pacific Security Affairs", "High Representative for Disarmament Affairs"}},
		{"The Minister for the Middle East and Ivo Tarn came.", []string{"Minister for the Middle East"}},
		// An office's bracketed short form names the office again, though
		// a list knows a body of the same initials (CNS), and its
		// singular does too.
		{"The Chief of Naval Staff (CNS), Vice Adm. Ivo Tarn, spoke. The CNS thanked the crew.", []string{"Chief of Naval Staff", "CNS", "CNS"}},
		{"The Council named two Special Envoys for Peace (SEPs). Ana Ruiz is now SEP for Kessa.", []string{"Special Envoys for Peace", "SEPs", "SEP"}},
		// "First" and "Third" order offices as "Second" does; "PM" is the
		// Prime Minister, but not after a number.
		{"He met Tarvo's First Vice Foreign Minister Ana Ruiz and Deputy PM Ivo Tarn. At 3 PM the PM spoke.", []string{"First Vice Foreign Minister", "Deputy PM", "PM"}},
		// A capitalised plural office before listed names; not before a
		// place's or a regiment's name.
		{"Presidents Ivo Tarn and Ana Ruiz met at Kings Park with the Queens Dragoon Guards; the ministers left.", []string{"Presidents"}},
		// A portfolio glued by a hyphen, but not a topic after it.
		{"Assistant Secretary of State for Political-Military Affairs Ana Ruiz met the deputy to the commander for Civil-Military Engagement.", []string{"Assistant Secretary of State for Political-Military Affairs", "deputy to the commander for Civil"}},
		// Sentence case.
		{"The High representative met Deputy minister Ana Ruiz. The Acting head of the team spoke.", []string{"High representative", "Deputy minister"}},
		{"Ivo Tarn, command senior enlisted leader, spoke.", []string{"command senior enlisted leader"}},
		{"Chargé d’Affaires to Chile Ana Ruiz and the Chargé d'' spoke.", []string{"Chargé d’Affaires"}},
		// Lower-case offices: a body named after "of", in apposition.
		{"The commander of U.S. Tarvo Forces visited.", []string{"commander"}},
		{"Ana Ruiz, chief of the French Joint Staff, spoke.", []string{"chief"}},
		{"Cadets led by its commander, Rear Admiral Ivo Tarn, came.", []string{"commander"}},
		{"Maj. Gen. Ivo Tarn, director, Tarvo Strategy Directorate, spoke.", []string{"director"}},
		// An office whose first word a body's name takes.
		{"Ministry of National Defense Spokesperson Ivo Tarn spoke.", []string{"Spokesperson"}},
		// The spokesperson of an office is one office; a body that names
		// itself alone is not part of the office after it.
		{"Secretary of Defense Spokesperson Cmdr. Ivo Tarn said. Army Commanding General Zorvan Kestrel spoke.", []string{"Secretary of Defense Spokesperson", "Commanding General"}},
		{"State Councilor Ivo Tarn met the Under-Secretary-General for Peace Operations.", []string{"State Councilor", "Under-Secretary-General for Peace Operations"}},
		{"The Deputy Director General and the Minister-Counselor met.", []string{"Deputy Director General", "Minister-Counselor"}},
		{"Vice Chief-of-Staff Ivo Tarn, the Flag-Officer-in-Command and the First Sea Lord met.", []string{"Vice Chief-of-Staff", "Flag-Officer-in-Command", "First Sea Lord"}},
		// A service chief's service after "of" with no "the".
		{"Tony Davies, the Chief of Air Force, met the Deputy Minister of Coast Guard Administration.", []string{"Chief of Air Force", "Deputy Minister"}},
		// A lower-case office's employer is no portfolio.
		{"A spokesman for the North Korean military and the Minister for European Affairs spoke.", []string{"spokesman", "Minister for European Affairs"}},
		// Words of tenure stay in an office in lower case, "former" does
		// not; more portfolios; the supreme leader.
		{"Ivo Tarn, the caretaker Prime Minister, met interim President Ann Kello, former President Zorv and Tarvo Information Minister Ana Ruiz.", []string{"caretaker Prime Minister", "interim President", "President", "Information Minister"}},
		{"Ali Tarvo, the Supreme Leader of Iran, and Somalia's information minister, Ali Tarn, spoke.", []string{"Supreme Leader", "information minister"}},
		// Lower-case offices: before a rank, after a bracketed acronym,
		// with "at" a body after "the"; a list of offices splits before
		// the next one.
		{"He took over from outgoing commander Gen. Ann Lee, the Tarvo Air Forces (TAF) commander, and will be the deputy commander at U.S. Tarvo Command; she is a speaker at the Zorva Forum.", []string{"commander", "commander", "deputy commander"}},
		{"Attending were the Chiefs of Defence Force, and Defence Minister Ana Ruiz, and national security adviser Ian Kest. The president took the floor.", []string{"Chiefs of Defence Force", "Defence Minister", "national security adviser", "president"}},
		// A bracketed acronym that spells the office before a body too is
		// the office's short form, there and later.
		{"They honoured the Commander, Tarvo Reserve Command (CTRC), now Gen. Ivo Tarn. The CTRC spoke; the Tarvo Sea Command (TSC) met.", []string{"Commander", "CTRC", "CTRC"}},
		// A photo caption's position words between a name and its office.
		{"Adm. Ivo Tarn, center left, commander, U.S. Tarvo Fleet, hosts Adm. Ann Lee, left, chief of naval staff, Tarvo Navy.", []string{"commander", "chief of naval staff"}},
		// A meeting named by those who attend it, and a country's
		// chairmanship of a body, are no offices.
		{"They held a Tarvo-Zorva foreign ministers' meeting as Tarvo took over as ASEAN Chair; ASEAN Chair Ivo Tarn spoke to the Minister.", []string{"Chair", "Minister"}},
		// "Sen.", "Gov." and "Rep." before a name are offices; "Sen." before a
		// rank is part of it.
		{"Sen. Ivo Kest, Gov. Ana Ruiz and Rep. Ann Lee agreed; Sen. Lieut. Gen. Tran Zorv came.", []string{"Sen.", "Gov.", "Rep."}},
		// An Irish member of parliament's post-nominal office.
		{"Minister Alan Tarn, T.D., secured approval.", []string{"Minister", "T.D."}},
		// Officers of companies.
		{"The general manager of Zorva Media, Dr Ali bin Tarn, met Managing Director Ivo Tarn. General Ivo Marn came.", []string{"general manager", "Managing Director"}},
		// A lower-case office with its portfolio in apposition.
		{"Col. Ivo Tarn, director of public affairs, U.S. Tarvo Command, spoke. The head of the delegation, Tarvo group, left.", []string{"director of public affairs"}},
		// A rank word before a headline's verb is the office.
		{"Fleet Commander Visits Tarvo\n\nThe visit ended.", []string{"Commander"}},
	})
}

func TestGeneralOrganisations(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// Two bodies named in full are two names; a sector by its name;
		// a task force's name glued by a hyphen; units of several levels
		// in a row; more navies' prefixes, a hyphen inside a ship's name.
		{"Units of the Department of Tarvo and Department of Kessel Security met Coast Guard Sector Zorva Bay and Joint Task Force-Kilo; the private sector helped.", []string{"Department of Tarvo", "Department of Kessel Security", "Coast Guard Sector Zorva Bay", "Joint Task Force-Kilo"}},
		{"Soldiers of 2nd Battalion, 10th Aviation Regiment, 10th Combat Aviation Brigade flew beside the MV Kessel Normandy and USS Zorva-Tarn.", []string{"2nd Battalion, 10th Aviation Regiment, 10th Combat Aviation Brigade", "MV Kessel Normandy", "USS Zorva-Tarn"}},
		// A body named in more than its head, "of" another body that has
		// a name or a complement of its own, are two; not "of" a bare
		// head or an acronym.
		{"The Tarvo Health Crisis Center of the Ministry of Health, the Littoral Combat Force of the Zorvan Fleet, the 3rd Division of the JGSDF and the Council of the European Union met.", []string{"Tarvo Health Crisis Center", "Ministry of Health", "Littoral Combat Force", "Zorvan Fleet", "3rd Division of the JGSDF", "Council of the European Union"}},
		// A company by its legal suffix keeps its nationality, places,
		// "and", "of", "&" and hyphens; two suffixes are one; the number
		// of a military company.
		{"Awards went to American Kessel LLC, Tarvo International of Canada Ltd, Zorva-Marn Contracting Co. Ltd., Kessel Systems Inc. and Tarvo Signals Inc., and the 577th Sapper Co.", []string{"American Kessel LLC", "Tarvo International of Canada Ltd", "Zorva-Marn Contracting Co. Ltd.", "Kessel Systems Inc.", "Tarvo Signals Inc.", "577th Sapper Co."}},
		// A state's official form before a service is the service's name;
		// an acronym spelled by lower-case words between commas names no
		// body.
		{"They met the Republic of Fiji Navy on illegal, unreported and unregulated (IUU) fishing; IUU fishing grew.", []string{"Republic of Fiji Navy"}},
		// A hyphen with a space after it is a dash, not part of a name.
		{"OSLO, NORWAY- U.S. Coast Guard Cutter Tarn departed.", []string{"U.S. Coast Guard Cutter Tarn"}},
		// A byline: after a rank, the person's name ends before the body's.
		{"Oct. 9, 2014\n\nBy Capt. Ivo Tarnaks Joint Task Force-Kilo Public Affairs\n\nTroops left.", []string{"Joint Task Force-Kilo Public Affairs"}},
		// A body's district or region is the body's.
		{"The crew supported the Coast Guard Seventh District and the Tarvo Coast Guard District 14 in Kandor Province.", []string{"Coast Guard Seventh District", "Tarvo Coast Guard District 14"}},
		// A ship by the last word of its name, unless a place's.
		{"USS Carl Kessvin and USS George Washington sailed. Later Kessvin and Washington docked.", []string{"USS Carl Kessvin", "USS George Washington", "Kessvin"}},
		// An office after "of the" closes a body's name over a shorter
		// reading; "Directorate-General" is a head.
		{"The Office of the National Security Adviser and the Directorate-General for Defence Industry and Space spoke.", []string{"Office of the National Security Adviser", "Directorate-General for Defence Industry and Space"}},
		// v1.1: the adjective stays before a single generic noun, and
		// before a name whose acronym the text spells.
		{"The German Navy sailed.", []string{"German Navy"}},
		{"The Norwegian Maritime Academy opened.", []string{"Maritime Academy"}},
		{"The Sudanese Armed Forces (SAF) said.", []string{"Sudanese Armed Forces", "SAF"}},
		// Rule 4 also cuts a listed name.
		{"The Armed Forces of the Philippines said.", []string{"Armed Forces"}},
		// A unit and a larger one after a comma are one name; a list is not.
		{"The 2nd Battalion, 14th Marine Regiment landed.", []string{"2nd Battalion, 14th Marine Regiment"}},
		{"The 1st Marine Division, 1st Marine Logistics Group and others landed.", []string{"1st Marine Division", "1st Marine Logistics Group"}},
		{"Jets of the 19th Bomb Wing flew.", []string{"19th Bomb Wing"}},
		// A country and a generic plural are no name.
		{"U.S. Marines landed.", nil},
		// Codes, time zones and speaker labels are no acronyms.
		{"An RQ-21A and an MQ-9B flew at 10 a.m. JST.", nil},
		{"Talks went on.\nHOST: Welcome back.", nil},
		{"October 20, 2019\n\nVOA News\n\nABOARD A U.S. MILITARY AIRCRAFT - Troops left.", []string{"VOA News"}},
		{"CAMP AGUINALDO, Quezon City - Troops paraded.", nil},
		// The body an office serves.
		{"The Office of the President said.", []string{"Office of the President"}},
		{"The Office of the President of Ukraine said.", []string{"Office of the President"}},
		// A head that a name follows.
		{"The spokesman for Task Force Kestrel spoke.", []string{"Task Force Kestrel"}},
		// A rank word before a head is part of the name; a possessive
		// inside a name too, but not after an acronym. (A body of two
		// words "of" a named body are two bodies.)
		{"The General Office of the Tarvo Commission met.", []string{"General Office", "Tarvo Commission"}},
		{"Cadets of the Ordnance Sergeant School paraded.", []string{"Ordnance Sergeant School"}},
		{"The Eastern Command of the People's Tarvo Army said.", []string{"Eastern Command", "People's Tarvo Army"}},
		{"The EU's Political Committee met.", []string{"EU", "Political Committee"}},
		// An acronym that lower-case words spell, a word giving more than
		// its initial, names no body; nor does a hull's symbol.
		{"They began the refueling complex overhaul (RCOH) of CVN 74 and mine countermeasures (MCM) drills; the RCOH ends. The Tarvo Defence Force (TDF) trained.", []string{"Tarvo Defence Force", "TDF"}},
		// A programme's acronym names no body.
		{"The Kessel Partnership Program (KPP) grew; KPP ties deepened under the Tarvo Defence Force (TDF).", []string{"Tarvo Defence Force", "TDF"}},
		// Hull numbers and exercise serials are no organisations.
		{"BRP Zorin (PS-36) and BRP Tarvo (FFG06) sailed. The G20 met.", []string{"BRP Zorin", "BRP Tarvo", "G20"}},
		{"Crews held a PHOTOEX and HADR drills.", nil},
		// Acronyms joined by a hyphen: one body, two places, two bodies.
		{"They joined the CJTF-HOA staff, the PH-US talks and EU-NATO work.", []string{"CJTF-HOA", "EU", "NATO"}},
		// A place that the acronym spells is part of the name.
		{"The Tarvo Interim Force for Abyei (TIFA) and the Zorin Mission in Mali (ZMIM) stayed.", []string{"Tarvo Interim Force for Abyei", "TIFA", "Zorin Mission in Mali", "ZMIM"}},
		// A rank that opens with an organisation's head word.
		{"U.S. Army Command Sgt. Maj. Ivo Tarn spoke.", []string{"U.S. Army"}},
		// A country after a complement is rule 4's.
		{"Minister of Ministry of National Defense R.O.C. Ivo Tarn spoke.", []string{"Ministry of National Defense"}},
		// Ships by the kind of ship before the name, also a place's name.
		{"The frigate Valparaiso and the destroyer Tarvo the Great sailed.", []string{"Valparaiso", "Tarvo the Great"}},
		{"The ship Monday left, and a Chilean vessel followed.", nil},
		{"Airmen of 905 Expeditionary Air Wing flew.", []string{"905 Expeditionary Air Wing"}},
		{"Troops of 1st Battalion, Duke of Lancaster's Regiment trained.", []string{"1st Battalion, Duke of Lancaster's Regiment"}},
		{"The Head of the President's Office spoke.", []string{"President's Office"}},
		{"The patrol ship BRP Dagat (PG905) sailed.", []string{"BRP Dagat"}},
		{"The Kurdish Peshmerga and the Sudanese Navy trained.", []string{"Peshmerga", "Sudanese Navy"}},
		{"Funds for Official Development Assistance (ODA) grew.", nil},
		// Acronyms that open a mission's name, and relations between states.
		{"The EU NAVFOR mission and EUCAP Sahel Mali met.", []string{"EU NAVFOR", "EUCAP Sahel Mali"}},
		{"They built the U.S.-Australia Alliance.", nil},
		{"It is run by the United States Pacific Command.", []string{"United States Pacific Command"}},
		{"Officials of the Special Operations Command Pacific and Naval Forces Europe-Africa met.", []string{"Special Operations Command Pacific", "Naval Forces Europe-Africa"}},
		{"The Defence Science and Technology Group met.", []string{"Defence Science and Technology Group"}},
		{"The Political and Security Committee met.", []string{"Political and Security Committee"}},
		{"The Marine Rotational Force – Darwin and MRF-D arrived.", []string{"Marine Rotational Force – Darwin", "MRF-D"}},
		{"The Army and Air Force trained.", []string{"Army", "Air Force"}},
		{"The Zorvian Army 3rd Brigade trained.", []string{"Zorvian Army", "3rd Brigade"}},
		{"The hospital ship USNS Tarvo (T-AH 19) sailed.", []string{"USNS Tarvo"}},
		// A hull number in brackets; a numbered unit by its acronym.
		{"USS Tarvo (DDG 115) and the 12th MLR sailed.", []string{"USS Tarvo", "12th MLR"}},
		// A bracketed acronym keeps the nationality adjective whatever its
		// letters; a centre the theatre it serves may follow.
		{"The Zorvian National Armed Forces (ZNI) trained with Naval Warfare Center Pacific.", []string{"Zorvian National Armed Forces", "ZNI", "Naval Warfare Center Pacific"}},
		// A name its bracketed acronym spells across small words, but
		// not over a trailing country (rule 4).
		{"The National Task Force to End Local Armed Conflict (NTF-ELAC) and the Office of the Adviser on Peace, Order and Unity (OAPOU) met.", []string{"National Task Force to End Local Armed Conflict", "NTF-ELAC", "Office of the Adviser on Peace, Order and Unity", "OAPOU"}},
		{"The Armed Forces of the Philippines (AFP) met.", []string{"Armed Forces", "AFP"}},
		// A place spelled out in the short form; missions and brigades
		// the place they serve may follow.
		{"The Zorvan Training Mission in Mali (ZOTM Mali) and NATO Mission Iraq met.", []string{"Zorvan Training Mission in Mali", "ZOTM Mali", "NATO Mission Iraq"}},
		// A body by its head alone; a unit of a body named by an acronym;
		// a post's code in brackets.
		{"The Council adopted it. Troops of the 12th Zorvan Battalion of UNIFIL left Camp Tarvo (UNP 2-45).", []string{"Council", "12th Zorvan Battalion", "UNIFIL"}},
		// The names listed after a plural kind of ship.
		{"The destroyers Nanchang and Tarvo, and the frigates Zorva, Kestrel and Ivo sailed.", []string{"Nanchang", "Tarvo", "Zorva", "Kestrel", "Ivo"}},
		// A ship's name alone after its prefix named it; a cutter with its
		// service; a country before a numbered fleet; a state's Army
		// National Guard; an acronym alone is no conjunct; a facility's
		// name is a place's.
		{"The U.S. Coast Guard Cutter Tarvo sailed. Tarvo's crew and USS Zorva met, and Zorva left.", []string{"U.S. Coast Guard Cutter Tarvo", "Tarvo", "USS Zorva", "Zorva"}},
		{"The U.S. 7th Fleet, CMF and Coalition Task Force Kestrel, and the Alaska Army National Guard met at the Tarvo Convention Center.", []string{"U.S. 7th Fleet", "CMF", "Coalition Task Force Kestrel", "Alaska Army National Guard"}},
		// A long acronym before a comma and a dotted country is no phrase
		// in capitals.
		{"Paparo, commander of NAVZORV, U.S. Tarvo Fleet, spoke.", []string{"NAVZORV", "U.S. Tarvo Fleet"}},
		{"They signed with Zorvan Dock Shipbuilders Limited.", []string{"Zorvan Dock Shipbuilders Limited"}},
		// A British battalion and its regiment after "The".
		{"Soldiers of the 1st Battalion The Royal Tarvo and 3rd Battalion the Zorvan Regiment met the 2nd Battalion the day before.", []string{"1st Battalion The Royal Tarvo", "3rd Battalion the Zorvan Regiment", "2nd Battalion"}},
		// A body named in full, then by its head alone after "the"; never
		// "the Government".
		{"The Department of Tarvo Affairs met the Kurdistan Regional Government. Later the Department and the Government agreed.", []string{"Department of Tarvo Affairs", "Kurdistan Regional Government", "Department"}},
		{"Dame Ann Kiro, GNZM, QSO, will host the 2nd Tarvo Battalion of the Zorvan National Guard.", []string{"2nd Tarvo Battalion", "Zorvan National Guard"}},
		{"The NZDF sent a Royal Zorvan Air Force C-130H Hercules.", []string{"NZDF", "Royal Zorvan Air Force"}},
		{"It sent a Royal Zorvan Air Force (RZAF) P-3K2 Orion, organized as a Tarvo Task Force (TTF), consisting of ships.", []string{"Royal Zorvan Air Force", "RZAF"}},
		// A kind of body after "a", but a body before a noun.
		{"They formed a Zorvan Air-Ground Task Force with an Army platoon.", []string{"Army"}},
		// An alliance between two states named with a spaced dash.
		{"They hailed the U.S. – Japan Alliance.", nil},
		// A state whose name ends with an organisation's head.
		{"The Soviet Union fell.", nil},
		// A ship named before the kind of ship, not a country's ship.
		{"The Shandong aircraft carrier and the U.S. destroyer sailed with the Navy frigate.", []string{"Shandong", "Navy"}},
		// A mission or a force named by where it serves; a listed body
		// that opens a name keeps its adjective.
		{"Ann Tarn heads the EU Monitoring Mission in Georgia (EUMM) and the European Union Training Mission in Mali.", []string{"EU Monitoring Mission in Georgia", "EUMM", "European Union Training Mission in Mali"}},
		{"Forces in Iraq met the Tarvo Mission in Zorva Province.", []string{"Tarvo Mission"}},
		// A theatre by its compass point; an ordinal word opens another
		// unit after a name.
		{"U.S. Army South Commanding General Ann Tarn met the U.S. Army Europe Fifth Corps and Air Forces Central, north of the Army North of the river.", []string{"U.S. Army South", "U.S. Army Europe", "Fifth Corps", "Air Forces Central", "Army"}},
		{"The U.S. Fifth Fleet and the Third Tarvo Division sailed.", []string{"U.S. Fifth Fleet", "Third Tarvo Division"}},
		// A division or a corps named by its theatre; a listed name keeps
		// an adjective that leaves one word naming nothing alone.
		{"The Tamil Tigers and the Pakistani Taliban fought the Multinational Division Baghdad.", []string{"Tamil Tigers", "Taliban", "Multinational Division Baghdad"}},
		// Only a fleet takes its country before its number.
		{"The U.S. 4th Infantry Division and the U.S. 5th Fleet sailed.", []string{"4th Infantry Division", "U.S. 5th Fleet"}},
		// Numbered units: a number glued to an acronym or after a head, a
		// combat or landing team; but a model designation is no unit.
		{"It sent its 1st Tarvo Combat Team (1TCT), the Zorva Battalion Landing Team-1 (ZBLT-1) and an MQ-9B.", []string{"1st Tarvo Combat Team", "1TCT", "Zorva Battalion Landing Team-1", "ZBLT-1"}},
		// A roman numeral before a unit's acronym; "(Fwd)" is no body; a
		// press service; VOA's spelling of a listed body.
		{"Gen. Ivo Tarn, commander of the 1st Tarvo Division, led III MEF (Fwd); Tarvo Forces Press Service said the Taleban left.", []string{"1st Tarvo Division", "III MEF", "Tarvo Forces Press Service", "Taleban"}},
		// A service's acronym after a name is no part of it.
		{"The chief, General Andres C Tarvo PA, met Commodore Ana Y Kestrel PN, and Ivo LI.", []string{"PA", "PN"}},
		// The Marines named before a rank, not inside a unit's name.
		{"Marine Gen. Ivo Tarn and U.S. Marine Capt. Ann Lee met the 1st Marine Division.", []string{"Marine", "U.S. Marine", "1st Marine Division"}},
		// The short form of a description in lower case names no body,
		// there or later; a listed body's does.
		{"Tarvo maritime militia (TMM) ships sat 12 nautical miles (NM) off, and the Philippine coast guard (PCG) saw them. Later TMM ships left.", []string{"PCG"}},
		// A bureau by the regions it serves, joined by "and".
		{"Mr. Ivo, Director-General, Asian and Oceanian Affairs Bureau, attended; our French Allies and British Army came.", []string{"Asian and Oceanian Affairs Bureau", "British Army"}},
		// A task force named after the place it serves, by its acronym.
		{"Gen. Ivo Tarn, JTF-Zorva commander, met the EU-NATO team.", []string{"JTF-Zorva", "EU", "NATO"}},
		// Companies and armed groups by their heads, coordinated or not.
		{"Tarvo Dynamics and Zorva Aerospace signed; Al-Zorva Brigades claimed it.", []string{"Tarvo Dynamics", "Zorva Aerospace", "Al-Zorva Brigades"}},
		// The region whose affairs a bureau handles stays in its name.
		{"Mr. Lee, Director-General, Northeast Asian Affairs Bureau, attended with the South Asian Affairs Division.", []string{"Northeast Asian Affairs Bureau", "South Asian Affairs Division"}},
		// A grouping with members is a body though its head names events;
		// a noun for a person ends a name in a headline.
		{"Tarvo is a member of the Zorva Ocean Naval Symposium (ZONS).", []string{"Zorva Ocean Naval Symposium", "ZONS"}},
		{"Gen. Ivo Visits Tarvo Counterpart Royal Zorvan Armed Forces Chief\n\nHe met the Royal Zorvan Armed Forces.", []string{"Royal Zorvan Armed Forces", "Royal Zorvan Armed Forces"}},
		// Broadcasters by their heads; a listed paper without its article.
		{"Zorva TV and the Tarvo Broadcasting Corporation cited The Daily Telegraph.", []string{"Zorva TV", "Tarvo Broadcasting Corporation", "Daily Telegraph"}},
		// A mission to a body; a prefix makes a new name of a listed
		// one ("Trans-Pacific"), "anti-" does not.
		{"He spoke for the U.S. Mission to the United Nations about the Trans-Pacific Partnership and anti-NATO protests.", []string{"U.S. Mission to the United Nations", "NATO"}},
		// A listed body that an adjective opens keeps it where the name
		// goes on past it; a person's name or an acronym before "and"
		// is no word of the name after it.
		{"Troops of the African Union Transition Mission in Mali left.", []string{"African Union Transition Mission in Mali"}},
		{"He met Minister of Defense Jorge Ruiz and Armed Forces Joint Command Chief Ivo Tarn.", []string{"Armed Forces Joint Command"}},
		{"It showed the commitment from the Tarvo Department of Defense and AFRICOM.", []string{"Tarvo Department of Defense", "AFRICOM"}},
		// A theatre by its continent before a date or an office; a task
		// force by the region it serves; battalions of regiments by both
		// numbers, glued by a hyphen or a slash.
		{"Gen. Ivo Tarn visits U.S. Army Africa December 2, 2011\n\nHe met U.S. Army Africa Commander Gen. Ana Ruiz and CJTF-Horn of Africa.", []string{"U.S. Army Africa", "U.S. Army Africa", "CJTF-Horn of Africa"}},
		{"Members of the Tarvo Army National Guard 3-116 Cavalry Unit flew with 2-10 Aviation and 3/5 Marines.", []string{"Tarvo Army National Guard", "3-116 Cavalry Unit", "2-10 Aviation", "3/5 Marines"}},
		// A complement of capitalised words runs over a glued hyphen and
		// over abstract nouns after a portfolio, and on with "with" after
		// one; it stops before an office or a person's name.
		{"The Commission for Naval Technical Cooperation with Partner States met the Bureau of Political-Military Affairs and the Ministry of Defence Ivo Tarn.", []string{"Commission for Naval Technical Cooperation with Partner States", "Bureau of Political-Military Affairs", "Ministry of Defence"}},
		{"He met the Tarvo Agency for International Development Senior Development Advisor, Ana Ruiz.", []string{"Tarvo Agency for International Development"}},
		// A service alone at a sentence's start is a body before its
		// possessive, as before a rank.
		{"Army's Light Reaction Regiment left. Army Lt. Gen. Ivo Tarn spoke. Army units left.", []string{"Army", "Light Reaction Regiment", "Army"}},
		// An EU mission's acronym takes the theatre it serves.
		{"EULEX Kosovo was launched in 2008; EUTM Mali trained troops.", []string{"EULEX Kosovo", "EUTM Mali"}},
		// A royal style opens a name; a count before a country's unit is
		// no unit number, but a battalion of a regiment has both.
		{"He joined His Majesty’s Armed Forces (HMAF).", []string{"His Majesty’s Armed Forces", "HMAF"}},
		{"71 NZ Army personnel and 2/1st Battalion soldiers deployed; the 2/1 Battalion Royal Tarvo Infantry Regiment stayed.", []string{"NZ Army", "2/1st Battalion", "2/1 Battalion Royal Tarvo Infantry Regiment"}},
		// A short form in brackets inside a name, before its number; a
		// date after a number does not cut the number off.
		{"They led Combined Task Force (CTF) 151 on Nov. 2 with Destroyer Squadron (DESRON) 23 and Task Force 58 on May 3.", []string{"Combined Task Force (CTF) 151", "Destroyer Squadron (DESRON) 23", "Task Force 58"}},
		// A ship's class names no place; the body before it stays.
		{"Ships of the Arleigh Burke-class and U.S. Coast Guard Island-class patrol boats sailed.", []string{"U.S. Coast Guard"}},
		// Teams, batteries and the regiments of the British Army's
		// traditions by their heads; ships by their navies' prefixes.
		{"The Tarvo Reconstruction Team, the 4th Zorva Battery and the Kestrel Dragoons deployed.", []string{"Tarvo Reconstruction Team", "4th Zorva Battery", "Kestrel Dragoons"}},
		{"HTMS Tarvo, KD Zorva, ORP Kestrel and BAP Marlow sailed; LÉ Tarvik joined.", []string{"HTMS Tarvo", "KD Zorva", "ORP Kestrel", "BAP Marlow", "LÉ Tarvik"}},
		// A headline's verb ends a ship's name; a ship named after a city
		// or a person is the ship again where its name alone repeats,
		// but not after a locative preposition.
		{"USS Ivo Tarn Departs Corfu\n\nThe destroyer USS Ivo Tarn sailed. \"Ivo Tarn was ready,\" he said. USNS Carson City sailed; Carson City called at Carson City.", []string{"USS Ivo Tarn", "USS Ivo Tarn", "Ivo Tarn", "USNS Carson City", "Carson City"}},
	})
}

func TestGeneralPlaces(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		{"Drills were held in Zorva Region.", []string{"Zorva Region"}},
		{"Drills were held in Rostov Oblast and Kandor Province.", []string{"Rostov Oblast", "Kandor Province"}},
		// Official names of states and cities, with either apostrophe.
		{"Envoys of the Grand Duchy of Luxembourg and the City of Manila met.", []string{"Grand Duchy of Luxembourg", "City of Manila"}},
		{"The People’s Republic of China and the People's Republic of China.", []string{"People’s Republic of China", "People's Republic of China"}},
		// Unknown names listed after a known place.
		{"He saw Bucha, Zorvanka and Irpin.", []string{"Bucha", "Zorvanka", "Irpin"}},
		{"After the visit to France, Tarvo on Monday met officials.", []string{"France"}},
		// Transliterated names with an article inside.
		{"Troops moved to Qasr al Hadid and Tell al-Abyad.", []string{"Qasr al Hadid", "Tell al-Abyad"}},
		// A state whose name a place's pattern closes.
		{"Ships sailed to the Solomon Islands and the Tarvo Islands.", []string{"Solomon Islands"}},
		{"Teams visited the villages of Zorva Mulya and Kestrong.", []string{"Zorva Mulya", "Kestrong"}},
		// A natural feature's noun after an unknown name makes a LOC.
		{"Fighting spread to nearby Joso island and the Zorva river.", nil},
		// No leading determiner, even where a state's name is often
		// written with one.
		{"Envoys of The Gambia and the Netherlands met.", []string{"Gambia", "Netherlands"}},
		// A currency's country code is no place.
		{"Arms worth US$5 billion went to Chile.", []string{"Chile"}},
		// US states as the Associated Press abbreviates them.
		{"PENSACOLA, Fla. – Crews left Fort Bragg, N.C., for Norfolk, Va.", []string{"PENSACOLA", "Fla.", "N.C.", "Norfolk", "Va."}},
		// The article standing alone, though "Al" is a given name; a
		// compass point before "of"; "toward".
		{"Jets struck near Al Zorvah and south of Ar Tarvah, then flew toward Kandor Fawqani.", []string{"Al Zorvah", "Ar Tarvah", "Kandor Fawqani"}},
		{"Al Tarvo spoke near Zorvah.", []string{"Zorvah"}},
		{"Troops left the Zorvan Autonomous Region in Tarvo Kandor (ZARTK).", []string{"Zorvan Autonomous Region in Tarvo Kandor", "ZARTK"}},
		// A dateline in capitals before a known place, known or not.
		{"ZORVANKA, Germany – Troops left.", []string{"ZORVANKA", "Germany"}},
		{"Talks ended.\nSTUTTGART, Germany – Troops left.", []string{"STUTTGART", "Germany"}},
		{"Talks in ZORVANKA, Germany ended.", []string{"Germany"}},
		// The Arabic article before a sun letter inside a place's name;
		// "City" and "District" around a division's name.
		{"Fighting near Dar as Zorva and Jisr ash Tarvo went on; he served in Zorvik as President and in Tarvik as Kestrel said.", []string{"Dar as Zorva", "Jisr ash Tarvo", "Zorvik", "Tarvik"}},
		{"Troops moved to Zorvan City, the District of Tarvik and the City of Kestrel.", []string{"Zorvan City", "District of Tarvik", "City of Kestrel"}},
		// Topics after "in" are no places; a ship's class named after a
		// city is no mention of it; a station is a facility.
		{"They worked in Peace Engagement and Preservation. A Canberra-class ship sailed to Tarvo Station, near Zorvik.", []string{"Zorvik"}},
		// A state named by its form after a hyphen is one state of two.
		{"They held a Japan-Republic of Korea meeting with the People's Republic of China.", []string{"Japan", "Republic of Korea", "People's Republic of China"}},
		// A place that only its context found is the same place where the
		// text names it again, before a noun, glued to a hyphen or before
		// an office; a compass point alone is part of the place after it.
		{"Troops moved to Tarvik on Monday. A Tarvik-based unit guarded the Tarvik market; Tarvik Governor Ann Lee spoke.", []string{"Tarvik", "Tarvik", "Tarvik", "Tarvik"}},
		{"Partners in East and West Africa met.", nil},
		// A lower-case "state", "county" or "municipality" after an
		// unknown name makes it a division; a demonym before "state" is no
		// place.
		{"Rebels took the capital of oil-rich Zorva state and fighting spread in Kestrel county; Chinese state media reported it.", []string{"Zorva", "Kestrel"}},
		// The capital with its district, as most batches write it.
		{"He flew from Washington, D.C. to Washington, DC and Seoul.", []string{"Washington, D.C.", "Washington, DC", "Seoul"}},
		// More cues of an unknown place: "into", "across", "via"; the
		// governor, mayor, residents or outskirts of a place; a
		// settlement named in apposition; a place's mayor.
		{"Residents of Kessik said fighters moved into Marlo. The governor of Pelgar and the mayor of Ostra spoke; troops retook Rovno, a town near the border, and Pilna, a small village. Later the Brenno's mayor spoke.", []string{"Kessik", "Marlo", "Pelgar", "Ostra", "Rovno", "Pilna", "Brenno"}},
		// Towns before a comma and a known state or country that ends the
		// phrase; not a person before a possessive state, nor part of a
		// longer name.
		{"Members from Zorvik, Oregon, joined. The ship visited Kessik and Temar, Ghana. Ivo Tarn, Ruritania’s envoy, spoke.", []string{"Zorvik", "Oregon", "Kessik", "Temar", "Ghana"}},
		// A listed state named by its part is the state.
		{"Ships were built in Western Australia and sailed to Northern Iraq.", []string{"Western Australia"}},
		// Verbs of leaving and reaching before a place; a line's end ends
		// a phrase.
		{"The ship departed Zorfu on Monday and reached Kessos.\n\nThey flew to Marvik\nand Spain.", []string{"Zorfu", "Kessos", "Marvik", "Spain"}},
		// "off" a place at the end of a phrase.
		{"Ships patrolled just off Kessar, then off Tarvo Monday.", []string{"Kessar"}},
		// A port by the noun before "of".
		{"The ship arrived at the port of Zorvik and the ports of Kessik and Tarvo.", []string{"Zorvik", "Kessik", "Tarvo"}},
		// A sentence may open on a place in apposition.
		{"Fighting went on. Zorvuk, the capital of Kessar, is calm. Officials, the town elders said, agreed.", []string{"Zorvuk", "Kessar"}},
		// A state's postal code in an address only; no place on a common
		// word in capitals.
		{"Troops met in Zorva Junction, AK on Monday and in Kessel, TX. OR IN THE FIELD they met.", []string{"Zorva Junction", "AK", "Kessel", "TX"}},
		// Short names of states.
		{"Troops deployed to the Solomons with NZ engineers.", []string{"Solomons", "NZ"}},
		// A settlement by the word that opens it.
		{"It was held at the port of Barangay Tanduh Zorva, and in Sitio Kestrel Commander Ivo spoke.", []string{"Barangay Tanduh Zorva", "Sitio Kestrel"}},
		// A list after a known place is joined by "and" or "or", listed
		// places inside it; after a comma alone two words are in
		// apposition, one word before a comma a town's region.
		{"He met the minister of Latvia, Ivo Tarnaks. Ships visited Palau, Zorvuk, Fiji, Kessar and Tonga. The trip was in Hargeisa, Tarvoland, where they met.", []string{"Latvia", "Palau", "Zorvuk", "Fiji", "Kessar", "Tonga", "Hargeisa", "Tarvoland"}},
		// The last of the places after a known one may end before a word
		// that opens a clause; not before another noun.
		{"Troops moved into Kandahar and Zorvik on Monday. He saw Bucha and Kestrel Endeavour ships.", []string{"Kandahar", "Zorvik", "Bucha"}},
		// A distance from another place makes a place's apposition.
		{"Rebels retook Kessa and Dormo, about 75 kilometers west of Mogadishu, and Pilna, 20 km from Tarvik.", []string{"Kessa", "Dormo", "Mogadishu", "Pilna", "Tarvik"}},
		{"Ivo Tarn, 75, spoke.", nil},
		// The Arabic article glued to a place's name is no given name.
		{"Clashes erupted in the towns of Zorva and Al-Kessa; fighting spread to El-Tarvik.", []string{"Zorva", "Al-Kessa", "El-Tarvik"}},
	})
}

func TestGeneralPersons(t *testing.T) {
	runLabelCases(t, Person, []labelCase{
		// An office after a country's possessive is in apposition.
		{"The minister spoke with Zorva Kessik, Chile’s Minister for Foreign Affairs.", []string{"Zorva Kessik"}},
		// A plural office names every person listed after it.
		{"They thanked Ambassadors Ivo Tarvik, Ana Kessin, and Tom Zorvak.", []string{"Ivo Tarvik", "Ana Kessin", "Tom Zorvak"}},
		// An abstract noun opens no name but passes the cue on.
		{"They met the Senior Advisor for Zorva Negotiations Ivo Tarnaks.", []string{"Ivo Tarnaks"}},
		// A verb of succession before a name; a state stays a state.
		{"Ivo Tarnaks succeeds Hansjörg Kessel, who succeeded Zorva Mirat; Japan succeeded Brazil.", []string{"Ivo Tarnaks", "Hansjörg Kessel", "Zorva Mirat"}},
		// A headline's person whose family name, before a suffix, the
		// body writes.
		{"Readout of Secretary Ivo J. Kessar III's Call\n\nThe call went well, Kessar said.", []string{"Ivo J. Kessar III", "Kessar"}},
		// A family name that names a place too, before the name's
		// suffix, is the person again; before a state it is the town.
		{"Secretary Ivo J. Austin III met them. Austin said so. He flew to Austin, Texas, on Monday.", []string{"Ivo J. Austin III", "Austin"}},
		// A name after "of" before an apposition is a place named again.
		{"They met the harbor master of Zorvik, the deputy governor of Zorvik, and Zorvik's police chief.", nil},
		// After an office, an acronym without a vowel is a body's; a
		// family name in capitals is a person's.
		{"The Director MPCC met Foreign Minister TARVOSHI.", []string{"TARVOSHI"}},
		// Two capitalised words before words that give an office are a
		// name, as before a verb of saying; a body named after someone is
		// not.
		{"The Council met. Terhi Kestrel has been appointed Head of Mission. The Tarvo Council was named after him.", []string{"Terhi Kestrel"}},
		// Titles that stand inside names by their naming custom; alone
		// they are no short mention of the person.
		{"Minister Ivo Tun Kessar met President Ali Sheikh Tarvan; Sheikh Zayed came.", []string{"Ivo Tun Kessar", "Ali Sheikh Tarvan", "Zayed"}},
		// A romanised syllable of five letters or six after a hyphen
		// ends a given name; an English compound's word does not.
		{"Gen. Won In-choul met Maj. Gen. Chen Guo-sheng and the Tarvo-class crews.", []string{"Won In-choul", "Chen Guo-sheng"}},
		{"Secretary del Varo arrived.", []string{"del Varo"}},
		// Khmer family names; nouns for a person before a name.
		{"They met Hun Tarvo and opposition leader Zorvan Kestrel.", []string{"Hun Tarvo", "Zorvan Kestrel"}},
		// A list that holds a known person lists persons.
		{"Promoted were Ann Lee, Zorvan Kestrel, Jr., Tarvo de Ivo and Kandor Zorv.", []string{"Ann Lee", "Zorvan Kestrel, Jr.", "Tarvo de Ivo", "Kandor Zorv"}},
		{"They visited Tarvo Bay, Kestrel Point and Zorvan Hill.", nil},
		// A suffix without a comma ends a name; a headline's verb opens
		// none.
		{"Tánaiste Visits Chile\n\nSecretary Ivo J. Tarn III's call ended.", []string{"Ivo J. Tarn III"}},
		// A particle glued by a hyphen opens a name after a cue; places'
		// names in the middle; an honorific in capitals; honours after the
		// name are no bodies.
		{"Kurilla met Prime Minister al-Tarvi, Brig. Gen. Ivo Antonio Medina Juárez and HE Zorvaduadua.", []string{"al-Tarvi", "Ivo Antonio Medina Juárez", "Zorvaduadua"}},
		// A place's name as the given name after a cue, before a family
		// name; a headline's short name before its verb.
		{"Tarvo Highlights Logistics\n\nCol. Chad Parker and Gen. Ivo Tarvo met in Chad.", []string{"Tarvo", "Chad Parker", "Ivo Tarvo"}},
		// A kunya opens the name, a particle glued to a short mention
		// stays with it, any word before "bin" after a title opens a name.
		{"They met Abu Tarvo al-Zorvani in Abu Dhabi. Later al-Zorvani left, and his father, Sultan Said bin Kestrel, died.", []string{"Abu Tarvo al-Zorvani", "al-Zorvani", "Said bin Kestrel"}},
		// A lower-case office before a name of two words, or of one before
		// a verb, cues it.
		{"Egyptian foreign minister Tarvo Zorvik and the minister Monday met. Turkish president Zorvanoglu called.", []string{"Tarvo Zorvik", "Zorvanoglu"}},
		// A suffix ends a name before a title; a titled name's possessive
		// is no event's.
		{"They met Gen. Romeo Tarvik Jr. Flag Officer-In-Command of the Navy. Readout of Secretary Zorvis' Meeting.", []string{"Romeo Tarvik Jr.", "Zorvis"}},
		// A peer is named by the place of the title; "Mullah" is an
		// honorific.
		{"Lord Tarvo of Kestrelby visited; Mullah Zorvan was killed.", []string{"Tarvo of Kestrelby", "Zorvan"}},
		// Honorifics of other naming customs are not the name's.
		{"Sayyid Ali Hosseini Tarvo and the school of Imam Zorvani.", []string{"Ali Hosseini Tarvo", "Zorvani"}},
		// After a rank, any place's name opens a name that goes on; an
		// office is no rank.
		{"Maj. Gen. Bradford Zorvik and Brig. Gen. Aden Kello met Minister Paris Talks organisers.", []string{"Bradford Zorvik", "Aden Kello"}},
		// Family name, comma, hyphenated given name after a title; a
		// place's name ending a longer name after a title.
		{"Lieutenant General Tarn, Hsing-Wei, met Commodore Ivo Vincent Trinidad, a spokesman.", []string{"Tarn, Hsing-Wei", "Ivo Vincent Trinidad"}},
		// A name after the body an office serves; the body's name stops
		// before it.
		{"They met Permanent Secretary of the Ministry of Foreign Affairs Ivo Tarnovak and Tarvo Kestrel.", []string{"Ivo Tarnovak"}},
		// A noun for a person, a comma and a name set off by commas; a
		// name after an honorific of several words.
		{"Its leader, Ivo Tarnovak Kestrel, swore. Samdech Pichey Sena Zorv Tarn came.", []string{"Ivo Tarnovak Kestrel", "Zorv Tarn"}},
		// A place's name as a middle name after a cue.
		{"Rear Admiral Zorvan Santiago Kestrel spoke.", []string{"Zorvan Santiago Kestrel"}},
		// A place's name as the family name after a cue.
		{"Col. Zorvan Trinidad said so in Manila.", []string{"Zorvan Trinidad"}},
		// A family name that is also a common word opens a name.
		{"Vice Minister Do Tarn Viet arrived. Later, Tarn agreed.", []string{"Do Tarn Viet", "Tarn"}},
		// ... but a common word is never a short mention of one.
		{"Lt. Gen. He Zorvan spoke. He Said No.", []string{"He Zorvan"}},
		{"Gen. Ramon Q. Dizon, Jr. arrived.", []string{"Ramon Q. Dizon, Jr."}},
		{"Gen. Park Jae-woo arrived.", []string{"Park Jae-woo"}},
		{"Raksha Mantri Shri Arvind Rao arrived.", []string{"Arvind Rao"}},
		{"Datuk Seri Azlan bin Omar arrived.", []string{"Azlan bin Omar"}},
		{"The Minister of Defence of Ruritania Ivo Tarn arrived.", []string{"Ivo Tarn"}},
		{"Chief Defence Scientist Prof Mira Lind spoke.", []string{"Mira Lind"}},
		// Nicknames in quotes, invisible characters inside a name.
		{`They met Robert "Bo" Kessler.`, []string{`Robert "Bo" Kessler`}},
		{"They met Anna\u200eMaria Lopez and Jean\u00adPaul Roux.", []string{"Anna\u200eMaria Lopez", "Jean\u00adPaul Roux"}},
		// A name before an office in apposition.
		{"Hale, commander of the Northern Fleet, spoke.", []string{"Hale"}},
		{"Varga, the defence minister, agreed.", []string{"Varga"}},
		{"They named Zorvan Kestrel, a senior spokesman of the Tarvo police.", []string{"Zorvan Kestrel"}},
		{"Previously, the spokesman for the Tarvo Ministry of Defence, Ivo Tarn, said.", []string{"Ivo Tarn"}},
		{"In Tarnia, Prime Minister Ivo Sen spoke.", []string{"Ivo Sen"}},
		// The country of an ambassador before the name.
		{"The Ambassador to Chile Ivo Tarnov arrived.", []string{"Ivo Tarnov"}},
		// Romanised Chinese and Korean names with a hyphenated given
		// name, also where the family name is a place elsewhere.
		{"Minister Gao Ming-Tai spoke.", []string{"Gao Ming-Tai"}},
		{"Attending were Lo Wen-Hsi and Ko Yi-ping.", []string{"Lo Wen-Hsi", "Ko Yi-ping"}},
		{"The Asia-Pacific and the US Air-Sea Battle.", nil},
		// A family name the gazetteer knows as a place.
		{"General Ivo Langley spoke. Langley said he flew in from Langley.", []string{"Ivo Langley", "Langley"}},
		{"A medal went to Langley, said General Ivo Langley.", []string{"Langley", "Ivo Langley"}},
		{"Commodore Rey dela Vega and VADM TARVO Akira spoke.", []string{"Rey dela Vega", "TARVO Akira"}},
		// A rank's abbreviation that no name follows is part of the name.
		{"Defense Minister Tarvo Gen signed it. Tarvo added more.", []string{"Tarvo Gen", "Tarvo"}},
		// A three-word name whose second word is a family name.
		{"He hosted his counterpart Liew Chin Tong. Defence Chin Tong Lee.", []string{"Liew Chin Tong", "Chin Tong Lee"}},
		// A full name again where no cue stands, and after a bracketed portfolio.
		{"He met Ivo bin Tarvo. Later Mr Ivo bin Tarvo spoke.", []string{"Ivo bin Tarvo", "Ivo bin Tarvo"}},
		{"Secretary (Defence Production) Zor Tarvo came.", []string{"Zor Tarvo"}},
		{"He met his Tarvian counterpart Zoran Kest.", []string{"Zoran Kest"}},
		// A middle initial, a verb of speech or thanks after two names.
		{"Later Zorvan Q. Tarvo came. Ivek Darnov thanked them. The Defence Ministry welcomed it.", []string{"Zorvan Q. Tarvo", "Ivek Darnov"}},
		// A name in apposition to a lower-case office, and to an office
		// after a possessive.
		{"Police spokesman, Zoran Kest, said it. A spokeswoman for Tarvo’s governor, Ana Vell, said.", []string{"Zoran Kest", "Ana Vell"}},
		// A family name before a headline's verb.
		{"Kest Leads Parade\n\nPresident Zoran Kest led it.", []string{"Kest", "Zoran Kest"}},
		// Speaker labels with an honorific in capitals.
		{"MR. TARNAKS: Thanks.\n\nMS. KESSEL-VAR: Good afternoon.", []string{"TARNAKS", "KESSEL-VAR"}},
		// No name starts on a common word in a line of capitals.
		{"A PROCLAMATION\n\nBY THE PRESIDENT OF THE REPUBLIC\n\nThe members of our Armed Forces served.", nil},
		// More headline verbs end a name; a name that is also a small word
		// ("To") is no person's inside a Title Case run.
		{"Tarn Agrees To Ceasefire\n\nPresident Ivo Tarn agreed.", []string{"Tarn", "Ivo Tarn"}},
		{"Kessar, Marn Pledge Support\n\nPresidents Ivo Marn and Ana Kessar met.", []string{"Kessar", "Marn", "Ivo Marn", "Ana Kessar"}},
		// A single name before a lower-case noun for its holder's rule
		// is a leader's; a nationality, a place or a body's capitalised
		// head is not.
		{"The Tarvik administration and Kessin's brutal regime fell; the Chilean government and the Kessa Maritime Administration stayed.", []string{"Tarvik", "Kessin"}},
		// The names of a list are people when one of them is known: a
		// rank may open the first, the list may open after a comma, and a
		// hyphen is no word of a name.
		{"He came with Gen Kessarin, Akim Tolvar, Rusi Pemvo, and Keno Vashti.", []string{"Kessarin", "Akim Tolvar", "Rusi Pemvo", "Keno Vashti"}},
		{"His counterparts, Ivo Tarnak, Zorvan Kessel and Jean-Marc Le Tarvic, met.", []string{"Ivo Tarnak", "Zorvan Kessel", "Jean-Marc Le Tarvic"}},
		{"Meanwhile, Ivo Tarnak, Akim Tolvar, Rusi Pemvo and Keno Vashti met.", []string{"Ivo Tarnak", "Akim Tolvar", "Rusi Pemvo", "Keno Vashti"}},
		// A name's particles and hyphens do not count towards its
		// length: a long chain of names is whole.
		{"Rear Adm. Zaid bin Tarik bin Kessan Al Marvi spoke with Lt. Gen. Amir Al-Tarvani Al-Kessi.", []string{"Zaid bin Tarik bin Kessan Al Marvi", "Amir Al-Tarvani Al-Kessi"}},
		// Whoever a verb of saying names after a quotation is the
		// speaker, though the text gave no full name before; a rank
		// there is no name.
		{"\"We train together,\" said Kessarin. \"We left,” said Tarvosk, a pilot. \"Go,\" said Lt. Ivo Tarn.", []string{"Kessarin", "Tarvosk", "Ivo Tarn"}},
	})
}

func TestGeneralEvents(t *testing.T) {
	runLabelCases(t, Event, []labelCase{
		// A name introduced after an event's noun, a comma and "known
		// as" or "dubbed", quoted or not; offensives, landings, uprisings
		// and airlifts by their head.
		{"The exercise, known as Kestrel Shield, began. The drills, dubbed “Zorva Guard”, ended.", []string{"Kestrel Shield", "Zorva Guard"}},
		{"During the Zorva Offensive and the Tarvo Landings, troops advanced; the Offensive Cyber Command spoke.", []string{"Zorva Offensive", "Tarvo Landings"}},
		// After "to", "exercise" before a name of two words or more is
		// the event's noun, unless the name is a body's or possessive; a
		// raid by its head.
		{"It was linked to exercise Allied Kessel; they want to exercise Command and to exercise Tarvo Command's power. The Zorva Raid failed.", []string{"Allied Kessel", "Zorva Raid"}},
		// A press format names no event, nor ends one.
		{"Joint Press Conference\n\nThe Tarvo-Kessel Joint Press Conference and a Media Roundtable followed the Zorva Summit.", []string{"Zorva Summit"}},
		// "Battle of the …"; a date after a battle's name is not part of
		// it; a campaign, but not a campaign's medal.
		{"They marked the Battle of the Kessel Gap and the Battle of Tarvo March 19, and the Zorva Campaign, and wore the Tarvo Campaign Medal.", []string{"Battle of the Kessel Gap", "Battle of Tarvo", "Zorva Campaign"}},
		{"They attended the third Harbour Chiefs Conference.", []string{"third Harbour Chiefs Conference"}},
		{"Crews joined exercises Silver Gull, Iron Kestrel and the air show.", []string{"Silver Gull", "Iron Kestrel"}},
		{"The drill will exercise Ruritanian Coastal Command.", nil},
		{"Typhoon Ondrea hit the coast.", []string{"Typhoon Ondrea"}},
		{"The Battle of Tarvik and the Siege of Zorva Heights ended the war.", []string{"Battle of Tarvik", "Siege of Zorva Heights"}},
		// An edition by a Roman numeral; the name again without its
		// edition or its opener, one word too.
		{"Troops joined Zorva Prayas IV, then Exercise Kestrel 2015. Zorva Prayas and Kestrel ended; Pope John Paul II spoke.", []string{"Zorva Prayas IV", "Exercise Kestrel 2015", "Zorva Prayas", "Kestrel"}},
		// The name after a word that introduces it.
		{"They joined a naval exercise called Kestrel Hadd, off the coast.", []string{"Kestrel Hadd"}},
		// After "Battle of Tarvik", "Tarvik" is the place.
		{"The Battle of Kessik Heights ended. Troops left Kessik Heights.", []string{"Battle of Kessik Heights"}},
		// An event is a capitalised name: a lower-case summit, talks or
		// massacre after a name is not one, though the capitalised name is.
		{"Leaders met at the NATO summit and the Astana talks after the Srebrenica massacre; the NATO Summit opened.", []string{"NATO Summit"}},
		// A talks' format and a state's name with "of" inside a title.
		{"They held the Tarvo-India 2+2 Dialogue.", []string{"Tarvo-India 2+2 Dialogue"}},
		// NATO's missions are operations, as the gold of four batches has them.
		{"Troops served in NATO's Resolute Support mission and its enhanced Forward Presence (eFP).", []string{"Resolute Support", "enhanced Forward Presence", "eFP"}},
		{"Readout of Secretary Varo's Meeting with partners", nil},
		// A date after the name is when the event is held.
		{"The Harbour Chiefs Conference on June 28 ended.", []string{"Harbour Chiefs Conference"}},
		// The other mentions of an event's bracketed short form.
		{"The Tarvo Harbour Conference (THC) opened. The THC closed.", []string{"Tarvo Harbour Conference", "THC", "THC"}},
		// A word between the name and its cue, and the name's other mentions.
		{"Crews joined the Kestrel Shield training exercise. Kestrel Shield ends today.", []string{"Kestrel Shield", "Kestrel Shield"}},
		// A group of office holders opens the name.
		{"The Chiefs of Navy Conference (CNC) opened. CNC ends today.", []string{"Chiefs of Navy Conference", "CNC", "CNC"}},
		{"They held the Tarvo Maritime Seminar and the Victory Day Parade.", []string{"Tarvo Maritime Seminar", "Victory Day Parade"}},
		// Drills by name, hyphenated names too.
		{"The Strait-Shield drill and the Navy drill ended.", []string{"Strait-Shield"}},
		// A capitalised opener that closes a title.
		{"They joined “Annual Exercise 2023.” The Navy Exercise and the Chilean Navy Exercise ended.", []string{"Annual Exercise 2023"}},
		{"They held a Finish Exercise (FINEX) and the “Tarvo Storm Exercise” and the 3rd Zorin Naval Exercise.", []string{"Tarvo Storm Exercise", "3rd Zorin Naval Exercise"}},
		// A two-digit year ends an edition; a count does not.
		{"Forces held the Kestrel Storm air drills. The Iron Gull 23 exercise ended with 23 ships.", []string{"Kestrel Storm", "Iron Gull 23"}},
		// The name before a lower-case cue, not a place, body or nationality.
		{"Troops joined the annual Kestrel Shield exercise.", []string{"Kestrel Shield"}},
		{"The Navy exercise and the Chile-Peru exercise ended.", nil},
		{"Troops joined the Kestrel Shield 2025 joint exercise.", []string{"Kestrel Shield 2025"}},
		{"Airmen joined Cope Thunder 25-2, and Cope Thunder 25-2 also ended.", []string{"Cope Thunder 25-2", "Cope Thunder 25-2"}},
		// A name with its year's two digits, and the name alone later;
		// not a place's or a person's.
		{"Troops ended Kestrel Partner 23, a drill. Kestrel Partner is yearly. Ann Lee 23, and Chile Road 24, stayed.", []string{"Kestrel Partner 23", "Kestrel Partner"}},
		// A listed event in capitals, with a one-digit edition.
		{"Forces launch KAMANDAG 9 in May. BALIKATAN 2024 ended; Balikatan 3 ships left.", []string{"KAMANDAG 9", "BALIKATAN 2024", "Balikatan"}},
		// A nationality adjective stays in an event's name (rule 3 is
		// about bodies, offices and persons); a head before a body's head
		// is the body's.
		{"Veterans of the Korean War met at the Zorvan War College before the Central American Security Conference 2024.", []string{"Korean War", "Central American Security Conference 2024"}},
		// A list that holds a known event lists events.
		{"Training will include Indo-Pacific Kestrel, Talisman Sabre, Zorvandong, and a relief drill.", []string{"Indo-Pacific Kestrel", "Talisman Sabre", "Zorvandong"}},
		{"The EU extended its counter-piracy operation Zorvanta.", []string{"Zorvanta"}},
		// Parties before words joined by "and"; not a nationality.
		{"They held the Chile-Peru Strategic and Defense Dialogue with our French Allies and Tarvo Partners Conference.", []string{"Chile-Peru Strategic and Defense Dialogue", "Tarvo Partners Conference"}},
		// A list of words before the head, commas and "and".
		{"The visit follows the 13th Political, Security, and Defense Dialogue held in Hanoi, and Japan, Korea and Defense Dialogue partners met.", []string{"13th Political, Security, and Defense Dialogue", "Defense Dialogue"}},
		// Two parties joined by a spaced dash open the name.
		{"They launched a Chile – Peru Energy Dialogue.", []string{"Chile – Peru Energy Dialogue"}},
		// Words joined by "and" before the head, in a chain.
		{"He spoke at the Air and Space Conference and Technology Exposition.", []string{"Air and Space Conference and Technology Exposition"}},
		{"They held the Foreign and Defence Ministers' Meeting and the Army and Navy Games.", []string{"Foreign and Defence Ministers' Meeting", "Navy Games"}},
		// An event's initials, alone or with the year's two digits.
		{"Kestrel Gull 2023 began. KG23 is one of three. Later, KG 23 opened and KG leaders met.", []string{"Kestrel Gull 2023", "KG23", "KG 23", "KG"}},
		// A word between two heads; an opener before a listed event; no
		// year from the next line.
		{"Tarvo-Zorva Defense Ministerial Telephone Conference\n\n2022/08\n\nThe largest will be Exercise Rim of the Pacific.", []string{"Tarvo-Zorva Defense Ministerial Telephone Conference", "Exercise Rim of the Pacific"}},
		// A name with its year in four digits, but not a month's or a
		// place's.
		{"They closed Tarvo Spirit 2023 in May 2023 and left Zorva City 2023.", []string{"Tarvo Spirit 2023"}},
		// An exercise's name without the word that opened it, also where
		// a place was guessed.
		{"Troops joined Exercise Kestrel Gull. Kestrel Gull provides training; all partners in Kestrel Gull agree.", []string{"Exercise Kestrel Gull", "Kestrel Gull", "Kestrel Gull"}},
		// The kind after a listed event's name.
		{"They prepared for Balikatan Exercise in April.", []string{"Balikatan Exercise"}},
		// A year in two digits before a verb ends the name.
		{"The Tarvo Shield 20 was modified, and 20 ships sailed.", []string{"Tarvo Shield 20"}},
		// A head's kind of gathering in lower case, not before a noun.
		{"After the EU-Tarvo Ministerial meeting, they toured the Zorva Summit meeting hall.", []string{"EU-Tarvo Ministerial meeting", "Zorva Summit"}},
	})
}

func TestGeneralRelations(t *testing.T) {
	tests := []struct {
		text string
		typ  RelationType
		want []string
	}{
		// ALIAS by any part of the name, particles included.
		{"Nguyen Van Tam met Ellen Ward. Later Nguyen and Ward spoke.", Alias, []string{"Nguyen@37->Nguyen Van Tam@0", "Ward@48->Ellen Ward@19"}},
		{"Secretary Pedro del Varo spoke. Later Secretary del Varo left.", Alias, []string{"del Varo@48->Pedro del Varo@10"}},
		{"Ms. TARVO Aiko met them. Later Tarvo left.", Alias, []string{"Tarvo@31->TARVO Aiko@4"}},
		// A shorter full name after the longer one is an alias of it, and
		// so are the short mentions that would point at it; before it in
		// the body, it is the first full mention (tenth round).
		{"Minister Ivo Zoran Tarn Kest came. Minister Ivo Tarn spoke. Tarn left.", Alias,
			[]string{"Ivo Tarn@44->Ivo Zoran Tarn Kest@9", "Tarn@60->Ivo Zoran Tarn Kest@9"}},
		{"Minister Ivo Tarn came. Minister Ivo Zoran Tarn Kest spoke. Tarn left.", Alias,
			[]string{"Tarn@60->Ivo Tarn@9"}},
		// A familiar form of the given name, and a headline's name that
		// the body vouches for by its family name.
		{"President Joe Tarnov's Meeting\n\nPresident Joseph R. Tarnov met them.", Alias, []string{"Joe Tarnov@10->Joseph R. Tarnov@42"}},
		// HAS_ROLE through a body: "Head of the Office of the President X".
		{"The Head of the Office of the President Ivo Marn spoke.", HasRole, []string{"Ivo Marn@40->Head@4"}},
		{"Chief of Staff of the Presidential Executive Office Ivo Marn spoke.", HasRole, []string{"Ivo Marn@52->Chief of Staff@0"}},
		// A list of people with their offices after them, and one with
		// offices before them.
		{"He met General Ivo Tarn, Chief of Defence Forces, Tarvo Armed Forces, Admiral Ana Ruiz, Commander-in-Chief, Tarvo Navy.", HasRole,
			[]string{"Ivo Tarn@15->Chief of Defence Forces@25", "Ana Ruiz@78->Commander-in-Chief@88"}},
		{"They met Minister of Defence Ivo Tarn, Chief of Staff of the Army, Brig Gen Ana Ruiz.", HasRole,
			[]string{"Ivo Tarn@29->Minister of Defence@9", "Ana Ruiz@76->Chief of Staff of the Army@39"}},
		// A plural office before the people it names holds each of them.
		{"Presidents Ivo Tarn of France and Ana Ruiz of Chile met. The ministers left.", HasRole,
			[]string{"Ivo Tarn@11->Presidents@0", "Ana Ruiz@34->Presidents@0"}},
		// An office after the body it serves, behind an article, a
		// possessive or a bracketed short form; a second title right
		// before the holder.
		{"Ivo Tarn, a Task Force 82 spokesman, spoke. Ana Ruiz, NATO's commanding officer, left.", HasRole,
			[]string{"Ivo Tarn@0->spokesman@26", "Ana Ruiz@44->commanding officer@61"}},
		{"He met the Civilian Deputy to the Commander, Amb. Ana Ruiz.", HasRole,
			[]string{"Ana Ruiz@50->Civilian Deputy to the Commander@11", "Ana Ruiz@50->Amb.@45"}},
		// HAS_ROLE across an honorific.
		{"Senator the Hon. Penny Marr met them.", HasRole, []string{"Penny Marr@17->Senator@0"}},
		// An apposition with a possessive or an ordinal before the office.
		{"Ivo Marn, the mission's commander, spoke. Ann Kest, the 29th chief of the Tarvo Guard Bureau, spoke.", HasRole, []string{"Ivo Marn@0->commander@24", "Ann Kest@42->chief@61"}},
		// A byline or a signature gives the office after the name, on its
		// line or the next; not in prose.
		{"Remarks\n\nAmbassador Ivo Marn\nU.S. Deputy Permanent Representative to the United Nations\n\nHe met Ann Kest President Marn.", HasRole, []string{"Ivo Marn@20->Ambassador@9", "Ivo Marn@20->Deputy Permanent Representative@34", "Marn@115->President@105"}},
		// Offices after "the" share the holder in apposition after a
		// comma; a post-nominal office right after the name.
		{"The Tánaiste and Minister for Defence, Ivo Marn, spoke; Ann Kest MP listened.", HasRole, []string{"Ivo Marn@39->Tánaiste@4", "Ivo Marn@39->Minister for Defence@17", "Ann Kest@56->MP@65"}},
		// An appointment across an apposition between commas, a place or
		// a body, adverbs and "in her role as".
		{"Ana Ruiz, a senior diplomat from Greece, was appointed Head.", HasRole, []string{"Ana Ruiz@0->Head@55"}},
		{"Ivo Tarn is currently serving as Commander. Ana Ruiz, in her role as ASEAN Special Envoy, spoke.", HasRole, []string{"Ivo Tarn@0->Commander@33", "Ana Ruiz@44->Special Envoy@75"}},
		{"National Security Adviser Mr Tom Vance spoke.", HasRole, []string{"Tom Vance@29->National Security Adviser@0"}},
		// An office in apposition with lower-case words before it, but
		// not the object of a verb in a relative clause.
		{"On Friday, Ivo bin Tarn, the long-serving Sultan of Oman, died. Ana Ruiz, who met the Sultan, left.", HasRole, []string{"Ivo bin Tarn@11->Sultan@42"}},
		// A person's family name that a preposition made a place.
		{"Gen. Ann Zorvakis met them. They gave a medal to Zorvakis.", Alias, []string{"Zorvakis@49->Ann Zorvakis@5"}},
		// The people promoted to a rank, listed after it.
		{"Promoted to the rank of Major General were Ivo Tarn, Ana Ruiz, Jr., and Ian Kest.", HasRank, []string{"Ivo Tarn@43->Major General@24", "Ana Ruiz, Jr.@53->Major General@24", "Ian Kest@72->Major General@24"}},
		// The words that give someone an office stand between them.
		{"Ivo Tarn has been appointed Head of the Tarvo Mission. Ana Ruiz was named the new Commander. Ann Lee met the Minister.", HasRole, []string{"Ivo Tarn@0->Head@28", "Ana Ruiz@55->Commander@82"}},
		// Two offices joined by a slash or a hyphen share the holder; an
		// ordinal may stand in the words that give the office.
		{"Remarks by High Representative-Vice President Ana Ruiz. They welcomed Ivo Tarn as the 15th commander of Tarvo Command.", HasRole, []string{"Ana Ruiz@46->High Representative@11", "Ana Ruiz@46->Vice President@31", "Ivo Tarn@70->commander@91"}},
		// Across a photo caption's position words.
		{"Adm. Ivo Tarn, center left, commander, U.S. Tarvo Fleet, spoke.", HasRole, []string{"Ivo Tarn@5->commander@28"}},
		// No holder across a blank line: a headline's office is nobody's.
		{"Fleet chief meets defence minister\n\nIvo Tarn, chief of the Fleet, met them.", HasRole, []string{"Ivo Tarn@36->chief@46"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := relationsOf(t, tt.text, tt.typ); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s in %q:\n got %q\nwant %q", tt.typ, tt.text, got, tt.want)
			}
		})
	}
}

func TestGeneralFacilities(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		{"Fighting spread to nearby Joso island and the Zorva river. Crews landed onto Kestrel Island where exercise teams trained.", []string{"Joso", "Zorva", "Kestrel Island"}},
		// A facility's word that is also a family name closes a place's
		// name after a preposition of place, "the" allowed between; an
		// island "of" a name, an island group; a hill by its height.
		{"Officers met at the Zorva Hall; the ship went alongside Kessel Wharf. Ann Hall spoke.", []string{"Zorva Hall", "Kessel Wharf"}},
		{"They sailed off the Island of Tarvo to the Kessel Island Group and fought at Hill 355.", []string{"Island of Tarvo", "Kessel Island Group", "Hill 355"}},
		{"The command at Kessel Arsenal awarded it.", []string{"Kessel Arsenal"}},
		// Facilities in the capitals of a dateline; a line on the map.
		{"ZORVA CANO AIR BASE, Honduras – Troops left. NAVAL SUPPORT ACTIVITY KESSEL (Dec. 10, 2020) – Ships left.", []string{"ZORVA CANO AIR BASE", "NAVAL SUPPORT ACTIVITY KESSEL"}},
		{"They patrolled the Administrative Boundary Line near Tarvo.", []string{"Administrative Boundary Line"}},
		// More features' nouns after a name.
		{"Ships sailed near the Zorva archipelago and the Kessel lagoon.", []string{"Zorva", "Kessel"}},
		// A feature's noun before "of" names one too, and the name again
		// is the same place.
		{"Engineers worked on the small island of Zorvu; the people of Zorvu thanked them. The island of Kessel Tarvo lies east.", []string{"Zorvu", "Zorvu", "Kessel Tarvo"}},
		{"Bombers landed at RAF Marham and Zorin Air Force Base.", []string{"RAF Marham", "Zorin Air Force Base"}},
		{"They marched along Tarvo Boulevard.", []string{"Tarvo Boulevard"}},
		{"Ships passed the Strait of Bab al Zorv to Naval Support Activity Tarvo, and met at the Kestrel Hotel.", []string{"Strait of Bab al Zorv", "Naval Support Activity Tarvo", "Kestrel Hotel"}},
		{"Ships passed the Strait of Bab al-Zorv.", []string{"Strait of Bab al-Zorv"}},
		{"Jets flew from Zorvan Air Force Station through the Kestrel Tunnel.", []string{"Zorvan Air Force Station", "Kestrel Tunnel"}},
		// A guess after a preposition that ends in a facility's word.
		{"Ships docked in Zorva Naval Station.", []string{"Zorva Naval Station"}},
		{"Jets flew from Zorin Airfield East.", []string{"Zorin Airfield East"}},
		{"Jets landed at Royal Tarnian Air Force Base Darwin.", []string{"Royal Tarnian Air Force Base Darwin"}},
		// A place's bracketed short form, not a byline's agency; it names the
		// place again later (tenth round).
		{"Jets left Tarvo Air Base (TAB). Later TAB closed.", []string{"Tarvo Air Base", "TAB", "TAB"}},
		// A nationality adjective stays in a place's name.
		{"They laid a wreath at the Australian War Memorial.", []string{"Australian War Memorial"}},
		{"CAMP TARVO, Quezon City - Troops drilled in the Zorin Flats Training Area.", []string{"CAMP TARVO", "Zorin Flats Training Area"}},
		// A seat of power is a place where people meet, a body where it acts,
		// and a place before its city in a dateline.
		{"They met at the Pentagon. The Pentagon said.", []string{"Pentagon"}},
		{"March 5, 2018, The Kremlin, Moscow\n\nThe Kremlin said it.", []string{"Kremlin"}},
		// US facility names and facilities in a dateline.
		{"Crews from Air Station Tarvo and Joint Base Zorin flew.", []string{"Air Station Tarvo", "Joint Base Zorin"}},
		{"ZORIN AIR BASE, Japan – Jets left.", []string{"ZORIN AIR BASE"}},
		// Sea features and rooms by their kind.
		{"Ships patrolled Tarvo Shoal and Zorin Reef near the Kestrel Rise.", []string{"Tarvo Shoal", "Zorin Reef", "Kestrel Rise"}},
		{"They met in the State Dining Room.", []string{"State Dining Room"}},
		{"They met in the Tarvo Building, then at the Zorin Compound.", []string{"Tarvo Building", "Zorin Compound"}},
		// A base's town after its word, and hyphenated names of bases.
		{"Jets left RMAF Base Tarvik for Joint Base Kestrel-Marlow and (RTAF) Base Zorin.", []string{"RMAF Base Tarvik", "Joint Base Kestrel-Marlow", "Base Zorin"}},
		{"Zorin Air Base Hosts Talks\n\nThe base commander spoke.", []string{"Zorin Air Base"}},
		// A guessed place that a facility's word ends; the word alone, or
		// as a family name, names none, but with its number one of several.
		{"She headed to Marlow Hall and the ship berthed at Kestrel Pier, then at Pier 12. Ann Hall spoke of Pier 12 metres long.", []string{"Marlow Hall", "Kestrel Pier", "Pier 12"}},
		// A river's word before its name, in British use.
		{"Floods hit the Doncaster and River Tarvo area.", []string{"River Tarvo"}},
		// A memorial named after a ship is a place.
		{"They toured the USS Arizona Memorial.", []string{"USS Arizona Memorial"}},
		// Streets, crossings and natural features by their words; a ship
		// named after a ridge is still a ship, and "Park" a family name.
		{"Trucks crossed at the Tarvo Crossing near Kestrel Ridge, via Zorva Road to the USS Blue Ridge; Dr. Park spoke.", []string{"Tarvo Crossing", "Kestrel Ridge", "Zorva Road"}},
		{"They left Zorvik Prison at dawn.", []string{"Zorvik Prison"}},
		// A U.S. Army garrison by its prefix, in a dateline too.
		{"USAG ZORVA, Japan — Troops met at USAG Tarvo.", []string{"USAG ZORVA", "USAG Tarvo"}},
		// A short form in brackets inside a facility's name; seas in
		// capitals, as a Navy dateline writes them, but not an acronym
		// that spells a mountain range.
		{"Ships sailed to Naval Support Activity (NSA) Tarvo.", []string{"Naval Support Activity (NSA) Tarvo"}},
		{"PHILIPPINE SEA (May 3, 2024) -- Ships sailed; the Advanced Liquid Processing System (ALPS) ran in the SOUTH CHINA SEA.", []string{"PHILIPPINE SEA", "SOUTH CHINA SEA"}},
		// A facility of two words names its place on either side; parks
		// by the kind of park, as "Park" alone is a family name.
		{"Jets left Kelvar Air Station for Naval Station Mirova, then Zorin Naval Station.", []string{"Kelvar Air Station", "Naval Station Mirova", "Zorin Naval Station"}},
		{"They met at Tarvo Memorial Park, Zorva National Park and the Kestrel Parade Ground; H.E. Dr. Park Jin spoke.", []string{"Tarvo Memorial Park", "Zorva National Park", "Kestrel Parade Ground"}},
	})
}

func TestGeneralAgreements(t *testing.T) {
	runLabelCases(t, Agreement, []labelCase{
		// A statement is an agreement only when joint; a title's year
		// after "of" is the title's.
		{"Tarvo Statement on the talks. Commander, Opening Statement. They signed the Joint Statement on Defence and honoured the Kessel Treaty of 1951.", []string{"Joint Statement on Defence", "Kessel Treaty of 1951"}},
		// A treaty's bracketed acronym spelled from its other name, and
		// its head alone after "the" or "this" once named in full.
		{"Parties to the Treaty on the Non-Proliferation of Kessel Arms (NPK) met; the NPK holds. This Treaty, the Treaty says, binds.", []string{"Treaty on the Non-Proliferation of Kessel Arms", "NPK", "NPK", "Treaty", "Treaty"}},
		{"It marks the anniversary of the Japan-Republic of Korea Joint Declaration.", []string{"Japan-Republic of Korea Joint Declaration"}},
		// A title over "X of the" and its year, but not a part of a text
		// nor the kind of a release.
		{"Press Statement\n\nThe 1982 Law of the Tarvo Sea Convention applies under Chapter VII of the Zorva Charter; a Press Statement followed.", []string{"1982 Law of the Tarvo Sea Convention", "Zorva Charter"}},
		// The parties after "between" are no subject: people, or a list
		// that "and" a new phrase goes on; a subject after them is.
		{"They signed an accord between Prime Minister Ivo Tarn and Zorvan, and a peace deal between the government and the rebels.", nil},
		{"He welcomed the agreement between Syrian and Turkish governments on water sharing.", []string{"agreement between Syrian and Turkish governments on water sharing"}},
		// A short form that spells the last words of the title.
		{"They will conclude the Chile-Peru Reciprocal Access Agreement (RAA) soon.", []string{"Chile-Peru Reciprocal Access Agreement", "RAA"}},
		// A title in capitals ends where the capitals do.
		{"They upheld the Convention on the Law of the Sea, freedom of navigation and trade.", []string{"Convention on the Law of the Sea"}},
		{"They ratified the Protocol against the Illicit Trade in Drones.", []string{"Protocol against the Illicit Trade in Drones"}},
		// A subject that opens with a name is no title.
		{"They signed a memorandum on Chile - Peru maritime cooperation.", []string{"memorandum on Chile - Peru maritime cooperation"}},
		// Parties are no subject.
		{"Troops stay under an agreement between Lima and Santiago.", nil},
		// Words joined by "and" before a title's head.
		{"Tarvo applied to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).", []string{"Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "CPTPP"}},
		// A subject before the head, after "the" or the parties; not
		// after "a", nor a modifier that names no subject.
		{"They hailed the bilateral security agreement, the Iran nuclear deal and the Chilean-Peruvian maritime border agreement, not a security treaty or the cooperation agreement.", []string{"bilateral security agreement", "Iran nuclear deal", "maritime border agreement"}},
	})
}

func TestGeneralRanks(t *testing.T) {
	runLabelCases(t, Rank, []labelCase{
		{"Tech. Sgt. Ivo Tarn spoke.", []string{"Tech. Sgt.=Technical Sergeant"}},
		{"Commo. Ivo Tarn and Police Director Ana Ruiz spoke.", []string{"Commo.=Commodore", "Police Director=Police Director"}},
		{"SQNLDR Ivo Tarn and WGCDR Ana Ruiz spoke.", []string{"SQNLDR=Squadron Leader", "WGCDR=Wing Commander"}},
		{"1st Lt. Ivo Tarn spoke.", []string{"1st Lt.=First Lieutenant"}},
		{"Major-General Ivo Tarn spoke.", []string{"Major-General=Major General"}},
		{"Sqn Ldr Ivo Tarn and Wg Cdr Ana Ruiz spoke.", []string{"Sqn Ldr=Squadron Leader", "Wg Cdr=Wing Commander"}},
		{"Rear Admiral (lower half) Ivo Tarn spoke.", []string{"Rear Admiral (lower half)=Rear Admiral (Lower Half)"}},
		{"Chief Warrant Officer 3 Ivo Tarn spoke.", []string{"Chief Warrant Officer 3=Chief Warrant Officer 3"}},
		{"MGen Ivo Tarn spoke.", []string{"MGen=Major General"}},
		{"Company Quartermaster Sergeant Ivo Tarn, Marshal of the Soviet Union Ana Ruiz and Trooper Tom Lee spoke.", []string{"Company Quartermaster Sergeant=Company Quartermaster Sergeant", "Marshal of the Soviet Union=Marshal of the Soviet Union", "Trooper=Trooper"}},
		{"Lt. j.g. Ivo Tarn and CW2 Ana Ruiz and Spec. Tom Lee spoke.", []string{"Lt. j.g.=Lieutenant Junior Grade", "CW2=Chief Warrant Officer 2", "Spec.=Specialist"}},
		// A rank word before an organisation's head is no rank.
		{"The General Office and the Sergeant School said.", nil},
		{"VADM Ivo Tarn and LCDR Ana Ruiz spoke.", []string{"VADM=Vice Admiral", "LCDR=Lieutenant Commander"}},
		// A rank word before another rank is an office.
		{"TNI Commander General Ivo Tarn and Vice Marshal Ana Ruiz spoke.", []string{"General=General", "Vice Marshal=Vice Marshal"}},
		// The Navy's photographers' rates.
		{"(U.S. Navy photo by Chief Mass Communication Specialist Jon Kest)", []string{"Chief Mass Communication Specialist=Chief Mass Communication Specialist"}},
	})
}

func TestSpellsWords(t *testing.T) {
	tests := []struct {
		acronym string
		phrase  []string // in text order; "~" marks a word that may spell nothing
		want    bool
	}{
		{"cmm", []string{"chinese", "militia"}, false},
		{"cmm", []string{"chinese", "maritime", "militia"}, true},
		{"rcoh", []string{"refueling", "complex", "overhaul"}, true},
		{"mcm", []string{"mine", "countermeasures"}, true},
		{"roe", []string{"rules", "~of", "engagement"}, true},
		{"re", []string{"rules", "~of", "engagement"}, true},
		{"loac", []string{"law", "~of", "armed", "conflict"}, true},
		{"xyz", []string{"mine", "countermeasures"}, false},
		{"mcmm", []string{"mine", "countermeasures"}, false},
		{"cnc", []string{"conference"}, false},
		{"aaaaaaaaaaaaaaaaa", []string{"aaaa"}, false},
	}
	for _, tt := range tests {
		words := make([]spellWord, len(tt.phrase))
		for i, w := range tt.phrase {
			optional := strings.HasPrefix(w, "~")
			words[len(words)-1-i] = spellWord{strings.TrimPrefix(w, "~"), optional}
		}
		if got := spellsWords(tt.acronym, words); got != tt.want {
			t.Errorf("spellsWords(%q, %q) = %v, want %v", tt.acronym, tt.phrase, got, tt.want)
		}
	}
}

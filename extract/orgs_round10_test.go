package extract

import "testing"

// TestOrganisationsTenthRound holds the cases of the tenth round's
// organisation rules (docs/decisions.md, "Tenth round (orgs)"), each
// written from the rule with invented names.
func TestOrganisationsTenthRound(t *testing.T) {
	runLabelCases(t, Org, []labelCase{
		// A mission's head alone is no later mention of the body; a
		// commission's still is.
		{"The Zorvik Monitoring Mission met. Later the Mission said it would act.", []string{"Zorvik Monitoring Mission"}},
		{"The Kessa Mission to Tarvo met. Later the Mission’s staff left.", []string{"Kessa Mission"}},
		{"The Zorvik Trade Commission met. Later the Commission said it would act.", []string{"Zorvik Trade Commission", "Commission"}},
		// A body's bracketed short form after its possessive is the
		// body's; a programme's is still no body's.
		{"The Zorvik Navy's (ZN) fleet grew.", []string{"Zorvik Navy", "ZN"}},
		{"The boats of the Kessa Fisheries Agency’s (KFA) patrol left.", []string{"Kessa Fisheries Agency", "KFA"}},
		{"The Tarvo Reform Plan's (TRP) goals grew.", nil},
		// A department or agency named by its function and its country
		// is listed whole: the country is no place of its own there.
		{"Officials said that Transport Canada and Maritime New Zealand met the delegation.", []string{"Transport Canada", "Maritime New Zealand"}},
		{"Geoscience Australia briefed Police Scotland and Health Canada's staff.", []string{"Geoscience Australia", "Police Scotland", "Health Canada"}},
		// An office, a weapon, a civic-action programme or a disease by
		// its acronym is no body; an unknown acronym still is one.
		{"The SRSG and the CJCS met the Zorvik Trade Commission.", []string{"Zorvik Trade Commission"}},
		{"Kessa bought HIMARS launchers and JDAM kits from ZKT.", []string{"ZKT"}},
		{"The MEDCAP and DENTCAP teams treated SARS cases with the KMC.", []string{"KMC"}},
		// The defence department's agencies, field activities and news
		// services are listed as a category in full.
		{"Officials said that the Defense Human Resources Activity and the DoD Education Activity met.", []string{"Defense Human Resources Activity", "DoD Education Activity"}},
		{"Photos were sent to DeCA by the Zorvik Trade Commission.", []string{"DeCA", "Zorvik Trade Commission"}},
		// Multinational missions and forces outside the United Nations
		// are listed with their theatres.
		{"Troops of the International Force East Timor and the ECOWAS Mission in The Gambia met EMASoH staff.", []string{"International Force East Timor", "ECOWAS Mission in The Gambia", "EMASoH"}},
		// Press-release wires are listed, as they stand in datelines.
		{"Kessa Dynamics said on May 2, 2024 /PRNewswire/ that it grew. Tarvo Corp said (Business Wire) that it grew.", []string{"Kessa Dynamics", "PRNewswire", "Tarvo Corp", "Business Wire"}},
		// A place's whole name before "and" is a conjunct of its own, not
		// the first words of the body after it.
		{"It was designated by the United States and Kessa Union.", []string{"Kessa Union"}},
	})
}

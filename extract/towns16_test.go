package extract

import "testing"

// TestArabicSettlementOpeners holds the cases of the words that open a
// settlement's name in Arabic and Hebrew toponymy (loc_patterns.tsv
// `town`; docs/decisions.md, "Sixteenth round (lead)"), written from the
// rule with invented places.
func TestArabicSettlementOpeners(t *testing.T) {
	runLabelCases(t, GPE, []labelCase{
		{"Government troops entered Tell Zamer and Ain Kessa yesterday.", []string{"Tell Zamer", "Ain Kessa"}},
		{"The shelling hit Kafr Tarvo and Deir al-Zorvi overnight.", []string{"Kafr Tarvo", "Deir al-Zorvi"}},
		{"Residents of Beit Hanvar fled north.", []string{"Beit Hanvar"}},
		// An opener that is an English verb, before a person at the
		// sentence's start, opens no place.
		{"Tell Ivo that the talks failed.", nil},
		{"Tell Kessa the truth, the envoy urged.", nil},
		{"Beit Omar residents protested the closure.", []string{"Beit Omar"}},
		{"Tell them to leave.", nil},
	})
}

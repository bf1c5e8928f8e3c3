package extract

import "testing"

func TestListed(t *testing.T) {
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		label            Label
		text             string
		listed, hasLists bool
	}{
		{GPE, "France", true, true},
		{GPE, "Zorbania", false, true},
		{GPE, "France Paris", false, true}, // the whole text must be an entry
		{Org, "United Nations", true, true},
		{Org, "Harbour Council", false, true},
		{Person, "John Zorbanski", true, true}, // a listed given name
		{Person, "Xqa Zorbanski", false, true},
		{Role, "Minister", false, false},
		{Date, "2020", false, false},
	}
	for _, tt := range tests {
		listed, has := p.Listed(tt.label, tt.text)
		if listed != tt.listed || has != tt.hasLists {
			t.Errorf("Listed(%s, %q) = %v, %v; want %v, %v", tt.label, tt.text, listed, has, tt.listed, tt.hasLists)
		}
	}
}

func TestNoNameLists(t *testing.T) {
	p, err := New(Config{NoNameLists: true})
	if err != nil {
		t.Fatal(err)
	}
	if listed, _ := p.Listed(GPE, "France"); listed {
		t.Error("France is listed with the name lists emptied")
	}
	for _, cfg := range []Config{{}, {NoNameLists: true}} {
		p, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := p.Process("d", "Officials from France met.", "")
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			found = found || e.Rule(doc) == "gazetteer:GPE"
		}
		if found == cfg.NoNameLists {
			t.Errorf("NoNameLists %v: gazetteer match %v", cfg.NoNameLists, found)
		}
	}
}

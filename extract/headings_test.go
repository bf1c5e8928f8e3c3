package extract

import "testing"

func TestHeadings(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string // "LABEL text" entities that must (not) be found
	}{
		{"title-case headline verb is no name",
			"Minister Opens Talks With Partners\n\nThe minister met officials in Lisbon on Monday.",
			nil, []string{"PERSON Opens Talks With Partners", "EVENT Opens Talks"}},
		{"headline name cut to what the body repeats",
			"General Varga Visits Troops\n\nGen. Tamas Varga met soldiers. Varga said the unit was ready.",
			[]string{"PERSON Varga"}, []string{"PERSON Varga Visits Troops"}},
		{"all-caps heading words are no acronyms",
			"Plans for the year\n\nKEY TASKS AND MEASURES\n\nThe ministry set out its plans.",
			nil, []string{"ORG KEY", "ORG TASKS"}},
		{"listed place in a headline stands",
			"Navy Ships Arrive In Manila\n\nThe ships docked on Friday.",
			[]string{"GPE Manila"}, nil},
		{"credit line is not a heading",
			"Talks end\n\nThe talks ended.\n\nTranslated by John Carter",
			[]string{"PERSON John Carter"}, nil},
		{"speaker byline is not a heading",
			"Remarks on Kessel\n\nJune 25, 2019\n\nAmbassador Ivo Tarnaks\nActing Permanent Representative\n\nThank you, Madam President.",
			[]string{"PERSON Ivo Tarnaks"}, nil},
		{"a byline goes on to a blank line",
			"Remarks\n\nAmbassador Ivo Tarnaks\nActing Permanent Representative\nU.S. Mission to the United Nations\nNew York, NY\n\nThank you.",
			[]string{"PERSON Ivo Tarnaks", "ORG U.S. Mission to the United Nations", "GPE NY"}, []string{"GPE U.S."}},
		{"a name's line before its office's, or a name and its office after a comma",
			"Statement on Kessel\n\nJanuary 30, 2014\n\nIvo T. Tarnaks\nDeputy Secretary of State\n\nGood afternoon.\n\nPress Statement\n\nAna Zorvik, Department Spokesperson\n\nThe talks ended.",
			[]string{"PERSON Ivo T. Tarnaks", "PERSON Ana Zorvik"}, nil},
		{"headline with a title case small word, a possessive or an event is a heading",
			"Chief Of Defence Force Change Of Command\n\nDeputy Secretary Tarn’s Trilateral Meeting With Partners\n\nThe ceremony was held.",
			nil, []string{"PERSON Change Of", "PERSON Change", "EVENT Trilateral Meeting"}},
		{"a rank of more than one word vouches for the name after it on a heading line",
			"Tarn Visits Kessa\n\nMay 3, 2023\n\nHe met these leaders:\n\nWestern Command Deputy Commander, Brig. Gen. Rumo D. Kesado\n\nWestern Command Commander, Gen. Ivo Tarvik\n\nThe visit ended.",
			[]string{"PERSON Rumo D. Kesado", "PERSON Ivo Tarvik"}, nil},
		{"sentence with a name is not a heading",
			"Defence Secretary Ward Okello spoke in Nairobi.",
			[]string{"PERSON Ward Okello"}, nil},
	}
	p := pipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := p.Process("t", tt.text, "2024-05-06")
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, e := range doc.Entities {
				got[e.Label.String()+" "+doc.SpanText(e)] = true
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("missing %s; have %v", w, got)
				}
			}
			for _, n := range tt.not {
				if got[n] {
					t.Errorf("unwanted %s", n)
				}
			}
		})
	}
}

package extract

import "testing"

// Eighteenth round (LOC, from the lists-off ablation): places that the
// language around them names as LOCs (docs/decisions.md, "Eighteenth
// round (places that are LOC)"), with invented names.

func TestLocEighteenthRoundRegionAfterArticle(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// One or two unknown words after a preposition of place and
		// "the", where they end their phrase, name a region, a sea or a
		// building.
		{"Patrols continued in the Zorvic, officials said.", []string{"Zorvic"}},
		{"The frigate sailed into the Velmar Kessa.", []string{"Velmar Kessa"}},
		{"Ministers met at the Tarvanon on Monday.", []string{"Tarvanon"}},
		// A compass point and a name after the article: a region.
		{"Stability in the South Tarvo matters to all.", nil},
		{"Drills continued in the South Tarvo.", []string{"South Tarvo"}},
		// Not a plural, a compass point alone, a body's or an event's
		// head, nor a state's form.
		{"Aid arrived in the Kessas.", nil},
		{"Fighting raged in the North.", nil},
		{"Soldiers returned to the Brigade.", nil},
		{"Troops trained in the Exercise.", nil},
		{"Talks were held in the Tarvo Republic.", nil},
		// Not a town before its state, nor a name that stands elsewhere
		// without the article, nor one that a plural kind after the
		// next name covers.
		{"Donors met at the Tarvo, Kessa conference.", nil},
		{"Aid reached Pilna from Zorvik. Fighting raged in the Zorvik.", nil},
		{"Fighting raged in the Zorvik.", []string{"Zorvik"}},
		{"Aid arrived in the Zemo Tarvo and Kessa areas.", nil},
		// A listed town's name that opens with "The", in lower case.
		{"The games were held in the Hague.", nil},
		// Not after a word that makes the preposition's object no place
		// (place_cues.tsv's `non-locative-to`: a source).
		{"Ten died, according to the Kessa Beacon.", nil},
		// A form of "be" or a date after the name ends its phrase too;
		// another lower-case word does not.
		{"Stability in the Zorvic is vital.", []string{"Zorvic"}},
		{"The ship patrolled in the Tarvan Aug. 29, 2023.", []string{"Tarvan"}},
		{"Aid from the Orvek led to arrests.", nil},
		// At the text's end.
		{"Troops massed in the Velmar Kessa", []string{"Velmar Kessa"}},
		// Capitalised words after it make a longer name.
		{"He spoke in the Tarvo Velmar Command hall.", nil},
	})
}

func TestLocEighteenthRoundLandformOf(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// A landform's noun before "of" opens a place's name, as "Gulf
		// of" does.
		{"Piracy returned to the Horn of Zorvia last year.", []string{"Horn of Zorvia"}},
		{"Ships crossed the Isthmus of Tarvo.", []string{"Isthmus of Tarvo"}},
		// Lower case, it opens none.
		{"He blew the horn of Tarvo's car.", nil},
	})
}

func TestLocEighteenthRoundNationalLandform(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// "the", a nationality and a lower-case landform's noun name one
		// landform; a date may follow.
		{"Tension rose on the Iberian peninsula, he said.", []string{"Iberian peninsula"}},
		{"Troops entered the Anatolian plateau last year.", []string{"Anatolian plateau"}},
		// Not a coast or an island, which a nationality only places; not
		// after "an", nor where the noun goes on.
		{"Ships sailed off the Somali coast.", nil},
		{"Rebels fled to an Anatolian plateau.", nil},
		{"The Iberian peninsula states met.", nil},
	})
}

func TestLocEighteenthRoundRegionCompoundTitleCase(t *testing.T) {
	runLabelCases(t, Loc, []labelCase{
		// The adjectives between the article and a region's compound may
		// be in Title Case, after an opening quotation mark, and up to
		// five with their commas.
		{"Both seek a Free and Open Indo-Zorvica.", []string{"Indo-Zorvica"}},
		{"Both seek a “Free and Open Indo-Zorvica”.", []string{"Indo-Zorvica"}},
		{"We want a free, open, prosperous, resilient, and secure Indo-Zorvica.", []string{"Indo-Zorvica"}},
		// Capitalised words not joined by "and" are a longer name's, and
		// without an article the compound is no noun.
		{"He praised the Tarvo Indo-Zorvica, officials said.", nil},
		{"He spoke of Free and Open Indo-Zorvica.", nil},
	})
}

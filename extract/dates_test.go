package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsextract/newsextract/rules"
)

// newDateTestStages builds the tokenizer and the date stage as buildStages
// does.
func newDateTestStages(tb testing.TB) (*tokenizer, *dateStage) {
	tb.Helper()
	rs, err := rules.Load(nil)
	if err != nil {
		tb.Fatal(err)
	}
	vocab := newVocabulary(rs.Len())
	tk, err := newTokenizer(rs, vocab)
	if err != nil {
		tb.Fatal(err)
	}
	ds, err := newDateStage(rs, vocab)
	if err != nil {
		tb.Fatal(err)
	}
	return tk, ds
}

// runDates tokenizes text and runs the date stage over it.
func runDates(tb testing.TB, tk *tokenizer, ds *dateStage, text, dct string) *Doc {
	tb.Helper()
	doc := &Doc{Text: text, DCT: dct}
	if err := tk.Process(doc); err != nil {
		tb.Fatal(err)
	}
	if err := ds.Process(doc); err != nil {
		tb.Fatal(err)
	}
	return doc
}

func TestDates(t *testing.T) {
	const dct = "2023-12-19" // a Tuesday
	tests := []struct {
		name, text, dct string
		want            []string // "span=value", in text order
		wantDCT         string   // doc.DCT afterwards, when not dct
	}{
		// Full dates.
		{"month day year", "It happened on December 18, 2023 in Paris.", "", []string{"December 18, 2023=2023-12-18"}, ""},
		{"day month year", "It happened on 18 December 2023.", "", []string{"18 December 2023=2023-12-18"}, ""},
		{"no comma", "It happened on December 18 2023.", "", []string{"December 18 2023=2023-12-18"}, ""},
		{"ordinal day", "Signed on 5th May 2016 in Hanoi.", "", []string{"5th May 2016=2016-05-05"}, ""},
		{"ordinal of", "Signed on the 18th of December 2023.", "", []string{"18th of December 2023=2023-12-18"}, ""},
		{"sept abbreviation", "Since Sept. 11, 2001, the war has changed.", "", []string{"Sept. 11, 2001=2001-09-11"}, ""},
		{"weekday comma", "They met on Tuesday, Dec. 26, 2023.", "", []string{"Tuesday, Dec. 26, 2023=2023-12-26"}, ""},
		{"weekday no year", "On Monday 19 December the council met.", "", []string{"Monday 19 December=XXXX-12-19"}, ""},
		{"weekday abbr", "Talks opened Tue., Dec. 26 in Geneva.", "", []string{"Tue., Dec. 26=XXXX-12-26"}, ""},
		{"day month no year with DCT", "He spoke on 25 June in Sousse.", dct, []string{"25 June=2023-06-25"}, ""},
		{"iso", "The deadline is 2023-12-18.", "", []string{"2023-12-18=2023-12-18"}, ""},
		{"us numeric", "Filed 12/18/2023 in court.", "", []string{"12/18/2023=2023-12-18"}, ""},
		{"european numeric", "Filed 18/12/2023 in court.", "", []string{"18/12/2023=2023-12-18"}, ""},
		// Either order: the document's spelling tells, month first when
		// it does not.
		{"ambiguous numeric", "Filed 05/06/2016 in court.", "", []string{"05/06/2016=2016-05-06"}, ""},
		{"ambiguous numeric, American", "The Defense Department filed 05/06/2016 at the center.", "", []string{"05/06/2016=2016-05-06"}, ""},
		{"ambiguous numeric, British", "The Defence ministry filed 05/06/2016 at the centre.", "", []string{"05/06/2016=2016-06-05"}, ""},
		{"last before a day", "The incident last August 23 and talks next March 4.", dct, []string{"last August 23=2023-08-23", "next March 4=2024-03-04"}, ""},
		{"last before a later day", "The incident last December 20 was studied.", dct, []string{"last December 20=2022-12-20"}, ""},
		{"month of last year", "Talks go back to December of last year and June last year.", dct, []string{"December of last year=2022-12", "June last year=2022-06"}, ""},
		{"number before a blank line", "Marines end Tarvo Storm 24\n\nNov. 3, 2024\n\nThey left.", "", []string{"Nov. 3, 2024=2024-11-03"}, "2024-11-03"},

		// Months.
		{"month year", "since the second dialogue in April 2022, cooperation grew", "", []string{"April 2022=2022-04"}, ""},
		{"month comma year", "inked an agreement in November, 2016, they said", "", []string{"November, 2016=2016-11"}, ""},
		{"may year", "Elections were held in May 2016 and again later.", "", []string{"May 2016=2016-05"}, ""},
		{"march year", "The March 2003 invasion divided them.", "", []string{"March 2003=2003-03"}, ""},
		{"bare month after in", "In February we will bring together world leaders.", "", []string{"February=XXXX-02"}, ""},
		{"bare month after since", "Many have received no aid since June.", "", []string{"June=XXXX-06"}, ""},
		{"bare month with DCT", "No aid has arrived since June.", dct, []string{"June=2023-06"}, ""},
		{"month list", "It was hot in May and June.", "", []string{"May=XXXX-05", "June=XXXX-06"}, ""},
		{"month list with year", "Fighting raged between May and June 2016.", "", []string{"May=2016-05", "June 2016=2016-06"}, ""},
		{"month as name", "June Smith spoke to reporters.", "", nil, ""},
		{"modal may", "The French Government may change, but ties remain.", "", nil, ""},
		{"person may", "Theresa May said the talks went well.", "", nil, ""},
		{"march verb", "Troops march on the capital.", "", nil, ""},
		{"march noun and month", "They march to the border in March.", "", []string{"March=XXXX-03"}, ""},
		{"month abbreviation alone", "He met Jan in the office.", "", nil, ""},

		// Years.
		{"bare year", "Since Vietnam and France set up their cooperation in 1991, the two", "", []string{"1991=1991"}, ""},
		{"year pair", "paid visits to Vietnam in 2010 and 2016, in which", "", []string{"2010=2010", "2016=2016"}, ""},
		{"year list", "also visited Vietnam in 1997, 2002 and 2012.", "", []string{"1997=1997", "2002=2002", "2012=2012"}, ""},
		{"since year", "Since 2013, Vietnam has been a member.", "", []string{"2013=2013"}, ""},
		{"year at sentence end", "the first trip since 1954. Then", "", []string{"1954=1954"}, ""},
		{"year in a title", "the 1982 United Nations Convention on the Law of the Sea", "", []string{"1982=1982"}, ""},
		{"thousands", "More than 1,500 troops were deployed.", "", nil, ""},
		{"resolution", "The council adopted Resolution 2254 today.", "", []string{"today=XXXX-XX-XX"}, ""},
		{"task force and jet", "Task Force 50 flew F-16 jets.", "", nil, ""},
		{"year-like count noun", "Some 2000 troops arrived.", "", nil, ""},
		{"year-like quantity", "It cost about 2000 a month.", "", nil, ""},
		{"year-like compound", "a 2000-strong force", "", nil, ""},
		{"year-like money", "They spent $2000 on it.", "", nil, ""},
		{"out of range", "a total of 2150 was given", "", nil, ""},

		// Ranges.
		{"year range en dash", "the Joint Vision for the 2018 – 2028 period", "", []string{"2018 – 2028=2018/2028"}, ""},
		{"year range hyphen", "cooperation in the 2017-2020 period developed", "", []string{"2017-2020=2017/2020"}, ""},
		{"year range short", "the 2017-18 budget", "", []string{"2017-18=2017/2018"}, ""},
		{"year range slash", "the 2017/2018 season", "", []string{"2017/2018=2017/2018"}, ""},
		{"from to", "It ran from 2015 to 2018 in the north.", "", []string{"2015=2015", "2018=2018"}, ""},
		{"between and", "It ran between 2003 and 2008 in the south.", "", []string{"2003=2003", "2008=2008"}, ""},
		{"day range month first", "The forum meets on November 22-23.", "", []string{"November 22-23=XXXX-11-22/XXXX-11-23"}, ""},
		{"day range day first", "visited Peru from 5-6 April 2016.", "", []string{"5-6 April 2016=2016-04-05/2016-04-06"}, ""},
		{"day range spaced", "The forum met on November 16 - 17.", "", []string{"November 16 - 17=XXXX-11-16/XXXX-11-17"}, ""},
		{"month range", "from December 2016 - January 2017 it rained", "", []string{"December 2016 - January 2017=2016-12/2017-01"}, ""},
		{"cross-month day range", "from 30 November - 2 December 2016 in Lima", "", []string{"30 November - 2 December 2016=2016-11-30/2016-12-02"}, ""},
		{"backwards range", "in 2016 - 2010 was worse", "", []string{"2016=2016", "2010=2010"}, ""},

		// Parts of years and decades.
		{"season of year", "It was finished in the summer of 2017.", "", []string{"summer of 2017=2017-SU"}, ""},
		{"season year", "It was finished in spring 2016.", "", []string{"spring 2016=2016-SP"}, ""},
		{"season not date", "after the fall of Saigon", "", nil, ""},
		{"quarter", "Sales fell in the third quarter of 2023.", "", []string{"third quarter of 2023=2023-Q3"}, ""},
		{"quarter code", "Sales fell in Q3 2023.", "", []string{"Q3 2023=2023-Q3"}, ""},
		{"half", "in the first half of 2017 fighting grew", "", []string{"first half of 2017=2017-H1"}, ""},
		{"half of next year", "in the second half of next year", dct, []string{"second half of next year=2024-H2"}, ""},
		{"late year", "The ship arrives in late 2016.", "", []string{"late 2016=2016"}, ""},
		{"mid year", "The ship arrives in mid-2017.", "", []string{"mid-2017=2017"}, ""},
		{"early month", "The ship arrives in early June.", "", []string{"early June=XXXX-06"}, ""},
		{"early next year", "The ship arrives early next year.", dct, []string{"early next year=2024"}, ""},
		{"last summer", "The ship arrived last summer.", dct, []string{"last summer=2022-SU"}, ""},
		{"decade", "in the 1990s the two countries", "", []string{"1990s=199"}, ""},
		{"decade apostrophe", "in the 1990's the two countries", "", []string{"1990's=199"}, ""},
		{"late decade", "in the late 1990s the two countries", "", []string{"late 1990s=199"}, ""},

		// Weekdays.
		{"weekday alone", "in the early hours of Sunday morning in Karrada", "", []string{"Sunday=XXXX-WXX-7"}, ""},
		{"weekday with DCT", "The attack came on Sunday.", dct, []string{"Sunday=2023-12-17"}, ""},
		{"next weekday", "They meet next Monday.", dct, []string{"next Monday=2023-12-25"}, ""},
		{"last weekday", "They met last Monday.", "2023-12-18", []string{"last Monday=2023-12-11"}, ""},
		{"lower-case weekday", "a sunday school", "", nil, ""},

		// Relative to the time of writing.
		{"today", "Speaking today, Mr Ellwood said", "", []string{"today=XXXX-XX-XX"}, ""},
		{"today DCT", "Speaking today, Mr Ellwood said", dct, []string{"today=2023-12-19"}, ""},
		{"yesterday possessive", "I hope that yesterday’s agreement holds.", dct, []string{"yesterday=2023-12-18"}, ""},
		{"tomorrow", "They will vote tomorrow.", dct, []string{"tomorrow=2023-12-20"}, ""},
		{"earlier today", "met Sergei Lavrov earlier today on the margins", "", []string{"earlier today=XXXX-XX-XX"}, ""},
		{"today apposition", "The UN updated members today (23 December) that", "", []string{"today=XXXX-12-23", "23 December=XXXX-12-23"}, ""},
		{"next year", "the defence industry expo next year in Vietnam", dct, []string{"next year=2024"}, ""},
		{"last year no anchor", "But last year just 10 per cent of convoys arrived.", "", []string{"last year=XXXX"}, ""},
		{"last month", "It opened last month.", dct, []string{"last month=2023-11"}, ""},
		{"this week", "It opens this week.", "", []string{"this week=XXXX-WXX"}, ""},
		{"this week DCT", "It opens this week.", dct, []string{"this week=2023-W51"}, ""},
		{"this weekend", "It opens this weekend.", "", []string{"this weekend=XXXX-WXX-WE"}, ""},
		{"over the weekend", "Over the weekend they met. The weekend plan works.", dct, []string{"weekend=2023-W50-WE"}, ""},
		{"at the weekend", "Talks will resume at the weekend.", dct, []string{"weekend=2023-W51-WE"}, ""},
		{"this past and coming", "This past Friday they met; the court rules by this coming Friday on what happened this past weekend.", dct, []string{"This past Friday=2023-12-15", "this coming Friday=2023-12-22", "this past weekend=2023-W50-WE"}, ""},
		{"this past without a day", "It was the worst this past decade.", dct, nil, ""},
		{"two days with and", "They met on May 9 and 10, and again on June 3 and 12.", dct, []string{"May 9 and 10=2023-05-09/2023-05-10", "June 3=2023-06-03"}, ""},
		{"fourth of july", "He was born on the Fourth of July.", dct, []string{"Fourth of July=2023-07-04"}, ""},
		{"class of a year", "He is a member of the PMA Class of 1986, since 1986.", dct, []string{"1986=1986"}, ""},
		{"last week capitalised", "Last week, we also announced aid.", "", []string{"Last week=XXXX-WXX"}, ""},
		{"a year ago", "A year ago, the UK's armed forces helped.", "", []string{"A year ago=XXXX"}, ""},
		{"a year ago DCT", "A year ago, the UK's armed forces helped.", dct, []string{"A year ago=2022"}, ""},
		{"days ago", "It fell three days ago.", dct, []string{"three days ago=2023-12-16"}, ""},
		{"end of the period", "It will expire at the end of the current fiscal year.", "", []string{"end of the current fiscal year=XXXX"}, ""},
		{"earlier in the period", "They met earlier in the week and rose earlier in the year; later in the day it fell.", dct, []string{"earlier in the week=2023-W51", "earlier in the year=2023"}, ""},
		{"beginning of the year", "Dangers appeared at the beginning of the year; at the end of the day it failed.", dct, []string{"beginning of the year=2023"}, ""},
		{"qualified count ago", "It fell nearly three days ago and rose more than a year ago, exactly two years ago.", dct, []string{"nearly three days ago=2023-12-16", "more than a year ago=2022", "exactly two years ago=2021"}, ""},
		{"two qualifiers of a count", "It began just under a year ago and ended just over two months ago.", dct, []string{"just under a year ago=2022", "just over two months ago=2023-10"}, ""},
		{"an adverb before a count", "The team played well two weeks ago.", dct, []string{"two weeks ago=2023-W49"}, ""},
		{"earlier this month", "It fell earlier this month.", dct, []string{"earlier this month=2023-12"}, ""},

		// Relative to the narrative.
		{"years later", "the visit to France in 2018 and the Prime Minister's visit to Vietnam two years later.", "", []string{"2018=2018", "two years later=2020"}, ""},
		{"same day", "Chien on December 19 met Miralles.\n\nOn the same day, the delegation visited Airbus.", dct, []string{"December 19=2023-12-19", "same day=2023-12-19"}, ""},
		{"following day", "They arrived on December 19. The following day they left.", "", []string{"December 19=XXXX-12-19", "following day=XXXX-12-20"}, ""},
		{"next day", "They arrived on 31 December 2016. The next day they left.", "", []string{"31 December 2016=2016-12-31", "next day=2017-01-01"}, ""},
		{"following year", "It was founded in 2016 and grew the following year.", "", []string{"2016=2016", "following year=2017"}, ""},
		{"year later in sentence", "visited Chile on 4 April and Peru from 5-6 April 2016.", "", []string{"4 April=2016-04-04", "5-6 April 2016=2016-04-05/2016-04-06"}, ""},
		{"year in event name", "They met on 3 March for the 2016 UK-France Summit at Amiens.", "", []string{"3 March=2016-03-03", "2016=2016"}, ""},
		{"last year from paragraph", "They met on 3 March for the 2016 summit. It is the first since last year’s attacks.", "", []string{"3 March=2016-03-03", "2016=2016", "last year=2015"}, ""},
		{"year from earlier paragraph not used", "It began in 2016.\nOn 3 March they met.", "", []string{"2016=2016", "3 March=XXXX-03-03"}, ""},

		// Not dates.
		{"anniversary", "marking the 50th anniversary of relations", "", nil, ""},
		{"times of day", "The raid began at 10:30 overnight.", "", nil, ""},
		{"frequency", "France annually sends its warships.", "", nil, ""},
		{"vague", "over the past time, and in recent days", "", nil, ""},
		{"duration", "over the past 30 years and 10 years of partnership", "", nil, ""},
		{"past months", "in the past three months", "", nil, ""},
		{"the last year", "Over the last year the fund grew.", "", nil, ""},
		{"over the next year", "over the next year the fund will grow", "", nil, ""},
		{"count without suffix", "over a week after the video; one day Gbagbo will go; after 2 years of war", "", nil, ""},

		// Datelines.
		{"dateline word", "date 2023-12-19 Paris (VNA) - The dialogue was held in Paris on December 18.", "",
			[]string{"2023-12-19=2023-12-19", "December 18=2023-12-18"}, "2023-12-19"},
		{"dateline reuters", "PARIS, Dec. 18 (Reuters) - Talks began.", "", []string{"Dec. 18=XXXX-12-18"}, ""},
		{"dateline long", "December 19, 2023 — The talks ended yesterday.", "",
			[]string{"December 19, 2023=2023-12-19", "yesterday=2023-12-18"}, "2023-12-19"},
		{"dateline alone on a line", "2023-12-19\nThe talks ended yesterday.", "",
			[]string{"2023-12-19=2023-12-19", "yesterday=2023-12-18"}, "2023-12-19"},
		{"dateline caller wins", "date 2020-01-01 The talks ended yesterday.", dct,
			[]string{"2020-01-01=2020-01-01", "yesterday=2023-12-18"}, ""},
		{"not a dateline", "The talks began on December 19, 2023 and ended.", "",
			[]string{"December 19, 2023=2023-12-19"}, ""},
	}
	tk, ds := newDateTestStages(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runDates(t, tk, ds, tt.text, tt.dct)
			var got []string
			for _, c := range doc.Candidates {
				if c.Label == Date {
					got = append(got, doc.SpanText(c)+"="+c.Value(doc))
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
			wantDCT := tt.wantDCT
			if wantDCT == "" {
				wantDCT = tt.dct
			}
			if doc.DCT != wantDCT {
				t.Errorf("%q: DCT %q, want %q", tt.text, doc.DCT, wantDCT)
			}
		})
	}
}

// TestDateSpans checks the Span fields of one date in multibyte text.
func TestDateSpans(t *testing.T) {
	tk, ds := newDateTestStages(t)
	text := "Hà Nội, in the 2018 – 2028 period."
	doc := runDates(t, tk, ds, text, "")
	start := strings.Index(text, "2018")
	want := Span{
		Start: uint32(start), End: uint32(start + len("2018 – 2028")), TokStart: 5, TokEnd: 8,
		Label: Date, Priority: PriorityGrammar, Anchor: AnchorText,
	}
	doc.SetRule(&want, "date:range")
	if len(doc.Candidates) != 1 {
		t.Fatalf("got %+v, want one date", doc.Candidates)
	}
	got := doc.Candidates[0]
	if v := got.Value(doc); v != "2018/2028" {
		t.Errorf("value %q, want 2018/2028", v)
	}
	got.value = 0
	if got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// seedTexts reads the seed documents.
func seedTexts(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed files: %v", err)
	}
	texts := make([]string, len(files))
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts[i] = string(b)
	}
	return texts
}

func FuzzDates(f *testing.F) {
	for _, s := range seedTexts(f) {
		f.Add(s)
	}
	for _, s := range []string{
		"date 2023-12-19 x", "PARIS, Dec. 18 (Reuters) -", "5-6 April 2016", "mid-", "the 1990'",
		"November 16 -", "today (", "12/18/", "2017-", "Q3 of", "early", "1990s", "Monday,",
		"third-", "the year-", "year-ago", "the 1988", "last", "that", "nineteen ninety-", "year two thousand and",
		"Christmas", "New Year's", "Easter week", "the week of", "this year's", "fiscal-", "as soon as", "since",
	} {
		f.Add(s)
	}
	tk, ds := newDateTestStages(f)
	f.Fuzz(func(t *testing.T, text string) {
		if CheckText(text) != nil {
			return
		}
		doc := runDates(t, tk, ds, text, "")
		for _, c := range doc.Candidates {
			if int(c.End) > len(text) || c.Start >= c.End ||
				c.TokStart < 0 || c.TokEnd > len(doc.Tokens) || c.TokStart >= c.TokEnd {
				t.Fatalf("span out of bounds: %+v", c)
			}
			r, _ := utf8.DecodeRuneInString(text[c.Start:])
			l, _ := utf8.DecodeLastRuneInString(text[:c.End])
			if isSpace(r) || isSpace(l) {
				t.Fatalf("span %q starts or ends on whitespace", text[c.Start:c.End])
			}
			if c.Value(doc) == "" || c.Label != Date {
				t.Fatalf("span %q: label %s, value %q", text[c.Start:c.End], c.Label, c.Value(doc))
			}
		}
		if doc.DCT != "" && len(doc.DCT) != len("2006-01-02") {
			t.Fatalf("DCT %q", doc.DCT)
		}
	})
}

func BenchmarkDateStage(b *testing.B) {
	tk, ds := newDateTestStages(b)
	var docs []*Doc
	size := 0
	for _, text := range seedTexts(b) {
		doc := &Doc{Text: text}
		if err := tk.Process(doc); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
		size += len(text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, doc := range docs {
			doc.Candidates, doc.DCT = doc.Candidates[:0], ""
			if err := ds.Process(doc); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestDatelineAfterHeadline(t *testing.T) {
	for _, c := range []struct{ text, dct string }{
		{"Peacekeepers honoured\n\nBentiu, South Sudan, Jan. 5, 2024 - The unit was awarded medals.", "2024-01-05"},
		{"Talks held\n\n19 December 2016 - Ministers met.", "2016-12-19"},
		{"Talks held\nin the capital\n\n19 December 2016 - Ministers met.", ""},
		{"Ministers met in Paris.\n\nThey agreed on 19 December 2016 - a date.", ""},
	} {
		doc, err := pipeline(t).Process("t", c.text, "")
		if err != nil {
			t.Fatal(err)
		}
		if doc.DCT != c.dct {
			t.Errorf("DCT of %q = %q, want %q", c.text, doc.DCT, c.dct)
		}
	}
}

// TestNonEmptyLines checks the count of the lines a line break ends that
// hold more than white space, up to a bound.
func TestNonEmptyLines(t *testing.T) {
	for _, tt := range []struct {
		s          string
		most, want int
	}{
		{"", 2, 0},
		{"one line, no break", 2, 0},
		{"Headline\n\nParis, ", 2, 1},
		{"Headline\n \t\n\u00a0\nParis, ", 2, 1},
		{"a\nb\nc\nd", 2, 2},
		{"a\nb\nc\nd", 5, 3},
		{"\n\n\n", 2, 0},
	} {
		if got := nonEmptyLines(tt.s, tt.most); got != tt.want {
			t.Errorf("nonEmptyLines(%q, %d) = %d, want %d", tt.s, tt.most, got, tt.want)
		}
		if lines := strings.Split(tt.s, "\n"); tt.want < tt.most && nonEmpty(lines[:len(lines)-1]) != tt.want {
			t.Errorf("%q: nonEmpty says %d", tt.s, nonEmpty(lines[:len(lines)-1]))
		}
	}
}

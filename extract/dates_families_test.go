package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// dateCase is one invented sentence for a rule family: the dates it holds
// as "span=value" in text order, and optionally their anchors.
type dateCase struct {
	name, text, dct string
	want            []string
	anchors         []Anchor
}

// runDateCases runs the date stage over each case.
func runDateCases(t *testing.T, cases []dateCase) {
	t.Helper()
	tk, ds := newDateTestStages(t)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			doc := runDates(t, tk, ds, tt.text, tt.dct)
			var got []string
			var anchors []Anchor
			for _, c := range doc.Candidates {
				if c.Label == Date {
					got = append(got, doc.SpanText(c)+"="+c.Value(doc))
					anchors = append(anchors, c.Anchor)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
			if tt.anchors != nil && !slices.Equal(anchors, tt.anchors) {
				t.Errorf("%q: anchors %v, want %v", tt.text, anchors, tt.anchors)
			}
		})
	}
}

func TestDateQuarters(t *testing.T) {
	const dct = "2023-11-02"
	runDateCases(t, []dateCase{
		{"hyphenated quarter", "Acme posted a third-quarter loss.", dct, []string{"third-quarter=2023-Q3"}, nil},
		{"quarter without year", "Profit rose in the second quarter.", dct, []string{"second quarter=2023-Q2"}, nil},
		{"quarter before an amount", "It lost money in the fourth quarter of $5 million.", dct, []string{"fourth quarter=2023-Q4"}, nil},
		{"quarter of a match", "He scored in the first quarter of the game.", dct, nil, nil},
		{"latest quarter", "Sales in the latest quarter fell.", dct, []string{"latest quarter=2023-Q3"}, nil},
		{"current quarter", "Sales in the current quarter will rise.", dct, []string{"current quarter=2023-Q4"}, nil},
		{"this quarter", "Sales will rise this quarter.", dct, []string{"this quarter=2023-Q4"}, nil},
		{"the quarter after a quarter", "Net rose in the third quarter. Costs fell during the quarter.", dct,
			[]string{"third quarter=2023-Q3", "quarter=2023-Q3"}, nil},
		{"year-ago quarter", "Net rose in the second quarter. In the year-ago quarter it fell.", dct,
			[]string{"second quarter=2023-Q2", "year-ago quarter=2022-Q2"}, nil},
		{"year-earlier numbered quarter", "In the year-earlier first quarter, it fell.", dct,
			[]string{"year-earlier first quarter=2022-Q1"}, nil},
		{"a year earlier after a quarter", "Net rose in the third quarter from $2 million a year earlier.", dct,
			[]string{"third quarter=2023-Q3", "a year earlier=2022-Q3"}, nil},
		{"a year earlier without a quarter", "Prices rose from a year earlier.", dct, []string{"a year earlier=2022"}, nil},
		{"this year's quarter", "Sales for this year's first quarter rose.", dct, []string{"this year's first quarter=2023-Q1"}, nil},
		{"next year's half", "It opens in next year's second half.", dct, []string{"next year's second half=2024-H2"}, nil},
		{"year then quarter", "It lost money in the 2021 third quarter.", dct, []string{"2021 third quarter=2021-Q3"}, nil},
		{"year then period", "Net rose in the third quarter. In the 2022 period it fell.", dct,
			[]string{"third quarter=2023-Q3", "2022 period=2022-Q3"}, nil},
		{"that quarter", "Net rose in the third quarter of 2021. Results for that quarter included a gain.", dct,
			[]string{"third quarter of 2021=2021-Q3", "that quarter=2021-Q3"}, nil},
		{"fiscal year number", "In fiscal 2024, the company earned more.", dct, []string{"fiscal 2024=2024"}, nil},
		{"fiscal year abbreviated", "The budget for FY 2020 passed.", dct, []string{"FY 2020=2020"}, nil},
		{"dotted month first", "Crews landed 06.26.2023 in Sweden.", dct, []string{"06.26.2023=2023-06-26"}, nil},
		{"dotted day first", "Crews landed 26.06.2023 in Sweden.", dct, []string{"26.06.2023=2023-06-26"}, nil},
		{"year and month", "Exercise report 2021/03 is out.", dct, []string{"2021/03=2021-03"}, nil},
		{"a span of days with to", "It runs Sept. 21 to 28 in Hanoi.", dct, []string{"Sept. 21 to 28=2023-09-21/2023-09-28"}, nil},
		{"a span of days before the month", "It ran from 15 to 28 February 2016.", dct, []string{"15 to 28 February 2016=2016-02-15/2016-02-28"}, nil},
		{"a count after a span is no day", "They sent March 3 to 5 observers.", dct, []string{"March 3=2023-03-03"}, nil},
		{"end of a month", "She visits at the end of March. The end of the war came.", dct, []string{"end of March=2023-03"}, nil},
		{"day of the month before", "They met on July 24. Also on the 26th, they sailed. He came on the 3rd floor.", dct,
			[]string{"July 24=2023-07-24", "26th=2023-07-26"}, nil},
		{"fiscal quarter", "Net rose in the fiscal second quarter.", dct, []string{"fiscal second quarter=2023-Q2"}, nil},
		{"current fiscal year", "Sales in the current fiscal year will rise.", dct, []string{"current fiscal year=2023"}, nil},
		{"latest fiscal year", "Sales in the latest fiscal year rose.", dct, []string{"latest fiscal year=2022"}, nil},
		{"full year", "It expects a gain for the full year.", dct, []string{"full year=2023"}, nil},
		{"fiscal year", "Earnings will fall for the fiscal year.", dct, []string{"fiscal year=2023"}, nil},
		{"the year is vague", "It expects a gain in the year.", dct, nil, nil},
		{"year-end", "The deal should close by year-end.", dct, []string{"year-end=2023"}, nil},
		{"topic quarter over a contrast quarter", "Acme posted third-quarter gains. After a weak second quarter, costs fell. In the year-earlier period, it lost money.", dct,
			[]string{"third-quarter=2023-Q3", "second quarter=2023-Q2", "year-earlier period=2022-Q3"}, nil},
		{"year then period after a contrast quarter", "Net rose in the third quarter. A slow second quarter hurt. In the 2022 period it fell.", dct,
			[]string{"third quarter=2023-Q3", "second quarter=2023-Q2", "2022 period=2022-Q3"}, nil},
		{"last year's quarter", "Net rose in the third quarter. Exports in last year's quarter were small.", dct,
			[]string{"third quarter=2023-Q3", "last year=2022-Q3"}, nil},
		{"the same period last year", "Net rose in the third quarter, against a loss in the same period last year.", dct,
			[]string{"third quarter=2023-Q3", "last year=2022-Q3"}, nil},
		{"the quarter ended a day", "Sales fell in the quarter ended July 31.", dct,
			[]string{"quarter=2023-Q2", "July 31=2023-07-31"}, nil},
		{"the latest quarter ended a day", "Sales fell in the latest quarter ending Oct. 1.", dct,
			[]string{"latest quarter=2023-Q3", "Oct. 1=2023-10-01"}, nil},
		{"a numbered quarter keeps its number", "Sales fell in the fourth quarter ended Aug. 26.", dct,
			[]string{"fourth quarter=2023-Q4", "Aug. 26=2023-08-26"}, nil},
		{"a year ago after the quarter's end day", "Net rose in the first quarter ended Sept. 30. It lost money a year ago.", dct,
			[]string{"first quarter=2023-Q1", "Sept. 30=2023-09-30", "a year ago=2022-Q1"}, nil},
		{"a year ago after a day of its own", "Net rose in the first quarter. The plant shut on Sept. 30, a year ago.", dct,
			[]string{"first quarter=2023-Q1", "Sept. 30=2023-09-30", "a year ago=2022"}, nil},
		{"last year without a period", "Net rose in the third quarter. Prices have doubled since last year.", dct,
			[]string{"third quarter=2023-Q3", "last year=2022"}, nil},
	})
}

func TestDateYearsInWords(t *testing.T) {
	runDateCases(t, []dateCase{
		{"nineteen ninety-six", "In nineteen ninety-six the bomb went off.", "", []string{"nineteen ninety-six=1996"}, nil},
		{"month and year in words", "January nineteen ninety-seven was cold.", "", []string{"January nineteen ninety-seven=1997-01"}, nil},
		{"twenty twelve", "It ended in twenty twelve.", "", []string{"twenty twelve=2012"}, nil},
		{"year two thousand", "By the year two thousand it was over.", "", []string{"two thousand=2000"}, nil},
		{"year two thousand and one", "In the year two thousand and one it began.", "", []string{"two thousand and one=2001"}, nil},
		{"a count, not a year", "Nineteen people and two thousand troops came.", "", nil, nil},
		{"a count of years", "nineteen twenty-somethings came", "", nil, nil},
	})
}

func TestDateHolidays(t *testing.T) {
	runDateCases(t, []dateCase{
		{"fixed day ahead", "The ceasefire will hold over Christmas Day.", "2023-12-19", []string{"Christmas Day=2023-12-25"}, nil},
		{"computed day last year", "He was rescued on Thanksgiving Day.", "2024-01-10", []string{"Thanksgiving Day=2023-11-23"}, nil},
		{"with a year", "It reopened at Easter 2024.", "", []string{"Easter 2024=2024-03-31"}, nil},
		{"from Easter, future", "They will march on Good Friday.", "2024-02-01", []string{"Good Friday=2024-03-29"}, nil},
		{"last holiday", "He arrived last Thanksgiving.", "2024-02-01", []string{"last Thanksgiving=2023-11-23"}, nil},
		{"last Monday of May", "Parades marked Memorial Day.", "2024-06-01", []string{"Memorial Day=2024-05-27"}, nil},
		{"first Monday of September", "Workers rested on Labor Day.", "2023-09-10", []string{"Labor Day=2023-09-04"}, nil},
		{"possessive name", "They met on New Year's Day.", "2024-01-03", []string{"New Year's Day=2024-01-01"}, nil},
		{"no DCT", "They met on Christmas Eve.", "", []string{"Christmas Eve=XXXX-12-24"}, nil},
		{"lower case", "a christmas tree", "", nil, nil},
		{"holiday week", "Crowds gathered as Easter week began.", "2024-03-27", []string{"Easter week=2024-W13"}, nil},
		{"fiscal year and quarter", "Spending for fiscal year 2023 rose; output fell in the first quarter of fiscal 2024.", "2024-12-01", []string{"fiscal year 2023=2023", "first quarter of fiscal 2024=2024-Q1"}, nil},
		{"days of remembrance", "Veterans marched on Anzac Day and on Remembrance Sunday.", "2024-12-01", []string{"Anzac Day=2024-04-25", "Remembrance Sunday=2024-11-10"}, nil},
		{"national days", "Parades marked Victory Day; Defender of the Fatherland Day followed.", "2024-05-10", []string{"Victory Day=2024-05-09", "Defender of the Fatherland Day=2024-02-23"}, nil},
	})
}

func TestDateCompounds(t *testing.T) {
	const dct = "2023-12-19" // a Tuesday
	runDateCases(t, []dateCase{
		{"month last year", "Talks broke down in June last year.", dct, []string{"June last year=2022-06"}, nil},
		{"month this year", "In January this year, talks resumed.", dct, []string{"January this year=2023-01"}, nil},
		{"month next year", "They will meet in April next year.", dct, []string{"April next year=2024-04"}, nil},
		{"last month name", "The deal was signed last May.", dct, []string{"last May=2023-05"}, nil},
		{"last month name just past", "The deal was signed last November.", dct, []string{"last November=2022-11"}, nil},
		{"this month name", "The vote is this September.", "2023-06-01", []string{"this September=2023-09"}, nil},
		{"next month name", "The vote is next March.", dct, []string{"next March=2024-03"}, nil},
		{"late last month name", "It began late last July.", dct, []string{"late last July=2023-07"}, nil},
		{"week of a day", "The hearing is set for the week of March 6, 2024.", dct, []string{"week of March 6, 2024=2024-W10"}, nil},
		{"previous weekday", "They met on December 15, 2023. The previous Friday they had argued.", dct,
			[]string{"December 15, 2023=2023-12-15", "previous Friday=2023-12-08"}, nil},
		{"following weekday", "They met on December 15, 2023 and again the following Monday.", dct,
			[]string{"December 15, 2023=2023-12-15", "following Monday=2023-12-18"}, nil},
		{"next morning", "They arrived on December 15, 2023. The next morning they left.", dct,
			[]string{"December 15, 2023=2023-12-15", "next morning=2023-12-16"}, nil},
		{"that year", "The war began in 2016. That year, trade fell.", dct, []string{"2016=2016", "That year=2016"}, nil},
		{"later that year", "The war began in 2016 and ended later that year.", dct, []string{"2016=2016", "later that year=2016"}, nil},
		{"the past year", "Attacks rose in the past year.", dct, []string{"past year=2022"}, nil},
		{"over the past year", "Attacks rose over the past year.", dct, nil, nil},
		{"season after the", "Fighting slowed over the summer.", dct, []string{"summer=2023-SU"}, nil},
		{"fall of a city", "after the fall of Mosul", dct, nil, nil},
		{"season as a modifier", "at the end of summer training", dct, nil, nil},
		{"last month name and day", "It opened last June 15, 2018.", dct, []string{"June 15, 2018=2018-06-15"}, nil},
		{"for a month", "Turnover for October rose.", dct, []string{"October=2023-10"}, nil},
		{"for May the person", "Voters opted for May in the end.", dct, nil, nil},
	})
}

func TestDateChains(t *testing.T) {
	runDateCases(t, []dateCase{
		{"year shift from the text's date, not a chain",
			"It began in 2016. Two years later it grew. A year earlier it had shrunk.", "2023-12-19",
			[]string{"2016=2016", "Two years later=2018", "A year earlier=2015"},
			[]Anchor{AnchorText, AnchorDate, AnchorDate}},
		{"year shift with nothing before it counts from the DCT",
			"A year earlier it had shrunk.", "2023-12-19",
			[]string{"A year earlier=2022"}, []Anchor{AnchorDCT}},
		{"days may follow a chain",
			"They met on 3 May 2016. Two days later they left. The same day they landed.", "",
			[]string{"3 May 2016=2016-05-03", "Two days later=2016-05-05", "same day=2016-05-05"}, nil},
	})
}

// TestDateAnchoring checks each anchoring decision: a yearless month and a
// bare weekday in a sentence of the past, of the future, and with no cue,
// with and without a DCT.
func TestDateAnchoring(t *testing.T) {
	runDateCases(t, []dateCase{
		{"past month more than three months ahead is last year's",
			"The rebels attacked the base in November.", "2023-02-10",
			[]string{"November=2022-11"}, []Anchor{AnchorTense}},
		{"past month within three months ahead stays",
			"The rebels attacked the base in April.", "2023-02-10",
			[]string{"April=2023-04"}, []Anchor{AnchorDCT}},
		{"future month before the DCT is next year's",
			"The summit will open in January.", "2023-11-10",
			[]string{"January=2024-01"}, []Anchor{AnchorTense}},
		{"future month after the DCT stays",
			"The summit will open in December.", "2023-11-10",
			[]string{"December=2023-12"}, []Anchor{AnchorDCT}},
		{"no cue: month before the DCT stays",
			"The report is on prices in March.", "2023-05-10",
			[]string{"March=2023-03"}, []Anchor{AnchorDCT}},
		{"no cue: month far ahead is last year's",
			"The report is on prices in October.", "2023-05-10",
			[]string{"October=2022-10"}, []Anchor{AnchorTense}},
		{"since is past", "The ship has patrolled since March and is scheduled to return.", "1990-08-13",
			[]string{"March=1990-03"}, []Anchor{AnchorDCT}},
		{"past day", "The convoy was hit on Nov. 25, officials said.", "2024-01-07",
			[]string{"Nov. 25=2023-11-25"}, []Anchor{AnchorTense}},
		{"no DCT", "The rebels attacked the base in November.", "",
			[]string{"November=XXXX-11"}, []Anchor{AnchorNone}},
		{"year in the sentence", "They met on 4 April and again on 5 May 2016.", "2023-12-19",
			[]string{"4 April=2016-04-04", "5 May 2016=2016-05-05"}, []Anchor{AnchorDate, AnchorText}},
		{"past year in the sentence, future cue", "Having joined in July 1997, it will host the summit on March 12.", "1999-02-27",
			[]string{"July 1997=1997-07", "March 12=1999-03-12"}, []Anchor{AnchorText, AnchorDCT}},
		{"weekday past", "The minister said Friday that talks failed.", "2023-12-19",
			[]string{"Friday=2023-12-15"}, []Anchor{AnchorTense}},
		{"weekday future", "The ministers will meet on Friday.", "2023-12-19",
			[]string{"Friday=2023-12-22"}, []Anchor{AnchorTense}},
		{"weekday future after", "On Friday the council will vote.", "2023-12-19",
			[]string{"Friday=2023-12-22"}, []Anchor{AnchorTense}},
		{"weekday future passive", "The flag will be raised on Monday.", "2023-12-19",
			[]string{"Monday=2023-12-25"}, nil},
		{"weekday as soon as", "He could leave as soon as Thursday.", "2023-12-19",
			[]string{"Thursday=2023-12-21"}, nil},
		{"weekday planned", "The team planned to leave on Thursday.", "2023-12-19",
			[]string{"Thursday=2023-12-21"}, nil},
		{"weekday set to", "Talks are set to resume Monday.", "2023-12-19",
			[]string{"Monday=2023-12-25"}, nil},
		{"weekday planned with an object", "Farmers planned a march on Thursday.", "2023-12-19",
			[]string{"Thursday=2023-12-21"}, nil},
		{"weekday planned as a participle", "A parade planned for Sunday was called off.", "2023-12-19",
			[]string{"Sunday=2023-12-17"}, nil},
		{"weekday plans as a noun", "On Monday, when she dropped her travel plans, the talks ended.", "2023-12-19",
			[]string{"Monday=2023-12-18"}, nil},
		{"future cue, far year in the sentence", "The firm will repay on Oct. 3 its notes due May 1, 2031.", "2023-09-12",
			[]string{"Oct. 3=2023-10-03", "May 1, 2031=2031-05-01"}, []Anchor{AnchorDCT, AnchorText}},
		{"future cue, next year in the sentence", "The firm will repay on Jan. 3 its notes due May 1, 2024.", "2023-09-12",
			[]string{"Jan. 3=2024-01-03", "May 1, 2024=2024-05-01"}, []Anchor{AnchorDate, AnchorText}},
		{"weekday no cue counts back", "Fighting on Sunday.", "2023-12-19",
			[]string{"Sunday=2023-12-17"}, []Anchor{AnchorTense}},
		{"weekday no DCT", "Fighting on Sunday.", "",
			[]string{"Sunday=XXXX-WXX-7"}, []Anchor{AnchorNone}},
		{"the day before a weekday", "The day before last Tuesday's vote, he resigned.", "2023-12-21",
			[]string{"day before last Tuesday=2023-12-18"}, nil},
		{"the day after a holiday", "Shops reopened the day after Christmas Day 2022.", "2023-12-21",
			[]string{"day after Christmas Day 2022=2022-12-26"}, nil},
		{"the day before yesterday", "He left the day before yesterday.", "2023-03-01",
			[]string{"day before yesterday=2023-02-27"}, nil},
		{"the day before a month stays a month", "Talks ended the day before March 2023 began.", "2023-12-21",
			[]string{"March 2023=2023-03"}, nil},
		{"deictic", "It opened last month.", "2023-12-19",
			[]string{"last month=2023-11"}, []Anchor{AnchorDCT}},
	})
}

// dateLikeText returns about n bytes of date-like tokens: numbers, number
// ranges, ISO-like chains, weekdays, months and relative words.
func dateLikeText(n int) string {
	words := []string{"1", "2", "3", "2019-2020-2021", "Monday", "Tuesday", "May", "the", "third",
		"quarter", "of", "2016", "last", "year", "ago", "a", "week", "earlier", "-", "5-6", "April",
		"nineteen", "ninety-six", "Christmas", "Day", "fiscal", "year-ago", "that", "next", "morning", "12/18/2023", "."}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(words[(i*7+i/len(words))%len(words)])
		b.WriteByte(' ')
	}
	return b.String()
}

// TestDateLikeFlood checks that a long run of date-like tokens yields sane
// spans; BenchmarkDateLikeMiB measures its speed.
func TestDateLikeFlood(t *testing.T) {
	tk, ds := newDateTestStages(t)
	text := dateLikeText(64 << 10)
	doc := runDates(t, tk, ds, text, "2023-12-19")
	if len(doc.Candidates) == 0 {
		t.Fatal("no dates in a flood of date-like tokens")
	}
	prev := -1
	for _, c := range doc.Candidates {
		if c.TokStart < prev || c.TokStart >= c.TokEnd || c.Value(doc) == "" {
			t.Fatalf("bad span %+v after token %d", c, prev)
		}
		prev = c.TokEnd
	}
	if n := len(doc.Candidates); n > len(doc.Tokens) {
		t.Fatalf("%d dates from %d tokens", n, len(doc.Tokens))
	}
}

// BenchmarkDateLikeMiB runs the date stage over 1 MiB of date-like tokens;
// its time per byte should match BenchmarkDateStage's order (linear time).
func BenchmarkDateLikeMiB(b *testing.B) {
	for _, size := range []int{256 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			tk, ds := newDateTestStages(b)
			doc := &Doc{Text: dateLikeText(size)}
			if err := tk.Process(doc); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(doc.Text)))
			b.ReportAllocs()
			for b.Loop() {
				doc.Candidates, doc.DCT = doc.Candidates[:0], "2023-12-19"
				if err := ds.Process(doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

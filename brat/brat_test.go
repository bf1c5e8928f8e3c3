package brat

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract"
)

// text has multibyte characters before and inside spans: "é" and "’" are
// two and three bytes but one code point each.
const text = "Gen. Sébastien Lecornu met Vietnam’s Chien on December 18.\n"

func TestParse(t *testing.T) {
	tests := []struct {
		name, ann string
		want      *Document
	}{
		{
			name: "empty",
			ann:  "",
			want: &Document{},
		},
		{
			name: "entities notes relations",
			ann: "T1\tRANK 0 4\tGen.\n" +
				"T2\tPERSON 5 22\tSébastien Lecornu\n" +
				"T3\tGPE 27 34\tVietnam\n" +
				"T4\tPERSON 37 42\tChien\n" +
				"T5\tDATE 46 57\tDecember 18\n" +
				"#1\tAnnotatorNotes T1\tGeneral\n" +
				"#2\tAnnotatorNotes T5\tXXXX-12-18\n" +
				"R1\tHAS_RANK Arg1:T2 Arg2:T1\n" +
				"R2\tALIAS Arg1:T4 Arg2:T2\n",
			want: &Document{
				Entities: []Entity{
					{ID: "T1", Label: "RANK", Start: 0, End: 4, Text: "Gen.", Value: "General"},
					{ID: "T2", Label: "PERSON", Start: 5, End: 22, Text: "Sébastien Lecornu"},
					{ID: "T3", Label: "GPE", Start: 27, End: 34, Text: "Vietnam"},
					{ID: "T4", Label: "PERSON", Start: 37, End: 42, Text: "Chien"},
					{ID: "T5", Label: "DATE", Start: 46, End: 57, Text: "December 18", Value: "XXXX-12-18"},
				},
				Relations: []Relation{
					{ID: "R1", Type: "HAS_RANK", Arg1: "T2", Arg2: "T1"},
					{ID: "R2", Type: "ALIAS", Arg1: "T4", Arg2: "T2"},
				},
			},
		},
		{
			name: "CRLF, blank lines, ignored kinds, forward references",
			ann: "#1\tAnnotatorNotes T1\tGeneral\r\n" +
				"\r\n" +
				"R1\tHAS_RANK Arg1:T2 Arg2:T1\t\r\n" +
				"A1\tNegated T1\r\n" +
				"N1\tReference T1 Wikipedia:1 Gen\r\n" +
				"E1\tMeeting:T2\r\n" +
				"*\tEquiv T2 T2\r\n" +
				"#2\tOtherNote T1\tfree text\r\n" +
				"T1\tRANK 0 4\tGen.\r\n" +
				"T2\tPERSON 5 22\tSébastien Lecornu",
			want: &Document{
				Entities: []Entity{
					{ID: "T1", Label: "RANK", Start: 0, End: 4, Text: "Gen.", Value: "General"},
					{ID: "T2", Label: "PERSON", Start: 5, End: 22, Text: "Sébastien Lecornu"},
				},
				Relations: []Relation{{ID: "R1", Type: "HAS_RANK", Arg1: "T2", Arg2: "T1"}},
			},
		},
		{
			name: "span across a line break, written with a space",
			ann:  "T1\tDATE 46 59\tDecember 18. \n",
			want: &Document{Entities: []Entity{
				{ID: "T1", Label: "DATE", Start: 46, End: 59, Text: "December 18.\n"},
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(strings.NewReader(tt.ann), text, "x.ann")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, ann string
		want      string
	}{
		{"text differs", "T1\tPERSON 5 22\tSebastien Lecornu\n",
			`x.ann:1: T1: text "Sebastien Lecornu" differs from the document's "Sébastien Lecornu" at 5-22`},
		{"byte offsets instead of code points", "T1\tPERSON 5 23\tSébastien Lecornu\n",
			`x.ann:1: T1: text "Sébastien Lecornu" differs from the document's "Sébastien Lecornu " at 5-23`},
		{"out of range", "\nT1\tPERSON 50 70\tChien\n",
			"x.ann:2: T1: offsets 50 70 out of range: the text has 59 code points"},
		{"negative", "T1\tPERSON -1 3\tGen\n",
			"x.ann:1: T1: offsets -1 3 out of range: the text has 59 code points"},
		{"reversed", "T1\tPERSON 22 5\tx\n", "x.ann:1: T1: reversed offsets 22 5"},
		{"empty span", "T1\tPERSON 5 5\t\n", "x.ann:1: T1: empty span at 5"},
		{"not integers", "T1\tPERSON a 5\tx\n", `x.ann:1: T1: offsets "a" "5" are not integers`},
		{"discontinuous", "T1\tPERSON 5 14;15 22\tSébastien Lecornu\n",
			"x.ann:1: T1: discontinuous spans are not supported"},
		{"unknown label", "T1\tPER 5 22\tSébastien Lecornu\n", `x.ann:1: T1: unknown label "PER"`},
		{"missing text field", "T1\tPERSON 5 22\n",
			"x.ann:1: malformed T line: want ID<TAB>LABEL START END<TAB>TEXT"},
		{"bad entity id", "Tx\tPERSON 5 22\tSébastien Lecornu\n",
			`x.ann:1: malformed entity id "Tx": want T followed by digits`},
		{"bad type field", "T1\tPERSON 5\tSébastien Lecornu\n",
			`x.ann:1: T1: malformed "PERSON 5": want LABEL START END`},
		{"duplicate id", "T1\tRANK 0 4\tGen.\nT1\tRANK 0 4\tGen.\n",
			"x.ann:2: duplicate id T1 (first at line 1)"},
		{"note to missing id", "T1\tRANK 0 4\tGen.\n#1\tAnnotatorNotes T9\tGeneral\n",
			"x.ann:2: AnnotatorNotes for T9, which is not defined"},
		{"two notes", "T1\tRANK 0 4\tGen.\n#1\tAnnotatorNotes T1\tGeneral\n#2\tAnnotatorNotes T1\tGeneral\n",
			"x.ann:3: second AnnotatorNotes for T1 (first at line 2)"},
		{"malformed note", "#1\tAnnotatorNotes\tGeneral\n",
			`x.ann:1: malformed note "AnnotatorNotes": want AnnotatorNotes TARGET`},
		{"relation to missing id", "T1\tRANK 0 4\tGen.\nR1\tHAS_RANK Arg1:T2 Arg2:T1\n",
			"x.ann:2: R1: argument T2 is not defined"},
		{"unknown relation type", "R1\tWORKS_FOR Arg1:T2 Arg2:T1\n",
			`x.ann:1: R1: unknown relation type "WORKS_FOR"`},
		{"malformed relation", "R1\tHAS_RANK T2 T1\n",
			`x.ann:1: R1: malformed "HAS_RANK T2 T1": want TYPE Arg1:ID Arg2:ID`},
		{"unknown line kind", "X1\tfoo\n", `x.ann:1: unknown line kind "X1"`},
		{"lone carriage return", "T1\tRANK 0 4\tGen.\rT2\n", "x.ann:1: carriage return inside a line"},
		{"long text clipped", "T1\tPERSON 5 22\t" + strings.Repeat("x", 500) + "\n",
			`x.ann:1: T1: text "` + strings.Repeat("x", maxQuoted-1) + `…" differs from the document's "Sébastien Lecornu" at 5-22`},
		{"every error, in line order",
			"R1\tHAS_RANK Arg1:T7 Arg2:T1\nT1\tRANK 0 4\tGen\nX\n",
			"x.ann:1: R1: argument T7 is not defined\n" +
				"x.ann:1: R1: argument T1 is not defined\n" +
				`x.ann:2: T1: text "Gen" differs from the document's "Gen." at 0-4` + "\n" +
				`x.ann:3: unknown line kind "X"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(strings.NewReader(tt.ann), text, "x.ann")
			if err == nil {
				t.Fatalf("Parse succeeded with %+v, want error %q", d, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %s\nwant %s", err, tt.want)
			}
			var list ErrorList
			if !errors.As(err, &list) || list[0].Name != "x.ann" || list[0].Line < 1 {
				t.Errorf("error %#v is not an ErrorList with file and line", err)
			}
		})
	}
}

// TestParseGold checks that gold annotations may not overlap, and that
// every overlap is reported at its line.
func TestParseGold(t *testing.T) {
	ann := "T1\tPERSON 5 22\tSébastien Lecornu\n" +
		"T2\tRANK 0 4\tGen.\n" +
		"T3\tPERSON 5 14\tSébastien\n" +
		"T4\tGPE 27 34\tVietnam\n" +
		"T5\tORG 27 34\tVietnam\n"
	if _, err := Parse(strings.NewReader(ann), text, "x.ann"); err != nil {
		t.Fatalf("Parse rejects overlaps: %v", err)
	}
	_, err := ParseGold(strings.NewReader(ann), text, "x.ann")
	want := "x.ann:3: T3 PERSON 5-14 overlaps T1 PERSON 5-22 (line 1): gold spans must not overlap\n" +
		"x.ann:5: T5 ORG 27-34 overlaps T4 GPE 27-34 (line 4): gold spans must not overlap"
	if err == nil || err.Error() != want {
		t.Errorf("error:\n got %v\nwant %s", err, want)
	}
	if _, err := ParseGold(strings.NewReader("T1\tRANK 0 4\tGen.\nT2\tPERSON 5 22\tSébastien Lecornu\n"), text, "x.ann"); err != nil {
		t.Errorf("ParseGold rejects adjacent spans: %v", err)
	}
}

func TestWrite(t *testing.T) {
	d := &Document{
		Entities: []Entity{
			{ID: "T1", Label: "RANK", Start: 0, End: 4, Text: "Gen.", Value: "General"},
			{ID: "T2", Label: "PERSON", Start: 5, End: 22, Text: "Sébastien Lecornu"},
			{ID: "T3", Label: "DATE", Start: 46, End: 59, Text: "December 18.\n", Value: "XXXX-12-18"},
		},
		Relations: []Relation{{ID: "R1", Type: "HAS_RANK", Arg1: "T2", Arg2: "T1"}},
	}
	want := "T1\tRANK 0 4\tGen.\n" +
		"T2\tPERSON 5 22\tSébastien Lecornu\n" +
		"T3\tDATE 46 59\tDecember 18. \n" +
		"#1\tAnnotatorNotes T1\tGeneral\n" +
		"#2\tAnnotatorNotes T3\tXXXX-12-18\n" +
		"R1\tHAS_RANK Arg1:T2 Arg2:T1\n"
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	if buf.String() != want {
		t.Errorf("Write:\n got %q\nwant %q", buf.String(), want)
	}
}

// TestGoldRoundTrip parses the project's gold files and checks that Write
// gives them back byte for byte.
func TestGoldRoundTrip(t *testing.T) {
	anns, err := filepath.Glob("../gold/*.ann")
	if err != nil {
		t.Fatal(err)
	}
	for _, ann := range anns {
		txt := filepath.Join("../seeds", strings.TrimSuffix(filepath.Base(ann), ".ann")+".txt")
		text, err := os.ReadFile(txt)
		if err != nil {
			t.Fatal(err)
		}
		src, err := os.ReadFile(ann)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(bytes.NewReader(src), string(text), ann)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, d); err != nil {
			t.Fatal(err)
		}
		if buf.String() != string(src) {
			t.Errorf("%s: Write(Parse) differs from the file", ann)
		}
	}
}

func TestFromDoc(t *testing.T) {
	doc := &extract.Doc{
		Text: text,
		Entities: []extract.Span{
			{Start: 0, End: 4, Label: extract.Rank},
			{Start: 5, End: 23, Label: extract.Person}, // "é" is two bytes
			{Start: 28, End: 35, Label: extract.GPE},
			{Start: 40, End: 45, Label: extract.Person}, // after the three-byte "’"
		},
		Relations: []extract.Relation{
			{Type: extract.HasRank, Arg1: 1, Arg2: 0},
			{Type: extract.Alias, Arg1: 3, Arg2: 1},
		},
	}
	doc.SetValue(&doc.Entities[0], "General")
	want := &Document{
		Entities: []Entity{
			{ID: "T1", Label: "RANK", Start: 0, End: 4, Text: "Gen.", Value: "General"},
			{ID: "T2", Label: "PERSON", Start: 5, End: 22, Text: "Sébastien Lecornu"},
			{ID: "T3", Label: "GPE", Start: 27, End: 34, Text: "Vietnam"},
			{ID: "T4", Label: "PERSON", Start: 37, End: 42, Text: "Chien"},
		},
		Relations: []Relation{
			{ID: "R1", Type: "HAS_RANK", Arg1: "T2", Arg2: "T1"},
			{ID: "R2", Type: "ALIAS", Arg1: "T4", Arg2: "T2"},
		},
	}
	got := FromDoc(doc)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("FromDoc:\n got %+v\nwant %+v", got, want)
	}
	// What FromDoc makes, the strict parser accepts.
	var buf bytes.Buffer
	if err := Write(&buf, got); err != nil {
		t.Fatal(err)
	}
	if _, err := Parse(&buf, text, "fromdoc.ann"); err != nil {
		t.Error(err)
	}
}

// TestWriteDoc checks that WriteDoc writes what Write writes of FromDoc:
// on a document with multibyte text, values and relations, on one with
// line breaks inside entities, and on the seed articles as the pipeline
// reads them.
func TestWriteDoc(t *testing.T) {
	p, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*extract.Doc{"empty": {Text: "nothing"}}
	broken := &extract.Doc{Text: "the Ministry of\nDefence\r\nsaid", Entities: []extract.Span{{Start: 4, End: 24, Label: extract.Org}}}
	docs["line breaks"] = broken
	seeds, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	for _, name := range seeds {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := p.Process(name, string(src), "")
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Entities) == 0 || len(doc.Relations) == 0 {
			t.Fatalf("%s: no entities or no relations to write", name)
		}
		docs[name] = doc
	}
	for name, doc := range docs {
		var want, got bytes.Buffer
		if err := Write(&want, FromDoc(doc)); err != nil {
			t.Fatal(err)
		}
		if err := WriteDoc(&got, doc); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: WriteDoc gives\n%s\nwant\n%s", name, got.String(), want.String())
		}
	}
}

// FuzzParse checks that Parse never panics and that, for every file it
// accepts, ParseGold fails only for overlaps, and Write gives a file that
// parses to the same Document and writes the same bytes again.
func FuzzParse(f *testing.F) {
	f.Add("T1\tRANK 0 4\tGen.\n#1\tAnnotatorNotes T1\tGeneral\n", text)
	f.Add("T1\tPERSON 5 22\tSébastien Lecornu\nT2\tRANK 0 4\tGen.\nR1\tHAS_RANK Arg1:T1 Arg2:T2\n", text)
	f.Add("T1\tDATE 46 59\tDecember 18. \r\n\r\nA1\tX T1\n", text)
	f.Add("T1\tGPE 0 2\té’\n", "é’\n")
	f.Add("T1\tGPE 0 1\t\xff\n", "\xffabc")
	f.Add("#1\tAnnotatorNotes T1\n*\tEquiv\nT1\tORG 1 3\tbc", "abc")
	f.Fuzz(func(t *testing.T, ann, text string) {
		d, err := Parse(strings.NewReader(ann), text, "fuzz.ann")
		if err != nil {
			return
		}
		if _, err := ParseGold(strings.NewReader(ann), text, "fuzz.ann"); err != nil && !strings.Contains(err.Error(), "must not overlap") {
			t.Fatalf("ParseGold fails where Parse does not, for another reason than overlap: %v", err)
		}
		var first bytes.Buffer
		if err := Write(&first, d); err != nil {
			t.Fatal(err)
		}
		written := first.String()
		d2, err := Parse(&first, text, "written.ann")
		if err != nil {
			t.Fatalf("Parse of Write output failed: %v\n%s", err, written)
		}
		if !reflect.DeepEqual(d, d2) {
			t.Fatalf("round trip changed the document:\n got %+v\nwant %+v", d2, d)
		}
		var second bytes.Buffer
		if err := Write(&second, d2); err != nil {
			t.Fatal(err)
		}
		if second.String() != written {
			t.Fatalf("Write not stable:\n%q\n%q", written, second.String())
		}
	})
}

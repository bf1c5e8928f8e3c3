package extract

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// corpusText concatenates the articles of the seeds and the dev folders,
// a paragraph apart.
func corpusText(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	for _, dir := range []string{"../seeds", "/work/shared/dev", "../eval/testdata/wider/dev", "../eval/testdata/unseen"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(data)
			b.WriteString("\n\n")
		}
	}
	if b.Len() == 0 {
		t.Skip("no articles")
	}
	return b.String()
}

// entityLines and relationLines describe a document's entities and
// relations by offsets, labels, values and rules, one a line.
func entityLines(doc *Doc) []string {
	var out []string
	for _, e := range doc.Entities {
		out = append(out, fmt.Sprintf("%d-%d %s %q %s %s", e.Start, e.End, e.Label, doc.SpanText(e), e.Value(doc), e.Rule(doc)))
	}
	return out
}

func relationLines(doc *Doc) []string {
	var out []string
	for _, r := range doc.Relations {
		a, b := doc.Entities[r.Arg1], doc.Entities[r.Arg2]
		out = append(out, fmt.Sprintf("%s %d-%d %s %d-%d %s", r.Type, a.Start, a.End, a.Rule(doc), b.Start, b.End, b.Rule(doc)))
	}
	return out
}

// tokenLines describes the tokens AllTokens gives, one a line.
func tokenLines(doc *Doc) []string {
	var out []string
	for d, t := range doc.AllTokens() {
		out = append(out, fmt.Sprintf("%d-%d %q %q %d %v%v%v%v%v", t.Start, t.End, t.Text(d), t.Lower(d), t.Kind,
			t.IsCap(), t.SpaceBefore(), t.Newline(), t.Break(), t.SentStart()))
	}
	return out
}

func peopleLines(doc *Doc) []string {
	var out []string
	for _, p := range doc.People {
		out = append(out, fmt.Sprintf("%+v", p))
	}
	return out
}

// TestWindowedEqualsWhole checks that a document processed in windows,
// down to windows smaller than one article, gives exactly the entities,
// relations (in order) and people of the whole run.
func TestWindowedEqualsWhole(t *testing.T) {
	text := corpusText(t)
	wholeP, err := New(Config{WindowBytes: -1})
	if err != nil {
		t.Fatal(err)
	}
	whole, err := wholeP.Process("corpus", text, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(whole.People) == 0 || len(whole.Relations) == 0 {
		t.Fatalf("corpus: %d people, %d relations", len(whole.People), len(whole.Relations))
	}
	for _, size := range []int{len(text) / 3, 20000, 3000} {
		p, err := New(Config{WindowBytes: size})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := p.Process("corpus", text, "")
		if err != nil {
			t.Fatal(err)
		}
		if doc.Tokens != nil {
			t.Errorf("window %d: the tokens of one window kept", size)
		}
		diff(t, fmt.Sprintf("window %d: tokens", size), tokenLines(whole), tokenLines(doc))
		diff(t, fmt.Sprintf("window %d: entities", size), entityLines(whole), entityLines(doc))
		diff(t, fmt.Sprintf("window %d: relations", size), relationLines(whole), relationLines(doc))
		diff(t, fmt.Sprintf("window %d: people", size), peopleLines(whole), peopleLines(doc))
		if doc.DCT != whole.DCT {
			t.Errorf("window %d: DCT %q, want %q", size, doc.DCT, whole.DCT)
		}
		t.Logf("window %d: %d entities, %d relations, %d people", size, len(doc.Entities), len(doc.Relations), len(doc.People))
	}
}

func diff(t *testing.T, what string, want, got []string) {
	t.Helper()
	if slices.Equal(want, got) {
		return
	}
	in := map[string]int{}
	for _, s := range got {
		in[s]++
	}
	for _, s := range want {
		in[s]--
	}
	n := 0
	for s, c := range in {
		if c != 0 && n < 15 {
			t.Errorf("%s: %+d %s", what, c, s)
			n++
		}
	}
	t.Errorf("%s: %d wanted, %d got", what, len(want), len(got))
}

func TestWindowsCut(t *testing.T) {
	para := strings.Repeat("Word word word. ", 10) + "\n\n" // 162 bytes
	sent := strings.Repeat("Word word word. ", 40)          // no blank line
	hard := strings.Repeat("wordy ", 100)                   // no sentence mark
	for _, tc := range []struct {
		name, text string
		at         func(text string, cut int) bool
	}{
		{"paragraphs", strings.Repeat(para, 20), func(text string, cut int) bool { return strings.HasPrefix(strings.TrimLeft(text[cut:], " "), "\n\n") }},
		{"sentences", sent, func(text string, cut int) bool { return text[cut-1] == '.' && text[cut] == ' ' }},
		{"tokens", hard, func(text string, cut int) bool { return text[cut] == ' ' }},
	} {
		ws := windows(tc.text, 500, 100, 100)
		if len(ws) < 2 {
			t.Fatalf("%s: %d windows", tc.name, len(ws))
		}
		for k, w := range ws {
			if k == 0 && w.core != 0 || k > 0 && w.core != ws[k-1].coreEnd || k == len(ws)-1 && w.coreEnd != len(tc.text) {
				t.Errorf("%s: cores do not tile the text: %+v", tc.name, ws)
			}
			if w.from > w.core || w.to < w.coreEnd || w.coreEnd-w.core > 500 {
				t.Errorf("%s: window %+v", tc.name, w)
			}
			if k > 0 && (w.core-w.from < 100 || !tc.at(tc.text, w.core)) {
				t.Errorf("%s: window %+v: overlap or cut at %q", tc.name, w, tc.text[w.core:min(len(tc.text), w.core+5)])
			}
		}
	}
}

// FuzzWindowedEqualsWhole checks on any valid text that windows of a
// third of it (and of a few bytes) give the whole run's entities,
// relations and people.
func FuzzWindowedEqualsWhole(f *testing.F) {
	for _, s := range []string{
		"Defence Minister Hegseth Visits Manila\n\nSecretary of Defense Pete Hegseth met Gen. Romeo Brawner. Hegseth said.\n\nBrawner, known as Bong, agreed.",
		"MINISTER FOR DEFENCE – PRESS CONFERENCE, DARWIN, NT\n\nThe minister spoke in Darwin, NT on 3 May. NT officials agreed.",
		"Mohamed Hamdan Dagalo, known as Hemedti, met Hemedti's allies. Lt. Col. Ann Lee and Lee spoke.",
	} {
		f.Add(s)
	}
	whole, err := New(Config{WindowBytes: -1})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if CheckText(text) != nil || len(text) < 16 {
			return
		}
		want, err := whole.Process("fuzz", text, "")
		if err != nil {
			t.Fatal(err)
		}
		for _, size := range []int{len(text) / 3, 16} {
			got := whole.newDoc("fuzz", text, "")
			if err := whole.processWindowed(context.Background(), got, size); err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				what      string
				want, got []string
			}{
				{"entities", entityLines(want), entityLines(got)},
				{"relations", relationLines(want), relationLines(got)},
				{"people", peopleLines(want), peopleLines(got)},
			} {
				if !slices.Equal(c.want, c.got) {
					t.Fatalf("windows of %d bytes: %s differ on %q:\n%q\n%q", size, c.what, text, c.got, c.want)
				}
			}
		}
	})
}

// TestWindowedFarContext checks the facts a window takes from far outside
// it: a date counted from one several paragraphs back, a short mention and
// its ALIAS long after the full name, an event's other mention, a short form's label, a family name
// that the gazetteer knows as a place, a heading's name that only the body
// of another window writes.
func TestWindowedFarContext(t *testing.T) {
	filler := strings.Repeat("The ministers spoke about the sea and the ships for a long time.\n\n", 200) // 13 KB
	for _, tc := range []struct {
		name, text, want string // want: a line of the whole run's entities or relations
	}{
		{"a date counted from one 13 KB back",
			"The talks began on 3 May 2024 in Hanoi.\n\n" + filler + "Two days later, the talks ended.\n",
			`DATE "Two days later" 2024-05-05`},
		{"a short mention 130 KB after the full name",
			"Defence Minister Ann Okafor arrived in Hanoi.\n\n" + strings.Repeat(filler, 10) + "Okafor said the talks went well.\n",
			"ALIAS"},
		{"a short form's other mention 130 KB on",
			"The Pacific Security Forum (PSF) began in Manila.\n\n" + strings.Repeat(filler, 10) + "The PSF ended on Friday.\n",
			"short-form:mention"},
		{"an event's other mention 130 KB on",
			"The Tarvo Shield training exercise began in Manila.\n\n" + strings.Repeat(filler, 10) + "Tarvo Shield is held yearly.\n",
			"event:mention"},
		{"a family name that is also a place, 130 KB on",
			"Gen. Michael Langley arrived in Nairobi.\n\n" + strings.Repeat(filler, 10) + "Langley said the talks went well.\n",
			`PERSON "Langley"`},
		{"a heading name written in the body 130 KB on",
			"Ann Okafor Visits Troops In The North\n\n" + strings.Repeat(filler, 10) + "Defence Minister Ann Okafor spoke.\n",
			`PERSON "Ann Okafor"  person:name`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := pipeline(t)
			whole, err := p.Process("far", tc.text, "")
			if err != nil {
				t.Fatal(err)
			}
			lines := append(entityLines(whole), relationLines(whole)...)
			if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, tc.want) }) {
				t.Fatalf("the whole run has no %s: %q", tc.want, lines)
			}
			doc := p.newDoc("far", tc.text, "")
			if err := p.processWindowed(context.Background(), doc, 3000); err != nil {
				t.Fatal(err)
			}
			diff(t, "entities", entityLines(whole), entityLines(doc))
			diff(t, "relations", relationLines(whole), relationLines(doc))
			diff(t, "people", peopleLines(whole), peopleLines(doc))
		})
	}
}

package extract

import (
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
	for _, dir := range []string{"../seeds", "/work/shared/dev", "../eval/testdata/wider/dev"} {
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
	slices.Sort(out)
	return out
}

func TestWindowedEqualsWhole(t *testing.T) {
	p := pipeline(t)
	text := corpusText(t)
	whole, err := p.Process("corpus", text, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{1 << 20, 20000, 3000} {
		doc := p.newDoc("corpus", text, "")
		if err := p.processWindowed(doc, size, 2000); err != nil {
			t.Fatal(err)
		}
		// Some document-wide steps are not windowed yet (which is why
		// Config.WindowBytes is off by default): short mentions of a
		// name given in another window, names in a heading that the
		// headings stage checks against the body of other windows
		// ("Darwin, NT"), the people named by a cue that such names
		// beat in the resolver, the other mentions of a short form, and ALIAS
		// links. Everything else must
		// be exactly the whole run's; the acronyms the document spells
		// come from a first pass and are exact.
		diff(t, fmt.Sprintf("window %d: entities", size), local(entityLines(whole)), local(entityLines(doc)))
		diff(t, fmt.Sprintf("window %d: relations", size), local(relationLines(whole)), local(relationLines(doc)))
		t.Logf("window %d: %d entities (whole %d), %d relations (whole %d)", size,
			len(doc.Entities), len(whole.Entities), len(doc.Relations), len(whole.Relations))
	}
}

// local drops the lines of the document-wide steps, and the relations of
// any person (whose mentions they decide).
func local(lines []string) []string {
	var out []string
	for _, l := range lines {
		if strings.HasPrefix(l, "ALIAS ") || strings.Contains(l, " person:mention") ||
			strings.Contains(l, " org:acronym") || strings.Contains(l, " person:cue") || strings.Contains(l, " short-form:mention") || strings.Contains(l, " event:mention") {
			continue
		}
		out = append(out, l)
	}
	return out
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
		ws := windows(tc.text, 500, 100)
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

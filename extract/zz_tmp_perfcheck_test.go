package extract

// TEMPORARY (perf work on tokenize.go/phrases.go): dumps tokens and phrase
// matches to $PERFCHECK for before/after diffing. Removed when done.

import (
	"bufio"
	"fmt"
	"os"
	"testing"
)

func TestTmpPerfCheck(t *testing.T) {
	out := os.Getenv("PERFCHECK")
	if out == "" {
		t.Skip("PERFCHECK not set")
	}
	p, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	lx := p.stages[2].(*gazetteerStage).lx
	sets := []*phraseSet{lx.gpe, lx.loc, lx.org, lx.event, lx.demonyms, lx.orgHeads, lx.eventHeads, lx.eventOpeners, lx.roleHeads, lx.roleMods, lx.agreementHeads, lx.honorifics, lx.ranks, lx.locPatterns}
	seeds, _ := readTexts("../seeds/*.txt")
	dev, _ := readTexts("../../shared/dev/*.txt")
	docs := append(append([]benchDoc{}, seeds...), dev...)
	docs = append(docs, benchDoc{"x", "Gen. U.N. E.U. Lt.Col. O'Brien d’Ivoire JAMES İstanbul ÉCOLE Straße 1st 2nd 1,500 6.5 Vietnam-France ASEAN's “Quote” ‘x’ Mr.Smith a.b. Ø Σίσυφος ǅ"})
	f, _ := os.Create(out)
	w := bufio.NewWriter(f)
	defer f.Close()
	defer w.Flush()
	for _, d := range docs {
		toks := lx.tk.tokenize(d.text, nil)
		for i, tk := range toks {
			fmt.Fprintf(w, "%s %d %+v", d.id, i, tk)
			for _, s := range sets {
				n, v, ok := s.longest(toks, i)
				fmt.Fprintf(w, " %d/%q/%v", n, v, ok)
			}
			fmt.Fprintln(w)
		}
		for _, s := range sets {
			fmt.Fprintln(w, s.has(lx.tk, "United States"), s.has(lx.tk, "Minister of Defence"), s.has(lx.tk, "general"), s.has(lx.tk, "Vietnam"))
		}
	}
}

package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsextract/rules"
)

func TestZZDateDev(t *testing.T) {
	dir := os.Getenv("DATEDEV")
	if dir == "" {
		t.Skip()
	}
	rs, _ := rules.Load(nil)
	ab, _ := wordSet(rs, "abbreviations.txt")
	tk := &tokenizer{abbrev: ab}
	ds, _ := newDateStage(rs)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	tp, fp, fn, vok := 0, 0, 0, 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		doc := &Doc{Text: string(b)}
		tk.Process(doc)
		ds.Process(doc)
		gold := map[string]string{}
		ids := map[string]string{}
		annb, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".ann")
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(annb), "\n") {
			p := strings.Split(l, "\t")
			if len(p) < 3 {
				continue
			}
			if strings.HasPrefix(p[1], "DATE ") {
				k := strings.TrimPrefix(p[1], "DATE ")
				gold[k] = ""
				ids[strings.Fields(p[0])[0]] = k
			}
			if strings.HasPrefix(p[1], "AnnotatorNotes") {
				if k, ok := ids[strings.Fields(p[1])[1]]; ok {
					gold[k] = p[2]
				}
			}
		}
		seen := map[string]bool{}
		for _, c := range doc.Candidates {
			k := fmt.Sprintf("%d %d", doc.CodePoints(c.Start), doc.CodePoints(c.End))
			if v, ok := gold[k]; ok {
				tp++
				seen[k] = true
				if v == c.Value {
					vok++
				} else {
					fmt.Printf("VALUE %s %q got %s want %s\n", filepath.Base(f), doc.SpanText(c), c.Value, v)
				}
			} else {
				fp++
				fmt.Printf("FP %s %q %s %s\n", filepath.Base(f), doc.SpanText(c), c.Value, c.Rule)
			}
		}
		for k := range gold {
			if !seen[k] {
				fn++
				var s, e int
				fmt.Sscanf(k, "%d %d", &s, &e)
				r := []rune(doc.Text)
				fmt.Printf("FN %s %q\n", filepath.Base(f), string(r[s:e]))
			}
		}
	}
	fmt.Printf("tp=%d fp=%d fn=%d P=%.3f R=%.3f valueacc=%d/%d\n", tp, fp, fn, float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn), vok, tp)
}

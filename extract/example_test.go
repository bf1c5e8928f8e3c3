package extract_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/newsextract/newsextract/extract"
)

func ExamplePipeline_Process() {
	p, err := extract.New(extract.Config{})
	if err != nil {
		log.Fatal(err)
	}
	doc, err := p.Process("example", "Hanoi (VNA) – Deputy Minister of National Defence Sen. Lieut. Gen. Hoang Xuan Chien met Australian Chief of the Defence Force Admiral David Johnston in Hanoi on March 12, 2024. Chien thanked him.", "")
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range doc.Entities {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%-6s %-3d %q %s", e.Label, doc.CodePoints(e.Start), doc.SpanText(e), e.Value(doc))))
	}
	for _, r := range doc.Relations {
		fmt.Println(r.Type, doc.SpanText(doc.Entities[r.Arg1]), "->", doc.SpanText(doc.Entities[r.Arg2]))
	}
	// Output:
	// GPE    0   "Hanoi"
	// ORG    7   "VNA"
	// ROLE   14  "Deputy Minister of National Defence"
	// RANK   50  "Sen. Lieut. Gen." Senior Lieutenant General
	// PERSON 67  "Hoang Xuan Chien"
	// ROLE   99  "Chief of the Defence Force"
	// RANK   126 "Admiral" Admiral
	// PERSON 134 "David Johnston"
	// GPE    152 "Hanoi"
	// DATE   161 "March 12, 2024" 2024-03-12
	// PERSON 177 "Chien"
	// HAS_ROLE Hoang Xuan Chien -> Deputy Minister of National Defence
	// HAS_RANK Hoang Xuan Chien -> Sen. Lieut. Gen.
	// HAS_ROLE David Johnston -> Chief of the Defence Force
	// HAS_RANK David Johnston -> Admiral
	// ALIAS Chien -> Hoang Xuan Chien
}

package eval_test

import (
	"fmt"

	"github.com/newsextract/newsextract/brat"
	"github.com/newsextract/newsextract/eval"
)

func ExampleEvaluator() {
	text := "Colonel Thang met Chien."
	gold := &brat.Document{Entities: []brat.Entity{
		{ID: "T1", Label: "RANK", Start: 0, End: 7, Text: "Colonel", Value: "Colonel"},
		{ID: "T2", Label: "PERSON", Start: 8, End: 13, Text: "Thang"},
		{ID: "T3", Label: "PERSON", Start: 18, End: 23, Text: "Chien"},
	}}
	pred := &brat.Document{Entities: []brat.Entity{
		{ID: "T1", Label: "PERSON", Start: 0, End: 13, Text: "Colonel Thang"},
		{ID: "T2", Label: "PERSON", Start: 18, End: 23, Text: "Chien"},
	}}
	// "Colonel Thang" overlaps the RANK "Colonel" more than the PERSON
	// "Thang", so it is paired with the RANK (a wrong label) and "Thang" is
	// missed.
	e := eval.New()
	e.Add("thang", text, gold, pred)
	r := e.Result()
	for _, s := range eval.Schemes {
		fmt.Printf("%-7s %+v F1=%.3f\n", s, r.Micro[s].Counts, r.Micro[s].F1)
	}
	// Output:
	// strict  {Correct:1 Incorrect:1 Partial:0 Missed:1 Spurious:0} F1=0.400
	// exact   {Correct:1 Incorrect:1 Partial:0 Missed:1 Spurious:0} F1=0.400
	// partial {Correct:1 Incorrect:0 Partial:1 Missed:1 Spurious:0} F1=0.600
	// type    {Correct:1 Incorrect:1 Partial:0 Missed:1 Spurious:0} F1=0.400
}

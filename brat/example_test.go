package brat_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/newsextract/newsextract/brat"
)

func ExampleParse() {
	text := "Sen. Lieut. Gen. Hoang Xuan Chien"
	ann := "T1\tRANK 0 16\tSen. Lieut. Gen.\n" +
		"T2\tPERSON 17 33\tHoang Xuan Chien\n" +
		"#1\tAnnotatorNotes T1\tSenior Lieutenant General\n" +
		"R1\tHAS_RANK Arg1:T2 Arg2:T1\n"
	d, err := brat.Parse(strings.NewReader(ann), text, "chien.ann")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%+v\n%+v\n", d.Entities[0], d.Relations[0])

	_, err = brat.Parse(strings.NewReader("T1\tRANK 0 15\tSen. Lieut. Gen.\n"), text, "chien.ann")
	fmt.Println(err)

	brat.Write(os.Stdout, d)
	// Output:
	// {ID:T1 Label:RANK Start:0 End:16 Text:Sen. Lieut. Gen. Value:Senior Lieutenant General}
	// {ID:R1 Type:HAS_RANK Arg1:T2 Arg2:T1}
	// chien.ann:1: T1: text "Sen. Lieut. Gen." differs from the document's "Sen. Lieut. Gen" at 0-15
	// T1	RANK 0 16	Sen. Lieut. Gen.
	// T2	PERSON 17 33	Hoang Xuan Chien
	// #1	AnnotatorNotes T1	Senior Lieutenant General
	// R1	HAS_RANK Arg1:T2 Arg2:T1
}

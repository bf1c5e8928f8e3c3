// Package brat reads and writes annotations in brat standoff format, as
// ANNOTATION.md (schema v1) describes them: T lines for entities, one
// AnnotatorNotes line per normalised value, R lines for relations. Offsets are
// Unicode code points into the document text, end exclusive.
package brat

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/newsextract/newsextract/extract"
)

// Document is the annotation of one text: its entities and relations, in
// file order.
type Document struct {
	Entities  []Entity
	Relations []Relation
}

// Entity is a text-bound annotation (a T line). Start and End are code-point
// offsets into the document text, end exclusive; Text is the text they cover
// and Value the normalised value from an AnnotatorNotes line (empty when
// there is none).
type Entity struct {
	ID, Label  string
	Start, End int
	Text       string
	Value      string
}

// Relation is an R line: a relation of type Type from the entity with ID
// Arg1 to the entity with ID Arg2.
type Relation struct {
	ID, Type   string
	Arg1, Arg2 string
}

// Write writes d in brat standoff format: every entity as a T line, then an
// AnnotatorNotes line numbered #1, #2, … for each entity with a value, then
// every relation as an R line. Line breaks inside an entity's text are written
// as spaces, as brat does.
func Write(w io.Writer, d *Document) error {
	bw := bufio.NewWriter(w)
	for _, e := range d.Entities {
		fmt.Fprintf(bw, "%s\t%s %d %d\t%s\n", e.ID, e.Label, e.Start, e.End, lineText(e.Text))
	}
	n := 0
	for _, e := range d.Entities {
		if e.Value != "" {
			n++
			fmt.Fprintf(bw, "#%d\tAnnotatorNotes %s\t%s\n", n, e.ID, lineText(e.Value))
		}
	}
	for _, r := range d.Relations {
		fmt.Fprintf(bw, "%s\t%s Arg1:%s Arg2:%s\n", r.ID, r.Type, r.Arg1, r.Arg2)
	}
	return bw.Flush()
}

// lineText replaces the characters that would end a line of a .ann file
// with spaces.
func lineText(s string) string { return lineBreaks.Replace(s) }

var lineBreaks = strings.NewReplacer("\n", " ", "\r", " ")

// FromDoc converts the entities and relations of an extracted document to a
// Document with ids T1, T2, … and R1, R2, … and code-point offsets.
func FromDoc(doc *extract.Doc) *Document {
	d := &Document{
		Entities:  make([]Entity, len(doc.Entities)),
		Relations: make([]Relation, len(doc.Relations)),
	}
	for i, s := range doc.Entities {
		d.Entities[i] = Entity{
			ID:    entityID(i),
			Label: s.Label.String(),
			Start: doc.CodePoints(s.Start),
			End:   doc.CodePoints(s.End),
			Text:  doc.SpanText(s),
			Value: s.Value(doc),
		}
	}
	for i, r := range doc.Relations {
		d.Relations[i] = Relation{
			ID:   fmt.Sprintf("R%d", i+1),
			Type: string(r.Type),
			Arg1: entityID(r.Arg1),
			Arg2: entityID(r.Arg2),
		}
	}
	return d
}

// entityID is the id FromDoc gives to the entity at index i.
func entityID(i int) string { return fmt.Sprintf("T%d", i+1) }

// Package brat reads and writes annotations in brat standoff format, as
// ANNOTATION.md (schema v1) describes them: T lines for entities, one
// AnnotatorNotes line per normalised value, R lines for relations. Offsets are
// Unicode code points into the document text, end exclusive.
package brat

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
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
		writeEntity(bw, e.ID, e.Label, e.Start, e.End, e.Text)
	}
	n := 0
	for _, e := range d.Entities {
		if e.Value != "" {
			n++
			writeNote(bw, n, e.ID, e.Value)
		}
	}
	for _, r := range d.Relations {
		writeRelation(bw, r.ID, r.Type, r.Arg1, r.Arg2)
	}
	return bw.Flush()
}

// WriteDoc writes the entities and relations of an extracted document as
// Write writes FromDoc(doc), a line at a time: nothing is held per entity,
// so that a huge document's annotations need no more memory than the
// document itself.
func WriteDoc(w io.Writer, doc *extract.Doc) error {
	bw := bufio.NewWriter(w)
	var id, arg1, arg2 []byte
	for i, s := range doc.Entities {
		id = appendEntityID(id[:0], i)
		writeEntity(bw, id, s.Label.String(), doc.CodePoints(s.Start), doc.CodePoints(s.End), doc.SpanText(s))
	}
	n := 0
	for i := range doc.Entities {
		if v := doc.Entities[i].Value(doc); v != "" {
			n++
			id = appendEntityID(id[:0], i)
			writeNote(bw, n, id, v)
		}
	}
	for i, r := range doc.Relations {
		id = strconv.AppendInt(append(id[:0], 'R'), int64(i+1), 10)
		arg1, arg2 = appendEntityID(arg1[:0], r.Arg1), appendEntityID(arg2[:0], r.Arg2)
		writeRelation(bw, id, string(r.Type), arg1, arg2)
	}
	return bw.Flush()
}

// writeEntity writes the T line of an entity.
func writeEntity[ID string | []byte](bw *bufio.Writer, id ID, label string, start, end int, text string) {
	bw.WriteString(string(id))
	bw.WriteByte('\t')
	bw.WriteString(label)
	bw.WriteByte(' ')
	writeInt(bw, start)
	bw.WriteByte(' ')
	writeInt(bw, end)
	bw.WriteByte('\t')
	bw.WriteString(lineText(text))
	bw.WriteByte('\n')
}

// writeNote writes the n-th AnnotatorNotes line, the value of entity id.
func writeNote[ID string | []byte](bw *bufio.Writer, n int, id ID, value string) {
	bw.WriteByte('#')
	writeInt(bw, n)
	bw.WriteString("\tAnnotatorNotes ")
	bw.WriteString(string(id))
	bw.WriteByte('\t')
	bw.WriteString(lineText(value))
	bw.WriteByte('\n')
}

// writeRelation writes the R line of a relation.
func writeRelation[ID string | []byte](bw *bufio.Writer, id ID, typ string, arg1, arg2 ID) {
	bw.WriteString(string(id))
	bw.WriteByte('\t')
	bw.WriteString(typ)
	bw.WriteString(" Arg1:")
	bw.WriteString(string(arg1))
	bw.WriteString(" Arg2:")
	bw.WriteString(string(arg2))
	bw.WriteByte('\n')
}

func writeInt(bw *bufio.Writer, n int) {
	var buf [20]byte
	bw.Write(strconv.AppendInt(buf[:0], int64(n), 10))
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
func entityID(i int) string { return string(appendEntityID(nil, i)) }

// appendEntityID appends entityID(i) to b.
func appendEntityID(b []byte, i int) []byte {
	return strconv.AppendInt(append(b, 'T'), int64(i+1), 10)
}

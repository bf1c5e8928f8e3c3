package brat

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract"
)

// Error is one problem in a .ann file. It prints as "name:line: message".
type Error struct {
	Name string // the file name given to Parse
	Line int    // 1-based line number
	Msg  string
}

// Error returns "name:line: message".
// Error returns "name:line: message".
// Error returns "name:line: message".
func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg) }

// ErrorList is every problem Parse found in one file, in line order. It
// prints one problem a line.
type ErrorList []*Error

// Error returns every problem, one a line.
func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Parse reads a .ann file annotating text; name is used in error messages.
// It is strict: a T line whose text differs from text at its offsets, offsets
// out of range, reversed or empty, a discontinuous span, a label or relation
// type the schema does not have, a duplicate id, an AnnotatorNotes line or a
// relation naming an entity the file does not define, and any malformed line
// are errors. Every problem found is reported, as an ErrorList. Blank lines
// and the line kinds A, M, N, E and * are ignored, as are notes other than
// AnnotatorNotes; CRLF line ends are accepted.
func Parse(r io.Reader, text string, name string) (*Document, error) {
	return parse(r, text, name, false)
}

// ParseGold is Parse for gold annotations, which ANNOTATION.md keeps flat:
// two entities that overlap are an error too, named by the line of each.
func ParseGold(r io.Reader, text string, name string) (*Document, error) {
	return parse(r, text, name, true)
}

// parse parses a .ann file; flat rejects overlapping entities.
func parse(r io.Reader, text string, name string, flat bool) (*Document, error) {
	p := &parser{
		flat:     flat,
		name:     name,
		text:     text,
		offsets:  runeOffsets(text),
		entities: map[string]int{},
		relIDs:   map[string]int{},
	}
	br := bufio.NewReader(r)
	for {
		line, err := br.ReadString('\n')
		if line != "" {
			p.line++
			p.parseLine(strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"))
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	p.resolve()
	if flat {
		p.checkFlat()
	}
	if len(p.errs) > 0 {
		slices.SortStableFunc(p.errs, func(a, b *Error) int { return a.Line - b.Line })
		return nil, p.errs
	}
	return &p.doc, nil
}

// parser holds the state of one Parse.
type parser struct {
	flat    bool // reject overlapping entities
	name    string
	text    string
	offsets []int // byte offset of each code point of text, then len(text)
	line    int
	doc     Document
	errs    ErrorList

	entities map[string]int // entity id → index in doc.Entities
	relIDs   map[string]int // relation id → line
	entLines []int          // line of each entity
	notes    []note
}

// note is an AnnotatorNotes line, attached to its entity once the whole
// file is read.
type note struct {
	line          int
	target, value string
}

// maxQuoted bounds the length, in code points, of the text from the file
// that an error message quotes: a message stays one readable line.
const maxQuoted = 60

func (p *parser) errorf(line int, format string, args ...any) {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = clip(s)
		}
	}
	p.errs = append(p.errs, &Error{Name: p.name, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) parseLine(line string) {
	if strings.TrimSpace(line) == "" {
		return
	}
	if strings.ContainsRune(line, '\r') {
		p.errorf(p.line, "carriage return inside a line")
		return
	}
	switch line[0] {
	case 'T':
		p.parseEntity(line)
	case 'R':
		p.parseRelation(line)
	case '#':
		p.parseNote(line)
	case 'A', 'M', 'N', 'E', '*':
		// Attributes, normalisations, events and equivalences are not
		// part of the schema.
	default:
		p.errorf(p.line, "unknown line kind %q", firstField(line))
	}
}

func (p *parser) parseEntity(line string) {
	parts := strings.SplitN(line, "\t", 3)
	if len(parts) != 3 {
		p.errorf(p.line, "malformed T line: want ID<TAB>LABEL START END<TAB>TEXT")
		return
	}
	id := parts[0]
	if !validID(id, 'T') {
		p.errorf(p.line, "malformed entity id %q: want T followed by digits", id)
		return
	}
	f := strings.Fields(parts[1])
	if strings.Contains(parts[1], ";") {
		p.errorf(p.line, "%s: discontinuous spans are not supported", id)
		return
	}
	if len(f) != 3 {
		p.errorf(p.line, "%s: malformed %q: want LABEL START END", id, parts[1])
		return
	}
	label := f[0]
	if _, ok := extract.ParseLabel(label); !ok {
		p.errorf(p.line, "%s: unknown label %q", id, label)
		return
	}
	start, err1 := strconv.Atoi(f[1])
	end, err2 := strconv.Atoi(f[2])
	n := len(p.offsets) - 1
	switch {
	case err1 != nil || err2 != nil:
		p.errorf(p.line, "%s: offsets %q %q are not integers", id, f[1], f[2])
		return
	case start < 0 || end > n:
		p.errorf(p.line, "%s: offsets %d %d out of range: the text has %d code points", id, start, end, n)
		return
	case start > end:
		p.errorf(p.line, "%s: reversed offsets %d %d", id, start, end)
		return
	case start == end:
		p.errorf(p.line, "%s: empty span at %d", id, start)
		return
	}
	covered := p.text[p.offsets[start]:p.offsets[end]]
	if lineText(covered) != parts[2] {
		p.errorf(p.line, "%s: text %q differs from the document's %q at %d-%d", id, parts[2], covered, start, end)
		return
	}
	if i, dup := p.entities[id]; dup {
		p.errorf(p.line, "duplicate id %s (first at line %d)", id, p.entLines[i])
		return
	}
	p.entities[id] = len(p.doc.Entities)
	p.entLines = append(p.entLines, p.line)
	p.doc.Entities = append(p.doc.Entities, Entity{ID: id, Label: label, Start: start, End: end, Text: covered})
}

func (p *parser) parseRelation(line string) {
	// A trailing TAB and anything after it is ignored, as brat does.
	parts := strings.SplitN(line, "\t", 3)
	if len(parts) < 2 {
		p.errorf(p.line, "malformed R line: want ID<TAB>TYPE Arg1:ID Arg2:ID")
		return
	}
	id := parts[0]
	if !validID(id, 'R') {
		p.errorf(p.line, "malformed relation id %q: want R followed by digits", id)
		return
	}
	f := strings.Fields(parts[1])
	if len(f) != 3 || !strings.HasPrefix(f[1], "Arg1:") || !strings.HasPrefix(f[2], "Arg2:") {
		p.errorf(p.line, "%s: malformed %q: want TYPE Arg1:ID Arg2:ID", id, parts[1])
		return
	}
	if !slices.Contains(extract.RelationTypes, extract.RelationType(f[0])) {
		p.errorf(p.line, "%s: unknown relation type %q", id, f[0])
		return
	}
	if first, dup := p.relIDs[id]; dup {
		p.errorf(p.line, "duplicate id %s (first at line %d)", id, first)
		return
	}
	p.relIDs[id] = p.line
	p.doc.Relations = append(p.doc.Relations, Relation{
		ID:   id,
		Type: f[0],
		Arg1: strings.TrimPrefix(f[1], "Arg1:"),
		Arg2: strings.TrimPrefix(f[2], "Arg2:"),
	})
}

func (p *parser) parseNote(line string) {
	parts := strings.SplitN(line, "\t", 3)
	if len(parts) < 2 {
		p.errorf(p.line, "malformed note: want ID<TAB>AnnotatorNotes TARGET<TAB>VALUE")
		return
	}
	f := strings.Fields(parts[1])
	if len(f) == 0 || f[0] != "AnnotatorNotes" {
		return // another kind of note: not part of the schema
	}
	if len(f) != 2 {
		p.errorf(p.line, "malformed note %q: want AnnotatorNotes TARGET", parts[1])
		return
	}
	n := note{line: p.line, target: f[1]}
	if len(parts) == 3 {
		n.value = parts[2]
	}
	p.notes = append(p.notes, n)
}

// resolve attaches the notes to their entities and checks the relations'
// arguments, once every entity of the file is known.
func (p *parser) resolve() {
	noteLine := map[string]int{}
	for _, n := range p.notes {
		i, ok := p.entities[n.target]
		switch {
		case !ok && p.relIDs[n.target] != 0:
			// A note on a relation carries no value of the schema.
		case !ok:
			p.errorf(n.line, "AnnotatorNotes for %s, which is not defined", n.target)
		case noteLine[n.target] != 0:
			p.errorf(n.line, "second AnnotatorNotes for %s (first at line %d)", n.target, noteLine[n.target])
		default:
			noteLine[n.target] = n.line
			p.doc.Entities[i].Value = n.value
		}
	}
	for _, r := range p.doc.Relations {
		for _, arg := range []string{r.Arg1, r.Arg2} {
			if _, ok := p.entities[arg]; !ok {
				p.errorf(p.relIDs[r.ID], "%s: argument %s is not defined", r.ID, arg)
			}
		}
	}
}

// checkFlat reports every pair of entities that overlap, at the line of
// the later one.
func (p *parser) checkFlat() {
	order := make([]int, len(p.doc.Entities))
	for i := range order {
		order[i] = i
	}
	ents := p.doc.Entities
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(ents[a].Start, ents[b].Start), cmp.Compare(ents[a].End, ents[b].End))
	})
	last := -1 // the entity reaching furthest so far
	for _, i := range order {
		if last >= 0 && ents[i].Start < ents[last].End {
			a, b := last, i
			if p.entLines[a] > p.entLines[b] {
				a, b = b, a
			}
			p.errorf(p.entLines[b], "%s %s %d-%d overlaps %s %s %d-%d (line %d): gold spans must not overlap",
				ents[b].ID, ents[b].Label, ents[b].Start, ents[b].End, ents[a].ID, ents[a].Label, ents[a].Start, ents[a].End, p.entLines[a])
		}
		if last < 0 || ents[i].End > ents[last].End {
			last = i
		}
	}
}

// clip shortens s to maxQuoted code points, marking the cut with "…".
func clip(s string) string {
	if utf8.RuneCountInString(s) <= maxQuoted {
		return s
	}
	return string([]rune(s)[:maxQuoted-1]) + "…"
}

// validID reports whether id is kind followed by one or more digits.
func validID(id string, kind byte) bool {
	if len(id) < 2 || id[0] != kind {
		return false
	}
	for i := 1; i < len(id); i++ {
		if id[i] < '0' || id[i] > '9' {
			return false
		}
	}
	return true
}

// firstField returns line up to its first TAB or space.
func firstField(line string) string {
	if i := strings.IndexAny(line, "\t "); i >= 0 {
		return line[:i]
	}
	return line
}

// runeOffsets returns the byte offset of each code point of s, followed by
// len(s). An invalid byte counts as one code point.
func runeOffsets(s string) []int {
	offs := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

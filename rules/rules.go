// Package rules holds the rule and gazetteer data of the extractor and
// loads it: the built-in files embedded in the binary, and a user's folder
// layered on top without recompiling.
//
// Every file is plain UTF-8 text, one entry a line. Fields within a line are
// separated by TAB characters. Blank lines and lines whose first non-blank
// character is '#' are ignored. In a user's folder, a file with the name of
// a built-in file adds its entries to the built-in ones, and a line
// "!ENTRY" removes every entry whose first field is ENTRY. README.md in this
// folder documents each file.
package rules

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/quote"
	"github.com/newsextract/newsextract/internal/safefile"
)

//go:embed *.txt *.tsv
var builtin embed.FS

// compiled is the compiled form of the built-in files that package extract
// writes with go generate (see Compiled).
//
//go:embed lexicon.bin
var compiled string

// Compiled returns the compiled form of the built-in rule files: what
// package extract compiles them to, written by its go generate so that a
// pipeline without user rules need not parse and compile the text files at
// start-up. Package extract alone reads it; it records the Manifest of the
// files it was compiled from, and extract's tests check that it matches
// the text files, which stay the source of truth.
func Compiled() string { return compiled }

// Entry is one line of a rule file.
type Entry struct {
	Fields []string
	// File and Line say where the entry was read, for error messages.
	File string
	Line int
}

// Error is a problem in a rule file, named by file and line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Set is every rule file, by name. It is read-only once loaded.
type Set struct {
	files    map[string][]Entry
	warnings []string
}

// Load reads the built-in rule files and, when user is not nil, the files of
// user layered over them. A user file whose name is not a built-in file's is
// an error, so that a misspelt name does not go unnoticed, and so is one
// whose name differs from a built-in file's only by case. A file whose name
// merely looks like a rule file's ("gpe.csv", "gpe.txt.bak") and one that is
// not a regular file (a named pipe, a device, a socket) are skipped with a
// warning (see Warnings).
func Load(user fs.FS) (*Set, error) {
	s := &Set{files: map[string][]Entry{}}
	names, err := builtinNames()
	if err != nil {
		return nil, err
	}
	scratch := make([]byte, copyBuffer)
	for _, name := range names {
		if err := s.read(builtin, name, name, scratch); err != nil {
			return nil, err
		}
	}
	if user == nil {
		return s, nil
	}
	err = fs.WalkDir(user, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("rules: %w", err)
		}
		if d.IsDir() {
			return nil
		}
		name, err := s.ruleName(p)
		if name == "" || err != nil {
			return err
		}
		fi, err := fs.Stat(user, p)
		if err != nil {
			return fmt.Errorf("rules: %w", err)
		}
		if !fi.Mode().IsRegular() {
			s.warnings = append(s.warnings, fmt.Sprintf("rules: %s: skipped: not a regular file (%s)", p, safefile.Kind(fi.Mode())))
			return nil
		}
		return s.read(user, p, name, scratch)
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// copyBuffer is the size of the buffer that files are read through, one
// for all the files of a Load.
const copyBuffer = 32 << 10

// builtinNames lists the built-in rule files, the .txt ones and then the
// .tsv ones, each in sorted order.
func builtinNames() ([]string, error) {
	var names []string
	for _, pattern := range []string{"*.txt", "*.tsv"} {
		m, err := fs.Glob(builtin, pattern)
		if err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
		names = append(names, m...)
	}
	return names, nil
}

// Manifest returns the names and sizes of the built-in rule files, a
// "name size" line each in sorted order, without reading the files. The
// compiled form records the manifest of the files it was compiled from, so
// that a reader can tell a compiled form older than the files (unless an
// edit kept every size: package extract's tests catch that one) and not
// use it.
func Manifest() (string, error) {
	entries, err := builtin.ReadDir(".")
	if err != nil {
		return "", fmt.Errorf("rules: %w", err)
	}
	var b []byte
	for _, e := range entries {
		fi, err := e.Info()
		if err != nil {
			return "", fmt.Errorf("rules: %w", err)
		}
		b = append(append(b, e.Name()...), ' ')
		b = append(strconv.AppendInt(b, fi.Size(), 10), '\n')
	}
	return string(b), nil
}

// LoadBuiltin reads the named built-in rule files alone, for a caller
// that has the others in compiled form (see Compiled).
func LoadBuiltin(names ...string) (*Set, error) {
	s := &Set{files: map[string][]Entry{}}
	scratch := make([]byte, copyBuffer)
	for _, name := range names {
		if err := s.read(builtin, name, name, scratch); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// ruleName returns the name of the built-in file that the user file p
// layers over, or "" when p is not a rule file (after a warning when its
// name looks like one), or an error when its name is wrong.
func (s *Set) ruleName(p string) (string, error) {
	name := path.Base(p)
	if _, ok := s.files[name]; ok {
		return name, nil
	}
	stem, _, _ := strings.Cut(name, ".")
	for _, known := range s.Names() {
		if strings.EqualFold(name, known) {
			return "", fmt.Errorf("rules: %s: the name differs only by case from the built-in %s", p, known)
		}
		if knownStem, _, _ := strings.Cut(known, "."); stem != "" && strings.EqualFold(stem, knownStem) {
			s.warnings = append(s.warnings, fmt.Sprintf("rules: %s: ignored: not a rule file name (did you mean %s?)", p, known))
			return "", nil
		}
	}
	if ext := path.Ext(name); ext == ".txt" || ext == ".tsv" {
		return "", fmt.Errorf("rules: %s: no built-in rule file has this name (known: %s)", p, strings.Join(s.Names(), ", "))
	}
	return "", nil
}

// Warnings returns the problems Load found that did not stop it: user files
// skipped, one message each naming the file.
func (s *Set) Warnings() []string { return s.warnings }

// read adds the entries of file p of fsys to the list called name, copying
// the file through scratch.
func (s *Set) read(fsys fs.FS, p, name string, scratch []byte) error {
	text, err := readText(fsys, p, scratch)
	if err != nil {
		return fmt.Errorf("rules: %w", err)
	}
	list, err := parse(text, p, s.files[name])
	if err != nil {
		return err
	}
	s.files[name] = list
	return nil
}

// readText returns the contents of file p of fsys as one string, copied
// through scratch without the second copy that converting a byte slice
// would make: the fields of its entries are substrings of it.
func readText(fsys fs.FS, p string, scratch []byte) (string, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var b strings.Builder
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		b.Grow(int(fi.Size()))
	}
	if _, err := io.CopyBuffer(&b, f, scratch); err != nil {
		return "", err
	}
	return b.String(), nil
}

// parse reads the lines of the rule file called file, of any length, from
// its text, and returns list with the file's entries added and the entries
// its "!" lines name removed (the entries of list and those of earlier
// lines). The fields are substrings of text, and the entries' field
// slices share one array.
func parse(text, file string, list []Entry) ([]Entry, error) {
	// Most files are valid UTF-8 as a whole; only in one that is not are
	// the lines checked one by one, to name the first bad one.
	checkLines := !utf8.ValidString(text)
	lines := strings.Count(text, "\n") + 1
	list = slices.Grow(list, lines)
	fields := make([]string, 0, lines+strings.Count(text, "\t"))
	// removedBefore maps the key of each "!" line to the length of list
	// when its last such line was read: the entries before that go.
	var removedBefore map[string]int
	for line := 1; text != ""; line++ {
		var row string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			row, text = text[:i], text[i+1:]
		} else {
			row, text = text, ""
		}
		if checkLines && !utf8.ValidString(row) {
			return nil, &Error{File: file, Line: line, Msg: "invalid UTF-8"}
		}
		e, grown, removal, perr := parseLine(row, fields)
		fields = grown
		switch {
		case perr != "":
			return nil, &Error{File: file, Line: line, Msg: perr}
		case removal:
			if removedBefore == nil {
				removedBefore = map[string]int{}
			}
			removedBefore[e.Fields[0]] = len(list)
		case e.Fields != nil:
			e.File, e.Line = file, line
			list = append(list, e)
		}
	}
	if len(removedBefore) == 0 {
		return list, nil
	}
	kept := list[:0]
	for i, e := range list {
		if n, ok := removedBefore[e.Fields[0]]; !ok || i >= n {
			kept = append(kept, e)
		}
	}
	return kept, nil
}

// parseLine parses one line of a rule file, valid UTF-8 without its
// newline: an entry, a removal ("!KEY", the key in e.Fields[0]), nothing
// (a blank line or a comment, e.Fields nil) or a problem. The fields of an
// entry are appended to buf, which parseLine returns, and e.Fields is their
// part of it, capped so that appending to one entry's fields cannot
// overwrite the next's.
func parseLine(text string, buf []string) (e Entry, _ []string, removal bool, problem string) {
	// Spaces and a CR around the line are trimmed, TABs are not: they
	// separate fields, and an empty field is an error.
	for text != "" && (text[0] == ' ' || text[0] == '\r') {
		text = text[1:]
	}
	for text != "" && (text[len(text)-1] == ' ' || text[len(text)-1] == '\r') {
		text = text[:len(text)-1]
	}
	trimmed := strings.TrimSpace(text)
	switch {
	case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		return e, buf, false, ""
	case strings.HasPrefix(trimmed, "!"):
		key := strings.TrimSpace(trimmed[1:])
		if key == "" {
			return e, buf, false, "empty field after !"
		}
		return Entry{Fields: []string{key}}, buf, true, ""
	}
	start := len(buf)
	for n := 1; ; n++ {
		field, rest, more := strings.Cut(text, "\t")
		field = strings.TrimSpace(field)
		if field == "" {
			return e, buf[:start], false, fmt.Sprintf("empty field %d", n)
		}
		buf = append(buf, field)
		if !more {
			break
		}
		text = rest
	}
	return Entry{Fields: buf[start:len(buf):len(buf)]}, buf, false, ""
}

// Names lists the rule files in sorted order.
func (s *Set) Names() []string {
	names := make([]string, 0, len(s.files))
	for n := range s.files {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Len returns the number of entries of all the files.
func (s *Set) Len() int {
	n := 0
	for _, list := range s.files {
		n += len(list)
	}
	return n
}

// List returns the entries of the named file, checking that each has
// between min and max fields. A missing file is an error.
func (s *Set) List(name string, min, max int) ([]Entry, error) {
	list, ok := s.files[name]
	if !ok {
		return nil, errors.New("rules: no rule file " + name)
	}
	for _, e := range list {
		if len(e.Fields) < min || len(e.Fields) > max {
			return nil, &Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("want %d to %d TAB-separated fields, have %d", min, max, len(e.Fields))}
		}
	}
	return list, nil
}

// CheckValues reports the first entry of list that has a second field not
// among allowed, naming its file and line.
func CheckValues(list []Entry, allowed ...string) error {
	for _, e := range list {
		if len(e.Fields) > 1 && !slices.Contains(allowed, e.Fields[1]) {
			return &Error{File: e.File, Line: e.Line, Msg: fmt.Sprintf("unknown value %s (want %s)", quote.Short(e.Fields[1]), strings.Join(allowed, ", "))}
		}
	}
	return nil
}

// Empty removes every entry of the named files, keeping the files known.
// It is for ablations: running the extractor without its name lists shows
// what the patterns find on their own.
func (s *Set) Empty(names ...string) {
	for _, n := range names {
		if _, ok := s.files[n]; ok {
			s.files[n] = nil
		}
	}
}

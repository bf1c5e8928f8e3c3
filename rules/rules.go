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
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed *.txt *.tsv
var builtin embed.FS

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
	files map[string][]Entry
}

// Load reads the built-in rule files and, when user is not nil, the files of
// user layered over them. A user file whose name is not a built-in file's is
// an error, so that a misspelt name does not go unnoticed.
func Load(user fs.FS) (*Set, error) {
	s := &Set{files: map[string][]Entry{}}
	var names []string
	for _, pattern := range []string{"*.txt", "*.tsv"} {
		m, err := fs.Glob(builtin, pattern)
		if err != nil {
			return nil, err
		}
		names = append(names, m...)
	}
	for _, name := range names {
		if err := s.read(builtin, name, name); err != nil {
			return nil, err
		}
	}
	if user == nil {
		return s, nil
	}
	err := fs.WalkDir(user, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		ext := path.Ext(p)
		if ext != ".txt" && ext != ".tsv" {
			return nil
		}
		name := path.Base(p)
		if _, ok := s.files[name]; !ok {
			return fmt.Errorf("rules: %s: no built-in rule file has this name (known: %s)", p, strings.Join(s.Names(), ", "))
		}
		return s.read(user, p, name)
	})
	if err != nil {
		return nil, err
	}
	return s, nil
}

// read adds the entries of file p of fsys to the list called name.
func (s *Set) read(fsys fs.FS, p, name string) error {
	f, err := fsys.Open(p)
	if err != nil {
		return fmt.Errorf("rules: %w", err)
	}
	defer f.Close()
	list := s.files[name]
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \r")
		trimmed := strings.TrimSpace(text)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		if strings.HasPrefix(trimmed, "!") {
			key := strings.TrimSpace(trimmed[1:])
			kept := list[:0]
			for _, e := range list {
				if e.Fields[0] != key {
					kept = append(kept, e)
				}
			}
			list = kept
			continue
		}
		fields := strings.Split(trimmed, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
			if fields[i] == "" {
				return &Error{File: p, Line: line, Msg: "empty field"}
			}
		}
		list = append(list, Entry{Fields: fields, File: p, Line: line})
	}
	if err := sc.Err(); err != nil {
		return &Error{File: p, Line: line, Msg: err.Error()}
	}
	s.files[name] = list
	return nil
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

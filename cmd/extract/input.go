package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsextract/newsextract/internal/record"
)

// source is one input file, or standard input.
type source struct {
	path string // the path to read, or "-" for standard input
	name string // names the source in messages: path, or "stdin"
	id   string // the document id of a text source: its base name without extension
	out  string // its output file with -out, relative to the folder and without extension
}

// stdinName names standard input in messages, ids and output files.
const stdinName = "stdin"

// expandPaths returns the sources named by paths: files as given, the files
// with extension ext found in folders (recursively, in lexical order), and
// standard input for "-".
func expandPaths(paths []string, ext string) ([]*source, error) {
	var sources []*source
	stdin := false
	for _, path := range paths {
		if path == "-" {
			if stdin {
				return nil, &usageError{cmd: "run", err: errors.New("- (standard input) given twice")}
			}
			stdin = true
			sources = append(sources, &source{path: "-", name: stdinName, id: stdinName, out: stdinName})
			continue
		}
		fi, err := os.Stat(path)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			sources = append(sources, newSource(path, filepath.Base(path)))
			continue
		}
		n := len(sources)
		err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ext) {
				return err
			}
			rel, err := filepath.Rel(path, p)
			if err != nil {
				return err
			}
			sources = append(sources, newSource(p, rel))
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(sources) == n {
			return nil, fmt.Errorf("%s: no %s files in folder", path, ext)
		}
	}
	return sources, nil
}

// newSource returns the source of the file at path, written with -out to
// rel without its extension.
func newSource(path, rel string) *source {
	base := filepath.Base(path)
	return &source{
		path: path,
		name: path,
		id:   strings.TrimSuffix(base, filepath.Ext(base)),
		out:  strings.TrimSuffix(rel, filepath.Ext(rel)),
	}
}

// checkOutputs reports an error when two sources would write the same file
// in dir, or a source's output would overwrite an input.
func checkOutputs(sources []*source, dir, ext string) error {
	inputs := make(map[string]bool)
	for _, s := range sources {
		if abs, err := filepath.Abs(s.path); err == nil && s.path != "-" {
			inputs[abs] = true
		}
	}
	written := make(map[string]string)
	if ext == ".html" {
		written[filepath.Join(dir, "index.html")] = "the index page"
	}
	for _, s := range sources {
		out := filepath.Join(dir, s.out+ext)
		if prev, ok := written[out]; ok {
			return fmt.Errorf("%s and %s would both be written to %s", prev, s.name, out)
		}
		written[out] = s.name
		if abs, err := filepath.Abs(out); err == nil && inputs[abs] {
			return fmt.Errorf("output %s would overwrite an input", out)
		}
	}
	return nil
}

// open opens the source for reading.
func (s *source) open(stdin io.Reader) (io.ReadCloser, error) {
	if s.path == "-" {
		return io.NopCloser(stdin), nil
	}
	return os.Open(s.path)
}

// readText emits the whole text of src as one document and reports whether
// to go on.
func readText(stdin io.Reader, src *source, dct string, emit func(*job) bool) bool {
	j := &job{src: src, name: src.name, id: src.id, dct: dct}
	r, err := src.open(stdin)
	if err == nil {
		var b []byte
		b, err = io.ReadAll(r)
		r.Close()
		j.text = string(b)
	}
	j.err = err
	return emit(j)
}

// readJSONLSource emits one document, or one failed job, per non-blank line
// of src, and reports whether to go on.
func readJSONLSource(stdin io.Reader, src *source, dct string, emit func(*job) bool) bool {
	r, err := src.open(stdin)
	if err != nil {
		return emit(&job{src: src, name: src.name, err: err})
	}
	defer r.Close()
	goOn := true
	err = readJSONL(r, func(line int, rec *record.Record, err error) bool {
		j := &job{src: src, name: fmt.Sprintf("%s:%d", src.name, line), dct: dct, err: err}
		if err == nil {
			j.id, j.text = rec.ID, *rec.Text
			if j.id == "" {
				j.id = j.name
			}
			if rec.DCT != "" {
				j.dct = rec.DCT
			}
		}
		goOn = emit(j)
		return goOn
	})
	if err != nil && goOn {
		goOn = emit(&job{src: src, name: src.name, err: err})
	}
	return goOn
}

// readJSONL reads JSON Lines from r, one line at a time whatever its length,
// and calls emit for each line that is not blank with its number (from 1)
// and either its record or why it is not a valid one (not JSON, no text, a
// bad dct). It stops early when emit returns false, and returns the error of
// reading r, if any.
func readJSONL(r io.Reader, emit func(line int, rec *record.Record, err error) bool) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte(record.BOM))
		}
		if len(bytes.TrimSpace(line)) > 0 {
			rec, perr := record.Parse(line)
			if !emit(n, rec, perr) {
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

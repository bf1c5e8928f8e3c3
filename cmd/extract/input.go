package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsextract/newsextract/internal/quote"
	"github.com/newsextract/newsextract/internal/record"
	"github.com/newsextract/newsextract/internal/safefile"
)

// reader turns sources into jobs: a text source into one document, a JSON
// Lines source into one per non-blank line.
type reader struct {
	stdin    io.Reader
	dct      string // the -dct flag
	maxBytes int64  // the -max-doc-bytes flag
	jsonl    bool
	// ids maps the hash of each JSON Lines id read to where it was read
	// first (see idPlace): about 26 bytes an id in the map, where the ids
	// themselves would take several times as much on a long stream. Two
	// ids collide with a chance of about n²/2⁶⁵ (10⁻⁸ for a million
	// records).
	ids  map[uint64]uint64
	seed maphash.Seed
	// idSources names the sources ids were read from, by index.
	idSources []string
}

// idPlace packs where an id was read: the index of its source in
// reader.idSources and its line number, below 2⁴⁰.
func idPlace(source, line int) uint64 { return uint64(source)<<40 | uint64(line)&(1<<40-1) }

// newReader returns a reader of the documents of sources as o says, with
// stdin as standard input.
func newReader(o *runOptions, stdin io.Reader) *reader {
	return &reader{stdin: stdin, dct: o.dct, maxBytes: o.maxDocBytes, jsonl: o.jsonl, ids: map[uint64]uint64{}, seed: maphash.MakeSeed()}
}

// tooLargeError is the error for a document over -max-doc-bytes.
type tooLargeError struct {
	size, max int64 // size is -1 when only known to be over max
}

func (e *tooLargeError) Error() string {
	if e.size < 0 {
		return fmt.Sprintf("over the -max-doc-bytes limit of %d bytes", e.max)
	}
	return fmt.Sprintf("%d bytes, over the -max-doc-bytes limit of %d", e.size, e.max)
}

// read emits the documents of src, and reports whether to go on.
func (r *reader) read(src *source, emit func(*job) bool) bool {
	if src.err != nil {
		return emit(&job{src: src, name: src.name, err: src.err})
	}
	if r.jsonl {
		return r.readJSONLSource(src, emit)
	}
	j := &job{src: src, name: src.name, id: src.id, out: src.out, dct: r.dct}
	j.text, j.err = r.readText(src)
	return emit(j)
}

// open opens src for reading, with the size of the file when it is a
// regular one (0 for a stream). A source found in a folder must be a
// regular file, and opening it never blocks.
func (r *reader) open(src *source) (io.ReadCloser, int64, error) {
	if src.path == "-" {
		return io.NopCloser(r.stdin), 0, nil
	}
	if src.special {
		f, err := os.Open(src.path)
		return f, 0, unwrapPath(err)
	}
	f, fi, err := safefile.Open(src.path)
	if err != nil {
		return nil, 0, unwrapPath(err)
	}
	return f, fi.Size(), nil
}

// readText reads the whole text of src into a buffer sized from the file's
// size, refusing one over the size limit before reading it.
func (r *reader) readText(src *source) (string, error) {
	f, size, err := r.open(src)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if size > r.maxBytes {
		return "", &tooLargeError{size: size, max: r.maxBytes}
	}
	var b strings.Builder
	b.Grow(int(size) + 1) // +1 to see the end of file without growing
	n, err := io.Copy(&b, io.LimitReader(f, r.maxBytes+1))
	if err != nil {
		return "", unwrapPath(err)
	}
	if n > r.maxBytes {
		return "", &tooLargeError{size: -1, max: r.maxBytes}
	}
	return b.String(), nil
}

// readJSONLSource emits one document, or one failed job, per non-blank line
// of src, and reports whether to go on.
func (r *reader) readJSONLSource(src *source, emit func(*job) bool) bool {
	f, _, err := r.open(src)
	if err != nil {
		return emit(&job{src: src, name: src.name, err: err})
	}
	defer f.Close()
	goOn := true
	source := -1 // the index of src in r.idSources, once it has an id
	err = readJSONL(f, r.maxBytes, func(line int, rec *record.Record, err error) bool {
		j := &job{src: src, name: src.name + ":" + strconv.Itoa(line), dct: r.dct, err: err}
		if err == nil {
			j.id, j.text = rec.ID, rec.Text
			if j.id == "" {
				j.id = j.name
			}
			h := maphash.String(r.seed, j.id)
			if first, dup := r.ids[h]; dup {
				j.err = fmt.Errorf("duplicate id %s (first at %s:%d)", quote.Short(j.id), r.idSources[first>>40], first&(1<<40-1))
			} else {
				if source < 0 {
					source = len(r.idSources)
					r.idSources = append(r.idSources, src.name)
				}
				r.ids[h] = idPlace(source, line)
				j.out = fileName(j.id)
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

// maxFileName is the longest file name, in bytes and without extension,
// that fileName returns: with an extension and the temporary name around
// it, it stays under the usual limit of 255 bytes.
const maxFileName = 120

// fileName returns a safe file name for a document id: letters, digits,
// '-', '_' and '.' are kept, every other character becomes '_', the name is
// cut to maxFileName bytes and never starts with a dot (no hidden file, no
// "..").
func fileName(id string) string {
	var b strings.Builder
	for _, c := range id {
		if !(c == '-' || c == '_' || c == '.' || isLetterOrDigit(c)) {
			c = '_'
		}
		if b.Len()+utf8.RuneLen(c) > maxFileName {
			break
		}
		b.WriteRune(c)
	}
	name := b.String()
	if name == "" || name[0] == '.' {
		name = "_" + name
	}
	return name
}

// isLetterOrDigit reports whether c is an ASCII letter or digit: other
// characters are not safe on every file system.
func isLetterOrDigit(c rune) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// readJSONL reads JSON Lines from r, one line at a time, and calls emit for
// each line that is not blank with its number (from 1) and either its
// record or why it is not a valid one (longer than maxBytes, not JSON, no
// text, a bad dct). A line is held in memory only up to maxBytes. It stops
// early when emit returns false, and returns the error of reading r, if any.
func readJSONL(r io.Reader, maxBytes int64, emit func(line int, rec *record.Record, err error) bool) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var buf []byte
	for n := 1; ; n++ {
		line, size, err := readLine(br, buf[:0], maxBytes)
		buf = line
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte(record.BOM))
		}
		if size > maxBytes {
			if !emit(n, nil, &tooLargeError{size: size, max: maxBytes}) {
				return nil
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			rec, perr := record.Parse(line)
			if !emit(n, rec, perr) {
				return nil
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return unwrapPath(err)
		}
	}
}

// readLine appends the next line of br, its '\n' included, to buf and
// returns it with the line's length, reading but not keeping the bytes
// past max. The error is io.EOF after the last line.
func readLine(br *bufio.Reader, buf []byte, max int64) ([]byte, int64, error) {
	var size int64
	for {
		chunk, err := br.ReadSlice('\n')
		if size+int64(len(chunk)) <= max {
			buf = append(buf, chunk...)
		}
		size += int64(len(chunk))
		if !errors.Is(err, bufio.ErrBufferFull) {
			return buf, size, err
		}
	}
}

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/newsextract/newsextract/internal/progress"
	"github.com/newsextract/newsextract/internal/termwidth"
	"github.com/newsextract/newsextract/render"
)

// output writes the processed documents in one format, to standard output
// or to one file per source, reports failed documents and progress on
// standard error, and keeps the statistics of the run.
type output struct {
	format *render.Format
	dir    string // the -out folder, or "" for standard output
	stdout io.Writer
	stderr io.Writer
	cur    *stream // the stream being written, or nil
	// recordsErrors is whether the format writes error records.
	recordsErrors bool
	// index collects the pages of the html format with -out, for
	// dir/index.html.
	index *render.HTMLIndex

	stats stats
	start time.Time
	// quiet leaves out the summary line.
	quiet bool
	// columns is the width tables on standard output must fit, 0 for no
	// limit.
	columns int
	// bar shows progress on standard error when it is a terminal; nil
	// otherwise.
	bar *progress.Bar
}

// stats counts what a run did.
type stats struct {
	docs, entities, failed int
	bytes                  int64
}

// stream is one output stream: standard output, or the file of a source.
type stream struct {
	src  *source // nil for standard output
	file *os.File
	w    *bufio.Writer
	enc  render.Encoder
}

// progressEvery is how often progress is shown.
const progressEvery = 200 * time.Millisecond

// newOutput returns the output of a run of total documents (-1 when not
// known) in format, to dir or standard output when dir is "".
func newOutput(e *env, format *render.Format, dir string, total int64, quiet bool) *output {
	o := &output{
		format:  format,
		dir:     dir,
		stdout:  e.stdout,
		stderr:  e.stderr,
		start:   time.Now(),
		quiet:   quiet,
		columns: termwidth.Of(e.stdout),
	}
	if isTerminal(e.stderr) {
		o.bar = progress.New(e.stderr, total, progressEvery)
	}
	_, o.recordsErrors = format.New(io.Discard).(render.ErrorEncoder)
	if dir != "" && format.Name == "html" {
		o.index = &render.HTMLIndex{}
	}
	return o
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// write writes one processed job: its document, or its error on standard
// error and, when the format records errors, in the output too.
func (o *output) write(j *job) error {
	o.stats.docs++
	o.stats.bytes += int64(j.size)
	if j.err != nil {
		o.stats.failed++
		o.clearProgress()
		fmt.Fprintf(o.stderr, "%s: %v\n", j.name, j.err)
	} else {
		o.stats.entities += len(j.doc.Entities)
	}
	if j.err == nil || o.recordsErrors {
		s, err := o.stream(j.src)
		if err != nil {
			return err
		}
		if j.err != nil {
			err = s.enc.(render.ErrorEncoder).EncodeError(j.name, j.err)
		} else {
			err = s.enc.Encode(j.doc)
			if o.index != nil {
				o.index.Add(filepath.ToSlash(j.src.out+o.format.Ext), j.doc)
			}
		}
		if err == nil {
			err = s.w.Flush()
		}
		if err != nil {
			return err
		}
	}
	o.showProgress()
	return nil
}

// stream returns the stream the documents of src go to, opening it and
// closing the previous one as needed.
func (o *output) stream(src *source) (*stream, error) {
	if o.dir == "" {
		src = nil // every document goes to standard output
	}
	if o.cur != nil && o.cur.src == src {
		return o.cur, nil
	}
	if err := o.closeStream(); err != nil {
		return nil, err
	}
	s := &stream{src: src}
	var w io.Writer = o.stdout
	if src != nil {
		path := filepath.Join(o.dir, src.out+o.format.Ext)
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			return nil, err
		}
		f, err := os.Create(path)
		if err != nil {
			return nil, err
		}
		s.file, w = f, f
	}
	s.w = bufio.NewWriter(w)
	if src == nil {
		s.enc = o.format.New(render.Terminal{Writer: s.w, Columns: o.columns})
	} else {
		s.enc = o.format.New(s.w)
	}
	o.cur = s
	return s, nil
}

// closeStream finishes the current stream, if any.
func (o *output) closeStream() error {
	s := o.cur
	if s == nil {
		return nil
	}
	o.cur = nil
	err := s.enc.Close()
	if ferr := s.w.Flush(); err == nil {
		err = ferr
	}
	if s.file != nil {
		if cerr := s.file.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// showProgress counts one more document on the progress bar.
func (o *output) showProgress() {
	if o.bar != nil {
		o.bar.Add(1)
	}
}

// clearProgress erases the progress bar, if one is shown, so that the next
// message starts on a clean line.
func (o *output) clearProgress() {
	if o.bar != nil {
		o.bar.Clear()
	}
}

// rate returns the input read per second so far, in MiB.
func (o *output) rate() float64 {
	return float64(o.stats.bytes) / (1 << 20) / max(time.Since(o.start).Seconds(), 1e-9)
}

// close finishes the output and writes the summary line on standard error.
// Standard output is opened even when no document was written to it, so
// that the json format writes an empty array.
func (o *output) close() error {
	if o.dir == "" && o.cur == nil {
		if _, err := o.stream(nil); err != nil {
			return err
		}
	}
	err := o.closeStream()
	if o.index != nil && err == nil {
		err = o.index.WriteFile(filepath.Join(o.dir, "index.html"))
	}
	o.clearProgress()
	if !o.quiet {
		fmt.Fprintf(o.stderr, "documents: %d, entities: %d, errors: %d, %.1f MiB/s\n",
			o.stats.docs, o.stats.entities, o.stats.failed, o.rate())
	}
	return err
}

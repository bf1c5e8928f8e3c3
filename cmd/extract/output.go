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

	"github.com/newsextract/newsextract/internal/safefile"
	"github.com/newsextract/newsextract/render"
)

// output writes the processed documents in one format, to standard output
// or with -out to one file per document, reports failed documents and
// progress on standard error, and keeps the statistics of the run.
type output struct {
	format *render.Format
	dir    string // the -out folder, or "" for standard output
	stdout io.Writer
	stderr io.Writer
	std    *stream // standard output's stream once opened, without -out
	// recordsErrors is whether the format writes error records.
	recordsErrors bool
	// index collects the pages of the html format with -out, for
	// dir/index.html.
	index *render.HTMLIndex
	// written maps each file written with -out to the input it was
	// written for, so that no document overwrites another's output.
	written map[string]string

	stats stats
	start time.Time
	// bar shows progress on standard error when it is a terminal; nil
	// otherwise.
	bar *progress.Bar
	// quiet leaves out the summary line.
	quiet bool
	// columns is the width tables on standard output must fit, 0 for no
	// limit.
	columns int
}

// stats counts what a run did.
type stats struct {
	docs, entities, failed int
	bytes                  int64
}

// stream is standard output's stream of documents.
type stream struct {
	w   *bufio.Writer
	enc render.Encoder
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
	if dir != "" {
		o.written = make(map[string]string)
		if format.Name == "html" {
			o.index = &render.HTMLIndex{}
			o.written[o.indexPath()] = "the index page"
		}
	}
	return o
}

// indexPath is the path of the html format's index page with -out.
func (o *output) indexPath() string { return filepath.Join(o.dir, "index.html") }

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
// error and, when the format records errors, in the output too. With -out,
// a document whose file cannot be written is a failed document and the run
// goes on; an error writing standard output stops the run.
func (o *output) write(j *job) error {
	o.stats.docs++
	o.stats.bytes += int64(j.size)
	if o.dir != "" && j.out != "" && (j.err == nil || o.recordsErrors) {
		if err := o.writeFile(j); err != nil {
			if j.err != nil {
				o.report(j.name, j.err)
			}
			j.doc, j.err = nil, err
		}
	}
	if j.err != nil {
		o.stats.failed++
		o.report(j.name, j.err)
	} else {
		o.stats.entities += len(j.doc.Entities)
	}
	if o.dir == "" && (j.err == nil || o.recordsErrors) {
		if err := o.writeStdout(j); err != nil {
			return err
		}
	}
	o.showProgress()
	return nil
}

// report writes the error of the input called name on standard error.
func (o *output) report(name string, err error) {
	o.clearProgress()
	fmt.Fprintf(o.stderr, "%s: %v\n", name, err)
}

// encode writes the document or the error record of j with enc.
func encode(enc render.Encoder, j *job) error {
	if j.err != nil {
		return enc.(render.ErrorEncoder).EncodeError(j.name, j.err)
	}
	return enc.Encode(j.doc)
}

// writeStdout writes j to standard output, flushed so that a stream shows
// each document as soon as it is done.
func (o *output) writeStdout(j *job) error {
	if err := encode(o.stdStream().enc, j); err != nil {
		return err
	}
	return o.std.w.Flush()
}

// stdStream returns standard output's stream, opening it at first use.
func (o *output) stdStream() *stream {
	if o.std == nil {
		w := bufio.NewWriter(o.stdout)
		o.std = &stream{w: w, enc: o.format.New(render.Terminal{Writer: w, Columns: o.columns})}
	}
	return o.std
}

// writeFile writes j to its own file in the -out folder, atomically, and
// with the brat format the document's text beside its annotations, as
// brat and eval report read them in pairs.
func (o *output) writeFile(j *job) error {
	base := filepath.Join(o.dir, j.out)
	path := base + o.format.Ext
	if prev, ok := o.written[path]; ok {
		return fmt.Errorf("output %s already written for %s", path, prev)
	}
	if isInput(path, j.src) {
		return fmt.Errorf("output %s would overwrite the input", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		return err
	}
	if o.format.Name == "brat" && j.err == nil {
		if txt := base + ".txt"; !isInput(txt, j.src) {
			if err := safefile.Write(txt, func(w io.Writer) error {
				_, err := io.WriteString(w, j.doc.Text)
				return err
			}); err != nil {
				return err
			}
		}
	}
	err := safefile.Write(path, func(w io.Writer) error {
		enc := o.format.New(w)
		if err := encode(enc, j); err != nil {
			return err
		}
		return enc.Close()
	})
	if err != nil {
		return err
	}
	o.written[path] = j.name
	if o.index != nil && j.err == nil {
		o.index.Add(filepath.ToSlash(j.out+o.format.Ext), j.doc)
	}
	return nil
}

// isInput reports whether path is the file src was read from.
func isInput(path string, src *source) bool {
	if src == nil || src.path == "" || src.path == "-" {
		return false
	}
	fi, err := os.Stat(path)
	if err != nil {
		return false
	}
	in, err := os.Stat(src.path)
	return err == nil && os.SameFile(fi, in)
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

// close finishes the output: standard output's stream (opened even when no
// document was written to it, so that the json format writes an empty
// array) or the index page of the html format, and writes the summary line
// on standard error.
func (o *output) close() error {
	var err error
	if o.dir == "" {
		err = o.stdStream().enc.Close()
		if ferr := o.std.w.Flush(); err == nil {
			err = ferr
		}
	}
	if o.index != nil {
		if ierr := safefile.Write(o.indexPath(), o.index.Write); err == nil {
			err = ierr
		}
	}
	o.clearProgress()
	if !o.quiet {
		fmt.Fprintf(o.stderr, "documents: %d, entities: %d, errors: %d, %.1f MiB/s\n",
			o.stats.docs, o.stats.entities, o.stats.failed, o.rate())
	}
	return err
}

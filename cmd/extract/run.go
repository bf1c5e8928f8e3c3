package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/cli"
	"github.com/newsextract/newsextract/internal/record"
	"github.com/newsextract/newsextract/render"
)

var runCmd = &cli.Command{
	Name:  "run",
	Args:  "PATH...",
	Short: "extract the entities of documents",
	Long:  runLong(),
	Setup: setupRun,
}

// runLong returns the description of the run command.
func runLong() string {
	var b strings.Builder
	b.WriteString(`Run extracts the entities, relations and people of each document and writes
them to standard output, or with --out to one file per document: named
after the input file, or after the id of a jsonl record (letters, digits,
'-', '_' and '.' kept, others '_'). The brat format also writes each text
beside its .ann file, so that the pair opens in brat and eval report reads
it. Each file is written whole or not at all (to a temporary name, then
renamed); a file that cannot be written fails its document. Two runs
cannot write into one folder at once.

PATH is a text file, a folder (its .txt files, recursively, in sorted
order) or - for standard input. With --input jsonl, each line of a file
(of the .jsonl files of a folder) is one document
{"id": "...", "text": "...", "dct": "YYYY-MM-DD"}; blank lines are skipped.
A line must be valid UTF-8 without unpaired surrogate escapes; field
names are matched exactly; ids must be unique.

Only regular files are read from a folder: a named pipe, a device, a
socket or a dangling link there, an unreadable folder, a missing path or a
folder without input files is reported by name, and the rest still runs.
A document larger than --max-doc-bytes, or that takes longer than
--doc-timeout, fails and the others go on. On SIGINT or SIGTERM the run
stops taking documents, ends its output cleanly (the summary, the json
array, the html index) and exits with status 130 or 143.

Outputs come in input order whatever -j. A document that cannot be
processed is reported on standard error by name, and the others still run;
the json and jsonl formats write an error record {"id": NAME, "error": WHY}
in its place. A summary goes to standard error at the end (not with -q). The
exit status is 1 when any document failed, 2 for a usage error.

The json format writes an array of documents, jsonl one document a line;
docs/schema/document.schema.json describes a document: every entity with
its code-point offsets (start, end, as brat counts) and its byte offsets
(byte_start, byte_end), the schema name and the tool's version.

Formats (file extension with --out):
`)
	for _, f := range render.Formats() {
		fmt.Fprintf(&b, "\t%-7s %-7s %s\n", f.Name, f.Ext, f.Help)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// runOptions are the validated flags of the run command.
type runOptions struct {
	format      *render.Format
	outDir      string // "" for standard output
	jsonl       bool   // -input jsonl
	dct         string
	config      extract.Config
	workers     int
	docTimeout  time.Duration // 0 for none
	maxDocBytes int64
	quiet       bool // -q: no summary line
}

// Defaults of the run command's limits.
const (
	defaultDocTimeout  = time.Minute
	defaultMaxDocBytes = 64 << 20
)

// setupRun defines the flags of the run command.
func setupRun(fs *flag.FlagSet) func(*cli.Env, []string) error {
	format := fs.String("format", render.Names()[0], "output `format`: "+strings.Join(render.Names(), ", "))
	outDir := fs.String("out", "", "write one file per document into `DIR` (created if missing) instead of standard output")
	input := fs.String("input", "text", "input `kind`: text, or jsonl for JSON Lines records")
	dct := fs.String("dct", "", "document creation `date` YYYY-MM-DD for every document (a jsonl record's dct wins)")
	rules := fs.String("rules", "", "folder `DIR` of rule files layered over the built-in ones")
	ner := fs.String("ner", "none", "statistical named-entity recogniser: none or prose")
	workers := fs.Int("j", 0, "process `N` documents at once (default the number of CPUs)")
	docTimeout := fs.Duration("doc-timeout", defaultDocTimeout, "fail a document that takes longer than `D` to process, and go on (0 for no limit)")
	maxDocBytes := fs.Int64("max-doc-bytes", defaultMaxDocBytes, "fail a document (a file, or a jsonl line) larger than `N` bytes, and go on")
	quiet := fs.Bool("q", false, "quiet: no summary line on standard error (failed documents are still reported)")
	return func(ce *cli.Env, args []string) error {
		e := newEnv(ce)
		o := &runOptions{outDir: *outDir, dct: *dct, workers: *workers, docTimeout: *docTimeout, maxDocBytes: *maxDocBytes, quiet: *quiet}
		usage := func(err error) error { return &usageError{cmd: "run", err: err} }
		var err error
		if o.format, err = render.ByName(*format); err != nil {
			return usage(err)
		}
		switch *input {
		case "text":
		case "jsonl":
			o.jsonl = true
		default:
			return usage(fmt.Errorf("unknown input kind %q (want text or jsonl)", *input))
		}
		if o.dct != "" {
			if err := record.CheckDate(o.dct); err != nil {
				return usage(fmt.Errorf("--dct: %v", err))
			}
		}
		if err := o.config.SetNER(*ner); err != nil {
			return usage(fmt.Errorf("--ner: %w", err))
		}
		switch {
		case o.workers < 0:
			return usage(fmt.Errorf("-j %d: want a positive number", o.workers))
		case o.workers == 0:
			o.workers = runtime.NumCPU()
		}
		if o.docTimeout < 0 {
			return usage(fmt.Errorf("--doc-timeout %v: want a positive duration, or 0", o.docTimeout))
		}
		if o.maxDocBytes <= 0 {
			return usage(fmt.Errorf("--max-doc-bytes %d: want a positive number", o.maxDocBytes))
		}
		if err := checkPaths(args); err != nil {
			return usage(err)
		}
		if o.config.Rules, err = rulesFS(*rules); err != nil {
			return usage(err)
		}
		pipe, err := extract.New(o.config)
		if err != nil {
			return err
		}
		for _, w := range pipe.Warnings() {
			fmt.Fprintf(e.stderr, "extract: %s\n", w)
		}
		return runExtract(e, o, pipe, args)
	}
}

// knownTotal returns the number of documents of paths when it is known
// ahead, files of text named one by one, or -1.
func knownTotal(o *runOptions, paths []string) int64 {
	if o.jsonl {
		return -1
	}
	for _, p := range paths {
		if fi, err := os.Stat(p); p == "-" || err != nil || !fi.Mode().IsRegular() {
			return -1
		}
	}
	return int64(len(paths))
}

// runExtract processes the documents of paths with p as o says. It stops
// taking documents when e.ctx is cancelled (by a signal), writes what was
// done, and returns the cause of the cancellation.
func runExtract(e *env, o *runOptions, p processor, paths []string) error {
	w := &walker{ext: ".txt"}
	if o.jsonl {
		w.ext = ".jsonl"
	}
	if o.outDir != "" {
		if err := os.MkdirAll(o.outDir, 0o777); err != nil {
			return err
		}
		unlock, err := lockDir(o.outDir)
		if err != nil {
			return err
		}
		defer unlock()
		if w.skip, err = os.Stat(o.outDir); err != nil {
			return err
		}
	} else if f, ok := e.stdout.(*os.File); ok && isClosedStdout(f) {
		return errors.New("standard output is closed")
	}
	r := newReader(o, e.stdin)
	out := newOutput(e, o.format, o.outDir, knownTotal(o, paths), o.quiet)
	budget := budgetOf(e.ctx, o.format.Name)
	budget.add(0)
	consume := func(j *job) error {
		defer budget.add(-int64(j.size))
		return out.write(j)
	}
	if rc, ok := p.(recycler); ok {
		// The encoders keep nothing of a document once it is written.
		write := consume
		consume = func(j *job) error {
			err := write(j)
			if j.doc != nil {
				rc.Recycle(j.doc)
				j.doc = nil
			}
			return err
		}
	}
	err := processOrdered(e.ctx, o.workers,
		func(emit func(*job) bool) {
			read := func(j *job) bool {
				budget.add(int64(len(j.text)))
				return emit(j)
			}
			for _, path := range paths {
				if !w.walk(path, func(src *source) bool { return r.read(src, read) }) {
					return
				}
			}
		},
		func(j *job) { j.process(e.ctx, p, o.docTimeout) },
		consume)
	if cerr := out.close(); err == nil {
		err = cerr
	}
	switch {
	case err != nil:
		return err
	case e.ctx.Err() != nil:
		return context.Cause(e.ctx)
	case out.stats.failed > 0:
		return fmt.Errorf("%d of %d documents failed", out.stats.failed, out.stats.docs)
	}
	return nil
}

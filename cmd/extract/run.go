package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/cli"
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
them to standard output, or with --out to one file per input.

PATH is a text file, a folder (its .txt files, recursively, in sorted
order) or - for standard input. With --input jsonl, each line of a file
(of the .jsonl files of a folder) is one document
{"id": "...", "text": "...", "dct": "YYYY-MM-DD"}; blank lines are skipped.

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
	format  *render.Format
	outDir  string // "" for standard output
	jsonl   bool   // -input jsonl
	dct     string
	config  extract.Config
	workers int
	quiet   bool // -q: no summary line
}

// setupRun defines the flags of the run command.
func setupRun(fs *flag.FlagSet) func(*cli.Env, []string) error {
	format := fs.String("format", render.Names()[0], "output `format`: "+strings.Join(render.Names(), ", "))
	outDir := fs.String("out", "", "write one file per input into `DIR` (created if missing) instead of standard output")
	input := fs.String("input", "text", "input `kind`: text, or jsonl for JSON Lines records")
	dct := fs.String("dct", "", "document creation `date` YYYY-MM-DD for every document (a jsonl record's dct wins)")
	rules := fs.String("rules", "", "folder `DIR` of rule files layered over the built-in ones")
	ner := fs.String("ner", "none", "statistical named-entity recogniser: none or prose")
	workers := fs.Int("j", 0, "process `N` documents at once (default the number of CPUs)")
	quiet := fs.Bool("q", false, "quiet: no summary line on standard error (failed documents are still reported)")
	return func(ce *cli.Env, args []string) error {
		e := &env{stdin: ce.Stdin, stdout: ce.Stdout, stderr: ce.Stderr}
		o := &runOptions{outDir: *outDir, dct: *dct, workers: *workers, quiet: *quiet}
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
			if err := checkDate(o.dct); err != nil {
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
		if len(args) == 0 {
			return usage(errors.New("no PATH given"))
		}
		if o.config.Rules, err = rulesFS(*rules); err != nil {
			return usage(err)
		}
		return runExtract(e, o, args)
	}
}

// checkDate reports why s is not a date YYYY-MM-DD.
func checkDate(s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	return nil
}

// runExtract processes the documents of paths as o says.
func runExtract(e *env, o *runOptions, paths []string) error {
	ext := ".txt"
	if o.jsonl {
		ext = ".jsonl"
	}
	sources, err := expandPaths(paths, ext)
	if err != nil {
		return err
	}
	if o.outDir != "" {
		if err := checkOutputs(sources, o.outDir, o.format.Ext); err != nil {
			return err
		}
		if err := os.MkdirAll(o.outDir, 0o777); err != nil {
			return err
		}
	}
	pipe, err := extract.New(o.config)
	if err != nil {
		return err
	}
	total := int64(len(sources)) // a text source is one document
	if o.jsonl {
		total = -1
	}
	out := newOutput(e, o.format, o.outDir, total, o.quiet)
	read := readText
	if o.jsonl {
		read = readJSONLSource
	}
	err = processOrdered(o.workers,
		func(emit func(*job) bool) {
			for _, src := range sources {
				if !read(e.stdin, src, o.dct, emit) {
					return
				}
			}
		},
		func(j *job) { j.process(pipe) },
		out.write)
	if cerr := out.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if out.stats.failed > 0 {
		return fmt.Errorf("%d of %d documents failed", out.stats.failed, out.stats.docs)
	}
	return nil
}

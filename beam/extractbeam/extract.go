package extractbeam

import (
	"bytes"
	"cmp"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/render"
)

func init() {
	register.DoFn4x0[Input, func(string), func(Facts), func(DeadLetter)](&extractFn{})
	register.Emitter1[string]()
	register.Emitter1[Facts]()
}

// extractFn runs the extract pipeline over each document. Its exported
// fields are its configuration: Beam serialises them into the job, so they
// reach every worker, where flags and package state of the launching
// program do not.
type extractFn struct {
	// Rules holds the contents of the rule files layered over the
	// built-in ones, by their path in the rules folder.
	Rules map[string]string
	// ProseNER adds prose's named-entity recogniser.
	ProseNER bool
	// DCT is the document creation date of documents that have none.
	DCT string

	pipe  *extract.Pipeline
	jsonl *render.Format
}

// Setup builds the pipeline, once per DoFn instance: the runner reuses an
// instance for many bundles.
func (f *extractFn) Setup() error {
	cfg := extract.Config{ProseNER: f.ProseNER}
	if len(f.Rules) > 0 {
		cfg.Rules = rulesFS(f.Rules)
	}
	pipe, err := extract.New(cfg)
	if err != nil {
		return fmt.Errorf("building the extract pipeline: %w", err)
	}
	jsonl, err := render.ByName("jsonl")
	if err != nil {
		return err
	}
	f.pipe, f.jsonl = pipe, jsonl
	return nil
}

// ProcessElement emits the document's JSON record and its facts for the
// indexes, or a dead letter.
func (f *extractFn) ProcessElement(in Input, emitDoc func(string), emitFacts func(Facts), dead func(DeadLetter)) {
	doc, line, err := f.process(in)
	if err != nil {
		dead(DeadLetter{Input: in.Source, ID: in.ID, Stage: StageExtract, Error: err.Error()})
		return
	}
	emitDoc(line)
	emitFacts(newFacts(doc))
}

// process runs the pipeline over in and encodes the document as extract
// run --format jsonl does. A panic becomes an error, so that one document
// cannot fail the job.
func (f *extractFn) process(in Input) (doc *extract.Doc, line string, err error) {
	defer func() {
		if r := recover(); r != nil {
			doc, line, err = nil, "", fmt.Errorf("%s: panic: %v", in.ID, r)
		}
	}()
	doc, err = f.pipe.Process(in.ID, in.Text, cmp.Or(in.DCT, f.DCT))
	if err != nil {
		return nil, "", err
	}
	var buf bytes.Buffer
	enc := f.jsonl.New(&buf)
	if err := enc.Encode(doc); err != nil {
		return nil, "", fmt.Errorf("%s: encoding: %w", in.ID, err)
	}
	if err := enc.Close(); err != nil {
		return nil, "", fmt.Errorf("%s: encoding: %w", in.ID, err)
	}
	return doc, strings.TrimSuffix(buf.String(), "\n"), nil
}

// LoadRules reads the rule files (.txt and .tsv) of the local folder dir,
// by their path in it, for Options.Rules.
func LoadRules(dir string) (map[string]string, error) {
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		if ext := filepath.Ext(p); ext != ".txt" && ext != ".tsv" {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	return files, nil
}

// rulesFS serves the rule files of LoadRules as a file system.
func rulesFS(files map[string]string) fs.FS {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text), Mode: 0o444}
	}
	return fsys
}

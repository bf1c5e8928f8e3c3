package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsextract/newsextract/brat"
	"github.com/newsextract/newsextract/eval"
	"github.com/newsextract/newsextract/extract"
)

var reportCommand = &command{
	name:  "report",
	args:  "[--docs DIR] [--gold DIR] [--pred DIR] [--rules DIR] [--ner none|prose] [--lists on|off] [--format table|markdown|json|html] [--errors] [--min-f1 X]",
	short: "score the extractor (or --pred predictions) against gold annotations",
	flags: func(fs *flag.FlagSet) func(stdout, stderr io.Writer) error {
		var o reportOptions
		fs.StringVar(&o.docs, "docs", "seeds", "folder of the documents `DIR`/NAME.txt")
		fs.StringVar(&o.gold, "gold", "gold", "folder of the gold annotations `DIR`/NAME.ann")
		fs.StringVar(&o.pred, "pred", "", "score the predictions `DIR`/NAME.ann of another system instead of running the extractor")
		fs.StringVar(&o.rules, "rules", "", "folder of rule files `DIR` layered over the built-in rules")
		fs.StringVar(&o.ner, "ner", "none", "statistical named-entity recogniser: none or prose")
		fs.StringVar(&o.lists, "lists", "on", "name lists (places, organisations, events, given and family names): on, or off to run the extractor without them (an ablation)")
		fs.StringVar(&o.format, "format", string(eval.FormatTable), "report `format`: table, markdown, json or html (a page that always lists the errors by document)")
		fs.BoolVar(&o.errors, "errors", false, "list every strict false positive and false negative")
		fs.Float64Var(&o.minF1, "min-f1", 0, "fail when the strict micro-F1 is below `X`")
		return o.run
	},
}

// reportOptions are the flags of eval report.
type reportOptions struct {
	docs, gold, pred, rules string
	ner, lists              string
	format                  string
	errors                  bool
	minF1                   float64
}

// document is a text and its gold annotation file.
type document struct {
	name     string // NAME, without extension
	textPath string
	goldPath string
}

func (o *reportOptions) run(stdout, stderr io.Writer) error {
	format := eval.Format(o.format)
	if !slices.Contains(eval.Formats, format) {
		return usagef("unknown format %q", o.format)
	}
	if o.minF1 < 0 || o.minF1 > 1 {
		return usagef("--min-f1 %v is not between 0 and 1", o.minF1)
	}
	if o.pred != "" && o.rules != "" {
		return usagef("--rules has no use with --pred")
	}
	if o.lists != "on" && o.lists != "off" {
		return usagef("--lists %q: want on or off", o.lists)
	}
	if o.pred != "" && o.lists == "off" {
		return usagef("--lists off has no use with --pred")
	}

	docs, err := pairDocuments(o.docs, o.gold, stderr)
	if err != nil {
		return err
	}
	cfg, err := o.config()
	if err != nil {
		return err
	}
	// The meter classifies gold names by the full lists, also when the
	// predictions come from a run without them (--lists off).
	lists, err := extract.New(cfg)
	if err != nil {
		return fmt.Errorf("loading the extractor: %w", err)
	}
	predict, err := o.predictor(cfg, lists)
	if err != nil {
		return err
	}
	ev := eval.New()
	ev.MeasureLists(lists)
	for _, d := range docs {
		text, err := os.ReadFile(d.textPath)
		if err != nil {
			return err
		}
		gold, err := parseFile(d.goldPath, string(text))
		if err != nil {
			return err
		}
		pred, err := predict(d.name, string(text))
		if err != nil {
			return err
		}
		ev.Add(d.name, string(text), gold, pred)
	}

	r := ev.Result()
	if err := r.Report(stdout, eval.ReportOptions{Format: format, Errors: o.errors}); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	if f1 := r.Micro[eval.Strict].F1; f1 < o.minF1 {
		return fmt.Errorf("strict micro-F1 %.4f is below --min-f1 %.4f", f1, o.minF1)
	}
	return nil
}

// config returns the extractor's configuration from the flags.
func (o *reportOptions) config() (extract.Config, error) {
	var cfg extract.Config
	if err := cfg.SetNER(o.ner); err != nil {
		return cfg, usagef("--ner: %v", err)
	}
	if o.rules != "" {
		cfg.Rules = os.DirFS(o.rules)
	}
	return cfg, nil
}

// predictor returns the function that gives the predictions for a
// document: those read from --pred, or the extractor's — p, or one built
// without name lists for --lists off.
func (o *reportOptions) predictor(cfg extract.Config, p *extract.Pipeline) (func(name, text string) (*brat.Document, error), error) {
	if o.pred != "" {
		return func(name, text string) (*brat.Document, error) {
			d, err := parseFile(filepath.Join(o.pred, name+".ann"), text)
			if errors.Is(err, fs.ErrNotExist) {
				return &brat.Document{}, nil // no file: no predictions
			}
			return d, err
		}, nil
	}
	if o.lists == "off" {
		cfg.NoNameLists = true
		var err error
		if p, err = extract.New(cfg); err != nil {
			return nil, fmt.Errorf("loading the extractor: %w", err)
		}
	}
	return func(name, text string) (*brat.Document, error) {
		doc, err := p.Process(name, text, "")
		if err != nil {
			return nil, err
		}
		return brat.FromDoc(doc), nil
	}, nil
}

// pairDocuments pairs each docsDir/NAME.txt with goldDir/NAME.ann. A text
// without gold is skipped with a note on stderr; a gold file without text is
// an error.
func pairDocuments(docsDir, goldDir string, stderr io.Writer) ([]document, error) {
	texts, err := namesWithExt(docsDir, ".txt")
	if err != nil {
		return nil, err
	}
	golds, err := namesWithExt(goldDir, ".ann")
	if err != nil {
		return nil, err
	}
	var docs []document
	for _, name := range texts {
		textPath := filepath.Join(docsDir, name+".txt")
		goldPath := filepath.Join(goldDir, name+".ann")
		if !slices.Contains(golds, name) {
			fmt.Fprintf(stderr, "eval: skipping %s: no gold %s\n", textPath, goldPath)
			continue
		}
		docs = append(docs, document{name: name, textPath: textPath, goldPath: goldPath})
	}
	var errs []error
	for _, name := range golds {
		if !slices.Contains(texts, name) {
			errs = append(errs, fmt.Errorf("%s: no text %s", filepath.Join(goldDir, name+".ann"), filepath.Join(docsDir, name+".txt")))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no document in %s has gold in %s", docsDir, goldDir)
	}
	return docs, nil
}

// namesWithExt lists the names, without ext, of the files in dir that end
// in ext, sorted.
func namesWithExt(dir, ext string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ext) {
			names = append(names, strings.TrimSuffix(e.Name(), ext))
		}
	}
	return names, nil
}

// parseFile parses the .ann file at path, which annotates text. Its errors
// name the file and line.
func parseFile(path, text string) (*brat.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return brat.Parse(f, text, path)
}

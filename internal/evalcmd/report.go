package evalcmd

import (
	"bufio"
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
	"github.com/newsextract/newsextract/internal/cli"
	"github.com/newsextract/newsextract/internal/safefile"
	"github.com/newsextract/newsextract/internal/termwidth"
)

// modulePath is the path of the module whose seeds/ and gold/ are the
// default documents and gold.
const modulePath = "github.com/newsextract/newsextract"

// reportCommand returns the report command of p.
func reportCommand(p *cli.Program) *cli.Command {
	return &cli.Command{
		Name:  "report",
		Short: "score the extractor (or --pred predictions) against gold annotations",
		Long: `Report pairs each DOCS/NAME.txt with GOLD/NAME.ann, runs the extractor on the
text (or, with --pred, reads PRED/NAME.ann), and prints the scores: per label
and micro/macro precision, recall and F1 under the four SemEval-2013 schemes,
DATE and RANK value accuracy, relation scores, and the scores of each
document. A ratio that nothing defines (a precision with nothing predicted)
is n/a, or null in JSON; docs/schema/eval-report.schema.json describes the
JSON form.

Without --docs, the documents are seeds/ and the gold gold/ of the newsextract
module that holds the working directory. With --docs but no --gold, the gold
is in DIR beside the texts. Gold spans must not overlap; every bad gold file
is reported, each problem by file and line. A gold document without a
prediction file under --pred is named on standard error and counts as all
missed.

The exit status is 1 when the strict micro-F1 is below --min-f1 or a file is
bad, and 2 for a mistake in the command line (a missing folder included).`,
		Setup: func(fs *flag.FlagSet) func(*cli.Env, []string) error {
			o := &reportOptions{p: p}
			fs.StringVar(&o.docs, "docs", "", "folder of the documents `DIR`/NAME.txt (default: seeds/ of the module)")
			fs.StringVar(&o.gold, "gold", "", "folder of the gold annotations `DIR`/NAME.ann (default: gold/ of the module, or --docs when --docs is given)")
			fs.StringVar(&o.pred, "pred", "", "score the predictions `DIR`/NAME.ann of another system instead of running the extractor")
			fs.StringVar(&o.rules, "rules", "", "folder of rule files `DIR` layered over the built-in rules")
			fs.StringVar(&o.ner, "ner", "none", "statistical named-entity recogniser: none or prose")
			fs.StringVar(&o.lists, "lists", "on", "name lists (places, organisations, events, given and family names): on, or off to run the extractor without them (an ablation)")
			fs.StringVar(&o.format, "format", string(eval.FormatTable), "report `format`: "+strings.Join(formatNames(), ", ")+" (html always lists the errors by document)")
			fs.BoolVar(&o.errors, "errors", false, "list every strict false positive and false negative")
			fs.Float64Var(&o.minF1, "min-f1", 0, "fail when the strict micro-F1 is below `X`")
			return o.run
		},
	}
}

// reportOptions are the flags of eval report.
type reportOptions struct {
	p                       *cli.Program
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

// usagef returns a usage error of the report command.
func (o *reportOptions) usagef(format string, args ...any) error {
	return o.p.Usagef("report", format, args...)
}

func (o *reportOptions) run(e *cli.Env, args []string) error {
	if len(args) > 0 {
		return o.usagef("unexpected argument %q", args[0])
	}
	format := eval.Format(o.format)
	if !slices.Contains(eval.Formats, format) {
		return o.usagef("unknown format %q (want one of %s)", o.format, strings.Join(formatNames(), ", "))
	}
	if o.minF1 < 0 || o.minF1 > 1 {
		return o.usagef("--min-f1 %v is not between 0 and 1", o.minF1)
	}
	if o.pred != "" && o.rules != "" {
		return o.usagef("--rules has no use with --pred")
	}
	if o.lists != "on" && o.lists != "off" {
		return o.usagef("--lists %q: want on or off", o.lists)
	}
	if o.pred != "" && o.lists == "off" {
		return o.usagef("--lists off has no use with --pred")
	}
	if err := o.defaultFolders(); err != nil {
		return err
	}
	for _, dir := range []struct{ flag, path string }{{"docs", o.docs}, {"gold", o.gold}, {"pred", o.pred}, {"rules", o.rules}} {
		if dir.path == "" {
			continue
		}
		if err := checkFolder(dir.path); err != nil {
			return o.usagef("--%s: %v", dir.flag, err)
		}
	}

	docs, err := pairDocuments(o.p.Name, o.docs, o.gold, e.Stderr)
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
	predict, err := o.predictor(cfg, lists, e.Stderr)
	if err != nil {
		return err
	}
	ev := eval.New()
	ev.MeasureLists(lists)
	var bad []error
	for _, d := range docs {
		text, err := safefile.ReadFile(d.textPath)
		if err != nil {
			return err
		}
		gold, err := parseFile(d.goldPath, string(text), brat.ParseGold)
		if err != nil {
			bad = append(bad, err)
			continue
		}
		pred, err := predict(d.name, string(text))
		if err != nil {
			bad = append(bad, err)
			continue
		}
		ev.Add(d.name, string(text), gold, pred)
	}
	if len(bad) > 0 {
		return errors.Join(bad...)
	}

	r := ev.Result()
	w := bufio.NewWriter(e.Stdout)
	if err := r.Report(w, eval.ReportOptions{Format: format, Errors: o.errors, Columns: termwidth.Of(e.Stdout)}); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	if f1 := r.Micro[eval.Strict].F1; f1 < o.minF1 {
		return fmt.Errorf("strict micro-F1 %.4f is below --min-f1 %.4f", f1, o.minF1)
	}
	return nil
}

// formatNames returns the names of the report formats.
func formatNames() []string {
	names := make([]string, len(eval.Formats))
	for i, f := range eval.Formats {
		names[i] = string(f)
	}
	return names
}

// defaultFolders fills in the folders not given: the module's seeds/ and
// gold/ without --docs, the --docs folder as gold with --docs alone.
func (o *reportOptions) defaultFolders() error {
	switch {
	case o.docs != "" && o.gold == "":
		o.gold = o.docs
	case o.docs == "":
		root, err := moduleRoot()
		if err != nil {
			return o.usagef("no --docs given, and %v: pass --docs DIR (and --gold DIR)", err)
		}
		o.docs = filepath.Join(root, "seeds")
		if o.gold == "" {
			o.gold = filepath.Join(root, "gold")
		}
	}
	return nil
}

// moduleRoot returns the folder of the go.mod of the newsextract module
// that holds the working directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && isModule(string(b)) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("the working directory is not inside the %s module", modulePath)
		}
		dir = parent
	}
}

// isModule reports whether gomod is the go.mod of the newsextract module.
func isModule(gomod string) bool {
	for line := range strings.Lines(gomod) {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "module" && strings.Trim(f[1], `"`) == modulePath {
			return true
		}
	}
	return false
}

// checkFolder reports why path is not a readable folder.
func checkFolder(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a folder", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.ReadDir(1)
	if errors.Is(err, io.EOF) {
		err = nil
	}
	return err
}

// config returns the extractor's configuration from the flags.
func (o *reportOptions) config() (extract.Config, error) {
	var cfg extract.Config
	if err := cfg.SetNER(o.ner); err != nil {
		return cfg, o.usagef("--ner: %v", err)
	}
	if o.rules != "" {
		cfg.Rules = os.DirFS(o.rules)
	}
	return cfg, nil
}

// predictor returns the function that gives the predictions for a
// document: those read from --pred, or the extractor's — p, or one built
// without name lists for --lists off. A document without a prediction file
// under --pred is named on stderr and has no predictions.
func (o *reportOptions) predictor(cfg extract.Config, p *extract.Pipeline, stderr io.Writer) (func(name, text string) (*brat.Document, error), error) {
	if o.pred != "" {
		return func(name, text string) (*brat.Document, error) {
			path := filepath.Join(o.pred, name+".ann")
			d, err := parseFile(path, text, brat.Parse)
			if errors.Is(err, fs.ErrNotExist) {
				fmt.Fprintf(stderr, "%s: no prediction file %s: every gold span counts as missed\n", o.p.Name, path)
				return &brat.Document{}, nil
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
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return brat.FromDoc(doc), nil
	}, nil
}

// pairDocuments pairs each docsDir/NAME.txt with goldDir/NAME.ann. A text
// without gold is skipped with a note on stderr, which prog begins, unless
// the two folders are one; a gold file without text is
// an error.
func pairDocuments(prog, docsDir, goldDir string, stderr io.Writer) ([]document, error) {
	texts, err := namesWithExt(prog, docsDir, ".txt", stderr)
	if err != nil {
		return nil, err
	}
	golds, err := namesWithExt(prog, goldDir, ".ann", stderr)
	if err != nil {
		return nil, err
	}
	var docs []document
	for _, name := range texts {
		textPath := filepath.Join(docsDir, name+".txt")
		goldPath := filepath.Join(goldDir, name+".ann")
		if !slices.Contains(golds, name) {
			if docsDir != goldDir {
				fmt.Fprintf(stderr, "%s: skipping %s: no gold %s\n", prog, textPath, goldPath)
			}
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

// namesWithExt lists the names, without ext, of the regular files in dir
// that end in ext, sorted. Other entries that end in ext (named pipes,
// devices, sockets, dangling links) are reported on stderr, which prog
// begins, and skipped.
func namesWithExt(prog, dir, ext string, stderr io.Writer) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ext) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		fi, err := os.Stat(path)
		if err == nil && !fi.Mode().IsRegular() {
			err = &safefile.NotRegularError{Mode: fi.Mode()}
		}
		if err != nil {
			fmt.Fprintf(stderr, "%s: skipping %s: %v\n", prog, path, err)
			continue
		}
		names = append(names, strings.TrimSuffix(e.Name(), ext))
	}
	return names, nil
}

// parseFile parses the .ann file at path, which annotates text, with
// parse. Its errors name the file and line.
func parseFile(path, text string, parse func(io.Reader, string, string) (*brat.Document, error)) (*brat.Document, error) {
	f, _, err := safefile.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parse(f, text, path)
}

package extract

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsextract/newsextract/rules"
)

// Stage is one step of the pipeline. A stage compiles everything it needs
// when it is built and only reads that state in Process, so one stage serves
// many goroutines at once.
type Stage interface {
	Name() string
	Process(*Doc) error
}

// Config chooses how a Pipeline is built.
type Config struct {
	// Rules, when not nil, is a folder of rule files layered over the
	// built-in ones (see rules/README.md): a file with the name of a
	// built-in file adds to it, a new file is ignored unless its name is
	// one the pipeline reads.
	Rules fs.FS
	// ProseNER adds prose/v2's statistical named-entity recogniser as a
	// low-priority source of PERSON, GPE and ORG candidates. Only
	// binaries built with -tags prose have it; New fails in others.
	ProseNER bool
	// NoNameLists empties the name lists (NameLists) before the pipeline is
	// built: an ablation that shows what the patterns find on their own.
	NoNameLists bool
	// WindowBytes is the size above which a document is processed in
	// windows of about that many bytes (see window.go), which bounds the
	// memory of a huge document by its window and its entities; the
	// results are those of the whole document. 0 means
	// DefaultWindowBytes; a negative value processes every document
	// whole.
	WindowBytes int
}

// DefaultWindowBytes is Config.WindowBytes when it is 0.
const DefaultWindowBytes = 1 << 20

// NameLists are the rule files that list names — places, organisations,
// events, given and family names — as opposed to the patterns and cue
// words around names. Config.NoNameLists empties them and
// Pipeline.Listed looks names up in them.
var NameLists = []string{"gpe.txt", "loc.txt", "org.txt", "event.txt", "given_names.txt", "family_names.txt"}

// SetNER sets the statistical named-entity recogniser by its name on the
// command line: "none" (the default) or "prose", which only binaries built
// with -tags prose have.
func (c *Config) SetNER(name string) error {
	switch name {
	case "none":
		c.ProseNER = false
	case "prose":
		if !proseLinked {
			return errNoProse
		}
		c.ProseNER = true
	default:
		return fmt.Errorf("unknown NER %q (want none or prose)", name)
	}
	return nil
}

// Pipeline runs the stages over documents. It is safe for concurrent use.
type Pipeline struct {
	stages   []Stage
	lx       *lexicon
	warnings []string
	// candidates holds *[]Span buffers that Process lends to one
	// document at a time, so that a worker's candidates reuse the
	// memory of its previous documents.
	candidates sync.Pool
	// docs holds the documents given back by Recycle, whose layers
	// Process reuses.
	docs sync.Pool
	// window is Config.WindowBytes (0 for none).
	window int
	// tk, headings and resolved (the number of stages up to the
	// resolver) are what windowed processing runs by itself.
	tk       *tokenizer
	headings *headingStage
	resolved int
}

// ErrBinary is returned for input that contains NUL bytes.
var ErrBinary = errors.New("binary data (NUL byte)")

// ErrEncoding is returned for text in an encoding other than UTF-8.
var ErrEncoding = errors.New("not UTF-8")

// byteOrderMarks are the byte order marks of the encodings CheckText names,
// the longer ones first (UTF-32LE's starts with UTF-16LE's).
var byteOrderMarks = []struct{ mark, name string }{
	{"\x00\x00\xfe\xff", "UTF-32BE"},
	{"\xff\xfe\x00\x00", "UTF-32LE"},
	{"\xfe\xff", "UTF-16BE"},
	{"\xff\xfe", "UTF-16LE"},
}

// New builds a pipeline with the built-in rules and the ones in cfg.Rules.
func New(cfg Config) (*Pipeline, error) {
	rs, lx, err := loadRules(cfg, rules.Compiled())
	if err != nil {
		return nil, err
	}
	stages, err := buildStages(rs, lx, cfg)
	if err != nil {
		return nil, err
	}
	// The date grammar's words are in the compiled lexicon's table but
	// not in that of rules compiled from text.
	lx.tk.vocab.freeze()
	p := &Pipeline{stages: stages, lx: lx, warnings: rs.Warnings(), window: max(cfg.WindowBytes, 0)}
	if cfg.WindowBytes == 0 {
		p.window = DefaultWindowBytes
	}
	for i, s := range stages {
		switch s := s.(type) {
		case *tokenizer:
			p.tk = s
		case *headingStage:
			p.headings = s
		case resolver:
			p.resolved = i + 1
		}
	}
	return p, nil
}

// Warnings returns the problems New found in cfg.Rules that did not stop
// it (user files skipped), one message each naming the file.
func (p *Pipeline) Warnings() []string { return p.warnings }

// Stages returns the pipeline's stages in order (for benchmarks and
// --explain); the slice must not be modified.
func (p *Pipeline) Stages() []Stage { return p.stages }

// Process checks text, runs every stage over it and returns the document
// with its tokens, entities, relations and people; its candidates are not
// kept (Run keeps them).
// dct, when not empty, is the document creation date (YYYY-MM-DD) and wins
// over a dateline in the text.
func (p *Pipeline) Process(id, text, dct string) (*Doc, error) {
	return p.ProcessContext(context.Background(), id, text, dct)
}

// ProcessContext is Process that gives up between two stages once ctx is
// done, returning ctx's error.
func (p *Pipeline) ProcessContext(ctx context.Context, id, text, dct string) (*Doc, error) {
	if err := CheckText(text); err != nil {
		return nil, fmt.Errorf("%s: %w", id, err)
	}
	doc := p.newDoc(id, text, dct)
	if p.window > 0 && len(text) > p.window {
		if err := p.processWindowed(ctx, doc, p.window); err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		return doc, nil
	}
	buf, _ := p.candidates.Get().(*[]Span)
	if buf != nil {
		doc.Candidates = (*buf)[:0]
	}
	err := p.RunContext(ctx, doc)
	// The candidates go back to the pool: only the entities they gave
	// stay with the document.
	if buf == nil {
		buf = new([]Span)
	}
	*buf, doc.Candidates = doc.Candidates[:0], nil
	p.candidates.Put(buf)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", id, err)
	}
	return doc, nil
}

// newDoc returns a document for text: a recycled one when there is one,
// whose layers it reuses.
func (p *Pipeline) newDoc(id, text, dct string) *Doc {
	doc, _ := p.docs.Get().(*Doc)
	if doc == nil {
		doc = &Doc{}
	}
	doc.ID, doc.Text, doc.DCT = id, text, dct
	return doc
}

// Recycle gives a document that Process returned back to the pipeline,
// whose next documents reuse the memory of its tokens, entities and
// relations: with one Recycle per document, a worker allocates little
// per document in steady state. Neither doc nor its layers may be used
// afterwards.
func (p *Pipeline) Recycle(doc *Doc) {
	// Tokens and spans hold no pointers; the strings they refer to
	// are dropped here.
	clear(doc.oddLows)
	clear(doc.values)
	clear(doc.moreRules)
	clear(doc.People)
	clear(doc.peopleRoles)
	*doc = Doc{
		Tokens: doc.Tokens[:0], lowBuf: doc.lowBuf[:0], oddLows: doc.oddLows[:0], capitals: doc.capitals[:0],
		values: doc.values[:0], moreRules: doc.moreRules[:0],
		scratch: doc.scratch, spareSpans: doc.spareSpans[:0],
		Entities: doc.Entities[:0], Relations: doc.Relations[:0], People: doc.People[:0],
		peopleMentions: doc.peopleMentions[:0], peopleRoles: doc.peopleRoles[:0],
		cp: doc.cp[:0],
	}
	p.docs.Put(doc)
}

// Run runs every stage over doc, whose text must have passed CheckText.
func (p *Pipeline) Run(doc *Doc) error {
	return p.RunContext(context.Background(), doc)
}

// RunContext is Run that gives up between two stages once ctx is done,
// returning ctx's error.
func (p *Pipeline) RunContext(ctx context.Context, doc *Doc) error {
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := runStage(s, doc)
		doc.scratch.reset()
		if err != nil {
			return fmt.Errorf("stage %s: %w", s.Name(), err)
		}
	}
	return nil
}

// ErrInternal is returned for a document on which a stage failed by a
// bug of the engine (a panic): that document is reported and the others
// of a batch go on.
var ErrInternal = errors.New("internal error (a bug: please report it with the document)")

// PanicError is the error of a stage that panicked. It wraps ErrInternal,
// tells where the panic was raised and keeps the goroutine's stack, so a
// bug report can say which line failed on which document.
type PanicError struct {
	Value any    // the value passed to panic
	Site  string // file:line of the function that panicked
	Stack []byte // the stack trace at the panic
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("%v: %v at %s", ErrInternal, e.Value, e.Site)
}

// Unwrap makes errors.Is(err, ErrInternal) true.
func (e *PanicError) Unwrap() error { return ErrInternal }

// runStage runs stage s over doc, turning a panic into a *PanicError.
func runStage(s Stage, doc *Doc) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Site: panicSite(), Stack: debug.Stack()}
		}
	}()
	return s.Process(doc)
}

// panicSite is the file:line of the first frame outside the runtime on the
// stack of a deferred recover: the statement that panicked.
func panicSite() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf("%s:%d", filepath.Base(f.File), f.Line)
		}
		if !more {
			return "unknown site"
		}
	}
}

// CheckText reports why text cannot be processed: UTF-16 or UTF-32 text
// (told by its byte order mark), invalid UTF-8 (with the byte offset of the
// first bad sequence) or a NUL byte (binary data). A UTF-8 BOM and CRLF line
// ends are accepted; offsets still count from the original text, the BOM
// included.
func CheckText(text string) error {
	for _, b := range byteOrderMarks {
		if strings.HasPrefix(text, b.mark) {
			return fmt.Errorf("%w: %s text (byte order mark); convert it to UTF-8", ErrEncoding, b.name)
		}
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		return fmt.Errorf("%w at byte %d", ErrBinary, i)
	}
	if !utf8.ValidString(text) {
		for i := 0; i < len(text); {
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && n <= 1 {
				return fmt.Errorf("invalid UTF-8 at byte %d", i)
			}
			i += n
		}
	}
	return nil
}

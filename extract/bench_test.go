package extract

// Throughput benchmarks. See BENCHMARKS.md at the repository root for how to
// run and compare them, and for the measured numbers.
//
// Inputs (sub-benchmark names):
//
//	seeds   the seed documents, ../seeds/*.txt, processed one by one
//	corpus  a corpus of >= 1 MiB built at benchmark time from the seeds and
//	        ../../shared/dev/*.txt (or $NEWSEXTRACT_DEV/*.txt) as separate
//	        ~6 KB documents; skipped when that folder is absent
//
// One benchmark operation processes every document of the input, so MB/s is
// the throughput over the whole input.

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unsafe"
)

type benchDoc struct{ id, text string }

type benchInput struct {
	name  string
	docs  []benchDoc
	bytes int64
	skip  string // reason to skip, when the input cannot be built
}

const (
	corpusMin  = 1 << 20 // corpus size, bytes
	corpusDocs = 6 << 10 // target size of a corpus document built from dev texts
)

var (
	benchInputsOnce sync.Once
	benchInputsList []*benchInput
	benchInputsErr  error
)

func readTexts(pattern string) ([]benchDoc, error) {
	files, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var docs []benchDoc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if err := CheckText(string(b)); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		docs = append(docs, benchDoc{strings.TrimSuffix(filepath.Base(f), ".txt"), string(b)})
	}
	return docs, nil
}

func newBenchInput(name string, docs []benchDoc) *benchInput {
	in := &benchInput{name: name, docs: docs}
	for _, d := range docs {
		in.bytes += int64(len(d.text))
	}
	return in
}

// benchInputs returns the inputs, built once per test binary.
func benchInputs(b *testing.B) []*benchInput {
	benchInputsOnce.Do(func() {
		seeds, err := readTexts("../seeds/*.txt")
		if err == nil && len(seeds) == 0 {
			err = fmt.Errorf("no ../seeds/*.txt")
		}
		if err != nil {
			benchInputsErr = err
			return
		}
		benchInputsList = append(benchInputsList, newBenchInput("seeds", seeds))

		corpus := &benchInput{name: "corpus"}
		devDir := os.Getenv("NEWSEXTRACT_DEV")
		if devDir == "" {
			devDir = "../../shared/dev"
		}
		dev, err := readTexts(filepath.Join(devDir, "*.txt"))
		switch {
		case err != nil:
			corpus.skip = err.Error()
		case len(dev) == 0:
			corpus.skip = devDir + "/*.txt absent (set NEWSEXTRACT_DEV)"
		default:
			corpus = newBenchInput("corpus", buildCorpus(seeds, dev))
		}
		benchInputsList = append(benchInputsList, corpus)
	})
	if benchInputsErr != nil {
		b.Fatal(benchInputsErr)
	}
	return benchInputsList
}

// buildCorpus returns >= corpusMin bytes of documents: each round adds the
// seeds as they are, then the dev texts joined by blank lines into documents
// of about corpusDocs bytes.
func buildCorpus(seeds, dev []benchDoc) []benchDoc {
	var docs []benchDoc
	total, next := 0, 0
	add := func(text string) {
		docs = append(docs, benchDoc{fmt.Sprintf("corpus-%04d", len(docs)), text})
		total += len(text)
	}
	for total < corpusMin {
		for _, s := range seeds {
			add(s.text)
		}
		var sb strings.Builder
		for range dev {
			if sb.Len() > 0 {
				sb.WriteString("\n\n")
			}
			sb.WriteString(strings.TrimSpace(dev[next%len(dev)].text))
			next++
			if sb.Len() >= corpusDocs {
				add(sb.String())
				sb.Reset()
			}
		}
		if sb.Len() > 0 {
			add(sb.String())
		}
	}
	return docs
}

// forInputs runs f as a sub-benchmark for each input.
func forInputs(b *testing.B, f func(*testing.B, *benchInput)) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			if in.skip != "" {
				b.Skip(in.skip)
			}
			b.SetBytes(in.bytes)
			b.ReportAllocs()
			f(b, in)
		})
	}
}

func benchPipeline(b *testing.B, cfg Config) *Pipeline {
	p, err := New(cfg)
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// runPipeline processes every document of the input and recycles it, as a
// worker of the command does once a document's output is written.
func runPipeline(b *testing.B, p *Pipeline, in *benchInput) {
	for _, d := range in.docs {
		doc, err := p.Process(d.id, d.text, "")
		if err != nil {
			b.Fatal(err)
		}
		p.Recycle(doc)
	}
}

// BenchmarkPipeline times Pipeline.Process, default config, over each input.
// Besides -benchmem's figures per pass it reports the allocations per
// document and the bytes allocated per input byte.
func BenchmarkPipeline(b *testing.B) {
	p := benchPipeline(b, Config{})
	forInputs(b, func(b *testing.B, in *benchInput) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for i := 0; i < b.N; i++ {
			runPipeline(b, p, in)
		}
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N*len(in.docs)), "allocs/doc")
		b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(int64(b.N)*in.bytes), "B/B")
	})
}

// BenchmarkNew times building the default pipeline: loading and compiling
// the built-in rules, the start-up cost of every command. Besides ns/op it
// reports cpu-ns/op, the process's CPU time per pipeline (garbage
// collection included), which load from other processes disturbs less
// than wall time.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	cpu := processCPU()
	for i := 0; i < b.N; i++ {
		benchPipeline(b, Config{})
	}
	b.ReportMetric(float64((processCPU()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// BenchmarkPipelineParallel runs the pipeline in GOMAXPROCS goroutines; run
// it with -cpu 1,2 to see the scaling. One operation is one document, taken
// in turn from the input, and counts the input's mean document size, so MB/s
// is the aggregate throughput.
func BenchmarkPipelineParallel(b *testing.B) {
	p := benchPipeline(b, Config{})
	forInputs(b, func(b *testing.B, in *benchInput) {
		b.SetBytes(in.bytes / int64(len(in.docs)))
		var next atomic.Uint64
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				d := in.docs[(next.Add(1)-1)%uint64(len(in.docs))]
				doc, err := p.Process(d.id, d.text, "")
				if err != nil {
					b.Error(err)
					return
				}
				p.Recycle(doc)
			}
		})
	})
}

// BenchmarkStage times each stage of the default pipeline alone. The stages
// before it run once, outside the timer; each iteration then gives the stage
// a fresh deep copy of that state (every layer copied with its capacity, so
// appends behave as in the pipeline), made outside the timer in batches, so
// the stage does all of its work, allocations included, every time.
func BenchmarkStage(b *testing.B) {
	p := benchPipeline(b, Config{})
	stages := p.Stages()
	for k, st := range stages {
		b.Run(st.Name(), func(b *testing.B) {
			// b.Run calls the function several times (growing b.N):
			// prepare each input once.
			prepared := map[*benchInput][]*Doc{}
			forInputs(b, func(b *testing.B, in *benchInput) {
				before, ok := prepared[in]
				if !ok {
					before = prepareStage(b, stages, k, in)
					prepared[in] = before
				}
				benchStage(b, st, before)
			})
		})
	}
}

// prepareStage returns the documents of the input as stage k receives them
// in the pipeline, and checks that the stage gives the pipeline's result on
// copies of them.
func prepareStage(b *testing.B, stages []Stage, k int, in *benchInput) []*Doc {
	st := stages[k]
	before := make([]*Doc, len(in.docs))
	for i, d := range in.docs {
		doc := &Doc{ID: d.id, Text: d.text}
		for _, s := range stages[:k] {
			if err := s.Process(doc); err != nil {
				b.Fatal(err)
			}
		}
		before[i] = doc
	}
	// The copy must give the stage exactly what the pipeline gives it.
	for i, d := range in.docs {
		want := &Doc{ID: d.id, Text: d.text}
		for _, s := range stages[:k+1] {
			if err := s.Process(want); err != nil {
				b.Fatal(err)
			}
		}
		got := cloneDoc(before[i])
		if err := st.Process(got); err != nil {
			b.Fatal(err)
		}
		if !sameLayers(got, want) {
			b.Fatalf("%s: stage %s on a copy differs from the pipeline", d.id, st.Name())
		}
	}
	return before
}

// benchStage times st over fresh copies of the documents before.
func benchStage(b *testing.B, st Stage, before []*Doc) {
	size := 0
	for _, d := range before {
		size += docSize(d)
	}
	// Copies are made in batches of about 16 MiB, outside the timer.
	batch := max(1, (16<<20)/max(size, 1))
	pool := make([][]*Doc, batch)
	used := batch
	refill := func() {
		for j := range pool {
			docs := make([]*Doc, len(before))
			for i, d := range before {
				docs[i] = cloneDoc(d)
			}
			pool[j] = docs
		}
		used = 0
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if used == batch {
			b.StopTimer()
			refill()
			b.StartTimer()
		}
		for _, doc := range pool[used] {
			if err := st.Process(doc); err != nil {
				b.Fatal(err)
			}
		}
		pool[used] = nil
		used++
	}
}

func cloneSlice[T any](s []T) []T {
	if s == nil {
		return nil
	}
	c := make([]T, len(s), cap(s))
	copy(c, s)
	return c
}

// cloneDoc returns a deep copy of d's layers (the text is immutable and
// shared).
func cloneDoc(d *Doc) *Doc {
	c := *d
	c.Tokens = cloneSlice(d.Tokens)
	c.Candidates = cloneSlice(d.Candidates)
	c.Entities = cloneSlice(d.Entities)
	c.Relations = cloneSlice(d.Relations)
	c.People = cloneSlice(d.People)
	for i := range c.People {
		c.People[i].Mentions = cloneSlice(c.People[i].Mentions)
		c.People[i].Roles = cloneSlice(c.People[i].Roles)
	}
	return &c
}

func docSize(d *Doc) int {
	return cap(d.Tokens)*int(unsafe.Sizeof(Token{})) +
		cap(d.Candidates)*int(unsafe.Sizeof(Span{})) +
		cap(d.Entities)*int(unsafe.Sizeof(Span{})) +
		cap(d.Relations)*int(unsafe.Sizeof(Relation{})) +
		cap(d.People)*int(unsafe.Sizeof(PersonRecord{})) + 64
}

func sameLayers(a, b *Doc) bool {
	return a.DCT == b.DCT &&
		reflect.DeepEqual(a.Tokens, b.Tokens) &&
		reflect.DeepEqual(a.Candidates, b.Candidates) &&
		reflect.DeepEqual(a.Entities, b.Entities) &&
		reflect.DeepEqual(a.Relations, b.Relations) &&
		reflect.DeepEqual(a.People, b.People)
}

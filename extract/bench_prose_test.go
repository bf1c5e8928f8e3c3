//go:build prose

package extract

import (
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"
)

// onlySeeds runs f for the seeds only (for the slow prose benchmarks).
func onlySeeds(b *testing.B, f func(*testing.B, *benchInput)) {
	forInputs(b, func(b *testing.B, in *benchInput) {
		if in.name != "seeds" {
			b.Skip("prose is too slow for the corpus; see BenchmarkProseNewDocument/seeds")
		}
		f(b, in)
	})
}

// BenchmarkPipelineProseNER times the pipeline with prose's NER stage.
func BenchmarkPipelineProseNER(b *testing.B) {
	p := benchPipeline(b, Config{ProseNER: true})
	onlySeeds(b, func(b *testing.B, in *benchInput) {
		for i := 0; i < b.N; i++ {
			runPipeline(b, p, in)
		}
	})
}

var (
	proseModelOnce sync.Once
	proseModel     *prose.Model
)

func benchProseModel() *prose.Model {
	proseModelOnce.Do(func() { proseModel = prose.ModelFromData("en") })
	return proseModel
}

// BenchmarkProseNewDocument times prose.NewDocument with its defaults
// (segmentation, tagging, NER) and the model loaded once, on the seeds.
func BenchmarkProseNewDocument(b *testing.B) {
	m := benchProseModel()
	onlySeeds(b, func(b *testing.B, in *benchInput) {
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			for _, d := range in.docs {
				if _, err := prose.NewDocument(d.text, prose.UsingModel(m)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkProseTokenize times prose's tokenizer alone, to compare with the
// tokens stage.
func BenchmarkProseTokenize(b *testing.B) {
	forInputs(b, func(b *testing.B, in *benchInput) {
		for i := 0; i < b.N; i++ {
			for _, d := range in.docs {
				_, err := prose.NewDocument(d.text,
					prose.WithTagging(false), prose.WithExtraction(false), prose.WithSegmentation(false))
				if err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

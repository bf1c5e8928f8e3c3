package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// pathological lists the shapes that make naive grammars super-linear: a
// head word of each organisation and office family chained with its
// complements, runs of each punctuation class, ranks and names without
// sentence breaks. Each is repeated to the size under test.
var pathological = []struct{ name, unit string }{
	{"ministry-of-the", "Ministry of the "},
	{"ministry-of-defence-of", "Ministry of Defence of "},
	{"army-of", "Army of "},
	{"army", "Army "},
	{"force-of", "Force of "},
	{"air-force", "Air Force "},
	{"committee-of", "Committee of "},
	{"department-of", "Department of "},
	{"council-of", "Council of "},
	{"command-for", "Command for "},
	{"agency-on", "Agency on "},
	{"minister-of", "Minister of "},
	{"minister-of-defence-and", "Minister of Defence and "},
	{"agreement-on", "agreement on x "},
	{"treaty-of", "Treaty of "},
	{"exercise", "Exercise "},
	{"summit-of", "Summit of "},
	{"gen", "Gen. "},
	{"gen-glued", "Gen."},
	{"lt-gen", "Lt. Gen. "},
	{"mr", "Mr "},
	{"mr-von", "Mr von "},
	{"von", "von "},
	{"al", "al-"},
	{"capitals", "The "},
	{"acronym", "U.S. "},
	{"in-place", "in Qx, "},
	{"quote", `"`},
	{"quote-space", `" `},
	{"curly-quote", "“"},
	{"paren", "("},
	{"paren-space", "( "},
	{"close-paren", ")"},
	{"apostrophe", "'"},
	{"apostrophe-space", "' "},
	{"possessive", "Army's "},
	{"hyphen", "-"},
	{"period", ". "},
	{"comma", ", "},
	{"bracket", "["},
	{"slash", "/"},
	{"em-dash", "—"},
	{"curly-apostrophe", "’"},
	{"ampersand", "& "},
	{"colon", "Gen. Chien: "},
	{"newline", "\n"},
	{"heading-lines", "ARMY OF\n"},
	{"tab", "\t"},
	{"nbsp", "\u00a0"},
	{"digits", "1"},
	{"long-word", "x"},
	{"long-capital-word", "X"},
	{"dateline", "PARIS (Reuters) - "},
	{"dates", "Officials met on December 18 and agreed. "},
	{"people", "Minister John Smith met Smith in Paris. "},
	{"mixed", "The Army Army Navy Ministry of Defence. "},
	{"theatre", "The EUTM Zorxx team met in Zorxx. "},
}

// repeatTo repeats unit to size bytes at most.
func repeatTo(unit string, size int) string {
	return strings.Repeat(unit, max(1, size/len(unit)))
}

// TestPathologicalInputs runs long repetitions of every pathological shape
// and checks that the output stays proportional to the input: entities do
// not overlap, none is longer than a real name can be, there are no more
// entities and relations than tokens, and the bytes allocated per input
// byte are bounded and do not grow with the input (128 KiB against 16 KiB:
// a layer quadratic in memory allocates eight times as much per byte). It
// asserts no timing; BenchmarkPathological shows that the time per byte
// does not grow with the input.
func TestPathologicalInputs(t *testing.T) {
	p := pipeline(t)
	for _, c := range pathological {
		t.Run(c.name, func(t *testing.T) {
			_, small := processAlloc(t, p, repeatTo(c.unit, 16<<10))
			doc, perByte := processAlloc(t, p, repeatTo(c.unit, 128<<10))
			for k, e := range doc.Entities {
				if k > 0 && e.Start < doc.Entities[k-1].End {
					t.Fatalf("overlapping entities %q and %q", doc.SpanText(doc.Entities[k-1]), doc.SpanText(e))
				}
				if n := e.TokEnd - e.TokStart; n > maxEntityTokens {
					t.Fatalf("entity of %d tokens: %.80q…", n, doc.SpanText(e))
				}
			}
			if n := len(doc.Entities) + len(doc.Relations); n > len(doc.Tokens) {
				t.Errorf("%d entities and relations for %d tokens", n, len(doc.Tokens))
			}
			mentions := 0
			for _, pr := range doc.People {
				mentions += len(pr.Mentions)
			}
			if mentions > len(doc.Entities) {
				t.Errorf("%d person mentions for %d entities", mentions, len(doc.Entities))
			}
			if raceEnabled {
				return
			}
			if perByte > maxAllocPerByte {
				t.Errorf("%.0f bytes allocated per input byte, want ≤ %d", perByte, maxAllocPerByte)
			}
			if perByte > maxAllocGrowth*small {
				t.Errorf("%.0f bytes allocated per input byte at 128 KiB, %.0f at 16 KiB: want at most %v times as many", perByte, small, maxAllocGrowth)
			}
		})
	}
}

const (
	// maxEntityTokens bounds the length of any entity: the longest name
	// the grammars build is a head with its chained complements.
	maxEntityTokens = (maxComplements + 2) * maxNameSpan
	// maxAllocPerByte bounds the memory one document allocates per byte
	// of a pathological input (one token per byte at worst).
	maxAllocPerByte = 160
	// maxAllocGrowth bounds how much more a document allocates per byte
	// at 128 KiB than at 16 KiB. Linear layers allocate the same or less
	// (1.4 times at most today: slices that double land on different
	// capacities); a quadratic one allocates eight times as much.
	maxAllocGrowth = 2.0
)

// processAlloc processes text with p, the pipeline's pools emptied first,
// and returns the document and the bytes allocated per input byte.
func processAlloc(t *testing.T, p *Pipeline, text string) (*Doc, float64) {
	t.Helper()
	runtime.GC() // twice: a sync.Pool keeps its items through one collection
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	doc, err := p.Process("long", text, "")
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	return doc, float64(after.TotalAlloc-before.TotalAlloc) / float64(len(text))
}

// BenchmarkPathological runs every pathological shape at 64 KiB and 1 MiB,
// recycling each document as a worker does.
// The time per byte must be the same at both sizes within noise: a
// super-linear stage shows as a 1 MiB figure many times slower per byte
// than the 64 KiB one. Besides MB/s it reports cpu-ns/B, the process's CPU
// time (garbage collection included) per input byte, which other processes
// on a shared machine disturb less than wall time. Compare with
//
//	go test -run '^$' -bench '^BenchmarkPathological$' -benchmem -cpu 1 ./extract
func BenchmarkPathological(b *testing.B) {
	p := benchPipeline(b, Config{})
	for _, c := range pathological {
		for _, size := range []int{64 << 10, 1 << 20} {
			text := repeatTo(c.unit, size)
			b.Run(fmt.Sprintf("%s/%dKiB", c.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				cpu := processCPU()
				for i := 0; i < b.N; i++ {
					doc, err := p.Process("long", text, "")
					if err != nil {
						b.Fatal(err)
					}
					p.Recycle(doc)
				}
				cpu = processCPU() - cpu
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(len(text)), "cpu-ns/B")
			})
		}
	}
}

package extractbeam

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/newsextract/newsextract/internal/record"
)

func init() {
	register.Function3x2(checkCounts)
	register.Function1x2(formatDeadLetter)
}

// Options configure a job.
type Options struct {
	// Input is a glob of text files, one document a file. InputJSONL is a
	// glob of JSON Lines files, one document a line. At least one is set;
	// either may name any file system the runner has (gs://, s3://).
	Input, InputJSONL string
	// Output is the prefix of the output files: a folder ending in a
	// slash, or a folder and the start of a file name.
	Output string
	// Shards is the number of files of each output but the summary.
	Shards int
	// Rules holds the rule files layered over the built-in ones, by path
	// (see LoadRules).
	Rules map[string]string
	// ProseNER adds prose's named-entity recogniser.
	ProseNER bool
	// DCT is the document creation date (YYYY-MM-DD) of documents that
	// have none: every text file, JSON Lines records without a dct.
	DCT string
	// Indexes names the corpus indexes to compute, among Indexes(); nil
	// means all of them.
	Indexes []string
}

// The names of the outputs, for ShardName.
const (
	DocumentsOutput  = "documents"
	ErrorsOutput     = "errors"
	EntitiesOutput   = "entities"
	PeopleOutput     = "people"
	AgreementsOutput = "agreements"
	SummaryOutput    = "summary"
)

// indexes are the corpus views the job can compute, by output name.
var indexes = map[string]func(s beam.Scope, facts beam.PCollection) beam.PCollection{
	EntitiesOutput:   entityCounts,
	PeopleOutput:     peopleIndex,
	AgreementsOutput: agreementsIndex,
}

// Indexes returns the names of the corpus indexes, sorted.
func Indexes() []string { return slices.Sorted(maps.Keys(indexes)) }

// Summary is the record of the summary output. The job fails when Inputs is
// not Documents + Errors.
type Summary struct {
	Inputs    int `json:"inputs"`
	Documents int `json:"documents"`
	Errors    int `json:"errors"`
}

// Build adds the job o describes to s.
func Build(s beam.Scope, o Options) error {
	if o.Input == "" && o.InputJSONL == "" {
		return errors.New("no input: set a glob of text files, of JSON Lines files, or both")
	}
	if o.Output == "" {
		return errors.New("no output prefix")
	}
	if o.Shards < 1 {
		return fmt.Errorf("%d shards: want at least 1", o.Shards)
	}
	if o.DCT != "" {
		if err := record.CheckDate(o.DCT); err != nil {
			return fmt.Errorf("dct: %w", err)
		}
	}
	names := o.Indexes
	if names == nil {
		names = Indexes()
	}
	for _, name := range names {
		if indexes[name] == nil {
			return fmt.Errorf("unknown index %q (want some of %s)", name, strings.Join(Indexes(), ", "))
		}
	}
	var sources []source
	if o.Input != "" {
		sources = append(sources, readText(s, o.Input))
	}
	if o.InputJSONL != "" {
		sources = append(sources, readJSONL(s, o.InputJSONL))
	}
	var inputs, counts, readDead []beam.PCollection
	for _, src := range sources {
		inputs = append(inputs, src.docs)
		counts = append(counts, src.count)
		readDead = append(readDead, src.dead)
	}
	fn := &extractFn{Rules: o.Rules, ProseNER: o.ProseNER, DCT: o.DCT}
	docs, facts, extractDead := beam.ParDo3(s.Scope("Extract"), fn, beam.Flatten(s, inputs...))
	dead := beam.Flatten(s, append(readDead, extractDead)...)

	write := func(name string, shards int, col beam.PCollection) {
		writeShards(s, o.Output, name, shards, col)
	}
	write(DocumentsOutput, o.Shards, docs)
	write(ErrorsOutput, o.Shards, beam.ParDo(s, formatDeadLetter, dead))
	for _, name := range names {
		write(name, o.Shards, indexes[name](s, facts))
	}

	check := s.Scope("CountCheck")
	total := stats.Sum(check, beam.Flatten(check, counts...))
	summary := beam.ParDo(check, checkCounts, total,
		beam.SideInput{Input: stats.CountElms(check, docs)},
		beam.SideInput{Input: stats.CountElms(check, dead)})
	write(SummaryOutput, 1, summary)
	return nil
}

// checkCounts returns the summary record, or an error when some input is
// neither a document nor a dead letter, or both.
func checkCounts(inputs, docs, dead int) (string, error) {
	if inputs != docs+dead {
		return "", fmt.Errorf("count check: %d inputs, but %d documents and %d dead letters", inputs, docs, dead)
	}
	return marshal(Summary{Inputs: inputs, Documents: docs, Errors: dead})
}

func formatDeadLetter(d DeadLetter) (string, error) { return marshal(d) }

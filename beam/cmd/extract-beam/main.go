// Extract-beam runs the extract pipeline over a corpus on Apache Beam: on
// the Prism runner in-process (the default), on Flink or Spark through
// their portable job servers, or on Google Cloud Dataflow.
//
// Usage:
//
//	extract-beam --input 'GLOB' | --input-jsonl 'GLOB' --output PREFIX [flags] [runner flags]
//
// --input reads each matching text file whole as one document, whose id is
// the file name without its extension; --input-jsonl reads each non-blank
// line of the matching files as one {"id","text","dct"} record. The job
// writes JSON Lines shards under PREFIX (see package extractbeam): the
// documents, in the schema of extract run --format jsonl; a dead letter for
// each input that could not be read or processed; entity counts; a people
// index and an agreements index across the corpus; and a summary. It prints
// the summary's counts when it ends.
//
// The runner is chosen with Beam's flags: --runner=prism (the default),
// --runner=universal --endpoint=HOST:PORT --environment_type=LOOPBACK|DOCKER|PROCESS
// for a Flink or Spark job server, or --runner=dataflow with --project,
// --region and --staging_location. The README has the commands.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/newsextract/newsextract/beam/extractbeam"
)

func main() {
	var o extractbeam.Options
	flag.StringVar(&o.Input, "input", "", "`GLOB` of text files, one document each")
	flag.StringVar(&o.InputJSONL, "input-jsonl", "", `GLOB of JSON Lines files of {"id","text","dct"} records`)
	flag.StringVar(&o.Output, "output", "", "`PREFIX` of the output files (a folder ending in /, or a folder and a file name start)")
	flag.IntVar(&o.Shards, "shards", 4, "number of `files` of each output")
	flag.StringVar(&o.DCT, "dct", "", "document creation `date` YYYY-MM-DD for every document (a record's dct wins)")
	rules := flag.String("rules", "", "local folder `DIR` of rule files layered over the built-in ones")
	ner := flag.String("ner", "none", "statistical named-entity recogniser: none or prose")
	indexes := flag.String("indexes", strings.Join(extractbeam.Indexes(), ","), "comma-separated `list` of the corpus indexes to compute (empty for none)")
	flag.Parse()
	// In a worker process, Init runs the worker and does not return.
	beam.Init()

	o.Indexes = []string{}
	if *indexes != "" {
		o.Indexes = strings.Split(*indexes, ",")
	}

	if err := run(context.Background(), o, *rules, *ner); err != nil {
		fmt.Fprintf(os.Stderr, "extract-beam: %v\n", err)
		os.Exit(1)
	}
}

// run builds the job, runs it on the runner the flags choose, and prints
// its summary.
func run(ctx context.Context, o extractbeam.Options, rules, ner string) error {
	switch ner {
	case "none":
	case "prose":
		o.ProseNER = true
	default:
		return fmt.Errorf("--ner: unknown recogniser %q (want none or prose)", ner)
	}
	if rules != "" {
		var err error
		if o.Rules, err = extractbeam.LoadRules(rules); err != nil {
			return err
		}
	}
	p, s := beam.NewPipelineWithRoot()
	if err := extractbeam.Build(s, o); err != nil {
		return err
	}
	if err := beamx.Run(ctx, p); err != nil {
		return fmt.Errorf("job failed: %w", err)
	}
	sum, err := readSummary(ctx, extractbeam.ShardName(o.Output, extractbeam.SummaryOutput, 0, 1))
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "extract-beam: %d inputs: %d documents, %d dead letters (%s*)\n",
		sum.Inputs, sum.Documents, sum.Errors, o.Output)
	return nil
}

// readSummary reads the summary record the job wrote to name.
func readSummary(ctx context.Context, name string) (*extractbeam.Summary, error) {
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	r, err := fsys.OpenRead(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("reading the summary: %w", err)
	}
	defer r.Close()
	var sum extractbeam.Summary
	if err := json.NewDecoder(bufio.NewReader(r)).Decode(&sum); err != nil {
		return nil, fmt.Errorf("reading the summary %s: %w", name, err)
	}
	return &sum, nil
}

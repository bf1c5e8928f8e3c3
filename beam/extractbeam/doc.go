// Package extractbeam runs the extract pipeline over a corpus on Apache
// Beam: in-process on the Prism runner, or unchanged on Flink, Spark and
// Google Cloud Dataflow.
//
// Build adds the whole job to a Beam scope. Documents come from text files
// matched by a glob, read whole, one document a file, or from JSON Lines
// files of {"id","text","dct"} records, one document a line. Each document
// goes through an extract.Pipeline that every instance of the extraction
// DoFn builds once, in Setup, from the rule files the job carries. The job
// writes JSON Lines shards under an output prefix:
//
//	documents-*   one record per document, the schema of extract run --format jsonl
//	errors-*      one dead-letter record per input that could not be read or processed
//	entities-*    mention counts by label and text
//	people-*      one record per person: name variants, documents, ranks and offices with dates
//	agreements-*  one record per agreement title: documents and dates
//	summary-*     the input, document and dead-letter counts
//
// Every input ends up in exactly one of documents and errors; the job
// checks the counts at the end and fails if they disagree. The indexes are
// Beam combines, so they scale with the runner.
package extractbeam

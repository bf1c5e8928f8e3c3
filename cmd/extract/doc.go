// Extract finds the people, ranks, roles, organisations, places, dates,
// agreements and events of defence and diplomacy news articles.
//
// Usage:
//
//	extract run [flags] PATH...
//	extract help [COMMAND]
//
// Run reads each PATH (a text file, a folder of .txt files, or - for
// standard input; with -input jsonl, JSON Lines records) and writes the
// entities, relations and people of every document, in input order, in one
// of the formats of package render: table, json, jsonl, brat, conll or
// people. Documents are processed in parallel (-j). With -out DIR each
// document is written, atomically, to its own file. A document that cannot
// be read, processed (-max-doc-bytes, -doc-timeout) or written is reported
// by name on standard error and the others still run; the exit status is
// then 1. Usage errors exit with status 2; SIGINT and SIGTERM end the run
// cleanly with status 130 and 143.
//
// "extract help run" prints every flag.
package main

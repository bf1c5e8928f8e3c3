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
// people. Documents are processed in parallel (-j). A document that cannot
// be processed is reported by name on standard error and the others still
// run; the exit status is then 1. Usage errors exit with status 2.
//
// "extract help run" prints every flag.
package main

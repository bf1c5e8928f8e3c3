// Extract finds the people, ranks, roles, organisations, places, dates,
// agreements and events of defence and diplomacy news articles.
//
// Usage:
//
//	extract run [flags] PATH...
//	extract serve [flags]
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
// Serve loads the rules once and answers HTTP requests (package serve):
// POST /v1/extract with a text, a JSON document or a JSON Lines stream,
// health, readiness and Prometheus metrics, and a page at / to paste an
// article into. It listens on loopback unless -addr says otherwise, and on
// SIGINT or SIGTERM finishes the requests in flight and exits 0.
//
// "extract help run" and "extract help serve" print every flag.
package main

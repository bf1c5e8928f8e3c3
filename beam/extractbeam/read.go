package extractbeam

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"

	"github.com/newsextract/newsextract/internal/record"
)

func init() {
	register.Function4x0(readTextFile)
	register.Function3x0(dropBlank)
	register.Function4x0(parseLine)
	register.Emitter1[Input]()
	register.Emitter1[DeadLetter]()
	register.Emitter2[string, string]()
}

// Input is one document on its way to the extraction.
type Input struct {
	// Source is the file the document was read from: the text file, or
	// the JSON Lines file of its record.
	Source string
	ID     string
	Text   string
	// DCT is the record's document creation date; empty for text files
	// and records without one.
	DCT string
}

// The stages a dead letter can come from.
const (
	StageRead    = "read"    // a text file could not be read
	StageParse   = "parse"   // a JSON Lines line is not a valid record
	StageExtract = "extract" // the text is not valid (invalid UTF-8, NUL) or the pipeline failed
)

// DeadLetter is the record of an input that could not be read or processed,
// as the errors output writes it.
type DeadLetter struct {
	// Input is the file the input came from.
	Input string `json:"input"`
	// ID is the document id, when the input got as far as having one.
	ID    string `json:"id,omitempty"`
	Stage string `json:"stage"`
	Error string `json:"error"`
	// Record is the start of a JSON Lines line that could not be parsed.
	Record string `json:"record,omitempty"`
}

// recordClip bounds DeadLetter.Record, in bytes.
const recordClip = 200

// source is the documents of one input kind, and the count of inputs they
// came from, for the count check.
type source struct {
	docs  beam.PCollection // Input
	dead  beam.PCollection // DeadLetter
	count beam.PCollection // int, one element
}

// readText reads each text file that glob matches as one document, whose
// id is the file name without its extension, as extract run names it.
func readText(s beam.Scope, glob string) source {
	s = s.Scope("ReadText")
	// MatchFiles expands the glob on one worker: reshuffle the matches so
	// that reading spreads.
	matches := beam.Reshuffle(s, fileio.MatchFiles(s, glob))
	files := fileio.ReadMatches(s, matches)
	docs, dead := beam.ParDo2(s, readTextFile, files)
	return source{docs: docs, dead: dead, count: stats.CountElms(s, files)}
}

// readTextFile reads the whole of f as one document.
func readTextFile(ctx context.Context, f fileio.ReadableFile, emit func(Input), dead func(DeadLetter)) {
	name := f.Metadata.Path
	b, err := f.Read(ctx)
	if err != nil {
		dead(DeadLetter{Input: name, Stage: StageRead, Error: err.Error()})
		return
	}
	base := path.Base(name)
	emit(Input{Source: name, ID: strings.TrimSuffix(base, path.Ext(base)), Text: string(b)})
}

// readJSONL reads each non-blank line of the JSON Lines files that glob
// matches as one record. Lines are read with textio, which splits large
// files between workers.
func readJSONL(s beam.Scope, glob string) source {
	s = s.Scope("ReadJSONL")
	lines := beam.ParDo(s, dropBlank, textio.ReadWithFilename(s, glob))
	docs, dead := beam.ParDo2(s, parseLine, lines)
	return source{docs: docs, dead: dead, count: stats.CountElms(s, lines)}
}

// dropBlank passes on the lines that are not blank, as extract run skips
// them.
func dropBlank(file, line string, emit func(string, string)) {
	if strings.TrimSpace(strings.TrimPrefix(line, record.BOM)) != "" {
		emit(file, line)
	}
}

// parseLine decodes a line of file as one document, or as a dead letter
// when it is not a valid record. A record without an id gets FILE#HASH,
// HASH the first 12 hex digits of the line's SHA-256: a distributed read
// does not know line numbers, which extract run uses instead.
func parseLine(file, line string, emit func(Input), dead func(DeadLetter)) {
	line = strings.TrimPrefix(line, record.BOM)
	rec, err := record.Parse([]byte(line))
	if err != nil {
		dead(DeadLetter{Input: file, Stage: StageParse, Error: err.Error(), Record: clip(line, recordClip)})
		return
	}
	id := rec.ID
	if id == "" {
		sum := sha256.Sum256([]byte(line))
		id = file + "#" + hex.EncodeToString(sum[:6])
	}
	emit(Input{Source: file, ID: id, Text: rec.Text, DCT: rec.DCT})
}

// clip returns s cut to at most n bytes, at a rune boundary when s is
// valid UTF-8.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

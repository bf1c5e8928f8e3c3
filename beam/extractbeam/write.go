package extractbeam

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Iter1[string]()
}

// ShardName returns the name of shard i of n of the output name under
// prefix: PREFIXname-0000i-of-0000n.jsonl.
func ShardName(prefix, name string, i, n int) string {
	return fmt.Sprintf("%s%s-%05d-of-%05d.jsonl", prefix, name, i, n)
}

// writeShards writes the strings of col, one a line, into shards files
// named by ShardName, on any Beam file system. A line goes to the shard its
// hash picks; a shard that gets no line is not written. (textio.Write
// writes a single file through one worker.)
func writeShards(s beam.Scope, prefix, name string, shards int, col beam.PCollection) {
	s = s.Scope("Write " + name)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	beam.ParDo0(s, &writeFn{Prefix: prefix, Name: name, Shards: shards}, beam.GroupByKey(s, keyed))
}

// shardFn keys each line by its shard.
type shardFn struct{ Shards int }

// ProcessElement returns the shard of line, and line.
func (f *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(f.Shards)), line
}

// writeFn writes the lines of one shard to its file. A retried bundle
// rewrites the whole file.
type writeFn struct {
	Prefix, Name string
	Shards       int
}

// ProcessElement writes the lines of shard i.
func (f *writeFn) ProcessElement(ctx context.Context, i int, lines func(*string) bool) (err error) {
	name := ShardName(f.Prefix, f.Name, i, f.Shards)
	fsys, err := filesystem.New(ctx, name)
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	defer fsys.Close()
	w, err := fsys.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	defer func() {
		if cerr := w.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("writing %s: %w", name, cerr)
		}
	}()
	bw := bufio.NewWriterSize(w, 1<<16)
	var line string
	for lines(&line) {
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}

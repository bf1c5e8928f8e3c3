package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsextract/newsextract/brat"
	"github.com/newsextract/newsextract/eval"
	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/internal/record"
	"github.com/newsextract/newsextract/render"
)

// listFiles returns the paths, relative to dir and slash-separated, of the
// files under dir.
func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var got []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			got = append(got, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// jsonLine returns the JSON Lines record of a document.
func jsonLine(t *testing.T, id, text string) string {
	t.Helper()
	b, err := json.Marshal(map[string]string{"id": id, "text": text})
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// TestJSONLOutDir writes one file per JSON Lines record, named by its
// sanitised id, the brat texts beside, and an error naming both lines for
// a repeated id (defect 1 of issue 13).
func TestJSONLOutDir(t *testing.T) {
	corpus := jsonLine(t, "a/../b c", article) + jsonLine(t, "two", article) + "\n" +
		`{"text": "Colonel Thang arrived in Hanoi."}` + "\n" + jsonLine(t, "two", "again") + jsonLine(t, ".hidden", article)
	for _, c := range []struct {
		format string
		want   []string
	}{
		{"brat", []string{"_.hidden.ann", "_.hidden.txt", "a_.._b_c.ann", "a_.._b_c.txt", "stdin_4.ann", "stdin_4.txt", "two.ann", "two.txt"}},
		{"jsonl", []string{"_.hidden.jsonl", "a_.._b_c.jsonl", "stdin_4.jsonl", "two.jsonl"}},
		{"html", []string{"_.hidden.html", "a_.._b_c.html", "index.html", "stdin_4.html", "two.html"}},
	} {
		dir := t.TempDir()
		_, stderr, err := runCLI(t, corpus, "run", "-input", "jsonl", "-format", c.format, "-out", dir, "-")
		if exitCode(err) != 1 || !strings.Contains(stderr, `stdin:5: duplicate id "two" (first at stdin:2)`) {
			t.Errorf("%s: error %v, stderr %q; want the duplicate id", c.format, err, stderr)
		}
		if got := listFiles(t, dir); !slices.Equal(got, c.want) {
			t.Errorf("%s: files %q, want %q", c.format, got, c.want)
		}
		if c.format == "brat" {
			if b, _ := os.ReadFile(filepath.Join(dir, "two.txt")); string(b) != article {
				t.Errorf("two.txt = %q, want the first record's text", b)
			}
			ann, _ := os.ReadFile(filepath.Join(dir, "two.ann"))
			if _, err := brat.Parse(bytes.NewReader(ann), article, "two.ann"); err != nil || bytes.Count(ann, []byte("\nT1\t")) > 0 {
				t.Errorf("two.ann: %v\n%s", err, ann)
			}
		}
	}
}

// TestBratRoundTrip writes the seeds and the held-out documents as JSON
// Lines through the brat format and scores the written pairs as eval report
// --pred does: the scores are those of the in-process run.
func TestBratRoundTrip(t *testing.T) {
	var corpus strings.Builder
	type doc struct{ name, text, goldPath string }
	var docs []doc
	for _, dirs := range [][2]string{{"../../seeds", "../../gold"}, {"../../eval/testdata/unseen", "../../eval/testdata/unseen"}} {
		texts, _ := filepath.Glob(filepath.Join(dirs[0], "*.txt"))
		for _, p := range texts {
			name := strings.TrimSuffix(filepath.Base(p), ".txt")
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, doc{name, string(b), filepath.Join(dirs[1], name+".ann")})
			corpus.WriteString(jsonLine(t, name, string(b)))
		}
	}
	if len(docs) < 5 {
		t.Fatalf("%d documents, want the seeds and the held-out set", len(docs))
	}
	out := t.TempDir()
	if _, stderr, err := runCLI(t, corpus.String(), "run", "-input", "jsonl", "-format", "brat", "-out", out, "-"); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	pipe, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	fromFiles, inProcess := eval.New(), eval.New()
	for _, d := range docs {
		gold := parseAnn(t, d.goldPath, d.text)
		text, err := os.ReadFile(filepath.Join(out, d.name+".txt"))
		if err != nil || string(text) != d.text {
			t.Fatalf("%s.txt: %v, or not the input text", d.name, err)
		}
		fromFiles.Add(d.name, d.text, gold, parseAnn(t, filepath.Join(out, d.name+".ann"), d.text))
		x, err := pipe.Process(d.name, d.text, "")
		if err != nil {
			t.Fatal(err)
		}
		inProcess.Add(d.name, d.text, gold, brat.FromDoc(x))
	}
	a, b := fromFiles.Result(), inProcess.Result()
	if !reflect.DeepEqual(a, b) {
		t.Errorf("scores from the written files differ from the in-process ones:\n%+v\n%+v", a.Micro, b.Micro)
	}
	if a.Micro[eval.Strict].F1 < 0.5 {
		t.Errorf("strict micro-F1 %.3f: the round trip lost the entities", a.Micro[eval.Strict].F1)
	}
}

// parseAnn parses the brat file at path, which annotates text.
func parseAnn(t *testing.T, path, text string) *brat.Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := brat.Parse(f, text, path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestStrictJSONL rejects, naming the line, what a lenient decoder would
// repair or misread.
func TestStrictJSONL(t *testing.T) {
	lines := []string{
		`{"id": "ok", "text": "Paris \ud83d\ude00 \\ud800 \u00e9"}`,
		"{\"id\": \"raw\", \"text\": \"Paris \xff\"}",
		`{"id": "lone", "text": "Paris \ud800 x"}`,
		`{"id": "low", "text": "\udc00\ud800"}`,
		`{"ID": "upper", "TEXT": "Paris"}`,
		`{"id": "caps", "Text": "Paris"}`,
		`{"id": 7, "text": "Paris"}`,
		`{"id": "ok", "text": "again"}`,
	}
	out, stderr, err := runCLI(t, strings.Join(lines, "\n"), "run", "-input", "jsonl", "-format", "jsonl", "-")
	if exitCode(err) != 1 {
		t.Errorf("error %v, want exit 1", err)
	}
	recs := decodeLines(t, out)
	want := []string{"", "invalid UTF-8 at byte 29 of the line", `unpaired surrogate \ud800 at byte 30`, `unpaired surrogate \udc00`, `no "text"`, `no "text"`, `"id": want a string`, `duplicate id "ok" (first at stdin:1)`}
	if len(recs) != len(want) {
		t.Fatalf("%d records, want %d:\n%s", len(recs), len(want), out)
	}
	for i, w := range want {
		got, _ := recs[i]["error"].(string)
		if w == "" && got != "" || !strings.Contains(got, w) {
			t.Errorf("line %d: error %q, want %q", i+1, got, w)
		}
		if w != "" && !strings.Contains(stderr, fmt.Sprintf("stdin:%d: ", i+1)) {
			t.Errorf("stderr does not name line %d:\n%s", i+1, stderr)
		}
	}
}

// TestMaxDocBytes fails a document over the limit, by name, without
// reading it whole, and goes on.
func TestMaxDocBytes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a_big.txt": strings.Repeat("x", 100), "b_ok.txt": article[:40]})
	out, stderr, err := runCLI(t, "", "run", "-format", "jsonl", "-max-doc-bytes", "50", dir)
	if exitCode(err) != 1 || !strings.Contains(stderr, "a_big.txt: 100 bytes, over the -max-doc-bytes limit of 50\n") {
		t.Errorf("error %v, stderr %q", err, stderr)
	}
	if got := ids(decodeLines(t, out)); !slices.Equal(got, []string{filepath.Join(dir, "a_big.txt"), "b_ok"}) {
		t.Errorf("ids %q", got)
	}
	// A stream, and a line of JSON Lines, are cut at the limit.
	_, stderr, _ = runCLI(t, strings.Repeat("x", 100), "run", "-max-doc-bytes", "50", "-")
	if !strings.Contains(stderr, "stdin: over the -max-doc-bytes limit of 50 bytes") {
		t.Errorf("stdin: stderr %q", stderr)
	}
	corpus := jsonLine(t, "big", strings.Repeat("x", 100)) + jsonLine(t, "small", "Paris")
	out, stderr, _ = runCLI(t, corpus, "run", "-input", "jsonl", "-format", "jsonl", "-max-doc-bytes", "60", "-")
	if got := ids(decodeLines(t, out)); !slices.Equal(got, []string{"stdin:1", "small"}) || !strings.Contains(stderr, "stdin:1: 123 bytes, over") {
		t.Errorf("jsonl: ids %q, stderr %q", got, stderr)
	}
}

// slowProcessor processes documents whose text starts with "slow" only when
// release is closed, without looking at its context: a stage that never
// ends.
type slowProcessor struct {
	pipe    *extract.Pipeline
	release chan struct{}
}

func (p slowProcessor) ProcessContext(ctx context.Context, id, text, dct string) (*extract.Doc, error) {
	if strings.HasPrefix(text, "slow") {
		<-p.release
	}
	return p.pipe.ProcessContext(ctx, id, text, dct)
}

// TestDocTimeout fails a document over its time budget and goes on with
// the others, though the processor never returns.
func TestDocTimeout(t *testing.T) {
	pipe, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	p := slowProcessor{pipe: pipe, release: make(chan struct{})}
	defer close(p.release)
	dir := t.TempDir()
	files := map[string]string{"a.txt": article, "b.txt": "slow " + article, "c.txt": article, "d.txt": "slow", "e.txt": article}
	writeFiles(t, dir, files)
	format, _ := render.ByName("jsonl")
	var stdout, stderr bytes.Buffer
	e := &env{ctx: context.Background(), stdout: &stdout, stderr: &stderr}
	o := &runOptions{format: format, workers: 2, docTimeout: 50 * time.Millisecond, maxDocBytes: 1 << 20}
	done := make(chan error, 1)
	go func() { done <- runExtract(e, o, p, []string{dir}) }()
	select {
	case err = <-done:
	case <-time.After(time.Minute):
		t.Fatal("the batch waits for the slow documents")
	}
	if err == nil || !strings.Contains(err.Error(), "2 of 5 documents failed") {
		t.Errorf("error %v, want 2 of 5 failed", err)
	}
	recs := decodeLines(t, stdout.String())
	for i, wantErr := range []bool{false, true, false, true, false} {
		got, _ := recs[i]["error"].(string)
		if wantErr != strings.Contains(got, "over the time budget of 50ms (-doc-timeout)") {
			t.Errorf("record %d = %v", i, recs[i])
		}
	}
}

// TestBadPaths reports every path that names no readable input, and
// special files in folders, by name, and runs the rest; nothing blocks on a
// named pipe or reads a device forever.
func TestBadPaths(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFiles(t, in, map[string]string{"a.txt": article, "z/z.txt": article, "unread/u.txt": article})
	writeFiles(t, dir, map[string]string{"empty/notes.md": "no text"})
	special := makeSpecialFiles(t, in)
	symlink(t, "/dev/zero", filepath.Join(dir, "zero-link"))
	symlink(t, "nowhere.txt", filepath.Join(dir, "dangling-arg"))
	symlink(t, "loop-arg", filepath.Join(dir, "loop-arg"))
	unreadable := os.Geteuid() != 0 // root reads any folder
	if err := os.Chmod(filepath.Join(in, "unread"), 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(filepath.Join(in, "unread"), 0o777)
	missing := filepath.Join(dir, "missing.txt")
	var out, stderr string
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		out, stderr, err = runCLI(t, "", "run", "-format", "jsonl", "-max-doc-bytes", "100000", in, missing, filepath.Join(dir, "empty"), filepath.Join(dir, "zero-link"),
			filepath.Join(dir, "dangling-arg"), filepath.Join(dir, "loop-arg"))
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("the run blocked")
	}
	wantErrs := map[string]string{
		missing:                            "no such file or directory",
		filepath.Join(dir, "empty"):        "no .txt files in folder",
		filepath.Join(dir, "dangling-arg"): "dangling symbolic link to nowhere.txt",
		filepath.Join(dir, "loop-arg"):     "too many levels of symbolic links",
		// Named on the command line, a device is read as a stream, up to
		// the size limit.
		filepath.Join(dir, "zero-link"): "over the -max-doc-bytes limit of 100000 bytes",
	}
	for name, why := range special {
		wantErrs[filepath.Join(in, name)] = why
	}
	if unreadable {
		wantErrs[filepath.Join(in, "unread")] = "permission denied"
	}
	for name, why := range wantErrs {
		if !strings.Contains(stderr, name+": "+why) {
			t.Errorf("stderr lacks %q:\n%s", name+": "+why, stderr)
		}
	}
	recs := decodeLines(t, out)
	good := 0
	for _, r := range recs {
		if r["error"] == nil {
			good++
		}
	}
	if wantGood := map[bool]int{true: 2, false: 3}[unreadable]; good != wantGood || len(recs) != wantGood+len(wantErrs) || exitCode(err) != 1 {
		t.Errorf("%d records, %d good, error %v; want %d good and %d errors, exit 1", len(recs), good, err, wantGood, len(wantErrs))
	}
}

// TestLazyWalk checks that a folder's sub-folders are listed only when the
// walk reaches them: a file created while the first one is processed is
// found.
func TestLazyWalk(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a/1.txt": "x", "b/.keep": ""})
	w := &walker{ext: ".txt"}
	var got []string
	w.walk(dir, func(s *source) bool {
		if len(got) == 0 {
			writeFiles(t, dir, map[string]string{"b/2.txt": "y"})
		}
		got = append(got, s.out)
		return true
	})
	if want := []string{filepath.Join("a", "1"), filepath.Join("b", "2")}; !slices.Equal(got, want) {
		t.Errorf("walked %q, want %q", got, want)
	}
}

// TestOutputErrors fails the document whose file cannot be written, counts
// it, and writes the others whole.
func TestOutputErrors(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	writeFiles(t, in, map[string]string{"a.txt": article, "sub/b.txt": article, "c.txt": article})
	writeFiles(t, out, map[string]string{"sub": "a file where a folder is needed"})
	_, stderr, err := runCLI(t, "", "run", "-format", "jsonl", "-out", out, in)
	if exitCode(err) != 1 || !strings.Contains(err.Error(), "1 of 3 documents failed") ||
		!strings.Contains(stderr, filepath.Join(in, "sub", "b.txt")+": mkdir "+filepath.Join(out, "sub")+": not a directory") ||
		!strings.Contains(stderr, "errors: 1,") {
		t.Errorf("error %v, stderr %q", err, stderr)
	}
	if got, want := listFiles(t, out), []string{"a.jsonl", "c.jsonl", "sub"}; !slices.Equal(got, want) {
		t.Errorf("files %q, want %q", got, want)
	}
	for _, name := range []string{"a.jsonl", "c.jsonl"} {
		if recs := decodeLines(t, readFile(t, filepath.Join(out, name))); len(recs) != 1 || recs[0]["error"] != nil {
			t.Errorf("%s: %v", name, recs)
		}
	}
}

// readFile returns the content of the file at path.
func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestLockedOut refuses to write into a folder another run is writing to.
func TestLockedOut(t *testing.T) {
	out := t.TempDir()
	unlock, err := lockDir(out)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = runCLI(t, article, "run", "-out", out, "-")
	unlock()
	if err == nil || !strings.Contains(err.Error(), "another run is writing into this folder") {
		t.Errorf("error %v, want the folder locked", err)
	}
	if files := listFiles(t, out); len(files) != 0 {
		t.Errorf("files %q written into a locked folder", files)
	}
	if _, stderr, err := runCLI(t, article, "run", "-out", out, "-"); err != nil {
		t.Errorf("once unlocked: %v\n%s", err, stderr)
	}
}

// TestUTF16 names UTF-16 text as such.
func TestUTF16(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"u.txt": "\xff\xfeP\x00a\x00r\x00i\x00s\x00"})
	_, stderr, _ := runCLI(t, "", "run", dir)
	if !strings.Contains(stderr, "u.txt: not UTF-8: UTF-16LE text (byte order mark); convert it to UTF-8") {
		t.Errorf("stderr %q", stderr)
	}
}

// FuzzRun runs whole JSON Lines inputs through the run command's path,
// from reading to output: one record or one error record per non-blank
// line, in order, and never a panic.
func FuzzRun(f *testing.F) {
	for _, seed := range []string{
		"",
		`{"id": "a", "text": "Gen. Chien met Rufo in Paris on December 18."}`,
		"{\"text\": \"x\"}\r\n\n{\"text\": \"y\", \"dct\": \"2024-01-01\"}\n{\"id\": \"a\", \"text\": \"z\"}\n{\"id\": \"a\", \"text\": \"z\"}",
		"\uFEFF{\"text\": \"bom\"}\n{broken\n\n{\"id\": 3}\n",
		`{"text": "\ud800 \u0000", "dct": "2024-02-30"}` + "\n" + `{"TEXT": "x"}`,
		"{\"text\": \"\xff\"}\n{\"id\": \"\\u00e9/..\", \"text\": \"Minister of Defence Ng Eng Hen\"}",
	} {
		f.Add([]byte(seed))
	}
	pipe, err := extract.New(extract.Config{})
	if err != nil {
		f.Fatal(err)
	}
	format, err := render.ByName("jsonl")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var want []int // the numbers of the non-blank lines
		for i, line := range bytes.Split(data, []byte("\n")) {
			if i == 0 {
				line = bytes.TrimPrefix(line, []byte(record.BOM))
			}
			if len(bytes.TrimSpace(line)) > 0 {
				want = append(want, i+1)
			}
		}
		var stdout, stderr bytes.Buffer
		e := &env{ctx: context.Background(), stdin: bytes.NewReader(data), stdout: &stdout, stderr: &stderr}
		o := &runOptions{format: format, jsonl: true, workers: 2, maxDocBytes: 1 << 20}
		err := runExtract(e, o, pipe, []string{"-"})
		failed := 0
		recs := bytes.Split(bytes.TrimSuffix(stdout.Bytes(), []byte("\n")), []byte("\n"))
		if len(want) == 0 {
			recs = nil
		}
		if len(recs) != len(want) {
			t.Fatalf("%d records for %d lines:\n%s", len(recs), len(want), stdout.Bytes())
		}
		for i, b := range recs {
			var rec struct{ ID, Error string }
			if err := json.Unmarshal(b, &rec); err != nil {
				t.Fatalf("record %d: %v: %s", i, err, b)
			}
			name := fmt.Sprintf("stdin:%d", want[i])
			if rec.Error != "" {
				failed++
				if rec.ID != name || !strings.Contains(stderr.String(), name+": ") {
					t.Fatalf("error record %d names %q, want %s", i, rec.ID, name)
				}
			}
		}
		if (failed > 0) != (err != nil) || err != nil && err.Error() != fmt.Sprintf("%d of %d documents failed", failed, len(want)) {
			t.Fatalf("%d failed records of %d, error %v", failed, len(want), err)
		}
	})
}

// TestOutInsideInput does not read back, as inputs, the outputs written
// into a folder inside the input folder.
func TestOutInsideInput(t *testing.T) {
	in := t.TempDir()
	writeFiles(t, in, map[string]string{"a.txt": article, "z.txt": article})
	_, stderr, err := runCLI(t, "", "run", "-j", "1", "-out", filepath.Join(in, "out"), in)
	if err != nil || !strings.Contains(stderr, "documents: 2,") {
		t.Errorf("error %v, stderr %q; want 2 documents", err, stderr)
	}
	if got, want := listFiles(t, in), []string{"a.txt", "out/a.txt", "out/z.txt", "z.txt"}; !slices.Equal(got, want) {
		t.Errorf("files %q, want %q", got, want)
	}
}

// TestLongID cuts the file name of a long id to a length every file
// system takes.
func TestLongID(t *testing.T) {
	out := t.TempDir()
	id := strings.Repeat("é", 300)
	if _, stderr, err := runCLI(t, jsonLine(t, id, article), "run", "-input", "jsonl", "-format", "jsonl", "-out", out, "-"); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	if got, want := listFiles(t, out), []string{strings.Repeat("_", maxFileName) + ".jsonl"}; !slices.Equal(got, want) {
		t.Errorf("files %q, want %q", got, want)
	}
}

// TestProcessOrderedCancel returns when the context is cancelled though
// the producer is blocked (reading a terminal), having consumed a prefix of
// the jobs.
func TestProcessOrderedCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	block := make(chan struct{})
	defer close(block)
	var got []int
	done := make(chan error, 1)
	go func() {
		done <- processOrdered(ctx, 2,
			func(emit func(*job) bool) {
				for i := range 5 {
					emit(&job{size: i})
				}
				<-block
			},
			func(j *job) {
				if j.size == 3 {
					<-ctx.Done()
					j.err = errInterrupted
				}
			},
			func(j *job) error {
				got = append(got, j.size)
				if j.size == 2 {
					cancel()
				}
				return nil
			})
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("processOrdered waits for a blocked producer")
	}
	if want := []int{0, 1, 2}; !slices.Equal(got, want) {
		t.Errorf("consumed %v, want %v", got, want)
	}
}

// BenchmarkParseRecord decodes one JSON Lines record of a short article.
func BenchmarkParseRecord(b *testing.B) {
	line := []byte(`{"id": "doc-0000001", "text": "Gen. Chien met Rufo in Paris on December 18.", "dct": "2023-12-19"}` + "\n")
	for b.Loop() {
		if _, err := record.Parse(line); err != nil {
			b.Fatal(err)
		}
	}
}

// TestJSONLDuplicateAcrossFiles names the file and line of an id first
// read in another file of a folder.
func TestJSONLDuplicateAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.jsonl": jsonLine(t, "one", article) + jsonLine(t, "two", article),
		"b.jsonl": "\n" + jsonLine(t, "three", article) + jsonLine(t, "two", article),
	})
	_, stderr, err := runCLI(t, "", "run", "-input", "jsonl", "-format", "jsonl", dir)
	want := filepath.Join(dir, "b.jsonl") + `:3: duplicate id "two" (first at ` + filepath.Join(dir, "a.jsonl") + ":2)"
	if exitCode(err) != 1 || !strings.Contains(stderr, want) {
		t.Errorf("error %v, stderr %q; want %q", err, stderr, want)
	}
}

// recyclingProcessor counts the documents given back to its pipeline.
type recyclingProcessor struct {
	*extract.Pipeline
	recycled *atomic.Int64
}

func (p recyclingProcessor) Recycle(doc *extract.Doc) {
	p.recycled.Add(1)
	p.Pipeline.Recycle(doc)
}

// TestRecycleWritten gives every written document back to the pipeline, and
// the output is that of a run without recycling.
func TestRecycleWritten(t *testing.T) {
	pipe, err := extract.New(extract.Config{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{"a.txt": article, "b.txt": "Gen. Lloyd Austin met them.", "c.txt": article, "d.txt": "\xff", "e.txt": article}
	writeFiles(t, dir, files)
	format, _ := render.ByName("jsonl")
	run := func(p processor) string {
		var stdout, stderr bytes.Buffer
		e := &env{ctx: context.Background(), stdout: &stdout, stderr: &stderr}
		o := &runOptions{format: format, workers: 2, maxDocBytes: 1 << 20}
		runExtract(e, o, p, []string{dir}) // d.txt fails
		return stdout.String()
	}
	var recycled atomic.Int64
	got := run(recyclingProcessor{pipe, &recycled})
	if n := recycled.Load(); n != 4 {
		t.Errorf("%d documents recycled, want the 4 processed", n)
	}
	// slowProcessor without slow documents: a processor without Recycle.
	if want := run(slowProcessor{pipe: pipe}); got != want {
		t.Errorf("output with recycling:\n%s\nwithout:\n%s", got, want)
	}
}

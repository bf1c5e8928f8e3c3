package extractbeam

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// repoRoot is the root of the main module, relative to this package.
var repoRoot = filepath.Join("..", "..")

// devDir is the shared development set: CI checks it out beside the
// repository.
var devDir = filepath.Join(repoRoot, "..", "shared", "dev")

func TestMain(m *testing.M) {
	// Pipelines under test run on Prism in-process unless -runner says
	// otherwise (go test -args --runner=universal --endpoint=...).
	ptest.MainWithDefault(m, "prism")
}

// buildExtract builds the extract command of the main module into a
// temporary folder and returns its path.
func buildExtract(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "extract")
	// Without VCS stamping, extract's version is "devel", as is that of
	// this test binary: the document records carry it.
	cmd := exec.Command("go", "build", "-buildvcs=false", "-o", bin, "./cmd/extract")
	cmd.Dir = repoRoot
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/extract: %v\n%s", err, out)
	}
	return bin
}

// extractRun runs extract run --format jsonl with args and returns its
// records, those of documents that failed included.
func extractRun(t *testing.T, bin string, args ...string) []string {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"run", "--format", "jsonl"}, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if exit, ok := errors.AsType[*exec.ExitError](err); err != nil && !(ok && exit.ExitCode() == 1) {
		t.Fatalf("extract run %v: %v\n%s", args, err, stderr.String())
	}
	return lines(string(out))
}

// lines returns the non-empty lines of s.
func lines(s string) []string {
	var ls []string
	for l := range strings.Lines(s) {
		if l = strings.TrimSuffix(l, "\n"); l != "" {
			ls = append(ls, l)
		}
	}
	return ls
}

// runJob runs the job o describes under t's temporary folder and returns
// the lines of each output, sorted.
func runJob(t *testing.T, o Options) map[string][]string {
	t.Helper()
	o.Output = t.TempDir() + string(filepath.Separator)
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("job: %v", err)
	}
	outs := map[string][]string{}
	for _, name := range []string{DocumentsOutput, ErrorsOutput, EntitiesOutput, PeopleOutput, AgreementsOutput, SummaryOutput} {
		files, err := filepath.Glob(o.Output + name + "-*.jsonl")
		if err != nil {
			t.Fatal(err)
		}
		var ls []string
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			ls = append(ls, lines(string(b))...)
		}
		slices.Sort(ls)
		outs[name] = ls
	}
	return outs
}

// checkSummary checks the summary output against the expected counts.
func checkSummary(t *testing.T, outs map[string][]string, want Summary) {
	t.Helper()
	b, _ := json.Marshal(want)
	if got := outs[SummaryOutput]; !slices.Equal(got, []string{string(b)}) {
		t.Errorf("summary %q, want %s", got, b)
	}
}

// checkLines compares two sets of lines, order aside.
func checkLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	got, want = slices.Sorted(slices.Values(got)), slices.Sorted(slices.Values(want))
	if slices.Equal(got, want) {
		return
	}
	t.Errorf("%s: %d records, want %d", what, len(got), len(want))
	for i := 0; i < max(len(got), len(want)); i++ {
		g, w := "", ""
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("first difference:\n got %.300s\nwant %.300s", g, w)
			return
		}
	}
}

// TestCorpus runs the job over the seeds and the dev set and checks its
// documents against extract run --format jsonl on the same files, and its
// indexes against a direct computation over that output.
func TestCorpus(t *testing.T) {
	extract := buildExtract(t)
	rules := filepath.Join("testdata", "rules")
	for _, tc := range []struct {
		name  string
		glob  string
		rules string // a rules folder, or ""
		dct   string
		// want is a substring of the documents output, or "" when every
		// index must have records.
		want string
	}{
		{name: "seeds", glob: filepath.Join(repoRoot, "seeds", "*.txt")},
		{name: "dev", glob: filepath.Join(devDir, "*.txt")},
		// The job must carry the rules to the workers: only they make
		// "Quillon" an organisation.
		{name: "rules and dct", glob: filepath.Join("testdata", "extra", "*.txt"), rules: rules, dct: "2024-03-05",
			want: `{"label":"ORG","text":"Quillon",`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, err := filepath.Glob(tc.glob)
			if err != nil {
				t.Fatal(err)
			}
			if len(files) == 0 {
				t.Skipf("no files match %s (the dev set is ../shared/dev beside the repository)", tc.glob)
			}
			o := Options{Input: tc.glob, Shards: 3, DCT: tc.dct}
			args := files
			if tc.rules != "" {
				if o.Rules, err = LoadRules(tc.rules); err != nil {
					t.Fatal(err)
				}
				args = append([]string{"--rules", tc.rules}, args...)
			}
			if tc.dct != "" {
				args = append([]string{"--dct", tc.dct}, args...)
			}
			want := extractRun(t, extract, args...)
			outs := runJob(t, o)
			checkLines(t, "documents", outs[DocumentsOutput], want)
			if len(outs[ErrorsOutput]) > 0 {
				t.Errorf("dead letters: %q", outs[ErrorsOutput])
			}
			checkSummary(t, outs, Summary{Inputs: len(files), Documents: len(files)})
			counts, people, agreements := directIndexes(t, want)
			checkLines(t, "entity counts", outs[EntitiesOutput], counts)
			checkLines(t, "people index", outs[PeopleOutput], people)
			checkLines(t, "agreements index", outs[AgreementsOutput], agreements)
			if tc.want != "" {
				if !strings.Contains(strings.Join(outs[DocumentsOutput], "\n"), tc.want) {
					t.Errorf("no %s in the documents", tc.want)
				}
			} else if len(outs[PeopleOutput]) == 0 || len(outs[AgreementsOutput]) == 0 {
				t.Errorf("%d people and %d agreements: want some of each", len(outs[PeopleOutput]), len(outs[AgreementsOutput]))
			}
		})
	}
}

// directIndexes computes the entity counts, the people index and the
// agreements index from extract run's records, with maps in one process,
// and returns their records as the job writes them.
func directIndexes(t *testing.T, records []string) (counts, people, agreements []string) {
	t.Helper()
	type doc struct {
		ID       string
		DCT      string
		Entities []struct{ Label, Text string }
		People   []struct {
			Name     string
			Mentions []int
			Rank     string
			Roles    []string
		}
	}
	type personSets struct {
		variants, docs map[string]bool
		ranks, roles   map[Report]bool
	}
	type agreementSets struct{ docs, dates map[string]bool }
	n := map[[2]string]int{}
	ps := map[string]*personSets{}
	as := map[string]*agreementSets{}
	for _, rec := range records {
		var d doc
		if err := json.Unmarshal([]byte(rec), &d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Entities {
			text := Key(e.Text)
			n[[2]string{e.Label, text}]++
			if e.Label != "AGREEMENT" {
				continue
			}
			if as[text] == nil {
				as[text] = &agreementSets{docs: map[string]bool{}, dates: map[string]bool{}}
			}
			as[text].docs[d.ID] = true
			if d.DCT != "" {
				as[text].dates[d.DCT] = true
			}
		}
		for _, p := range d.People {
			name := Key(p.Name)
			if ps[name] == nil {
				ps[name] = &personSets{variants: map[string]bool{}, docs: map[string]bool{}, ranks: map[Report]bool{}, roles: map[Report]bool{}}
			}
			s := ps[name]
			s.docs[d.ID] = true
			for _, m := range p.Mentions {
				s.variants[Key(d.Entities[m].Text)] = true
			}
			if p.Rank != "" {
				s.ranks[Report{Value: p.Rank, Document: d.ID, Date: d.DCT}] = true
			}
			for _, r := range p.Roles {
				s.roles[Report{Value: r, Document: d.ID, Date: d.DCT}] = true
			}
		}
	}
	encode := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for k, c := range n {
		counts = append(counts, encode(EntityCount{Label: k[0], Text: k[1], Count: c}))
	}
	for name, s := range ps {
		people = append(people, encode(PersonEntry{
			Name:      name,
			Variants:  slices.Sorted(maps.Keys(s.variants)),
			Documents: slices.Sorted(maps.Keys(s.docs)),
			Ranks:     sortedReports(slices.Collect(maps.Keys(s.ranks))),
			Roles:     sortedReports(slices.Collect(maps.Keys(s.roles))),
		}))
	}
	for title, s := range as {
		agreements = append(agreements, encode(AgreementEntry{
			Title:     title,
			Documents: slices.Sorted(maps.Keys(s.docs)),
			Dates:     slices.Sorted(maps.Keys(s.dates)),
		}))
	}
	return counts, people, agreements
}

// TestDeadLetters checks that a file of invalid UTF-8 and a broken JSON
// Lines line each become one dead letter, and the good inputs documents.
func TestDeadLetters(t *testing.T) {
	extract := buildExtract(t)
	dir := t.TempDir()
	seed, err := os.ReadFile(filepath.Join(repoRoot, "seeds", "000_f2962e5216b1e2df.txt"))
	if err != nil {
		t.Fatal(err)
	}
	good, _ := json.Marshal(map[string]string{"id": "r1", "text": "Gen. Ana Ruiz met the NATO Secretary General in Brussels on Monday.", "dct": "2024-05-06"})
	files := map[string]string{
		"good.txt":   string(seed),
		"bad.txt":    "Gen. Ana Ruiz \xff\xfe met officials.",
		"in.jsonl":   string(good) + "\n\n{broken\n",
		"readme.md":  "not matched by either glob",
		"other.json": `{"id": "x", "text": "not matched either"}`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	outs := runJob(t, Options{Input: filepath.Join(dir, "*.txt"), InputJSONL: filepath.Join(dir, "*.jsonl"), Shards: 2})

	want := extractRun(t, extract, filepath.Join(dir, "good.txt"))
	for _, rec := range extractRun(t, extract, "--input", "jsonl", filepath.Join(dir, "in.jsonl")) {
		if !strings.Contains(rec, `"error":`) {
			want = append(want, rec)
		}
	}
	checkLines(t, "documents", outs[DocumentsOutput], want)
	checkSummary(t, outs, Summary{Inputs: 4, Documents: 2, Errors: 2})

	var dead []DeadLetter
	for _, l := range outs[ErrorsOutput] {
		var d DeadLetter
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		dead = append(dead, d)
	}
	slices.SortFunc(dead, func(a, b DeadLetter) int { return cmp.Compare(a.Input, b.Input) })
	if len(dead) != 2 {
		t.Fatalf("dead letters %+v, want 2", dead)
	}
	for i, w := range []struct{ file, stage, id, err, record string }{
		{"bad.txt", StageExtract, "bad", "invalid UTF-8 at byte 14", ""},
		{"in.jsonl", StageParse, "", "invalid JSON", "{broken"},
	} {
		d := dead[i]
		if filepath.Base(d.Input) != w.file || d.Stage != w.stage || d.ID != w.id || !strings.Contains(d.Error, w.err) || d.Record != w.record {
			t.Errorf("dead letter %+v, want input %s, stage %s, id %q, error with %q, record %q", d, w.file, w.stage, w.id, w.err, w.record)
		}
	}
}

func TestParseLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want Input
		dead string // the error of the dead letter, "" when the line is a document
	}{
		{line: `{"id": "a", "text": "Paris", "dct": "2024-03-01"}`, want: Input{Source: "f.jsonl", ID: "a", Text: "Paris", DCT: "2024-03-01"}},
		{line: "\uFEFF" + `{"id": "b", "text": "x"}` + "\r", want: Input{Source: "f.jsonl", ID: "b", Text: "x"}},
		// The SHA-256 of the line starts ed9f959f7302.
		{line: `{"text": "y"}`, want: Input{Source: "f.jsonl", ID: "f.jsonl#ed9f959f7302", Text: "y"}},
		{line: `{"id": "c"}`, dead: `no "text"`},
		{line: `{"text": "z", "dct": "yesterday"}`, dead: `dct: "yesterday" is not a date`},
		{line: "{" + strings.Repeat("é", 150), dead: "invalid JSON"},
	} {
		var got []Input
		var dead []DeadLetter
		parseLine("f.jsonl", tc.line, func(in Input) { got = append(got, in) }, func(d DeadLetter) { dead = append(dead, d) })
		if tc.dead == "" {
			if len(dead) > 0 || !slices.Equal(got, []Input{tc.want}) {
				t.Errorf("parseLine(%q) = %+v, %+v; want %+v", tc.line, got, dead, tc.want)
			}
			continue
		}
		if len(got) > 0 || len(dead) != 1 || !strings.Contains(dead[0].Error, tc.dead) {
			t.Errorf("parseLine(%q) = %+v, %+v; want a dead letter with %q", tc.line, got, dead, tc.dead)
			continue
		}
		if d := dead[0]; d.Input != "f.jsonl" || d.Stage != StageParse || len(d.Record) > recordClip || !strings.HasPrefix(tc.line, d.Record) || !utf8.ValidString(d.Record) {
			t.Errorf("parseLine(%q): dead letter %+v", tc.line, d)
		}
	}
}

// FuzzParseLine checks that every line becomes exactly one document or one
// dead letter.
func FuzzParseLine(f *testing.F) {
	for _, seed := range []string{`{"id": "a", "text": "Paris"}`, `{broken`, "\uFEFF{\"text\": \"\xff\"}", `{"text": "a", "dct": "2024-02-30"}`, `null`} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		n := 0
		parseLine("f", line, func(in Input) {
			n++
			if in.ID == "" || in.Source != "f" {
				t.Errorf("parseLine(%q): input %+v", line, in)
			}
		}, func(d DeadLetter) {
			n++
			if d.Error == "" || len(d.Record) > recordClip {
				t.Errorf("parseLine(%q): dead letter %+v", line, d)
			}
		})
		if n != 1 {
			t.Errorf("parseLine(%q): %d outputs, want 1", line, n)
		}
	})
}

func TestCheckCounts(t *testing.T) {
	for _, tc := range []struct {
		inputs, docs, dead int
		ok                 bool
	}{
		{3, 2, 1, true},
		{0, 0, 0, true},
		{3, 2, 0, false},
		{3, 3, 1, false},
	} {
		got, err := checkCounts(tc.inputs, tc.docs, tc.dead)
		want := fmt.Sprintf(`{"inputs":%d,"documents":%d,"errors":%d}`, tc.inputs, tc.docs, tc.dead)
		if tc.ok && (err != nil || got != want) || !tc.ok && err == nil {
			t.Errorf("checkCounts(%d, %d, %d) = %q, %v", tc.inputs, tc.docs, tc.dead, got, err)
		}
	}
}

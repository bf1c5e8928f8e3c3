package evalcmd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/internal/cli"
	"github.com/newsextract/newsextract/internal/schematest"
)

// run runs the eval command line args as the eval command does, and
// returns its exit status.
func run(args []string, stdout, stderr *bytes.Buffer) int {
	err := Program("eval").Run(args, &cli.Env{Stdin: strings.NewReader(""), Stdout: stdout, Stderr: stderr})
	if err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
	}
	return cli.ExitCode(err)
}

const (
	docText = "Gen. Sébastien Lecornu met Vietnam’s Chien in Paris.\n"
	goodAnn = "T1\tRANK 0 4\tGen.\n" +
		"T2\tPERSON 5 22\tSébastien Lecornu\n" +
		"T3\tGPE 27 34\tVietnam\n" +
		"T4\tPERSON 37 42\tChien\n" +
		"#1\tAnnotatorNotes T1\tGeneral\n" +
		"R1\tHAS_RANK Arg1:T2 Arg2:T1\n"
	// halfAnn predicts two of the four entities.
	halfAnn = "T1\tRANK 0 4\tGen.\nT2\tPERSON 5 22\tSébastien Lecornu\n"
)

// setup writes files (relative path → content) under a temp dir and
// returns it.
func setup(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// strict is the part of the JSON report's strict micro scores the tests
// check.
type strict struct {
	Correct, Possible int
	F1                float64
}

func TestReport(t *testing.T) {
	dir := setup(t, map[string]string{
		"docs/a.txt":      docText,
		"docs/nogold.txt": "No gold for this one.",
		"gold/a.ann":      goodAnn,
		"gold/README.md":  "not an annotation",
		"pred/a.ann":      halfAnn,
		"perfect/a.ann":   goodAnn,
		"bad/a.ann":       "T1\tRANK 0 4\tGen.\nT2\tPERSON 5 22\tSebastien Lecornu\n",
		"badgold/a.ann":   goodAnn + "R2\tALIAS Arg1:T4 Arg2:T9\n",
		"orphan/a.ann":    goodAnn,
		"orphan/b.ann":    "",
		"empty/.keep":     "",
		"together/a.txt":  docText,
		"together/a.ann":  goodAnn,
		"twodocs/a.txt":   docText,
		"twodocs/b.txt":   docText,
		"twobad/a.ann":    "T1\tPERSON 5 22\tSébastien Lecornu\nT2\tPERSON 5 14\tSébastien\n",
		"twobad/b.ann":    "T1\tPER 5 22\tSébastien Lecornu\n",
	})
	d := func(name string) string { return filepath.Join(dir, name) }
	base := []string{"report", "--docs", d("docs"), "--gold", d("gold"), "--format", "json"}
	args := func(extra ...string) []string { return append(append([]string(nil), base...), extra...) }

	tests := []struct {
		name   string
		args   []string
		status int
		strict *strict // the JSON report's strict micro scores, if given
		stdout string  // must be in stdout
		stderr string  // must be in stderr
	}{
		{name: "pred, half right", args: args("--pred", d("pred")), strict: &strict{Correct: 2, Possible: 4, F1: 2.0 / 3},
			stderr: "eval: skipping " + d("docs/nogold.txt") + ": no gold " + d("gold/nogold.ann")},
		{name: "pred, perfect", args: args("--pred", d("perfect")), strict: &strict{Correct: 4, Possible: 4, F1: 1}},
		{name: "missing prediction file", args: args("--pred", d("empty")), strict: &strict{Correct: 0, Possible: 4, F1: 0},
			stderr: "eval: no prediction file " + d("empty/a.ann") + ": every gold span counts as missed"},
		{name: "missing pred folder", args: args("--pred", d("nosuch")), status: 2,
			stderr: "eval: --pred: stat " + d("nosuch") + ": no such file or directory\nrun 'eval help report' for usage"},
		{name: "pred is a file", args: args("--pred", d("gold/a.ann")), status: 2, stderr: "is not a folder"},
		{name: "missing docs folder", args: []string{"report", "--docs", d("nosuch")}, status: 2, stderr: "eval: --docs: stat "},
		{name: "docs without gold", args: []string{"report", "--docs", d("together"), "--pred", d("perfect"), "--format", "json"},
			strict: &strict{Correct: 4, Possible: 4, F1: 1}},
		{name: "extractor runs", args: args(), stdout: `"document_count": 1`},
		{name: "default folders: the module's seeds and gold", args: []string{"report", "--format", "json"}, stdout: `"document_count": 2`},
		{name: "min-f1 passes", args: args("--pred", d("perfect"), "--min-f1", "1"), strict: &strict{Correct: 4, Possible: 4, F1: 1}},
		{name: "min-f1 fails", args: args("--pred", d("pred"), "--min-f1", "0.9"), status: 1,
			stdout: `"document_count": 1`, stderr: "eval: strict micro-F1 0.6667 is below --min-f1 0.9000"},
		{name: "malformed gold", args: []string{"report", "--docs", d("docs"), "--gold", d("badgold")}, status: 1,
			stderr: "eval: " + d("badgold/a.ann") + ":7: R2: argument T9 is not defined"},
		{name: "every bad gold file", args: []string{"report", "--docs", d("twodocs"), "--gold", d("twobad")}, status: 1,
			stderr: d("twobad/a.ann") + ":2: T2 PERSON 5-14 overlaps T1 PERSON 5-22 (line 1): gold spans must not overlap\n" +
				d("twobad/b.ann") + ":1: T1: unknown label \"PER\""},
		{name: "malformed prediction", args: args("--pred", d("bad")), status: 1,
			stderr: d("bad/a.ann") + `:2: T2: text "Sebastien Lecornu" differs`},
		{name: "gold without text", args: []string{"report", "--docs", d("docs"), "--gold", d("orphan")}, status: 1,
			stderr: "eval: " + d("orphan/b.ann") + ": no text " + d("docs/b.txt")},
		{name: "no gold at all", args: []string{"report", "--docs", d("docs"), "--gold", d("empty")}, status: 1,
			stderr: "no document in " + d("docs") + " has gold"},
		{name: "markdown", args: []string{"report", "--docs", d("docs"), "--gold", d("gold"), "--pred", d("pred"), "--format", "markdown", "--errors"},
			stdout: "### Strict errors: 2"},
		{name: "unknown flag", args: []string{"report", "--bogus"}, status: 2,
			stderr: "eval: flag provided but not defined: -bogus\nrun 'eval help report' for usage"},
		{name: "bad format", args: args("--format", "xml"), status: 2, stderr: `eval: unknown format "xml" (want one of table, markdown, json, html)`},
		{name: "min-f1 out of range", args: args("--min-f1", "2"), status: 2, stderr: "not between 0 and 1"},
		{name: "rules with pred", args: args("--pred", d("pred"), "--rules", d("empty")), status: 2, stderr: "--rules has no use with --pred"},
		{name: "extra argument", args: args("x"), status: 2, stderr: `eval: unexpected argument "x"`},
		{name: "unknown command", args: []string{"score"}, status: 2, stderr: "eval: unknown command \"score\" (the commands are report and help)\nrun 'eval help' for usage"},
		{name: "help of an unknown command", args: []string{"help", "nope"}, status: 2, stderr: "run 'eval help' for usage"},
		{name: "no command", args: nil, status: 2, stderr: "eval: no command"},
		{name: "help", args: []string{"help", "report"}, stdout: "usage: eval report"},
		{name: "help help", args: []string{"help", "help"}, stdout: "usage: eval help [COMMAND]"},
		{name: "--help", args: []string{"--help"}, stdout: "The commands are:"},
		{name: "-h", args: []string{"-h"}, stdout: "The commands are:"},
		{name: "report -h", args: []string{"report", "-h"}, stdout: "--min-f1 X"},
		{name: "report --help", args: []string{"report", "--help"}, stdout: "usage: eval report [flags]"},
		{name: "version", args: []string{"--version"}, stdout: "eval version "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(tt.args, &stdout, &stderr)
			if status != tt.status {
				t.Fatalf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", status, tt.status, &stdout, &stderr)
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, &stdout)
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, &stderr)
			}
			if tt.strict == nil {
				return
			}
			schematest.Check(t, "../../docs/schema/eval-report.schema.json", stdout.Bytes())
			var r struct {
				Micro         map[string]strict
				DocumentCount int `json:"document_count"`
			}
			if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			got := r.Micro["strict"]
			if r.DocumentCount != 1 || got.Correct != tt.strict.Correct || got.Possible != tt.strict.Possible || math.Abs(got.F1-tt.strict.F1) > 1e-9 {
				t.Errorf("documents %d, strict %+v; want 1 document, strict %+v", r.DocumentCount, got, *tt.strict)
			}
		})
	}
}

// TestReportOutsideModule checks that without --docs outside the module,
// the error says what to pass.
func TestReportOutsideModule(t *testing.T) {
	t.Chdir(t.TempDir())
	var stdout, stderr bytes.Buffer
	if status := run([]string{"report"}, &stdout, &stderr); status != 2 || !strings.Contains(stderr.String(), "pass --docs DIR (and --gold DIR)") {
		t.Errorf("exit %d, stderr %q", status, &stderr)
	}
}

package main

import (
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	jobpb "github.com/apache/beam/sdks/v2/go/pkg/beam/model/jobmanagement_v1"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
)

// runMainEnv, when set, makes the test binary run main with its arguments,
// one a line, so that the tests run the command without building it.
const runMainEnv = "EXTRACT_BEAM_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) != "" {
		os.Args = append(os.Args[:1], strings.Split(os.Getenv(runMainEnv), "\n")...)
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// command runs the command with args and returns its outputs, by file name
// under the output prefix, and its standard error.
func command(t *testing.T, args ...string) (map[string]string, string) {
	t.Helper()
	out := t.TempDir() + string(filepath.Separator)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), runMainEnv+"="+strings.Join(append(args, "--output="+out), "\n"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("extract-beam %v: %v\n%s", args, err, stderr.String())
	}
	files := map[string]string{}
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(out, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = string(b)
	}
	return files, stderr.String()
}

// sortedLines returns the lines of every output file, by output name.
func sortedLines(files map[string]string) map[string][]string {
	outs := map[string][]string{}
	for name, text := range files {
		out, _, _ := strings.Cut(name, "-")
		outs[out] = append(outs[out], strings.Split(strings.TrimSuffix(text, "\n"), "\n")...)
	}
	for _, ls := range outs {
		slices.Sort(ls)
	}
	return outs
}

// TestPortableRunner submits the job through the portable path
// (--runner=universal) to a Prism job server on 127.0.0.1, with a LOOPBACK
// environment, and checks that it writes what the in-process Prism runner
// writes. The job server runs in the test process, as the standalone prism
// command runs it; the command runs in a process of its own.
func TestPortableRunner(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command twice")
	}
	port := freePort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	jobs, err := prism.CreateJobServer(ctx, prism.Options{Port: port})
	if err != nil {
		t.Fatal(err)
	}
	input := "--input=" + filepath.Join("..", "..", "..", "seeds", "*.txt")
	local, stderr := command(t, input, "--shards=2")
	if !strings.Contains(stderr, "2 inputs: 2 documents, 0 dead letters") {
		t.Errorf("in-process run: standard error %q lacks the summary", stderr)
	}
	portable, stderr := command(t, input, "--shards=2", "--runner=universal",
		"--endpoint=127.0.0.1:"+strconv.Itoa(port), "--environment_type=LOOPBACK")
	if !strings.Contains(stderr, "2 inputs: 2 documents, 0 dead letters") {
		t.Errorf("portable run: standard error %q lacks the summary", stderr)
	}
	// The job ran on the job server, not on an in-process runner.
	list, err := jobs.GetJobs(ctx, &jobpb.GetJobsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(list.GetJobInfo()); n != 1 || list.GetJobInfo()[0].GetState() != jobpb.JobState_DONE {
		t.Errorf("job server: %d jobs (%v), want one, done", n, list.GetJobInfo())
	}
	want, got := sortedLines(local), sortedLines(portable)
	for _, out := range []string{"documents", "entities", "people", "agreements", "summary"} {
		if len(want[out]) == 0 || !slices.Equal(got[out], want[out]) {
			t.Errorf("%s: portable run wrote %d records, in-process run %d, or they differ", out, len(got[out]), len(want[out]))
		}
	}
}

// freePort returns a TCP port that was free on 127.0.0.1 a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		err  string
	}{
		{[]string{"--output=x/"}, "no input"},
		{[]string{"--input=*.txt"}, "no output prefix"},
		{[]string{"--input=*.txt", "--output=x/", "--dct=5 May"}, "dct:"},
		{[]string{"--input=*.txt", "--output=x/", "--ner=spacy"}, "unknown recogniser"},
		{[]string{"--input=*.txt", "--output=x/", "--shards=0"}, "0 shards"},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), runMainEnv+"="+strings.Join(tc.args, "\n"))
		out, err := cmd.CombinedOutput()
		if err == nil || !strings.Contains(string(out), tc.err) {
			t.Errorf("extract-beam %v: %v, output %q; want a failure with %q", tc.args, err, out, tc.err)
		}
	}
}

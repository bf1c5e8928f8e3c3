package main

import (
	"io"
	"os"
	"runtime/debug"

	"github.com/newsextract/newsextract/internal/cli"
	"github.com/newsextract/newsextract/internal/evalcmd"
)

// tuneGC trades memory for throughput unless the user set GOGC or
// GOMEMLIMIT: the pipeline allocates about 28 bytes per byte of text, short
// lived, and with the default GOGC=100 the collector costs the second worker
// much of its core. GOGC=400 with a 1 GiB soft limit keeps a batch of
// ordinary articles within tens of MiB and still bounds a huge document.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
}

// env is the command's view of the process: its standard streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// program is the extract command line.
var program = &cli.Program{
	Name:     "extract",
	Intro:    "Extract finds people, ranks, roles, organisations, places, dates,\nagreements and events in defence and diplomacy news.",
	Commands: []*cli.Command{runCmd, serveCmd, evalCmd},
}

//go:generate go test -run TestDoc -update

func main() {
	tuneGC()
	program.Main()
}

// run runs the command line args (without the program name) and returns why
// it failed, if it did.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return program.Run(args, &cli.Env{Stdin: stdin, Stdout: stdout, Stderr: stderr})
}

// usageError is a mistake in the command line of the command cmd.
type usageError struct {
	cmd string
	err error
}

func (e *usageError) Error() string {
	return (&cli.UsageError{Help: "extract help " + e.cmd, Err: e.err}).Error()
}

func (e *usageError) Unwrap() error { return e.err }

// ExitCode returns 2, the exit status of a usage error.
func (e *usageError) ExitCode() int { return 2 }

// exitCode is the exit status for the error run returned.
func exitCode(err error) int { return cli.ExitCode(err) }

// evalCmd is eval's command line inside extract, so that an installed
// extract can score too without a command called eval, which the shell's
// builtin of that name would hide.
var evalCmd = &cli.Command{
	Name:  "eval",
	Args:  "COMMAND [ARGUMENTS]",
	Short: "score the extractor against gold annotations (extract eval help)",
	Long: evalcmd.Intro + `

It is the eval command inside extract: "extract eval report" is
"eval report". "extract eval help" lists its commands.`,
	Program: evalcmd.Program("extract eval"),
}

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/newsextract/newsextract/internal/cli"
	"github.com/newsextract/newsextract/internal/evalcmd"
)

// tuneGC trades memory for throughput unless the user set GOGC or
// GOMEMLIMIT: the pipeline allocates about 28 bytes per byte of text, short
// lived, and with the default GOGC=100 the collector costs the second worker
// much of its core. GOGC=400 with a 1 GiB soft limit keeps a batch of
// ordinary articles within tens of MiB and still bounds a huge document;
// the run command then keeps the limit at what its documents in flight
// need (see memBudget), with the function tuneGC returns. It returns nil
// when the user set GOMEMLIMIT.
func tuneGC() func(int64) int64 {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return nil
	}
	debug.SetMemoryLimit(1 << 30)
	return debug.SetMemoryLimit
}

// env is the command's view of the process: its standard streams, and a
// context cancelled when the process is asked to stop.
type env struct {
	ctx            context.Context
	stdin          io.Reader
	stdout, stderr io.Writer
}

// newEnv returns the command's view of ce.
func newEnv(ce *cli.Env) *env {
	return &env{ctx: ce.Context(), stdin: ce.Stdin, stdout: ce.Stdout, stderr: ce.Stderr}
}

// program is the extract command line.
var program = &cli.Program{
	Name:     "extract",
	Intro:    "Extract finds people, ranks, roles, organisations, places, dates,\nagreements and events in defence and diplomacy news.",
	Commands: []*cli.Command{runCmd, serveCmd, evalCmd},
}

//go:generate go test -run TestDoc -update

func main() {
	setLimit := tuneGC()
	ctx, stop := notifyContext()
	if setLimit != nil {
		ctx = withMemoryLimit(ctx, setLimit)
	}
	err := runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "extract: %v\n", err)
	}
	os.Exit(exitCode(err))
}

// run runs the command line args (without the program name) and returns why
// it failed, if it did.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run that stops early, returning ctx's cause, when ctx is
// cancelled.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return program.Run(args, &cli.Env{Ctx: ctx, Stdin: stdin, Stdout: stdout, Stderr: stderr})
}

// signalError is the cause of a run stopped by a signal.
type signalError struct{ sig syscall.Signal }

func (e *signalError) Error() string { return "stopped by " + e.sig.String() }

// ExitCode returns 128 plus the signal's number: 130 for SIGINT, 143 for
// SIGTERM.
func (e *signalError) ExitCode() int { return 128 + int(e.sig) }

// notifyContext returns a context cancelled, with a *signalError as its
// cause, on the first SIGINT or SIGTERM; a second one ends the process at
// once. stop releases the signals.
func notifyContext() (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			signal.Reset(os.Interrupt, syscall.SIGTERM)
			cancel(&signalError{sig: s.(syscall.Signal)})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel(nil)
	}
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

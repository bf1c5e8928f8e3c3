package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
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

// command is one subcommand of extract.
type command struct {
	name  string
	args  string // the synopsis of the arguments, after the flags
	short string // one line for the command list
	long  string // the description printed by "extract help NAME"
	// setup defines the command's flags on fs and returns the function
	// that runs the command once fs is parsed, with fs.Args().
	setup func(fs *flag.FlagSet) func(e *env, args []string) error
}

// env is the command's view of the process: its standard streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// commands lists the subcommands in the order help shows them.
var commands []*command

func init() {
	// helpCmd's setup reads the table, so the table is built at run time.
	commands = []*command{runCmd, serveCmd, helpCmd}
}

func main() {
	tuneGC()
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "extract: %v\n", err)
		os.Exit(exitCode(err))
	}
}

// usageError is a mistake in the command line.
type usageError struct {
	cmd string // the command whose usage to point to, or "" for extract's
	err error
}

func (e *usageError) Error() string {
	help := "extract help"
	if e.cmd != "" {
		help += " " + e.cmd
	}
	return fmt.Sprintf("%v\nrun '%s' for usage", e.err, help)
}

func (e *usageError) Unwrap() error { return e.err }

// exitCode is the exit status for the error run returned: 2 for usage
// errors, 1 for others.
func exitCode(err error) int {
	if _, ok := errors.AsType[*usageError](err); ok {
		return 2
	}
	return 1
}

// run runs the command line args (without the program name) and returns why
// it failed, if it did.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		printCommands(stderr)
		return &usageError{err: errors.New("no command")}
	}
	cmd := lookup(args[0])
	if cmd == nil {
		return &usageError{err: fmt.Errorf("unknown command %q", args[0])}
	}
	fs := flag.NewFlagSet(cmd.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are returned, usage printed on request
	runner := cmd.setup(fs)
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printUsage(stdout, cmd, fs)
			return nil
		}
		return &usageError{cmd: cmd.name, err: err}
	}
	return runner(e, fs.Args())
}

// lookup returns the command called name, or nil.
func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

var helpCmd = &command{
	name:  "help",
	args:  "[COMMAND]",
	short: "show the commands, or the usage of one",
	long:  "Help lists the commands, or prints the usage of COMMAND.",
	setup: func(*flag.FlagSet) func(*env, []string) error {
		return func(e *env, args []string) error {
			switch len(args) {
			case 0:
				printCommands(e.stdout)
				return nil
			case 1:
				cmd := lookup(args[0])
				if cmd == nil {
					return &usageError{cmd: "help", err: fmt.Errorf("unknown command %q", args[0])}
				}
				fs := flag.NewFlagSet(cmd.name, flag.ContinueOnError)
				cmd.setup(fs)
				printUsage(e.stdout, cmd, fs)
				return nil
			}
			return &usageError{cmd: "help", err: errors.New("too many arguments")}
		}
	},
}

// printCommands writes the list of commands.
func printCommands(w io.Writer) {
	var b strings.Builder
	b.WriteString("Extract finds people, ranks, roles, organisations, places, dates,\nagreements and events in defence and diplomacy news.\n\nUsage:\n\n\textract COMMAND [ARGUMENTS]\n\nThe commands are:\n\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "\t%-8s %s\n", c.name, c.short)
	}
	b.WriteString("\nUse \"extract help COMMAND\" for more information about a command.\n")
	io.WriteString(w, b.String())
}

// printUsage writes the usage of cmd, whose flags are defined on fs.
func printUsage(w io.Writer, cmd *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: extract %s", cmd.name)
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		io.WriteString(w, " [flags]")
	}
	fmt.Fprintf(w, " %s\n\n%s\n", cmd.args, cmd.long)
	if hasFlags {
		io.WriteString(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

// Command eval scores the extractor, or another system's predictions,
// against the gold annotations of ANNOTATION.md.
//
// Usage:
//
//	eval report [--docs DIR] [--gold DIR] [--pred DIR] [--rules DIR] [--ner none|prose]
//	            [--format table|markdown|json|html] [--errors] [--min-f1 X]
//	eval help [command]
//
// report pairs each DOCS/NAME.txt with GOLD/NAME.ann, runs the extractor on
// the text (or, with --pred, reads PRED/NAME.ann), and prints the scores.
// The exit status is 2 for a mistake in the command line and 1 for any other
// failure, including a strict micro-F1 below --min-f1.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// command is one subcommand of eval.
type command struct {
	name  string
	args  string // the arguments, for the usage line
	short string // one line of help
	// flags defines the command's flags on fs and returns the function
	// that runs the command once they are parsed.
	flags func(fs *flag.FlagSet) func(stdout, stderr io.Writer) error
}

var commands = []*command{reportCommand}

// usageError is a mistake in the command line: main exits with status 2.
type usageError struct {
	err   error
	usage string // what to print after the error
}

// usagef returns a usageError for a command to return; run adds the
// command's usage to it.
func usagef(format string, args ...any) error {
	return &usageError{err: fmt.Errorf(format, args...)}
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func main() {
	os.Exit(exitStatus(run(os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

// exitStatus prints err, if any, to stderr and returns the exit status for
// it: 0 for none (or a request for help), 2 for a usage error, 1 otherwise.
func exitStatus(err error, stderr io.Writer) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintf(stderr, "eval: %v\n", err)
	if ue, ok := errors.AsType[*usageError](err); ok {
		fmt.Fprint(stderr, ue.usage)
		return 2
	}
	return 1
}

// run runs the eval command line args (without the program name).
func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return &usageError{err: errors.New("no command"), usage: mainUsage()}
	}
	name, args := args[0], args[1:]
	if name == "help" || name == "-h" || name == "-help" || name == "--help" {
		return help(args, stdout)
	}
	c := lookup(name)
	if c == nil {
		return &usageError{err: fmt.Errorf("unknown command %q", name), usage: mainUsage()}
	}
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by exitStatus
	runCmd := c.flags(fs)
	switch err := fs.Parse(args); {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, commandUsage(c, fs))
		return err
	case err != nil:
		return &usageError{err: fmt.Errorf("%s: %w", c.name, err), usage: commandUsage(c, fs)}
	case fs.NArg() > 0:
		return &usageError{err: fmt.Errorf("%s: unexpected argument %q", c.name, fs.Arg(0)), usage: commandUsage(c, fs)}
	}
	err := runCmd(stdout, stderr)
	if ue, ok := errors.AsType[*usageError](err); ok && ue.usage == "" {
		ue.err = fmt.Errorf("%s: %w", c.name, ue.err)
		ue.usage = commandUsage(c, fs)
	}
	return err
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// help prints the usage of eval, or of the command named in args.
func help(args []string, stdout io.Writer) error {
	switch len(args) {
	case 0:
		fmt.Fprint(stdout, mainUsage())
		return nil
	case 1:
		c := lookup(args[0])
		if c == nil {
			return &usageError{err: fmt.Errorf("help: unknown command %q", args[0]), usage: mainUsage()}
		}
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		c.flags(fs)
		fmt.Fprint(stdout, commandUsage(c, fs))
		return nil
	default:
		return &usageError{err: errors.New("help: too many arguments"), usage: mainUsage()}
	}
}

func mainUsage() string {
	var b strings.Builder
	b.WriteString("usage: eval <command> [flags]\n\ncommands:\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-8s %s\n", c.name, c.short)
	}
	b.WriteString("  help     print the usage of a command\n")
	return b.String()
}

func commandUsage(c *command, fs *flag.FlagSet) string {
	var b strings.Builder
	fmt.Fprintf(&b, "usage: eval %s %s\n\n%s\n\nflags:\n", c.name, c.args, c.short)
	fs.SetOutput(&b)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	return b.String()
}

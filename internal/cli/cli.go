// Package cli runs the command lines of the newsextract commands with the
// manners of the go command: "PROG COMMAND [flags] [arguments]", help on
// -h, --help and "PROG help [COMMAND]" (on standard output, exit status 0),
// --version, and errors of one line plus a hint to the help. The exit
// status is 0 on success, 1 when the work failed, 2 for a usage error.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsextract/newsextract/internal/version"
)

// Env is a command's view of the process: its standard streams, and a
// context cancelled when the process is asked to stop.
type Env struct {
	Ctx            context.Context // nil for one never cancelled
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// Context returns e.Ctx, or a context never cancelled when it is nil.
func (e *Env) Context() context.Context {
	if e.Ctx == nil {
		return context.Background()
	}
	return e.Ctx
}

// Command is one subcommand of a program.
type Command struct {
	Name  string
	Args  string // the synopsis of the arguments after the flags, if any
	Short string // one line for the list of commands
	Long  string // the description "PROG help NAME" prints
	// Setup defines the command's flags on fs and returns the function
	// that runs the command once fs is parsed, with fs.Args().
	Setup func(fs *flag.FlagSet) func(e *Env, args []string) error
	// Program, when set, makes the command a program of its own: its
	// arguments, flags and -h included, go to Program.Run unparsed.
	Program *Program
}

// Program is a command with subcommands.
type Program struct {
	Name     string // as the user types it: "extract", "extract eval"
	Intro    string // what the program does, for "PROG help"
	Commands []*Command
}

// UsageError is a mistake in the command line: the exit status is 2.
type UsageError struct {
	Help string // the help command that explains the usage: "extract help run"
	Err  error
}

func (e *UsageError) Error() string {
	return fmt.Sprintf("%v\nrun '%s' for usage", e.Err, e.Help)
}

func (e *UsageError) Unwrap() error { return e.Err }

// ExitCode returns 2, the exit status of a usage error.
func (e *UsageError) ExitCode() int { return 2 }

// Usagef returns a usage error of the command cmd of p.
func (p *Program) Usagef(cmd, format string, args ...any) error {
	return &UsageError{Help: p.helpCommand(cmd), Err: fmt.Errorf(format, args...)}
}

// helpCommand returns the command that prints the usage of cmd, or of p
// when cmd is "".
func (p *Program) helpCommand(cmd string) string {
	if cmd == "" {
		return p.Name + " help"
	}
	return p.Name + " help " + cmd
}

// ExitCode returns the exit status for the error Run returned: 0 for none,
// the status of the first error in its tree with an ExitCode method (2 for
// a UsageError), 1 for any other.
func ExitCode(err error) int {
	if err == nil {
		return 0
	}
	var coded interface{ ExitCode() int }
	if errors.As(err, &coded) {
		return coded.ExitCode()
	}
	return 1
}

// Main runs p with the process's arguments and streams, prints the error,
// if any, after the program's name, and exits with its status.
func (p *Program) Main() {
	err := p.Run(os.Args[1:], &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", p.Name, err)
	}
	os.Exit(ExitCode(err))
}

// Run runs the command line args (without the program name).
func (p *Program) Run(args []string, e *Env) error {
	if len(args) == 0 {
		p.PrintCommands(e.Stderr)
		return &UsageError{Help: p.helpCommand(""), Err: errors.New("no command")}
	}
	switch args[0] {
	case "-h", "-help", "--help":
		p.PrintCommands(e.Stdout)
		return nil
	case "-version", "--version":
		fmt.Fprintf(e.Stdout, "%s version %s\n", p.Name, version.String())
		return nil
	case "help":
		return p.help(args[1:], e.Stdout)
	}
	cmd := p.lookup(args[0])
	if cmd == nil {
		return p.unknown(args[0])
	}
	if cmd.Program != nil {
		return cmd.Program.Run(args[1:], e)
	}
	fs := flag.NewFlagSet(cmd.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are returned, usage printed on request
	runner := cmd.Setup(fs)
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			p.PrintUsage(e.Stdout, cmd)
			return nil
		}
		return &UsageError{Help: p.helpCommand(cmd.Name), Err: err}
	}
	return runner(e, fs.Args())
}

// unknown returns the error for an unknown command name.
func (p *Program) unknown(name string) error {
	names := make([]string, len(p.Commands))
	for i, c := range p.Commands {
		names[i] = c.Name
	}
	return &UsageError{Help: p.helpCommand(""),
		Err: fmt.Errorf("unknown command %q (the commands are %s and help)", name, strings.Join(names, ", "))}
}

// lookup returns the command called name, or nil.
func (p *Program) lookup(name string) *Command {
	for _, c := range p.Commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// help prints the list of commands, or the usage of the one named in args.
func (p *Program) help(args []string, w io.Writer) error {
	switch {
	case len(args) == 0:
		p.PrintCommands(w)
		return nil
	case len(args) > 1:
		return &UsageError{Help: p.helpCommand(""), Err: errors.New("help takes one command name")}
	case args[0] == "help":
		fmt.Fprintf(w, "usage: %s help [COMMAND]\n\nHelp lists the commands, or prints the usage of COMMAND.\n", p.Name)
		return nil
	}
	cmd := p.lookup(args[0])
	if cmd == nil {
		return p.unknown(args[0])
	}
	p.PrintUsage(w, cmd)
	return nil
}

// PrintCommands writes the introduction and the list of commands.
func (p *Program) PrintCommands(w io.Writer) {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\nUsage:\n\n\t%s COMMAND [ARGUMENTS]\n\t%s --version\n\nThe commands are:\n\n", p.Intro, p.Name, p.Name)
	for _, c := range p.Commands {
		fmt.Fprintf(&b, "\t%-8s %s\n", c.Name, c.Short)
	}
	fmt.Fprintf(&b, "\t%-8s %s\n", "help", "show the commands, or the usage of one")
	fmt.Fprintf(&b, "\nUse \"%s help COMMAND\" for more information about a command.\n", p.Name)
	io.WriteString(w, b.String())
}

// PrintUsage writes the usage of cmd: its synopsis, description and flags.
func (p *Program) PrintUsage(w io.Writer, cmd *Command) {
	fs := flag.NewFlagSet(cmd.Name, flag.ContinueOnError)
	if cmd.Setup != nil {
		cmd.Setup(fs)
	}
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	var b strings.Builder
	fmt.Fprintf(&b, "usage: %s %s", p.Name, cmd.Name)
	if hasFlags {
		b.WriteString(" [flags]")
	}
	if cmd.Args != "" {
		b.WriteString(" " + cmd.Args)
	}
	fmt.Fprintf(&b, "\n\n%s\n", cmd.Long)
	if hasFlags {
		b.WriteString("\nFlags:\n")
		printFlags(&b, fs)
	}
	io.WriteString(w, b.String())
}

// printFlags writes the flags of fs as flag.PrintDefaults does, but spelt
// with two dashes, one for a one-letter flag, as the README and the error
// messages spell them (the flag package accepts one dash or two).
func printFlags(b *strings.Builder, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		dashes := "--"
		if len(f.Name) == 1 {
			dashes = "-"
		}
		fmt.Fprintf(b, "  %s%s", dashes, f.Name)
		if name != "" {
			b.WriteString(" " + name)
		}
		b.WriteString("\n    \t" + strings.ReplaceAll(usage, "\n", "\n    \t"))
		if f.DefValue != "" && f.DefValue != "0" && f.DefValue != "false" {
			fmt.Fprintf(b, " (default %s)", f.DefValue)
		}
		b.WriteString("\n")
	})
}

// Doc returns the help of p, every command's usage included, as the
// package comment of a main package: the text of doc.go, which a test
// keeps equal to it.
func (p *Program) Doc() string {
	var b strings.Builder
	p.PrintCommands(&b)
	for _, c := range p.Commands {
		b.WriteString("\n")
		p.PrintUsage(&b, c)
	}
	var out strings.Builder
	for line := range strings.Lines(b.String()) {
		line = strings.TrimRight(line, "\n")
		switch {
		case line == "":
			out.WriteString("//\n")
		case strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "  "):
			out.WriteString("//\t" + strings.TrimPrefix(line, "\t") + "\n")
		default:
			out.WriteString("// " + line + "\n")
		}
	}
	return out.String() + "package main\n"
}

package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"strings"
	"testing"
)

// testProgram has one command, greet, with a flag and an argument.
func testProgram() *Program {
	p := &Program{Name: "tool", Intro: "Tool greets."}
	p.Commands = []*Command{{
		Name:  "greet",
		Args:  "NAME",
		Short: "greet someone",
		Long:  "Greet greets NAME.",
		Setup: func(fs *flag.FlagSet) func(*Env, []string) error {
			loud := fs.Bool("loud", false, "shout")
			n := fs.Int("n", 1, "greet `N` times")
			return func(e *Env, args []string) error {
				if len(args) != 1 {
					return p.Usagef("greet", "want one NAME, have %d", len(args))
				}
				for range *n {
					msg := "hello " + args[0]
					if *loud {
						msg = strings.ToUpper(msg)
					}
					fmt.Fprintln(e.Stdout, msg)
				}
				return nil
			}
		},
	}}
	return p
}

func TestRun(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout string // in stdout
		err    string // in the error
	}{
		{[]string{"greet", "--loud", "-n", "2", "ann"}, 0, "HELLO ANN\nHELLO ANN\n", ""},
		{[]string{"greet", "-h"}, 0, "usage: tool greet [flags] NAME\n\nGreet greets NAME.\n\nFlags:\n  --loud\n    \tshout\n  -n N\n    \tgreet N times (default 1)\n", ""},
		{[]string{"help", "greet"}, 0, "usage: tool greet [flags] NAME", ""},
		{[]string{"help", "help"}, 0, "usage: tool help [COMMAND]", ""},
		{[]string{"--help"}, 0, "\tgreet    greet someone\n", ""},
		{[]string{"help"}, 0, "Use \"tool help COMMAND\"", ""},
		{[]string{"--version"}, 0, "tool version ", ""},
		{nil, 2, "", "no command\nrun 'tool help' for usage"},
		{[]string{"wave"}, 2, "", `unknown command "wave" (the commands are greet and help)` + "\nrun 'tool help' for usage"},
		{[]string{"help", "wave"}, 2, "", "run 'tool help' for usage"},
		{[]string{"greet", "--bogus"}, 2, "", "flag provided but not defined: -bogus\nrun 'tool help greet' for usage"},
		{[]string{"greet"}, 2, "", "want one NAME, have 0\nrun 'tool help greet' for usage"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := testProgram().Run(tt.args, &Env{Stdout: &stdout, Stderr: &stderr})
			if code := ExitCode(err); code != tt.code {
				t.Errorf("exit %d, want %d (error %v)", code, tt.code, err)
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout %q lacks %q", &stdout, tt.stdout)
			}
			if tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Errorf("error %v, want one with %q", err, tt.err)
			}
		})
	}
}

func TestExitCode(t *testing.T) {
	usage := &UsageError{Help: "tool help", Err: errors.New("bad")}
	for _, tt := range []struct {
		err  error
		want int
	}{
		{nil, 0},
		{errors.New("failed"), 1},
		{usage, 2},
		{fmt.Errorf("wrapped: %w", usage), 2},
		{errors.Join(errors.New("a"), usage), 2},
	} {
		if got := ExitCode(tt.err); got != tt.want {
			t.Errorf("ExitCode(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

// TestDoc checks that the package comment Doc makes is Go that gofmt
// leaves as it is but for the code blocks it indents.
func TestDoc(t *testing.T) {
	doc := testProgram().Doc()
	if _, err := format.Source([]byte(doc)); err != nil {
		t.Fatalf("Doc is not Go: %v\n%s", err, doc)
	}
	for _, want := range []string{"// Tool greets.\n", "//\ttool COMMAND [ARGUMENTS]\n", "// usage: tool greet [flags] NAME\n", "--loud\n", "package main\n"} {
		if !strings.Contains(doc, want) {
			t.Errorf("Doc lacks %q:\n%s", want, doc)
		}
	}
}

// Package evalcmd is the command line of eval: the eval command, and the
// eval command of extract ("extract eval report"), which share it.
package evalcmd

import "github.com/newsextract/newsextract/internal/cli"

// Intro is what the eval program does, for its help.
const Intro = "Eval scores the extractor, or another system's predictions, against the\ngold annotations of ANNOTATION.md."

// Program returns the eval program, called name on the command line
// ("eval", or "extract eval").
func Program(name string) *cli.Program {
	p := &cli.Program{Name: name, Intro: Intro}
	p.Commands = []*cli.Command{reportCommand(p)}
	return p
}

package main

import (
	"testing"

	"github.com/newsextract/newsextract/internal/cli/clitest"
	"github.com/newsextract/newsextract/internal/evalcmd"
)

// TestDoc keeps doc.go equal to the help output; go test -update rewrites
// it.
func TestDoc(t *testing.T) { clitest.CheckDoc(t, evalcmd.Program("eval")) }

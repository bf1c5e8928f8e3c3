package main

import "github.com/newsextract/newsextract/internal/evalcmd"

//go:generate go test -run TestDoc -update

func main() { evalcmd.Program("eval").Main() }

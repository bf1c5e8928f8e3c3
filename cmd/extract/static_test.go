package main

import (
	"debug/elf"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestStaticBinary builds extract as the README's install line does and
// checks that the binary needs no dynamic loader (so it runs in a scratch
// image and on any Linux), and that the default build links neither prose
// (only -tags prose does) nor the net package, which would bring cgo's
// resolver.
func TestStaticBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	if runtime.GOOS != "linux" {
		t.Skip("checks an ELF binary")
	}
	deps, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, pkg := range []string{"github.com/jdkato/prose/v2", "net", "runtime/cgo"} {
		if slices.Contains(strings.Fields(string(deps)), pkg) {
			t.Errorf("the default build links %s", pkg)
		}
	}
	bin := filepath.Join(t.TempDir(), "extract")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP || p.Type == elf.PT_DYNAMIC {
			t.Errorf("the binary has a %v program header: it is dynamically linked", p.Type)
		}
	}
}

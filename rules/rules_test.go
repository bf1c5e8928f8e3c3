package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

func TestLoadBuiltin(t *testing.T) {
	s, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"gpe.txt", "ranks.tsv", "role_heads.txt", "date_words.tsv"} {
		list, err := s.List(name, 1, 3)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(list) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
}

// TestLoadSome checks that LoadBuiltin reads the named files as Load does
// and no others, and fails on a name that is not a built-in file's.
func TestLoadSome(t *testing.T) {
	all, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	some, err := LoadBuiltin("ranks.tsv", "holidays.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if got := some.Names(); !slices.Equal(got, []string{"holidays.tsv", "ranks.tsv"}) {
		t.Errorf("LoadBuiltin read %q", got)
	}
	for _, name := range some.Names() {
		want, _ := all.List(name, 1, 3)
		if got, _ := some.List(name, 1, 3); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: LoadBuiltin gives %d entries that differ from Load's %d", name, len(got), len(want))
		}
	}
	if _, err := LoadBuiltin("gpes.txt"); err == nil {
		t.Error("no error for a file that is not built in")
	}
}

// TestManifest checks that the manifest names every built-in file with
// its size, in sorted order.
func TestManifest(t *testing.T) {
	m, err := Manifest()
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	rs, err := Load(nil)
	if err != nil {
		t.Fatal(err)
	}
	names := slices.Sorted(slices.Values(rs.Names()))
	for _, name := range names {
		data, err := fs.ReadFile(builtin, name)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&want, "%s %d\n", name, len(data))
	}
	if m != want.String() {
		t.Errorf("manifest\n%s\nwant\n%s", m, want.String())
	}
}

func TestLoadUser(t *testing.T) {
	user := fstest.MapFS{
		"gpe.txt":       {Data: []byte("# towns\nQaryatayn\r\n!Paris\n\n")},
		"sub/ranks.tsv": {Data: []byte("Grand Admiral\n")},
		"notes.md":      {Data: []byte("ignored: not a rule file\n")},
	}
	s, err := Load(user)
	if err != nil {
		t.Fatal(err)
	}
	gpe, err := s.List("gpe.txt", 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	var has = map[string]bool{}
	for _, e := range gpe {
		has[e.Fields[0]] = true
	}
	if !has["Qaryatayn"] || has["Paris"] || !has["France"] {
		t.Errorf("user gpe.txt not layered: Qaryatayn %v, Paris %v, France %v", has["Qaryatayn"], has["Paris"], has["France"])
	}
	ranks, _ := s.List("ranks.tsv", 1, 2)
	if last := ranks[len(ranks)-1]; last.Fields[0] != "Grand Admiral" || last.File != "sub/ranks.tsv" || last.Line != 1 {
		t.Errorf("last rank = %+v", last)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, c := range []struct {
		name string
		fs   fstest.MapFS
		want string
	}{
		{"unknown file", fstest.MapFS{"gpes.txt": {Data: []byte("X\n")}}, "gpes.txt: no built-in rule file has this name"},
		{"empty field", fstest.MapFS{"ranks.tsv": {Data: []byte("General\t\tx\n")}}, "ranks.tsv:1: empty field"},
		{"trailing tab", fstest.MapFS{"gpe.txt": {Data: []byte("# c\nAtlantis\t\n")}}, "gpe.txt:2: empty field 2"},
		{"leading tab", fstest.MapFS{"gpe.txt": {Data: []byte("\tAtlantis\n")}}, "gpe.txt:1: empty field 1"},
		{"empty removal", fstest.MapFS{"gpe.txt": {Data: []byte("!\n")}}, "gpe.txt:1: empty field"},
		{"invalid UTF-8", fstest.MapFS{"gpe.txt": {Data: []byte("A\nB\xff\n")}}, "gpe.txt:2: invalid UTF-8"},
		{"case only", fstest.MapFS{"GPE.txt": {Data: []byte("X\n")}}, "GPE.txt: the name differs only by case from the built-in gpe.txt"},
		{"case of extension", fstest.MapFS{"sub/gpe.TXT": {Data: []byte("X\n")}}, "sub/gpe.TXT: the name differs only by case"},
		// A line longer than bufio.Scanner's 64 KiB limit is read, and a
		// later error names the right line.
		{"long line", fstest.MapFS{"gpe.txt": {Data: []byte("A\n" + strings.Repeat("x", 70<<10) + "\nB\t\n")}}, "gpe.txt:3: empty field 2"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(c.fs)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want %q", err, c.want)
			}
		})
	}
	s, _ := Load(nil)
	_, err := s.List("ranks.tsv", 3, 3)
	var re *Error
	if !errors.As(err, &re) || re.File != "ranks.tsv" || re.Line == 0 {
		t.Errorf("field count error = %v, want one naming ranks.tsv and a line", err)
	}
	if _, err := s.List("missing.txt", 1, 1); err == nil {
		t.Error("no error for a missing rule file")
	}
}

// TestNearMissNames warns about files whose names look like rule files' and
// reads the others.
func TestNearMissNames(t *testing.T) {
	s, err := Load(fstest.MapFS{
		"gpe.csv":     {Data: []byte("X\n")},
		"gpe.txt.bak": {Data: []byte("X\n")},
		"Ranks.tsv~":  {Data: []byte("X\n")},
		"README.md":   {Data: []byte("notes\n")},
		"loc.txt":     {Data: []byte("Atlantis\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"rules: Ranks.tsv~: ignored: not a rule file name (did you mean ranks.tsv?)",
		"rules: gpe.csv: ignored: not a rule file name (did you mean gpe.txt?)",
		"rules: gpe.txt.bak: ignored: not a rule file name (did you mean gpe.txt?)",
	}
	if got := s.Warnings(); !slices.Equal(got, want) {
		t.Errorf("warnings %q, want %q", got, want)
	}
	loc, _ := s.List("loc.txt", 1, 1)
	if last := loc[len(loc)-1]; last.Fields[0] != "Atlantis" {
		t.Errorf("loc.txt not read: last entry %v", last)
	}
}

// TestRemoval checks that "!KEY" removes the entries read before it, not
// those after, in one pass however many removals there are.
func TestRemoval(t *testing.T) {
	var b strings.Builder
	b.WriteString("A\nB\tx\nA\n!A\nC\nA\n")
	for i := range 20000 {
		fmt.Fprintf(&b, "W%d\n!W%d\n", i, i)
	}
	list, err := parse(b.String(), "f.tsv", []Entry{{Fields: []string{"A"}}, {Fields: []string{"Z"}}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range list {
		got = append(got, strings.Join(e.Fields, "|"))
	}
	if want := []string{"Z", "B|x", "C", "A"}; !slices.Equal(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
	if last := list[len(list)-1]; last.Line != 6 || last.File != "f.tsv" {
		t.Errorf("last entry at %s:%d, want f.tsv:6", last.File, last.Line)
	}
}

// BenchmarkParseRemovals parses a file of entries each removed by a later
// "!" line, at two sizes: the time per line must not grow with the file (a
// removal that rescans the list is quadratic). Compare the ns/line figures
// of
//
//	go test -run '^$' -bench '^BenchmarkParseRemovals$' ./rules
func BenchmarkParseRemovals(b *testing.B) {
	for _, pairs := range []int{10_000, 40_000, 160_000} {
		var text strings.Builder
		for i := range pairs {
			fmt.Fprintf(&text, "W%d\n", i)
		}
		for i := range pairs {
			fmt.Fprintf(&text, "!W%d\n", i)
		}
		data := text.String()
		b.Run(fmt.Sprintf("%d", pairs), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				list, err := parse(data, "f.txt", nil)
				if err != nil || len(list) != 0 {
					b.Fatalf("%d entries left, error %v", len(list), err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(2*pairs), "ns/line")
		})
	}
}

// TestCheckValues rejects a value not in the list, naming file and line.
func TestCheckValues(t *testing.T) {
	list := []Entry{{Fields: []string{"a"}}, {Fields: []string{"b", "alone"}}, {Fields: []string{"c", strings.Repeat("x", 500)}, File: "h.txt", Line: 3}}
	err := CheckValues(list, "alone", "named")
	if err == nil || !strings.HasPrefix(err.Error(), "h.txt:3: unknown value \"xxx") || len(err.Error()) > 150 {
		t.Errorf("err = %v, want h.txt:3 and a short message", err)
	}
	if err := CheckValues(list[:2], "alone"); err != nil {
		t.Error(err)
	}
}

// FuzzParse checks that any rule file parses without panic into entries
// with non-empty trimmed fields and the lines they were read from, or into
// an error naming the file and a line.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"", "A\n", "# c\n\nA\tb\r\n!A\n", "\tA\n", "A\t\n", "!\n", "A\xff\n", "  ! A  \nA\n\n\n",
		strings.Repeat("x", 70000) + "\ny\tz",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		list, err := parse(string(data), "f.txt", []Entry{{Fields: []string{"A"}, File: "base", Line: 1}})
		if err != nil {
			var re *Error
			lines := bytes.Count(data, []byte("\n")) + 1
			if !errors.As(err, &re) || re.File != "f.txt" || re.Line < 1 || re.Line > lines {
				t.Fatalf("error %v does not name f.txt and a line of %d", err, lines)
			}
			return
		}
		for _, e := range list {
			if len(e.Fields) == 0 || e.Line < 1 {
				t.Fatalf("bad entry %+v", e)
			}
			for _, f := range e.Fields {
				if f == "" || f != strings.TrimSpace(f) || strings.Contains(f, "\t") || !utf8.ValidString(f) {
					t.Fatalf("bad field %q in %+v", f, e)
				}
			}
		}
	})
}

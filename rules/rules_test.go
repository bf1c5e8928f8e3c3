package rules

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
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

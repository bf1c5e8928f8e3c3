package extract

import (
	"reflect"
	"testing"
)

// hasPointers reports whether values of type t hold a pointer the garbage
// collector must follow.
func hasPointers(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			if hasPointers(t.Field(i).Type) {
				return true
			}
		}
		return false
	case reflect.Array:
		return t.Len() > 0 && hasPointers(t.Elem())
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return false
	}
	return true
}

// TestLayout keeps the per-token and per-span layers small and free of
// pointers, so that the garbage collector never scans them (issue 16).
func TestLayout(t *testing.T) {
	for _, c := range []struct {
		typ      reflect.Type
		maxBytes uintptr
	}{
		{reflect.TypeFor[Token](), 24},
	} {
		if got := c.typ.Size(); got > c.maxBytes {
			t.Errorf("%v is %d bytes, want at most %d", c.typ, got, c.maxBytes)
		}
		if hasPointers(c.typ) {
			t.Errorf("%v holds pointers", c.typ)
		}
	}
}

// TestTokenLower checks the lower-case forms the tokens derive from the
// text: ASCII, the same length in UTF-8, another length, and none at all.
func TestTokenLower(t *testing.T) {
	tk, _ := newDateTestStages(t)
	for _, c := range []struct{ text, want string }{
		{"NATO said", "nato said"},
		{"Élysée ÉTÉ été", "élysée été été"},
		{"İstanbul K", "istanbul k"}, // shorter in UTF-8
		{"People’s O’Neill", "people ’s o’neill"},
		{"", ""},
	} {
		doc := tk.tokenize(c.text)
		got := ""
		for i := range doc.Tokens {
			if i > 0 {
				got += " "
			}
			got += doc.Tokens[i].Lower(doc)
		}
		if got != c.want {
			t.Errorf("%q: lower-case tokens %q, want %q", c.text, got, c.want)
		}
	}
}

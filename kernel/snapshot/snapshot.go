// Package snapshot saves the values of notebook variables held by a yaegi
// interpreter into a compact binary form and puts them back into the
// variables of another interpreter (a fresh process after an interrupt, a
// crash or a type redefinition).
//
// Values are walked with reflection, as yaegi holds them: cell-declared
// struct types are anonymous reflect struct types (unexported fields
// renamed "X"+name), cell-declared interface types are yaegi's internal
// valueInterface, and everything else is ordinary Go. Sharing is kept
// within one snapshot: two variables that point to one value, two slices of
// one array, one map held twice, and cycles come back shared. Decoding is
// directed by the type of the target variable, which may differ from the
// one encoded: struct fields are matched by name (added fields stay zero,
// removed ones are dropped), numbers convert where the value fits, and
// anything else is reported as a Problem with the path of the value,
// never zeroed silently.
//
// What cannot be carried to another process (channels, funcs and
// closures, open files and connections, locked sync primitives, unsafe
// pointers) is reported by variable and path, at encoding and again at
// decoding.
//
// The format is meant for the same binary on the same machine: slices of
// numbers are copied as raw memory.
package snapshot

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// magic starts every snapshot.
const magic = "GFSNAP1\n"

// A snapshot is: magic; uvarint count; count times (string name, string
// type); count values, in that order; uvarint count; count problems found
// at encoding that decoding cannot see (string var, string path, string
// reason).

// Value tags.
const (
	tNil       byte = iota + 1 // nil pointer, map, slice, interface, func, chan
	tZero                      // the zero value of the target
	tBool                      // byte
	tInt                       // varint
	tUint                      // uvarint
	tFloat                     // 8 bytes, IEEE bits
	tComplex                   // 16 bytes
	tString                    // uvarint length, bytes
	tRaw                       // kind byte, uvarint count, raw little-endian memory
	tArray                     // uvarint length, elements
	tSlice                     // uvarint id; new: len, n, backing (tRaw or tArray); seen: offset, len, cap
	tMap                       // uvarint id; new: uvarint count, key/value pairs
	tPtr                       // uvarint id; new: the pointee
	tStruct                    // uvarint layout id; new layout: uvarint count, names; then the fields
	tIface                     // type descriptor, value
	tCellIface                 // yaegi's spelling of the dynamic type, value
	tMarshal                   // byte how (binary, gob, text), bytes
	tTime                      // varint unix seconds, varint nanoseconds, string zone, varint offset
	tLost                      // string reason
	tVarRef                    // string name: a pointer to a variable of the snapshot
	tErrText                   // uvarint id; new: byte kind, string type, string message, wrapped errors (encode_errors.go)
	tPkgVar                    // string table key, string name: the value of an exported package variable (os.Stdout, io.EOF)
	tRawStruct                 // layout (uvarint fields; string name, byte kind, uvarint offset), uvarint size, uvarint count, raw memory
)

// Marshal kinds of tMarshal.
const (
	mBinary byte = iota + 1
	mGob
	mText
)

// Problem is a value that was not or will not be restored exactly.
type Problem struct {
	Var    string // the variable
	Path   string // the value's place in it, as Go would write it (Var itself for the whole)
	Reason string
}

func (p Problem) String() string { return p.Path + ": " + p.Reason }

// Var is a variable to encode: its name, the Go source of its static type
// (what a fresh interpreter declares it as; may be empty when the decoder
// knows it otherwise) and its value.
type Var struct {
	Name  string
	Type  string
	Value reflect.Value
}

// path is a place in a value, built only when a problem is reported.
type path struct {
	parts []pathPart
}

type pathPart struct {
	field string
	index int
	key   reflect.Value
	kind  byte // 'f' field, 'i' index, 'k' map key, '*' dereference
}

func (p *path) push(pp pathPart) { p.parts = append(p.parts, pp) }
func (p *path) pop()             { p.parts = p.parts[:len(p.parts)-1] }

func (p *path) String() string {
	var b strings.Builder
	for _, pp := range p.parts {
		switch pp.kind {
		case 'v':
			b.WriteString(pp.field)
		case 'f':
			b.WriteString("." + fieldName(pp.field))
		case 'i':
			b.WriteString("[" + strconv.Itoa(pp.index) + "]")
		case 'k':
			b.WriteString("[" + keyString(pp.key) + "]")
		case '*':
			// p.X for (*p).X, as Go writes it
		}
	}
	return b.String()
}

// fieldName undoes yaegi's renaming of unexported fields of cell types
// ("Xname" for name) for messages; exported fields are left alone.
func fieldName(n string) string {
	if len(n) > 1 && n[0] == 'X' && n[1] >= 'a' && n[1] <= 'z' {
		return n[1:]
	}
	return n
}

func keyString(k reflect.Value) string {
	if !k.IsValid() {
		return "?"
	}
	if k.Kind() == reflect.String {
		s := k.String()
		if len(s) > 40 {
			s = s[:40] + "..."
		}
		return strconv.Quote(s)
	}
	if k.CanInterface() {
		s := fmt.Sprint(k.Interface())
		if len(s) > 40 {
			s = s[:40] + "..."
		}
		return s
	}
	return "?"
}

// rawKind reports whether slices and arrays of elements of kind k are
// copied as raw memory.
func rawKind(k reflect.Kind) bool {
	switch k {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return true
	}
	return false
}

// kindSize is the size of one element of a raw kind.
func kindSize(k reflect.Kind) int {
	switch k {
	case reflect.Bool, reflect.Int8, reflect.Uint8:
		return 1
	case reflect.Int16, reflect.Uint16:
		return 2
	case reflect.Int32, reflect.Uint32, reflect.Float32:
		return 4
	case reflect.Complex128:
		return 16
	}
	return 8
}

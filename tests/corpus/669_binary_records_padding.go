//go:build ignore

// Fixed-size binary records with padding fields (`_ [3]byte`, `_ uint16`)
// written and read with encoding/binary: a file header, a table of
// records, sizes, offsets, checksums, and a record read back one field at
// a time; the blank fields are skipped on read as Go does.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"reflect"
)

type Header struct {
	Magic   [4]byte
	Version uint8
	_       [3]byte
	Count   uint32
	_       uint32
}

type Record struct {
	ID      uint16
	Flags   uint8
	_       uint8
	Temp    int16
	_       [2]byte
	Reading float32
}

//cell

func encode(recs []Record) []byte {
	var buf bytes.Buffer
	h := Header{Magic: [4]byte{'S', 'N', 'S', 'R'}, Version: 2, Count: uint32(len(recs))}
	binary.Write(&buf, binary.LittleEndian, h)
	binary.Write(&buf, binary.LittleEndian, recs)
	return buf.Bytes()
}

func decode(b []byte) (Header, []Record, error) {
	r := bytes.NewReader(b)
	var h Header
	if err := binary.Read(r, binary.LittleEndian, &h); err != nil {
		return h, nil, fmt.Errorf("header: %w", err)
	}
	if string(h.Magic[:]) != "SNSR" {
		return h, nil, errors.New("bad magic")
	}
	recs := make([]Record, h.Count)
	if err := binary.Read(r, binary.LittleEndian, recs); err != nil {
		return h, nil, fmt.Errorf("records: %w", err)
	}
	return h, recs, nil
}

//cell

func main() {
	recs := []Record{{ID: 1, Flags: 3, Temp: -40, Reading: 1.5}, {ID: 2, Temp: 215, Reading: -0.25}}
	b := encode(recs)
	fmt.Println(len(b), binary.Size(Header{}), binary.Size(Record{}), binary.Size(recs))
	fmt.Printf("% x\n", b[:16])
	fmt.Printf("%08x\n", crc32.ChecksumIEEE(b))
	h, got, err := decode(b)
	fmt.Printf("%v %s %+v\n", err, h.Magic[:], h)
	for _, r := range got {
		fmt.Printf("%+v\n", r)
	}
	// padding bytes that are not zero are skipped, as are the fields
	dirty := bytes.Clone(b)
	for _, at := range []int{5, 6, 7, 12, 16 + 3, 16 + 6} {
		dirty[at] = 0xEE
	}
	h2, got2, err := decode(dirty)
	fmt.Printf("%v %+v %+v\n", err, h2, got2[0])
	_, _, err = decode(b[:20])
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	_, _, err = decode(append([]byte("XXXX"), b[4:]...))
	fmt.Println(err)
	t := reflect.TypeOf(Record{})
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Print(f.Name, "@", f.Offset, " ")
	}
	fmt.Println()
}

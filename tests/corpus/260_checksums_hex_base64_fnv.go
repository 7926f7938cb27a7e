//go:build ignore

// Fingerprinting records for a deduplication pass: hash/fnv 32 and 64-bit
// hashes over a cell type's canonical bytes, encoding/hex dumps and
// decoding errors, base64 standard, URL and raw encodings, binary.BigEndian
// framing, and duplicate detection with a map keyed by a hash struct.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/fnv"
	"slices"
	"strings"
)

type Record struct {
	ID    uint32
	Name  string
	Score int16
}

func (r Record) Canonical() []byte {
	var b bytes.Buffer
	binary.Write(&b, binary.BigEndian, r.ID)
	b.WriteByte(byte(len(r.Name)))
	b.WriteString(strings.ToLower(r.Name))
	binary.Write(&b, binary.BigEndian, r.Score)
	return b.Bytes()
}

var records = []Record{
	{1, "Ada", 90},
	{2, "Brian", -3},
	{1, "ADA", 90},
	{3, "Chen", 512},
	{2, "brian", -3},
	{4, "Dee", 0},
}

func init() {
	for _, r := range records[:3] {
		fmt.Printf("%d %-6s % x\n", r.ID, r.Name, r.Canonical())
	}
	fmt.Print(hex.Dump(records[3].Canonical()))
}

//cell

type Fingerprint struct {
	Lo uint32
	Hi uint64
}

func sum(h hash.Hash, b []byte) []byte {
	h.Reset()
	h.Write(b)
	return h.Sum(nil)
}

func fingerprint(r Record) Fingerprint {
	b := r.Canonical()
	h32 := fnv.New32a()
	h32.Write(b)
	h64 := fnv.New64()
	h64.Write(b)
	return Fingerprint{h32.Sum32(), h64.Sum64()}
}

var seen = map[Fingerprint][]int{}

func init() {
	for i, r := range records {
		fp := fingerprint(r)
		seen[fp] = append(seen[fp], i)
	}
	var groups [][]int
	for _, idx := range seen {
		groups = append(groups, idx)
	}
	slices.SortFunc(groups, func(a, b []int) int { return a[0] - b[0] })
	fmt.Println("groups:", groups)
	fmt.Printf("%08x %016x\n", fingerprint(records[0]).Lo, fingerprint(records[0]).Hi)
	fmt.Println(hex.EncodeToString(sum(fnv.New128a(), []byte("hello"))))
}

//cell

func encodeAll(rs []Record) string {
	var frame []byte
	for _, r := range rs {
		c := r.Canonical()
		frame = binary.BigEndian.AppendUint16(frame, uint16(len(c)))
		frame = append(frame, c...)
	}
	return base64.StdEncoding.EncodeToString(frame)
}

func decodeAll(s string) ([]Record, error) {
	frame, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, err
	}
	var out []Record
	for len(frame) > 0 {
		n := int(binary.BigEndian.Uint16(frame))
		c := frame[2 : 2+n]
		frame = frame[2+n:]
		nl := int(c[4])
		out = append(out, Record{
			ID:    binary.BigEndian.Uint32(c),
			Name:  string(c[5 : 5+nl]),
			Score: int16(binary.BigEndian.Uint16(c[5+nl:])),
		})
	}
	return out, nil
}

//cell

func main() {
	s := encodeAll(records[:4])
	fmt.Println(s)
	back, err := decodeAll(s)
	fmt.Println(back, err)
	fmt.Println(back[1] == Record{2, "brian", -3}, back[0] == records[0])
	_, err = decodeAll("not*base64")
	fmt.Println("err:", err)

	msg := []byte("id=7&name=zoë?")
	fmt.Println(base64.URLEncoding.EncodeToString(msg), base64.RawStdEncoding.EncodeToString(msg))
	raw, _ := base64.RawURLEncoding.DecodeString(base64.RawURLEncoding.EncodeToString(msg))
	fmt.Println(string(raw), base64.StdEncoding.EncodedLen(len(msg)))

	h, err := hex.DecodeString("48656c6c6f2c20cafe")
	fmt.Printf("%q %v\n", h, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	dst := make([]byte, hex.EncodedLen(3))
	hex.Encode(dst, []byte{0xde, 0xad, 0x01})
	fmt.Println(string(dst), strings.ToUpper(hex.EncodeToString([]byte("Go"))))
	fmt.Println(len(seen), seen[fingerprint(Record{4, "dee", 0})])
}

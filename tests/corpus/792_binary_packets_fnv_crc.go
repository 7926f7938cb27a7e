//go:build ignore

// A packet format sketched in a notebook: a Header struct written and
// read with encoding/binary in both byte orders, uvarints and varints
// appended to a buffer, binary.Size, checksums with hash/crc32 (IEEE
// and Castagnoli tables) and hash/fnv (32, 32a, 64a, 128), and a
// checksum helper replaced in a later cell after a bug is found.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint8
	_       uint8
	Length  uint32
	Offset  int64
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

//cell

// first try: checksums the payload only
var checksum = func(h Header, payload []byte) uint32 { return crc32.ChecksumIEEE(payload) }

func encode(h Header, payload []byte, order binary.ByteOrder) []byte {
	var buf bytes.Buffer
	h.Length = uint32(len(payload))
	binary.Write(&buf, order, h)
	buf.Write(payload)
	binary.Write(&buf, order, checksum(h, payload))
	return buf.Bytes()
}

func decode(b []byte, order binary.ByteOrder) (Header, []byte, error) {
	var h Header
	r := bytes.NewReader(b)
	if err := binary.Read(r, order, &h); err != nil {
		return h, nil, err
	}
	p := make([]byte, h.Length)
	if _, err := io.ReadFull(r, p); err != nil {
		return h, nil, fmt.Errorf("payload: %w", err)
	}
	var sum uint32
	if err := binary.Read(r, order, &sum); err != nil {
		return h, nil, fmt.Errorf("sum: %w", err)
	}
	if sum != checksum(h, p) {
		return h, p, errors.New("bad checksum")
	}
	return h, p, nil
}

//cell

func varints(xs []int64) []byte {
	var b []byte
	for _, x := range xs {
		if x >= 0 {
			b = binary.AppendUvarint(b, uint64(x))
		} else {
			b = binary.AppendVarint(b, x)
		}
	}
	return b
}

func fnvAll(s string) {
	h32 := fnv.New32()
	h32a := fnv.New32a()
	h64a := fnv.New64a()
	h128 := fnv.New128a()
	for _, h := range []io.Writer{h32, h32a, h64a, h128} {
		io.WriteString(h, s)
	}
	fmt.Printf("%08x %08x %016x %x\n", h32.Sum32(), h32a.Sum32(), h64a.Sum64(), h128.Sum(nil))
}

//cell

func main() {
	h := Header{Magic: [4]byte{'G', 'O', 'P', 'K'}, Version: 3, Flags: 0x81, Offset: -42}
	fmt.Println(binary.Size(h), binary.Size(uint16(0)), binary.Size([]int32{1, 2}))
	le := encode(h, []byte("hello"), binary.LittleEndian)
	be := encode(h, []byte("hello"), binary.BigEndian)
	fmt.Printf("% x\n% x\n", le, be)
	got, p, err := decode(be, binary.BigEndian)
	fmt.Printf("%+v %q %v\n", got, p, err)
	_, _, err = decode(be[:10], binary.BigEndian)
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	_, _, err = decode(be[:26], binary.BigEndian)
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))

	// a flipped header bit went unnoticed: checksum the header too
	tampered := bytes.Clone(le)
	tampered[6] ^= 1
	_, _, err = decode(tampered, binary.LittleEndian)
	fmt.Println("before fix:", err)
	checksum = func(h Header, payload []byte) uint32 {
		var b bytes.Buffer
		binary.Write(&b, binary.LittleEndian, h)
		return crc32.Update(crc32.Checksum(b.Bytes(), castagnoli), castagnoli, payload)
	}
	le = encode(h, []byte("hello"), binary.LittleEndian)
	tampered = bytes.Clone(le)
	tampered[6] ^= 1
	_, _, err = decode(tampered, binary.LittleEndian)
	_, _, err2 := decode(le, binary.LittleEndian)
	fmt.Println("after fix:", err, err2, binary.LittleEndian.Uint32(le[len(le)-4:]))

	v := varints([]int64{0, 1, 127, 128, 300, -1, -64, -65, 1 << 40})
	fmt.Printf("% x\n", v)
	for len(v) > 0 {
		x, n := binary.Uvarint(v)
		fmt.Print(x, "/", n, " ")
		v = v[n:]
	}
	fmt.Println()
	b := binary.BigEndian.AppendUint16(nil, 0xBEEF)
	b = binary.LittleEndian.AppendUint64(b, 0x0102030405060708)
	fmt.Printf("% x %#x %v\n", b, binary.BigEndian.Uint64(b[2:]), binary.BigEndian)

	fnvAll("")
	fnvAll("gofutures")
	fmt.Printf("%08x %08x\n", crc32.ChecksumIEEE([]byte("123456789")), crc32.Checksum([]byte("123456789"), castagnoli))
}

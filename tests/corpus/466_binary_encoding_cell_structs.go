//go:build ignore

// encoding/binary with notebook types: fixed-size structs written and
// read back in both byte orders, binary.Size, varints appended and
// decoded, and a record type with its own MarshalBinary.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type SensorID uint16

type Reading struct {
	ID      SensorID
	Flags   uint8
	_       uint8
	Celsius int16
	Counts  [3]uint32
}

type Frame struct {
	Seq      uint32
	Readings [2]Reading
}

//cell

func encode(order binary.ByteOrder, f Frame) []byte {
	var buf bytes.Buffer
	if err := binary.Write(&buf, order, f); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

var sample = Frame{Seq: 258, Readings: [2]Reading{
	{ID: 7, Flags: 1, Celsius: -12, Counts: [3]uint32{1, 256, 65536}},
	{ID: 0x0102, Celsius: 300},
}}

func init() {
	fmt.Println("size", binary.Size(sample), binary.Size(Reading{}))
	le := encode(binary.LittleEndian, sample)
	be := encode(binary.BigEndian, sample)
	fmt.Printf("% x\n", le[:12])
	fmt.Printf("% x\n", be[:12])
}

//cell

func decode(order binary.ByteOrder, b []byte) (Frame, error) {
	var f Frame
	err := binary.Read(bytes.NewReader(b), order, &f)
	return f, err
}

func init() {
	back, err := decode(binary.BigEndian, encode(binary.BigEndian, sample))
	fmt.Println(back == sample, err, back.Readings[0].Celsius, back.Readings[1].ID)
	_, err = decode(binary.BigEndian, encode(binary.BigEndian, sample)[:10])
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
}

//cell

type Packet struct {
	Kind    byte
	Payload []int64
}

func (p Packet) MarshalBinary() ([]byte, error) {
	out := []byte{p.Kind}
	out = binary.AppendUvarint(out, uint64(len(p.Payload)))
	for _, v := range p.Payload {
		out = binary.AppendVarint(out, v)
	}
	return out, nil
}

func (p *Packet) UnmarshalBinary(b []byte) error {
	if len(b) == 0 {
		return errors.New("packet: empty")
	}
	p.Kind = b[0]
	b = b[1:]
	n, k := binary.Uvarint(b)
	if k <= 0 {
		return errors.New("packet: bad length")
	}
	b = b[k:]
	p.Payload = make([]int64, 0, n)
	for range n {
		v, k := binary.Varint(b)
		if k <= 0 {
			return fmt.Errorf("packet: value %d: bad varint", len(p.Payload))
		}
		p.Payload = append(p.Payload, v)
		b = b[k:]
	}
	return nil
}

//cell

func main() {
	p := Packet{Kind: 'Q', Payload: []int64{0, -1, 1, 300, -70000}}
	raw, _ := p.MarshalBinary()
	fmt.Printf("%d bytes: % x\n", len(raw), raw)
	var q Packet
	fmt.Println(q.UnmarshalBinary(raw), string(q.Kind), q.Payload)
	fmt.Println(q.UnmarshalBinary(raw[:5]))
	fmt.Println(q.UnmarshalBinary(nil))
	u := binary.BigEndian.Uint32([]byte{0xde, 0xad, 0xbe, 0xef})
	b := binary.LittleEndian.AppendUint16(nil, 0xabcd)
	fmt.Printf("%#x %x\n", u, b)
	var id SensorID
	binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, &id)
	fmt.Println(id)
}

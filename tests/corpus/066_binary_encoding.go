//go:build ignore

// encoding/binary, encoding/hex and encoding/base64: bytes in and out.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Length  int64
}

//cell

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	binary.LittleEndian.PutUint16(b[4:], 0x1234)
	fmt.Println(b, binary.BigEndian.Uint32(b), binary.LittleEndian.Uint16(b[4:]))
	var buf bytes.Buffer
	h := Header{0xCAFEBABE, 2, 5, -42}
	binary.Write(&buf, binary.BigEndian, h)
	fmt.Println(buf.Len(), hex.EncodeToString(buf.Bytes()))
	var back Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%+v %v\n", back, back == h)
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)
	sb := binary.AppendVarint(nil, -3)
	sv, _ := binary.Varint(sb)
	fmt.Println(sb, sv)
	fmt.Println(hex.EncodeToString([]byte("Go!")), hex.Dump([]byte("hello"))[:20])
	d, err := hex.DecodeString("476f")
	fmt.Println(string(d), err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	e := base64.StdEncoding.EncodeToString([]byte("abc123!?$*&()'-=@~"))
	fmt.Println(e)
	dd, _ := base64.StdEncoding.DecodeString(e)
	fmt.Println(string(dd))
	fmt.Println(base64.URLEncoding.EncodeToString([]byte("abc123!?$*&()'-=@~")), base64.RawStdEncoding.EncodeToString([]byte("a")))
}

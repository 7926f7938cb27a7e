//go:build ignore

// hash/crc32, hash/fnv, hash/adler32: checksums of fixed data.
package main

import (
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
)

var data = []byte("The quick brown fox jumps over the lazy dog")

//cell

func main() {
	fmt.Printf("%08x\n", crc32.ChecksumIEEE(data))
	tab := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("%08x\n", crc32.Checksum(data, tab))
	h := crc32.NewIEEE()
	h.Write(data[:10])
	h.Write(data[10:])
	fmt.Printf("%08x %d\n", h.Sum32(), h.Size())
	f := fnv.New64a()
	f.Write(data)
	fmt.Printf("%016x\n", f.Sum64())
	f32 := fnv.New32()
	f32.Write([]byte("go"))
	fmt.Println(f32.Sum32(), f32.Sum(nil))
	fmt.Printf("%08x\n", adler32.Checksum(data))
	fmt.Printf("%016x\n", crc64.Checksum(data, crc64.MakeTable(crc64.ECMA)))
}

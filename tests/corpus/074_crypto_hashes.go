//go:build ignore

// crypto/sha256, sha1, md5, hmac: digests of fixed inputs.
package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
)

//cell

func main() {
	s := "sha256 this string"
	h := sha256.New()
	h.Write([]byte(s))
	bs := h.Sum(nil)
	fmt.Println(s)
	fmt.Printf("%x\n", bs)
	sum := sha256.Sum256([]byte("hello world\n"))
	fmt.Println(hex.EncodeToString(sum[:]))
	fmt.Printf("%x\n", sha1.Sum([]byte("abc")))
	fmt.Printf("%x\n", md5.Sum([]byte("abc")))
	fmt.Printf("%x\n", sha512.Sum512_256([]byte("abc")))
	mac := hmac.New(sha256.New, []byte("key"))
	mac.Write([]byte("The quick brown fox jumps over the lazy dog"))
	tag := mac.Sum(nil)
	fmt.Printf("%x %v\n", tag, hmac.Equal(tag, tag))
	fmt.Println(sha256.Size, sha256.BlockSize, h.Size())
}

//go:build ignore

// Content-addressed storage tried in a notebook: a Blob type whose key
// is the hex SHA-256 of its bytes, sha256.New written in pieces versus
// Sum256, sha1 and md5 for comparison, gzip compression with a header
// (Name, Comment, ModTime fixed), a round trip through gzip.Reader,
// multistream, and a corrupted stream's error.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

type Blob struct {
	Name string
	Data []byte
}

func (b Blob) Key() string {
	s := sha256.Sum256(b.Data)
	return hex.EncodeToString(s[:])
}

type Store map[string]Blob

func (s Store) Put(b Blob) string { k := b.Key(); s[k] = b; return k[:12] }

//cell

func pieces(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		io.WriteString(h, p)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func compress(b Blob, level int) []byte {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, level)
	if err != nil {
		fmt.Println(err)
		return nil
	}
	zw.Name = b.Name
	zw.Comment = "from a notebook"
	zw.ModTime = time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	zw.Write(b.Data)
	zw.Close()
	return buf.Bytes()
}

//cell

func main() {
	st := Store{}
	text := strings.Repeat("all work and no play makes jack a dull boy\n", 40)
	fmt.Println(st.Put(Blob{"a.txt", []byte(text)}), st.Put(Blob{"empty", nil}), st.Put(Blob{"a.txt", []byte(text)}), len(st))
	fmt.Println(pieces("hello ", "world") == Blob{Data: []byte("hello world")}.Key())
	fmt.Printf("%x\n%X\n", sha1.Sum([]byte("abc")), md5.Sum([]byte("abc")))
	fmt.Println(sha256.Size, sha256.BlockSize, pieces())

	z := compress(Blob{"a.txt", []byte(text)}, gzip.BestCompression)
	fmt.Println(len(text), len(z) < 200, z[0], z[1])
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		fmt.Println(err)
		return
	}
	back, err := io.ReadAll(zr)
	fmt.Println(zr.Name, zr.Comment, zr.ModTime.UTC(), len(back), string(back) == text, err)

	var both bytes.Buffer
	both.Write(compress(Blob{"1", []byte("first|")}, gzip.DefaultCompression))
	both.Write(compress(Blob{"2", []byte("second")}, gzip.NoCompression))
	zr, _ = gzip.NewReader(&both)
	all, err := io.ReadAll(zr)
	fmt.Printf("%q %v\n", all, err)

	_, err = gzip.NewWriterLevel(io.Discard, 42)
	fmt.Println(err)
	_, err = gzip.NewReader(strings.NewReader("not gzip at all"))
	fmt.Println(err, errors.Is(err, gzip.ErrHeader))
	bad := bytes.Clone(z)
	bad[len(bad)-6] ^= 0xff
	zr, _ = gzip.NewReader(bytes.NewReader(bad))
	_, err = io.ReadAll(zr)
	fmt.Println(err, errors.Is(err, gzip.ErrChecksum))
	cut := z[:len(z)/2]
	zr, _ = gzip.NewReader(bytes.NewReader(cut))
	_, err = io.ReadAll(zr)
	fmt.Println(err)
}

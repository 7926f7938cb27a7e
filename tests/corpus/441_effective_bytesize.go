//go:build ignore

// Effective Go's constants section: a float64-based ByteSize with iota
// constants 1 << (10 * iota) skipping the first with the blank identifier,
// a String method switching on ranges that converts before Sprintf so it
// does not call itself, and the values printed through %v, %s, %.1f, %T
// and inside slices, maps and structs.
package main

import (
	"fmt"
	"sort"
)

//cell

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func (b ByteSize) String() string {
	switch {
	case b >= YB:
		return fmt.Sprintf("%.2fYB", b/YB)
	case b >= ZB:
		return fmt.Sprintf("%.2fZB", b/ZB)
	case b >= EB:
		return fmt.Sprintf("%.2fEB", b/EB)
	case b >= PB:
		return fmt.Sprintf("%.2fPB", b/PB)
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", float64(b))
}

type File struct {
	Name string
	Size ByteSize
}

//cell

func init() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(YB, ByteSize(1e13))
	fmt.Printf("%v %s %.1f %T\n", ByteSize(1536), ByteSize(1536), ByteSize(1536), ByteSize(1536))
	fmt.Println(float64(GB), ByteSize(512))
}

//cell

func main() {
	files := []File{{"movie.mkv", 3.5 * GB}, {"notes.txt", 2300}, {"photo.jpg", 4 * MB}, {"empty", 0}}
	sort.Slice(files, func(i, j int) bool { return files[i].Size > files[j].Size })
	var total ByteSize
	for _, f := range files {
		total += f.Size
		fmt.Printf("%-10s %10v\n", f.Name, f.Size)
	}
	fmt.Println("total:", total)
	fmt.Println(files[1])
	fmt.Printf("%+v\n", files[2])
	byKind := map[string]ByteSize{"video": 3.5 * GB, "text": 2300}
	fmt.Println(byKind)
	sizes := []ByteSize{KB, 10 * KB, 100 * MB}
	fmt.Println(sizes)
	var s fmt.Stringer = EB * 3
	fmt.Println(s.String(), YB > ZB, ZB/EB)
}

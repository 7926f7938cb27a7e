package mono

// runCases are cells (whole programs) that use generic standard-library
// code. Each is run compiled as written, compiled after specialisation,
// and, where the specialised program needs no lowering, in yaegi.
var runCases = []runCase{
	{"sort_int", `package main
import ("fmt"; "slices")
func main() { x := []int{5, 2, 8, -1, 3, 2, 9, 0, 7, 4, 6, 1, 11, 10}; slices.Sort(x); fmt.Println(x) }`, ""},
	{"sort_string_float", `package main
import ("fmt"; "slices")
func main() {
	s := []string{"pear", "apple", "fig"}; slices.Sort(s); fmt.Println(s)
	f := []float64{2.5, -1, 3.25, 0}; slices.Sort(f); fmt.Println(f)
}`, ""},
	{"sort_big", `package main
import ("fmt"; "slices")
func main() {
	x := make([]int, 300)
	for i := range x { x[i] = (i * 7919) % 301 }
	slices.Sort(x)
	fmt.Println(x[0], x[1], x[150], x[299], slices.IsSorted(x))
}`, ""},
	{"index_contains", `package main
import ("fmt"; "slices")
func main() {
	s := []string{"a", "b", "c"}
	fmt.Println(slices.Index(s, "b"), slices.Index(s, "z"), slices.Contains([]float64{1.5, 2}, 2.0), slices.Contains(s, "q"))
	fmt.Println(slices.Index[[]int](([]int{4, 5}), 5))
}`, ""},
	{"max_min", `package main
import ("fmt"; "slices")
func main() { fmt.Println(slices.Max([]int{3, 9, 2}), slices.Min([]float64{2.5, -1, 7}), slices.Max([]string{"b", "c", "a"})) }`, ""},
	{"reverse_struct", `package main
import ("fmt"; "slices")
type Person struct { Name string; Age int }
func main() { p := []Person{{"Al", 30}, {"Bo", 20}, {"Cy", 40}}; slices.Reverse(p); fmt.Println(p) }`, ""},
	{"sortfunc_cmp", `package main
import ("cmp"; "fmt"; "slices")
type Person struct { Name string; Age int }
func main() {
	p := []Person{{"Al", 30}, {"Bo", 20}, {"Cy", 40}, {"Di", 20}}
	slices.SortFunc(p, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(p)
	slices.SortStableFunc(p, func(a, b Person) int { return cmp.Compare(b.Name, a.Name) })
	fmt.Println(p)
	fmt.Println(cmp.Compare(1.5, 2.5), cmp.Compare("b", "a"), cmp.Less(3, 4))
	i := slices.IndexFunc(p, func(x Person) bool { return x.Age > 35 })
	fmt.Println(i, slices.ContainsFunc(p, func(x Person) bool { return x.Name == "Bo" }))
}`, ""},
	{"binary_search", `package main
import ("fmt"; "slices")
func main() {
	s := []int{1, 3, 5, 7, 9}
	i, ok := slices.BinarySearch(s, 7)
	j, ok2 := slices.BinarySearch(s, 4)
	n, ok3 := slices.BinarySearch([]string{"a", "c", "e"}, "c")
	fmt.Println(i, ok, j, ok2, n, ok3)
}`, ""},
	{"collect_keys", `package main
import ("fmt"; "maps"; "slices")
func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	k := slices.Collect(maps.Keys(m))
	slices.Sort(k)
	fmt.Println(k, slices.Sorted(maps.Values(m)))
}`, ""},
	{"sorted_keys", `package main
import ("fmt"; "maps"; "slices")
type Point struct{ X, Y int }
func main() {
	m := map[float64]Point{2.5: {1, 2}, -1: {3, 4}}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	for _, k := range slices.Sorted(maps.Keys(map[string]bool{"y": true, "x": false})) { fmt.Print(k, " ") }
	fmt.Println()
}`, ""},
	{"clone_equal", `package main
import ("fmt"; "maps")
type Point struct{ X, Y int }
func main() {
	m := map[string]Point{"a": {1, 2}, "b": {3, 4}}
	c := maps.Clone(m)
	fmt.Println(maps.Equal(m, c), len(c), c["b"])
	c["a"] = Point{9, 9}
	fmt.Println(maps.Equal(m, c), m["a"])
	var nilMap map[int]int
	fmt.Println(maps.Clone(nilMap) == nil)
}`, ""},
	{"lines_direct", `package main
import ("fmt"; "strings")
func main() {
	strings.Lines("one\ntwo\nthree")(func(l string) bool { fmt.Printf("%q\n", l); return true })
	strings.SplitSeq("a,b,,c", ",")(func(p string) bool { fmt.Printf("[%s]", p); return p != "" })
	fmt.Println()
	strings.FieldsSeq("  x  y z ")(func(p string) bool { fmt.Print(p, ";"); return true })
	fmt.Println()
}`, ""},
	{"lines_range", `package main
import ("bytes"; "fmt"; "strings")
func main() {
	for l := range strings.Lines("one\ntwo\n") { fmt.Printf("%q ", l) }
	for p := range strings.SplitSeq("a-b-c", "-") { fmt.Print(p, " ") }
	for p := range bytes.SplitSeq([]byte("x y"), []byte(" ")) { fmt.Print(string(p), " ") }
	fmt.Println()
}`, ""},
	{"atomic_pointer", `package main
import ("fmt"; "sync"; "sync/atomic")
type Config struct{ Name string; N int }
func main() {
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	a, b := &Config{"a", 1}, &Config{"b", 2}
	fmt.Println(p.CompareAndSwap(nil, a), p.Load().Name)
	fmt.Println(p.CompareAndSwap(b, b), p.Load().Name)
	old := p.Swap(b)
	fmt.Println(old.Name, p.Load().Name)
	p.Store(nil)
	fmt.Println(p.Load() == nil)
	var q atomic.Pointer[int]
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				cur := q.Load()
				n := 1
				if cur != nil { n = *cur + 1 }
				if q.CompareAndSwap(cur, &n) { return }
			}
		}()
	}
	wg.Wait()
	fmt.Println(*q.Load())
}`, ""},
	{"errors_astype", `package main
import ("errors"; "fmt"; "io/fs")
type NotFound struct{ Key string }
func (e *NotFound) Error() string { return "not found: " + e.Key }
type Wrapped struct { Op string; Err error }
func (w *Wrapped) Error() string { return w.Op + ": " + w.Err.Error() }
func (w *Wrapped) Unwrap() error { return w.Err }
func main() {
	var err error = &Wrapped{"lookup", &NotFound{"k1"}}
	if nf, ok := errors.AsType[*NotFound](err); ok { fmt.Println("found", nf.Key) }
	_, ok := errors.AsType[*fs.PathError](err)
	fmt.Println(ok)
	_, ok = errors.AsType[*NotFound](nil)
	fmt.Println(ok)
}`, ""},
	{"errors_astype_wrapped", `package main
import ("errors"; "fmt")
type NotFound struct{ Key string }
func (e *NotFound) Error() string { return "not found: " + e.Key }
func main() {
	err := fmt.Errorf("lookup: %w", &NotFound{"k1"})
	nf, ok := errors.AsType[*NotFound](err)
	fmt.Println(nf.Key, ok)
	j := errors.Join(errors.New("x"), &NotFound{"k2"})
	nf, ok = errors.AsType[*NotFound](j)
	fmt.Println(nf.Key, ok)
}`, "yaegi v0.16.1 cannot hand a cell's error type to fmt.Errorf or errors.Join (reflect: cannot use *struct { Key string } as type error), with or without specialisation"},
	{"insert_delete", `package main
import ("fmt"; "slices")
func main() {
	s := []string{"a", "d"}
	s = slices.Insert(s, 1, "b", "c")
	fmt.Println(s, len(s))
	s = slices.Delete(s, 0, 1)
	fmt.Println(s, slices.Equal(s, []string{"b", "c", "d"}), slices.Compact([]int{1, 1, 2, 2, 2, 3}))
}`, ""},
	{"iter_seq_cell", `package main
import ("fmt"; "iter"; "slices")
func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ { if !yield(i) { return } }
	}
}
func main() { fmt.Println(slices.Collect(count(4))) }`, ""},
	{"values_all", `package main
import ("fmt"; "maps"; "slices")
func main() {
	s := []string{"x", "y"}
	slices.All(s)(func(i int, v string) bool { fmt.Println(i, v); return true })
	m := maps.Collect(slices.All(s))
	fmt.Println(m)
}`, ""},
	{"more_slices", `package main
import ("cmp"; "fmt"; "slices"; "strings"; "time")
type Item struct{ Name string; Qty int }
func main() {
	fmt.Println(slices.Repeat([]int{1, 2}, 3), slices.Concat([]string{"a"}, []string{"b", "c"}))
	s := []Item{{"x", 3}, {"y", 1}, {"z", 2}}
	fmt.Println(slices.MinFunc(s, func(a, b Item) int { return cmp.Compare(a.Qty, b.Qty) }))
	s = slices.DeleteFunc(s, func(it Item) bool { return it.Qty == 1 })
	fmt.Println(s, slices.EqualFunc(s, []int{3, 2}, func(a Item, q int) bool { return a.Qty == q }))
	d := []time.Duration{3 * time.Second, time.Millisecond, time.Minute}
	slices.Sort(d)
	fmt.Println(d, cmp.Or("", "fallback"), cmp.Or(0, 0, 7))
	ts := []time.Time{time.Unix(20, 0).UTC(), time.Unix(10, 0).UTC()}
	slices.SortFunc(ts, time.Time.Compare)
	fmt.Println(ts[0].Unix(), slices.Replace([]int{0, 1, 2, 3}, 1, 3, 9))
	w := slices.Clip(slices.Grow([]string{"q"}, 10))
	fmt.Println(len(w), cap(w), slices.CompactFunc([]string{"a", "A", "b"}, strings.EqualFold))
}`, ""},
	{"chunk_insert_collect", `package main
import ("fmt"; "maps"; "slices")
func main() {
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) { fmt.Print(c) }
	fmt.Println()
	m := map[string]int{"a": 1}
	maps.Insert(m, maps.All(map[string]int{"b": 2}))
	maps.Copy(m, map[string]int{"c": 3})
	maps.DeleteFunc(m, func(k string, v int) bool { return v == 1 })
	fmt.Println(m, maps.EqualFunc(m, map[string]string{"b": "2", "c": "3"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	fmt.Println(len(maps.Collect(slices.All([]string{"p", "q"}))))
	for i, v := range slices.Backward([]string{"x", "y"}) { fmt.Print(i, v, " ") }
	fmt.Println()
}`, ""},
	{"oncevalue_typefor", `package main
import ("bytes"; "fmt"; "reflect"; "strings"; "sync"; "unicode")
type Pt struct{ X int }
func main() {
	n := 0
	get := sync.OnceValue(func() int { n++; return 42 })
	fmt.Println(get(), get(), n)
	v, err := sync.OnceValues(func() (string, error) { return "ok", nil })()
	fmt.Println(v, err)
	fmt.Println(reflect.TypeFor[int]().Kind(), reflect.TypeFor[[]string]().Elem().Kind())
	bytes.Lines([]byte("a\nb"))(func(l []byte) bool { fmt.Printf("%q ", l); return true })
	strings.FieldsFuncSeq("a1b22c", unicode.IsDigit)(func(p string) bool { fmt.Print(p, " "); return true })
	fmt.Println()
}`, ""},
	{"iter_pull", `package main
import ("fmt"; "iter"; "maps"; "slices")
func main() {
	next, stop := iter.Pull(slices.Values([]string{"a", "b", "c"}))
	v, ok := next()
	fmt.Println(v, ok)
	v, ok = next()
	fmt.Println(v, ok)
	stop()
	v, ok = next()
	fmt.Printf("%q %v\n", v, ok)
	stop()
	n2, stop2 := iter.Pull2(maps.All(map[string]int{"k": 1}))
	k, x, ok := n2()
	fmt.Println(k, x, ok)
	k, x, ok = n2()
	fmt.Printf("%q %v %v\n", k, x, ok)
	stop2()
	n3, _ := iter.Pull(func(yield func(int) bool) { yield(1); panic("boom") })
	fmt.Println(n3())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		n3()
	}()
}`, ""},
	{"cell_names_like_locals", `package main
import ("fmt"; "maps"; "slices")
type seq int
type m string
type data struct{ x int }
func main() {
	fmt.Println(slices.Collect(slices.Values([]seq{3, 1})))
	fmt.Println(slices.Sorted(maps.Keys(map[m]int{"b": 1, "a": 2})))
	d := []data{{2}, {1}}
	slices.SortFunc(d, func(a, b data) int { return a.x - b.x })
	fmt.Println(d, slices.Index(d, data{1}))
}`, ""},
	{"notebook_generics", `package main
import ("cmp"; "fmt"; "slices")
func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m { keys = append(keys, k) }
	slices.Sort(keys)
	return keys
}
func MaxBy[T any](xs []T, by func(a, b T) int) T { return slices.MaxFunc(xs, by) }
func Uniq[T comparable](xs []T) []T {
	var out []T
	for _, x := range xs { if !slices.Contains(out, x) { out = append(out, x) } }
	return out
}
func UniqSorted[T cmp.Ordered](xs []T) []T { u := Uniq(xs); slices.Sort(u); return u }
func Plain[T any](xs []T) int { return len(xs) }
type P struct{ N int }
func main() {
	fmt.Println(SortedKeys(map[string]int{"b": 1, "a": 2}), SortedKeys(map[int]bool{3: true, 1: false}))
	fmt.Println(MaxBy([]P{{1}, {5}, {2}}, func(a, b P) int { return cmp.Compare(a.N, b.N) }))
	fmt.Println(Uniq([]string{"a", "b", "a"}), UniqSorted([]float64{2, 1, 2}), Plain([]P{{1}}))
}`, ""},
}

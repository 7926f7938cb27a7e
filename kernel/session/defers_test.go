package session

import "testing"

// A panic raised in a deferred function is recovered by a deferred
// function registered before it, the function's other deferred calls
// run, and recover returns the last panic (kernel/check's defers.go):
// yaegi v0.16.1 stopped running the deferred calls at the panic. (The
// outputs are go run's.)
func TestDeferredRepanic(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc mustPositive(n int) (out int) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(\"  recovered:\", r)\n\t\t\tout = -1\n\t\t}\n\t}()\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tpanic(fmt.Sprint(\"re-panic: \", r))\n\t\t}\n\t}()\n\tif n <= 0 {\n\t\tpanic(\"not positive\")\n\t}\n\treturn n * 2\n}", ""},
		{"fmt.Println(mustPositive(5), mustPositive(0))", "  recovered: re-panic: not positive\n10 -1\n"},
		{"func twoPanics() (s string) {\n\tdefer func() {\n\t\tfmt.Println(\"first registered sees\", recover())\n\t\ts = \"recovered\"\n\t}()\n\tdefer func() { fmt.Println(\"middle runs\") }()\n\tdefer func() { panic(\"second\") }()\n\tpanic(\"first\")\n}\n\nfunc noRecover() {\n\tdefer func() { fmt.Println(\"a runs\") }()\n\tdefer func() { panic(\"from b\") }()\n\tfmt.Println(\"body\")\n}\n\nfunc plain() {\n\tdefer func() { fmt.Println(\"x\") }()\n\tdefer func() { fmt.Println(\"y\") }()\n\tpanic(\"plain\")\n}\n\nfunc runtimeErr(i int) (err error) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tif re, ok := r.(runtime.Error); ok {\n\t\t\t\terr = re\n\t\t\t}\n\t\t}\n\t}()\n\tdefer func(k int) {\n\t\ta := []int{1}\n\t\t_ = a[k]\n\t}(i)\n\treturn nil\n}\n\nfunc try(f func()) {\n\tdefer func() { fmt.Println(\"caller recovered:\", recover()) }()\n\tf()\n}", ""},
		{"fmt.Println(twoPanics())\ntry(noRecover)\ntry(plain)\nfmt.Println(runtimeErr(3), runtimeErr(0))", "middle runs\nfirst registered sees second\nrecovered\nbody\na runs\ncaller recovered: from b\ny\nx\ncaller recovered: plain\nruntime error: index out of range [3] with length 1 <nil>\n"},
	})
}

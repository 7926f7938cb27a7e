"""More of "cells are Go" (issue 13) through the real kernel: interface
values that keep their own value, error chains with notebook error types,
exact type switches, labeled branches out of range-over-func loops,
ranging over strings, recovered runtime errors, log.Logger, compiled
struct fields, promoted methods and a lowered %timeit."""
from conftest import execute

CELLS = [
    # interface values made in a loop keep their own value
    ('import "errors"\ntype FieldError struct{ F string }\nfunc (e *FieldError) Error() string { return e.F }\n'
     'var errs []error\nfor _, k := range []string{"a", "b", "c"} {\n\terrs = append(errs, &FieldError{k})\n}\n'
     'fmt.Println(errs)', "[a b c]\n"),
    # struct errors with value receivers through %w, Join, As, Is, AsType
    ('type TE struct{ Op string }\nfunc (e TE) Error() string { return e.Op + " timed out" }\n'
     'err := errors.Join(fmt.Errorf("w: %w", TE{"dial"}), &FieldError{"x"})\nvar te TE\n'
     't, ok := errors.AsType[*FieldError](err)\n'
     'fmt.Println(errors.As(err, &te), te.Op, errors.Is(err, TE{"dial"}), t.F, ok)', "true dial true x true\n"),
    ('u, ok := err.(interface{ Unwrap() []error })\nfmt.Println(ok, len(u.Unwrap()))', "true 2\n"),
    # a float64 is not a Temp; a type switch with an init statement
    ('type Temp float64\nfunc (t Temp) String() string { return "T" }\n'
     'for _, v := range []any{Temp(1), 2.5} {\n\tswitch x := v; y := x.(type) {\n\tcase fmt.Stringer:\n'
     '\t\tfmt.Print("stringer ", y.String(), "; ")\n\tdefault:\n\t\tfmt.Printf("%T; ", y)\n\t}\n}\nfmt.Println()',
     "stringer T; float64; \n"),
    # labeled continue and break out of a range-over-func body
    ('import "slices"\nOuter:\nfor i := range 3 {\n\tfor v := range slices.Values([]int{1, 2, 3}) {\n'
     '\t\tif v == 2 {\n\t\t\tcontinue Outer\n\t\t}\n\t\tif i == 2 {\n\t\t\tbreak Outer\n\t\t}\n\t\tfmt.Print(i, v, ";")\n'
     '\t}\n}\nfmt.Println()', "0 1;1 1;\n"),
    # an invalid byte in a string is one step
    ('for i, r := range "a\\xffb" {\n\tfmt.Print(i, ":", r, " ")\n}\nfmt.Println()', "0:97 1:65533 2:98 \n"),
    # recovered runtime errors read as Go's
    ('import "runtime"\ntype T struct{ v int }\nfunc try(f func()) {\n\tdefer func() {\n\t\tr := recover()\n'
     '\t\t_, isRT := r.(runtime.Error)\n\t\tfmt.Println(r, isRT)\n\t}()\n\tf()\n}\n'
     'var p *T\ntry(func() { _ = p.v })\nvar x any = "s"\ntry(func() { _ = x.(int) })',
     "runtime error: invalid memory address or nil pointer dereference true\n"
     "interface conversion: interface {} is string, not int true\n"),
    # the whole *log.Logger
    ('import ("log"; "os")\nl := log.New(os.Stdout, "a: ", 0)\nl.SetPrefix("b: ")\nl.Println("x")', "b: x\n"),
    # an operator's result in an interface field of a compiled struct
    ('import "container/ring"\nr := ring.New(3)\nfor i := 0; i < r.Len(); i++ {\n\tr.Value = i * i\n\tr = r.Next()\n}\n'
     'r.Do(func(v any) { fmt.Print(v, " ") })\nfmt.Println()', "0 1 4 \n"),
    # goroutines running one select at once each select on their own
    # channels; receives with ok among the cell's statements
    ('type pair struct{ id, v int }\nfunc worker(id int, in <-chan int, out chan<- pair, quit <-chan struct{}) {\n'
     '\tfor {\n\t\tselect {\n\t\tcase v := <-in:\n\t\t\tout <- pair{id, v}\n\t\tcase <-quit:\n\t\t\treturn\n\t\t}\n\t}\n}\n'
     'quit, out := make(chan struct{}), make(chan pair)\nins := make([]chan int, 8)\nfor id := range 8 {\n'
     '\tins[id] = make(chan int)\n\tgo worker(id, ins[id], out, quit)\n}\nfor k := range 500 {\n\tfor id := range 8 {\n'
     '\t\tgo func() { ins[id] <- id*1000 + k }()\n\t}\n}\nwrong := 0\nfor range 8 * 500 {\n\tif p := <-out; p.v/1000 != p.id {\n'
     '\t\twrong++\n\t}\n}\nclose(quit)\nfmt.Println("misdelivered:", wrong)', "misdelivered: 0\n"),
    ('c := make(chan int, 1)\nc <- 1\n_, ok := <-c\nm := map[string]int{"a": 1}\nmv, mok := m["a"]\nfmt.Println(ok, mv, mok)',
     "true 1 true\n"),
    # encoding/json of cell types as Go encodes them
    ('import "encoding/json"\ntype Lv int\nfunc (l Lv) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"lv%d"`, int(l))), nil }\n'
     'type Acct struct {\n\tName string `json:"name"`\n\tLevel Lv `json:"level"`\n\tpin string\n}\n'
     'b, _ := json.Marshal([]Acct{{"a", 2, "1234"}})\nvar back Acct\n'
     'fmt.Println(string(b), json.Unmarshal([]byte(`{"name": 5}`), &back))',
     '[{"name":"a","level":"lv2"}] json: cannot unmarshal number into Go struct field Acct.name of type string\n'),
    # a method promoted from an embedded interface field
    ('type Rd interface{ Read() string }\ntype B struct{}\nfunc (*B) Read() string { return "b" }\n'
     'type L struct{ Rd }\nfmt.Println((&L{&B{}}).Read())', "b\n"),
]


def test_lowered_language(kernel):
    km, kc = kernel
    for code, stdout in CELLS:
        c = execute(kc, code)
        assert c.status == "ok", (code, c.error)
        assert c.stdout == stdout, (code, c.stdout)


def test_timeit_is_lowered(kernel):
    """%timeit runs what the cell would run: range over an int and
    min need the lowering; a type error is the cell's, and changes
    nothing."""
    km, kc = kernel
    assert execute(kc, "n := 0").status == "ok"
    c = execute(kc, "%timeit for i := range 3 { n += min(i, 1) }")
    assert c.status == "ok" and "per loop" in c.stdout, c.error
    assert execute(kc, "n > 0").result == "true"
    c = execute(kc, '%timeit n += "x"')
    assert c.status == "error" and c.error["ename"] == "CompileError", c.error
    assert execute(kc, "n > 0").result == "true"

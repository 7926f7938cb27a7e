package check

import "testing"

// encoding/gob sees cell structs as Go's gob does (gobCall,
// rt.GobEncode, rt.GobDecode): only exported fields sent, the decoded
// target's unexported fields left as they were, through slices, maps,
// pointers, arrays and other cell structs, into a nil pointer, through
// an any; Go's errors for a struct without exported fields and a nil
// pointer.
func TestGobOfCellTypes(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"bytes\"\n\t\"encoding/gob\"\n)\n\ntype Rec struct {\n\tName  string\n\tScore int\n\tTags  []string\n\tinner int\n}\n\ntype Hidden struct{ a, b int }\n\ntype Box struct {\n\tRecs  []Rec\n\tByKey map[string]*Rec\n\tFirst *Rec\n\tArr   [2]Rec\n\thid   string\n}", ""},
		step{"var gb bytes.Buffer\nenc, dec := gob.NewEncoder(&gb), gob.NewDecoder(&gb)\nfmt.Println(enc.Encode(Rec{\"ann\", 9, []string{\"x\"}, 5}))\nvar r Rec\nr.inner = 1\nerr := dec.Decode(&r)\nfmt.Printf(\"%v %+v\\n\", err, r)\nb := Box{Recs: []Rec{{\"a\", 1, nil, 2}}, ByKey: map[string]*Rec{\"k\": {Name: \"k\", inner: 3}}, First: &Rec{Name: \"f\", inner: 4}, hid: \"h\"}\nb.Arr[1] = Rec{Name: \"z\", inner: 8}\nfmt.Println(enc.Encode(&b))\nc := Box{hid: \"keep\", First: &Rec{inner: 77}}\nfmt.Println(dec.Decode(&c))\nfmt.Printf(\"%+v %+v %+v %+v %q\\n\", c.Recs, *c.ByKey[\"k\"], *c.First, c.Arr, c.hid)\nfmt.Println(enc.Encode(b))\nvar d *Box\nfmt.Println(dec.Decode(&d), d.Recs, d.First.inner)\nfmt.Println(enc.Encode(Hidden{1, 2}))\nvar x any = Rec{Name: \"any\", inner: 3}\nfmt.Println(enc.Encode(x))\nfmt.Println(dec.Decode(&r), r)\nfunc() {\n\tdefer func() { fmt.Println(recover()) }()\n\tvar np *Rec\n\tenc.Encode(np)\n}()",
			"<nil>\n<nil> {Name:ann Score:9 Tags:[x] inner:1}\n<nil>\n<nil>\n[{Name:a Score:1 Tags:[] inner:0}] {Name:k Score:0 Tags:[] inner:0} {Name:f Score:0 Tags:[] inner:77} [{Name: Score:0 Tags:[] inner:0} {Name:z Score:0 Tags:[] inner:0}] \"keep\"\n<nil>\n<nil> [{a 1 [] 0}] 0\ngob: type main.Hidden has no exported fields\n<nil>\n<nil> {any 9 [x] 1}\ngob: cannot encode nil pointer of type *main.Rec\n"},
	)
}

// gob.Register and RegisterName of a cell struct register the type gob
// is handed for it under Go's name (rt.GobRegister): an any field
// holding one encodes, decodes to the cell's type (a pointer to it for
// a pointer registered), its unexported fields left out; an unregistered
// one is gob's error naming the type.
func TestGobRegisterCellTypes(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"bytes\"\n\t\"encoding/gob\"\n)\n\ntype Sq struct {\n\tSide float64\n\tid   int\n}\n\ntype Circle struct{ R float64 }\n\ntype Scene struct {\n\tExtra any\n\tnote  string\n}", ""},
		step{"gob.Register(Sq{})\nvar gb bytes.Buffer\nfmt.Println(gob.NewEncoder(&gb).Encode(Scene{Extra: Sq{4, 3}, note: \"n\"}))\nvar back Scene\nfmt.Println(gob.NewDecoder(&gb).Decode(&back))\nsq, ok := back.Extra.(Sq)\nfmt.Printf(\"%+v %v %+v\\n\", back, ok, sq)\ngb.Reset()\nfmt.Println(gob.NewEncoder(&gb).Encode(Scene{Extra: Circle{1}}))\ngb.Reset()\ngob.RegisterName(\"circle\", &Circle{})\nfmt.Println(gob.NewEncoder(&gb).Encode(Scene{Extra: &Circle{2}}))\nvar s Scene\nfmt.Println(gob.NewDecoder(&gb).Decode(&s))\nc, ok := s.Extra.(*Circle)\nfmt.Println(ok, c.R)",
			"<nil>\n<nil>\n{Extra:{Side:4 id:0} note:} true {Side:4 id:0}\ngob: type not registered for interface: main.Circle\n<nil>\n<nil>\ntrue 2\n"},
	)
}

// A registered cell struct with methods inside a []any and a
// map[string]any of a cell struct's field encodes and decodes back to
// the cell type, its unexported fields left out (conv and back descend
// into compiled composites of interface{}).
func TestGobCellValuesInAnySlices(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"bytes\"\n\t\"encoding/gob\"\n)\n\ntype Pt struct {\n\tX  int\n\tid int\n}\n\nfunc (p Pt) Len() int { return p.X }\n\ntype Bag struct {\n\tItems []any\n\tBy    map[string]any\n}", ""},
		step{"gob.Register(Pt{})\nvar gb bytes.Buffer\nfmt.Println(gob.NewEncoder(&gb).Encode(Bag{Items: []any{Pt{4, 3}, 5}, By: map[string]any{\"p\": Pt{6, 1}}}))\nvar back Bag\nfmt.Println(gob.NewDecoder(&gb).Decode(&back))\np, ok := back.Items[0].(Pt)\nq, ok2 := back.By[\"p\"].(Pt)\nfmt.Printf(\"%+v %v %+v %v %v\\n\", p, ok, q, ok2, back.Items[1])",
			"<nil>\n<nil>\n{X:4 id:0} true {X:6 id:0} true 5\n"},
	)
}

// A cell type with gob's own methods (MarshalBinary, UnmarshalBinary
// here, as in encoding/gob's Example_encodeDecode) is left to gob, which
// calls them: its unexported fields travel through them, also inside
// another cell struct.
func TestGobCellTypeWithOwnMethods(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"bytes\"\n\t\"encoding/gob\"\n)\n\ntype Vector struct {\n\tx, y, z int\n}\n\nfunc (v Vector) MarshalBinary() ([]byte, error) {\n\tvar b bytes.Buffer\n\tfmt.Fprintln(&b, v.x, v.y, v.z)\n\treturn b.Bytes(), nil\n}\n\nfunc (v *Vector) UnmarshalBinary(data []byte) error {\n\t_, err := fmt.Fscanln(bytes.NewBuffer(data), &v.x, &v.y, &v.z)\n\treturn err\n}\n\ntype Ray struct {\n\tFrom Vector\n\tName string\n}", ""},
		step{"var network bytes.Buffer\nenc := gob.NewEncoder(&network)\nfmt.Println(enc.Encode(Vector{3, 4, 5}))\ndec := gob.NewDecoder(&network)\nvar v Vector\nfmt.Println(dec.Decode(&v))\nfmt.Println(v)\nfmt.Println(enc.Encode(Ray{Vector{1, 2, 3}, \"r\"}))\nvar r Ray\nfmt.Println(dec.Decode(&r), r)",
			"<nil>\n<nil>\n{3 4 5}\n<nil>\n<nil> {{1 2 3} r}\n"},
	)
}

// Decoding into a variable of a cell's interface type (encoding/gob's
// Example_interface) sets it to the registered cell type's value as Go
// does; nil on the wire sets it to nil; a value of a type that does not
// implement it is gob's error naming both.
func TestGobDecodeIntoCellInterface(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"bytes\"\n\t\"encoding/gob\"\n\t\"math\"\n)\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Hypotenuse() float64 { return math.Hypot(float64(p.X), float64(p.Y)) }\n\ntype Other struct{ N int }\n\ntype Pythagoras interface{ Hypotenuse() float64 }\n\nfunc send(enc *gob.Encoder, p Pythagoras) error { return enc.Encode(&p) }\n\nfunc recv(dec *gob.Decoder) (Pythagoras, error) {\n\tvar p Pythagoras\n\terr := dec.Decode(&p)\n\treturn p, err\n}", ""},
		step{"gob.Register(Point{})\ngob.Register(Other{})\nvar network bytes.Buffer\nenc := gob.NewEncoder(&network)\nfor i := 1; i <= 2; i++ {\n\tfmt.Println(send(enc, Point{3 * i, 4 * i}))\n}\nvar o any = Other{1}\nfmt.Println(enc.Encode(&o))\ndec := gob.NewDecoder(&network)\nfor i := 1; i <= 2; i++ {\n\tp, err := recv(dec)\n\tfmt.Println(p.Hypotenuse(), err)\n\tpt, ok := p.(Point)\n\tfmt.Println(pt, ok)\n}\nvar q Pythagoras = Point{1, 1}\nfmt.Println(dec.Decode(&q))\nfmt.Println(q)",
			"<nil>\n<nil>\n<nil>\n5 <nil>\n{3 4} true\n10 <nil>\n{6 8} true\ngob: main.Other is not assignable to type main.Pythagoras\n{1 1}\n"},
	)
}

package check

import "testing"

// Review findings: each test fails today and passes when the lowering
// matches what `go run` of the same program prints.

// parallelLits wraps the values of an assignment whose values
// assignConvs/specConvs already wrapped: the opening texts at the first
// value's offset come out in the wrong order and the lowered function
// does not parse.
func TestReviewParallelLitsWithBoxedError(t *testing.T) {
	runSteps(t,
		step{"type Code struct{ N int }\nfunc (c Code) Error() string { return fmt.Sprint(\"code \", c.N) }\ntype P struct{ A int }\nfunc f() {\n\tvar err error\n\tvar p P\n\terr, p = Code{1}, P{2}\n\tfmt.Println(err, p)\n}\nfunc g() {\n\tvar e1, e2 error = Code{3}, Code{4}\n\tfmt.Println(e1, e2)\n}", ""},
		step{"f()\ng()", "code 1 {2}\ncode 3 code 4\n"},
	)
}

// A select with a label that goto jumps back to evaluates its channels
// and sent values again each time (Go's spec); the lowering evaluates
// them once before the label, so the same value is sent again.
func TestReviewSelectGotoReevaluates(t *testing.T) {
	runSteps(t,
		step{"func sendSeq(c chan int) {\n\ti := 0\nL:\n\tselect {\n\tcase c <- i:\n\t\ti++\n\t\tif i < 3 {\n\t\t\tgoto L\n\t\t}\n\t}\n}", ""},
		step{"c := make(chan int, 3)\nsendSeq(c)\nfmt.Println(<-c, <-c, <-c)", "0 1 2\n"},
	)
}

// A value of a cell type sent by a lowered select on a channel of an
// interface type keeps its dynamic type (the (T)(x) conversion of the
// lowering loses it, as a plain send does not).
func TestReviewSelectSendKeepsDynamicType(t *testing.T) {
	runSteps(t,
		step{"type Sq int\nfunc (s Sq) Area() int { return int(s * s) }\nfunc sendA(c chan any) {\n\tselect {\n\tcase c <- Sq(4):\n\t}\n}", ""},
		step{"ca := make(chan any, 1)\nsendA(ca)\na := <-ca\n_, isSq := a.(Sq)\nfmt.Printf(\"%T %v\\n\", a, isSq)", "main.Sq true\n"},
	)
}

// blankRecv rewrites the receive of a select case that is not lowered
// (at a cell's top level, or a case spanning lines), which then is no
// receive: the interpreter reads the wrong ok or fails.
func TestReviewBlankRecvInSelectCase(t *testing.T) {
	runSteps(t,
		step{"c := make(chan int, 1)\nc <- 1\nvar ok bool\nselect {\ncase _, ok = <-c:\n}\nfmt.Println(ok)", "true\n"},
		step{"func h(c chan int) bool {\n\tvar ok bool\n\tselect {\n\tcase _, ok = <-c:\n\tcase <-make(chan int,\n\t\t1):\n\t}\n\treturn ok\n}", ""},
		step{"close(c)\nfmt.Println(h(c))", "false\n"},
	)
}

// A switch on a value of a notebook interface compares its cases with ==
// as Go does (ifaceEqual covers only binary expressions).
func TestReviewIfaceSwitch(t *testing.T) {
	runSteps(t,
		step{"type Shape interface{ Area() int }\ntype A struct{ R int }\nfunc (a A) Area() int { return a.R }\nfunc sw(x Shape) string {\n\tswitch x {\n\tcase A{1}:\n\t\treturn \"A1\"\n\t}\n\treturn \"none\"\n}", ""},
		step{"fmt.Println(sw(A{1}), sw(A{2}))", "A1 none\n"},
	)
}

// A deferred json.Unmarshal runs when the function returns: the wrap
// rt.JSONError(json.Unmarshal(...)) makes it an argument, run at the
// defer statement.
func TestReviewDeferredUnmarshal(t *testing.T) {
	runSteps(t,
		step{"import \"encoding/json\"\ntype Item struct {\n\tID int `json:\"id\"`\n\tn  int\n}\nfunc load() (it Item) {\n\tb := []byte(`{\"id\":1}`)\n\tdefer json.Unmarshal(b, &it)\n\tit.ID = 5\n\treturn\n}", ""},
		step{"fmt.Println(load().ID)", "1\n"},
	)
}

// encoding/json of cell types as Go encodes them: the ",string" option
// on a field of a cell type, a cell []byte type as base64, a pointer
// receiver's MarshalJSON on addressable values, MarshalText of map keys,
// the order of fields when an embedded one is hidden, the type named in
// a MarshalJSON error, omitzero on a cell struct.
func TestReviewJSONAsGo(t *testing.T) {
	nb := newNotebook(t)
	nb.steps(t, step{"import (\"encoding/json\"; \"errors\")\ntype Level int\ntype A struct {\n\tN Level `json:\"n,string\"`\n\ts int\n}\ntype Blob []byte\ntype B struct {\n\tD Blob\n\tx int\n}\ntype PL int\nfunc (l *PL) MarshalJSON() ([]byte, error) { return []byte(`\"pl\"`), nil }\ntype C struct {\n\tL PL\n\ty int\n}\ntype K int\nfunc (k K) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf(\"k%d\", int(k))), nil }\ntype XA struct{ X int }\ntype T struct {\n\tXA\n\tY int\n\tX int\n\tz int\n}\ntype Bad int\nfunc (Bad) MarshalJSON() ([]byte, error) { return nil, errors.New(\"boom\") }\ntype HB struct {\n\tB Bad\n\tq int\n}\ntype Date struct{ Y, M int }\ntype Ev struct {\n\tWhen Date `json:\"when,omitzero\"`\n\tName string\n\tn    int\n}\nfunc show(b []byte, err error) { fmt.Println(string(b), err) }", ""})
	for _, c := range []step{
		{"show(json.Marshal(A{5, 1}))", "{\"n\":\"5\"} <nil>\n"},
		{"show(json.Marshal(B{Blob{1, 2}, 1}))", "{\"D\":\"AQI=\"} <nil>\n"},
		{"show(json.Marshal(&C{1, 2}))", "{\"L\":\"pl\"} <nil>\n"},
		{"show(json.Marshal([]PL{1}))", "[\"pl\"] <nil>\n"},
		{"show(json.Marshal(map[K]int{1: 2}))", "{\"k1\":2} <nil>\n"},
		{"show(json.Marshal(T{XA{1}, 2, 3, 4}))", "{\"Y\":2,\"X\":3} <nil>\n"},
		{"show(json.Marshal(HB{1, 2}))", " json: error calling MarshalJSON for type main.Bad: boom\n"},
		{"show(json.Marshal(Ev{Name: \"x\"}))", "{\"Name\":\"x\"} <nil>\n"},
	} {
		nb.steps(t, c)
	}
}

// A cell's trailing expression whose own lowering opens at its first
// token (rt.EqualAs, rt.JSONError, rt.Recovered) is shown also when the
// cell's statements run in a function: trailingExpr's "return " is
// inserted after the walk, so it lands inside the opening text
// (rt.EqualAs(return x, A{1})) and the cell does not parse.
func TestReviewTrailingExprAfterWrap(t *testing.T) {
	runSteps(t,
		step{"import \"encoding/json\"\ntype Shape interface{ Area() int }\ntype A struct{ R int }\nfunc (a A) Area() int { return a.R }\ntype Item struct {\n\tID int `json:\"id\"`\n\tn  int\n}", ""},
		step{"var x Shape = A{1}\nfor range 1 {\n}\nx == A{1}", "=> true"},
		step{"var it Item\nfor range 1 {\n}\njson.Unmarshal([]byte(`{\"id\":\"x\"}`), &it)", "=> json: cannot unmarshal string into Go struct field Item.id of type int"},
	)
}

// goto to a select's label from before it: the lowering moves the label
// into the block after the select's temporaries (Go would refuse that
// goto as jumping into a block; the interpreter runs it wrongly).
func TestReviewSelectGotoFromBefore(t *testing.T) {
	runSteps(t,
		step{"func retry(c chan int) int {\n\tn := 0\n\tgoto L\nL:\n\tselect {\n\tcase c <- n:\n\t\treturn n\n\tdefault:\n\t\tn++\n\t\tif n < 3 {\n\t\t\tgoto L\n\t\t}\n\t}\n\treturn -1\n}", ""},
		step{"fmt.Println(retry(make(chan int)), retry(make(chan int, 1)))", "-1 0\n"},
	)
}

// A goto to a labeled select among a cell's own statements (yaegi's own
// select overflowed the interpreter's stack on it).
func TestSelectGotoTopLevel(t *testing.T) {
	runSteps(t,
		step{"c := make(chan int, 3)\ni := 0\nL:\nselect {\ncase c <- i:\n\ti++\n\tif i < 3 {\n\t\tgoto L\n\t}\n}\nfmt.Println(<-c, <-c, <-c)", "0 1 2\n"},
	)
}

// json.Unmarshal into a cell struct decodes as Go does: an embedded
// struct's fields are promoted, an unexported field is never set (not
// even by its X-prefixed name), a cell type's UnmarshalJSON is called.
func TestReviewJSONUnmarshalAsGo(t *testing.T) {
	runSteps(t,
		step{"import \"encoding/json\"\ntype Base struct {\n\tID int\n}\ntype Person struct {\n\tBase\n\tName string\n\tp    int\n}\ntype Lv int\nfunc (l *Lv) UnmarshalJSON(b []byte) error { *l = 42; return nil }\ntype H struct{ L Lv }", ""},
		step{"var p Person\nerr := json.Unmarshal([]byte(`{\"ID\":7,\"Name\":\"a\",\"p\":1,\"Xp\":2}`), &p)\nfmt.Println(p.ID, p.Name, p.p, err)\nvar h H\nfmt.Println(json.Unmarshal([]byte(`{\"L\":1}`), &h), h.L)", "7 a 0 <nil>\n<nil> 42\n"},
	)
}

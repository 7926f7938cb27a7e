package check

import "testing"

// encoding/json sees cell types as Go's json does (jsonCall, rt.JSON):
// no unexported fields, embedded structs' fields promoted, a cell type's
// MarshalJSON called (in a field and in a slice of structs), omitempty;
// a decoding error names the struct.
func TestJSONOfCellTypes(t *testing.T) {
	runSteps(t,
		step{"import (\"bytes\"; \"encoding/json\")\ntype Address struct {\n\tCity string `json:\"city\"`\n\tZip  string `json:\"zip,omitempty\"`\n}\ntype Level int\nfunc (l Level) MarshalJSON() ([]byte, error) { return json.Marshal(fmt.Sprintf(\"level-%d\", int(l))) }\ntype Base struct{ ID int; note string }\ntype Person struct {\n\tBase\n\tName string `json:\"name\"`\n\tAddress *Address `json:\"address,omitempty\"`\n\tHome *Address `json:\"home,omitempty\"`\n\tLevel Level `json:\"level\"`\n\tFriends []Person `json:\"friends,omitempty\"`\n\tsecret string\n\tSkip string `json:\"-\"`\n}\ntype Item struct {\n\tID int `json:\"id\"`\n}", ""},
		step{"p := Person{Base: Base{7, \"n\"}, Name: \"Ann\", Address: &Address{City: \"Oslo\"}, Level: 3, secret: \"x\", Skip: \"y\", Friends: []Person{{Name: \"Bo\"}}}\nb, err := json.Marshal(p)\nfmt.Println(string(b), err)\nb, _ = json.MarshalIndent([]Address{{\"A\", \"1\"}}, \"\", \" \")\nfmt.Println(string(b))\nvar buf bytes.Buffer\njson.NewEncoder(&buf).Encode(&p.Base)\nfmt.Print(buf.String())\nvar it Item\nfmt.Println(json.Unmarshal([]byte(`{\"id\": \"seven\"}`), &it))\nx := any(p.Base)\nb, _ = json.Marshal(x)\nvar none *Person\nb2, _ := json.Marshal(none)\nb3, _ := json.Marshal(map[string]any{\"level\": Level(4), \"n\": 4})\nfmt.Println(string(b), string(b2), string(b3))",
			"{\"ID\":7,\"name\":\"Ann\",\"address\":{\"city\":\"Oslo\"},\"level\":\"level-3\",\"friends\":[{\"ID\":0,\"name\":\"Bo\",\"level\":\"level-0\"}]} <nil>\n[\n {\n  \"city\": \"A\",\n  \"zip\": \"1\"\n }\n]\n{\"ID\":7}\njson: cannot unmarshal string into Go struct field Item.id of type int\n{\"ID\":7} null {\"level\":\"level-4\",\"n\":4}\n"},
	)
}

// A template's execution error names a cell type as Go does
// (templateCall, rt.TemplateError).
func TestTemplateErrorNames(t *testing.T) {
	runSteps(t,
		step{"import (\"strings\"; \"text/template\")\ntype Line struct{ Qty int }\ntype Inventory struct {\n\tMaterial string\n\tLines []Line\n}", ""},
		step{"var sb strings.Builder\nt := template.Must(template.New(\"x\").Parse(\"{{.Material}} {{range .Lines}}{{.Qty}}{{.Nope}}{{end}}\"))\nerr := t.Execute(&sb, Inventory{\"wool\", []Line{{3}}})\nfmt.Println(sb.String(), err)\n_, isExec := err.(template.ExecError)\nerr = t.ExecuteTemplate(&sb, \"x\", &Inventory{Material: \"silk\"})\nfmt.Println(err)\nfmt.Println(isExec)",
			"wool 3 template: x:1:40: executing \"x\" at <.Nope>: can't evaluate field Nope in type main.Line\n<nil>\ntrue\n"},
	)
}

// A template reading an unexported field of a cell struct fails as in
// Go: "width is an unexported field of struct type main.rect" (yaegi's
// renamed field gave "can't evaluate field width").
func TestTemplateUnexportedField(t *testing.T) {
	runSteps(t,
		step{"import (\"strings\"; \"text/template\")\ntype rect struct{ width, Height float64 }", ""},
		step{"var sb strings.Builder\nerr := template.Must(template.New(\"t5\").Parse(\"{{.Height}} {{.width}}\")).Execute(&sb, rect{3, 4})\nfmt.Println(sb.String(), err)\nerr = template.Must(template.New(\"t6\").Parse(\"{{.depth}} {{.width}}\")).Execute(&sb, &rect{})\nfmt.Println(err)\nerr = template.Must(template.New(\"t7\").Parse(\"{{.width}}\")).Execute(&sb, &rect{})\nfmt.Println(err)",
			"4  template: t5:1:14: executing \"t5\" at <.width>: width is an unexported field of struct type main.rect\ntemplate: t6:1:2: executing \"t6\" at <.depth>: can't evaluate field depth in type *main.rect\ntemplate: t7:1:2: executing \"t7\" at <.width>: width is an unexported field of struct type *main.rect\n"},
	)
}

// json.Unmarshal and a Decoder's Decode into cell types as Go decodes
// (rt.JSONTarget): embedded pointers allocated, unexported fields left,
// UnmarshalJSON called, nested structs, slices and maps of them, null,
// type errors named by their path, decoding going on after one.
func TestJSONDecodeAsGo(t *testing.T) {
	runSteps(t,
		step{"import (\"encoding/json\"; \"strings\")\ntype Addr struct {\n\tZip  string `json:\"zip\"`\n\tnote string\n}\ntype Base struct{ ID int }\ntype Lv int\n\nfunc (l *Lv) UnmarshalJSON(b []byte) error { *l = Lv(len(b)); return nil }\n\ntype User struct {\n\t*Base\n\tName  string          `json:\"name\"`\n\tHome  *Addr           `json:\"home\"`\n\tAddrs []Addr          `json:\"addrs\"`\n\tByTag map[string]Addr `json:\"by\"`\n\tLv    Lv              `json:\"lv\"`\n\tTags  []string\n\tn     int\n}", ""},
		step{"var u User\nerr := json.Unmarshal([]byte(`{\"ID\":3,\"name\":\"ann\",\"home\":{\"zip\":\"01\",\"note\":\"x\"},\"addrs\":[{\"zip\":\"a\"},{\"zip\":\"b\"}],\"by\":{\"k\":{\"zip\":\"m\"}},\"lv\":\"abc\",\"Tags\":[\"t\"],\"n\":5,\"extra\":1}`), &u)\nfmt.Println(err, u.Base.ID, u.Name, *u.Home, u.Addrs, u.ByTag, u.Lv, u.Tags, u.n)\nvar v User\nerr = json.Unmarshal([]byte(`{\"name\":5,\"home\":{\"zip\":7},\"Tags\":[\"x\"]}`), &v)\nfmt.Println(err, v.Name, v.Tags, v.Home)\nerr = json.Unmarshal([]byte(`{\"home\":null,\"addrs\":null}`), &u)\nfmt.Println(err, u.Home == nil, u.Addrs == nil)\ndec := json.NewDecoder(strings.NewReader(`{\"name\":\"a\"} {\"name\":\"b\"}`))\nfor {\n\tvar w User\n\tif err := dec.Decode(&w); err != nil {\n\t\tfmt.Println(err)\n\t\tbreak\n\t}\n\tfmt.Print(w.Name, \" \")\n}\nvar list []User\nfmt.Println(json.Unmarshal([]byte(`[{\"name\":\"x\",\"ID\":2},{\"name\":\"y\"}]`), &list), len(list), list[0].Name, list[0].Base.ID, list[1].Base == nil)\nfmt.Println(json.Unmarshal([]byte(`{bad`), &u))", "<nil> 3 ann {01 } [{a } {b }] map[k:{m }] 5 [t] 0\njson: cannot unmarshal number into Go struct field User.name of type string  [x] &{ }\n<nil> true true\na b EOF\n<nil> 2 x 2 true\ninvalid character 'b' looking for beginning of object key string\n"},
	)
}

// json.Unmarshal calls a cell type's UnmarshalText for a JSON string, of
// a pointer receiver too, and returns its error (rt.JSONTarget).
func TestJSONUnmarshalText(t *testing.T) {
	runSteps(t,
		step{"import \"encoding/json\"\ntype Status int\nfunc (s Status) MarshalText() ([]byte, error) { return []byte([]string{\"todo\", \"done\"}[s]), nil }\nfunc (s *Status) UnmarshalText(b []byte) error {\n\tswitch string(b) {\n\tcase \"todo\":\n\t\t*s = 0\n\tcase \"done\":\n\t\t*s = 1\n\tdefault:\n\t\treturn fmt.Errorf(\"bad status %q\", b)\n\t}\n\treturn nil\n}\ntype Task struct {\n\tName   string `json:\"name\"`\n\tStatus Status `json:\"status\"`\n}", ""},
		step{"var ts []Task\nerr := json.Unmarshal([]byte(`[{\"name\":\"a\",\"status\":\"done\"},{\"name\":\"b\",\"status\":\"todo\"}]`), &ts)\nfmt.Println(err, ts[0].Status == 1, ts[1].Status == 0)\nvar bad Task\nfmt.Println(json.Unmarshal([]byte(`{\"status\":\"later\"}`), &bad))\nout, _ := json.Marshal(ts)\nfmt.Println(string(out))", "<nil> true true\nbad status \"later\"\n[{\"name\":\"a\",\"status\":\"done\"},{\"name\":\"b\",\"status\":\"todo\"}]\n"},
	)
}

// json.Unmarshal calls UnmarshalText of a cell type that has no other
// codec method (no MarshalText), as a map's key and as a field's type
// (json saw the bare int of yaegi's type: "cannot unmarshal number low").
func TestJSONUnmarshalTextOnly(t *testing.T) {
	runSteps(t,
		step{"import (\n\t\"encoding/json\"\n\t\"strings\"\n)\ntype Lvl int\nfunc (l *Lvl) UnmarshalText(b []byte) error {\n\tswitch strings.ToLower(string(b)) {\n\tcase \"low\":\n\t\t*l = 1\n\tcase \"high\":\n\t\t*l = 2\n\tdefault:\n\t\treturn fmt.Errorf(\"bad level %q\", b)\n\t}\n\treturn nil\n}\ntype Job struct{ Lvl Lvl }", ""},
		step{"var m map[Lvl]string\nerr := json.Unmarshal([]byte(`{\"low\":\"a\",\"HIGH\":\"b\"}`), &m)\nfmt.Println(err, len(m), m[1], m[2])\nfmt.Println(json.Unmarshal([]byte(`{\"mid\":\"a\"}`), &m))\nvar j Job\nfmt.Println(json.Unmarshal([]byte(`{\"Lvl\":\"high\"}`), &j), j.Lvl == 2)",
			"<nil> 2 a b\nbad level \"mid\"\n<nil> true\n"},
	)
}

// json.Unmarshal into a cell struct honours a field's ",string" option
// (an int64 id sent as "42"), with json's errors for a value that is not
// quoted or not a number (rt.JSONTarget).
func TestJSONDecodeStringOption(t *testing.T) {
	runSteps(t,
		step{"import \"encoding/json\"\ntype Acct struct {\n\tID   int64   `json:\"id,string\"`\n\tOK   bool    `json:\"ok,string\"`\n\tRate float64 `json:\"rate,string,omitempty\"`\n\tTags []int   `json:\"tags,string\"`\n\tnote string\n}", ""},
		step{"var a Acct\nerr := json.Unmarshal([]byte(`{\"id\":\"42\",\"ok\":\"true\",\"rate\":\"1.5\",\"tags\":[1,2]}`), &a)\nfmt.Println(err, a.ID, a.OK, a.Rate, a.Tags)\nfmt.Println(json.Unmarshal([]byte(`{\"id\":\"x\"}`), &a))\nfmt.Println(json.Unmarshal([]byte(`{\"id\":7}`), &a))\nfmt.Println(json.Unmarshal([]byte(`{\"id\":null,\"ok\":\"false\"}`), &a), a.ID, a.OK)\nfmt.Println(json.Unmarshal([]byte(`{\"id\":\"\\\"5\\\"\"}`), &a), a.ID)\nout, _ := json.Marshal(a)\nfmt.Println(string(out))",
			"<nil> 42 true 1.5 [1 2]\njson: invalid use of ,string struct tag, trying to unmarshal \"x\" into int64\njson: invalid use of ,string struct tag, trying to unmarshal unquoted value into int64\n<nil> 42 false\njson: cannot unmarshal string into Go struct field Acct.id of type int64 42\n{\"id\":\"42\",\"ok\":\"false\",\"rate\":\"1.5\",\"tags\":[1,2]}\n"},
	)
}

// A json.Decoder's DisallowUnknownFields and UseNumber hold for a Decode
// into a cell struct (rt.JSONDecode): the struct's own decoding left
// an unknown key alone and made a number in an any a float64.
func TestJSONDecoderOptionsOfFields(t *testing.T) {
	runSteps(t,
		step{"import (\"encoding/json\"; \"strings\")\ntype Inner struct{ N int }\ntype Conf struct {\n\tVersion int            `json:\"version\"`\n\tExtra   map[string]any `json:\"extra\"`\n\tIn      Inner\n\tskip    int\n\tHidden  int `json:\"-\"`\n}\ntype Box struct{ dec *json.Decoder }", ""},
		step{"dec := json.NewDecoder(strings.NewReader(`{\"version\": 2, \"bogus\": 1}`))\ndec.DisallowUnknownFields()\nvar c Conf\nfmt.Println(dec.Decode(&c), c.Version)\nfor _, src := range []string{`{\"In\": {\"N\": 1, \"M\": 2}}`, `{\"skip\": 1}`, `{\"Hidden\": 1}`, `{\"VERSION\": 3}`, `{\"In\": {\"M\": 2}, \"version\": 4, \"zz\": 1}`} {\n\td := json.NewDecoder(strings.NewReader(src))\n\td.DisallowUnknownFields()\n\tvar c Conf\n\tfmt.Println(d.Decode(&c), c.Version)\n}\nb := Box{json.NewDecoder(strings.NewReader(`{\"extra\": {\"n\": 12345678901234567890, \"f\": 1.5}}`))}\nb.dec.UseNumber()\nvar u Conf\nfmt.Println(b.dec.Decode(&u))\nfmt.Printf(\"%T %v %T\\n\", u.Extra[\"n\"], u.Extra[\"n\"], u.Extra[\"f\"])\nvar plain Conf\nfmt.Println(json.NewDecoder(strings.NewReader(`{\"bogus\": 1, \"extra\": {\"n\": 1}}`)).Decode(&plain))\nfmt.Printf(\"%T\\n\", plain.Extra[\"n\"])",
			"json: unknown field \"bogus\" 2\njson: unknown field \"M\" 0\njson: unknown field \"skip\" 0\njson: unknown field \"Hidden\" 0\n<nil> 3\njson: unknown field \"M\" 4\n<nil>\njson.Number 12345678901234567890 json.Number\n<nil>\nfloat64\n"},
	)
}

// A decoding error of a field promoted from an embedded struct names the
// path through the embedded fields, as Go 1.26's json does
// ("Doc.Base.Inner.N", "Doc.Meta.Tags"), and an unnamed struct as ""
// (".Base.id"; the lowering gave "Doc.N" and "Base }.id").
func TestJSONDecodeErrorEmbeddedPath(t *testing.T) {
	runSteps(t,
		step{"import (\"encoding/json\"; \"errors\")\ntype Inner struct{ N int }\ntype Base struct {\n\tInner\n\tID int `json:\"id\"`\n}\ntype Meta struct{ Tags []string }\ntype Doc struct {\n\tBase\n\t*Meta\n\tSub Base `json:\"sub\"`\n}", ""},
		step{"for _, s := range []string{`{\"id\":\"y\"}`, `{\"N\":\"y\"}`, `{\"Tags\":[1]}`, `{\"sub\":{\"N\":true}}`} {\n\tvar d Doc\n\terr := json.Unmarshal([]byte(s), &d)\n\tvar te *json.UnmarshalTypeError\n\terrors.As(err, &te)\n\tfmt.Printf(\"%s %q %q\\n\", err, te.Struct, te.Field)\n}\nvar x struct{ Base }\nfmt.Println(json.Unmarshal([]byte(`{\"id\":\"bad\"}`), &x))",
			"json: cannot unmarshal string into Go struct field Doc.Base.id of type int \"Doc\" \"Base.id\"\n" +
				"json: cannot unmarshal string into Go struct field Doc.Base.Inner.N of type int \"Doc\" \"Base.Inner.N\"\n" +
				"json: cannot unmarshal number into Go struct field Doc.Meta.Tags of type string \"Doc\" \"Meta.Tags\"\n" +
				"json: cannot unmarshal bool into Go struct field Base.sub.Inner.N of type int \"Base\" \"sub.Inner.N\"\n" +
				"json: cannot unmarshal string into Go struct field .Base.id of type int\n"},
	)
}

// A json.Decoder's UseNumber and DisallowUnknownFields hold for the
// values rt decodes in its place (rt.JSONDecode): a number into an any
// is a json.Number, a key no field takes is an error (the lowering's
// target decoded with json.Unmarshal, which knows neither), and json
// cannot set a nil embedded pointer to an unexported struct type.
func TestJSONDecoderOptions(t *testing.T) {
	runSteps(t,
		step{"import (\"encoding/json\"; \"strings\")\ntype Common struct{ ID int `json:\"id\"` }\ntype audit struct{ By string }\ntype Rec struct {\n\t*audit\n\tCommon\n\tAny any\n}", ""},
		step{"dec := json.NewDecoder(strings.NewReader(`{\"id\": 12345678901234567890}`))\ndec.UseNumber()\nvar nm map[string]any\nfmt.Println(dec.Decode(&nm), nm[\"id\"])\ndec2 := json.NewDecoder(strings.NewReader(`{\"id\":1,\"bogus\":2} {\"Any\":{\"n\":1e3},\"x\":1,\"id\":3}`))\ndec2.DisallowUnknownFields()\nvar c Common\nfmt.Println(dec2.Decode(&c), c)\nvar r Rec\nfmt.Println(dec2.Decode(&r), r.ID, r.Any)\nd3 := json.NewDecoder(strings.NewReader(`{\"Any\":2.50}`))\nd3.UseNumber()\nvar r3 Rec\nfmt.Println(d3.Decode(&r3), r3.Any)\nvar r4 Rec\nfmt.Println(json.Unmarshal([]byte(`{\"By\":\"me\",\"id\":4}`), &r4), r4.audit == nil, r4.ID)",
			"<nil> 12345678901234567890\njson: unknown field \"bogus\" {1}\njson: unknown field \"x\" 3 map[n:1000]\n<nil> 2.50\njson: cannot set embedded pointer to unexported struct: main.audit true 4\n"},
		step{"type Line struct{ Qty int }\ntype Order struct {\n\tID    int\n\tLines []Line\n}", ""},
		step{"for _, s := range []string{`{\"colour\":1,\"Lines\":[{\"note\":2}]}`, `{\"Lines\":[{\"note\":2}],\"colour\":1}`, `{\"ID\":\"x\",\"colour\":1}`, `{\"colour\":1,\"ID\":\"x\"}`} {\n\td := json.NewDecoder(strings.NewReader(s))\n\td.DisallowUnknownFields()\n\tvar o Order\n\tfmt.Println(d.Decode(&o))\n}",
			"json: unknown field \"colour\"\njson: unknown field \"note\"\njson: cannot unmarshal string into Go struct field Order.ID of type int\njson: unknown field \"colour\"\n"},
	)
}

// A field that is a pointer to a cell type with a pointer-receiver
// UnmarshalJSON or UnmarshalText is made before the method is called, as
// json makes it, and a JSON null sets it to nil without a call (the
// method was called on the nil pointer: a nil dereference).
func TestJSONUnmarshalIntoNilPointerField(t *testing.T) {
	runSteps(t,
		step{"import (\"encoding/json\"; \"strings\")\ntype Box struct{ v []string }\nfunc (b *Box) UnmarshalJSON(data []byte) error {\n\tvar vs []string\n\tif err := json.Unmarshal(data, &vs); err != nil {\n\t\treturn err\n\t}\n\tb.v = vs\n\treturn nil\n}\ntype A struct{ B *Box }\ntype Up string\nfunc (u *Up) UnmarshalText(t []byte) error { *u = Up(strings.ToUpper(string(t))); return nil }\ntype G struct{ U, W *Up }", ""},
		step{"var x A\nerr := json.Unmarshal([]byte(`{\"B\":[\"p\",\"q\"]}`), &x)\nfmt.Println(err, x.B.v)\nerr = json.Unmarshal([]byte(`{\"B\":null}`), &x)\nfmt.Println(err, x.B == nil)\nvar g G\nerr = json.Unmarshal([]byte(`{\"U\":\"ab\",\"W\":null}`), &g)\nfmt.Println(err, *g.U, g.W == nil)",
			"<nil> [p q]\n<nil> true\n<nil> AB true\n"},
	)
}

// A composite of a cell type with a MarshalText method and no method fmt
// calls (a []Level), put in an any, encodes with its elements' method, as
// the type itself does (the any held a []int to json: [0,1]).
func TestJSONCompositeInAnyOfTextMarshaler(t *testing.T) {
	runSteps(t,
		step{"import (\"encoding/json\"; \"strings\")\ntype Level int\nfunc (l Level) MarshalText() ([]byte, error) { return []byte([]string{\"low\", \"high\"}[l]), nil }", ""},
		step{"b, _ := json.Marshal(map[string]any{\"l\": []Level{0, 1}, \"one\": Level(1)})\nfmt.Println(string(b))\nvar sb strings.Builder\njson.NewEncoder(&sb).Encode([]any{[]Level{1}})\nfmt.Print(sb.String())",
			"{\"l\":[\"low\",\"high\"],\"one\":\"high\"}\n[[\"high\"]]\n"},
	)
}

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

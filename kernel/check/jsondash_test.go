package check

import "testing"

// A field tagged `json:"-,"` is encoded and decoded under the key "-",
// as Go's json does (only the bare tag "-" leaves a field out).
func TestJSONDashCommaTag(t *testing.T) {
	runSteps(t,
		step{"import (\"encoding/json\"; \"strings\")\ntype D struct {\n\tA string `json:\"-,\"`\n\tB string `json:\"-\"`\n\tC int\n}", ""},
		step{"b, err := json.Marshal(D{\"a\", \"b\", 1})\nfmt.Println(string(b), err)\nvar d D\nfmt.Println(json.Unmarshal([]byte(`{\"-\":\"x\",\"B\":\"y\",\"C\":2}`), &d), d.A, d.B == \"\", d.C)\ndec := json.NewDecoder(strings.NewReader(`{\"-\":\"z\",\"C\":3}`))\ndec.DisallowUnknownFields()\nfmt.Println(dec.Decode(&d), d.A, d.C)",
			"{\"-\":\"a\",\"C\":1} <nil>\n<nil> x true 2\n<nil> z 3\n"},
	)
}

package check

import "testing"

// log/slog logs values of cell types as Go's slog does (slogCall,
// rt.Slog): a type's LogValue is called (a secret it hides stays
// hidden), String and Error print in the TextHandler, the JSONHandler
// encodes as json does and logs an error by its Error(); in slog.Any,
// With and groups too, through an interface, and inside LogValue.
func TestSlogOfCellTypes(t *testing.T) {
	runSteps(t,
		step{"import (\"bytes\"; \"log/slog\")\ntype User struct {\n\tID       int\n\tName     string\n\tPassword string\n}\nfunc (u User) LogValue() slog.Value { return slog.GroupValue(slog.Int(\"id\", u.ID), slog.Any(\"name\", Name(u.Name))) }\ntype Name string\nfunc (n Name) String() string { return \"<\" + string(n) + \">\" }\ntype Token string\nfunc (Token) LogValue() slog.Value { return slog.StringValue(\"REDACTED\") }\ntype Version struct{ Major, Minor int }\nfunc (v Version) String() string { return fmt.Sprintf(\"v%d.%d\", v.Major, v.Minor) }\ntype QuotaError struct{ Used, Limit int }\nfunc (e *QuotaError) Error() string { return fmt.Sprintf(\"quota %d/%d\", e.Used, e.Limit) }\nfunc noTime(groups []string, a slog.Attr) slog.Attr {\n\tif a.Key == slog.TimeKey {\n\t\treturn slog.Attr{}\n\t}\n\treturn a\n}", ""},
		step{"var out bytes.Buffer\nl := slog.New(slog.NewTextHandler(&out, &slog.HandlerOptions{ReplaceAttr: noTime}))\nu := User{7, \"ann\", \"hunter2\"}\nl.Info(\"login\", \"user\", u, \"token\", Token(\"abc\"), \"v\", Version{1, 2}, \"pv\", &Version{1, 3})\nvar err error = &QuotaError{11, 10}\nl.With(\"who\", u).Error(\"failed\", slog.Any(\"err\", err), slog.Group(\"g\", \"v\", Version{2, 0}))\nvar lv slog.LogValuer = Token(\"t\")\nl.Warn(\"iface\", \"x\", lv, \"n\", 3)\nj := slog.New(slog.NewJSONHandler(&out, &slog.HandlerOptions{ReplaceAttr: noTime}))\nj.Info(\"json\", \"user\", u, \"v\", Version{1, 2}, \"err\", err, \"e2\", &QuotaError{1, 2}, \"list\", []Version{{3, 4}})\nfmt.Print(out.String())",
			"level=INFO msg=login user.id=7 user.name=<ann> token=REDACTED v=v1.2 pv=v1.3\n" +
				"level=ERROR msg=failed who.id=7 who.name=<ann> err=\"quota 11/10\" g.v=v2.0\n" +
				"level=WARN msg=iface x=REDACTED n=3\n" +
				"{\"level\":\"INFO\",\"msg\":\"json\",\"user\":{\"id\":7,\"name\":\"ann\"},\"v\":{\"Major\":1,\"Minor\":2},\"err\":\"quota 11/10\",\"e2\":\"quota 1/2\",\"list\":[{\"Major\":3,\"Minor\":4}]}\n"},
	)
}

// slog's JSONHandler leaves out a cell struct's unexported fields, as
// Go's json does (it encoded yaegi's renamed field, "Xport":0).
func TestSlogJSONUnexportedFields(t *testing.T) {
	runSteps(t,
		step{"type Conf struct {\n\tHost string\n\tport int\n}\nvar out bytes.Buffer\nj := slog.New(slog.NewJSONHandler(&out, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {\n\tif a.Key == slog.TimeKey {\n\t\treturn slog.Attr{}\n\t}\n\treturn a\n}}))\nc := Conf{\"h\", 1}\nj.Info(\"hi\", \"conf\", c, \"p\", &c, slog.Any(\"a\", []Conf{c}))\nfmt.Print(out.String())",
			"{\"level\":\"INFO\",\"msg\":\"hi\",\"conf\":{\"Host\":\"h\"},\"p\":{\"Host\":\"h\"},\"a\":[{\"Host\":\"h\"}]}\n"},
	)
}

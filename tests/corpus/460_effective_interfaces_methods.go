//go:build ignore

// Effective Go's interfaces and methods: anything can have methods, so a
// Counter struct, a Counter int, a channel type and a HandlerFunc-style
// function type all serve HTTP (exercised with httptest); generality by
// returning an interface (hash.Hash32 from crc32 or adler32); interface
// checks with the blank identifier (var _ json.Marshaler = ...) and at run
// time (val.(json.Marshaler)); a type switch converting to a string; and
// the blank identifier discarding values and silencing unused imports.
package main

import (
	"encoding/json"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

//cell

var _ = strings.ToUpper

type Counter struct {
	n int
}

func (ctr *Counter) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	ctr.n++
	fmt.Fprintf(w, "counter = %d\n", ctr.n)
}

type IntCounter int

func (ctr *IntCounter) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	*ctr++
	fmt.Fprintf(w, "int counter = %d\n", *ctr)
}

type Chan chan *http.Request

func (ch Chan) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	ch <- req
	fmt.Fprint(w, "notification sent")
}

type HandlerFunc func(http.ResponseWriter, *http.Request)

func (f HandlerFunc) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	f(w, req)
}

func ArgServer(w http.ResponseWriter, req *http.Request) {
	fmt.Fprintln(w, "args:", req.URL.Query()["a"])
}

var _ http.Handler = (*Counter)(nil)
var _ http.Handler = HandlerFunc(nil)

//cell

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

var _ json.Marshaler = Celsius(0)

type Stringer interface{ String() string }

type Temp struct{ C Celsius }

func (t Temp) String() string { return fmt.Sprintf("%.0f degrees", float64(t.C)) }

func asString(value any) string {
	switch str := value.(type) {
	case string:
		return str
	case Stringer:
		return str.String()
	}
	return "?"
}

func newHash(kind string) hash.Hash32 {
	if kind == "adler" {
		return adler32.New()
	}
	return crc32.NewIEEE()
}

//cell

func serve(h http.Handler, url string) string {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", url, nil))
	body, _ := io.ReadAll(rec.Result().Body)
	return fmt.Sprintf("%d %q", rec.Code, body)
}

func main() {
	ctr := &Counter{}
	fmt.Println(serve(ctr, "/counter"))
	fmt.Println(serve(ctr, "/counter"))
	ic := new(IntCounter)
	fmt.Println(serve(ic, "/"), *ic)

	ch := make(Chan, 1)
	fmt.Println(serve(ch, "/events?x=1"))
	got := <-ch
	fmt.Println(got.Method, got.URL.Path, got.URL.RawQuery)

	fmt.Println(serve(HandlerFunc(ArgServer), "/args?a=1&a=two"))
	mux := http.NewServeMux()
	mux.Handle("/counter", ctr)
	mux.Handle("/args", HandlerFunc(ArgServer))
	mux.HandleFunc("/hello/{name}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello %s", r.PathValue("name"))
	})
	fmt.Println(serve(mux, "/counter"))
	fmt.Println(serve(mux, "/hello/gopher"))
	fmt.Println(serve(mux, "/missing"))

	for _, kind := range []string{"crc", "adler"} {
		h := newHash(kind)
		io.WriteString(h, "The quick brown fox")
		fmt.Printf("%s %08x %d\n", kind, h.Sum32(), h.Size())
	}

	var val any = Celsius(21.5)
	if m, ok := val.(json.Marshaler); ok {
		b, _ := m.MarshalJSON()
		fmt.Printf("value %v of type %T implements json.Marshaler: %s\n", val, val, b)
	}
	out, err := json.Marshal(map[string]Celsius{"in": 20, "out": -3.25})
	fmt.Println(string(out), err)
	fmt.Println(asString("plain"), asString(Temp{19.6}), asString(3))

	_, err = fmt.Sscan("42", new(int))
	fmt.Println(err)
	for _, v := range []int{3, 4} {
		_ = v
	}
}

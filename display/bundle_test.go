package display_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/internal/testutil"
)

type htmlT struct{}

func (htmlT) HTML() string {
	return "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2&amp;3</td></tr></table>"
}
func (htmlT) String() string { return "a b\n1 2&3" }

type svgT struct{}

func (svgT) SVG() string { return `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>` }

type latexT struct{}

func (latexT) LaTeX() string { return `$\frac{1}{2}$` }

type jsonT struct{}

func (jsonT) JSON() any { return map[string]any{"b": []int{1, 2}, "a": "x"} }

type mimeT struct{}

func (mimeT) MIMEBundle() map[string]any {
	return map[string]any{"text/html": "<b>m</b>", "application/vnd.custom+json": map[string]int{"n": 1}}
}

type panicStringer struct{}

func (panicStringer) String() string { panic("stringer exploded") }

type panicHTML struct{}

func (panicHTML) HTML() string { panic(errors.New("html exploded")) }

type nilPtrHTML struct{ s string }

func (p *nilPtrHTML) HTML() string { return p.s }

func checker(w, h int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if (x+y)%2 == 0 {
				img.Set(x, y, color.RGBA{0, 90, 200, 255})
			} else {
				img.Set(x, y, color.White)
			}
		}
	}
	return img
}

func pngBytes(img image.Image) []byte {
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}

func jpegBytes(img image.Image) []byte {
	var buf bytes.Buffer
	_ = jpeg.Encode(&buf, img, nil)
	return buf.Bytes()
}

func bundleJSON(t *testing.T, b display.Bundle) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(map[string]any{"data": b.Data, "metadata": b.Metadata}); err != nil {
		t.Fatalf("bundle does not encode as JSON: %v", err)
	}
	return buf.Bytes()
}

func TestBundlesGolden(t *testing.T) {
	var nilHTML *nilPtrHTML
	cases := map[string]display.Bundle{
		"text":           display.Text("hello\nworld"),
		"html":           display.HTML("<p>Hello <b>world</b> &lt;3</p>"),
		"markdown":       display.Markdown("# Title\n\n*emphasis*"),
		"latex":          display.LaTeX(`$e^{i\pi}+1=0$`),
		"svg":            display.SVG(svgT{}.SVG()),
		"png":            display.PNG(pngBytes(checker(4, 3))),
		"jpeg":           display.JPEG(jpegBytes(checker(8, 8))),
		"image":          display.Image(checker(2, 2)),
		"json":           display.JSON(map[string]any{"k": []any{1, "two", nil}}),
		"json_raw":       display.JSON([]byte(`{"z":1,"a":[true]}`)),
		"mime":           display.MIME(map[string]any{"text/html": "<i>x</i>", "image/png": pngBytes(checker(1, 1))}),
		"of_html":        display.BundleOf(htmlT{}),
		"of_svg":         display.BundleOf(svgT{}),
		"of_latex":       display.BundleOf(latexT{}),
		"of_json":        display.BundleOf(jsonT{}),
		"of_mime":        display.BundleOf(mimeT{}),
		"of_image":       display.BundleOf(checker(3, 1)),
		"of_int":         display.BundleOf(42),
		"of_nil":         display.BundleOf(nil),
		"of_error":       display.BundleOf(errors.New("it failed")),
		"bad_utf8":       display.BundleOf("caf\xe9 \xff"),
		"bad_utf8_html":  display.HTML("<b>\xff</b>"),
		"zero_image":     display.Image(image.NewRGBA(image.Rect(0, 0, 0, 0))),
		"zero_image_of":  display.BundleOf(image.NewRGBA(image.Rect(0, 0, 0, 5))),
		"nil_image":      display.Image(nil),
		"bad_png":        display.PNG([]byte("not a png")),
		"empty_jpeg":     display.JPEG(nil),
		"bad_json":       display.JSON(make(chan int)),
		"panic_stringer": display.BundleOf(panicStringer{}),
		"panic_html":     display.BundleOf(panicHTML{}),
		"nil_ptr_html":   display.BundleOf(nilHTML),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			if _, ok := b.Data["text/plain"].(string); !ok {
				t.Errorf("no text/plain: %v", b.Data)
			}
			golden(t, "bundles/"+name+".json", bundleJSON(t, b))
		})
	}
}

func TestErrorBundles(t *testing.T) {
	for name, b := range map[string]display.Bundle{
		"zero image":       display.Image(image.NewRGBA(image.Rect(0, 0, 0, 0))),
		"nil image":        display.Image(nil),
		"panic stringer":   display.BundleOf(panicStringer{}),
		"bad png":          display.PNG([]byte("x")),
		"nil pointer":      display.BundleOf((*nilPtrHTML)(nil)),
		"unencodable json": display.JSON(func() {}),
	} {
		if !b.IsError() {
			t.Errorf("%s: not an error bundle: %v", name, b.Data)
		}
		if !strings.HasPrefix(b.String(), "display: ") {
			t.Errorf("%s: error text %q does not say where it comes from", name, b.String())
		}
		if _, ok := b.Data["text/html"]; !ok {
			t.Errorf("%s: no HTML form", name)
		}
	}
	for name, b := range map[string]display.Bundle{
		"nil":  display.BundleOf(nil),
		"text": display.Text("\xff"),
		"html": display.HTML("ok"),
	} {
		if b.IsError() {
			t.Errorf("%s: unexpected error bundle %v", name, b.Data)
		}
	}
}

// plainer prints as the kernel's printer of notebook types would.
type plainer struct{}

func (plainer) Format(f fmt.State, _ rune) { fmt.Fprint(f, "[1.0°C]") }

// Renderers.Plain gives text/plain to a value with no representation of
// its own, and only to such a value.
func TestPlainText(t *testing.T) {
	b := display.BundleFrom([]float64{1}, display.Renderers{Plain: plainer{}})
	if got := b.Data["text/plain"]; got != "[1.0°C]" {
		t.Errorf("text/plain = %q, want the Plain value's", got)
	}
	b = display.BundleFrom(1, display.Renderers{HTML: htmlString("<b>x</b>"), Plain: plainer{}})
	if got := b.Data["text/plain"]; got != "x" {
		t.Errorf("text/plain of a value with HTML = %q, want the HTML's text", got)
	}
	b = display.BundleFrom(1, display.Renderers{HTML: htmlString("<b>x</b>"), String: htmlString("s"), Plain: plainer{}})
	if got := b.Data["text/plain"]; got != "[1.0°C]" || b.Data["text/html"] != "<b>x</b>" {
		t.Errorf("bundle of a value with HTML and String = %v, want text/plain the Plain value's", b.Data)
	}
}

type htmlString string

func (h htmlString) HTML() string   { return string(h) }
func (h htmlString) String() string { return string(h) }

func TestDisplayWithoutKernelPrintsText(t *testing.T) {
	old := display.SetPublisher(nil)
	defer display.SetPublisher(old)
	out := testutil.CaptureStdout(t, func() {
		h := display.Display(display.HTML("<p>one</p>"))
		if err := h.Update(display.Markdown("two")); err != nil {
			t.Errorf("Update: %v", err)
		}
		if err := h.Clear(true); err != nil {
			t.Errorf("Clear: %v", err)
		}
		display.Display(panicStringer{})
		display.Display(nil)
		if err := display.Clear(false); err != nil {
			t.Errorf("Clear: %v", err)
		}
	})
	want := "one\ntwo\ndisplay: String method of display_test.panicStringer panicked: stringer exploded\n<nil>\n"
	if out != want {
		t.Errorf("stdout = %q, want %q", out, want)
	}
}

func TestHandleMessages(t *testing.T) {
	rec := &recorder{}
	defer display.SetPublisher(display.SetPublisher(rec))
	h := display.Display(htmlT{})
	if h.Err() != nil {
		t.Fatal(h.Err())
	}
	done := make(chan struct{})
	go func() { // updates from another goroutine reach the same display id
		defer close(done)
		_ = h.Update(display.Text("later"))
	}()
	<-done
	_ = h.Clear(true)
	_ = display.Clear(false)
	bad := display.Display(panicStringer{})
	msgs := rec.all()
	if len(msgs) != 5 {
		t.Fatalf("%d messages", len(msgs))
	}
	if msgs[0].Kind != display.KindDisplay || msgs[0].DisplayID != h.ID() || len(h.ID()) != 32 {
		t.Errorf("display message %+v", msgs[0])
	}
	if msgs[1].Kind != display.KindUpdate || msgs[1].DisplayID != h.ID() || msgs[1].Data["text/plain"] != "later" {
		t.Errorf("update message %+v", msgs[1])
	}
	if msgs[2].Kind != display.KindClear || !msgs[2].Wait || msgs[2].DisplayID != h.ID() {
		t.Errorf("handle clear %+v", msgs[2])
	}
	if msgs[3].Kind != display.KindClear || msgs[3].Wait || msgs[3].DisplayID != "" {
		t.Errorf("clear %+v", msgs[3])
	}
	if bad.Err() == nil || msgs[4].Data["text/html"] == nil {
		t.Errorf("panicking value: err %v, message %+v", bad.Err(), msgs[4])
	}
	if display.Display(1).ID() == h.ID() {
		t.Error("display ids repeat")
	}
}

type failingPublisher struct{}

func (failingPublisher) Publish(display.Message) error { return errors.New("socket closed") }

func TestPublisherErrorIsWrapped(t *testing.T) {
	defer display.SetPublisher(display.SetPublisher(failingPublisher{}))
	h := display.Display("x")
	if h.Err() == nil || !strings.Contains(h.Err().Error(), "socket closed") {
		t.Errorf("Err() = %v", h.Err())
	}
	if err := display.Clear(false); err == nil {
		t.Error("Clear: no error")
	}
}

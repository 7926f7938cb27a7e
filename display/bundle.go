package display

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"image"
	"image/jpeg"
	"image/png"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// MIME types that the package produces.
const (
	MIMEText     = "text/plain"
	MIMEHTML     = "text/html"
	MIMEMarkdown = "text/markdown"
	MIMELaTeX    = "text/latex"
	MIMESVG      = "image/svg+xml"
	MIMEPNG      = "image/png"
	MIMEJPEG     = "image/jpeg"
	MIMEJSON     = "application/json"
)

// Bundle is one output in several representations: Data maps a MIME type
// to its content, Metadata maps a MIME type to metadata about it (for
// images: width and height). Text content is a valid UTF-8 string, binary
// content (PNG, JPEG) a base64 string, and JSON content a value built only
// of map[string]any, []any, string, float64, bool and nil. Data always
// holds "text/plain" when the Bundle comes from this package.
//
// A Bundle implements MIMEBundler and fmt.Stringer, so Display(b) and a
// cell whose last expression is b show it as is.
type Bundle struct {
	Data     map[string]any
	Metadata map[string]any
}

// MIMEBundle returns b.Data. It makes a Bundle a MIMEBundler.
func (b Bundle) MIMEBundle() map[string]any { return b.Data }

// String returns the text/plain content of b.
func (b Bundle) String() string {
	s, _ := b.Data[MIMEText].(string)
	return s
}

// IsError reports whether b is the output of a value that could not be
// displayed (see BundleFrom).
func (b Bundle) IsError() bool {
	_, ok := b.Metadata[errorKey]
	return ok
}

// WithText returns a copy of b whose text/plain content is s.
func (b Bundle) WithText(s string) Bundle {
	return b.With(MIMEText, s)
}

// With returns a copy of b that also holds content for the MIME type mime.
// Strings are made valid UTF-8; []byte content is base64-encoded.
func (b Bundle) With(mime string, content any) Bundle {
	c := b.clone()
	c.Data[mime] = normalize(mime, content)
	return c
}

func (b Bundle) clone() Bundle {
	c := Bundle{Data: make(map[string]any, len(b.Data)+1)}
	for k, v := range b.Data {
		c.Data[k] = v
	}
	if b.Metadata != nil {
		c.Metadata = make(map[string]any, len(b.Metadata))
		for k, v := range b.Metadata {
			c.Metadata[k] = v
		}
	}
	return c
}

// errorKey marks a bundle that reports a display failure.
const errorKey = "gofutures/error"

// Renderer interfaces. A type offers a representation by having the
// method; it does not need to import this package. The interfaces are
// named (not aliases) so that the yaegi interpreter keeps the methods of
// notebook-declared types passed where one of them is expected.
type (
	// HTMLer is implemented by values that render as an HTML fragment.
	HTMLer interface{ HTML() string }
	// Markdowner is implemented by values that render as Markdown.
	Markdowner interface{ Markdown() string }
	// SVGer is implemented by values that render as an SVG document.
	SVGer interface{ SVG() string }
	// PNGer is implemented by values that render as PNG-encoded bytes;
	// nil means no PNG form.
	PNGer interface{ PNG() []byte }
	// JPEGer is implemented by values that render as JPEG-encoded bytes;
	// nil means no JPEG form.
	JPEGer interface{ JPEG() []byte }
	// LaTeXer is implemented by values that render as LaTeX (e.g. "$x^2$").
	LaTeXer interface{ LaTeX() string }
	// JSONer is implemented by values that render as a JSON document; the
	// result is encoded with encoding/json.
	JSONer interface{ JSON() any }
	// MIMEBundler is implemented by values that provide a complete MIME
	// bundle: MIME type -> content (string, []byte for binary types, or
	// any JSON-encodable value for JSON types). When a value has this
	// method its other renderer methods are not consulted, except
	// String or Error for text/plain when the bundle lacks it.
	MIMEBundler interface{ MIMEBundle() map[string]any }
)

// Renderers holds the representations a value offers, one field per
// renderer interface; nil fields are absent. Compiled code gets it from
// BundleOf; interpreted glue code fills it by type assertions (see Glue).
type Renderers struct {
	MIMEBundle MIMEBundler
	HTML       HTMLer
	Markdown   Markdowner
	SVG        SVGer
	PNG        PNGer
	JPEG       JPEGer
	LaTeX      LaTeXer
	JSON       JSONer
	Image      image.Image
	String     fmt.Stringer
	Error      error
	// Plain, when set, is what text/plain prints with %v in place of
	// String or Error, or when the bundle has no other representation
	// and no renderer gives text/plain: the kernel passes its printer of
	// a value of notebook-declared types, which fmt in compiled code
	// prints as the interpreter stores them (without their String
	// methods inside slices, maps and fields), and whose String and
	// Error methods the interpreter finds where Go does not (a String
	// method of *T on a T).
	Plain any
}

// RenderersOf returns the renderers that v implements, as seen by
// compiled code.
func RenderersOf(v any) Renderers {
	var r Renderers
	r.MIMEBundle, _ = v.(MIMEBundler)
	r.HTML, _ = v.(HTMLer)
	r.Markdown, _ = v.(Markdowner)
	r.SVG, _ = v.(SVGer)
	r.PNG, _ = v.(PNGer)
	r.JPEG, _ = v.(JPEGer)
	r.LaTeX, _ = v.(LaTeXer)
	r.JSON, _ = v.(JSONer)
	r.Image, _ = v.(image.Image)
	r.String, _ = v.(fmt.Stringer)
	r.Error, _ = v.(error)
	return r
}

// BundleOf returns the richest bundle of v: every representation v offers
// through the renderer interfaces, plus text/plain. It never panics: a
// renderer that panics or returns invalid content yields an error bundle
// (see Bundle.IsError) that says what went wrong.
//
// Values of notebook-declared types lose their methods on the way into
// compiled code; the kernel renders them with the interpreted function
// declared by Glue, which calls BundleFrom.
func BundleOf(v any) Bundle {
	if b, ok := v.(Bundle); ok {
		return b
	}
	if b, ok := v.(*Bundle); ok && b != nil {
		return *b
	}
	return BundleFrom(v, RenderersOf(v))
}

// BundleFrom builds the bundle of v from renderers that were already
// extracted from it, e.g. by interpreted code. v itself is used only for
// the text/plain fallback (fmt's %v) when r has no String or Error.
func BundleFrom(v any, r Renderers) (b Bundle) {
	defer func() {
		if p := recover(); p != nil {
			b = ErrorBundle(fmt.Errorf("display: rendering %s panicked: %v", typeName(v), p))
		}
	}()
	b = Bundle{Data: map[string]any{}}
	var errs []error
	try := func(what string, f func() error) {
		if err := safe(what, v, f); err != nil {
			errs = append(errs, err)
		}
	}
	if r.MIMEBundle != nil {
		try("MIMEBundle", func() error {
			data := r.MIMEBundle.MIMEBundle()
			for k, c := range data {
				b.Data[k] = normalize(k, c)
			}
			if x, ok := r.MIMEBundle.(Bundle); ok {
				for k, m := range x.Metadata {
					b.setMeta(k, m)
				}
			}
			return nil
		})
	}
	addString := func(what, mime string, f func() string) {
		if _, done := b.Data[mime]; done {
			return
		}
		try(what, func() error {
			b.Data[mime] = validUTF8(f())
			return nil
		})
	}
	if r.MIMEBundle == nil { // a MIME bundle is complete: other renderers are not asked
		if r.HTML != nil {
			addString("HTML", MIMEHTML, r.HTML.HTML)
		}
		if r.Markdown != nil {
			addString("Markdown", MIMEMarkdown, r.Markdown.Markdown)
		}
		if r.SVG != nil {
			addString("SVG", MIMESVG, r.SVG.SVG)
		}
		if svg, ok := b.Data[MIMESVG].(string); ok && b.Data[MIMEHTML] == nil && b.Data[MIMEMarkdown] == nil {
			b.Data[MIMEHTML] = SVGImg(svg, "SVG image") // see SVG
		}
		if r.LaTeX != nil {
			addString("LaTeX", MIMELaTeX, r.LaTeX.LaTeX)
		}
		addBytes := func(what, mime string, f func() []byte) {
			if _, done := b.Data[mime]; done {
				return
			}
			try(what, func() error {
				if data := f(); len(data) > 0 { // nil: no such representation
					return b.addImage(mime, data)
				}
				return nil
			})
		}
		if r.PNG != nil {
			addBytes("PNG", MIMEPNG, r.PNG.PNG)
		}
		if r.JPEG != nil {
			addBytes("JPEG", MIMEJPEG, r.JPEG.JPEG)
		}
		if r.Image != nil && b.Data[MIMEPNG] == nil {
			try("Image", func() error {
				data, err := encodePNG(r.Image)
				if err != nil {
					return err
				}
				return b.addImage(MIMEPNG, data)
			})
		}
		if r.JSON != nil {
			try("JSON", func() error {
				j, err := jsonValue(r.JSON.JSON())
				if err != nil {
					return err
				}
				b.Data[MIMEJSON] = j
				return nil
			})
		}
	}
	if _, ok := b.Data[MIMEText]; !ok {
		switch {
		case r.Plain != nil && (r.String != nil || r.Error != nil):
			addString("String", MIMEText, func() string { return fmt.Sprint(r.Plain) })
		case r.String != nil:
			addString("String", MIMEText, r.String.String)
		case r.Error != nil:
			addString("Error", MIMEText, r.Error.Error)
		}
	}
	if len(errs) > 0 {
		return ErrorBundle(joinErrors(errs))
	}
	if _, ok := b.Data[MIMEText]; !ok {
		b.Data[MIMEText] = plainText(v, r.Plain, b)
	}
	return b
}

// ErrorBundle returns the bundle shown for a value that could not be
// displayed: err as text/plain and as a highlighted HTML block.
func ErrorBundle(err error) Bundle {
	msg := validUTF8(err.Error())
	return Bundle{
		Data: map[string]any{
			MIMEText: msg,
			MIMEHTML: `<pre style="color:#b00020;background:#fff0f0;padding:4px 8px;border-left:3px solid #b00020;white-space:pre-wrap">` +
				html.EscapeString(msg) + `</pre>`,
		},
		Metadata: map[string]any{errorKey: true},
	}
}

func (b *Bundle) setMeta(mime string, m any) {
	if b.Metadata == nil {
		b.Metadata = map[string]any{}
	}
	b.Metadata[mime] = m
}

// addImage validates PNG or JPEG data and stores it base64-encoded, with
// its size as metadata.
func (b *Bundle) addImage(mime string, data []byte) error {
	cfg, err := checkImage(mime, data)
	if err != nil {
		return err
	}
	b.Data[mime] = base64.StdEncoding.EncodeToString(data)
	b.setMeta(mime, map[string]any{"width": cfg.Width, "height": cfg.Height})
	return nil
}

func checkImage(mime string, data []byte) (image.Config, error) {
	if len(data) == 0 {
		return image.Config{}, fmt.Errorf("%s data is empty", mime)
	}
	var cfg image.Config
	var err error
	switch mime {
	case MIMEPNG:
		cfg, err = png.DecodeConfig(bytes.NewReader(data))
	case MIMEJPEG:
		cfg, err = jpeg.DecodeConfig(bytes.NewReader(data))
	default:
		return image.Config{}, fmt.Errorf("unsupported image type %s", mime)
	}
	if err != nil {
		return cfg, fmt.Errorf("invalid %s data: %w", mime, err)
	}
	if cfg.Width == 0 || cfg.Height == 0 {
		return cfg, fmt.Errorf("%s image has zero size (%dx%d)", mime, cfg.Width, cfg.Height)
	}
	return cfg, nil
}

func encodePNG(img image.Image) ([]byte, error) {
	r := img.Bounds()
	if r.Dx() <= 0 || r.Dy() <= 0 {
		return nil, fmt.Errorf("image has zero size (%dx%d)", max(r.Dx(), 0), max(r.Dy(), 0))
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encoding PNG: %w", err)
	}
	return buf.Bytes(), nil
}

// safe runs f, turning a panic into an error that names the method and
// the type of v.
func safe(what string, v any, f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("display: %s method of %s panicked: %v", what, typeName(v), p)
		}
	}()
	if err := f(); err != nil {
		return fmt.Errorf("display: %s of %s: %w", what, typeName(v), err)
	}
	return nil
}

func joinErrors(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	return fmt.Errorf("%s", strings.Join(msgs, "\n"))
}

// typeName names the dynamic type of v for error messages: as %T does,
// or as v's TypeName method does (the kernel's stand-ins for values of
// notebook-declared types name the types they stand for).
func typeName(v any) string {
	if v == nil {
		return "nil"
	}
	if n, ok := v.(interface{ TypeName() string }); ok {
		return n.TypeName()
	}
	if isInterpreted(v) {
		return "a notebook-declared value"
	}
	return fmt.Sprintf("%T", v)
}

// isInterpreted reports whether v is a yaegi-internal wrapper around a
// value of a notebook-declared type, which compiled code cannot print.
func isInterpreted(v any) bool {
	t := fmt.Sprintf("%T", v)
	return t == "interp.valueInterface" || t == "*interp.valueInterface"
}

// plainText is the text/plain fallback: a text rendering of the richest
// other representation when v is a bundle, fmt's %v otherwise.
func plainText(v, plain any, b Bundle) string {
	if _, isMIME := v.(MIMEBundler); isMIME || len(b.Data) > 0 {
		return describe(b)
	}
	if v == nil {
		return "<nil>"
	}
	if plain != nil {
		v = plain
	} else if isInterpreted(v) {
		return "<value of a notebook-declared type>"
	}
	var s string
	if err := safe("String", v, func() error { s = fmt.Sprintf("%v", v); return nil }); err != nil {
		return err.Error()
	}
	return validUTF8(s)
}

// describe returns a short text for a bundle without text/plain.
func describe(b Bundle) string {
	if s, ok := b.Data[MIMEMarkdown].(string); ok {
		return s
	}
	if s, ok := b.Data[MIMELaTeX].(string); ok {
		return s
	}
	if s, ok := b.Data[MIMEHTML].(string); ok {
		if t := htmlToText(s); t != "" {
			return t
		}
	}
	if j, ok := b.Data[MIMEJSON]; ok {
		if data, err := json.MarshalIndent(j, "", "  "); err == nil {
			return string(data)
		}
	}
	for _, mime := range []string{MIMEPNG, MIMEJPEG} {
		if m, ok := b.Metadata[mime].(map[string]any); ok {
			return fmt.Sprintf("<%s image %vx%v>", strings.TrimPrefix(mime, "image/"), m["width"], m["height"])
		}
	}
	if _, ok := b.Data[MIMESVG]; ok {
		return "<SVG image>"
	}
	types := make([]string, 0, len(b.Data))
	for k := range b.Data {
		types = append(types, k)
	}
	sort.Strings(types)
	return "<output: " + strings.Join(types, ", ") + ">"
}

var (
	reBlock = regexp.MustCompile(`(?i)<\s*(br|/p|/div|/tr|/li|/h[1-6]|/table|/pre)\b[^>]*>`)
	reCell  = regexp.MustCompile(`(?i)<\s*/t[dh]\s*>`)
	reTag   = regexp.MustCompile(`(?s)<!--.*?-->|<(script|style)\b.*?</(script|style)\s*>|<[^>]*>`)
	reSpace = regexp.MustCompile(`[ \t]+`)
	reLines = regexp.MustCompile(`\n\s*\n+`)
)

// htmlToText makes a readable plain-text version of an HTML fragment:
// block ends become newlines, table cells are separated by tabs, tags are
// dropped and entities decoded.
func htmlToText(s string) string {
	s = reBlock.ReplaceAllString(s, "\n")
	s = reCell.ReplaceAllString(s, "\t")
	s = reTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = reSpace.ReplaceAllString(s, " ")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	s = strings.Join(lines, "\n")
	s = reLines.ReplaceAllString(s, "\n")
	return strings.TrimSpace(s)
}

// validUTF8 replaces invalid UTF-8 bytes by U+FFFD so that the content
// survives JSON encoding unchanged everywhere.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// normalize turns content given for mime into the wire form: valid UTF-8
// strings, base64 for binary, plain JSON values for JSON types.
func normalize(mime string, c any) any {
	switch x := c.(type) {
	case string:
		return validUTF8(x)
	case []byte:
		if isJSONType(mime) {
			var v any
			if err := json.Unmarshal(x, &v); err == nil {
				return v
			}
		}
		if strings.HasPrefix(mime, "text/") || mime == MIMESVG {
			return validUTF8(string(x))
		}
		return base64.StdEncoding.EncodeToString(x)
	case json.RawMessage:
		var v any
		if err := json.Unmarshal(x, &v); err == nil {
			return v
		}
		return validUTF8(string(x))
	case nil:
		return nil
	}
	if v, err := jsonValue(c); err == nil {
		return v
	}
	return validUTF8(fmt.Sprint(c))
}

func isJSONType(mime string) bool {
	return mime == MIMEJSON || strings.HasSuffix(mime, "+json")
}

// jsonValue converts v to plain JSON values by a round trip through
// encoding/json.
func jsonValue(v any) (any, error) {
	data, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encoding JSON: %w", err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("decoding JSON: %w", err)
	}
	return out, nil
}

package display

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"image"
	"sort"
	"strings"
)

// Text returns a bundle with only text/plain content s.
func Text(s string) Bundle {
	return Bundle{Data: map[string]any{MIMEText: validUTF8(s)}}
}

// HTML returns a bundle showing the HTML fragment s, with a plain-text
// rendering of it (tags removed, table cells separated by tabs) as
// text/plain.
func HTML(s string) Bundle {
	s = validUTF8(s)
	return Bundle{Data: map[string]any{MIMEHTML: s, MIMEText: htmlToText(s)}}
}

// Markdown returns a bundle showing the Markdown source s; text/plain is
// the source itself.
func Markdown(s string) Bundle {
	s = validUTF8(s)
	return Bundle{Data: map[string]any{MIMEMarkdown: s, MIMEText: s}}
}

// LaTeX returns a bundle showing the LaTeX math s, e.g. `$e^{i\pi}+1=0$`;
// text/plain is the source itself.
func LaTeX(s string) Bundle {
	s = validUTF8(s)
	return Bundle{Data: map[string]any{MIMELaTeX: s, MIMEText: s}}
}

// SVG returns a bundle showing the SVG document s. The text/plain form is
// "<SVG image>"; use Bundle.WithText for a better one. The bundle also
// holds s as an HTML <img> with a data URI (see SVGImg), so that front ends
// that sanitize inline SVG show the picture.
func SVG(s string) Bundle {
	s = validUTF8(s)
	return Bundle{Data: map[string]any{MIMESVG: s, MIMEHTML: SVGImg(s, "SVG image"), MIMEText: "<SVG image>"}}
}

// SVGImg returns an HTML <img> element that shows the SVG document svg
// through a base64 data URI, with alt as its alternative text. Front ends
// that rank HTML above SVG (the classic Notebook, JupyterLab, nbconvert)
// show it; it keeps the picture intact where inline SVG is sanitized
// (nbconvert 6.5 strips the elements of inline SVG outputs, leaving only
// their text).
func SVGImg(svg, alt string) string {
	return `<img alt="` + html.EscapeString(alt) + `" src="data:image/svg+xml;base64,` +
		base64.StdEncoding.EncodeToString([]byte(svg)) + `">`
}

// PNG returns a bundle showing PNG-encoded data. Data that is not a valid,
// non-empty PNG yields an error bundle.
func PNG(data []byte) Bundle { return imageBundle(MIMEPNG, data) }

// JPEG returns a bundle showing JPEG-encoded data. Data that is not a
// valid, non-empty JPEG yields an error bundle.
func JPEG(data []byte) Bundle { return imageBundle(MIMEJPEG, data) }

func imageBundle(mime string, data []byte) Bundle {
	b := Bundle{Data: map[string]any{}}
	if err := b.addImage(mime, data); err != nil {
		return ErrorBundle(fmt.Errorf("display: %w", err))
	}
	b.Data[MIMEText] = describe(b)
	return b
}

// Image returns a bundle showing img encoded as PNG. A nil or empty image
// yields an error bundle.
func Image(img image.Image) (b Bundle) {
	if img == nil {
		return ErrorBundle(fmt.Errorf("display: Image of a nil image.Image"))
	}
	defer func() {
		if p := recover(); p != nil {
			b = ErrorBundle(fmt.Errorf("display: encoding %T as PNG panicked: %v", img, p))
		}
	}()
	data, err := encodePNG(img)
	if err != nil {
		return ErrorBundle(fmt.Errorf("display: %T: %w", img, err))
	}
	return PNG(data)
}

// JSON returns a bundle showing v as an interactive JSON tree (JupyterLab)
// with its indented encoding as text/plain. v is encoded with
// encoding/json; []byte and json.RawMessage are taken as encoded JSON.
func JSON(v any) Bundle {
	var raw []byte
	switch x := v.(type) {
	case []byte:
		raw = x
	case json.RawMessage:
		raw = x
	case string:
		raw = []byte(x)
		if !json.Valid(raw) {
			raw = nil
		}
	}
	var val any
	var err error
	if raw != nil {
		err = json.Unmarshal(raw, &val)
		if err != nil {
			err = fmt.Errorf("decoding JSON: %w", err)
		}
	} else {
		val, err = jsonValue(v)
	}
	if err != nil {
		return ErrorBundle(fmt.Errorf("display: JSON of %s: %w", typeName(v), err))
	}
	text, err := json.MarshalIndent(val, "", "  ")
	if err != nil {
		return ErrorBundle(fmt.Errorf("display: JSON of %s: %w", typeName(v), err))
	}
	return Bundle{Data: map[string]any{MIMEJSON: val, MIMEText: string(text)}}
}

// MIME returns a bundle with the given content, MIME type -> content.
// Strings are taken as they are (base64 for binary types), []byte is
// base64-encoded for binary types, and other values for JSON types are
// encoded with encoding/json. Without a "text/plain" entry one is made
// from the other content.
func MIME(data map[string]any) Bundle {
	b := Bundle{Data: make(map[string]any, len(data)+1)}
	keys := make([]string, 0, len(data))
	for k := range data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b.Data[k] = normalize(k, data[k])
		if k == MIMEPNG || k == MIMEJPEG {
			if s, ok := b.Data[k].(string); ok {
				if raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s)); err == nil {
					if cfg, err := checkImage(k, raw); err == nil {
						b.setMeta(k, map[string]any{"width": cfg.Width, "height": cfg.Height})
					}
				}
			}
		}
	}
	if _, ok := b.Data[MIMEText]; !ok {
		b.Data[MIMEText] = describe(b)
	}
	return b
}

package display

// Glue is Go source for the yaegi interpreter that renders values of
// notebook-declared types, whose methods compiled code cannot see. The
// kernel evaluates it once in every new interpreter (it holds only
// declarations and imports under private names, so it does not clash with
// a cell's own imports) and then uses two interpreted functions:
//
//	func gofuturesBundle(v any) gofuturesdisplay.Bundle
//	func gofuturesBundleText(v, plain any) gofuturesdisplay.Bundle
//	func gofuturesDisplay(v any) *gofuturesdisplay.Handle
//
// gofuturesBundle finds the renderer interfaces with type assertions in
// interpreted code, where they work, and passes them to BundleFrom. For
// the trailing expression of a cell the kernel replaces the expression by
// a short variable declaration (in the same Eval as the cell's other
// statements, or alone), then calls the function in a second Eval and
// sends the Bundle it returns (reflect.Value.Interface().(display.Bundle);
// Data and Metadata) as the execute_result:
//
//	Eval("gofuturesOut := " + expr)
//	Eval("gofuturesBundle(gofuturesOut)")
//
// or, in one evaluation (what kernel/session does; tested as well):
//
//	Eval(stmts + "gofuturesTmp := " + expr + "; gofuturesBundle(gofuturesTmp)")
//
// The variable must have the expression's own type. Measured with yaegi
// v0.16.1 (see yaegi_test.go): a variable of type any (gofuturesOut = v,
// or a func(any) that stores its argument) loses the methods of pointer
// receivers (&T{} of a type with func (*T) HTML()); `var gofuturesOut =
// expr` fails with "variable definition loop" when expr names a variable
// of an earlier cell; and gofuturesBundle(T{1}) on a composite literal can
// corrupt yaegi's frames. No form sees value-receiver methods through a
// pointer (*T when T has the methods).
// Where cells are not type-checked, the kernel may rewrite a cell's calls
// display.Display(x) to gofuturesDisplay(x) to give them the same power
// (checked cells hand display the bundle of x; see doc.go);
// display.Display itself sees only the methods of compiled types. gofuturesBundleText is
// gofuturesBundle with Renderers.Plain: the kernel's printer of a value
// of notebook types for its text/plain.
const Glue = `import (
	gofuturesdisplay "github.com/gofutures/gofutures/display"
	gofuturesfmt "fmt"
	gofuturesimage "image"
)

func gofuturesValue(v any) any { return v }

func gofuturesBundle(v any) gofuturesdisplay.Bundle {
	if v == nil {
		return gofuturesdisplay.BundleOf(nil)
	}
	return gofuturesdisplay.BundleFrom(gofuturesValue(v), gofuturesRenderers(v))
}

func gofuturesBundleText(v, plain any) gofuturesdisplay.Bundle {
	if v == nil {
		return gofuturesdisplay.BundleOf(nil)
	}
	r := gofuturesRenderers(v)
	r.Plain = plain
	return gofuturesdisplay.BundleFrom(gofuturesValue(v), r)
}

func gofuturesRenderers(v any) gofuturesdisplay.Renderers {
	var r gofuturesdisplay.Renderers
	if x, ok := v.(gofuturesdisplay.MIMEBundler); ok {
		r.MIMEBundle = x
	}
	if x, ok := v.(gofuturesdisplay.HTMLer); ok {
		r.HTML = x
	}
	if x, ok := v.(gofuturesdisplay.Markdowner); ok {
		r.Markdown = x
	}
	if x, ok := v.(gofuturesdisplay.SVGer); ok {
		r.SVG = x
	}
	if x, ok := v.(gofuturesdisplay.PNGer); ok {
		r.PNG = x
	}
	if x, ok := v.(gofuturesdisplay.JPEGer); ok {
		r.JPEG = x
	}
	if x, ok := v.(gofuturesdisplay.LaTeXer); ok {
		r.LaTeX = x
	}
	if x, ok := v.(gofuturesdisplay.JSONer); ok {
		r.JSON = x
	}
	if x, ok := v.(gofuturesimage.Image); ok {
		r.Image = x
	}
	if x, ok := v.(gofuturesfmt.Stringer); ok {
		r.String = x
	}
	if x, ok := v.(error); ok {
		r.Error = x
	}
	return r
}

func gofuturesDisplay(v any) *gofuturesdisplay.Handle {
	return gofuturesdisplay.Display(gofuturesBundle(v))
}
`

package rt

import (
	"image"
	"reflect"

	"github.com/gofutures/gofutures/display"
)

// Values of cell types given to the display package lose their methods
// in yaegi v0.16.1 (they reach compiled code as the values the types
// stand for), so that display.BundleOf would see none of their renderer
// methods. The lowering hands display's functions, in place of such a
// value, Bundle of it (or calls Renderers in place of RenderersOf): the
// renderers are taken from its type's Node, whose methods are function
// literals of interpreted code.

// Bundle returns the bundle display.BundleOf makes, in a Go program, of
// the only element of box (a slice of length one, of the value's static
// type, which t describes).
func Bundle(box any, t *Table) display.Bundle {
	return bundleOf(reflect.ValueOf(box).Index(0), t)
}

// BundleAny is Bundle of a value of an interface type, given as it is.
func BundleAny(x any, t *Table) display.Bundle {
	return bundleOf(reflect.ValueOf(&x).Elem(), t)
}

// Renderers returns what display.RenderersOf returns, in a Go program,
// for the only element of box (as Bundle).
func Renderers(box any, t *Table) display.Renderers {
	r, _ := renderersOf(reflect.ValueOf(box).Index(0), t)
	return r
}

// RenderersAny is Renderers of a value of an interface type, given as it
// is.
func RenderersAny(x any, t *Table) display.Renderers {
	r, _ := renderersOf(reflect.ValueOf(&x).Elem(), t)
	return r
}

func bundleOf(v reflect.Value, t *Table) display.Bundle {
	r, stand := renderersOf(v, t)
	if stand == nil {
		if !v.IsValid() || !v.CanInterface() {
			return display.BundleOf(nil)
		}
		return display.BundleOf(v.Interface()) // a compiled type's value (a Bundle among them)
	}
	return display.BundleFrom(stand, r)
}

// renderersOf returns the renderers of v (of t's first Node), and what
// stands for v in display.BundleFrom: its text for fmt's %v, and its type's
// name; stand is nil when v is not of a cell type (display sees it as
// it is).
func renderersOf(v reflect.Value, t *Table) (r display.Renderers, stand *standIn) {
	p := &printer{verb: 'v', nodes: t.Nodes, resolve: t.Resolve}
	n := 0
	if d, ok := p.held(v, p.node(0)); ok {
		if nilInterface(d) {
			return display.Renderers{}, nil
		}
		v, n = p.dynamic(d, p.node(0))
		if rv, ok := reflectValue(v); ok && rv.IsValid() {
			v, n = p.dynamic(rv, p.node(0))
		}
	}
	node := p.node(n)
	if node == nil || !v.IsValid() {
		if v.IsValid() && v.CanInterface() {
			return display.RenderersOf(v.Interface()), nil
		}
		return display.Renderers{}, nil
	}
	stand = &standIn{value: value{v: v, nodes: t.Nodes, resolve: t.Resolve}, name: node.Name}
	str := func(f any) func() string {
		if f == nil {
			return nil
		}
		return func() string { return call(f, v).String() }
	}
	if f := str(node.HTML); f != nil {
		r.HTML = htmler(f)
	}
	if f := str(node.Markdown); f != nil {
		r.Markdown = markdowner(f)
	}
	if f := str(node.SVG); f != nil {
		r.SVG = svger(f)
	}
	if f := str(node.LaTeX); f != nil {
		r.LaTeX = latexer(f)
	}
	if f := str(node.String); f != nil {
		r.String = stringer(f)
	}
	if f := str(node.Error); f != nil {
		r.Error = errorer(f)
	}
	if f := node.PNG; f != nil {
		r.PNG = pnger(func() []byte { b, _ := call(f, v).Interface().([]byte); return b })
	}
	if f := node.JPEG; f != nil {
		r.JPEG = jpeger(func() []byte { b, _ := call(f, v).Interface().([]byte); return b })
	}
	if f := node.JSON; f != nil {
		r.JSON = jsonFunc(func() any { return call(f, v).Interface() })
	}
	if f := node.MIMEBundle; f != nil {
		r.MIMEBundle = mimeBundler(func() map[string]any { m, _ := call(f, v).Interface().(map[string]any); return m })
	}
	if f := node.Image; f != nil {
		if img, ok := call(f, v).Interface().(image.Image); ok {
			r.Image = img // (yaegi's wrapper of the value, with its methods)
		}
	}
	if r.String == nil && r.Error == nil {
		r.Plain = stand // printed as fmt prints it in a Go program
	}
	return r, stand
}

// call calls a Node's method f (func(T) (R, any), the second result
// what the method panicked with) on v, and panics with what the method
// panicked with.
func call(f any, v reflect.Value) reflect.Value {
	out := reflect.ValueOf(f).Call([]reflect.Value{v})
	if e := out[len(out)-1]; !e.IsNil() {
		panic(e.Interface())
	}
	return out[0]
}

// standIn is what display is given for a value of a cell type: it prints
// as fmt prints the value in a Go program and names its type for
// display's messages.
type standIn struct {
	value
	name string
}

// TypeName names the value's type as %T does in a Go program.
func (s *standIn) TypeName() string { return s.name }

// The renderer interfaces of display, by functions.
type (
	htmler      func() string
	markdowner  func() string
	svger       func() string
	latexer     func() string
	stringer    func() string
	errorer     func() string
	pnger       func() []byte
	jpeger      func() []byte
	jsonFunc    func() any
	mimeBundler func() map[string]any
)

func (f htmler) HTML() string                    { return f() }
func (f markdowner) Markdown() string            { return f() }
func (f svger) SVG() string                      { return f() }
func (f latexer) LaTeX() string                  { return f() }
func (f stringer) String() string                { return f() }
func (f errorer) Error() string                  { return f() }
func (f pnger) PNG() []byte                      { return f() }
func (f jpeger) JPEG() []byte                    { return f() }
func (f jsonFunc) JSON() any                     { return f() }
func (f mimeBundler) MIMEBundle() map[string]any { return f() }

// Package display sends rich output (HTML, Markdown, SVG, PNG, JPEG, JSON,
// LaTeX, plain text, images and raw MIME bundles) from notebook cells and
// from compiled packages to the gofutures Jupyter kernel.
//
// # Values and bundles
//
// A Bundle maps MIME types to content and always holds "text/plain", so a
// text-only front end (jupyter console, nbconvert --to text) shows
// something useful. BundleOf(v) picks every representation a value offers
// through small named interfaces: MIMEBundler, HTMLer, Markdowner, SVGer,
// PNGer, JPEGer, LaTeXer, JSONer, image.Image, fmt.Stringer and error.
// Third-party types implement them structurally, without importing this
// package. The constructors HTML, Markdown, SVG, PNG, JPEG, JSON, LaTeX,
// Text, Image and MIME build bundles from content directly.
//
// # Displaying
//
// Display(v) sends v to the notebook and returns a *Handle. Handle.Update
// replaces that output in place (update_display_data), from any goroutine,
// also after the cell that created it has finished. Clear sends
// clear_output. Outside a kernel, when no Publisher is installed, every
// call prints the text/plain form to os.Stdout and never fails.
//
// # Values of notebook-declared types
//
// The yaegi interpreter drops the methods of a value of a cell-declared
// type when it is passed to a compiled parameter of type any, so compiled
// code cannot see its HTML method. Values passed to a parameter of a named
// interface type (HTMLer and the others) keep them. The kernel therefore
// evaluates Glue in the interpreter once and routes trailing-expression
// values through the interpreted function it declares, which extracts the
// renderers in interpreted code and hands them to BundleFrom; see Glue.
// Where a cell calls BundleOf, Display, RenderersOf, JSON, BundleFrom or a
// Handle's Update and Show with such a value (in a function, a closure, a
// goroutine or a top-level statement), the kernel's lowering passes the
// bundle its type's methods give in its place (a Bundle is shown as is).
//
// # Tables of values
//
// Table lays out a slice, an array or a map as a table, in HTML and as
// aligned text, as a notebook shows a pandas DataFrame: a column per
// exported struct field, per string key or per index, each cell as fmt's
// %v prints it; long tables show their first and last rows and their
// shape.
//
// # Live views and charts
//
// TaskTable is an HTML table of tasks that updates in place, throttled;
// Progress is a compact progress bar; Comparison times named variants and
// draws a bar chart with speed-up ratios; Timeline draws one row per
// worker and one bar per task. Charts are SVG with a text/plain fallback
// and keep a white background so they read well in light and dark themes.
//
// # Rendering everywhere
//
// Every SVG bundle (charts, SVG, values with an SVG method) also carries
// the picture as an HTML <img> with a data URI (SVGImg): front ends that
// rank HTML first show it, and nbconvert's sanitizer, which strips the
// elements of inline SVG, leaves it intact. Chart text is measured with
// Liberation Sans and carries that width (textLength), so a browser that
// draws it with a wider fallback face cannot run labels into bars or past
// the chart's edge.
package display

package display

import (
	"fmt"
	"reflect"

	"github.com/gofutures/gofutures/internal/table"
)

// Table returns a bundle that shows rows as a table, as a notebook shows
// a pandas DataFrame: HTML, and aligned columns as text/plain. rows is a
// slice, an array or a map (or a pointer to one); each element (a map's
// value) is a row, labelled by its index (a map's key, the rows in the
// order fmt prints the keys). Its columns:
//   - of a struct, each exported field, named by it; the fields of an
//     embedded struct are promoted, as encoding/json promotes them;
//   - of a map with string keys, each key;
//   - of a slice or an array, each index;
//   - of anything else, one column, "value".
//
// Rows of different shapes (elements of an interface type) put their
// columns side by side, in the order first met; a cell a row lacks is
// empty. Cells are what fmt's %v prints, cut to 50 characters. Of more
// than 60 rows, the first and last 5 are shown, with the table's shape.
// Rows of another kind give an error bundle.
func Table(rows any) Bundle {
	g, err := table.Layout{}.Of(reflect.ValueOf(rows))
	if err != nil {
		return ErrorBundle(fmt.Errorf("display.Table: %w", err))
	}
	return Bundle{Data: map[string]any{MIMEHTML: validUTF8(g.HTML()), MIMEText: validUTF8(g.Text())}}
}

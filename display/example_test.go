package display_test

import (
	"fmt"

	"github.com/gofutures/gofutures/display"
)

// Temperature renders itself as HTML without importing package display.
type Temperature float64

func (t Temperature) HTML() string   { return fmt.Sprintf("<b>%.1f&nbsp;°C</b>", float64(t)) }
func (t Temperature) String() string { return fmt.Sprintf("%.1f °C", float64(t)) }

// Outside a kernel Display prints the text/plain form.
func ExampleDisplay() {
	display.Display(Temperature(21.5))
	display.Display(display.HTML("<p>Hello, <i>notebook</i></p>"))
	// Output:
	// 21.5 °C
	// Hello, notebook
}

func ExampleBundleOf() {
	b := display.BundleOf(Temperature(-3))
	fmt.Println(b.Data["text/html"])
	fmt.Println(b.Data["text/plain"])
	// Output:
	// <b>-3.0&nbsp;°C</b>
	// -3.0 °C
}

func ExampleHandle_Update() {
	h := display.Display(display.Text("step 1"))
	_ = h.Update(display.Text("step 2")) // in a notebook: replaces "step 1" in place
	// Output:
	// step 1
	// step 2
}

func ExampleJSON() {
	fmt.Println(display.JSON(map[string]int{"tasks": 3}))
	// Output:
	// {
	//   "tasks": 3
	// }
}

package display_test

import (
	"errors"
	"fmt"
	"time"

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

// A Comparison shows as a bar chart (SVG) in a notebook and as a table in
// text.
func ExampleComparison() {
	c := display.NewComparison("gcd of 200,000 pairs")
	c.Add("serial", 1200*time.Millisecond)
	c.Add("goroutines", 400*time.Millisecond)
	c.Add("processes", 650*time.Millisecond)
	fmt.Print(c)
	// Output:
	// gcd of 200,000 pairs
	// (speed-up relative to "serial")
	// variant       time  speed-up
	// serial      1.20 s     1.00×
	// goroutines  400 ms     3.00×
	// processes   650 ms     1.85×
}

// Outside a kernel a progress bar prints its final state once.
func ExampleProgress() {
	p := display.NewProgress("copy", 3)
	p.Add(3)
	p.Close()
	// Output:
	// copy: [####################] 3/3 (100%)
}

// Outside a kernel the task table prints its text form when every task
// is finished.
func ExampleTaskTable() {
	start := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	at := func(ms int) time.Time { return start.Add(time.Duration(ms) * time.Millisecond) }
	tbl := display.NewTaskTable("gcd")
	for id := uint64(1); id <= 2; id++ {
		tbl.Record(display.TaskEvent{Kind: display.TaskSubmitted, ID: id, Func: "gcd", Args: fmt.Sprint(id * 6), Time: at(0)})
	}
	tbl.Record(display.TaskEvent{Kind: display.TaskStarted, ID: 1, Worker: "w0", Time: at(1)})
	tbl.Record(display.TaskEvent{Kind: display.TaskStarted, ID: 2, Worker: "w1", Time: at(2)})
	tbl.Record(display.TaskEvent{Kind: display.TaskFinished, ID: 1, Worker: "w0", Time: at(41)})
	tbl.Record(display.TaskEvent{Kind: display.TaskFinished, ID: 2, Worker: "w1", Time: at(50), Err: errors.New("negative input")})
	tbl.Close()
	// Output:
	// gcd: 2 of 2 finished · 1 failed · 40.0 tasks/s · 50.0 ms elapsed
	// id  function  args  state                   worker  duration
	// 1   gcd       6     done                    w0      40.0 ms
	// 2   gcd       12    failed: negative input  w1      48.0 ms
}

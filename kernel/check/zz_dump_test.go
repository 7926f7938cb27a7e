package check

import "testing"

func TestZZDump(t *testing.T) {
	runSteps(t, step{`import ("sync"; "time")
func work(i int, wg *sync.WaitGroup, out []int) { defer wg.Done(); out[i] = i }
func run(n int) time.Duration {
	t0 := time.Now()
	var wg sync.WaitGroup
	out := make([]int, n)
	for i := range n {
		wg.Add(1)
		go work(i, &wg, out)
	}
	wg.Wait()
	return time.Since(t0)
}`, ""})
}

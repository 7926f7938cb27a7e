package kernel

import "testing"

// BenchmarkHandleExecute is the protocol core's own cost of one
// execute_request (status, execute_input, execute_result, execute_reply,
// status) with an interpreter that answers at once.
func BenchmarkHandleExecute(b *testing.B) {
	k, tr, _ := newTestKernel()
	m := request(b, "execute_request", map[string]any{"code": "1+1"})
	b.ReportAllocs()
	for b.Loop() {
		k.handle(Shell, m)
		tr.mu.Lock()
		tr.sent = tr.sent[:0]
		tr.mu.Unlock()
	}
}

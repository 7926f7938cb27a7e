package executor

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"testing"
)

// The parts of a ProcessPool Map of 100,000 trivial calls in chunks of
// 1,000 (bench/processpool.sh, BenchmarkProcessPoolMapChunk), one at a
// time and without processes: encoding the chunks, a compiled worker
// running them with a batch function, and decoding the replies.

// echoResolver is a compiled worker's registry of one function, echo, and
// its batch form.
type echoResolver struct{}

func (echoResolver) Load(uint64, []byte) error { return nil }

func (echoResolver) Lookup(name string) (reflect.Value, error) {
	if name != "echo" {
		return reflect.Value{}, fmt.Errorf("no %q", name)
	}
	return reflect.ValueOf(func(x int) int { return x }), nil
}

func (echoResolver) LookupBatch(name string) (reflect.Value, error) {
	if name != "echo" {
		return reflect.Value{}, fmt.Errorf("no batch for %q", name)
	}
	return reflect.ValueOf(func(done *int, n int, xs, out []int) {
		for i := *done; i < n; i++ {
			out[i] = xs[i]
			*done = i + 1
		}
	}), nil
}

const benchItems, benchChunk = 100000, 1000

func benchInts() []int {
	items := make([]int, benchItems)
	for i := range items {
		items[i] = i * 7919
	}
	return items
}

// benchTasks encodes Map's chunks of echo over benchInts.
func benchTasks(tb testing.TB) []*RemoteTask {
	var tasks []*RemoteTask
	echo := Named("echo", func(x int) int { return x })
	it := MapRemote(func(t *RemoteTask) { tasks = append(tasks, t) }, echo, benchInts(), ChunkSize(benchChunk))
	if it.err != nil {
		tb.Fatal(it.err)
	}
	return tasks
}

// BenchmarkMapEncode is the pool's side of sending: checking and encoding
// every call.
func BenchmarkMapEncode(b *testing.B) {
	items := benchInts()
	echo := Named("echo", func(x int) int { return x })
	for b.Loop() {
		it := MapRemote(func(*RemoteTask) {}, echo, items, ChunkSize(benchChunk))
		if it.err != nil {
			b.Fatal(it.err)
		}
	}
}

// benchRequests is the request stream of the chunks.
func benchRequests(tb testing.TB) []byte {
	var in []byte
	var f frame
	for _, t := range benchTasks(tb) {
		f.reset()
		f.byte(opTask)
		f.uint(uint64(len(in)))
		f.string(t.Func)
		f.raw(t.Calls)
		f.send(io.Discard)
		in = append(in, f.b...)
	}
	return in
}

// BenchmarkServeWorkerChunks is a compiled worker's side: reading the
// requests, running each chunk with the batch function, writing replies.
func BenchmarkServeWorkerChunks(b *testing.B) {
	in := benchRequests(b)
	r := bytes.NewReader(in)
	for b.Loop() {
		r.Reset(in)
		if err := ServeWorker(echoResolver{}, r, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// benchReplies returns the worker's replies to the chunks, after the
// ready one.
func benchReplies(tb testing.TB) [][]byte {
	var out bytes.Buffer
	if err := ServeWorker(echoResolver{}, bytes.NewReader(benchRequests(tb)), &out); err != nil {
		tb.Fatal(err)
	}
	fr := newFrameReader(&out)
	var replies [][]byte
	for {
		m, err := fr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		replies = append(replies, bytes.Clone(m.b))
	}
	return replies[1:]
}

// BenchmarkDecodeChunkReplies is the pool's side of receiving: decoding
// the results of every call.
func BenchmarkDecodeChunkReplies(b *testing.B) {
	replies := benchReplies(b)
	outs := []reflect.Type{intType}
	for b.Loop() {
		for _, r := range replies {
			v, err := decodeReply("echo", fields{b: r}, outs, benchChunk, nil, nil)
			if err != nil || len(v.([]any)) != benchChunk {
				b.Fatal(err)
			}
		}
	}
}

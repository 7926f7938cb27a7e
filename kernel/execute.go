package kernel

import (
	"context"
	"encoding/json"
	"time"

	"github.com/gofutures/gofutures/kernel/wire"
)

// output publishes a cell's output with its request as parent.
type output struct {
	k      *Kernel
	parent *wire.Message
}

func (o output) Stream(name, text string) {
	o.k.publish(o.parent, MsgStream, streamContent{Name: name, Text: text})
}

func (o output) Display(msgType string, content json.RawMessage) {
	o.k.publish(o.parent, MsgType(msgType), content)
}

func (k *Kernel) execute(ch Channel, m *wire.Message) {
	var req executeRequest
	if err := m.DecodeContent(&req); err != nil {
		count := k.count
		k.replyError(ch, m, "BadRequest", err.Error(), nil, &count)
		return
	}
	store := req.StoreHistory == nil || *req.StoreHistory
	if req.Silent {
		store = false
	}
	stopOnError := req.StopOnError == nil || *req.StopOnError

	k.mu.Lock()
	if k.aborting {
		count := k.count
		k.mu.Unlock()
		k.reply(ch, m, abortedReply{Status: "aborted", ExecutionCount: count})
		return
	}
	if store {
		k.count++
	}
	count := k.count
	ctx, cancel := context.WithCancel(context.Background())
	k.cancel = cancel
	k.mu.Unlock()
	defer func() {
		k.mu.Lock()
		k.cancel = nil
		k.mu.Unlock()
		cancel()
	}()

	if !req.Silent {
		k.publish(m, MsgExecuteInput, executeInput{Code: req.Code, ExecutionCount: count})
	}
	k.interp.SetOutput(output{k, m})
	cellNo := count
	if !store {
		cellNo = count + 1
	}
	cl := Cell{Code: req.Code, Count: cellNo}
	if req.AllowStdin {
		cl.Input = func(ctx context.Context, prompt string, password bool) (string, error) {
			return k.input(ctx, m, prompt, password)
		}
	}
	res := k.interp.Execute(ctx, cl)
	if res.Status == "ok" {
		if res.Data != nil && !req.Silent {
			meta := res.Metadata
			if meta == nil {
				meta = map[string]any{}
			}
			k.publish(m, MsgExecuteResult, executeResult{ExecutionCount: count, Data: res.Data, Metadata: meta})
		}
		if store {
			k.addHistory(count, req.Code, res.Data)
		}
		k.reply(ch, m, executeReply{Status: "ok", ExecutionCount: count, UserExpressions: map[string]any{}, Payload: []any{}})
		return
	}
	tb := formatTraceback(res)
	k.publish(m, MsgError, errorContent{EName: res.EName, EValue: res.EValue, Traceback: tb})
	if store {
		k.addHistory(count, req.Code, nil)
	}
	// Requests the client sent before it could see this failure are
	// aborted (stop_on_error); collect them before the reply goes out, so
	// that what a client sends after reading the reply runs normally.
	var queued []*wire.Message
	if ch == Shell && stopOnError && !req.Silent {
		queued = k.takeQueued(20 * time.Millisecond)
	}
	k.replyError(ch, m, res.EName, res.EValue, tb, &count)
	if len(queued) > 0 {
		k.mu.Lock()
		k.aborting = true
		k.mu.Unlock()
		for _, q := range queued {
			if MsgType(q.Header.MsgType) == MsgExecuteRequest {
				k.handle(Shell, q)
			}
		}
		k.mu.Lock()
		k.aborting = false
		k.mu.Unlock()
		for _, q := range queued {
			if MsgType(q.Header.MsgType) != MsgExecuteRequest {
				k.handle(Shell, q)
			}
		}
	}
}

// takeQueued removes the shell requests already queued, waiting up to
// grace for ones still in flight on the socket.
func (k *Kernel) takeQueued(grace time.Duration) []*wire.Message {
	var out []*wire.Message
	deadline := time.After(grace)
	for {
		select {
		case m := <-k.shellQ:
			out = append(out, m)
		case <-deadline:
			return out
		}
	}
}

func formatTraceback(res ExecuteResult) []string {
	head := "\x1b[0;31m" + res.EName + "\x1b[0m: " + res.EValue
	tb := []string{head}
	for _, l := range res.Traceback {
		if l == res.EName+": "+res.EValue || l == "panic: "+res.EValue {
			continue
		}
		tb = append(tb, l)
	}
	return tb
}

// input sends input_request on the stdin socket to the client that sent
// parent and waits for its input_reply, or for ctx (an interrupt).
func (k *Kernel) input(ctx context.Context, parent *wire.Message, prompt string, password bool) (string, error) {
	for len(k.inputs) > 0 { // replies to requests nobody waits for any more
		<-k.inputs
	}
	k.send(Stdin, parent, MsgInputRequest, inputRequest{Prompt: prompt, Password: password})
	select {
	case m := <-k.inputs:
		var c inputReply
		if err := m.DecodeContent(&c); err != nil {
			return "", err
		}
		return c.Value, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

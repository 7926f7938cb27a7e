package cluster

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
)

// puller takes one task at a time from the queue's consumer: a pull
// request for one message whenever the worker is idle (so that a worker
// never holds a task it is not running), all on one reply subscription
// (jetstream's Fetch subscribes anew for each call, which halves the rate
// of trivial tasks).
type puller struct {
	nc    *nats.Conn
	subj  string
	inbox string
	sub   *nats.Subscription

	mu     sync.Mutex
	cancel context.CancelFunc // ends the current wait (see kick)
}

// errConsumerGone: the consumer or its stream was deleted; set up again.
var errConsumerGone = errors.New("cluster: the queue's consumer is gone")

func newPuller(nc *nats.Conn, n names) (*puller, error) {
	inbox := nc.NewInbox()
	sub, err := nc.SubscribeSync(inbox)
	if err != nil {
		return nil, err
	}
	return &puller{nc: nc, subj: "$JS.API.CONSUMER.MSG.NEXT." + n.tasksStream() + "." + consumerName, inbox: inbox, sub: sub}, nil
}

func (p *puller) close() { p.sub.Unsubscribe() }

// kick ends the wait for the current request, which a reconnect lost
// (the server does not keep pull requests across restarts): next then
// returns and the worker asks again.
func (p *puller) kick() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cancel != nil {
		p.cancel()
	}
}

// next asks for one task and waits up to wait for it; it returns nil and
// no error when none came.
func (p *puller) next(ctx context.Context, wait time.Duration) (*nats.Msg, error) {
	req := fmt.Appendf(nil, `{"batch":1,"expires":%d}`, wait.Nanoseconds())
	if err := p.nc.PublishRequest(p.subj, p.inbox, req); err != nil {
		return nil, err
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, wait+time.Second)
	defer cancel()
	p.mu.Lock()
	p.cancel = cancel
	p.mu.Unlock()
	for {
		m, err := p.sub.NextMsgWithContext(ctx)
		if err != nil {
			if parent.Err() == nil && ctx.Err() != nil {
				return nil, nil // the request was lost (a reconnect): ask again
			}
			return nil, err
		}
		status := m.Header.Get("Status")
		if status == "" || len(m.Data) > 0 {
			return m, nil
		}
		switch status {
		case "100": // heartbeat
			continue
		case "404", "408": // no task before the request expired
			return nil, nil
		case "409":
			if d := strings.ToLower(m.Header.Get("Description")); strings.Contains(d, "deleted") {
				return nil, errConsumerGone
			}
		}
		return nil, fmt.Errorf("cluster: pulling a task: status %s %s", status, m.Header.Get("Description"))
	}
}

// Acknowledgements of a task message.
var (
	ackDone       = []byte("+ACK")
	ackInProgress = []byte("+WPI")
	ackTerm       = []byte("+TERM")
	ackNak        = []byte("-NAK")
)

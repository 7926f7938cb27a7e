package cluster

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Names on the NATS server. A queue (Options.Queue, the workers' --queue
// flag, default "default") is one pool of workers; executors and workers
// of a queue share:
//
//	stream GOFUTURES_TASKS_<queue>     work queue, subjects gofutures.<queue>.task.<executor>
//	  consumer "workers"               pull, explicit ack, AckWait, MaxDeliver
//	stream GOFUTURES_RESULTS_<queue>   subjects gofutures.<queue>.result.<executor>.<task>
//	subject gofutures.<queue>.event.<executor>   core NATS: "<task> <worker>" when a worker starts a task
//	subject gofutures.<queue>.cancel             core NATS: "<executor> <task>" to stop a task
//	subject gofutures.<queue>.alive.<executor>   core NATS request: answered while the executor lives
//	object store GOFUTURES_DECLS        declarations by SHA-256 (hex)
//
// A task message's data is the task's encoded calls (executor.RemoteTask),
// after the values of the variables it uses if any, with headers naming
// the function, task id, executor and declarations; a
// result's data is the worker's reply (executor.RemoteTask.Decode), or
// headers saying why there is none.
const (
	hdrFunc  = "Gofutures-Func"
	hdrTask  = "Gofutures-Task"
	hdrExec  = "Gofutures-Executor"
	hdrDecls = "Gofutures-Decls"
	// hdrVars: the data starts with this many bytes of the values of the
	// variables the task uses (executor.EncodeVars), before its calls.
	hdrVars   = "Gofutures-Vars"
	hdrWorker = "Gofutures-Worker"
	// hdrAckWait: the AckWait the executor set on the consumer.
	hdrAckWait = "Gofutures-Ack-Wait"
	// hdrGiveUp: how long the executor tries to reconnect (Conn.ReconnectFor).
	hdrGiveUp = "Gofutures-Give-Up"
	// hdrDied: the worker process died running the task (its cause).
	hdrDied = "Gofutures-Died"
	// hdrFailed: the task could not run (e.g. its declarations did not load).
	hdrFailed = "Gofutures-Failed"

	consumerName = "workers"
	declsBucket  = "GOFUTURES_DECLS"
)

type names struct{ queue string }

func (n names) tasksStream() string   { return "GOFUTURES_TASKS_" + n.queue }
func (n names) resultsStream() string { return "GOFUTURES_RESULTS_" + n.queue }
func (n names) taskSubject(exec string) string {
	return "gofutures." + n.queue + ".task." + exec
}
func (n names) resultSubject(exec string, id uint64) string {
	return fmt.Sprintf("gofutures.%s.result.%s.%d", n.queue, exec, id)
}
func (n names) resultsOf(exec string) string {
	return "gofutures." + n.queue + ".result." + exec + ".>"
}
func (n names) eventSubject(exec string) string {
	return "gofutures." + n.queue + ".event." + exec
}
func (n names) cancelSubject() string { return "gofutures." + n.queue + ".cancel" }
func (n names) aliveSubject(exec string) string {
	return "gofutures." + n.queue + ".alive." + exec
}
func (n names) maxDeliveriesAdvisory() string {
	return "$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES." + n.tasksStream() + "." + consumerName
}

// validQueue checks a queue name: it becomes part of stream names.
func validQueue(q string) error {
	if q == "" {
		return errors.New("cluster: empty queue name")
	}
	for _, r := range q {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return fmt.Errorf("cluster: queue name %q: use letters, digits, '-' and '_'", q)
		}
	}
	return nil
}

// streamSettings are what an executor sets on its queue's streams.
type streamSettings struct {
	ackWait    time.Duration
	maxDeliver int
	ttl        time.Duration
	storage    jetstream.StorageType
}

var defaultSettings = streamSettings{ackWait: 5 * time.Second, maxDeliver: 3, ttl: 24 * time.Hour, storage: jetstream.FileStorage}

// setUp creates or updates the queue's streams and consumer. Executors
// update them (update: true) to their settings; workers only create what
// is missing.
func setUp(ctx context.Context, js jetstream.JetStream, n names, s streamSettings, update bool) (jetstream.Stream, jetstream.Consumer, error) {
	tasks := jetstream.StreamConfig{
		Name:      n.tasksStream(),
		Subjects:  []string{"gofutures." + n.queue + ".task.>"},
		Retention: jetstream.WorkQueuePolicy,
		MaxAge:    s.ttl,
		Storage:   s.storage,
	}
	results := jetstream.StreamConfig{
		Name:     n.resultsStream(),
		Subjects: []string{"gofutures." + n.queue + ".result.>"},
		MaxAge:   s.ttl,
		Storage:  s.storage,
	}
	cons := jetstream.ConsumerConfig{
		Durable:       consumerName,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       s.ackWait,
		MaxDeliver:    s.maxDeliver,
		MaxAckPending: -1,
	}
	var st jetstream.Stream
	var c jetstream.Consumer
	var err error
	if update {
		if st, err = js.CreateOrUpdateStream(ctx, tasks); err == nil {
			if _, err = js.CreateOrUpdateStream(ctx, results); err == nil {
				c, err = st.CreateOrUpdateConsumer(ctx, cons)
			}
		}
	} else {
		if st, err = js.Stream(ctx, tasks.Name); errors.Is(err, jetstream.ErrStreamNotFound) {
			st, err = js.CreateStream(ctx, tasks)
		}
		if err == nil {
			if _, err = js.Stream(ctx, results.Name); errors.Is(err, jetstream.ErrStreamNotFound) {
				_, err = js.CreateStream(ctx, results)
			}
		}
		if err == nil {
			if c, err = st.Consumer(ctx, consumerName); errors.Is(err, jetstream.ErrConsumerNotFound) {
				c, err = st.CreateConsumer(ctx, cons)
			}
		}
	}
	if err != nil {
		return nil, nil, fmt.Errorf("cluster: setting up queue %q on the NATS server (is JetStream enabled?): %w", n.queue, err)
	}
	return st, c, nil
}

// declsStore opens (creating) the object store of declarations.
func declsStore(ctx context.Context, js jetstream.JetStream, storage jetstream.StorageType) (jetstream.ObjectStore, error) {
	obs, err := js.ObjectStore(ctx, declsBucket)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		obs, err = js.CreateObjectStore(ctx, jetstream.ObjectStoreConfig{Bucket: declsBucket, Storage: storage, TTL: 7 * 24 * time.Hour})
	}
	if err != nil {
		return nil, fmt.Errorf("cluster: object store %s: %w", declsBucket, err)
	}
	return obs, nil
}

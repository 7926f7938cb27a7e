// Package cluster is an executor.Executor whose workers are processes on
// any number of machines, coordinated by a NATS JetStream server: for the
// notebook that outgrows one machine's ProcessPool, what
// dask.distributed's Client is to Python's ProcessPoolExecutor — the same
// futures API, on an existing engine rather than a home-made protocol.
//
//	cl, err := cluster.New(cluster.Options{})                        // embedded server + NumCPU local workers
//	cl, err := cluster.New(cluster.Options{Conn: cluster.Conn{URL: "nats://head:4222"}})
//	results, err := cl.Map(gcd, numbers, executor.ChunkSize(100))
//	f := cl.Submit(gcd, numbers[0])
//	cl.Close()
//
// Workers are `gofutures worker --nats URL` processes that anyone can
// start on any machine that reaches the server (by hand, from systemd, as
// a Slurm or Kubernetes job); compiled programs become workers with
// RunWorker. A worker takes one task at a time from the queue and runs it
// in a ProcessPool worker process of its own, exactly as a ProcessPool
// does: the same encoding of calls and results (executor.RemoteTask), the
// same run loop (executor.ServeWorker), the notebook's declarations
// loaded the same way — fetched by SHA-256 from the server's object
// store, so each version crosses the network once.
//
// # Semantics
//
//   - Submit never blocks; tasks are published in the background, in
//     order. Map checks and encodes every item first, then sends one
//     message per chunk. Futures move Pending → Running when a worker
//     reports it took the task → Finished; AsCompleted and Wait take them
//     with futures of any other executor.
//   - Cancel of a queued task deletes it from the queue (and workers are
//     told to skip it, should one have fetched it meanwhile). Terminate
//     kills the process running a task; its future fails with an
//     *executor.WorkerError and its worker continues with a fresh process.
//   - A task whose worker process dies (os.Exit, a crash) fails with an
//     *executor.WorkerError, as in a ProcessPool. A task whose worker goes
//     away (killed, machine lost, network cut) is redelivered once
//     AckWait passes without word from it (a worker reports every third
//     of AckWait while a task runs); after MaxDeliver deliveries the
//     future fails with a *DeliveryError. Results are stored on the server
//     and keyed by task id; the first result of a task wins.
//   - When the connection drops, a note goes to the executor's output
//     and the client reconnects for up to Conn.ReconnectFor; tasks and
//     results wait on the server meanwhile. If it cannot reconnect, every
//     pending future fails with a *ConnectionError (and so does every
//     later Submit): nothing waits forever on a dead connection.
//   - Shutdown waits for the tasks as a ProcessPool's does, then removes
//     the executor's tasks and results from the server, stops its local
//     workers and disconnects. Tasks of an executor that vanished
//     without Close (its kernel killed) are removed by the first worker
//     that finds it not answering for longer than it would try to
//     reconnect; whatever nobody removes expires after Options.TTL.
//   - If the server restarts without its JetStream store and so loses the
//     queue, pending futures fail with ErrQueueLost (their workers are
//     told to stop them) and the queue is set up again.
//   - Events (Options.Observer) feed the live task table and the worker
//     timeline of package display; the worker is named "host/pid".
//
// # Credentials
//
// Conn passes user and password, token, nkey seed, credentials file and
// TLS settings (CA, client certificate) to the NATS client; with any TLS
// setting or a tls:// URL the client refuses to talk in clear. Workers
// take the same as flags (--user, --password or GOFUTURES_NATS_PASSWORD,
// --token or GOFUTURES_NATS_TOKEN, --nkey, --creds, --tlsca, --tlscert,
// --tlskey).
//
// # On the server
//
// See the constants in wire.go: a work-queue stream of tasks and a stream
// of results per queue (Options.Queue, the workers' --queue), a durable
// pull consumer shared by the queue's workers, core subjects for "started"
// and cancel notices, and an object store of declarations. Executors of a
// queue share its workers; the last executor to start sets the queue's
// AckWait and MaxDeliver.
package cluster

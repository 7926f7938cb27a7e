package cluster

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/gofutures/gofutures/executor"
)

// DefaultQueue is the queue executors and workers use unless told
// otherwise.
const DefaultQueue = "default"

// WorkerMain is `gofutures worker --nats URL [flags]`: it parses the
// flags in args (see Conn.Args; also --queue and --name), and serves
// tasks until SIGTERM or SIGINT (finishing the task it runs) or until the
// connection is lost for good. process starts the worker processes that
// run the tasks.
func WorkerMain(args []string, process executor.ProcessConfig) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	var c Conn
	fs.StringVar(&c.URL, "nats", "", "NATS server `URL` (nats://host:4222, tls://host:4222; comma-separated for several)")
	fs.StringVar(&c.User, "user", "", "user name")
	fs.StringVar(&c.Password, "password", "", "password (better: set GOFUTURES_NATS_PASSWORD; a command line is public)")
	fs.StringVar(&c.Token, "token", "", "authentication token (better: set GOFUTURES_NATS_TOKEN)")
	fs.StringVar(&c.NKeySeedFile, "nkey", "", "nkey seed `file`")
	fs.StringVar(&c.CredsFile, "creds", "", "user credentials `file` (JWT and nkey seed)")
	fs.StringVar(&c.TLSCAFile, "tlsca", "", "root CA `file` to verify the server (requires TLS)")
	fs.StringVar(&c.TLSCertFile, "tlscert", "", "client certificate `file` (requires TLS)")
	fs.StringVar(&c.TLSKeyFile, "tlskey", "", "client key `file`")
	fs.DurationVar(&c.ReconnectFor, "reconnect-for", 0, "how long to try to reconnect before giving up (default 30s)")
	queue := fs.String("queue", DefaultQueue, "the queue of tasks to serve")
	name := fs.String("name", "", "the worker's name in events (default host/pid)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if c.Password == "" {
		c.Password = os.Getenv("GOFUTURES_NATS_PASSWORD")
	}
	if c.Token == "" {
		c.Token = os.Getenv("GOFUTURES_NATS_TOKEN")
	}
	if c.URL == "" {
		return errors.New("worker: --nats URL is required")
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	return ServeWorker(ctx, WorkerConfig{Conn: c, Queue: *queue, Process: process, Name: *name})
}

// WorkerArgsEnv holds, in the environment of a compiled program started
// as a local cluster worker, the worker's flags, one per line (see
// RunWorker).
const WorkerArgsEnv = "GOFUTURES_CLUSTER_WORKER"

// RunWorker turns a compiled program into a cluster worker when an
// Executor started it as one of its local workers, and returns
// otherwise. Call it at the top of main, after executor.Register and
// executor.RunWorker:
//
//	func main() {
//		executor.Register("gcd", gcd)
//		executor.RunWorker()
//		cluster.RunWorker()
//		...
//	}
func RunWorker() {
	args := os.Getenv(WorkerArgsEnv)
	if args == "" || os.Getenv(executor.WorkerEnv) == "1" {
		return
	}
	err := WorkerMain(strings.Split(args, "\n"), executor.ProcessConfig{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "cluster worker:", err)
		os.Exit(1)
	}
	os.Exit(0)
}

// Command gofutures is a Jupyter kernel for Go.
//
// Usage:
//
//	gofutures install [--user | --sys-prefix | --prefix DIR]
//	gofutures kernel --connection-file FILE
//	gofutures worker --nats URL [--queue NAME] [credentials]
//	gofutures version
//
// The kernel runs cells in an interpreter subprocess: this same binary
// started as "gofutures interpreter" by the kernel; process pools in cells
// start "gofutures worker" processes (neither is meant to be run by hand).
// "gofutures worker --nats URL" is a worker of the cluster executor
// (executor/cluster), run by hand, by systemd or by a batch job on any
// machine that can reach the NATS server; -h lists its flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/executor"
	"github.com/gofutures/gofutures/executor/cluster"
	"github.com/gofutures/gofutures/install"
	"github.com/gofutures/gofutures/internal/lifeline"
	"github.com/gofutures/gofutures/internal/spinpipe"
	"github.com/gofutures/gofutures/internal/subproc"
	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/check"
	"github.com/gofutures/gofutures/kernel/session"
	"github.com/gofutures/gofutures/kernel/supervisor"
	"github.com/gofutures/gofutures/kernel/zmq"
	"github.com/gofutures/gofutures/symbols"
)

func usage() {
	fmt.Fprintf(os.Stderr, `gofutures: a Jupyter kernel for Go

usage:
  gofutures install [--user | --sys-prefix | --prefix DIR]   install the kernelspec
  gofutures kernel --connection-file FILE                    run the kernel (Jupyter starts it)
  gofutures worker --nats URL [--queue NAME] [flags]         serve cluster executor tasks (-h: flags)
  gofutures version                                          print the version
`)
}

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "install":
		err = runInstall(os.Args[2:])
	case "kernel":
		err = runKernel(os.Args[2:])
	case "interpreter":
		err = runInterpreter()
	case "worker":
		if len(os.Args) > 2 {
			err = runClusterWorker(os.Args[2:])
		} else {
			err = runWorker()
		}
	case "version", "--version":
		fmt.Println("gofutures", kernel.Version)
	case "help", "-h", "--help":
		usage()
	default:
		fmt.Fprintf(os.Stderr, "gofutures: unknown command %q\n", os.Args[1])
		usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gofutures:", err)
		os.Exit(1)
	}
}

func runInstall(args []string) error {
	fs := flag.NewFlagSet("install", flag.ExitOnError)
	user := fs.Bool("user", false, "install into the user's Jupyter data directory (default)")
	sysPrefix := fs.Bool("sys-prefix", false, "install into the active Python environment's prefix")
	prefix := fs.String("prefix", "", "install into `DIR`/share/jupyter/kernels")
	_ = fs.Parse(args)
	n := 0
	for _, set := range []bool{*user, *sysPrefix, *prefix != ""} {
		if set {
			n++
		}
	}
	if n > 1 {
		return fmt.Errorf("install: choose one of --user, --sys-prefix, --prefix")
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("install: locating this binary: %w", err)
	}
	dir, err := install.Install(exe, install.Where{User: *user, SysPrefix: *sysPrefix, Prefix: *prefix})
	if err != nil {
		return err
	}
	fmt.Printf("installed kernelspec %s in %s\n", install.Name, dir)
	return nil
}

func runKernel(args []string) error {
	fs := flag.NewFlagSet("kernel", flag.ExitOnError)
	conn := fs.String("connection-file", "", "Jupyter connection `FILE`")
	fs.StringVar(conn, "f", "", "shorthand for --connection-file")
	noSnaps := fs.Bool("no-snapshots", os.Getenv("GOFUTURES_SNAPSHOTS") == "off",
		"do not keep the notebook's values across interrupts, crashes and type redefinitions (also GOFUTURES_SNAPSHOTS=off)")
	_ = fs.Parse(args)
	if *conn == "" {
		return fmt.Errorf("kernel: --connection-file is required")
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("kernel: locating this binary: %w", err)
	}
	logger := log.New(os.Stderr, "gofutures: ", log.LstdFlags)
	sup := &supervisor.Supervisor{Path: exe, Args: []string{"interpreter"}, Logf: logger.Printf, NoSnapshots: *noSnaps}
	// A kernel whose launcher died shuts down, and with it the interpreter
	// (and, by their parent-death signal, the interpreter's pool workers).
	ctx, stop := lifeline.Watch(context.Background())
	defer stop()
	err = zmq.Serve(ctx, *conn, sup, zmq.Options{Logger: logger})
	if cause := context.Cause(ctx); errors.Is(cause, lifeline.ErrParentGone) {
		logger.Printf("%v; kernel shut down", cause)
	}
	return err
}

// runInterpreter is the process that runs cells for a kernel: requests on
// fd 3, events on fd 4, the cells' output on fd 1 and 2.
func runInterpreter() error {
	// SIGINT goes to the whole process group (jupyter_client's signal
	// mode); the kernel decides what an interrupt does to this process.
	signal.Ignore(syscall.SIGINT)
	// Deep recursion in interpreted code fails sooner than the 1 GB default.
	debug.SetMaxStack(256 << 20)
	req, ev, err := subproc.Inherited(false)
	if err != nil {
		return fmt.Errorf("interpreter: started without its pipes (this mode is internal): %w", err)
	}
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("interpreter: locating this binary: %w", err)
	}
	// Process pools created in cells start workers of this binary and load
	// them with the notebook's declarations, as they are when each task is
	// sent.
	var decls session.DeclSnapshot
	executor.SetDefaultProcessConfig(executor.ProcessConfig{
		Command:      func() *exec.Cmd { return exec.Command(exe, "worker") },
		Declarations: decls.Declarations,
	})
	// Cluster executors in cells with local workers start them the same way.
	cluster.SetDefaultWorkerCommand(func(args ...string) *exec.Cmd {
		return exec.Command(exe, append([]string{"worker"}, args...)...)
	})
	// The kernel gives a directory for snapshots of values unless they are off.
	snapDir := os.Getenv(session.SnapshotDirEnv)
	os.Unsetenv(session.SnapshotDirEnv) // not for the processes cells start
	return session.Serve(req, ev, os.Stdout, os.Stderr, session.Options{
		Symbols:    []interp.Exports{symbols.Symbols},
		Preludes:   []string{session.RichPrelude, session.ExecutorPrelude},
		RichValues: true,
		NamedFuncs: true,
		OnDecls:    decls.Record,
		// made now: it lists the standard library while the kernel starts
		Importer:    check.NewImporter(),
		KeepValues:  snapDir != "",
		SnapshotDir: snapDir,
	})
}

// runWorker is a process-pool worker: a fresh interpreter loaded with the
// notebook's declarations, running the tasks a pool sends by name.
func runWorker() error {
	signal.Ignore(syscall.SIGINT)
	debug.SetMaxStack(256 << 20)
	reqFile, rep, err := subproc.Inherited(true)
	if err != nil {
		return fmt.Errorf("worker: started without its pipes (this mode is internal): %w", err)
	}
	req, err := spinpipe.NewReader(reqFile, spinpipe.SpinFromEnv())
	if err != nil {
		return fmt.Errorf("worker: %w", err)
	}
	// A fresh interpreter allocates a few megabytes of tables that all stay
	// live: collecting garbage meanwhile only delays the pool's first task.
	gc := debug.SetGCPercent(-1)
	r := session.NewWorkerResolver(session.Options{
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		// os.Exit in a task ends the worker for real: the pool reports it
		// as the death of that worker and starts a replacement.
		Exit:     os.Exit,
		Symbols:  []interp.Exports{symbols.Symbols},
		Preludes: []string{session.RichPrelude, session.ExecutorPrelude},
	})
	debug.SetGCPercent(gc)
	return executor.ServeWorker(r, req, rep)
}

// runClusterWorker is `gofutures worker --nats URL`: it takes tasks from
// the NATS server and runs each in a process-pool worker of this binary.
func runClusterWorker(args []string) error {
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("worker: locating this binary: %w", err)
	}
	return cluster.WorkerMain(args, executor.ProcessConfig{
		Command: func() *exec.Cmd { return exec.Command(exe, "worker") },
	})
}

"""The cluster executor (executor/cluster) from notebook cells: an embedded
NATS JetStream server and local `gofutures worker --nats URL` processes, or
workers started by hand against the notebook's server; cell functions reach
them by content hash, and the live table names each task's worker."""
import os
import re
import signal
import socket
import subprocess

from conftest import children, execute
from test_process_pool import DECLS, NUMBERS

# The process-pool tests' declarations, importing the cluster package too.
CL_DECLS = DECLS.replace('"github.com/gofutures/gofutures/executor"\n',
                         '"github.com/gofutures/gofutures/executor"\n\t"github.com/gofutures/gofutures/executor/cluster"\n')
assert CL_DECLS != DECLS


def test_cell_functions_run_on_cluster_workers(kernel):
    km, kc = kernel
    assert execute(kc, CL_DECLS).status == "ok"
    c = execute(kc, '''import (
	"sort"
	"sync"
	"github.com/gofutures/gofutures/display"
)
''' + NUMBERS + '''
var mu sync.Mutex
workers := map[string]bool{}
seen := executor.ObserverFunc(func(e executor.Event) {
	if e.Kind == executor.EventStarted {
		mu.Lock()
		workers[e.Worker] = true
		mu.Unlock()
	}
})
table := display.NewTaskTable("gcd on a cluster")
cl, err := cluster.New(cluster.Options{Workers: 2, Observer: display.Observers(table, seen)})
fmt.Println(err)
results, err := cl.Map(gcd, numbers)
fmt.Println(results, err)
squares, err := cl.Map(gcd, []Pair{{4, 6}, {9, 12}, {10, 25}, {7, 7}}, executor.ChunkSize(3))
fmt.Println(squares, err)''', timeout=120)
    assert c.status == "ok", (c.stdout, c.stderr, c.error)
    lines = c.stdout.splitlines()
    assert lines[0] == "<nil>", c.stdout
    assert "[1 5 1 5 2 3] <nil>" in lines, c.stdout
    assert "[2 3 5 7] <nil>" in lines, c.stdout
    interp = children(km.provisioner.process.pid)
    assert len(interp) == 1 and len(children(interp[0])) == 2  # two local cluster workers
    # A function declared after the executor started reaches its workers.
    execute(kc, 'func hello(who string) string {\n\tfmt.Println("hello from", who)\n\treturn who + "!"\n}')
    c = execute(kc, 'f := cl.Submit(hello, "the cluster")\nfmt.Println(f.Result())\nfmt.Println(f.State())')
    assert "the cluster! <nil>" in c.stdout and "finished" in c.stdout, (c.stdout, c.stderr)
    # The live table and events name the worker as host/pid.
    c = execute(kc, 'mu.Lock()\nnames := []string{}\nfor w := range workers {\n\tnames = append(names, w)\n}\n'
                    'mu.Unlock()\nsort.Strings(names)\nfmt.Println(names)\ntable.Close()')
    host = socket.gethostname()
    assert re.search(r"\[(%s/\d+ ?)+\]" % re.escape(host), c.stdout), c.stdout
    c = execute(kc, 'cl.Close()')
    assert c.status == "ok", c.error
    assert children(interp[0]) == []


def test_a_worker_started_by_hand_serves_the_notebook(kernel, gofutures_kernelspec):
    km, kc = kernel
    assert execute(kc, CL_DECLS).status == "ok"
    # No local workers: the notebook's embedded server waits for workers.
    c = execute(kc, 'cl, err := cluster.New(cluster.Options{Workers: -1})\nfmt.Println(cl.URL(), err)')
    url, err = c.stdout.split()
    assert url.startswith("nats://127.0.0.1:") and err == "<nil>", c.stdout
    worker = subprocess.Popen([gofutures_kernelspec, "worker", "--nats", url],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        c = execute(kc, NUMBERS + '\nresults, err := cl.Map(gcd, numbers)\nfmt.Println(results, err)', timeout=120)
        assert "[1 5 1 5 2 3] <nil>" in c.stdout, (c.stdout, c.stderr, c.error)
        assert execute(kc, "cl.Close()").status == "ok"
    finally:
        worker.send_signal(signal.SIGTERM)
        out, _ = worker.communicate(timeout=30)
    assert worker.returncode in (0, 1), out  # 1: it lost the notebook's server


def test_errors_of_notebook_types_from_cluster_workers(kernel):
    """An error of a type declared in a cell, returned by a task on a
    cluster worker, reaches the notebook as itself (errors.As, fields)."""
    km, kc = kernel
    d = execute(kc, 'import (\n\t"errors"\n\t"fmt"\n\t"github.com/gofutures/gofutures/executor/cluster"\n)\n'
                'type NotFound struct{ Key string }\nfunc (e *NotFound) Error() string { return "not found: " + e.Key }\n'
                'type Code struct{ N int }\nfunc (c Code) Error() string { return fmt.Sprint("code ", c.N) }\n'
                'func find(k string) error { return fmt.Errorf("find: %w", errors.Join(&NotFound{k}, Code{7})) }')
    assert d.status == "ok", d.error
    c = execute(kc, 'cl, err := cluster.New(cluster.Options{Workers: 1})\nfmt.Println(err)\n'
                'err = cl.Submit(find, "k1").Err()\nvar nf *NotFound\nc, ok := errors.AsType[Code](err)\n'
                'fmt.Println(errors.As(err, &nf), nf.Key, ok, c.N)\ncl.Close()', timeout=120)
    assert c.status == "ok", (c.stdout, c.stderr, c.error)
    assert "true k1 true 7" in c.stdout, (c.stdout, c.stderr)

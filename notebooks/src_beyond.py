"""Cells of 02-beyond-the-tutorial; see build.py."""
from build import GCD_GO, code, md

# The gcd the Python programs below run (Euclid's, short: they only need a
# function that CPython can or cannot find in its workers).
EUCLID_PY = """def gcd(pair):
    a, b = pair
    while b:
        a, b = b, a % b
    return a
"""

BEYOND = [
    md(
        en="""
# Beyond the tutorial: cancellation, callbacks, failures, chunks, and spawn

The first notebook, `01-concurrent-futures.ipynb`, follows the Python tutorial. This one covers
what the tutorial leaves out, with the same `executor` package: cancelling futures, done
callbacks, errors and panics in tasks, `Wait` with `FirstException` on a failing task, a worker
process that crashes, tasks that never end, `chunksize`, initializers, and the case CPython
cannot do: a function declared in the notebook, run by a process pool whose workers start fresh
(*spawn*).

As in the first notebook, every duration is measured when the notebook runs.
""",
        zh="""
# 教程之外:取消、回调、失败、分块与 spawn

第一个笔记本 `01-concurrent-futures.ipynb` 跟随那篇 Python 教程。这一个讲教程没有讲到的内容,用的是同一个
`executor` 包:取消 future、完成回调、任务中的错误和 panic、对会失败的任务使用带 `FirstException` 的
`Wait`、崩溃的工作进程、永不结束的任务、`chunksize`、初始化函数,以及 CPython 做不到的情形:
在笔记本中声明的函数,由工作进程全新启动(*spawn*)的进程池运行。

和第一个笔记本一样,每个耗时都是在笔记本运行时实测的。
""",
    ),
    code(
        """
import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/executor"
)

""" + GCD_GO + """
// chart shows a chart (a timing comparison or a worker timeline) as SVG,
// and also as HTML that embeds the same SVG as an image, because the
// nbconvert 6.5 of Debian strips the insides of SVG outputs when it
// renders a notebook as HTML (jupyter/nbconvert#1894).
func chart(c display.SVGer) display.Bundle {
	svg := c.SVG()
	img := `<img alt="chart" src="data:image/svg+xml;base64,` + base64.StdEncoding.EncodeToString([]byte(svg)) + `">`
	return display.MIME(map[string]any{"image/svg+xml": svg, "text/html": img, "text/plain": fmt.Sprint(c)})
}

// sleepy is a task of known length: it sleeps ms milliseconds and returns ms.
func sleepy(ms int) int {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return ms
}

// waitRunning waits until f has started (or is done).
func waitRunning(f *executor.Future) {
	for !f.Running() && !f.IsDone() {
		time.Sleep(2 * time.Millisecond)
	}
}
"""
    ),
    md(
        en="""
## 1. Cancellation

`f.Cancel()` stops a future that has not started: it reports `true`, the function never runs,
and `Result` returns a `*executor.CancelledError` at once (it matches `executor.ErrCancelled` and
`context.Canceled`). A future that is already running cannot be cancelled: `Cancel` reports
`false`. A pool of one worker makes the queue visible:
""",
        zh="""
## 1. 取消

`f.Cancel()` 能停止尚未开始的 future:它返回 `true`,函数不会运行,`Result` 立即返回
`*executor.CancelledError`(它与 `executor.ErrCancelled` 和 `context.Canceled` 都匹配)。
已经在运行的 future 无法取消:`Cancel` 返回 `false`。只有一个工作者的池能让队列一目了然:
""",
    ),
    code(
        """
tp := executor.NewThreadPool(1)
first := tp.Submit(sleepy, 200)
second := tp.Submit(sleepy, 200)
waitRunning(first)
fmt.Println("cancel the running task:", first.Cancel(), "- state:", first.State())
fmt.Println("cancel the pending task:", second.Cancel(), "- state:", second.State())
_, err := second.Result()
fmt.Println("result of the cancelled task:", err)
fmt.Println("errors.Is(err, executor.ErrCancelled):", errors.Is(err, executor.ErrCancelled),
	"- errors.Is(err, context.Canceled):", errors.Is(err, context.Canceled))
fmt.Println(first.Result())
"""
    ),
    md(
        en="""
`Shutdown(wait, cancelFutures)` is Python's `shutdown(wait, cancel_futures)`: with
`cancelFutures` every task still in the queue is cancelled, and the running one finishes.
""",
        zh="""
`Shutdown(wait, cancelFutures)` 就是 Python 的 `shutdown(wait, cancel_futures)`:传入
`cancelFutures` 时,队列中所有尚未开始的任务都被取消,正在运行的那个会运行完。
""",
    ),
    code(
        """
func submitSleepy(pool executor.Executor, ms, n int) []*executor.Future {
	fs := make([]*executor.Future, 0, n)
	for i := 0; i < n; i++ {
		fs = append(fs, pool.Submit(sleepy, ms))
	}
	return fs
}

queued := submitSleepy(tp, 100, 4)
waitRunning(queued[0])
tp.Shutdown(true, true)
for _, f := range queued {
	fmt.Println(f)
}
fmt.Println("after shutdown:", tp.Submit(sleepy, 1).Err())
"""
    ),
    md(
        en="""
A running task in a `ProcessPool` can be stopped too, by killing its worker process:
`pool.Terminate(f)`. The future fails with a `*executor.WorkerError`, and a fresh worker takes
the next task. (A goroutine cannot be killed from outside; a process can.)
""",
        zh="""
`ProcessPool` 中正在运行的任务也能停下来,办法是杀掉它的工作进程:`pool.Terminate(f)`。
这个 future 以 `*executor.WorkerError` 失败,一个新的工作进程接手下一个任务。
(goroutine 无法从外部杀掉,进程可以。)
""",
    ),
    code(
        """
pp := executor.NewProcessPool(1)
long := pp.Submit(sleepy, 10000)
waitRunning(long)
fmt.Println("Cancel while running:", long.Cancel())
fmt.Println("Terminate while running:", pp.Terminate(long))
fmt.Println("its error:", long.Err())
fmt.Println("errors.Is(err, executor.ErrWorkerDied):", errors.Is(long.Err(), executor.ErrWorkerDied))
next := pp.Submit(sleepy, 10)
pp.Close()
fmt.Print("the next task runs on a fresh worker: ")
fmt.Println(next.Result())

"""
    ),
    md(
        en="""
## 2. Callbacks

`f.AddDoneCallback(fn)` calls `fn(f)` when `f` is done, on the goroutine that completes it (a
pool worker), in the order the callbacks were added; if `f` is already done, `fn` runs at once.
Callbacks should be quick: a slow one holds up its worker. Here a callback prints, and another
drives a progress bar.
""",
        zh="""
## 2. 回调

`f.AddDoneCallback(fn)` 在 `f` 完成时调用 `fn(f)`,调用发生在完成它的 goroutine(池中的一个工作者)上,
按回调添加的顺序;如果 `f` 已经完成,`fn` 立即运行。回调应当很快:慢的回调会拖住它所在的工作者。
这里一个回调负责打印,另一个驱动进度条。
""",
    ),
    code(
        """
func announce(f *executor.Future) {
	v, err := f.Result()
	fmt.Printf("callback: task %d (%s) is done: %v %v\\n", f.ID(), f.Name(), v, err)
}

bar := display.NewProgress("sleepy tasks", 6)
tp = executor.NewThreadPool(2)
fs := []*executor.Future{tp.Submit(sleepy, 300), tp.Submit(sleepy, 100), tp.Submit(sleepy, 200)}
for _, f := range fs {
	f.AddDoneCallback(announce)
}
fs = append(fs, submitSleepy(tp, 50, 3)...)
for _, f := range fs {
	f.AddDoneCallback(func(done *executor.Future) { bar.Add(1) })
}
tp.Close() // the workers have run every callback when Close returns
bar.Close()
fmt.Println("a callback added to a future that is already done runs at once:")
fs[0].AddDoneCallback(announce)
fmt.Println("(all callbacks have run)")
"""
    ),
    md(
        en="""
## 3. Errors and panics in tasks

A task fails by returning an error (a function may return `(T, error)`) or by panicking. The
error comes back from `Result` and `Err` (Python's `exception()`); a panic becomes a
`*executor.PanicError` with the panic value and the stack, and fails that task only. `Map` stops
at the first failing item, returns the results before it, and cancels the items not started.
""",
        zh="""
## 3. 任务中的错误和 panic

任务失败有两种方式:返回一个错误(函数可以返回 `(T, error)`),或者 panic。错误由 `Result` 和 `Err`
返回(相当于 Python 的 `exception()`);panic 会变成带有 panic 值和调用栈的 `*executor.PanicError`,
只让这一个任务失败。`Map` 在第一个失败的元素处停下,返回它之前的结果,并取消尚未开始的元素。
""",
    ),
    code(
        """
// errNotPositive is the error of a pair with a number that is not positive.
var errNotPositive = errors.New("want positive numbers")

func checkedGCD(pair [2]int) (int, error) {
	if pair[0] <= 0 || pair[1] <= 0 {
		return 0, fmt.Errorf("gcd%v: %w", pair, errNotPositive)
	}
	return gcd(pair), nil
}

func mustGCD(pair [2]int) int {
	if pair[0] <= 0 || pair[1] <= 0 {
		panic(fmt.Sprintf("gcd%v: want positive numbers", pair))
	}
	return gcd(pair)
}

bad := [][2]int{{12, 18}, {20, 30}, {-4, 6}, {9, 12}}
tp = executor.NewThreadPool(2)
res, err := tp.Map(checkedGCD, bad)
fmt.Println("Map with an error:", res, "-", err)
res, err = tp.Map(mustGCD, bad)
fmt.Println("Map with a panic: ", res, "-", err)
var pe *executor.PanicError
errors.As(err, &pe)
tp.Close()
fmt.Printf("the panic value: %q; the stack has %d lines\\n", pe.Value, strings.Count(string(pe.Stack), "\\n"))
"""
    ),
    md(
        en="""
In a process pool the same happens in the worker: a returned error travels back as its text
(a `*executor.RemoteError`), which still matches the notebook's own sentinel errors with
`errors.Is` (here `errNotPositive`, which `checkedGCD` wraps); a panic comes back as a
`*executor.PanicError` whose stack names the cell and line of each notebook function it went
through; and the worker process lives on.
""",
        zh="""
在进程池中,同样的事情发生在工作进程里:返回的错误以文本形式传回(`*executor.RemoteError`),
但用 `errors.Is` 仍能与笔记本自己声明的哨兵错误匹配(这里是 `checkedGCD` 包装的 `errNotPositive`);
panic 以 `*executor.PanicError` 传回,其调用栈指明它经过的每个笔记本函数所在的单元格和行号;
工作进程继续存活。
""",
    ),
    code(
        """
pp = executor.NewProcessPool(2)
res, err = pp.Map(checkedGCD, bad)
fmt.Printf("error:  %v (%T)\\n", err, errors.Unwrap(err))
fmt.Println("errors.Is(err, errNotPositive):", errors.Is(err, errNotPositive))
res, err = pp.Map(mustGCD, bad)
fmt.Printf("panic:  %v\\n", err)
fmt.Println("errors.As PanicError:", errors.As(err, &pe))
res, err = pp.Map(gcd, numbers)
pp.Close()
fmt.Println("the same workers afterwards:", res, err)
"""
    ),
    md(
        en="""
A cell that does not handle an error can panic with it, and the notebook shows the error with
the cell and line. (This cell is tagged `raises-exception`, so that `jupyter nbconvert --execute`
runs on past it.)
""",
        zh="""
不处理错误的单元格可以用它来 panic,笔记本会显示这个错误以及所在的单元格和行号。
(这个单元格带有 `raises-exception` 标签,这样 `jupyter nbconvert --execute` 会越过它继续运行。)
""",
    ),
    code(
        """
f := executor.NewThreadPool(1).Submit(mustGCD, [2]int{0, 7})
panic(f.Err())
""",
        tags=["raises-exception"],
    ),
    md(
        en="""
## 4. `Wait` with `FirstException` on a failing task

`executor.Wait(fs, executor.FirstException)` returns as soon as any future fails — or, if none
does, when all are done. Here the third of seven tasks has a bad pair: `Wait` returns when it
fails, while the gcd tasks are still running or queued. The tasks not started are then cancelled,
as a program that gives up on the first failure would do. This pool has interpreted workers
(`executor.WithCompiledWorkers(false)`): compiled ones would finish each gcd task in a few
milliseconds, too soon to leave any running or queued.
""",
        zh="""
## 4. 对会失败的任务使用带 `FirstException` 的 `Wait`

`executor.Wait(fs, executor.FirstException)` 在任一 future 失败时立即返回;如果没有失败的,
就在全部完成时返回。这里七个任务中的第三个拿到了一对非法数据:它一失败 `Wait` 就返回,
而此时 gcd 任务仍在运行或排队。随后尚未开始的任务被取消,就像一个遇到第一个失败就放弃的程序会做的那样。
这个进程池使用解释执行的工作者(`executor.WithCompiledWorkers(false)`):编译的工作者几毫秒就能做完一个
gcd 任务,来不及留下仍在运行或排队的任务。
""",
    ),
    code(
        """
table := display.NewTaskTable("Wait(FirstException)")
pp = executor.NewProcessPool(2, executor.WithCompiledWorkers(false), executor.WithProcessObserver(table))
var futures []*executor.Future
futures = append(futures, pp.Submit(checkedGCD, numbers[0]), pp.Submit(checkedGCD, numbers[1]))
futures = append(futures, pp.Submit(checkedGCD, [2]int{0, 5}))
futures = append(futures, pp.Submit(checkedGCD, numbers[2]), pp.Submit(checkedGCD, numbers[3]))
futures = append(futures, pp.Submit(checkedGCD, numbers[4]), pp.Submit(checkedGCD, numbers[5]))
start := time.Now()
done, notDone := executor.Wait(futures, executor.FirstException, executor.Timeout(10*time.Second))
fmt.Printf("Wait returned after %v: %d done, %d not done\\n", time.Since(start).Round(time.Millisecond), len(done), len(notDone))
for _, f := range done {
	fmt.Println("  done:", f)
}
cancelled := 0
for _, f := range notDone {
	if f.Cancel() {
		cancelled++
	}
}
fmt.Printf("cancelled %d tasks that had not started; %d were running and finish\\n", cancelled, len(notDone)-cancelled)
pp.Close()
table.Close()
"""
    ),
    code(
        """
chart(table.Log().Timeline("Wait(FirstException): the failing task (red) ends the wait"))
"""
    ),
    md(
        en="""
## 5. A worker crash that the pool survives

A task can kill its worker process: `os.Exit`, a panic in a goroutine it started, a fatal
runtime error. Only that task fails, with a `*executor.WorkerError` naming the worker and the
cause; the pool starts a replacement and runs the rest of the queue. In CPython, a worker that
dies breaks the whole pool: every pending future fails with `BrokenProcessPool` and the pool
accepts no more work (the cell after next shows it, if `python3` is installed).
""",
        zh="""
## 5. 进程池能挺过的工作进程崩溃

任务可能杀死它的工作进程:`os.Exit`、它启动的 goroutine 中的 panic、致命的运行时错误。
只有这个任务失败,得到一个指明工作进程和原因的 `*executor.WorkerError`;进程池启动一个替代者,
继续运行队列中的其余任务。在 CPython 中,一个工作进程死掉会让整个进程池损坏:每个待完成的 future
都以 `BrokenProcessPool` 失败,进程池也不再接受新任务(如果安装了 `python3`,下下个单元格会演示)。
""",
    ),
    code(
        """
func exitWorker(code int) int {
	os.Exit(code)
	return 0
}

func panicInGoroutine() int {
	go func() { panic("boom, in a goroutine of the task") }()
	time.Sleep(time.Second)
	return 0
}

table = display.NewTaskTable("a ProcessPool that survives its workers")
pp = executor.NewProcessPool(2, executor.WithProcessObserver(table))
exited := pp.Submit(exitWorker, 3)
panicked := pp.Submit(panicInGoroutine)
results, err := pp.Map(gcd, numbers)
fmt.Println("os.Exit:            ", exited.Err())
fmt.Println("goroutine panic:    ", panicked.Err())
fmt.Println("errors.Is(err, executor.ErrWorkerDied):", errors.Is(exited.Err(), executor.ErrWorkerDied), errors.Is(panicked.Err(), executor.ErrWorkerDied))
fmt.Println("results:", results, err)
pp.Close()
table.Close()
"""
    ),
    md(
        en="""
The same in CPython, run now with `python3` if it is installed: one task calls `os._exit(3)`.
""",
        zh="""
CPython 中的同一情形,如果安装了 `python3` 就现在运行:一个任务调用 `os._exit(3)`。
""",
    ),
    code(
        r'''
// run starts a program and returns what it printed on stdout and stderr.
// (The kernel does not offer os/exec to cells; os.StartProcess does the job.)
func run(path string, args ...string) (string, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", err
	}
	defer r.Close()
	proc, err := os.StartProcess(path, append([]string{path}, args...), &os.ProcAttr{Files: []*os.File{nil, w, w}})
	w.Close()
	if err != nil {
		return "", err
	}
	out, _ := io.ReadAll(r)
	_, err = proc.Wait()
	return string(out), err
}

// lookTool finds a program in the usual places, or returns "". (Cells see
// an empty environment in this kernel, so $PATH alone is not enough.)
func lookTool(name string) string {
	for _, d := range append(filepath.SplitList(os.Getenv("PATH")), "/usr/local/bin", "/usr/bin", "/bin") {
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
			return p
		}
	}
	return ""
}

// lastLines returns the lines of out that start with one of prefixes.
func lastLines(out string, prefixes ...string) string {
	var keep []string
	for _, line := range strings.Split(out, "\n") {
		for _, p := range prefixes {
			if strings.HasPrefix(line, p) {
				keep = append(keep, line)
				break
			}
		}
	}
	return strings.Join(keep, "\n")
}

const brokenPool = `import os
import time
from concurrent.futures import ProcessPoolExecutor

''' + EUCLID_PY + r'''
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        dying = pool.submit(os._exit, 3)
        rest = [pool.submit(gcd, (12, 18)) for _ in range(4)]
        for f in [dying] + rest:
            try:
                print("result:", f.result())
            except Exception as e:
                print("error: %s: %s" % (type(e).__name__, e))
        # (the pool's thread marks it broken just after failing the
        # futures: a submit in between is still taken, and fails later)
        for _ in range(100):
            try:
                pool.submit(gcd, (4, 6))
            except Exception as e:
                print("submit afterwards: %s: %s" % (type(e).__name__, e))
                break
            time.sleep(0.01)
`

// python runs a Python program, from a file or with -c, and returns its
// output; ok is false when python3 is not installed.
func python(src string, asFile bool) (out string, ok bool) {
	py := lookTool("python3")
	if py == "" {
		return "", false
	}
	if !asFile {
		out, _ = run(py, "-c", src)
		return out, true
	}
	dir, err := os.MkdirTemp("", "py")
	if err != nil {
		return err.Error(), true
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "main.py")
	os.WriteFile(script, []byte(src), 0o644)
	out, _ = run(py, script)
	return out, true
}

out, ok := python(brokenPool, true)
if !ok {
	fmt.Println("python3 not found: nothing to compare with")
}
fmt.Println(lastLines(out, "result:", "error:", "submit afterwards:"))
'''
    ),
    md(
        en="""
The results of the gcd tasks that did not die may or may not survive in CPython, depending on
timing; the pool itself is broken either way.

### Tasks that never end

A task stuck in an endless loop cannot be interrupted in a goroutine. In a process pool,
`executor.WithTaskTimeout(d)` kills the worker of any task that runs longer than `d`:
""",
        zh="""
在 CPython 中,没有死掉的 gcd 任务的结果能否保住取决于时机;无论如何,进程池本身都已损坏。

### 永不结束的任务

陷入死循环的任务在 goroutine 中无法被打断。在进程池中,`executor.WithTaskTimeout(d)`
会杀掉任何运行超过 `d` 的任务所在的工作进程:
""",
    ),
    code(
        """
func forever() int {
	for {
	}
}

pp = executor.NewProcessPool(1, executor.WithTaskTimeout(300*time.Millisecond))
stuck := pp.Submit(forever)
fine := pp.Submit(gcd, numbers[0])
pp.Close()
fmt.Println("stuck:", stuck.Err())
fmt.Println("the next task, on a fresh worker:")
fmt.Println(fine.Result())
"""
    ),
    md(
        en="""
## 6. `chunksize`

Each task of a `ProcessPool` costs a round trip through a pipe. For many cheap calls that cost
dominates; `executor.ChunkSize(n)` (Python's `chunksize`) sends `n` calls to a worker in one
message, and the worker runs them in one loop. The comparison below
maps a trivial function over 5,000 numbers with different chunk sizes, on a process pool and on
a thread pool (where a chunk saves the per-task bookkeeping).
""",
        zh="""
## 6. `chunksize`

`ProcessPool` 的每个任务都要经过一次管道往返。对于大量廉价的调用,这个开销占了大头;
`executor.ChunkSize(n)`(即 Python 的 `chunksize`)把 `n` 个调用放在一条消息里发给一个工作者,
工作者用一个循环运行它们。下面的比较把一个简单函数映射到 5,000 个数上,
分别使用不同的分块大小,在进程池和线程池上各跑一遍(在线程池上,分块省下的是每个任务的记账开销)。
""",
    ),
    code(
        """
func square(x int) int { return x * x }

func upTo(n int) []int {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = i
	}
	return xs
}

xs := upTo(5000)
pp = executor.NewProcessPool(2)
pp.Map(square, []int{1, 2}) // start the workers before timing
tp = executor.NewThreadPool(2)
chunks := display.NewComparison("map(square, 5,000 numbers), 2 workers")
chunks.Time("ProcessPool, chunksize 1", func() { pp.Map(square, xs) })
chunks.Time("ProcessPool, chunksize 100", func() { pp.Map(square, xs, executor.ChunkSize(100)) })
chunks.Time("ProcessPool, chunksize 1000", func() { pp.Map(square, xs, executor.ChunkSize(1000)) })
chunks.Time("ThreadPool, chunksize 1", func() { tp.Map(square, xs) })
chunks.Time("ThreadPool, chunksize 100", func() { tp.Map(square, xs, executor.ChunkSize(100)) })
got, err := pp.Map(square, xs, executor.ChunkSize(100))
fmt.Println("same results with chunks:", len(got), err, got[4999])
pp.Close()
tp.Close()
chart(chunks)

"""
    ),
    code(
        """
fmt.Printf("On the process pool, chunks of 100 were %.0f× as fast as single calls.\\n",
	chunks.SpeedUp("ProcessPool, chunksize 100"))
"""
    ),
    md(
        en="""
## 7. What CPython cannot do: a notebook function in a process pool under *spawn*

A CPython worker started with *spawn* (the default on macOS and Windows) or *forkserver* (the
default on Linux from Python 3.14) is a fresh interpreter that finds the task's function by
importing the main module. A function defined in a notebook cell is in no importable module,
so the worker fails with `AttributeError: Can't get attribute 'gcd' on <module '__main__'
(built-in)>` and the pool breaks (`BrokenProcessPool`). Python's documentation says
so: the `__main__` module must be importable by worker subprocesses, and the examples do not
work in the interactive interpreter. Only *fork*, which copies the parent process, hides the
problem.

gofutures' workers always start fresh — Go cannot fork a running program — and still run
notebook functions, because the kernel gives them the notebook's declarations: by default it
builds the declarations into a program that the workers run, compiled; interpreted workers
(`executor.WithCompiledWorkers(false)`) are sent their source instead. Types declared in cells
work too:
""",
        zh="""
## 7. CPython 做不到的:在 *spawn* 下用进程池运行笔记本中的函数

用 *spawn*(macOS 和 Windows 上的默认方式)或 *forkserver*(Linux 上从 Python 3.14 起的默认方式)
启动的 CPython 工作进程是一个全新的解释器,它通过导入主模块来找到任务的函数。在笔记本单元格中定义的函数
不属于任何可导入的模块,于是工作进程报错 `AttributeError: Can't get attribute 'gcd' on <module '__main__'
(built-in)>`,进程池随之损坏(`BrokenProcessPool`)。Python 的文档也这样说:`__main__` 模块必须能被
工作子进程导入,文档中的示例在交互式解释器中无法运行。只有复制父进程的 *fork* 掩盖了这个问题。

gofutures 的工作进程总是全新启动 —— Go 无法 fork 一个正在运行的程序 —— 却依然能运行笔记本中的函数,
因为内核把笔记本的声明交给了它们:默认情况下,内核把这些声明构建成一个程序,工作进程以编译方式运行它;
解释执行的工作者(`executor.WithCompiledWorkers(false)`)则会收到声明的源码。在单元格中声明的类型也能用:
""",
    ),
    code(
        """
type Point struct{ X, Y float64 }

func norm(p Point) float64 { return math.Sqrt(p.X*p.X + p.Y*p.Y) }

pp = executor.NewProcessPool(2)
lengths, err := pp.Map(norm, []Point{{3, 4}, {5, 12}, {8, 15}})
fmt.Println(lengths, err)
"""
    ),
    md(
        en="""
A function declared *after* the pool started reaches the workers before the first task that
needs it: the kernel builds a new program, and the pool replaces each worker of the old one
before its next task (an interpreted worker is sent the new declaration instead). What a worker
prints shows up in the cell, prefixed with the worker's name:
""",
        zh="""
在进程池启动*之后*才声明的函数,会在第一个需要它的任务之前送达工作进程:内核构建一个新程序,
进程池在每个运行旧程序的工作者执行下一个任务之前替换它(解释执行的工作者则会收到新的声明)。
工作进程打印的内容会出现在单元格中,并以工作进程的名字作为前缀:
""",
    ),
    code(
        """
func whereAmI(label string) int {
	fmt.Println(label, "runs in process", os.Getpid())
	return os.Getpid()
}
"""
    ),
    code(
        """
workerPid, err := pp.Submit(whereAmI, "a function declared in a cell").Result()
pp.Close()
fmt.Println("the notebook's interpreter is process", os.Getpid(), "- the worker was", workerPid, err)
"""
    ),
    md(
        en="""
And the same in CPython with the *spawn* start method, with the function defined in the main
module of a program given as a string (`python3 -c`), as a notebook's functions are:
""",
        zh="""
再看 CPython 在 *spawn* 启动方式下的同一情形:函数定义在以字符串形式给出的程序(`python3 -c`)的主模块中,
正如笔记本中的函数那样:
""",
    ),
    code(
        r'''
const spawnNotebook = `import multiprocessing
from concurrent.futures import ProcessPoolExecutor

''' + EUCLID_PY + r'''
multiprocessing.set_start_method("spawn")
with ProcessPoolExecutor(max_workers=2) as pool:
    try:
        print(list(pool.map(gcd, [(12, 18), (4, 6)])))
    except Exception as e:
        print("%s: %s" % (type(e).__name__, e))
`

out, ok = python(spawnNotebook, false)
if !ok {
	fmt.Println("python3 not found: nothing to compare with")
}
fmt.Println(lastLines(out, "AttributeError", "BrokenProcessPool", "["))

'''
    ),
    md(
        en="""
## 8. Initializers and fresh workers

`executor.WithProcessInitializer(fn, args...)` runs `fn` in every worker process when it
starts (Python's `initializer`, `initargs`), and `executor.WithMaxTasksPerChild(n)` replaces a
worker after `n` tasks (Python's `max_tasks_per_child`). The process ids show the replacements.
(The kernel passes a notebook function by name wherever it goes, the initializer too.)
""",
        zh="""
## 8. 初始化函数与全新的工作进程

`executor.WithProcessInitializer(fn, args...)` 在每个工作进程启动时运行 `fn`(即 Python 的
`initializer`、`initargs`),`executor.WithMaxTasksPerChild(n)` 在一个工作进程运行 `n` 个任务后替换它
(即 Python 的 `max_tasks_per_child`)。进程号显示了这些替换。(无论笔记本函数被传到哪里,
内核都按名字传递它,初始化函数也不例外。)
""",
    ),
    code(
        """
func setUp(label string) {
	fmt.Println("initializer:", label, "in process", os.Getpid())
}

func pid(task int) int { return os.Getpid() }


pp = executor.NewProcessPool(1,
	executor.WithProcessInitializer(setUp, "ready"),
	executor.WithMaxTasksPerChild(2))
pids, err := pp.Map(pid, []int{1, 2, 3, 4, 5})
pp.Close()
fmt.Println("process of each task:", pids, err)
"""
    ),
    md(
        en="""
## Summary

| Python `concurrent.futures` | Go `executor` | shown in |
|---|---|---|
| `future.cancel()`, `shutdown(cancel_futures=True)` | `f.Cancel()`, `pool.Shutdown(true, true)` | 1 |
| — (a running task cannot be stopped) | `pool.Terminate(f)`, `WithTaskTimeout(d)` on a `ProcessPool` | 1, 5 |
| `future.add_done_callback(fn)` | `f.AddDoneCallback(fn)` | 2 |
| exception in `fn`, `future.exception()` | returned error or panic (`*PanicError`), `f.Err()` | 3 |
| `wait(fs, return_when=FIRST_EXCEPTION)` | `executor.Wait(fs, executor.FirstException)` | 4 |
| a dead worker: `BrokenProcessPool` | a dead worker: `*WorkerError` for its task only | 5 |
| `map(fn, xs, chunksize=n)` | `pool.Map(fn, xs, executor.ChunkSize(n))` | 6 |
| notebook functions fail under *spawn* | notebook functions and types run in fresh workers | 7 |
| `initializer`, `initargs`, `max_tasks_per_child` | `WithProcessInitializer`, `WithMaxTasksPerChild` | 8 |
""",
        zh="""
## 小结

| Python `concurrent.futures` | Go `executor` | 见第几节 |
|---|---|---|
| `future.cancel()`、`shutdown(cancel_futures=True)` | `f.Cancel()`、`pool.Shutdown(true, true)` | 1 |
| —(正在运行的任务无法停止) | `ProcessPool` 上的 `pool.Terminate(f)`、`WithTaskTimeout(d)` | 1、5 |
| `future.add_done_callback(fn)` | `f.AddDoneCallback(fn)` | 2 |
| `fn` 中的异常、`future.exception()` | 返回的错误或 panic(`*PanicError`)、`f.Err()` | 3 |
| `wait(fs, return_when=FIRST_EXCEPTION)` | `executor.Wait(fs, executor.FirstException)` | 4 |
| 工作进程死掉:`BrokenProcessPool` | 工作进程死掉:只有它的任务得到 `*WorkerError` | 5 |
| `map(fn, xs, chunksize=n)` | `pool.Map(fn, xs, executor.ChunkSize(n))` | 6 |
| 笔记本函数在 *spawn* 下失败 | 笔记本函数和类型在全新的工作进程中运行 | 7 |
| `initializer`、`initargs`、`max_tasks_per_child` | `WithProcessInitializer`、`WithMaxTasksPerChild` | 8 |
""",
    ),
]

"""Magics through the real kernel: %time, %timeit, !command, %env, %cd,
%who/%whos, %%writefile, %help, %lsmagic, completion and inspection."""
import os
import re
import time

import pytest

from conftest import execute

CPU = re.compile(r"CPU times: user [\d.]+ [µnm]?s, sys: [\d.]+ [µnm]?s, total: [\d.]+ [µnm]?s\nWall time: [\d.]+ [µnm]?s\n")


def test_time_declares_and_shows(kernel):
    km, kc = kernel
    c = execute(kc, "%time x := 6 * 7")
    assert c.status == "ok", c.error
    assert CPU.fullmatch(c.stdout), c.stdout
    assert execute(kc, "x").result == "42"
    c = execute(kc, "%time x + 1")
    assert c.result == "43" and CPU.fullmatch(c.stdout)
    c = execute(kc, '%%time\nimport "fmt"\n\nfmt.Println("in the cell")\ny := x * 2')
    assert c.status == "ok", c.error
    assert c.stdout.startswith("in the cell\n") and CPU.fullmatch(c.stdout[len("in the cell\n"):]), c.stdout
    assert execute(kc, "y").result == "84"
    # the time measured is the cell's, in the interpreter
    c = execute(kc, '%%time\nimport "time"\n\ntime.Sleep(300 * time.Millisecond)')
    wall = re.search(r"Wall time: ([\d.]+) (m?s)", c.stdout)
    assert wall, c.stdout
    assert float(wall.group(1)) * (1 if wall.group(2) == "s" else 1e-3) >= 0.3
    # an error in the timed code is the cell's error, with its line
    c = execute(kc, "%%time\n\nundefinedName + 1")
    assert c.status == "error" and "undefinedName" in c.error["evalue"]


def test_timeit(kernel):
    km, kc = kernel
    execute(kc, "func work(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }")
    c = execute(kc, "%timeit r := work(1000)")
    assert c.status == "ok", c.error
    assert re.fullmatch(r"[\d.]+ [µnm]?s ± [\d.]+ [µnm]?s per loop \(mean ± std\. dev\. of 7 runs, [\d,]+ loops each\)\n",
                        c.stdout), c.stdout
    assert execute(kc, "len(_timeit.Times)").result == "7"
    assert execute(kc, "_timeit.Loops >= 1 && _timeit.Mean > 0 && _timeit.Best <= _timeit.Mean").result == "true"
    c = execute(kc, "r")  # the timed statement's variables are its own
    assert c.status == "error"
    c = execute(kc, "%%timeit\na := work(10)\n_ = a")
    assert c.status == "ok" and "per loop" in c.stdout, c.error
    c = execute(kc, '%timeit panic("boom")')
    assert c.status == "error" and "boom" in c.error["evalue"], c.error
    c = execute(kc, "%timeit undefinedName()")
    assert c.status == "error" and "undefinedName" in c.error["evalue"], c.error
    assert execute(kc, "work(3)").result == "3"  # same interpreter, nothing lost


def test_timeit_options(kernel):
    """IPython's -n LOOPS, -r RUNS and -q come before the statement."""
    km, kc = kernel
    execute(kc, "calls := 0\nfunc count() { calls++ }")
    c = execute(kc, "%timeit -n 10 -r 2 count()")
    assert c.status == "ok", c.error
    assert re.fullmatch(r"[\d.]+ [µnm]?s ± [\d.]+ [µnm]?s per loop \(mean ± std\. dev\. of 2 runs, 10 loops each\)\n",
                        c.stdout), c.stdout
    assert execute(kc, "calls").result == "20"
    c = execute(kc, "%timeit -n1 -r1 -q count()")
    assert c.status == "ok" and c.stdout == "", (c.stdout, c.error)
    assert execute(kc, "calls").result == "21"
    c = execute(kc, "%%timeit -n 3 -r 1\ncount()")
    assert c.status == "ok" and "of 1 run, 3 loops each" in c.stdout, (c.stdout, c.error)
    # %%timeit SETUP: run before each run, untimed, its variables seen by the cell
    c = execute(kc, "%%timeit -n 4 -r 3 calls = 100; base := 2\ncalls += base")
    assert c.status == "ok" and "of 3 runs, 4 loops each" in c.stdout, (c.stdout, c.error)
    assert execute(kc, "calls").result == "108"  # set to 100 before the last run, then 4 × 2
    c = execute(kc, "%timeit -p 3 count()")
    assert c.status == "error" and c.error["ename"] == "UsageError" and "unknown option -p" in c.error["evalue"], c.error


def test_magic_after_go_code(kernel):
    """A line magic after Go code runs after it, with what follows it, as
    IPython runs one anywhere in a cell (it was a SyntaxError)."""
    km, kc = kernel
    c = execute(kc, 'import "fmt"\nx := 5\nfmt.Println("first")\n%time y := x * 2\nfmt.Println("then", y)')
    assert c.status == "ok" and c.stdout.startswith("first\n") and "then 10\n" in c.stdout and "Wall time" in c.stdout, (c.stdout, c.error)
    assert execute(kc, "y").result == "10"
    c = execute(kc, "z := 1\n%who int")
    assert c.status == "ok" and "z" in c.stdout.split("\t") or "z\n" in c.stdout, (c.stdout, c.error)
    # the code before fails: the magic does not run
    c = execute(kc, "undefinedBefore()\n%env GOFUTURES_NOT_SET_BY_TEST=1")
    assert c.status == "error" and "undefinedBefore" in c.error["evalue"]
    assert "GOFUTURES_NOT_SET_BY_TEST" not in execute(kc, "%env").stdout
    # a format string's line in a raw string is not a magic
    c = execute(kc, 'fmt.Printf(`n=\n%d\n`, 3)')
    assert c.status == "ok" and c.stdout == "n=\n3\n", (c.stdout, c.error)


def test_pwd(kernel, tmp_path):
    """%pwd prints the interpreter's working directory, as IPython's does."""
    km, kc = kernel
    execute(kc, f"%cd {tmp_path}")
    c = execute(kc, "%pwd")
    assert c.status == "ok" and c.stdout == f"{tmp_path}\n", (c.stdout, c.error)


def test_code_after_a_line_magic(kernel, tmp_path):
    """Go code after a line magic runs after the magic, as Python code does
    in IPython (it was dropped without a word); not when the magic fails."""
    km, kc = kernel
    c = execute(kc, f'%cd {tmp_path}\nimport "os"\nwd, _ := os.Getwd()\nwd')
    assert c.status == "ok" and c.stdout == f"{tmp_path}\n" and c.result == str(tmp_path), (c.stdout, c.result, c.error)
    c = execute(kc, "%env GOFUTURES_AFTER=1\ny := os.Getenv(\"GOFUTURES_AFTER\")")
    assert c.status == "ok" and execute(kc, "y").result == "1", c.error
    c = execute(kc, "%who\n\nundefinedAfter")
    assert c.status == "error" and "line 3" in "\n".join(c.error["traceback"]), c.error  # lines as in the cell
    c = execute(kc, "%cd /nonexistent/dir\nz := 1")
    assert c.status == "error" and execute(kc, "z").status == "error"


def test_shell(kernel):
    km, kc = kernel
    c = execute(kc, "!echo hello; echo oops >&2")
    assert c.status == "ok" and c.stdout == "hello\n" and c.stderr == "oops\n", (c.stdout, c.stderr)
    c = execute(kc, "!false")
    assert "exit status 1" in c.stderr
    c = execute(kc, "!exit 3")
    assert "exit status 3" in c.stderr
    # output streams while the command runs: "first" arrives well before
    # the command ends
    t0 = time.monotonic()
    msg_id = kc.execute("!echo first; sleep 2; echo second")
    first = None
    while first is None:
        m = kc.get_iopub_msg(timeout=10)
        if m["parent_header"].get("msg_id") == msg_id and m["header"]["msg_type"] == "stream":
            assert "first" in m["content"]["text"] and "second" not in m["content"]["text"]
            first = time.monotonic()
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id and reply["content"]["status"] == "ok"
    assert time.monotonic() - first > 1.0, (first - t0, time.monotonic() - t0)


@pytest.mark.parametrize("code", ["!echo started; sleep 60", '%timeit time.Sleep(50 * time.Millisecond)'])
def test_magic_interrupted(kernel, code):
    """An interrupted shell command or %timeit stops at once, and the
    interpreter goes on: even an open file (which a restart loses) is kept."""
    km, kc = kernel
    execute(kc, 'import (\n\t"os"\n\t"time"\n)\n\nvar _ = time.Second\nf, _ := os.Open("/dev/null")\nkept := 6')
    msg_id = kc.execute(code)
    time.sleep(1)
    t0 = time.monotonic()
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "KeyboardInterrupt"
    assert time.monotonic() - t0 < 1.5
    c = execute(kc, "f != nil && kept == 6")
    assert c.result == "true", c.msgs


def test_env_cd_writefile(kernel, tmp_path):
    km, kc = kernel
    c = execute(kc, "%env GOFUTURES_MAGIC=abc")
    assert c.stdout == "env: GOFUTURES_MAGIC=abc\n"
    assert execute(kc, "%env GOFUTURES_MAGIC").stdout == "abc\n"
    assert "GOFUTURES_MAGIC=abc\n" in execute(kc, "%env").stdout
    assert execute(kc, 'import "os"\n\nos.Getenv("GOFUTURES_MAGIC")').result == "abc"
    assert execute(kc, "!echo $GOFUTURES_MAGIC").stdout == "abc\n"
    c = execute(kc, "%env NOT_SET_GOFUTURES_XYZ")
    assert c.status == "error" and "not set" in c.error["evalue"]

    c = execute(kc, "%cd " + str(tmp_path))
    assert c.stdout == str(tmp_path) + "\n"
    c = execute(kc, "%%writefile notes.txt\nhello\nworld")
    assert c.stdout == "Writing notes.txt\n"
    assert (tmp_path / "notes.txt").read_text() == "hello\nworld\n"
    assert execute(kc, "%%writefile notes.txt\nagain").stdout == "Overwriting notes.txt\n"
    assert execute(kc, "!cat notes.txt; pwd").stdout == "again\n" + str(tmp_path) + "\n"
    c = execute(kc, 'wd, _ := os.Getwd()\nwd')
    assert c.result == str(tmp_path)
    c = execute(kc, "%cd /nonexistent-gofutures")
    assert c.status == "error" and "nonexistent" in c.error["evalue"]
    # a fresh interpreter (here after an interrupted cell) keeps both
    msg_id = kc.execute("for {}")
    time.sleep(0.5)
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id and reply["content"]["ename"] == "KeyboardInterrupt"
    assert execute(kc, "!pwd; echo $GOFUTURES_MAGIC").stdout == str(tmp_path) + "\nabc\n"


def test_who_whos(kernel):
    km, kc = kernel
    assert "no variables" in execute(kc, "%who").stdout
    execute(kc, 'count := 3\nname := "gopher"\nvar ratio = 0.5')
    c = execute(kc, "%who")
    assert c.stdout.split("\n")[0].split("\t") == ["count", "name", "ratio"], c.stdout
    c = execute(kc, "%whos")
    lines = c.stdout.splitlines()
    assert lines[0].split() == ["Variable", "Type", "Data/Info", "Restorable"]
    assert re.search(r"^count\s+int\s+3\s+yes$", c.stdout, re.M), c.stdout
    assert re.search(r"^name\s+string\s+gopher\s+yes$", c.stdout, re.M), c.stdout
    # a value a restart cannot bring back is marked
    execute(kc, 'import "os"\n\nf, _ := os.Open("/dev/null")')
    c = execute(kc, "%who")
    assert "f*" in c.stdout.split("\n")[0] and "restart" in c.stdout, c.stdout
    c = execute(kc, "%whos")
    assert re.search(r"^f\s+\*os\.File\s+.*no: f: ", c.stdout, re.M), c.stdout
    # the notebook's types as the cells spell them, not the interpreter's
    execute(kc, "type Temp float64\ntype P struct{ X int }\ntemps := []Temp{21.5}\nps := map[string]*P{}\nvar cur = P{7}")
    c = execute(kc, "%whos")
    assert re.search(r"^cur\s+P\s+\{7\}\s+yes$", c.stdout, re.M), c.stdout
    assert re.search(r"^temps\s+\[\]Temp\s+\[21\.5\]\s+yes$", c.stdout, re.M), c.stdout
    assert re.search(r"^ps\s+map\[string\]\*P\s+map\[\]\s+yes$", c.stdout, re.M), c.stdout
    # as in IPython, %who TYPE... lists the variables of those types only
    c = execute(kc, "%who int string")
    assert c.stdout == "count\tname\n", c.stdout
    c = execute(kc, "%whos File")  # a type's name without its package and pointer
    assert re.search(r"^f\s+\*os\.File", c.stdout, re.M) and "count" not in c.stdout, c.stdout
    assert execute(kc, "%who chan").stdout == "No variables match your requested type.\n"


def test_help_lsmagic_unknown(kernel):
    km, kc = kernel
    c = execute(kc, "%help")
    for m in ["%time", "%timeit", "!COMMAND", "%env", "%cd", "%who", "%whos", "%%writefile", "%help",
              "%lsmagic", "%%compile", "%go"]:
        assert re.search(r"^  %s\s+\S" % re.escape(m), c.stdout, re.M), (m, c.stdout)
    c = execute(kc, "%help timeit")
    assert "usage: %timeit" in c.stdout
    c = execute(kc, "%lsmagic")
    assert "%time" in c.stdout and "%%writefile" in c.stdout
    c = execute(kc, "%frobnicate 3")
    assert c.status == "error" and c.error["ename"] == "UsageError"
    assert "%frobnicate" in c.error["evalue"] and "%help" in c.error["evalue"]
    c = execute(kc, "%writefile x.txt")
    assert c.status == "error" and "cell magic" in c.error["evalue"]
    assert execute(kc, "1 + 1").result == "2"  # the kernel is fine


def test_complete_and_inspect_magics(kernel):
    km, kc = kernel
    r = kc.complete("%ti", 3, reply=True, timeout=10)["content"]
    assert r["matches"] == ["%time", "%timeit"] and (r["cursor_start"], r["cursor_end"]) == (0, 3)
    r = kc.complete("%%wr", 4, reply=True, timeout=10)["content"]
    assert r["matches"] == ["%%writefile"]
    r = kc.inspect("%timeit x := 1", 3, reply=True, timeout=10)["content"]
    assert r["found"] and "mean ± std. dev." in r["data"]["text/plain"]
    for code, status in [("%time x := 1", "complete"), ("%%time\nfor i := 0; i < 3; i++ {", "incomplete"),
                         ("%who", "complete"), ("!ls", "complete"), ("%%writefile f\nline", "incomplete")]:
        msg_id = kc.is_complete(code)
        m = kc.get_shell_msg(timeout=10)
        assert m["parent_header"]["msg_id"] == msg_id
        r = m["content"]
        assert r["status"] == status, (code, r)
    r = kc.inspect("%%writefile out.txt", 5, reply=True, timeout=10)["content"]
    assert r["found"] and "usage: %%writefile" in r["data"]["text/plain"]

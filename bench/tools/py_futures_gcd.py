"""The seed tutorial's gcd experiment in CPython (serial / threads / processes) plus
submit+result, as_completed(timeout=2), wait(ALL/FIRST_COMPLETED/FIRST_EXCEPTION).
Each variant is run 5 times; median (and min/max) wall seconds reported.
Usage: python3 py_futures_gcd.py [start_method]   (default: platform default = fork on Linux 3.11)
With GCD_QUICK=1 (benchmark smoke runs) only serial and process map run, once each.
"""
import os, sys, time, statistics, multiprocessing as mp
from concurrent.futures import (ThreadPoolExecutor, ProcessPoolExecutor, as_completed,
                                wait, ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION)

def gcd(pair):
    a, b = pair
    low = min(a, b)
    for i in range(low, 0, -1):
        if a % i == 0 and b % i == 0:
            return i

numbers = [(1963309, 2265973), (1879675, 2493670), (2030677, 3814172),
           (1551645, 2229620), (1988912, 4736670), (2198964, 7876293)]

def serial():
    return list(map(gcd, numbers))

def mkpool(kind):
    if kind == 'thread':
        return ThreadPoolExecutor(max_workers=2)
    ctx = mp.get_context(METHOD) if METHOD else None
    return ProcessPoolExecutor(max_workers=2, mp_context=ctx)

def pmap(kind):
    with mkpool(kind) as pool:           # pool start-up + shutdown included, as the tutorial
        return list(pool.map(gcd, numbers))

def submit_result(kind):
    with mkpool(kind) as pool:
        futs = [pool.submit(gcd, p) for p in numbers]
        return [f.result() for f in futs]

def as_completed_t(kind):
    with mkpool(kind) as pool:
        futs = [pool.submit(gcd, p) for p in numbers]
        try:
            return sorted(f.result() for f in as_completed(futs, timeout=2))
        except TimeoutError:  # concurrent.futures.TimeoutError is builtin TimeoutError since 3.11
            return 'TIMEOUT'

def wait_t(kind, rw):
    with mkpool(kind) as pool:
        futs = [pool.submit(gcd, p) for p in numbers]
        done, not_done = wait(futs, return_when=rw)
        n = len(done)
        # shutdown(wait=True) at `with` exit still waits for the rest (cancel_futures not set)
    return n

def wait_first_cancel(kind, rw):
    pool = mkpool(kind)
    futs = [pool.submit(gcd, p) for p in numbers]
    done, not_done = wait(futs, return_when=rw)
    n = len(done)
    pool.shutdown(wait=True, cancel_futures=True)
    return n

def timeit(fn, *a, runs=5):
    ts = []
    for _ in range(runs):
        t0 = time.perf_counter(); r = fn(*a); ts.append(time.perf_counter() - t0)
    return statistics.median(ts), min(ts), max(ts), r

METHOD = None
if __name__ == '__main__':
    METHOD = sys.argv[1] if len(sys.argv) > 1 else None
    print(f"python {sys.version.split()[0]}  process start method: {METHOD or mp.get_start_method()}  cpus={mp.cpu_count()}")
    serial()  # untimed warm-up: the first timed pass was otherwise ~15-30% slow (see task1_order_check.txt)
    rows = [('serial map', serial, ())]
    for kind in ('thread', 'process'):
        rows += [(f'{kind} map', pmap, (kind,)),
                 (f'{kind} submit+result', submit_result, (kind,)),
                 (f'{kind} as_completed(timeout=2)', as_completed_t, (kind,)),
                 (f'{kind} wait ALL_COMPLETED', wait_t, (kind, ALL_COMPLETED)),
                 (f'{kind} wait FIRST_COMPLETED (then with-exit waits all)', wait_t, (kind, FIRST_COMPLETED)),
                 (f'{kind} wait FIRST_EXCEPTION', wait_t, (kind, FIRST_EXCEPTION)),
                 (f'{kind} wait FIRST_COMPLETED + shutdown(cancel_futures=True)', wait_first_cancel, (kind, FIRST_COMPLETED))]
    quick = os.environ.get('GCD_QUICK') == '1'
    if quick:
        rows = [r for r in rows if r[0] in ('serial map', 'process map')]
    for name, fn, a in rows:
        med, lo, hi, r = timeit(fn, *a, runs=1 if quick else 5)
        print(f"{name:62s} median {med:6.3f}s  (min {lo:.3f} max {hi:.3f})  result={r}")

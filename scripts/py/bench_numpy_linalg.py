"""numpy's counterparts of `tuner bench linalg`: sgemm / dgemm (C = A @ B, n x n) and dpotrf (Cholesky of an
SPD n x n matrix, numpy.linalg.cholesky, which also copies A), best time of repetitions within a budget, as
JSON lines {"op", "n", "threads", "gflops", "seconds"}. Threads: whatever OPENBLAS_NUM_THREADS says (numpy's
wheel carries its own OpenBLAS).

Usage: bench_numpy_linalg.py --sizes 256 512 --cholesky-sizes 500 --threads 1 --seconds 0.4
"""
import argparse
import json
import time

import numpy as np


def best_seconds(body, budget):
    body()  # warm-up
    best, spent, reps = float("inf"), 0.0, 0
    while spent < budget or reps < 3:
        start = time.perf_counter()
        body()
        t = time.perf_counter() - start
        best, spent, reps = min(best, t), spent + t, reps + 1
    return best


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--sizes", type=int, nargs="+", default=[256, 512, 1024])
    a.add_argument("--cholesky-sizes", type=int, nargs="+", default=[500, 1000])
    a.add_argument("--threads", type=int, default=1)
    a.add_argument("--seconds", type=float, default=0.4)
    args = a.parse_args()
    rng = np.random.default_rng(1)
    for n in args.sizes:
        for op, dtype in (("sgemm", np.float32), ("dgemm", np.float64)):
            x, y = rng.random((n, n)).astype(dtype), rng.random((n, n)).astype(dtype)
            out = np.empty((n, n), dtype=dtype)
            t = best_seconds(lambda: np.matmul(x, y, out=out), args.seconds)
            print(json.dumps({"op": op, "n": n, "threads": args.threads, "gflops": 2 * n ** 3 / t / 1e9, "seconds": t}),
                  flush=True)
    for n in args.cholesky_sizes:
        m = rng.random((n, n))
        spd = m @ m.T + n * np.eye(n)
        t = best_seconds(lambda: np.linalg.cholesky(spd), args.seconds)
        print(json.dumps({"op": "dpotrf", "n": n, "threads": args.threads, "gflops": n ** 3 / 3 / t / 1e9,
                          "seconds": t}), flush=True)


if __name__ == "__main__":
    main()

"""Runs the peers (peer_samplers.py) on the functions of docs/bench/FUNCTIONS.md with the same budget and seeds as
`tuner sweep`, appending rows to a sweep CSV, and merges them with ours. See scripts/compare-peers. The
multi-objective problems (`--problems multiobjective`, or zdt1, ...) are run by the Optuna peers that take several
objectives; their rows carry the hypervolume columns.

Each (peer, problem) pair runs in its own child process (peer_run.py), `--jobs` at a time, one BLAS thread
each; a run's rows are appended in one write (flushed to disk) as soon as it finishes, so nothing finished is
lost when a peer crashes or the script is stopped. Resuming: complete runs are skipped, rows of incomplete
runs of the plan are dropped and those runs redone. A peer whose packages do not import is skipped with a
message; a peer that crashes loses only the run in progress (the pair's later seeds are not attempted) and
the others go on. Exit status 1 if any peer was skipped or failed.
"""
import argparse
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.path.join(os.path.dirname(os.path.dirname(HERE)), ".build", "compare-peers-logs")
sys.path.insert(0, HERE)
import functions  # noqa: E402
import mo_functions  # noqa: E402
from peer_samplers import PEERS, REQUIRES, supports  # noqa: E402
import sweep_csv  # noqa: E402

BY_NAME = {**functions.BY_NAME, **mo_functions.BY_NAME}
GROUPS = {**functions.GROUPS, **mo_functions.GROUPS}

# Slowest first, so the long runs start early and the jobs finish together.
ORDER = ["skopt_gp", "optuna_gp", "optuna_tpe_indep", "hyperopt_tpe", "optuna_tpe", "cmaes", "optuna_nsga2",
         "optuna_random"]


def parse():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--peers", default=",".join(PEERS), help="comma-separated: " + ", ".join(PEERS))
    p.add_argument("--problems", default="all",
                   help="comma-separated problem keys, all (the ten functions), inert (their _inert variants) or "
                        "multiobjective (zdt1, zdt2, zdt3, dtlz2, bnh, c2dtlz2)")
    p.add_argument("--seeds", type=int, default=10, help="seeds 0..N-1")
    p.add_argument("--trials", type=int, default=60)
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--csv", default="peers.csv", help="the peers' rows (appended to; resumable)")
    p.add_argument("--ours", help="our CSV (tuner sweep --out) to merge with")
    p.add_argument("--out", help="the merged CSV (ours, then the peers')")
    a = p.parse_args()
    a.peers = [s.strip() for s in a.peers.split(",") if s.strip()]
    names = [s.strip() for s in a.problems.split(",") if s.strip()]
    a.problems = []
    for n in names:
        for m in GROUPS.get(n, [n]):
            if m.startswith("mlp-"):
                print(f"note: {m} is ours only (the peers run the functions); skipped", file=sys.stderr)
            elif m not in BY_NAME:
                p.error(f"--problems: unknown problem '{m}' (known: {', '.join(list(GROUPS) + list(BY_NAME))})")
            elif m not in a.problems:
                a.problems.append(m)
    for s in a.peers:
        if s not in PEERS:
            p.error(f"--peers: unknown peer '{s}' (known: {', '.join(PEERS)})")
    if a.seeds < 1 or a.trials < 1 or a.jobs < 1:
        p.error("--seeds, --trials and --jobs must be >= 1")
    if a.out and not a.ours:
        p.error("--out needs --ours (the CSV of tuner sweep)")
    if a.ours and not os.path.exists(a.ours):
        p.error(f"--ours: {a.ours}: no such file")
    return a


def importable(module):
    return subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode == 0


class Appender:
    def __init__(self, path, total):
        self.path, self.total, self.done, self.lock = path, total, 0, threading.Lock()

    def run_finished(self, lines, label, seconds):
        with self.lock:
            sweep_csv.append_lines(self.path, lines)
            self.done += 1
            fields = lines[-1].split(",")
            hypervolume = f", hypervolume {fields[9]}" if len(fields) > 9 and fields[9] else ""
            print(f"[{self.done}/{self.total}] {label}: final regret {fields[6]}{hypervolume} ({seconds:.1f} s)",
                  file=sys.stderr, flush=True)


def run_pair(peer, problem, seeds, args, appender, failures):
    log = os.path.join(LOGS, f"{peer}__{problem}.err")
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    with open(log, "w") as err:
        child = subprocess.Popen([sys.executable, os.path.join(HERE, "peer_run.py"), peer, problem, str(args.trials)]
                                 + [str(s) for s in seeds], stdout=subprocess.PIPE, stderr=err, text=True, env=env)
        block, start = [], time.perf_counter()
        for line in child.stdout:
            line = line.rstrip("\n")
            if line.startswith("#done "):
                if len(block) == args.trials:
                    appender.run_finished(block, f"{peer} {problem} seed {line[6:]}", time.perf_counter() - start)
                block, start = [], time.perf_counter()
            else:
                block.append(line)
        status = child.wait()
    if status != 0:
        with open(log) as f:
            tail = [l for l in f.read().splitlines() if l.strip()][-1:] or [f"exit status {status}"]
        failures.append(f"{peer} {problem}: {tail[0]} (log: {log})")
        print(f"FAILED {peer} {problem}: {tail[0]}", file=sys.stderr, flush=True)


def main():
    args = parse()
    os.makedirs(LOGS, exist_ok=True)
    failures, peers = [], []
    for peer in args.peers:
        missing = [m for m in REQUIRES[peer] if not importable(m)]
        if missing:
            failures.append(f"{peer}: skipped, cannot import {', '.join(missing)}")
            print(f"SKIPPED {peer}: cannot import {', '.join(missing)} (see the install messages above)",
                  file=sys.stderr, flush=True)
        else:
            peers.append(peer)
    rows = sweep_csv.read_rows(args.csv)
    done = sweep_csv.complete_runs(rows, args.trials)
    pairs, planned = [], set()
    for peer in sorted(peers, key=ORDER.index):
        for problem in args.problems:
            ok, why = supports(peer, BY_NAME[problem])
            if not ok:
                print(f"note: {peer} does not support {problem} ({why}); skipped", file=sys.stderr)
                continue
            planned.update((problem, peer, s) for s in range(args.seeds))
            seeds = [s for s in range(args.seeds) if (problem, peer, s) not in done]
            if seeds:
                pairs.append((peer, problem, seeds))
    kept = [r for r in rows if (r[0], r[1], int(r[2])) in done or (r[0], r[1], int(r[2])) not in planned]
    if len(kept) != len(rows) or not os.path.exists(args.csv):
        sweep_csv.rewrite(args.csv, kept)
    todo = sum(len(s) for _, _, s in pairs)
    dropped = f"; dropped {len(rows) - len(kept)} rows of unfinished runs" if len(kept) != len(rows) else ""
    print(f"compare-peers: {len(planned)} runs, {len(planned) - todo} already in {args.csv}, {todo} to run with "
          f"{args.jobs} job(s)" + dropped, file=sys.stderr, flush=True)
    appender = Appender(args.csv, todo)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(run_pair, peer, problem, seeds, args, appender, failures)
                   for peer, problem, seeds in pairs]
        for f in futures:
            f.result()
    if args.out:
        n = sweep_csv.merge([args.ours, args.csv], args.out)
        print(f"merged {args.ours} and {args.csv} into {args.out} ({n} rows)", file=sys.stderr)
    if failures:
        print(f"{len(failures)} problem(s); rows already written are kept:\n  " + "\n  ".join(failures),
              file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

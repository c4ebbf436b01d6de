"""The sweep CSV shared with `tuner sweep` (Sources/Benchmarking/Runs/BenchmarkRow.swift): one row per trial,

    problem,sampler,seed,trial,value,best,regret,elapsed_s,proposal_s

trial is 1-based; best is the running minimum of the observed value; regret the best-so-far regret of
docs/bench/FUNCTIONS.md. A run (problem, sampler, seed) is complete when it has exactly the rows of trials 1..N.
"""
import csv
import os
from collections import defaultdict

HEADER = ["problem", "sampler", "seed", "trial", "value", "best", "regret", "elapsed_s", "proposal_s"]


def read_rows(path):
    """The rows of `path` as lists of strings (a torn last line without newline is dropped); [] if missing."""
    if not os.path.exists(path):
        return []
    with open(path, newline="") as f:
        text = f.read()
    lines = text.split("\n")
    lines = lines[:-1]  # the part after the last newline: empty, or a torn line
    if not lines:
        return []
    if lines[0].strip() != ",".join(HEADER):
        raise SystemExit(f"{path}:1: expected the header '{','.join(HEADER)}'")
    rows = [r for r in csv.reader(lines[1:]) if r]
    for i, r in enumerate(rows):
        if len(r) != len(HEADER):
            raise SystemExit(f"{path}:{i + 2}: not a row of {len(HEADER)} fields")
    return rows


def complete_runs(rows, trials):
    seen = defaultdict(list)
    for r in rows:
        seen[(r[0], r[1], int(r[2]))].append(int(r[3]))
    return {k for k, v in seen.items() if sorted(v) == list(range(1, trials + 1))}


def rewrite(path, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", newline="") as f:
        f.write(",".join(HEADER) + "\n")
        f.writelines(",".join(r) + "\n" for r in rows)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def append_lines(path, lines):
    """Appends whole lines in one write and flushes them to disk."""
    with open(path, "a") as f:
        f.write("".join(line + "\n" for line in lines))
        f.flush()
        os.fsync(f.fileno())


def format_row(problem, sampler, seed, row):
    trial, value, best, regret, elapsed, proposal = row
    numbers = [repr(float(x)) for x in (value, best, regret, elapsed, proposal)]
    return ",".join([problem, sampler, str(seed), str(trial)] + numbers)


def merge(paths, out):
    """Writes the rows of every file in `paths` (ours first) to `out`; a run present in several keeps the first."""
    merged, owner = [], {}
    for path in paths:
        for r in read_rows(path):
            key = (r[0], r[1], r[2])
            if owner.setdefault(key, path) == path:
                merged.append(r)
    rewrite(out, merged)
    return len(merged)

"""The sweep CSV shared with `tuner sweep` (Sources/Benchmarking/Runs/BenchmarkRow.swift): one row per trial,

    problem,sampler,seed,trial,value,best,regret,elapsed_s,proposal_s,hypervolume,log_hv_gap,feasible_share

trial is 1-based; best is the running minimum of the observed value; regret the best-so-far regret of
docs/bench/FUNCTIONS.md (for a multi-objective problem: value is f1, regret the hypervolume gap HV* - HV, and the
last three columns are filled; they are empty for the functions). Files of the nine columns before `hypervolume`
(written before those existed) are read too, their rows padded with empty fields; files are always written with
all twelve. A run (problem, sampler, seed) is complete when it has exactly the rows of trials 1..N.
"""
import csv
import os
from collections import defaultdict

HEADER = ["problem", "sampler", "seed", "trial", "value", "best", "regret", "elapsed_s", "proposal_s", "hypervolume",
          "log_hv_gap", "feasible_share"]
LEGACY_HEADER = HEADER[:9]


def read_rows(path):
    """The rows of `path` as lists of twelve strings (a torn last line without newline is dropped; rows of a file
    with the nine legacy columns get three empty fields); [] if missing."""
    if not os.path.exists(path):
        return []
    with open(path, newline="") as f:
        text = f.read()
    lines = text.split("\n")
    lines = lines[:-1]  # the part after the last newline: empty, or a torn line
    if not lines:
        return []
    header = lines[0].strip()
    if header not in (",".join(HEADER), ",".join(LEGACY_HEADER)):
        raise SystemExit(f"{path}:1: expected the header '{','.join(HEADER)}'")
    width = header.count(",") + 1
    rows = [r for r in csv.reader(lines[1:]) if r]
    for i, r in enumerate(rows):
        if len(r) not in (len(LEGACY_HEADER), width):
            raise SystemExit(f"{path}:{i + 2}: not a row of {width} fields")
    return [r + [""] * (len(HEADER) - len(r)) for r in rows]


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
    """A CSV line of (trial, value, best, regret, elapsed_s, proposal_s[, hypervolume, log_hv_gap,
    feasible_share]): the multi-objective fields are empty when absent."""
    trial, value, best, regret, elapsed, proposal = row[:6]
    numbers = [repr(float(x)) for x in (value, best, regret, elapsed, proposal)]
    extra = ["" if x is None else repr(float(x)) for x in (list(row[6:9]) + [None] * 3)[:3]]
    return ",".join([problem, sampler, str(seed), str(trial)] + numbers + extra)


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

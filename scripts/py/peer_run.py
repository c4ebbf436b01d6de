"""Child process of compare_peers.py: runs one peer on one problem for the given seeds and prints, after each
finished run, its CSV rows followed by a line `#done <seed>`, so the parent appends whole runs only and keeps
every finished run even if this process later crashes. Exit status 3: the peer's packages are missing.

Usage: peer_run.py PEER PROBLEM TRIALS SEED...
       peer_run.py --self-check [PROBLEM]   # each multi-objective Optuna peer on PROBLEM (bnh), 5 trials, checked
"""
import math
import importlib
import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from functions import BY_NAME as FUNCTIONS  # noqa: E402
from mo_functions import BY_NAME as MULTI_OBJECTIVE, hypervolume  # noqa: E402
from peer_samplers import MULTI_OBJECTIVE_PEERS, REQUIRES, run  # noqa: E402
from sweep_csv import HEADER, format_row  # noqa: E402

BY_NAME = {**FUNCTIONS, **MULTI_OBJECTIVE}


def self_check(problem_name="bnh", trials=5):
    """Runs every multi-objective peer whose packages import on one problem for `trials` evaluations and checks
    its rows: trials 1..n, twelve CSV fields each, and hypervolume, regret, log gap and feasible share equal to
    their definitions recomputed from the evaluated points (all feasible ones, not only the kept front)."""
    evaluated = []
    base = MULTI_OBJECTIVE[problem_name]

    def logged(params):
        evaluated.append(base["f"](params))
        return evaluated[-1]

    problem = dict(base, f=logged)
    for peer in MULTI_OBJECTIVE_PEERS:
        try:
            for module in REQUIRES[peer]:
                importlib.import_module(module)
        except Exception as error:
            print(f"self-check: {peer} skipped (cannot import: {error})")
            continue
        evaluated.clear()
        rows = run(peer, problem, 0, trials)
        assert [r[0] for r in rows] == list(range(1, trials + 1)) and len(evaluated) == trials, rows
        for n, (trial, value, best, regret, elapsed, proposal, hv, log_gap, share) in enumerate(rows, 1):
            feasible = [f for f, g in evaluated[:n] if all(v <= 0 for v in g)]
            expected = hypervolume(feasible, problem["ref_point"])
            assert abs(hv - expected) <= 1e-12 * max(1, expected), (peer, n, hv, expected)
            gap = problem["max_hv"] - hv
            assert regret == max(gap, 0) and log_gap == math.log10(max(gap, 1e-12))
            assert value == evaluated[n - 1][0][0] and best == min(f[0] for f, _ in evaluated[:n])
            after = [all(v <= 0 for v in g) for _, g in evaluated[10:n]]
            assert (math.isnan(share) and not after) or share == sum(after) / len(after), (peer, n, share)
            assert elapsed >= 0 and proposal >= 0
            assert len(format_row(problem_name, peer, 0, rows[n - 1]).split(",")) == len(HEADER)
        print(f"self-check: {peer} on {problem_name}: {trials} rows, final hypervolume {rows[-1][6]:.6g}")
    print("peer_run self-check: ok")


def main():
    if sys.argv[1:2] == ["--self-check"]:
        self_check(*sys.argv[2:3])
        return
    peer, problem_name, trials, seeds = sys.argv[1], sys.argv[2], int(sys.argv[3]), [int(s) for s in sys.argv[4:]]
    for module in REQUIRES[peer]:
        try:
            importlib.import_module(module)
        except Exception as error:  # missing or broken install
            print(f"{peer}: cannot import {module} ({error.__class__.__name__}: {error})", file=sys.stderr)
            sys.exit(3)
    try:
        import torch
        torch.set_num_threads(1)
    except Exception:
        pass
    problem = BY_NAME[problem_name]
    for seed in seeds:
        try:
            rows = run(peer, problem, seed, trials)
        except Exception as error:
            traceback.print_exc(file=sys.stderr)
            print(f"{peer} {problem_name} seed {seed}: {error.__class__.__name__}: {error}", file=sys.stderr)
            sys.exit(1)
        sys.stdout.write("".join(format_row(problem_name, peer, seed, r) + "\n" for r in rows) + f"#done {seed}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

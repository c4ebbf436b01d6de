"""Child process of compare_peers.py: runs one peer on one problem for the given seeds and prints, after each
finished run, its CSV rows followed by a line `#done <seed>`, so the parent appends whole runs only and keeps
every finished run even if this process later crashes. Exit status 3: the peer's packages are missing.

Usage: peer_run.py PEER PROBLEM TRIALS SEED...
"""
import importlib
import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from functions import BY_NAME  # noqa: E402
from peer_samplers import REQUIRES, run  # noqa: E402
from sweep_csv import format_row  # noqa: E402


def main():
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

"""Optuna's GPSampler: seconds per proposal as the history grows, the peer side of `tuner bench bo --optuna`.

For each n: a history of n uniformly random points of Hartmann-6 (d = 6) is added to a fresh study; then, per
repetition, one `study.ask()` from a fresh sampler (cold: the kernel parameters are fitted from scratch), its
trial told its value, and one more `study.ask()` from the same sampler (warm: Optuna starts the fit from the
parameters cached by the previous call, what each proposal of a running study costs at that size). Prints one
JSON line per n: {"op": "optuna-gp-propose", "observations": n, "d": 6, "seconds_per_proposal": warm median,
"cold_seconds": cold median}. `tuner bench bo --json` prints the same fields for the `bayes` sampler.
"""

import argparse
import json
import statistics
import sys
import time

import numpy as np

try:
    import optuna
    import torch  # noqa: F401  (GPSampler needs it)
except ImportError as error:
    print(f"error: {error.name} is missing; run scripts/setup-venv --torch", file=sys.stderr)
    sys.exit(1)

from functions import hartmann6


def history_study(n, seed):
    rng = np.random.default_rng(seed + n)
    names = [f"x{i + 1}" for i in range(6)]
    distributions = {name: optuna.distributions.FloatDistribution(0.0, 1.0) for name in names}
    study = optuna.create_study(direction="minimize")
    trials = []
    for _ in range(n):
        x = rng.uniform(0.0, 1.0, 6)
        trials.append(
            optuna.trial.create_trial(
                params=dict(zip(names, x.tolist())), distributions=distributions, value=float(hartmann6(x))
            )
        )
    study.add_trials(trials)
    return study, distributions, names


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--observations", default="60,200,500,1000,2000")
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    for n in [int(s) for s in args.observations.split(",")]:
        cold, warm = [], []
        for r in range(args.repetitions):
            study, distributions, names = history_study(n - 1, args.seed)
            study.sampler = optuna.samplers.GPSampler(seed=args.seed + 1000 * n + r)
            start = time.perf_counter()
            trial = study.ask(distributions)
            cold.append(time.perf_counter() - start)
            study.tell(trial, float(hartmann6(np.array([trial.params[name] for name in names]))))
            start = time.perf_counter()
            trial = study.ask(distributions)
            warm.append(time.perf_counter() - start)
        print(
            json.dumps(
                {
                    "op": "optuna-gp-propose",
                    "observations": n,
                    "d": 6,
                    "seconds_per_proposal": statistics.median(warm),
                    "cold_seconds": statistics.median(cold),
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()

"""PNG plots of a sweep CSV (ours, the peers', or both merged; see sweep_csv.py):

  <prefix>-regret.png         median best-so-far regret (log scale, floored at 1e-12 as in
                              docs/bench/FUNCTIONS.md) against the number of trials, 25-75 % band over seeds;
                              one panel per problem, one line per sampler
  <prefix>-proposal-time.png  median seconds per proposal against the number of observations the sampler had
                              (trial n is proposed from n - 1), over problems and seeds; one line per sampler
Peers (peer_samplers.PEERS) are drawn dashed, our samplers solid.

Usage: plot_sweep.py CSV [--out-dir docs] [--prefix sweep] [--problems a,b] [--samplers a,b]
"""
import argparse
import math
import os
import sys
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sweep_csv  # noqa: E402
from peer_samplers import PEERS  # noqa: E402

FLOOR = 1e-12


def load(path, problems, samplers):
    regret = defaultdict(lambda: defaultdict(dict))    # (problem, sampler) -> seed -> trial -> regret
    proposal = defaultdict(lambda: defaultdict(list))  # sampler -> observations -> [seconds]
    for p, s, seed, trial, _, _, r, _, t in (row[:9] for row in sweep_csv.read_rows(path)):
        if (problems and p not in problems) or (samplers and s not in samplers):
            continue
        regret[(p, s)][int(seed)][int(trial)] = max(float(r), FLOOR)
        if not math.isnan(float(t)):
            proposal[s][int(trial) - 1].append(float(t))
    return regret, proposal


def ordered(values):
    return list(dict.fromkeys(values))


def plot_regret(regret, path):
    problems = ordered(p for p, _ in regret)
    samplers = ordered(s for _, s in regret)
    colors = {s: plt.cm.tab10(i % 10) for i, s in enumerate(samplers)}
    cols = min(3, len(problems))
    rows = math.ceil(len(problems) / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(4.6 * cols, 3.4 * rows), squeeze=False)
    for ax, problem in zip(axes.flat, problems):
        for s in samplers:
            seeds = regret.get((problem, s))
            if not seeds:
                continue
            n = max(max(t) for t in seeds.values())
            trials = np.arange(1, n + 1)
            table = np.array([[runs.get(t, np.nan) for t in trials] for runs in seeds.values()])
            q25, med, q75 = np.nanpercentile(table, [25, 50, 75], axis=0)
            ax.plot(trials, med, color=colors[s], label=f"{s} ({len(seeds)})", lw=1.6, ls="--" if s in PEERS else "-")
            ax.fill_between(trials, q25, q75, color=colors[s], alpha=0.15, lw=0)
        ax.set_yscale("log")
        ax.set_title(problem)
        ax.set_xlabel("trials")
        ax.set_ylabel("best-so-far regret")
        ax.grid(True, which="major", alpha=0.3)
    for ax in list(axes.flat)[len(problems):]:
        ax.axis("off")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", ncol=min(len(labels), 6), fontsize=8, frameon=False)
    fig.suptitle("Median best-so-far regret, 25-75 % over seeds (seeds in parentheses)")
    fig.tight_layout(rect=(0, 0.06 + 0.02 * (len(labels) > 6), 1, 0.96))
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_proposal(proposal, path):
    fig, ax = plt.subplots(figsize=(7, 4.2))
    for i, s in enumerate(proposal):
        obs = sorted(proposal[s])
        med = [np.median(proposal[s][o]) for o in obs]
        ax.plot(obs, np.maximum(med, 1e-7), label=s, color=plt.cm.tab10(i % 10), lw=1.6, ls="--" if s in PEERS else "-")
    ax.set_yscale("log")
    ax.set_xlabel("observations (trial n is proposed from n - 1)")
    ax.set_ylabel("median seconds per proposal")
    ax.set_title("Proposal time (median over problems and seeds)")
    ax.grid(True, which="major", alpha=0.3)
    ax.legend(fontsize=8, ncol=2)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main():
    a = argparse.ArgumentParser(description="Regret and proposal-time plots of a sweep CSV.")
    a.add_argument("csv")
    a.add_argument("--out-dir", default=os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), "docs"))
    a.add_argument("--prefix", default="sweep")
    a.add_argument("--problems", default="")
    a.add_argument("--samplers", default="")
    args = a.parse_args()
    split = lambda s: {x.strip() for x in s.split(",") if x.strip()}  # noqa: E731
    regret, proposal = load(args.csv, split(args.problems), split(args.samplers))
    if not regret:
        raise SystemExit(f"{args.csv}: no rows to plot")
    os.makedirs(args.out_dir, exist_ok=True)
    outputs = [os.path.join(args.out_dir, f"{args.prefix}-{k}.png") for k in ("regret", "proposal-time")]
    plot_regret(regret, outputs[0])
    plot_proposal(proposal, outputs[1])
    print("\n".join(outputs))


if __name__ == "__main__":
    main()

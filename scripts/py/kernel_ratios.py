"""The Markdown table of scripts/bench-kernels: our kernels against numpy, scikit-learn and PyTorch, measured
side by side in one run. Ratio = peer seconds / our seconds (> 1: we are faster).

Usage: kernel_ratios.py OURS_LINALG NUMPY_LINALG GP_JSONL NN_TABLE
  OURS_LINALG   `tuner bench linalg --json` lines        NUMPY_LINALG  bench_numpy_linalg.py lines
  GP_JSONL      .build/bench-gp-sklearn.jsonl ("swift {...}" / "sklearn {...}" lines)
  NN_TABLE      the table printed by scripts/bench-nn-peers
Missing or empty inputs leave their rows out (the table says so).
"""
import json
import os
import sys


def json_lines(path, prefix=None):
    if not os.path.exists(path):
        return []
    out = []
    for line in open(path):
        if prefix is not None:
            side, _, line = line.partition(" ")
            if side != prefix:
                continue
        if line.strip().startswith("{"):
            out.append(json.loads(line))
    return out


def main():
    ours_la, numpy_la, gp, nn = sys.argv[1:5]
    rows, missing = [], []
    numpy_by = {(r["op"], r["n"]): r for r in json_lines(numpy_la)}
    for r in json_lines(ours_la):
        peer = numpy_by.get((r["op"], r["n"]))
        if peer:
            rows.append(("linalg", f"{r['op']} n={r['n']}, {r['threads']} thread(s)", f"{r['gflops']:.1f} GFLOP/s",
                         "numpy", f"{peer['gflops']:.1f} GFLOP/s", r["gflops"] / peer["gflops"]))
    if not rows:
        missing.append("linalg")
    swift = {(r["op"], r["n"], r.get("restarts")): r for r in json_lines(gp, "swift")}
    count = len(rows)
    for r in json_lines(gp, "sklearn"):
        s = swift.get((r["op"], r["n"], r.get("restarts")))
        if s:
            case = f"{r['op']} n={r['n']}" + (f", {r['restarts']} restarts" if r.get("restarts") is not None else "")
            rows.append(("gp", case, f"{s['seconds']:.4f} s", "scikit-learn", f"{r['seconds']:.4f} s",
                         r["seconds"] / s["seconds"]))
    if len(rows) == count:
        missing.append("gp")
    count = len(rows)
    if os.path.exists(nn):
        for line in open(nn):
            f = line.split()
            if len(f) == 7 and f[0] in ("digits", "mnist-shape"):
                ours = float(f[1])
                epoch, mine = f"{f[0]} epoch", f"{ours:.4f} s"
                rows.append(("nn", epoch, mine, "scikit-learn", f"{float(f[3]):.4f} s", float(f[3]) / ours))
                if f[4] != "missing":
                    rows.append(("nn", epoch, mine, "PyTorch", f"{float(f[4]):.4f} s", float(f[4]) / ours))
    if len(rows) == count:
        missing.append("nn")
    print("| kernel | case | ours | peer | peer's | ratio (peer time / ours) |")
    print("|---|---|---|---|---|---|")
    for kernel, case, ours, peer, theirs, ratio in rows:
        print(f"| {kernel} | {case} | {ours} | {peer} | {theirs} | {ratio:.2f} |")
    if missing:
        print(f"\n(no rows for: {', '.join(missing)}; see the messages of scripts/bench-kernels)")


if __name__ == "__main__":
    main()

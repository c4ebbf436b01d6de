"""The generalization benchmark of scripts/bench-generalization: held-out test accuracy of four ways to get a
network for a small tabular dataset, all trained on the same rows and scored on the same rows, per seed:

  a  tuner-default  `tuner train` with its defaults (one hidden layer of 128 ReLU units, Adam, lr 1e-3, batch 64,
                    50 epochs): the untuned network
  b  tuner-bayes    `tuner bayes` with its defaults (the default budget of trials, the final model it reports)
  c  sklearn-mlp    scikit-learn's `MLPClassifier()` with its defaults behind standard scaling (and, for text
                    columns and missing cells, one-hot encoding and imputation from the training rows)
  d  optuna-mlp     Optuna's TPE sampler tuning `MLPClassifier` (width, depth, alpha, learning_rate_init,
                    activation, batch size) by 5-fold stratified cross-validation accuracy on the training rows,
                    with the same number of trials as b, then refit on all training rows

The split of seed S is the one `tuner bayes --seed S` makes (stratified: 64 % train + 16 % validation = the 80 %
its final model is trained on, 20 % test; reproduced row for row by tuner_split.py), written as train.csv and
test.csv (generalization_data.py): b runs on the whole dataset and scores its own test part, which is test.csv; a
is given a file on which `tuner train --seed S` trains on exactly the rows of train.csv (checked through the
scaler its model file saves) and its model is scored on test.csv by `tuner predict`; c and d
(generalization_peers.py) read train.csv and test.csv.

Usage: bench_generalization.py [--seeds 0-7] [--datasets LIST] [--methods LIST] [--budget N] [--jobs J]
                               [--threads T] [--work DIR] [--csv FILE] [--rerun] [--markdown]
The tuner binary is $TUNER (default .build/release/tuner). Every finished run is appended to the CSV file at once;
a rerun of the same command skips the runs the file already holds (--rerun runs them again; failed runs always).
"""
import argparse
import concurrent.futures
import csv
import json
import os
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generalization_data import ALL_DATASETS, BUNDLED_DIR, ROOT, Prepared, check_scaler, load_dataset  # noqa: E402
from generalization_data import run  # noqa: E402
from generalization_peers import TUNER_DEFAULT_TRIALS  # noqa: E402

METHODS = {"a": "tuner-default", "b": "tuner-bayes", "c": "sklearn-mlp", "d": "optuna-mlp"}
PEERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generalization_peers.py")
CSV_FIELDS = ["dataset", "seed", "method", "budget", "test_accuracy", "seconds", "trials", "validation",
              "train_rows", "test_rows", "note"]


def last_json(text, key):
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{") and f'"{key}"' in line:
            return json.loads(line)
    raise RuntimeError(f"no JSON line with '{key}' in the output")


def run_tuner_default(p, tuner, env):
    model = os.path.join(p.dir, "model-default.json")
    target = ["--target", p.table.target_name]
    start = time.perf_counter()
    run([tuner, "train", "--dataset", p.default_csv, *target, "--seed", str(p.seed), "--out", model, "--json"], env,
        os.path.join(p.dir, "tuner-default.jsonl"))
    seconds = time.perf_counter() - start
    check_scaler(model, p.table, p.train_rows, f"{p.name} seed {p.seed}: tuner train")
    scores = last_json(run([tuner, "predict", "--model", model, "--input", p.test_csv, "--json"], env), "summary")
    return {"test_accuracy": scores["accuracy"], "seconds": seconds, "test_rows": scores["rows"]}


def run_tuner_bayes(p, tuner, env, budget):
    trials = [] if budget is None else ["--trials", str(budget)]
    start = time.perf_counter()
    out = run([tuner, "bayes", *p.tuner_dataset, "--seed", str(p.seed), "--storage", "memory", "--json", *trials],
              env, os.path.join(p.dir, "tuner-bayes.jsonl"))
    seconds = time.perf_counter() - start
    summary = last_json(out, "summary")
    if "test_accuracy" not in summary:
        raise RuntimeError("the summary of tuner bayes has no test_accuracy")
    return {"test_accuracy": summary["test_accuracy"], "seconds": seconds, "trials": summary.get("trials"),
            "validation": summary.get("recommended_value", summary.get("best_value"))}


def run_peer(p, method, env, budget):
    command = [sys.executable, PEERS, "--method", method, "--train", p.train_csv,
               "--test", p.test_csv, "--target", p.table.target_name, "--seed", str(p.seed)]
    if budget is not None:
        command += ["--budget", str(budget)]
    return last_json(run(command, env), "test_accuracy")


def parse_seeds(text):
    seeds = []
    for part in text.split(","):
        bounds = part.strip().split("-")
        if not all(b.isdigit() for b in bounds) or len(bounds) > 2:
            raise SystemExit(f"--seeds: '{text}' is not a list of seeds and ranges such as 0-7 or 0,3,5")
        seeds += range(int(bounds[0]), int(bounds[-1]) + 1)
    return sorted(set(seeds))


def parse_methods(text):
    methods = []
    for part in text.split(","):
        name = METHODS.get(part.strip(), part.strip())
        if name not in METHODS.values():
            raise SystemExit(f"--methods: '{part}' is not one of a-d or {', '.join(METHODS.values())}")
        methods.append(name)
    return [m for m in METHODS.values() if m in methods]


def budget_label(method, budget):
    if method in ("tuner-default", "sklearn-mlp"):
        return "-"
    return "default" if budget is None else str(budget)


def read_runs(path):
    if not os.path.exists(path):
        return []
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def fmt_seconds(s):
    return f"{s:.2f}s" if s < 10 else f"{s:.1f}s" if s < 100 else f"{s:.0f}s"


def print_table(rows, datasets, methods, seeds, markdown):
    cells = {}
    for row in rows:
        if row["test_accuracy"]:
            cells.setdefault((row["dataset"], row["method"]), []).append(
                (float(row["test_accuracy"]), float(row["seconds"])))
    print(f"\nHeld-out test accuracy, seeds {seeds[0]}-{seeds[-1]} ({len(seeds)} stratified 80/20 splits): "
          "median [min-max] and the median wall time of one run")
    header = ["dataset"] + methods
    table = []
    for dataset in datasets:
        line = [dataset]
        for method in methods:
            runs = cells.get((dataset, method), [])
            if not runs:
                line.append("-")
                continue
            accuracy = [a for a, _ in runs]
            seconds = statistics.median(s for _, s in runs)
            note = "" if len(runs) == len(seeds) else f" ({len(runs)} runs)"
            line.append(f"{statistics.median(accuracy):.3f} [{min(accuracy):.3f}-{max(accuracy):.3f}] "
                        f"{fmt_seconds(seconds)}{note}")
        table.append(line)
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for line in table:
            print("| " + " | ".join(line) + " |")
        return
    widths = [max(len(r[i]) for r in [header] + table) for i in range(len(header))]
    for line in [header] + table:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip())


def main(argv):
    parser = argparse.ArgumentParser(prog="scripts/bench-generalization", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="0-7", help="seeds: ranges and lists, e.g. 0-7 or 0,3,5 (default 0-7)")
    parser.add_argument("--datasets", default=",".join(ALL_DATASETS), help="comma-separated (default: all five)")
    parser.add_argument("--methods", default="a,b,c,d", help="a-d or their names, comma-separated (default: all)")
    parser.add_argument("--budget", type=int, default=None,
                        help="trials of b and d (default: tuner bayes's own default, and as many for d)")
    parser.add_argument("--jobs", type=int, default=1, help="runs at a time (default 1)")
    parser.add_argument("--threads", type=int, default=1,
                        help="BLAS threads of each run (default 1: these networks are too small for a second one)")
    parser.add_argument("--work", default=os.path.join(ROOT, "out", "generalization"),
                        help="scratch folder for the split files and models (default out/generalization)")
    parser.add_argument("--csv", default=None, help="CSV file of every run (default WORK/runs.csv)")
    parser.add_argument("--rerun", action="store_true", help="run again what the CSV file already holds")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        raise SystemExit(f"--jobs must be at least 1, got {args.jobs}")
    if args.threads < 1:
        raise SystemExit(f"--threads must be at least 1, got {args.threads}")
    if args.budget is not None and args.budget < 1:
        raise SystemExit(f"--budget must be at least 1, got {args.budget}")
    seeds, methods = parse_seeds(args.seeds), parse_methods(args.methods)
    datasets = [d.strip() for d in args.datasets.split(",") if d.strip()]
    tuner = os.environ.get("TUNER", os.path.join(ROOT, ".build", "release", "tuner"))
    if any(m.startswith("tuner") for m in methods) and not os.access(tuner, os.X_OK):
        raise SystemExit(f"no {tuner}: build it with swift build -c release --product tuner (or set TUNER)")
    csv_path = args.csv or os.path.join(args.work, "runs.csv")
    os.makedirs(args.work, exist_ok=True)

    threads = str(args.threads)
    env = dict(os.environ, OPENBLAS_NUM_THREADS=threads, OMP_NUM_THREADS=threads, MKL_NUM_THREADS=threads,
               TUNER_DATASETS_DIR=BUNDLED_DIR)
    done = {} if args.rerun else {(r["dataset"], r["seed"], r["method"], r["budget"]): r
                                  for r in read_runs(csv_path) if r["test_accuracy"]}  # failed runs run again

    prepared = {}
    for name in datasets:
        table, tuner_dataset = load_dataset(name, args.work)
        for seed in seeds:
            p = Prepared(name, table, tuner_dataset, seed, args.work)
            if "tuner-bayes" in methods:
                try:
                    p.check_study_split(tuner, env)
                except RuntimeError as error:
                    raise SystemExit(f"error: {error}")
            prepared[(name, seed)] = p
    print(f"tuner: {tuner}; {threads} BLAS thread(s) per run, {args.jobs} run(s) at a time; runs to {csv_path}",
          file=sys.stderr)

    lock = threading.Lock()
    bayes_trials = {}  # (dataset, seed) -> trials run by b, the budget of d
    bayes_done = {}  # (dataset, seed) -> threading.Event
    for (name, seed), _ in prepared.items():
        row = done.get((name, str(seed), "tuner-bayes", budget_label("tuner-bayes", args.budget)))
        if row and row["trials"]:
            bayes_trials[(name, seed)] = int(row["trials"])
        bayes_done[(name, seed)] = threading.Event()
        if row or "tuner-bayes" not in methods:
            bayes_done[(name, seed)].set()

    def task(name, seed, method):
        p = prepared[(name, seed)]
        budget = args.budget
        if method == "optuna-mlp" and budget is None:
            bayes_done[(name, seed)].wait()
            budget = bayes_trials.get((name, seed))
            if budget is None:
                budget = TUNER_DEFAULT_TRIALS
                print(f"note: {name} seed {seed}: no tuner-bayes run to match; optuna-mlp runs {budget} trials",
                      file=sys.stderr)
        row = {"dataset": name, "seed": seed, "method": method, "budget": budget_label(method, args.budget),
               "train_rows": len(p.train_rows), "test_rows": len(p.test_rows), "note": ""}
        try:
            if method == "tuner-default":
                result = run_tuner_default(p, tuner, env)
            elif method == "tuner-bayes":
                result = run_tuner_bayes(p, tuner, env, args.budget)
            else:
                result = run_peer(p, method, env, budget)
            if int(result.get("test_rows", len(p.test_rows))) != len(p.test_rows):
                raise RuntimeError(f"scored {result['test_rows']} test rows, expected {len(p.test_rows)}")
            row.update({k: result.get(k, "") for k in ("test_accuracy", "seconds", "trials", "validation")})
        except Exception as error:  # one failed run is noted and the others go on
            row.update(test_accuracy="", seconds="", trials="", validation="", note=str(error) or repr(error))
        finally:
            if method == "tuner-bayes":
                if row.get("trials"):
                    bayes_trials[(name, seed)] = int(row["trials"])
                bayes_done[(name, seed)].set()
        with lock:
            new_file = not os.path.exists(csv_path) or os.path.getsize(csv_path) == 0
            with open(csv_path, "a", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=CSV_FIELDS, lineterminator="\n")
                if new_file:
                    writer.writeheader()
                writer.writerow(row)
            if row["test_accuracy"] != "":
                print(f"{name:<14} seed {seed}  {method:<14} test accuracy {float(row['test_accuracy']):.4f}  "
                      f"in {fmt_seconds(float(row['seconds']))}", file=sys.stderr)
            else:
                print(f"{name:<14} seed {seed}  {method:<14} FAILED: {row['note']}", file=sys.stderr)
        return row

    todo = [(name, seed, method) for (name, seed) in prepared for method in methods
            if (name, str(seed), method, budget_label(method, args.budget)) not in done]
    skipped = len(prepared) * len(methods) - len(todo)
    if skipped:
        print(f"{skipped} run(s) already in {csv_path} (--rerun to run them again)", file=sys.stderr)
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        new_rows = list(pool.map(lambda t: task(*t), todo))

    rows = list(done.values()) + new_rows
    wanted = {(name, str(seed), method, budget_label(method, args.budget))
              for (name, seed) in prepared for method in methods}
    rows = [r for r in rows if (r["dataset"], str(r["seed"]), r["method"], r["budget"]) in wanted]
    print_table(rows, datasets, methods, seeds, args.markdown)
    failed = [r for r in new_rows if r["test_accuracy"] == ""]
    if failed:
        print(f"{len(failed)} run(s) failed; their notes are in {csv_path}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

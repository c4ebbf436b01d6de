"""Datasets as `tuner` reads them, and the files of one (dataset, seed) of scripts/bench-generalization.

A CSV file is a header and rows; rows whose target cell is missing are left out, as `tuner` leaves them out. Class
labels follow `tuner`'s order: the bundled datasets' own class order (scikit-learn's, `BundledDataset.classNames`),
and for a CSV file the distinct labels sorted (numerically when all are numbers, `CSVTargetEncoding.classes`). A
feature column is text when more of its non-missing cells are text than numbers (`CSVFeatureColumn.classify`).
"""
import csv
import json
import math
import os
import re
import subprocess
import sys

import tuner_split

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUNDLED_DIR = os.path.join(ROOT, "Sources", "Datasets", "Resources")
BUNDLED_LOADERS = {"digits": "load_digits", "breast-cancer": "load_breast_cancer", "wine": "load_wine",
                   "iris": "load_iris"}
ALL_DATASETS = ["digits", "breast-cancer", "wine", "iris", "penguins"]
MISSING_MARKERS = {"", "NA", "N/A", "NaN", "nan", "?"}  # CSVOptions.defaultMissingMarkers
NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


class Table:
    """A CSV dataset: header, rows of cells (rows with a missing target left out, as tuner does), the target
    column, and the class label of each row in the order tuner gives the classes."""

    def __init__(self, path, target, class_names=None):
        with open(path, newline="") as f:
            records = list(csv.reader(f))
        self.path, self.header = path, [name.strip() for name in records[0]]
        self.target = self.header.index(target) if target is not None else len(self.header) - 1
        self.rows = [r for r in records[1:] if r and r[self.target].strip() not in MISSING_MARKERS]
        texts = [r[self.target].strip() for r in self.rows]
        self.csv_class_names = sorted_classes(texts)
        self.class_names = class_names or self.csv_class_names
        index = {name: i for i, name in enumerate(self.class_names)}
        self.labels = [index[canonical(t, self.class_names)] for t in texts]
        csv_index = {name: i for i, name in enumerate(self.csv_class_names)}
        self.csv_labels = [csv_index[canonical(t, self.csv_class_names)] for t in texts]

    @property
    def target_name(self):
        return self.header[self.target]

    def write(self, path, rows):
        with open(path, "w", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(self.header)
            writer.writerows(self.rows[r] for r in rows)


def sorted_classes(texts):
    """tuner's class order for a CSV target: the distinct labels sorted, numerically when all are numbers."""
    distinct = set(texts)
    if all(NUMBER.match(t) for t in distinct):
        by_value = {}
        for t in distinct:
            by_value.setdefault(float(t), t)
        return [canonical_number(v) for v in sorted(by_value)]
    return sorted(distinct)


def canonical_number(v):
    return str(int(v)) if v == int(v) and abs(v) < 1e9 else repr(v)


def canonical(text, class_names):
    """The class name a target cell stands for (`1.0` is class `1`)."""
    if text in class_names or not NUMBER.match(text):
        return text
    return canonical_number(float(text))


def column_kinds(header, target, rows):
    """Per feature column: 'number' or 'text' (more text cells than numbers, as tuner decides); the target and
    columns without any value (which tuner leaves out) are absent."""
    kinds = {}
    for j, name in enumerate(header):
        if j == target:
            continue
        cells = [r[j].strip() for r in rows if r[j].strip() not in MISSING_MARKERS]
        if not cells:
            continue
        numbers = sum(1 for c in cells if NUMBER.match(c))
        kinds[name] = "text" if len(cells) - numbers > numbers else "number"
    return kinds


def penguins_csv():
    """The Palmer penguins file shipped in the `palmerpenguins` wheel (Horst, Hill & Gorman 2020, CC0), found
    without importing the package (which needs pandas); None when the package is not installed."""
    import importlib.util
    spec = importlib.util.find_spec("palmerpenguins")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "data", "penguins.csv")
    return path if os.path.exists(path) else None


def load_dataset(name, work):
    """(Table, tuner's --dataset/--target arguments for the whole dataset)."""
    if name in BUNDLED_LOADERS:
        import sklearn.datasets
        bunch = getattr(sklearn.datasets, BUNDLED_LOADERS[name])()
        class_names = [str(c) for c in bunch.target_names]  # BundledDataset.classNames, scikit-learn's order
        table = Table(os.path.join(BUNDLED_DIR, name + ".csv"), "target", class_names)
        check_bundled_equals_sklearn(name, table, bunch)
        return table, ["--dataset", name]
    if name == "penguins":
        source = penguins_csv()
        if source is None:
            raise SystemExit("penguins: the palmerpenguins package is not installed in .venv/ (scripts/setup-venv)")
        os.makedirs(os.path.join(work, "data"), exist_ok=True)
        path = os.path.join(work, "data", "penguins.csv")
        with open(source, "rb") as f, open(path, "wb") as g:
            g.write(f.read())
        return Table(path, "species"), ["--dataset", path, "--target", "species"]
    raise SystemExit(f"--datasets: unknown dataset '{name}' (known: {', '.join(ALL_DATASETS)})")


def check_bundled_equals_sklearn(name, table, bunch):
    """The bundled file holds scikit-learn's load_* data: the same values and classes, row for row."""
    import numpy as np
    x = np.array([[float(c) for j, c in enumerate(r) if j != table.target] for r in table.rows])
    same = x.shape == bunch.data.shape and np.array_equal(x, bunch.data) and table.labels == list(bunch.target)
    if not same:
        print(f"note: {name}: the bundled file differs from scikit-learn's {BUNDLED_LOADERS[name]}()",
              file=sys.stderr)


class Prepared:
    """The files of one dataset and seed: train.csv and test.csv (the split of `tuner bayes --seed S`), and the
    file `tuner train --seed S` trains on exactly train.csv's rows from (train-for-default.csv)."""

    def __init__(self, name, table, tuner_dataset, seed, work):
        self.name, self.table, self.tuner_dataset, self.seed = name, table, tuner_dataset, seed
        self.dir = os.path.join(work, name, f"seed-{seed}")
        os.makedirs(self.dir, exist_ok=True)
        k = len(table.class_names)
        fit, validation, test = tuner_split.split_rows(
            table.labels, k, seed, tuner_split.OBJECTIVE_VALIDATION_FRACTION)
        self.fit_rows, self.train_rows, self.test_rows = fit, sorted(fit + validation), test
        self.train_csv = os.path.join(self.dir, "train.csv")
        self.test_csv = os.path.join(self.dir, "test.csv")
        self.default_csv = os.path.join(self.dir, "train-for-default.csv")
        table.write(self.train_csv, self.train_rows)
        table.write(self.test_csv, self.test_rows)
        arranged = tuner_split.arrangement_for_training(
            self.train_rows, self.test_rows, table.csv_labels, len(table.csv_class_names), seed)
        table.write(self.default_csv, arranged)

    def check_study_split(self, tuner, env):
        """That tuner's own split of the whole dataset for this seed is the one reproduced: `tuner train
        --patience` holds out the validation part of a study, so its one-epoch model's scaler was fitted on the
        study's train part."""
        model = os.path.join(self.dir, "split-check.json")
        run([tuner, "train", *self.tuner_dataset, "--seed", str(self.seed), "--epochs", "1", "--patience", "1",
             "--validation-fraction", str(tuner_split.OBJECTIVE_VALIDATION_FRACTION), "--out", model], env)
        check_scaler(model, self.table, self.fit_rows, f"{self.name} seed {self.seed}: tuner's study split")


def check_scaler(model_path, table, rows, what):
    """The model's feature means equal those of `rows`, on every numeric column (means are unchanged by mean
    imputation): the model was trained on those rows. Raises RuntimeError otherwise."""
    with open(model_path) as f:
        model = json.load(f)
    kinds = column_kinds(table.header, table.target, table.rows)
    compared = 0
    for name, saved in zip(model["featureNames"], model["scaler"]["mean"]):
        if kinds.get(name) != "number":
            continue
        j = table.header.index(name)
        values = [float(c) for c in (table.rows[r][j].strip() for r in rows) if NUMBER.match(c)]
        mean = math.fsum(values) / len(values)
        if abs(mean - saved) > 1e-4 * max(1.0, abs(mean)):
            raise RuntimeError(f"{what}: column '{name}' has mean {mean} on the expected rows, the model {saved}")
        compared += 1
    if compared == 0:
        raise RuntimeError(f"{what}: no numeric column to compare")


def run(command, env, stdout_path=None):
    """Runs a command; its standard output (as text), raising RuntimeError with the tail of standard error when it
    fails."""
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if stdout_path:
        with open(stdout_path, "w") as f:
            f.write(result.stdout)
    if result.returncode != 0:
        tail = " | ".join(result.stderr.strip().splitlines()[-3:])
        raise RuntimeError(f"{' '.join(command[:2])} exited {result.returncode}: {tail}")
    return result.stdout

"""Writes the bundled datasets of the Datasets module (Sources/Datasets/Resources/*.csv) from the files that ship
with scikit-learn (sklearn/datasets/data/): iris, wine, breast-cancer, digits and diabetes, values as the original
text, one header row (feature names, then `target`), class labels as scikit-learn orders them.
See docs/datasets.md. Run from the repository root, in .venv/ (scripts/setup-venv installs the pinned
scikit-learn):

    scripts/setup-venv --require sklearn && .venv/bin/python scripts/py/make_bundled_datasets.py [OUT_DIR]

OUT_DIR defaults to Sources/Datasets/Resources.
"""
import csv
import gzip
import os
import sys

import sklearn.datasets as ds

DATA = os.path.join(os.path.dirname(ds.__file__), "data")


def write(out, name, header, rows):
    with open(os.path.join(out, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def from_sklearn_csv(out, file_name, loader, name):
    """scikit-learn's CSV layout: a first line `n, d, class names…`, then d values and a class index per row."""
    bunch = loader()
    with open(os.path.join(DATA, file_name)) as f:
        reader = csv.reader(f)
        first = next(reader)
        d, classes = int(first[1]), first[2:]
        rows = [row[:d] + [classes[int(row[d])]] for row in reader]
    write(out, name, list(bunch.feature_names) + ["target"], rows)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "Sources/Datasets/Resources"
    from_sklearn_csv(out, "iris.csv", ds.load_iris, "iris")
    from_sklearn_csv(out, "wine_data.csv", ds.load_wine, "wine")
    from_sklearn_csv(out, "breast_cancer.csv", ds.load_breast_cancer, "breast-cancer")
    with gzip.open(os.path.join(DATA, "digits.csv.gz"), "rt") as f:
        rows = list(csv.reader(f))
    write(out, "digits", ds.load_digits().feature_names + ["target"],
          [r[:64] + [str(int(float(r[64])))] for r in rows])
    with gzip.open(os.path.join(DATA, "diabetes_data_raw.csv.gz"), "rt") as f:
        x = [line.split() for line in f if line.strip()]
    with gzip.open(os.path.join(DATA, "diabetes_target.csv.gz"), "rt") as f:
        y = [float(line) for line in f if line.strip()]
    write(out, "diabetes", ds.load_diabetes().feature_names + ["target"],
          [row + [str(int(v))] for row, v in zip(x, y)])


if __name__ == "__main__":
    main()

"""The peers of scripts/bench-generalization, one run per process: scikit-learn's `MLPClassifier` with its defaults
(sklearn-mlp), or tuned by Optuna's TPE sampler with 5-fold stratified cross-validation (optuna-mlp), trained on
a train.csv and scored once on a test.csv. Prints one JSON line: test_accuracy, seconds (from after the imports:
reading, fitting, scoring), test_rows, and for optuna-mlp trials and validation (the best cross-validation
accuracy).

Usage: generalization_peers.py --method sklearn-mlp|optuna-mlp --train F --test F --target COL --seed S
                               [--budget N]
"""
import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generalization_data import MISSING_MARKERS, NUMBER, Table, column_kinds  # noqa: E402

# `tuner bayes`'s budget for a dataset study when --trials is not given (ConfiguredStudy.defaultTrials).
TUNER_DEFAULT_TRIALS = 100


def feature_matrix(table, columns, kinds):
    """The feature cells of a table as an object array: numbers (NaN where missing or not a number, which tuner
    also counts as missing) and texts (NaN where missing)."""
    import numpy as np
    x = np.empty((len(table.rows), len(columns)), dtype=object)
    for i, row in enumerate(table.rows):
        for k, j in enumerate(columns):
            cell = row[j].strip()
            if kinds[table.header[j]] == "number":
                x[i, k] = float(cell) if NUMBER.match(cell) else np.nan
            else:
                x[i, k] = np.nan if cell in MISSING_MARKERS else cell
    return x


def preparation(numeric, text):
    """Mean imputation and standard scaling of the numeric columns; the most frequent category and one-hot encoding
    of the text columns (a category the training rows never had sets no indicator): tuner's CSV defaults."""
    import numpy as np
    from sklearn.compose import ColumnTransformer
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import OneHotEncoder, StandardScaler
    parts = [("numbers", Pipeline([("impute", SimpleImputer(strategy="mean")), ("scale", StandardScaler())]),
              numeric)]
    if text:
        parts.append(("text", Pipeline([
            ("impute", SimpleImputer(strategy="most_frequent", missing_values=np.nan)),
            ("one_hot", OneHotEncoder(handle_unknown="ignore"))]), text))
    return ColumnTransformer(parts)


def mlp_settings(trial):
    """The search space of optuna-mlp, after tuner's default space: depth, width, L2 penalty, learning rate,
    activation, batch size."""
    layers = trial.suggest_int("layers", 1, 3)
    units = trial.suggest_int("units", 16, 256, log=True)
    return dict(hidden_layer_sizes=(units,) * layers,
                alpha=trial.suggest_float("alpha", 1e-6, 1e-2, log=True),
                learning_rate_init=trial.suggest_float("learning_rate_init", 1e-4, 3e-2, log=True),
                activation=trial.suggest_categorical("activation", ["relu", "tanh", "logistic"]),
                batch_size=trial.suggest_categorical("batch_size", [32, 64, 128]))


def main(argv):
    parser = argparse.ArgumentParser(prog="generalization_peers.py")
    parser.add_argument("--method", choices=["sklearn-mlp", "optuna-mlp"], required=True)
    parser.add_argument("--train", required=True)
    parser.add_argument("--test", required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--budget", type=int, default=TUNER_DEFAULT_TRIALS)
    args = parser.parse_args(argv)
    import warnings
    warnings.filterwarnings("ignore")  # ConvergenceWarning of MLPClassifier at max_iter, as with its defaults
    import numpy as np
    from sklearn.base import clone
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import Pipeline

    start = time.perf_counter()
    train, test = Table(args.train, args.target), Table(args.test, args.target)
    kinds = column_kinds(train.header, train.target, train.rows + test.rows)
    columns = [train.header.index(name) for name in kinds]
    x_train, x_test = feature_matrix(train, columns, kinds), feature_matrix(test, columns, kinds)
    y_train = np.array([train.class_names[label] for label in train.labels])
    y_test = np.array([test.class_names[label] for label in test.labels])
    prepare = preparation([k for k, j in enumerate(columns) if kinds[train.header[j]] == "number"],
                          [k for k, j in enumerate(columns) if kinds[train.header[j]] == "text"])

    def model(**mlp):
        return Pipeline([("prepare", clone(prepare)), ("mlp", MLPClassifier(random_state=args.seed, **mlp))])

    result = {}
    if args.method == "sklearn-mlp":
        chosen = model()
    else:
        import optuna
        optuna.logging.set_verbosity(optuna.logging.WARNING)
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=args.seed)

        def objective(trial):
            return cross_val_score(model(**mlp_settings(trial)), x_train, y_train, cv=folds).mean()

        study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=args.seed))
        study.optimize(objective, n_trials=args.budget)
        chosen = model(**mlp_settings(optuna.trial.FixedTrial(study.best_params)))
        result.update(trials=len(study.trials), validation=study.best_value)
    chosen.fit(x_train, y_train)
    result.update(test_accuracy=float(chosen.score(x_test, y_test)), seconds=time.perf_counter() - start,
                  test_rows=len(test.rows))
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])

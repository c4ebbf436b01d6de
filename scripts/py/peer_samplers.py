"""The peers of `scripts/compare-peers`, run as docs/bench/ANCHORS.md ran them, each through its own standard
optimization loop on an objective wrapped by `Recorder`:

  optuna_tpe        Optuna 5 TPESampler(multivariate=True, seed)  (the 5.0 default)
  optuna_tpe_indep  Optuna TPESampler(multivariate=False, seed)   (the default up to 4.x)
  optuna_gp         Optuna GPSampler(seed)                         (needs torch)
  cmaes             Optuna CmaEsSampler(seed)                      (needs cmaes; not run on `mixed`)
  optuna_random     Optuna RandomSampler(seed)                     (ANCHORS' "random"; renamed so it never
                                                                   collides with our `random` in a merged CSV)
  skopt_gp          scikit-optimize gp_minimize, gp_hedge, 10 initial random points, random_state=seed
  hyperopt_tpe      Hyperopt fmin with tpe.suggest, rstate=numpy.random.default_rng(seed)
  optuna_nsga2      Optuna NSGAIISampler(seed) (its defaults: population 50, crossover probability 0.9;
                    multi-objective problems only)

On the multi-objective problems of mo_functions.py the Optuna peers (optuna_tpe, optuna_tpe_indep, optuna_gp,
optuna_random, optuna_nsga2) run a study with one minimized direction per objective, the objective returning
(f1, f2[, f3]); a constrained problem's values g_i (feasible when <= 0, Optuna's convention too) are set on the
trial with `Trial.set_constraint("g1", value)`, …, which Optuna 5.0 reads wherever the older `constraints_func`
of the samplers was read (that argument is deprecated since 5.0): NSGA-II's constrained domination, TPE's split
and GPSampler's probability of feasibility. Optuna 5.0's TPESampler is then its multi-objective TPE (MOTPE) and
GPSampler its multi-objective GP with log expected hypervolume improvement, both constrained. The
rows are `mo_functions.MoTracker`'s: value f1, best its running minimum, regret the hypervolume gap, and the
hypervolume, log gap and feasible share columns. The other peers do not support several objectives.

proposal_s of trial n is the wall time between the end of evaluation n-1 (or the start) and the start of
evaluation n: all the peer's own work for that proposal (for skopt most of it happens when it is told the
previous result, for Optuna in ask/suggest), the objective itself excluded.
"""
import math
import time

from functions import Tracker
from mo_functions import MoTracker

PEERS = ["optuna_tpe", "optuna_tpe_indep", "optuna_gp", "cmaes", "optuna_random", "skopt_gp", "hyperopt_tpe",
         "optuna_nsga2"]

# What each peer needs importable (the script checks these before running it).
REQUIRES = {"optuna_tpe": ["optuna"], "optuna_tpe_indep": ["optuna"], "optuna_gp": ["optuna", "torch"],
            "cmaes": ["optuna", "cmaes"], "optuna_random": ["optuna"], "skopt_gp": ["skopt"],
            "hyperopt_tpe": ["hyperopt"], "optuna_nsga2": ["optuna"]}

# The peers that run the multi-objective problems.
MULTI_OBJECTIVE_PEERS = ["optuna_nsga2", "optuna_tpe", "optuna_tpe_indep", "optuna_gp", "optuna_random"]


def is_multi_objective(problem):
    return "objectives" in problem


def supports(peer, problem):
    """Whether `peer` runs `problem`, and why not: CmaEsSampler has no categorical support (Optuna falls back to
    random for `c`; ANCHORS leaves it out); only the Optuna peers take several objectives, and NSGA-II runs
    those only."""
    if is_multi_objective(problem):
        return peer in MULTI_OBJECTIVE_PEERS, "single-objective only"
    if peer == "optuna_nsga2":
        return False, "multi-objective problems only"
    ok = not (peer == "cmaes" and any(kind == "cat" for _, kind, _ in problem["params"]))
    return ok, "categorical parameter"


class Recorder:
    """Wraps a problem for one (peer, seed): evaluates, keeps best-so-far and regret, stamps times."""

    def __init__(self, problem, seed, trials):
        self.tracker, self.trials, self.rows = Tracker(problem, seed), trials, []
        self.start = self.last_end = time.perf_counter()

    def __call__(self, params):
        begin = time.perf_counter()
        value, best, regret = self.tracker.observe(params)
        end = time.perf_counter()
        self.rows.append((len(self.rows) + 1, value, best, regret, end - self.start, begin - self.last_end))
        self.last_end = end
        return value


def _optuna(recorder, problem, sampler, trials):
    import optuna
    optuna.logging.set_verbosity(optuna.logging.ERROR)

    def objective(trial):
        params = {}
        for name, kind, spec in problem["params"]:
            if kind == "float":
                params[name] = trial.suggest_float(name, *spec)
            elif kind == "int":
                params[name] = trial.suggest_int(name, *spec)
            else:
                params[name] = trial.suggest_categorical(name, spec)
        return recorder(params)

    study = optuna.create_study(direction="minimize", sampler=sampler)
    study.optimize(objective, n_trials=trials)


class MoRecorder:
    """`Recorder` for a multi-objective problem: returns (objectives, constraints); rows carry MoTracker's
    measures."""

    def __init__(self, problem):
        self.tracker, self.rows = MoTracker(problem), []
        self.start = self.last_end = time.perf_counter()

    def __call__(self, params):
        begin = time.perf_counter()
        objectives, constraints, measures = self.tracker.observe(params)
        end = time.perf_counter()
        value, best, regret, hv, log_gap, share = measures
        self.rows.append((len(self.rows) + 1, value, best, regret, end - self.start, begin - self.last_end, hv,
                          log_gap, share))
        self.last_end = end
        return objectives, constraints


def _optuna_multi_objective(recorder, problem, sampler, trials):
    import optuna
    optuna.logging.set_verbosity(optuna.logging.ERROR)

    def objective(trial):
        params = {name: trial.suggest_float(name, *spec) for name, _, spec in problem["params"]}
        objectives, constraints = recorder(params)
        for name, value in zip(problem["constraints"], constraints):
            trial.set_constraint(name, value)
        return tuple(objectives)

    study = optuna.create_study(directions=["minimize"] * len(problem["objectives"]), sampler=sampler)
    study.optimize(objective, n_trials=trials)


def _multi_objective_sampler(peer, seed):
    import optuna
    s = optuna.samplers
    return {"optuna_nsga2": lambda: s.NSGAIISampler(seed=seed),
            "optuna_tpe": lambda: s.TPESampler(multivariate=True, seed=seed),
            "optuna_tpe_indep": lambda: s.TPESampler(multivariate=False, seed=seed),
            "optuna_gp": lambda: s.GPSampler(seed=seed),
            "optuna_random": lambda: s.RandomSampler(seed=seed)}[peer]()


def _skopt(recorder, problem, seed, trials):
    from skopt import gp_minimize
    from skopt.space import Categorical, Integer, Real
    dims = [Real(*s, name=n) if k == "float" else Integer(*s, name=n) if k == "int" else Categorical(s, name=n)
            for n, k, s in problem["params"]]
    names = [n for n, _, _ in problem["params"]]
    gp_minimize(lambda x: recorder(dict(zip(names, x))), dims, n_calls=trials, n_initial_points=10,
                acq_func="gp_hedge", random_state=seed)


def _hyperopt(recorder, problem, seed, trials):
    import numpy as np
    from hyperopt import STATUS_OK, Trials, fmin, hp, tpe
    space = {}
    for name, kind, spec in problem["params"]:
        if kind == "float":
            space[name] = hp.uniform(name, *spec)
        elif kind == "int":
            space[name] = hp.uniformint(name, *spec)
        else:
            space[name] = hp.choice(name, spec)

    def objective(params):
        return {"loss": recorder(params), "status": STATUS_OK}

    fmin(objective, space, algo=tpe.suggest, max_evals=trials, trials=Trials(),
         rstate=np.random.default_rng(seed), show_progressbar=False)


def run(peer, problem, seed, trials):
    """One run: returns [(trial, value, best, regret, elapsed_s, proposal_s)] for trials 1..trials, with
    (hypervolume, log_hv_gap, feasible_share) appended for a multi-objective problem."""
    if is_multi_objective(problem):
        recorder = MoRecorder(problem)
        _optuna_multi_objective(recorder, problem, _multi_objective_sampler(peer, seed), trials)
        rows = recorder.rows[:trials]
        if len(rows) != trials:
            raise RuntimeError(f"{peer} made {len(rows)} of {trials} evaluations")
        return rows
    recorder = Recorder(problem, seed, trials)
    if peer == "skopt_gp":
        _skopt(recorder, problem, seed, trials)
    elif peer == "hyperopt_tpe":
        _hyperopt(recorder, problem, seed, trials)
    else:
        import optuna
        s = optuna.samplers
        sampler = {"optuna_tpe": lambda: s.TPESampler(multivariate=True, seed=seed),
                   "optuna_tpe_indep": lambda: s.TPESampler(multivariate=False, seed=seed),
                   "optuna_gp": lambda: s.GPSampler(seed=seed),
                   "cmaes": lambda: s.CmaEsSampler(seed=seed),
                   "optuna_random": lambda: s.RandomSampler(seed=seed)}[peer]()
        _optuna(recorder, problem, sampler, trials)
    rows = recorder.rows[:trials]
    if len(rows) != trials or any(math.isnan(r[1]) for r in rows):
        raise RuntimeError(f"{peer} made {len(rows)} of {trials} evaluations")
    return rows

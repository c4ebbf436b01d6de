"""The ten benchmark functions of docs/bench/FUNCTIONS.md, exactly as written there (same boxes, same
optima, the same noise model for `hartmann6_noisy`, the same mixed space), and their inert-input variants
(`<name>_inert`, "Inert dimensions" there), for the peers' side of `scripts/compare-peers`. Every function is
minimized; regret = f_true(x_best) - f*, where x_best is the evaluated point with the lowest *observed* value
(for the noisy function, its noiseless value counts).

A problem is a dict: name, params (list of (name, kind, spec)), optimum f*, noise (sd), and f(params dict).
Kinds: "float" with (low, high); "int" with (low, high); "cat" with a list of choices.
"""
import math
import re

import numpy as np


def branin(x):
    a, b, c, r, s, t = 1.0, 5.1 / (4 * math.pi ** 2), 5 / math.pi, 6.0, 10.0, 1 / (8 * math.pi)
    return a * (x[1] - b * x[0] ** 2 + c * x[0] - r) ** 2 + s * (1 - t) * math.cos(x[0]) + s


def camel6(x):
    x1, x2 = x
    return (4 - 2.1 * x1 ** 2 + x1 ** 4 / 3) * x1 ** 2 + x1 * x2 + (-4 + 4 * x2 ** 2) * x2 ** 2


_ALPHA = np.array([1.0, 1.2, 3.0, 3.2])
_A3 = np.array([[3.0, 10, 30], [0.1, 10, 35], [3.0, 10, 30], [0.1, 10, 35]])
_P3 = 1e-4 * np.array([[3689, 1170, 2673], [4699, 4387, 7470], [1091, 8732, 5547], [381, 5743, 8828]])
_A6 = np.array([[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14],
                [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]])
_P6 = 1e-4 * np.array([[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991],
                       [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]])


def _hartmann(x, a, p):
    x = np.asarray(x, dtype=float)
    return float(-(_ALPHA * np.exp(-(a * (x[None, :] - p) ** 2).sum(axis=1))).sum())


def hartmann3(x):
    return _hartmann(x, _A3, _P3)


def hartmann6(x):
    return _hartmann(x, _A6, _P6)


def ackley(x):
    d = len(x)
    squares = sum(v * v for v in x)
    cosines = sum(math.cos(2 * math.pi * v) for v in x)
    return -20 * math.exp(-0.2 * math.sqrt(squares / d)) - math.exp(cosines / d) + 20 + math.e


def rosenbrock(x):
    return sum(100 * (x[i + 1] - x[i] ** 2) ** 2 + (x[i] - 1) ** 2 for i in range(len(x) - 1))


def levy(x):
    w = [1 + (v - 1) / 4 for v in x]
    total = math.sin(math.pi * w[0]) ** 2
    for i in range(len(w) - 1):
        total += (w[i] - 1) ** 2 * (1 + 10 * math.sin(math.pi * w[i] + 1) ** 2)
    return total + (w[-1] - 1) ** 2 * (1 + math.sin(2 * math.pi * w[-1]) ** 2)


def styblinski_tang(x):
    return 0.5 * sum(v ** 4 - 16 * v ** 2 + 5 * v for v in x)


_MIXED = {"a": (0.20, 0.80, 3, 0.30), "b": (0.70, 0.30, 6, 0.00), "c": (0.45, 0.55, 2, 0.15)}


def mixed(p):
    u, v, k, s = _MIXED[p["c"]]
    return 10 * ((p["x1"] - u) ** 2 + (p["x2"] - v) ** 2) + 0.1 * (p["k"] - k) ** 2 + s


def _box(name, f, box, optimum, noise=0.0):
    names = [f"x{i + 1}" for i in range(len(box))]
    return {"name": name, "params": [(n, "float", b) for n, b in zip(names, box)], "optimum": optimum,
            "noise": noise, "f": lambda p: f([float(p[n]) for n in names])}


PROBLEMS = [
    _box("branin", branin, [(-5, 10), (0, 15)], 0.39788735772973816),
    _box("camel6", camel6, [(-3, 3), (-2, 2)], -1.0316284534898774),
    _box("hartmann3", hartmann3, [(0, 1)] * 3, -3.862779787332663),
    _box("hartmann6", hartmann6, [(0, 1)] * 6, -3.3223680114155143),
    _box("ackley5", ackley, [(-32.768, 32.768)] * 5, 0.0),
    _box("rosenbrock4", rosenbrock, [(-5, 10)] * 4, 0.0),
    _box("levy5", levy, [(-10, 10)] * 5, 0.0),
    _box("styblinski4", styblinski_tang, [(-5, 5)] * 4, -156.66466281508568),
    {"name": "mixed", "params": [("x1", "float", (0, 1)), ("x2", "float", (0, 1)), ("k", "int", (1, 8)),
                                 ("c", "cat", ["a", "b", "c"])],
     "optimum": 0.0, "noise": 0.0,
     "f": lambda p: mixed({**p, "k": int(p["k"]), "x1": float(p["x1"]), "x2": float(p["x2"])})},
    _box("hartmann6_noisy", hartmann6, [(0, 1)] * 6, -3.3223680114155143, noise=0.1),
]



def embedded_names(name):
    """The names of a parameter's active copy and its inert twin (docs/bench/FUNCTIONS.md, "Inert dimensions"):
    stem + (2i - 1) and stem + 2i for a name stem + i (i = 1, stem = name, without a trailing index >= 1)."""
    stem, digits = re.fullmatch(r"(.*?)([0-9]*)", name).groups()
    if not stem or not 1 <= len(digits) <= 9 or int(digits) < 1:
        return name + "1", name + "2"
    return f"{stem}{2 * int(digits) - 1}", f"{stem}{2 * int(digits)}"


def inert(problem):
    """The problem embedded in twice its dimension: every parameter followed by an inert twin with the same kind
    and range; the value is the original's at the active parameters (the twins are ignored)."""
    renamed = [(n, *embedded_names(n)) for n, _, _ in problem["params"]]
    params = [p for (n, kind, spec), (_, active, twin) in zip(problem["params"], renamed)
              for p in ((active, kind, spec), (twin, kind, spec))]
    f = problem["f"]
    return {**problem, "name": problem["name"] + "_inert", "params": params,
            "f": lambda p: f({n: p[active] for n, active, _ in renamed})}


INERT = [inert(p) for p in PROBLEMS]

BY_NAME = {p["name"]: p for p in PROBLEMS + INERT}

# The keywords of --problems: all = the ten functions, inert = their inert-input variants.
GROUPS = {"all": [p["name"] for p in PROBLEMS], "inert": [p["name"] for p in INERT]}

MINIMIZERS = {
    "branin": [-math.pi, 12.275], "camel6": [0.0898420136830133, -0.7126564032704135],
    "hartmann3": [0.1145888823, 0.5556488941, 0.8525469856],
    "hartmann6": [0.2016895031, 0.1500106926, 0.4768739783, 0.2753324293, 0.311651617, 0.6573005342],
    "ackley5": [0.0] * 5, "rosenbrock4": [1.0] * 4, "levy5": [1.0] * 5, "styblinski4": [-2.903534027771178] * 4,
}


class Tracker:
    """Observes a problem for one seed and keeps the best-so-far bookkeeping of docs/bench/FUNCTIONS.md: the
    noise stream is numpy.random.default_rng(10000 + seed), one N(0, noise^2) draw per evaluation."""

    def __init__(self, problem, seed):
        self.problem, self.noise = problem, np.random.default_rng(10000 + seed)
        self.best_observed, self.best_true = math.inf, math.inf

    def observe(self, params):
        """Returns (observed value, best observed so far, regret so far)."""
        true = self.problem["f"](params)
        observed = true + self.problem["noise"] * self.noise.standard_normal() if self.problem["noise"] > 0 else true
        if observed < self.best_observed:
            self.best_observed, self.best_true = observed, true
        return observed, self.best_observed, max(self.best_true - self.problem["optimum"], 0.0)


def self_check():
    """Regret is ~0 at the known minimizers and never negative (a quick guard against typos)."""
    for name, x in MINIMIZERS.items():
        p = BY_NAME[name]
        gap = p["f"]({f"x{i + 1}": v for i, v in enumerate(x)}) - p["optimum"]
        assert -1e-9 <= gap < 1e-6, (name, gap)
    assert abs(BY_NAME["mixed"]["f"]({"x1": 0.7, "x2": 0.3, "k": 6, "c": "b"})) < 1e-12
    for name, x in MINIMIZERS.items():
        p = BY_NAME[name + "_inert"]
        point = {f"x{i + 1}": x[i // 2] for i in range(2 * len(x))}
        assert len(p["params"]) == 2 * len(x) and abs(p["f"](point) - BY_NAME[name]["f"](
            {f"x{i + 1}": v for i, v in enumerate(x)})) == 0, name
        assert p["f"]({**point, **{f"x{2 * i + 2}": 0.5 for i in range(len(x))}}) == p["f"](point), name
    assert BY_NAME["mixed_inert"]["f"]({"x1": 0.7, "x2": 0.1, "x3": 0.3, "x4": 0.9, "k1": 6, "k2": 1, "c1": "b",
                                        "c2": "a"}) == 0


if __name__ == "__main__":
    self_check()
    print("functions: minimizers check out")

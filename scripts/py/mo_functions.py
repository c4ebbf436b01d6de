"""The multi-objective benchmark problems of docs/bench/FUNCTIONS.md ("Multi-objective problems"), exactly as
written there and as `Sources/Benchmarking/Functions/MultiObjective` defines them: ZDT1, ZDT2, ZDT3 (2 objectives),
DTLZ2 (3 objectives) and the constrained BNH and C2-DTLZ2 (2 objectives each). The definitions follow
`botorch.test_functions.multi_objective` (same boxes, reference points and formulas), so hypervolumes compare
with the literature. Plain Python: no NumPy.

Every objective is minimized; a constraint value g(x) <= 0 is feasible. A problem is a dict: name, params (list
of (name, "float", (low, high))), objectives and constraints (their names), ref_point, max_hv (the hypervolume of
the true Pareto front with respect to ref_point), evaluate(x list) -> (objectives, constraints) and
f(params dict) -> the same.

    python scripts/py/mo_functions.py --self-check   # the checks below (known fronts, hypervolumes)
    python scripts/py/mo_functions.py --max-hv       # the maximum hypervolumes, recomputed from the fronts
    python scripts/py/mo_functions.py --fixture      # the values the Swift tests compare with (Swift literals)
"""
import math
import random
import sys

HALF_PI = math.pi / 2


def _zdt_g(x):
    return 1 + 9 * sum(x[1:]) / (len(x) - 1)


def zdt1(x):
    g = _zdt_g(x)
    return [x[0], g * (1 - math.sqrt(x[0] / g))], []


def zdt2(x):
    g = _zdt_g(x)
    return [x[0], g * (1 - (x[0] / g) ** 2)], []


def zdt3(x):
    g = _zdt_g(x)
    ratio = x[0] / g
    return [x[0], g * (1 - math.sqrt(ratio) - ratio * math.sin(10 * math.pi * x[0]))], []


def dtlz2_objectives(x, m):
    """f_i = (1 + g) prod_{j < m-i} cos(x_j pi/2) [sin(x_{m-i} pi/2) for i > 1], g = sum_{j >= m} (x_j - 1/2)^2
    (indices from 1)."""
    radius = 1 + sum((v - 0.5) ** 2 for v in x[m - 1:])
    values = []
    for i in range(m):
        value = radius
        for j in range(m - 1 - i):
            value *= math.cos(x[j] * HALF_PI)
        if i > 0:
            value *= math.sin(x[m - 1 - i] * HALF_PI)
        values.append(value)
    return values


def dtlz2(x):
    return dtlz2_objectives(x, 3), []


C2DTLZ2_RADIUS = 0.2


def c2dtlz2(x):
    """DTLZ2 with two objectives, feasible only within C2DTLZ2_RADIUS of (1, 0), (0, 1) or (1, 1)/sqrt(2)."""
    f = dtlz2_objectives(x, 2)
    r2 = C2DTLZ2_RADIUS ** 2
    near_axis = min((f[0] - 1) ** 2 + f[1] ** 2, f[0] ** 2 + (f[1] - 1) ** 2) - r2
    centre = 1 / math.sqrt(2)
    near_centre = (f[0] - centre) ** 2 + (f[1] - centre) ** 2 - r2
    return f, [min(near_axis, near_centre)]


def bnh(x):
    f = [4 * x[0] ** 2 + 4 * x[1] ** 2, (x[0] - 5) ** 2 + (x[1] - 5) ** 2]
    return f, [(x[0] - 5) ** 2 + x[1] ** 2 - 25, 7.7 - (x[0] - 8) ** 2 - (x[1] + 3) ** 2]


# Maximum hypervolumes: closed forms where the front allows, else (ZDT3) integrals over the exactly located
# parts of the front; max_hv_report() recomputes each from its derivation.
ZDT1_MAX_HV = 121 - 1 / 3
ZDT2_MAX_HV = 121 - 2 / 3
ZDT3_MAX_HV = 128.77811613069076
DTLZ2_MAX_HV = 1.1 ** 3 - math.pi / 6
BNH_MAX_HV = 15856 / 3
C2DTLZ2_MAX_HV = 0.3823335944011558


def _problem(name, f, box, objectives, constraints, ref_point, max_hv):
    names = [f"x{i + 1}" for i in range(len(box))]
    return {"name": name, "params": [(n, "float", b) for n, b in zip(names, box)], "objectives": objectives,
            "constraints": constraints, "ref_point": ref_point, "max_hv": max_hv, "evaluate": f,
            "f": lambda p: f([float(p[n]) for n in names])}


def _names(prefix, count):
    return [f"{prefix}{i + 1}" for i in range(count)]


PROBLEMS = [
    _problem("zdt1", zdt1, [(0.0, 1.0)] * 6, _names("f", 2), [], [11.0, 11.0], ZDT1_MAX_HV),
    _problem("zdt2", zdt2, [(0.0, 1.0)] * 6, _names("f", 2), [], [11.0, 11.0], ZDT2_MAX_HV),
    _problem("zdt3", zdt3, [(0.0, 1.0)] * 6, _names("f", 2), [], [11.0, 11.0], ZDT3_MAX_HV),
    _problem("dtlz2", dtlz2, [(0.0, 1.0)] * 6, _names("f", 3), [], [1.1, 1.1, 1.1], DTLZ2_MAX_HV),
    _problem("bnh", bnh, [(0.0, 5.0), (0.0, 3.0)], _names("f", 2), _names("g", 2), [140.0, 50.0], BNH_MAX_HV),
    _problem("c2dtlz2", c2dtlz2, [(0.0, 1.0)] * 6, _names("f", 2), _names("g", 1), [1.1, 1.1], C2DTLZ2_MAX_HV),
]

BY_NAME = {p["name"]: p for p in PROBLEMS}

# The keyword of --problems that names all of them.
GROUPS = {"multiobjective": [p["name"] for p in PROBLEMS]}


def log_hv_difference(problem, hypervolume):
    """log10(max_hv - hypervolume), the difference floored at 1e-12 (as regret is in FUNCTIONS.md)."""
    return math.log10(max(problem["max_hv"] - hypervolume, 1e-12))


def hypervolume(points, ref):
    """Exact hypervolume of points (every objective minimized) with respect to ref, in any dimension: the 2-D
    sweep below, and beyond it slabs between consecutive values of the last objective, each the (d-1)-dimensional
    hypervolume of the points at or below it (exact, exponential in d; for the small fronts of a benchmark run)."""
    inside = [list(p) for p in points if all(v < r for v, r in zip(p, ref))]
    if not inside:
        return 0.0
    if len(ref) == 1:
        return ref[0] - min(p[0] for p in inside)
    if len(ref) == 2:
        return hypervolume_2d(inside, ref)
    levels = sorted({p[-1] for p in inside}) + [ref[-1]]
    total = 0.0
    for low, high in zip(levels, levels[1:]):
        total += (high - low) * hypervolume([p[:-1] for p in inside if p[-1] <= low], ref[:-1])
    return total


# Trials before the feasible share starts counting (HypervolumeProgress.defaultStartupTrials on the Swift side).
STARTUP_TRIALS = 10


class MoTracker:
    """The bookkeeping of a multi-objective run, as `HypervolumeProgress` (Sources/Benchmarking/Runs) keeps it:
    after n evaluations, the hypervolume HV_n of the feasible points among them (every constraint <= 0) with
    respect to the problem's reference point, the gap max(HV* - HV_n, 0) (the row's regret), log10 max(HV* - HV_n,
    1e-12), and the share of feasible evaluations after the first STARTUP_TRIALS (nan before). value is f1, best
    its running minimum. Only the non-dominated feasible points are kept."""

    def __init__(self, problem):
        self.problem, self.front, self.count = problem, [], 0
        self.feasible_after, self.complete_after, self.best = 0, 0, math.inf

    def observe(self, params):
        """Evaluates params; returns (objectives, constraints, (value, best, regret, hv, log_gap, share))."""
        objectives, constraints = self.problem["f"](params)
        self.count += 1
        ok = all(math.isfinite(v) for v in objectives + constraints)
        feasible = ok and all(g <= 0 for g in constraints)
        if self.count > STARTUP_TRIALS and ok:
            self.complete_after += 1
            self.feasible_after += feasible
        if feasible and not any(all(a <= b for a, b in zip(q, objectives)) for q in self.front):
            self.front = [q for q in self.front if not all(a <= b for a, b in zip(objectives, q))] + [objectives]
        value = objectives[0] if ok else math.nan
        if value < self.best:
            self.best = value
        hv = hypervolume(self.front, self.problem["ref_point"])
        share = self.feasible_after / self.complete_after if self.complete_after else math.nan
        measures = (value, self.best, max(self.problem["max_hv"] - hv, 0.0), hv, log_hv_difference(self.problem, hv),
                    share)
        return objectives, constraints, measures


# ---- Hypervolume derivations and a brute-force reference ----

def hypervolume_2d(points, ref):
    """Exact hypervolume of 2-D points (minimized) with respect to ref: a sweep over f1."""
    inside = sorted(p for p in points if p[0] < ref[0] and p[1] < ref[1])
    total, best_f2 = 0.0, ref[1]
    for i, (f1, f2) in enumerate(inside):
        best_f2 = min(best_f2, f2)
        right = inside[i + 1][0] if i + 1 < len(inside) else ref[0]
        total += (right - f1) * (ref[1] - best_f2)
    return total


def _bisect(f, lo, hi, iterations=200):
    flo = f(lo)
    for _ in range(iterations):
        mid = 0.5 * (lo + hi)
        if (f(mid) > 0) == (flo > 0):
            lo, flo = mid, f(mid)
        else:
            hi = mid
        if hi - lo <= 4e-17:
            break
    return 0.5 * (lo + hi)


def zdt3_front_parts():
    """The five parts [a_i, b_i] of f1 where ZDT3's front (g = 1: f2 = 1 - sqrt(t) - t sin(10 pi t)) is the running
    minimum of f2: b_i is a local minimum of f2 (a root of its derivative), a_i the point before b_i where f2 comes
    back down to f2(b_{i-1})."""
    phi = lambda t: 1 - math.sqrt(t) - t * math.sin(10 * math.pi * t)
    dphi = lambda t: -0.5 / math.sqrt(t) - math.sin(10 * math.pi * t) - 10 * math.pi * t * math.cos(10 * math.pi * t)
    grid = [i / 20000 for i in range(1, 20001)]
    minima = [_bisect(dphi, a, b) for a, b in zip(grid, grid[1:]) if dphi(a) < 0 <= dphi(b)]
    parts, level = [(0.0, minima[0])], phi(minima[0])
    for b in minima[1:]:
        if phi(b) >= level:
            continue
        # f2 descends from its previous local maximum to b: find where it crosses the previous level.
        peak = max((t for t in grid if t < b and phi(t) > level), default=None)
        parts.append((_bisect(lambda t: phi(t) - level, peak, b), b))
        level = phi(b)
    return parts, phi


def zdt3_max_hv():
    """121 - integral_0^1 m(s) ds - 10 m(1), m(s) = min_{t <= s} f2(t) on the front (f1 ranges over [0, 11])."""
    parts, phi = zdt3_front_parts()
    c = 10 * math.pi
    antiderivative = lambda t: t - 2 / 3 * t ** 1.5 - math.sin(c * t) / c ** 2 + t * math.cos(c * t) / c
    integral = 0.0
    for i, (a, b) in enumerate(parts):
        integral += antiderivative(b) - antiderivative(a)
        right = parts[i + 1][0] if i + 1 < len(parts) else 1.0
        integral += phi(b) * (right - b)
    return 121 - integral - 10 * phi(parts[-1][1])


def c2dtlz2_max_hv():
    """The feasible front is three arcs of the unit circle, angles [0, d], [pi/4 - d, pi/4 + d], [pi/2 - d, pi/2]
    with d = 2 asin(r/2) (a chord of length r); between arcs the attained f2 stays at the last arc's end."""
    d = 2 * math.asin(C2DTLZ2_RADIUS / 2)
    area = lambda t: 0.5 * (t * math.sqrt(1 - t * t) + math.asin(t))  # integral of sqrt(1 - t^2)
    arcs = [(0.0, math.sin(d)), (math.cos(math.pi / 4 + d), math.cos(math.pi / 4 - d)), (math.cos(d), 1.0)]
    integral = 0.0
    for i, (a, b) in enumerate(arcs):
        integral += area(b) - area(a)
        right = arcs[i + 1][0] if i + 1 < len(arcs) else 1.0
        integral += math.sqrt(1 - b * b) * (right - b)
    return 1.1 * 1.1 - integral


def bnh_max_hv():
    """The front: x1 = x2 = t in [0, 3] (f1 = 8t^2, f2 = 2(t - 5)^2), then x2 = 3, x1 = s in [3, 5]
    (f1 = 4s^2 + 36, f2 = (s - 5)^2 + 4); integrated piece by piece with f1 as variable (Simpson's rule is exact on
    these cubic integrands), plus the strip f1 in [136, 140] at f2 = 4."""
    def simpson(g, a, b):
        return (b - a) / 6 * (g(a) + 4 * g(0.5 * (a + b)) + g(b))
    first = simpson(lambda t: (50 - 2 * (t - 5) ** 2) * 16 * t, 0, 3)
    second = simpson(lambda s: (50 - (s - 5) ** 2 - 4) * 8 * s, 3, 5)
    return first + second + (140 - 136) * (50 - 4)


def max_hv_report():
    """Each stated max_hv beside its recomputation and a brute-force hypervolume of a dense sample of the front."""
    n = 200001
    zdt_front = lambda f, ts: [f([t] + [0.0] * 5)[0] for t in ts]
    ts = [i / (n - 1) for i in range(n)]
    rows = [
        ("zdt1", ZDT1_MAX_HV, 121 - 1 / 3, hypervolume_2d(zdt_front(zdt1, ts), [11, 11])),
        ("zdt2", ZDT2_MAX_HV, 121 - 2 / 3, hypervolume_2d(zdt_front(zdt2, ts), [11, 11])),
        ("zdt3", ZDT3_MAX_HV, zdt3_max_hv(), hypervolume_2d(zdt_front(zdt3, ts), [11, 11])),
        ("bnh", BNH_MAX_HV, bnh_max_hv(), hypervolume_2d(
            [bnh([3 * t, 3 * t])[0] for t in ts] + [bnh([3 + 2 * t, 3])[0] for t in ts], [140, 50])),
        ("c2dtlz2", C2DTLZ2_MAX_HV, c2dtlz2_max_hv(), hypervolume_2d(
            [f for f, g in (c2dtlz2([t] + [0.5] * 5) for t in ts) if g[0] <= 0], [1.1, 1.1])),
        ("dtlz2", DTLZ2_MAX_HV, 1.331 - math.pi / 6, float("nan")),
    ]
    return rows


# ---- Checks and the fixture of the Swift tests ----

def self_check():
    for name in ("zdt1", "zdt2", "zdt3"):
        for t in (0.0, 0.04, 0.25, 0.5, 0.81, 1.0):
            f, g = BY_NAME[name]["evaluate"]([t] + [0.0] * 5)
            expected = {"zdt1": 1 - math.sqrt(t), "zdt2": 1 - t * t,
                        "zdt3": 1 - math.sqrt(t) - t * math.sin(10 * math.pi * t)}[name]
            assert f[0] == t and abs(f[1] - expected) < 1e-15 and g == [], (name, t, f)
    rng = random.Random(7)
    for _ in range(1000):
        head = [rng.random(), rng.random()]
        f, _ = dtlz2(head + [0.5] * 4)
        assert abs(sum(v * v for v in f) - 1) < 1e-14, f
        x = [rng.random() for _ in range(6)]
        f, _ = dtlz2(x)
        assert sum(v * v for v in f) >= 1 - 1e-14
    f, g = bnh([0, 0])
    assert f == [0, 50] and g[0] == 0 and abs(g[1] + 65.3) < 1e-13, (f, g)
    assert bnh([0, 3])[1][0] > 0 and bnh([5, 3])[1][0] < 0 and bnh([5, 0])[1][1] < 0
    assert c2dtlz2([0.0] + [0.5] * 5)[1][0] < 0 and c2dtlz2([0.5] + [0.5] * 5)[1][0] < 0
    assert c2dtlz2([0.25] + [0.5] * 5)[1][0] > 0 and c2dtlz2([0.5] + [1.0] * 5)[1][0] > 0
    for _ in range(50):  # hypervolume() against inclusion-exclusion over every subset of a few points
        d, n = rng.choice([2, 3, 4]), rng.randint(1, 6)
        pts, ref = [[rng.random() for _ in range(d)] for _ in range(n)], [1.0] * d
        exact = 0.0
        for mask in range(1, 1 << n):
            chosen = [pts[i] for i in range(n) if mask >> i & 1]
            exact += (-1) ** (len(chosen) + 1) * math.prod(r - max(p[j] for p in chosen) for j, r in enumerate(ref))
        assert abs(hypervolume(pts, ref) - exact) < 1e-12, (pts, exact)
    for name, stated, derived, brute in max_hv_report():
        assert abs(stated - derived) <= 1e-12 * stated, (name, stated, derived)
        if not math.isnan(brute):
            assert 0 <= stated - brute < 1e-4 * stated, (name, stated, brute)


def fixture_points(problem, count, seed):
    rng = random.Random(seed)
    return [[lo + (hi - lo) * rng.random() for _, _, (lo, hi) in problem["params"]] for _ in range(count)]


def print_fixture():
    """Swift literals: for each problem, 8 points of its box drawn with random.Random(1000 + index) and the values
    at them (repr: shortest round-trip digits)."""
    for index, problem in enumerate(PROBLEMS):
        print(f'        "{problem["name"]}": [')
        for x in fixture_points(problem, 8, 1000 + index):
            f, g = problem["evaluate"](x)
            print(f"            (x: {list(x)!r}, objectives: {list(f)!r}, constraints: {list(g)!r}),")
        print("        ],")


if __name__ == "__main__":
    if "--max-hv" in sys.argv:
        for name, stated, derived, brute in max_hv_report():
            print(f"{name:8} stated {stated!r:24} derived {derived!r:24} dense front sample {brute!r}")
    elif "--fixture" in sys.argv:
        print_fixture()
    else:
        self_check()
        print("mo_functions: fronts, constraints and maximum hypervolumes check out")

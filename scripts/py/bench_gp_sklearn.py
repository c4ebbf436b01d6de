"""scikit-learn's side of scripts/bench-gp-sklearn: fits GaussianProcessRegressor on the same data as
`tuner bench gp` (d = 6: Kronecker points, Hartmann-6 plus a small deterministic wiggle) with
Matern(nu=2.5, ARD) * ConstantKernel + WhiteKernel, normalize_y=True, for each restart count, then predicts
POINTS query points with the last model. Prints one JSON line per fit ({"op": "gp-fit", "n", "d", "restarts",
"seconds", "lml"}) and one for the prediction ({"op": "gp-predict", "n", "d", "points", "seconds"}).

Usage: bench_gp_sklearn.py N POINTS RESTARTS...
"""
import json, sys, time, warnings
import numpy as np
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import ConstantKernel, Matern, WhiteKernel
from sklearn.exceptions import ConvergenceWarning

warnings.filterwarnings("ignore", category=ConvergenceWarning)
n, points, restarts = int(sys.argv[1]), int(sys.argv[2]), [int(r) for r in sys.argv[3:]]
d = 6

def kronecker(count, primes):
    # Same formula and operation order as BenchGaussianProcess.kronecker: frac(0.5 + (i + 1)·√p).
    i = np.arange(1, count + 1, dtype=np.float64)[:, None]
    v = 0.5 + i * np.sqrt(np.array(primes, dtype=np.float64))[None, :]
    return v - np.floor(v)

def hartmann6(x):
    alpha = np.array([1.0, 1.2, 3.0, 3.2])
    a = np.array([[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14],
                  [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]])
    p = 1e-4 * np.array([[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991],
                         [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]])
    inner = (a[None, :, :] * (x[:, None, :] - p[None, :, :]) ** 2).sum(axis=2)
    return -(alpha[None, :] * np.exp(-inner)).sum(axis=1)

x = kronecker(n, [2, 3, 5, 7, 11, 13])
y = hartmann6(x) + 0.01 * np.sin(12.9898 * np.arange(1, n + 1))
queries = kronecker(points, [17, 19, 23, 29, 31, 37])
model = None
for r in restarts:
    kernel = (Matern(length_scale=np.ones(d), length_scale_bounds=(1e-3, 1e3), nu=2.5)
              * ConstantKernel(1.0, constant_value_bounds=(1e-3, 1e3))
              + WhiteKernel(1e-2, noise_level_bounds=(1e-6, 10.0)))
    gp = GaussianProcessRegressor(kernel=kernel, normalize_y=True, n_restarts_optimizer=r, random_state=1)
    start = time.perf_counter()
    gp.fit(x, y)
    seconds = time.perf_counter() - start
    print(json.dumps({"op": "gp-fit", "n": n, "d": d, "restarts": r, "seconds": seconds,
                      "lml": float(gp.log_marginal_likelihood_value_)}), flush=True)
    model = gp
start = time.perf_counter()
mean, std = model.predict(queries, return_std=True)
seconds = time.perf_counter() - start
print(json.dumps({"op": "gp-predict", "n": n, "d": d, "points": points, "seconds": seconds}), flush=True)

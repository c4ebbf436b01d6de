"""The table of scripts/bench-gp-sklearn: reads its JSON lines ("swift {...}" from `tuner bench gp --json`,
"sklearn {...}" from bench_gp_sklearn.py) and prints, per size, both fit times, the speed ratio
(scikit-learn / Swift), both log marginal likelihoods and their difference, the predict times, and the fit with
the largest restart count plus the prediction ("fit+predict").

Usage: gp_sklearn_table.py RESULTS_JSONL
"""
import json, sys
rows = {}
for line in open(sys.argv[1]):
    side, _, payload = line.partition(" ")
    if not payload.strip().startswith("{"):
        continue
    r = json.loads(payload)
    key = (r["op"], r["n"], r.get("restarts"))
    rows.setdefault(key, {})[side] = r
print(f"{'case':<22}{'swift s':>10}{'sklearn s':>11}{'ratio':>8}{'swift lml':>13}{'sklearn lml':>13}{'Δlml':>9}")
sizes = sorted({k[1] for k in rows})
for n in sizes:
    fits = sorted(k for k in rows if k[0] == "gp-fit" and k[1] == n)
    for key in fits:
        s, k = rows[key].get("swift"), rows[key].get("sklearn")
        if not (s and k):
            continue
        print(f"{'fit n=%d r=%d' % (n, key[2]):<22}{s['seconds']:>10.4f}{k['seconds']:>11.4f}"
              f"{k['seconds'] / s['seconds']:>8.1f}{s['lml']:>13.4f}{k['lml']:>13.4f}{s['lml'] - k['lml']:>9.4f}")
    p = rows.get(("gp-predict", n, None), {})
    if "swift" in p and "sklearn" in p:
        s, k = p["swift"], p["sklearn"]
        print(f"{'predict n=%d' % n:<22}{s['seconds']:>10.4f}{k['seconds']:>11.4f}{k['seconds'] / s['seconds']:>8.1f}")
        if fits:
            f = rows[fits[-1]]
            st, kt = f["swift"]["seconds"] + s["seconds"], f["sklearn"]["seconds"] + k["seconds"]
            print(f"{'fit+predict n=%d r=%d' % (n, fits[-1][2]):<22}{st:>10.4f}{kt:>11.4f}{kt / st:>8.1f}")

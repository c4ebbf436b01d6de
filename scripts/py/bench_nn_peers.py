"""The peers' side of scripts/bench-nn-peers: epoch times of the reference MLP trainings of `tuner bench nn`
(digits: 64-128-10; mnist-shape: 784-256-128-10 on random data) through scikit-learn's MLPClassifier and
PyTorch CPU with the same number of BLAS / intra-op threads, printed as a table beside ours (ratio = peer / ours).

Usage: bench_nn_peers.py THREADS EPOCHS TORCH_STATUS OURS_JSON CASE...
  TORCH_STATUS  "present" to measure PyTorch, anything else to leave its column empty
  OURS_JSON     the JSON lines of `tuner bench nn --json` (one per case)
"""
import json, statistics, sys, time
import numpy as np

threads, epochs = int(sys.argv[1]), int(sys.argv[2])
torch_status, ours_json, cases = sys.argv[3], sys.argv[4], sys.argv[5:]
ours = {row["case"]: row for row in map(json.loads, ours_json.strip().splitlines())}

def problem(name):
    """The same data as `tuner bench nn` (not bit-identical random numbers: same shapes and distributions)."""
    if name == "digits":
        from sklearn.datasets import load_digits
        from sklearn.model_selection import train_test_split
        from sklearn.preprocessing import StandardScaler
        x, y = load_digits(return_X_y=True)
        x_train, _, y_train, _ = train_test_split(x, y, train_size=0.8, stratify=y, random_state=0)
        return StandardScaler().fit_transform(x_train).astype(np.float32), y_train, (128,), 64
    rng = np.random.default_rng(0)
    x = rng.random((60_000, 784), dtype=np.float32)
    return x, rng.integers(0, 10, 60_000), (256, 128), 128

def median_epoch(train_one_epoch):
    train_one_epoch()  # warm-up
    times = []
    for _ in range(epochs):
        start = time.perf_counter(); train_one_epoch(); times.append(time.perf_counter() - start)
    return statistics.median(times)

def sklearn_epoch(name):
    from sklearn.neural_network import MLPClassifier
    x, y, hidden, batch = problem(name)
    model = MLPClassifier(hidden_layer_sizes=hidden, activation="relu", solver="adam", learning_rate_init=1e-3,
                          batch_size=batch, alpha=0.0, shuffle=True, random_state=0)
    classes = np.arange(10)
    return median_epoch(lambda: model.partial_fit(x, y, classes=classes))

def torch_epoch(name):
    import torch
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    x, y, hidden, batch = problem(name)
    x, y = torch.from_numpy(x), torch.from_numpy(np.asarray(y, dtype=np.int64))
    sizes = [x.shape[1], *hidden, 10]
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = torch.nn.CrossEntropyLoss()
    def one_epoch():
        order = torch.randperm(x.shape[0])
        for start in range(0, x.shape[0], batch):
            idx = order[start:start + batch]
            optimizer.zero_grad(set_to_none=True)
            loss_fn(model(x[idx]), y[idx]).backward()
            optimizer.step()
    return median_epoch(one_epoch)

def load():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]
print(f"MLP epoch seconds, median of {epochs} after 1 warm-up, {threads} BLAS/intra-op thread(s); ratio = peer / ours")
print(f"(1-minute load average {load()} on {__import__('os').cpu_count()} cores at the start of the peers; "
      "shared machines swing timings, 2-thread ones most)")
header = (f"{'case':<12} {'ours':>9} {'gemm share':>10} {'sklearn':>9} {'torch':>9} {'sklearn/ours':>12} "
          f"{'torch/ours':>10}")
print(header); print("-" * len(header))
for name in cases:
    mine = ours[name]["seconds"]
    sk = sklearn_epoch(name)
    th = torch_epoch(name) if torch_status == "present" else None
    th_text = f"{th:9.4f}" if th is not None else f"{'missing':>9}"
    ratio = f"{th / mine:10.2f}" if th is not None else f"{'-':>10}"
    print(f"{name:<12} {mine:9.4f} {ours[name]['gemm_share']:10.2f} {sk:9.4f} {th_text} {sk / mine:12.2f} {ratio}",
          flush=True)
print(f"(1-minute load average at the end: {load()})")
if torch_status != "present":
    print("PyTorch CPU is missing (pip install from /opt/wheels failed): torch column not measured.")

"""The train / validation / test split of `tuner`'s network pipeline, reproduced row for row, so that a peer can be
trained and scored on exactly the rows `tuner bayes --seed S` and `tuner train --seed S` use.

`TrainingSplit.rows` (Sources/NetworkTraining/TrainingSplit.swift) draws from `Xoshiro256StarStar(seed ^ SALT)`
(seeded through SplitMix64, Sources/Randomness); `Dataset.splitIndices` (Sources/Datasets/DataSplit.swift) groups the
rows by class label (label order, file order inside a class), shuffles each group in turn (Fisher-Yates from the end,
`uniformIndex` by Lemire's multiply-and-reject, Sources/Datasets/SeededShuffle.swift), gives each class
`StratifiedAllocation.allocate` train and then validation members (largest-remainder apportionment), and the rest of
the group is the test part. Only the sets matter here: the final shuffles of the parts change their order, not their
members. `generalization_data.py` checks the reproduction against the model files `tuner train` writes.
"""
import math

MASK = (1 << 64) - 1
SPLIT_SALT = 0x5350_4C49_54  # "SPLIT", TrainingSplit.seedSalt
TEST_FRACTION = 0.2
OBJECTIVE_VALIDATION_FRACTION = 0.2  # TrainingSplit.objectiveValidationFraction


def _rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


class Xoshiro256StarStar:
    """xoshiro256** (Blackman & Vigna), its state expanded from one 64-bit seed by SplitMix64."""

    def __init__(self, seed):
        state, words = seed & MASK, []
        for _ in range(4):
            state = (state + 0x9E37_79B9_7F4A_7C15) & MASK
            z = state
            z = ((z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9) & MASK
            z = ((z ^ (z >> 27)) * 0x94D0_49BB_1331_11EB) & MASK
            words.append(z ^ (z >> 31))
        self.s = words

    def next(self):
        s = self.s
        result = (_rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = _rotl(s[3], 45)
        return result


def uniform_index(bound, rng):
    """A uniform integer in [0, bound): Lemire's multiply-and-reject, as `uniformIndex(below:using:)`."""
    product = rng.next() * bound
    if (product & MASK) < bound:
        threshold = ((1 << 64) - bound) % bound
        while (product & MASK) < threshold:
            product = rng.next() * bound
    return product >> 64


def seeded_shuffle(items, rng):
    """Fisher-Yates from the last element down, in place, as `MutableCollection.seededShuffle(using:)`."""
    i = len(items) - 1
    while i > 0:
        j = uniform_index(i + 1, rng)
        items[i], items[j] = items[j], items[i]
        i -= 1


def _round_half_away(x):
    return math.floor(x + 0.5) if x >= 0 else -math.floor(-x + 0.5)


def allocate(fraction, sizes, capacities=None):
    """Per-class member counts for `fraction` of `sizes` (largest remainder, lowest class first on ties), as
    `StratifiedAllocation.allocate`."""
    capacities = list(sizes) if capacities is None else capacities
    ideal = [fraction * n for n in sizes]
    counts = [min(math.floor(x + 1e-9), c) for x, c in zip(ideal, capacities)]
    wanted = min(_round_half_away(fraction * sum(sizes)), sum(capacities))
    missing = wanted - sum(counts)
    if missing <= 0:
        return counts
    order = sorted(range(len(sizes)), key=lambda c: (-(ideal[c] - counts[c]), c))
    for first_pass in (True, False):
        for c in order:
            if missing > 0 and counts[c] < capacities[c]:
                if first_pass and counts[c] >= ideal[c]:
                    continue
                counts[c] += 1
                missing -= 1
    return counts


def fractions(validation_fraction):
    """Train and validation shares of all rows, rounded to 12 decimals as `TrainingSplit.fractions`."""
    def rounded(x):
        return _round_half_away(x * 1e12) / 1e12
    kept = rounded(1 - TEST_FRACTION)
    train = rounded(kept * (1 - (validation_fraction or 0)))
    return train, rounded(kept - train)


def split_rows(labels, class_count, seed, validation_fraction):
    """Row indices (sorted) of the train, validation and test parts of a classification dataset whose row r has
    class label `labels[r]` in 0..<class_count."""
    rng = Xoshiro256StarStar(seed ^ SPLIT_SALT)
    groups = [[] for _ in range(class_count)]
    for row, label in enumerate(labels):
        groups[label].append(row)
    for group in groups:
        seeded_shuffle(group, rng)
    sizes = [len(g) for g in groups]
    train_fraction, validation_share = fractions(validation_fraction)
    train_counts = allocate(train_fraction, sizes)
    validation_counts = allocate(validation_share, sizes, [n - t for n, t in zip(sizes, train_counts)])
    train, validation, test = [], [], []
    for group, t, v in zip(groups, train_counts, validation_counts):
        train += group[:t]
        validation += group[t:t + v]
        test += group[t + v:]
    return sorted(train), sorted(validation), sorted(test)


def arrangement_for_training(train_rows, test_rows, labels, class_count, seed):
    """Rows (source indices, a test row possibly repeated) of a file on which `tuner train --seed seed` (no
    validation part) trains on exactly `train_rows`: its train fraction of 80 % allocated per class can differ by a
    row from the 64 % + 16 % of a tuning study, so the file keeps every train row and takes as many test rows per
    class as make the allocation land on the train rows, each class written in the order its shuffle puts the train
    rows first. The test rows only fill `tuner train`'s own test part, whose score is not used. Classes are written
    one after the other in label order, so the file's labels must keep that order (sorted class names)."""
    train_by_class = [[] for _ in range(class_count)]
    test_by_class = [[] for _ in range(class_count)]
    for r in train_rows:
        train_by_class[labels[r]].append(r)
    for r in test_rows:
        test_by_class[labels[r]].append(r)
    wanted = [len(rows) for rows in train_by_class]
    train_fraction, _ = fractions(None)
    sizes = _sizes_allocating(train_fraction, wanted)
    rng = Xoshiro256StarStar(seed ^ SPLIT_SALT)
    arranged = []
    for c in range(class_count):
        positions = list(range(sizes[c]))
        seeded_shuffle(positions, rng)  # the group's k-th member after the shuffle is positions[k] of the file
        extra = sizes[c] - wanted[c]
        pool = test_by_class[c] or train_by_class[c]
        fillers = [pool[i % len(pool)] for i in range(extra)]
        slots = [None] * sizes[c]
        for k, position in enumerate(positions):
            slots[position] = train_by_class[c][k] if k < wanted[c] else fillers[k - wanted[c]]
        arranged += slots
    check = _class_rows_trained(arranged, labels, class_count, seed)
    if sorted(check) != sorted(train_rows):
        raise RuntimeError("arrangement_for_training: the arranged file would not train on the train rows")
    return arranged


def _sizes_allocating(fraction, wanted):
    """Class sizes n_c ≥ wanted_c + 1 for which `allocate(fraction, n)` is exactly `wanted` (searched from
    ⌈wanted_c / fraction⌉, moving few classes at a time)."""
    base = [max(w + 1, math.ceil(w / fraction - 1e-9)) for w in wanted]
    if allocate(fraction, base) == wanted:
        return base
    import itertools
    steps = (-1, 1, 2)
    for moved in range(1, len(wanted) + 1):
        for classes in itertools.combinations(range(len(wanted)), moved):
            for deltas in itertools.product(steps, repeat=moved):
                sizes = list(base)
                for c, d in zip(classes, deltas):
                    sizes[c] += d
                if min(n - w for n, w in zip(sizes, wanted)) >= 1 and allocate(fraction, sizes) == wanted:
                    return sizes
    raise RuntimeError(f"no class sizes allocate {wanted} at fraction {fraction}")


def _class_rows_trained(arranged, labels, class_count, seed):
    """The source rows `tuner train` trains on when given the rows `arranged` in this order."""
    train, _, _ = split_rows([labels[r] for r in arranged], class_count, seed, None)
    return [arranged[i] for i in train]

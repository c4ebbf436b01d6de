extension Dataset {
    /// Seeded (stratified) k-fold cross-validation indices: `k` pairs whose validation parts are disjoint and
    /// together cover every sample once; each train part is the complement of its validation part.
    ///
    /// Each class's members are shuffled, the classes are laid end to end, and position `p` goes to fold
    /// `p mod k` (scikit-learn's `StratifiedKFold` idea): fold sizes differ by at most one, and so does each
    /// class's count across folds. For regression the samples are simply shuffled and dealt the same way.
    /// Indices within each part are ascending. `k` must be in `2...count` (a programmer error otherwise).
    public func kFold(_ k: Int, using rng: inout some RandomNumberGenerator) -> [(train: [Int], validation: [Int])] {
        precondition(k >= 2 && k <= count, "kFold: k must be in 2...\(count) (the sample count), got \(k)")
        var fold = [Int](repeating: 0, count: count)
        var position = 0
        for var group in strata() {
            group.seededShuffle(using: &rng)
            for i in group {
                fold[i] = position % k
                position += 1
            }
        }
        return (0..<k).map { f in
            (train: fold.indices.filter { fold[$0] != f }, validation: fold.indices.filter { fold[$0] == f })
        }
    }

    /// The k folds of `kFold(_:using:)` as datasets.
    public func kFoldDatasets(_ k: Int, using rng: inout some RandomNumberGenerator) -> [(
        train: Dataset, validation: Dataset
    )] {
        kFold(k, using: &rng).map { (train: subset($0.train), validation: subset($0.validation)) }
    }
}

/// A train / validation / test partition of a dataset, with the row indices each part came from.
public struct DataSplit: Sendable {
    public var train: Dataset
    public var validation: Dataset
    public var test: Dataset
    /// Indices into the original dataset, in the order of the rows of `train`, `validation`, `test`.
    public var trainIndices: [Int]
    public var validationIndices: [Int]
    public var testIndices: [Int]
}

extension Dataset {
    /// A seeded split into train (`trainFraction` of the samples), validation (`validationFraction`) and test
    /// (the rest). Stratified for classification: each class is split on its own by `StratifiedAllocation`, so
    /// every class's share of each part is within one sample of ideal; shuffled for regression. Each part's rows
    /// are in random order. The same generator state gives the same split.
    ///
    /// Fractions must be in `0...1` with `trainFraction + validationFraction ≤ 1` (a programmer error otherwise).
    public func split(
        trainFraction: Double, validationFraction: Double, using rng: inout some RandomNumberGenerator
    ) -> DataSplit {
        let (train, validation, test) = splitIndices(
            trainFraction: trainFraction, validationFraction: validationFraction, using: &rng)
        return DataSplit(train: subset(train), validation: subset(validation), test: subset(test),
                         trainIndices: train, validationIndices: validation, testIndices: test)
    }

    /// The indices of `split(trainFraction:validationFraction:using:)`, without building the datasets.
    public func splitIndices(
        trainFraction: Double, validationFraction: Double, using rng: inout some RandomNumberGenerator
    ) -> (train: [Int], validation: [Int], test: [Int]) {
        precondition(trainFraction.isFinite && (0...1).contains(trainFraction),
                     "split: trainFraction must be in 0...1, got \(trainFraction)")
        precondition(validationFraction.isFinite && (0...1).contains(validationFraction),
                     "split: validationFraction must be in 0...1, got \(validationFraction)")
        precondition(trainFraction + validationFraction <= 1 + 1e-12,
                     "split: trainFraction + validationFraction must be ≤ 1, got \(trainFraction) + \(validationFraction)")
        var groups = strata()
        for g in groups.indices { groups[g].seededShuffle(using: &rng) }
        let sizes = groups.map(\.count)
        let trainCounts = StratifiedAllocation.allocate(fraction: trainFraction, of: sizes)
        let validationCounts = StratifiedAllocation.allocate(
            fraction: validationFraction, of: sizes, capacities: zip(sizes, trainCounts).map { $0 - $1 })
        var train: [Int] = [], validation: [Int] = [], test: [Int] = []
        for (g, members) in groups.enumerated() {
            let (t, v) = (trainCounts[g], validationCounts[g])
            train += members[0 ..< t]
            validation += members[t ..< t + v]
            test += members[(t + v)...]
        }
        train.seededShuffle(using: &rng)
        validation.seededShuffle(using: &rng)
        test.seededShuffle(using: &rng)
        return (train, validation, test)
    }

    /// The sample indices grouped for stratification: one group per class (in label order) for classification,
    /// a single group of all samples for regression.
    func strata() -> [[Int]] {
        switch target {
        case .classes(let labels, let names):
            var groups = [[Int]](repeating: [], count: names.count)
            for (i, label) in labels.enumerated() { groups[label].append(i) }
            return groups
        case .values(let values):
            return [Array(values.indices)]
        }
    }
}

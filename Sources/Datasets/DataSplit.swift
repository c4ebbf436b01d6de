/// A train / validation / test partition of a dataset, with the row indices each part came from.
public struct DataSplit: Sendable, Equatable {
    public var train: Dataset
    public var validation: Dataset
    public var test: Dataset
    /// Indices into the original dataset, in the order of the rows of `train`, `validation`, `test`
    /// (empty when the parts did not come from splitting one dataset).
    public var trainIndices: [Int]
    public var validationIndices: [Int]
    public var testIndices: [Int]

    /// A split from parts made elsewhere (e.g. MNIST's separate training and test files).
    public init(
        train: Dataset, validation: Dataset, test: Dataset,
        trainIndices: [Int] = [], validationIndices: [Int] = [], testIndices: [Int] = []
    ) {
        self.train = train
        self.validation = validation
        self.test = test
        self.trainIndices = trainIndices
        self.validationIndices = validationIndices
        self.testIndices = testIndices
    }
}

extension DataSplit {
    /// Checks split fractions that come from user input (flags, a spec file), naming the bad parameter;
    /// `Dataset.split` itself treats bad fractions as programmer errors.
    public static func validate(trainFraction: Double, validationFraction: Double) throws(DatasetError) {
        for (name, value) in [("trainFraction", trainFraction), ("validationFraction", validationFraction)]
        where !(value.isFinite && (0...1).contains(value)) {
            throw .invalidParameter(name: name, reason: "\(value) is not in 0...1")
        }
        guard trainFraction + validationFraction <= 1 + 1e-12 else {
            throw .invalidParameter(
                name: "validationFraction",
                reason: "trainFraction + validationFraction = \(trainFraction + validationFraction) exceeds 1")
        }
    }
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
        return DataSplit(
            train: subset(train), validation: subset(validation), test: subset(test),
            trainIndices: train, validationIndices: validation, testIndices: test)
    }

    /// The indices of `split(trainFraction:validationFraction:using:)`, without building the datasets.
    public func splitIndices(
        trainFraction: Double, validationFraction: Double, using rng: inout some RandomNumberGenerator
    ) -> (train: [Int], validation: [Int], test: [Int]) {
        do {
            try DataSplit.validate(trainFraction: trainFraction, validationFraction: validationFraction)
        } catch {
            preconditionFailure("split: \(error)")
        }
        var groups = strata()
        for g in groups.indices { groups[g].seededShuffle(using: &rng) }
        let sizes = groups.map(\.count)
        let trainCounts = StratifiedAllocation.allocate(fraction: trainFraction, of: sizes)
        let validationCounts = StratifiedAllocation.allocate(
            fraction: validationFraction, of: sizes, capacities: zip(sizes, trainCounts).map { $0 - $1 })
        var train: [Int] = []
        var validation: [Int] = []
        var test: [Int] = []
        for (g, members) in groups.enumerated() {
            let (t, v) = (trainCounts[g], validationCounts[g])
            train += members[0..<t]
            validation += members[t..<t + v]
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

import LinearAlgebra

/// A supervised-learning dataset: `n` samples of `d` features and a target per sample.
///
/// Notation used across the module: X is the `n × d` feature matrix (row `i` is sample `i`, row-major
/// `Matrix<Float>`), y the target, either class labels in `0..<k` with their `k` names, or real values.
public struct Dataset: Sendable, Equatable {
    /// A short name (`"iris"`, or the CSV file's stem).
    public var name: String
    /// X, `n × d`.
    public var features: Matrix<Float>
    /// One name per feature column, `d` of them.
    public var featureNames: [String]
    /// y, `n` labels or values.
    public var target: Target
    /// How the columns of the file it was read from became the features (CSV files; nil otherwise). Under
    /// `MissingValuePolicy.imputeFromTrainingRows` missing cells are NaN in `features` until a
    /// `MissingValueImputer` fitted on training rows fills them.
    public var encoding: FeatureEncoding?

    /// A dataset from its parts; `features.rows` must equal the target's count and `featureNames.count`
    /// must equal `features.columns` (a programmer error otherwise).
    public init(
        name: String, features: Matrix<Float>, featureNames: [String]? = nil, target: Target,
        encoding: FeatureEncoding? = nil
    ) {
        precondition(
            features.rows == target.count,
            "Dataset '\(name)': features are \(features.rows)×\(features.columns), target has \(target.count) entries")
        let names = featureNames ?? (0..<features.columns).map { "x\($0)" }
        precondition(
            names.count == features.columns,
            "Dataset '\(name)': \(names.count) feature names for \(features.rows)×\(features.columns) features")
        self.name = name
        self.features = features
        self.featureNames = names
        self.target = target
        self.encoding = encoding
    }

    /// n, the number of samples.
    public var count: Int { features.rows }

    /// d, the number of features.
    public var featureCount: Int { features.columns }

    /// Classification or regression.
    public var task: TaskKind { target.task }

    /// The samples at `indices`, in that order (indices may repeat, e.g. for bootstrap samples).
    public func subset(_ indices: [Int]) -> Dataset {
        Dataset(
            name: name, features: features.rows(at: indices), featureNames: featureNames,
            target: target.subset(indices), encoding: encoding)
    }
}

/// The kind of supervised problem.
public enum TaskKind: String, Sendable, Codable, CaseIterable {
    case classification
    case regression
}

/// The target y of a dataset.
public enum Target: Sendable, Equatable {
    /// Class labels in `0..<names.count`, with the human-readable name of every class.
    case classes(labels: [Int], names: [String])
    /// Real values, for regression.
    case values([Float])

    /// Number of samples.
    public var count: Int {
        switch self {
        case .classes(let labels, _): return labels.count
        case .values(let values): return values.count
        }
    }

    /// Classification or regression.
    public var task: TaskKind {
        if case .classes = self { return .classification }
        return .regression
    }

    /// The labels, for classification; nil for regression.
    public var labels: [Int]? {
        if case .classes(let labels, _) = self { return labels }
        return nil
    }

    /// The class names, for classification; nil for regression.
    public var classNames: [String]? {
        if case .classes(_, let names) = self { return names }
        return nil
    }

    /// k, the number of classes (0 for regression).
    public var classCount: Int { classNames?.count ?? 0 }

    /// The values, for regression; nil for classification.
    public var values: [Float]? {
        if case .values(let values) = self { return values }
        return nil
    }

    /// The entries at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Target {
        switch self {
        case .classes(let labels, let names):
            return .classes(labels: indices.map { labels[$0] }, names: names)
        case .values(let values):
            return .values(indices.map { values[$0] })
        }
    }

    /// The target as a matrix for training: one-hot `n × k` for classification, `n × 1` for regression.
    public var matrix: Matrix<Float> {
        switch self {
        case .classes(let labels, let names): return oneHot(labels, classes: names.count)
        case .values(let values): return Matrix(column: values)
        }
    }

    /// Number of samples in each class (`k` counts), for classification; empty for regression.
    public var classCounts: [Int] {
        guard case .classes(let labels, let names) = self else { return [] }
        var counts = [Int](repeating: 0, count: names.count)
        for label in labels { counts[label] += 1 }
        return counts
    }
}

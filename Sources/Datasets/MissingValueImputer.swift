import LinearAlgebra

/// Fills missing (NaN) feature cells with statistics of the training rows only, then applied unchanged to
/// validation, test and new rows, as a scaler is (fitting on all rows would leak held-out values into training:
/// Hastie, Tibshirani & Friedman, *The Elements of Statistical Learning*, 2nd ed., §7.10.2; scikit-learn's
/// `SimpleImputer`).
///
/// A numeric feature column j gets fill_j = the mean (or median: the middle order statistic, the mean of the two
/// middle ones for an even count) of its present training values. A categorical column's indicator group
/// (`FeatureEncoding.categoricalFeatureRanges`) gets the one-hot vector of its most frequent training category
/// (the first in category order on ties), whatever the strategy. A column without any present training value is
/// filled with 0 (all indicators 0): a constant, which standardization maps to 0.
public struct MissingValueImputer: Sendable, Equatable, Codable {
    public var strategy: ImputationStrategy
    /// The value of each feature column's missing cells.
    public var fill: [Float]

    public init(strategy: ImputationStrategy, fill: [Float]) {
        self.strategy = strategy
        self.fill = fill
    }

    /// Fits on the rows of `x`; `categoricalGroups` are the indicator columns of each categorical column.
    public init(fitting x: Matrix<Float>, categoricalGroups: [Range<Int>], strategy: ImputationStrategy) {
        self.strategy = strategy
        var fill = [Float](repeating: 0, count: x.columns)
        var grouped = [Bool](repeating: false, count: x.columns)
        for group in categoricalGroups where !group.isEmpty {
            for j in group { grouped[j] = true }
            var counts = [Int](repeating: 0, count: group.count)
            for i in 0..<x.rows where !x[i, group.lowerBound].isNaN {
                for (k, j) in group.enumerated() where x[i, j] == 1 { counts[k] += 1 }
            }
            // The first index of the largest count: ties go to the earlier category.
            if let best = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }),
                counts[best] > 0
            {
                fill[group.lowerBound + best] = 1
            }
        }
        for j in 0..<x.columns where !grouped[j] {
            let present = (0..<x.rows).map { x[$0, j] }.filter { !$0.isNaN }
            guard !present.isEmpty else { continue }
            fill[j] = strategy == .median ? CSVFeatureMatrix.median(present) : CSVFeatureMatrix.mean(present)
        }
        self.fill = fill
    }

    /// The number of feature columns.
    public var featureCount: Int { fill.count }

    /// X with every NaN cell in column j replaced by fill_j; X must have `featureCount` columns.
    public func transform(_ x: Matrix<Float>) -> Matrix<Float> {
        precondition(x.columns == fill.count, "MissingValueImputer: \(x.columns) columns, fitted on \(fill.count)")
        var filled = x
        let d = fill.count
        filled.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices where buffer[index].isNaN { buffer[index] = fill[index % d] }
        }
        return filled
    }

}

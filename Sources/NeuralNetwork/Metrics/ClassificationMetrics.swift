/// A K×K confusion matrix C with C[i][j] = number of samples of true class i predicted as class j, and the
/// per-class and macro-averaged scores derived from it (scikit-learn's conventions: a class with no predicted
/// (or no true) samples scores 0 precision (recall); macro = unweighted mean over the K classes).
///
///     precisionₖ = C[k][k] / Σᵢ C[i][k],   recallₖ = C[k][k] / Σⱼ C[k][j],   F1ₖ = 2·P·R / (P + R)
public struct ConfusionMatrix: Hashable, Sendable, Codable {
    /// counts[true][predicted].
    public let counts: [[Int]]

    /// Counts `predicted` against `actual` labels in 0..<classCount.
    public init(predicted: [Int], actual: [Int], classCount: Int) {
        precondition(
            predicted.count == actual.count,
            "ConfusionMatrix: \(predicted.count) predictions but \(actual.count) labels")
        var counts = Array(repeating: Array(repeating: 0, count: classCount), count: classCount)
        for (p, a) in zip(predicted, actual) {
            precondition(
                p >= 0 && p < classCount && a >= 0 && a < classCount,
                "ConfusionMatrix: label pair (\(a), \(p)) outside 0..<\(classCount)")
            counts[a][p] += 1
        }
        self.counts = counts
    }

    public var classCount: Int { counts.count }
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
    public var accuracy: Double {
        total == 0 ? 0 : Double((0..<classCount).reduce(0) { $0 + counts[$1][$1] }) / Double(total)
    }

    public func precision(ofClass k: Int) -> Double {
        let predicted = counts.reduce(0) { $0 + $1[k] }
        return predicted == 0 ? 0 : Double(counts[k][k]) / Double(predicted)
    }
    public func recall(ofClass k: Int) -> Double {
        let actual = counts[k].reduce(0, +)
        return actual == 0 ? 0 : Double(counts[k][k]) / Double(actual)
    }
    public func f1(ofClass k: Int) -> Double {
        let (p, r) = (precision(ofClass: k), recall(ofClass: k))
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public var macroPrecision: Double { mean(precision(ofClass:)) }
    public var macroRecall: Double { mean(recall(ofClass:)) }
    public var macroF1: Double { mean(f1(ofClass:)) }

    private func mean(_ score: (Int) -> Double) -> Double {
        classCount == 0 ? 0 : (0..<classCount).reduce(0) { $0 + score($1) } / Double(classCount)
    }
}

/// Scores of predicted class labels against true ones.
public enum ClassificationMetrics {
    /// The fraction of labels predicted exactly.
    public static func accuracy(predicted: [Int], actual: [Int]) -> Double {
        precondition(
            predicted.count == actual.count, "accuracy: \(predicted.count) predictions but \(actual.count) labels")
        guard !actual.isEmpty else { return 0 }
        return Double(zip(predicted, actual).filter { $0 == $1 }.count) / Double(actual.count)
    }

    /// The confusion matrix, with K = 1 + the largest label seen unless given.
    public static func confusionMatrix(predicted: [Int], actual: [Int], classCount: Int? = nil) -> ConfusionMatrix {
        let k = classCount ?? ((predicted + actual).max().map { $0 + 1 } ?? 0)
        return ConfusionMatrix(predicted: predicted, actual: actual, classCount: k)
    }
}

/// Scores of predicted values ŷ against true values y (n each), accumulated in Double:
///
///     MSE = (1/n) Σ (ŷᵢ − yᵢ)²,   MAE = (1/n) Σ |ŷᵢ − yᵢ|,
///     R² = 1 − Σ (ŷᵢ − yᵢ)² / Σ (yᵢ − ȳ)²   (coefficient of determination; 0 for a constant-mean predictor,
///                                          negative when worse; defined as 0 when y is constant, like a
///                                          perfect fit of nothing, unless ŷ = y exactly, then 1)
public enum RegressionMetrics {
    public static func meanSquaredError<S: BinaryFloatingPoint>(predicted: [S], actual: [S]) -> Double {
        check(predicted, actual)
        guard !actual.isEmpty else { return 0 }
        return zip(predicted, actual).reduce(0.0) {
            let d = Double($1.0) - Double($1.1)
            return $0 + d * d
        }
            / Double(actual.count)
    }

    public static func meanAbsoluteError<S: BinaryFloatingPoint>(predicted: [S], actual: [S]) -> Double {
        check(predicted, actual)
        guard !actual.isEmpty else { return 0 }
        return zip(predicted, actual).reduce(0.0) { $0 + abs(Double($1.0) - Double($1.1)) } / Double(actual.count)
    }

    public static func r2<S: BinaryFloatingPoint>(predicted: [S], actual: [S]) -> Double {
        check(predicted, actual)
        guard !actual.isEmpty else { return 0 }
        let mean = actual.reduce(0.0) { $0 + Double($1) } / Double(actual.count)
        let total = actual.reduce(0.0) {
            let d = Double($1) - mean
            return $0 + d * d
        }
        let residual = zip(predicted, actual).reduce(0.0) {
            let d = Double($1.0) - Double($1.1)
            return $0 + d * d
        }
        if total == 0 { return residual == 0 ? 1 : 0 }
        return 1 - residual / total
    }

    private static func check<S>(_ predicted: [S], _ actual: [S]) {
        precondition(predicted.count == actual.count, "\(predicted.count) predictions but \(actual.count) targets")
    }
}

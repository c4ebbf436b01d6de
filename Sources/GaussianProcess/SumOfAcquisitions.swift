import LinearAlgebra

/// The sum of acquisition functions: with terms in logs, the log of their product, as constrained Bayesian
/// optimization weights an acquisition by the probability of feasibility (log EI + Σₖ log P(cₖ ≤ 0); Gardner et
/// al. 2014). Values and gradients add term by term.
public struct SumOfAcquisitions: AcquisitionFunction {
    public let terms: [any AcquisitionFunction]

    /// - Precondition: at least one term.
    public init(_ terms: [any AcquisitionFunction]) {
        precondition(!terms.isEmpty, "a sum of no acquisition functions")
        self.terms = terms
    }

    public func value(at point: [Double]) -> Double {
        terms.reduce(0) { $0 + $1.value(at: point) }
    }

    public func valueAndGradient(at point: [Double]) -> (value: Double, gradient: [Double]) {
        var total = 0.0
        var gradient = [Double](repeating: 0, count: point.count)
        for term in terms {
            let (value, g) = term.valueAndGradient(at: point)
            total += value
            for i in gradient.indices { gradient[i] += g[i] }
        }
        return (total, gradient)
    }

    public func values(at points: Matrix<Double>) -> [Double] {
        var total = [Double](repeating: 0, count: points.rows)
        for term in terms {
            let values = term.values(at: points)
            for i in total.indices { total[i] += values[i] }
        }
        return total
    }
}

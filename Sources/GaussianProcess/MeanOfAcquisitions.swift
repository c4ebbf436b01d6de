import Foundation
import LinearAlgebra

/// The average of acquisition functions, â(x) = (1/S) Σₛ aₛ(x): an acquisition integrated over hyperparameter
/// samples (`GaussianProcess.hyperparameterSamples`; Snoek et al. 2012, §3.2), one term per sampled model.
///
/// With `logarithmic` terms (log EI) the terms are logarithms, and the average is of the values they stand for,
///   log â(x) = log (1/S) Σₛ exp(ℓₛ(x)) = m + log (1/S) Σₛ exp(ℓₛ(x) − m),  m = maxₛ ℓₛ(x),
/// stable where EI underflows, with gradient Σₛ wₛ ∇ℓₛ, wₛ = exp(ℓₛ − m) / Σᵣ exp(ℓᵣ − m).
public struct MeanOfAcquisitions: AcquisitionFunction {
    public let terms: [any AcquisitionFunction]
    /// Whether the terms are logarithms of the quantity to average (log EI).
    public let logarithmic: Bool

    /// - Precondition: at least one term.
    public init(_ terms: [any AcquisitionFunction], logarithmic: Bool) {
        precondition(!terms.isEmpty, "a mean of no acquisition functions")
        self.terms = terms
        self.logarithmic = logarithmic
    }

    public func value(at point: [Double]) -> Double {
        combine(terms.map { $0.value(at: point) })
    }

    public func valueAndGradient(at point: [Double]) -> (value: Double, gradient: [Double]) {
        let parts = terms.map { $0.valueAndGradient(at: point) }
        let values = parts.map(\.value)
        let weights = self.weights(values)
        var gradient = [Double](repeating: 0, count: point.count)
        for (weight, part) in zip(weights, parts) where weight > 0 {
            for i in gradient.indices { gradient[i] += weight * part.gradient[i] }
        }
        return (combine(values), gradient)
    }

    public func values(at points: Matrix<Double>) -> [Double] {
        let columns = terms.map { $0.values(at: points) }
        return (0..<points.rows).map { i in combine(columns.map { $0[i] }) }
    }

    /// The mean of the terms' values (in logs for logarithmic terms).
    func combine(_ values: [Double]) -> Double {
        let s = Double(values.count)
        guard logarithmic else { return values.reduce(0, +) / s }
        guard let m = values.max(), m.isFinite else { return values.max() ?? -.infinity }
        return m + log(values.reduce(0) { $0 + exp($1 - m) } / s)
    }

    /// ∂â/∂aₛ: 1/S for plain terms, the softmax weights for logarithmic ones.
    func weights(_ values: [Double]) -> [Double] {
        let s = Double(values.count)
        guard logarithmic else { return values.map { _ in 1 / s } }
        guard let m = values.max(), m.isFinite else { return values.map { _ in 1 / s } }
        let e = values.map { exp($0 - m) }
        let total = e.reduce(0, +)
        return e.map { $0 / total }
    }
}

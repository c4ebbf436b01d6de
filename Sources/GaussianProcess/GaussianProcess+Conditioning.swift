import LinearAlgebra

/// Conditioning a fitted GP on extra points without refitting its hyperparameters: for pending (running)
/// trials and for fantasies, by growing the Cholesky factor instead of refactoring (O(n²m + m³), not (n+m)³).
///
/// With P the m×d new inputs, B = k(X, P) (n×m) and C = k(P, P) + (σ²ₙ + δ + ε)I (m×m),
///   K' = [[K, B], [Bᵀ, C]],  L' = [[L, 0], [(L⁻¹B)ᵀ, chol(C − BᵀK⁻¹B)]]   (`Cholesky.extend`),
/// then α' = K'⁻¹ỹ'. Pending points take the "kriging believer" value ỹ_P = μ̃(P) (Ginsbourger, Le Riche &
/// Carraro, "Kriging is well-suited to parallelize optimization", 2010): the posterior mean is unchanged and the
/// variance shrinks around the pending points, so a batch proposal spreads out.
extension GaussianProcess {
    /// The model conditioned on pending points (rows of `points`, m×d) at their current posterior mean.
    public func conditioned(onPending points: Matrix<Double>) -> GaussianProcess {
        let (mean, _) = predict(points)
        return conditioned(on: points, observations: mean)
    }

    /// The model conditioned on extra observations (raw units) at `points` (m×d), hyperparameters unchanged.
    /// Rows with NaN/∞ are left out and reported. If the extended factor is indefinite, jitter is added to the
    /// new block in ×10 steps (reported); if that fails too, the model is returned unchanged with a warning.
    public func conditioned(on points: Matrix<Double>, observations: [Double]) -> GaussianProcess {
        precondition(
            points.columns == dimension && points.rows == observations.count,
            "conditioned: model has d = \(dimension), points are \(points.rows)×\(points.columns), "
                + "\(observations.count) observations"
        )
        var warnings = self.warnings
        let d = dimension
        let keep = (0..<points.rows).filter { i in
            observations[i].isFinite && (0..<d).allSatisfy { points[i, $0].isFinite }
        }
        if keep.count < points.rows { warnings.append(.droppedNonFiniteObservations(count: points.rows - keep.count)) }
        if keep.isEmpty { return self }
        let p = keep.count == points.rows ? points : points.rows(at: keep)
        let y = keep.map { observations[$0] }
        let m = p.rows

        let b = kernel.covariance(inputs, p)
        var c = kernel.gram(p)
        let diagonal = noiseVariance + options.nugget + jitter
        c.withUnsafeMutableBufferPointer { q in for i in 0..<m { q[i * m + i] += diagonal } }
        var epsilon = 0.0
        let base = 1e-8 * max(c.diagonal.reduce(0, +) / Double(m), 1e-300)
        for attempt in 0...options.maximumJitterRetries {
            var grown = cholesky
            var block = c
            if epsilon > 0 { block.withUnsafeMutableBufferPointer { q in for i in 0..<m { q[i * m + i] += epsilon } } }
            do {
                try grown.extend(crossCovariance: b, newBlock: block)
                if epsilon > 0 { warnings.append(.conditioningJitterAdded(epsilon)) }
                var x = Matrix<Double>(rows: count + m, columns: d)
                x.withUnsafeMutableBufferPointer { dst in
                    inputs.withUnsafeBufferPointer { src in for i in 0..<src.count { dst[i] = src[i] } }
                    p.withUnsafeBufferPointer { src in for i in 0..<src.count { dst[count * d + i] = src[i] } }
                }
                let standardized = standardizedOutputs + y.map { ($0 - outputMean) / outputScale }
                return GaussianProcess(
                    conditioning: self, inputs: x, outputs: outputs + y, standardized: standardized,
                    cholesky: grown, warnings: warnings)
            } catch {
                epsilon = base * pow10(attempt)
            }
        }
        warnings.append(.factorizationFailed)
        return GaussianProcess(
            conditioning: self, inputs: inputs, outputs: outputs, standardized: standardizedOutputs,
            cholesky: cholesky, warnings: warnings)
    }
}

/// 10ᵏ for small non-negative k.
func pow10(_ k: Int) -> Double { (0..<k).reduce(1.0) { value, _ in value * 10 } }

import LinearAlgebra

/// Input gradients of stationary kernels, for the posterior's gradient at a query point (acquisition search).
///
/// With r² = Σ_k (p_k − x_k)²/ℓ_k² and h = f′(r)/r (`StationaryKernel`):
///   ∂k(p, x)/∂p_k = σ²·f′(r)·∂r/∂p_k = σ²·h(r)·(p_k − x_k)/ℓ_k²,
/// and k(p, p) = σ²·f(0) does not depend on p. The distances are computed first, then the profile over all of
/// them at once (`StationaryProfile.scaledValuesAndSlopes`).
extension StationaryKernel {
    public func covarianceAndInputGradient(
        at point: [Double],
        _ x: Matrix<Double>
    ) -> (values: [Double], gradient: Matrix<Double>) {
        let (n, d) = (x.rows, lengthScales.count)
        precondition(
            point.count == d && x.columns == d,
            "\(Self.self): point has \(point.count) coordinates, X is \(n)×\(x.columns)")
        var values = [Double](repeating: 0, count: n)
        var gradient = Matrix<Double>(rows: n, columns: d)
        if n == 0 { return (values, gradient) }
        let inverseSquared = lengthScales.map { 1 / ($0 * $0) }
        let sigma2 = amplitude
        x.withUnsafeBufferPointer { xp in
            gradient.withUnsafeMutableBufferPointer { g in
                values.withUnsafeMutableBufferPointer { v in
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { distances in
                        withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { slopes in
                            for i in 0..<n {
                                var r2 = 0.0
                                for k in 0..<d {
                                    let t = point[k] - xp[i * d + k]
                                    r2 += t * t * inverseSquared[k]
                                }
                                distances[i] = r2.squareRoot()
                            }
                            // v_i = σ²·f(r_i), slopes_i = σ²·h(r_i).
                            Profile.scaledValuesAndSlopes(
                                UnsafePointer(distances.baseAddress!), range: 0..<n,
                                scale: sigma2, values: v.baseAddress!,
                                slopes: slopes.baseAddress!)
                            for i in 0..<n {
                                let s = slopes[i]
                                for k in 0..<d { g[i * d + k] = s * (point[k] - xp[i * d + k]) * inverseSquared[k] }
                            }
                        }
                    }
                }
            }
        }
        return (values, gradient)
    }

    public func varianceAndInputGradient(at point: [Double]) -> (value: Double, gradient: [Double]) {
        (amplitude * Self.profile(0).value, [Double](repeating: 0, count: point.count))
    }

    /// σ²·f(0) for every row: stationary kernels have the same prior variance everywhere.
    public func variances(_ a: Matrix<Double>) -> [Double] {
        [Double](repeating: amplitude * Self.profile(0).value, count: a.rows)
    }
}

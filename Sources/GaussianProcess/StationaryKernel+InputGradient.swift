import LinearAlgebra

/// Input gradients of stationary kernels, for the posterior's gradient at a query point (acquisition search).
///
/// With r² = Σ_k (p_k − x_k)²/ℓ_k² and h = f′(r)/r (`StationaryKernel`):
///   ∂k(p, x)/∂p_k = σ²·f′(r)·∂r/∂p_k = σ²·h(r)·(p_k − x_k)/ℓ_k²,
/// and k(p, p) = σ²·f(0) does not depend on p.
extension StationaryKernel {
    public func covarianceAndInputGradient(at point: [Double], _ x: Matrix<Double>) -> (values: [Double], gradient: Matrix<Double>) {
        let (n, d) = (x.rows, lengthScales.count)
        precondition(point.count == d && x.columns == d, "\(Self.self): point has \(point.count) coordinates, X is \(n)×\(x.columns)")
        var values = [Double](repeating: 0, count: n)
        var gradient = Matrix<Double>(rows: n, columns: d)
        let inverseSquared = lengthScales.map { 1 / ($0 * $0) }
        x.withUnsafeBufferPointer { xp in
            gradient.withUnsafeMutableBufferPointer { g in
                for i in 0..<n {
                    var r2 = 0.0
                    for k in 0..<d { let t = point[k] - xp[i * d + k]; r2 += t * t * inverseSquared[k] }
                    let (f, h) = Self.profile(r2.squareRoot())
                    values[i] = amplitude * f
                    for k in 0..<d { g[i * d + k] = amplitude * h * (point[k] - xp[i * d + k]) * inverseSquared[k] }
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

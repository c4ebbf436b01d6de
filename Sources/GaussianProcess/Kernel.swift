import LinearAlgebra

/// What a positive hyperparameter means, so that priors (`Priors.swift`) attach by kind.
public enum HyperparameterKind: String, Sendable, Hashable, Codable {
    /// A signal variance σ² multiplying a correlation function.
    case amplitude
    /// A length scale ℓ_k of one input dimension.
    case lengthScale
    /// The observation-noise variance σ²ₙ (owned by `GaussianProcess`, not by a kernel).
    case noise
}

/// A covariance function k(x, x′) on ℝᵈ, a small value with its positive hyperparameters in log space
/// (as scikit-learn's `kernel.theta`; GPyTorch keeps one kernel per file, and so does this module).
///
/// Notation and shapes (every matrix row-major, one point per row):
/// - X: n×d training inputs, A: m×d query points, p: one query point (d values).
/// - θ: the p log-parameters (`logParameters`), θ = log(natural value), with box bounds `logParameterBounds`.
/// - K = k(X, X): n×n, symmetric. Routines that fill or read K touch only its upper triangle (j ≥ i): read
///   column-major, that is LAPACK's lower triangle, on which OpenBLAS's `potrf` is fastest, in place.
/// - ∂K/∂θ_q never exists as a matrix: the marginal-likelihood gradient only needs the contractions
///   c_q = Σ_ij W_ij ∂K_ij/∂θ_q for a symmetric weight matrix W (Rasmussen & Williams, *Gaussian Processes
///   for Machine Learning*, 2006, eq. 5.9), which `gradientContraction` returns in O(n²d) with no n×n×p tensor.
public protocol Kernel: Sendable {
    /// θ: the natural logarithms of the hyperparameters. Setting it replaces every hyperparameter.
    var logParameters: [Double] { get set }
    /// Box bounds for each entry of θ (log space).
    var logParameterBounds: [ClosedRange<Double>] { get }
    /// The meaning of each entry of θ, for priors.
    var parameterKinds: [HyperparameterKind] { get }

    /// k(A, B): the m×n cross-covariance between the rows of `a` (m×d) and of `b` (n×d).
    func covariance(_ a: Matrix<Double>, _ b: Matrix<Double>) -> Matrix<Double>
    /// Writes k(x_i, x_j) into the upper triangle (j ≥ i) of the n×n `gram`; the strict lower triangle is
    /// left as it was.
    func fillUpperGram(_ x: Matrix<Double>, into gram: inout Matrix<Double>)
    /// c_q = Σ_ij W_ij ∂k(x_i, x_j)/∂θ_q over the full symmetric W, of which only the upper triangle
    /// (j ≥ i) of `weights` is read.
    func gradientContraction(_ x: Matrix<Double>, weights: Matrix<Double>) -> [Double]
    /// k(p, x_i) for every row of `x` (n values) and its gradient with respect to p (n×d, row i is ∇ₚk(p, x_i)).
    func covarianceAndInputGradient(at point: [Double], _ x: Matrix<Double>) -> (
        values: [Double], gradient: Matrix<Double>
    )
    /// k(p, p) and its gradient with respect to p (zero for stationary kernels).
    func varianceAndInputGradient(at point: [Double]) -> (value: Double, gradient: [Double])
    /// k(a_i, a_i) for every row of `a` (m×d): the prior variances a batched prediction starts from.
    func variances(_ a: Matrix<Double>) -> [Double]
}

extension Kernel {
    /// Number of hyperparameters p.
    public var parameterCount: Int { logParameterBounds.count }

    /// k(X, X) as a full symmetric n×n matrix (both triangles).
    public func gram(_ x: Matrix<Double>) -> Matrix<Double> {
        var k = Matrix<Double>(rows: x.rows, columns: x.rows)
        fillUpperGram(x, into: &k)
        let n = x.rows
        k.withUnsafeMutableBufferPointer { p in
            for i in 0..<n { for j in 0..<i { p[i * n + j] = p[j * n + i] } }
        }
        return k
    }

    /// k(a_i, a_i) for every row of `a`, one point at a time (kernels override it with a batched form).
    public func variances(_ a: Matrix<Double>) -> [Double] {
        (0..<a.rows).map { varianceAndInputGradient(at: a.row($0)).value }
    }

    /// The same kernel with θ replaced.
    public func with(logParameters theta: [Double]) -> Self {
        var copy = self
        copy.logParameters = theta
        return copy
    }
}

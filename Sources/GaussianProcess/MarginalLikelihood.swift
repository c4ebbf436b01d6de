import LinearAlgebra

/// The log marginal likelihood of a zero-mean GP and its gradient, evaluated many times during a fit with
/// one reused workspace (R&W 2006, Alg. 2.1 and eq. 5.9).
///
/// Notation: X is n×d, y has n (already standardized) values, θ = [θ_kernel, log σ²ₙ] (p + 1 values),
/// K = k_θ(X, X) + (σ²ₙ + δ)I with δ the fixed `nugget` (scikit-learn's `alpha`), K = L·Lᵀ, α = K⁻¹y:
///   log p(y | θ) = −½ yᵀα − Σᵢ log Lᵢᵢ − (n/2) log 2π
///   ∂/∂θ_q      = ½ tr((ααᵀ − K⁻¹) ∂K/∂θ_q) = ½ Σᵢⱼ Wᵢⱼ ∂Kᵢⱼ/∂θ_q,  W = ααᵀ − K⁻¹,
///   ∂K/∂log σ²ₙ = σ²ₙ I, so that component is ½ σ²ₙ tr(W).
/// One evaluation: fill K's upper triangle (the kernel), `potrf` in place (R&W Alg. 2.1 line 2,
/// `Cholesky.factorInPlace`), two `trsv` for α (line 3, `Cholesky.solveInPlace`), then only when the gradient is
/// wanted K⁻¹ in place (`Cholesky.invertInPlace`; factor and inverse cost n³ flops together, where
/// scikit-learn's factor and `cho_solve(L, I)` cost 7n³/3), W in the same buffer, and the kernel's O(n²d)
/// contraction (no n×n×p gradient tensor).
/// A factorization failure (K not numerically positive definite, or NaN/∞ anywhere) gives −∞, never an error:
/// the fit treats the candidate as infinitely unlikely.
public final class MarginalLikelihood {
    public let inputs: Matrix<Double>
    public let outputs: [Double]
    public private(set) var kernel: any Kernel
    public let nugget: Double
    /// The n×n workspace: K, then L, then K⁻¹, then W, all in the upper triangle (U = Lᵀ for L).
    var workspace: Matrix<Double>
    var alpha: [Double]
    /// σ²·h(r_ij) for stationary kernels (`StationaryKernel+Slopes.swift`); empty otherwise.
    var slopes: Matrix<Double>

    /// An evaluator for inputs X (n×d) and outputs y (n values), with the kernel's structure (its current
    /// hyperparameters are replaced at every evaluation).
    public init(inputs: Matrix<Double>, outputs: [Double], kernel: any Kernel, nugget: Double = 1e-10) {
        precondition(
            inputs.rows == outputs.count,
            "MarginalLikelihood: X is \(inputs.rows)×\(inputs.columns), y has \(outputs.count) values")
        self.inputs = inputs
        self.outputs = outputs
        self.kernel = kernel
        self.nugget = nugget
        workspace = Matrix(rows: inputs.rows, columns: inputs.rows)
        alpha = outputs
        let n = kernel is any StationaryKernel ? inputs.rows : 0
        slopes = Matrix(rows: n, columns: n)
    }

    /// Number of entries of θ: the kernel's plus one for the noise variance.
    public var parameterCount: Int { kernel.parameterCount + 1 }

    /// log p(y | θ) and its gradient with respect to θ = [kernel log-parameters, log σ²ₙ].
    public func valueAndGradient(_ theta: [Double]) -> (value: Double, gradient: [Double]) {
        var gradient = [Double](repeating: 0, count: parameterCount)
        let value = evaluate(theta, gradient: &gradient)
        return (value, gradient)
    }

    /// log p(y | θ), writing its gradient into `gradient` (zeros when the value is −∞). Pass
    /// `computeGradient: false` to skip the inverse.
    public func evaluate(_ theta: [Double], gradient: inout [Double], computeGradient: Bool = true) -> Double {
        precondition(
            theta.count == parameterCount && gradient.count == parameterCount,
            "MarginalLikelihood: θ has \(theta.count) values, gradient \(gradient.count), "
                + "need \(parameterCount)")
        for q in gradient.indices { gradient[q] = 0 }
        let n = inputs.rows
        if n == 0 { return 0 }
        guard theta.allSatisfy(\.isFinite) else { return -.infinity }
        kernel.logParameters = Array(theta.dropLast())
        let noise = theta[theta.count - 1].exponential
        let stationary = kernel as? any StationaryKernel
        if let stationary {
            stationary.fillUpperGram(inputs, into: &workspace, slopes: &slopes)
        } else {
            kernel.fillUpperGram(inputs, into: &workspace)
        }
        let (logDeterminantHalf, ok): (Double, Bool) = workspace.withUnsafeMutableBufferPointer { k in
            for i in 0..<n { k[i &* n &+ i] += noise + nugget }
            // The upper triangle becomes U = Lᵀ in place.
            do { try Cholesky<Double>.factorInPlace(k, order: n, leadingDimension: n) } catch { return (0, false) }
            var sum = 0.0
            for i in 0..<n { sum += k[i &* n &+ i].logarithm }
            alpha.withUnsafeMutableBufferPointer { a in
                for i in 0..<n { a[i] = outputs[i] }
                Cholesky<Double>.solveInPlace(factor: UnsafeBufferPointer(k), order: n, leadingDimension: n, a)
            }
            return (sum, true)
        }
        guard ok else { return -.infinity }
        let fit = zip(outputs, alpha).reduce(0.0) { $0 + $1.0 * $1.1 }
        let value = -0.5 * fit - logDeterminantHalf - 0.5 * Double(n) * (2 * Double.pi).logarithm
        guard value.isFinite, alpha.allSatisfy(\.isFinite) else { return -.infinity }
        if !computeGradient { return value }

        var trace = 0.0
        let inverted: Bool = workspace.withUnsafeMutableBufferPointer { k in
            do { try Cholesky<Double>.invertInPlace(factor: k, order: n, leadingDimension: n) } catch { return false }
            alpha.withUnsafeBufferPointer { a in
                for i in 0..<n {
                    let ai = a[i]
                    let row = k.baseAddress! + i &* n
                    for j in i..<n { row[j] = ai * a[j] - row[j] }
                    trace += row[i]
                }
            }
            return true
        }
        guard inverted else { return -.infinity }
        if let stationary {
            // Amplitude: yᵀα − n − (σ²ₙ + δ)·tr W (`StationaryKernel+Slopes.swift`); length scales from the slopes.
            gradient[0] = 0.5 * (fit - Double(n) - (noise + nugget) * trace)
            let lengthScales = stationary.lengthScaleContraction(inputs, weights: workspace, slopes: slopes)
            for k in lengthScales.indices { gradient[k + 1] = 0.5 * lengthScales[k] }
        } else {
            let kernelGradient = kernel.gradientContraction(inputs, weights: workspace)
            for q in kernelGradient.indices { gradient[q] = 0.5 * kernelGradient[q] }
        }
        gradient[parameterCount - 1] = 0.5 * noise * trace
        if !gradient.allSatisfy(\.isFinite) {
            for q in gradient.indices { gradient[q] = 0 }
            return -.infinity
        }
        return value
    }
}

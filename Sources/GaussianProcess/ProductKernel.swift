import LinearAlgebra

/// The product of two kernels, k(x, x′) = k₁(x, x′)·k₂(x, x′); θ = [θ₁, θ₂].
///
/// Product rule: ∂k/∂θ₁ = k₂ ∘ ∂k₁/∂θ₁, so the contraction with weights W is the contraction of k₁ with
/// W ∘ K₂ (and symmetrically for θ₂); no gradient matrix is formed. Input gradients follow the same rule:
/// ∇ₚ(k₁k₂) = k₂∇ₚk₁ + k₁∇ₚk₂.
public struct ProductKernel: Kernel {
    public var lhs: any Kernel
    public var rhs: any Kernel
    public init(_ lhs: any Kernel, _ rhs: any Kernel) {
        self.lhs = lhs
        self.rhs = rhs
    }

    public var logParameters: [Double] {
        get { lhs.logParameters + rhs.logParameters }
        set {
            precondition(
                newValue.count == parameterCount,
                "ProductKernel needs \(parameterCount) parameters, got \(newValue.count)")
            lhs.logParameters = Array(newValue[..<lhs.parameterCount])
            rhs.logParameters = Array(newValue[lhs.parameterCount...])
        }
    }
    public var logParameterBounds: [ClosedRange<Double>] { lhs.logParameterBounds + rhs.logParameterBounds }
    public var parameterKinds: [HyperparameterKind] { lhs.parameterKinds + rhs.parameterKinds }

    public func covariance(_ a: Matrix<Double>, _ b: Matrix<Double>) -> Matrix<Double> {
        lhs.covariance(a, b).hadamard(rhs.covariance(a, b))
    }

    public func fillUpperGram(_ x: Matrix<Double>, into gram: inout Matrix<Double>) {
        lhs.fillUpperGram(x, into: &gram)
        var second = Matrix<Double>(rows: x.rows, columns: x.rows)
        rhs.fillUpperGram(x, into: &second)
        combineUpper(&gram, second, n: x.rows, *)
    }

    public func gradientContraction(_ x: Matrix<Double>, weights: Matrix<Double>) -> [Double] {
        let n = x.rows
        var k1 = Matrix<Double>(rows: n, columns: n)
        var k2 = Matrix<Double>(rows: n, columns: n)
        lhs.fillUpperGram(x, into: &k1)
        rhs.fillUpperGram(x, into: &k2)
        combineUpper(&k1, weights, n: n, *)  // W ∘ K₁, weights for θ₂
        combineUpper(&k2, weights, n: n, *)  // W ∘ K₂, weights for θ₁
        return lhs.gradientContraction(x, weights: k2) + rhs.gradientContraction(x, weights: k1)
    }

    public func covarianceAndInputGradient(at point: [Double], _ x: Matrix<Double>) -> (
        values: [Double], gradient: Matrix<Double>
    ) {
        let (a, da) = lhs.covarianceAndInputGradient(at: point, x)
        let (b, db) = rhs.covarianceAndInputGradient(at: point, x)
        var gradient = da
        let d = point.count
        gradient.withUnsafeMutableBufferPointer { g in
            da.withUnsafeBufferPointer { pa in
                db.withUnsafeBufferPointer { pb in
                    for i in 0..<a.count {
                        for k in 0..<d { g[i * d + k] = pa[i * d + k] * b[i] + a[i] * pb[i * d + k] }
                    }
                }
            }
        }
        return (zip(a, b).map { $0 * $1 }, gradient)
    }

    public func variances(_ a: Matrix<Double>) -> [Double] {
        zip(lhs.variances(a), rhs.variances(a)).map { $0 * $1 }
    }

    public func varianceAndInputGradient(at point: [Double]) -> (value: Double, gradient: [Double]) {
        let (a, da) = lhs.varianceAndInputGradient(at: point)
        let (b, db) = rhs.varianceAndInputGradient(at: point)
        return (a * b, zip(da, db).map { $0 * b + a * $1 })
    }
}

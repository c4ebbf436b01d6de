import LinearAlgebra

/// The sum of two kernels, k(x, x′) = k₁(x, x′) + k₂(x, x′); θ = [θ₁, θ₂].
/// ∂k/∂θ₁ = ∂k₁/∂θ₁, so gradient contractions pass W through unchanged.
public struct SumKernel: Kernel {
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
                newValue.count == parameterCount, "SumKernel needs \(parameterCount) parameters, got \(newValue.count)")
            lhs.logParameters = Array(newValue[..<lhs.parameterCount])
            rhs.logParameters = Array(newValue[lhs.parameterCount...])
        }
    }
    public var logParameterBounds: [ClosedRange<Double>] { lhs.logParameterBounds + rhs.logParameterBounds }
    public var parameterKinds: [HyperparameterKind] { lhs.parameterKinds + rhs.parameterKinds }

    public func covariance(_ a: Matrix<Double>, _ b: Matrix<Double>) -> Matrix<Double> {
        lhs.covariance(a, b) + rhs.covariance(a, b)
    }
    public func fillUpperGram(_ x: Matrix<Double>, into gram: inout Matrix<Double>) {
        lhs.fillUpperGram(x, into: &gram)
        var second = Matrix<Double>(rows: x.rows, columns: x.rows)
        rhs.fillUpperGram(x, into: &second)
        combineUpper(&gram, second, n: x.rows, +)
    }
    public func gradientContraction(_ x: Matrix<Double>, weights: Matrix<Double>) -> [Double] {
        lhs.gradientContraction(x, weights: weights) + rhs.gradientContraction(x, weights: weights)
    }
    public func covarianceAndInputGradient(at point: [Double], _ x: Matrix<Double>) -> (
        values: [Double], gradient: Matrix<Double>
    ) {
        let (a, da) = lhs.covarianceAndInputGradient(at: point, x)
        let (b, db) = rhs.covarianceAndInputGradient(at: point, x)
        return (zip(a, b).map { $0 + $1 }, da + db)
    }
    public func variances(_ a: Matrix<Double>) -> [Double] {
        zip(lhs.variances(a), rhs.variances(a)).map { $0 + $1 }
    }
    public func varianceAndInputGradient(at point: [Double]) -> (value: Double, gradient: [Double]) {
        let (a, da) = lhs.varianceAndInputGradient(at: point)
        let (b, db) = rhs.varianceAndInputGradient(at: point)
        return (a + b, zip(da, db).map { $0 + $1 })
    }
}

/// Applies `op` element-wise to the upper triangles (j ≥ i) of two n×n matrices, into the first.
func combineUpper(_ target: inout Matrix<Double>, _ other: Matrix<Double>, n: Int, _ op: (Double, Double) -> Double) {
    other.withUnsafeBufferPointer { o in
        target.withUnsafeMutableBufferPointer { t in
            for i in 0..<n { for j in i..<n { t[i &* n &+ j] = op(t[i &* n &+ j], o[i &* n &+ j]) } }
        }
    }
}

/// k₁ + k₂.
public func + (lhs: some Kernel, rhs: some Kernel) -> SumKernel { SumKernel(lhs, rhs) }
/// k₁ · k₂.
public func * (lhs: some Kernel, rhs: some Kernel) -> ProductKernel { ProductKernel(lhs, rhs) }

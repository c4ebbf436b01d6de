import LinearAlgebra

/// A stationary kernel with automatic relevance determination (one length scale per input dimension),
/// scaled by an amplitude: k(x, x′) = σ²·f(r), r² = Σ_k (x_k − x′_k)²/ℓ_k² (Rasmussen & Williams 2006, §4.2).
///
/// θ = [log σ², log ℓ_1, …, log ℓ_d]: the order of scikit-learn's `ConstantKernel * Matern` and of the
/// fixtures. A conforming type names only its profile f (`StationaryProfile`, with h(r) = f′(r)/r); this
/// extension derives everything else once:
/// - ∂k/∂log σ² = k;  ∂k/∂log ℓ_k = −σ²·h(r)·(x_k − x′_k)²/ℓ_k²   (since ∂r/∂log ℓ_k = −(x_k − x′_k)²/(ℓ_k² r));
/// - ∇ₓk(x, x′) = σ²·h(r)·(x − x′)/ℓ².
/// Distances come from direct differences of the scaled inputs z = x/ℓ, laid out so that the loop over the
/// second point vectorizes: exact zeros for duplicate points, and cheaper than the profile's `exp` that follows
/// for the dimensions this project tunes (d ≲ 30). Only the upper triangle of a Gram matrix is computed, and the
/// profile is evaluated a row at a time (`StationaryProfile.scaledValues`). `ARDStationaryKernel` is the conforming
/// type.
public protocol StationaryKernel: Kernel {
    /// f and h = f′/r.
    associatedtype Profile: StationaryProfile
    /// σ², the variance k(x, x).
    var amplitude: Double { get set }
    /// ℓ_1 … ℓ_d.
    var lengthScales: [Double] { get set }
    /// Bounds on σ² (natural units).
    var amplitudeBounds: ClosedRange<Double> { get set }
    /// Bounds on every ℓ_k (natural units).
    var lengthScaleBounds: ClosedRange<Double> { get set }
    /// A kernel with the given hyperparameters (length scales set the input dimension d).
    init(
        lengthScales: [Double], amplitude: Double, amplitudeBounds: ClosedRange<Double>,
        lengthScaleBounds: ClosedRange<Double>)

    /// The marginal likelihood's fast path (`StationaryKernel+Slopes.swift`; implemented once by the extension):
    /// fills K's upper triangle like `fillUpperGram(_:into:)` and σ²·h(r_ij) into the upper triangle of `slopes`.
    func fillUpperGram(_ x: Matrix<Double>, into gram: inout Matrix<Double>, slopes: inout Matrix<Double>)
    /// Σ_ij W_ij ∂K_ij/∂log ℓ_k (k = 1…d) from the slopes stored by `fillUpperGram(_:into:slopes:)`, reading
    /// the upper triangles of both, without evaluating the profile again.
    func lengthScaleContraction(_ x: Matrix<Double>, weights: Matrix<Double>, slopes: Matrix<Double>) -> [Double]
}

extension StationaryKernel {
    /// σ² = 1 and every ℓ_k = `lengthScale` in d dimensions, with the default bounds (`Priors.swift`).
    public init(dimension: Int, lengthScale: Double = 1) {
        self.init(
            lengthScales: Array(repeating: lengthScale, count: dimension), amplitude: 1,
            amplitudeBounds: HyperparameterBounds.amplitude, lengthScaleBounds: HyperparameterBounds.lengthScale)
    }

    /// f(r) and h(r) = f′(r)/r of this kernel's profile (`Profile.evaluate`).
    @inlinable
    public static func profile(_ r: Double) -> (value: Double, slopeOverR: Double) { Profile.evaluate(r) }

    public var logParameters: [Double] {
        get { [amplitude.logarithm] + lengthScales.map(\.logarithm) }
        set {
            precondition(
                newValue.count == lengthScales.count + 1,
                "\(Self.self) needs \(lengthScales.count + 1) log-parameters, got \(newValue.count)")
            amplitude = newValue[0].exponential
            lengthScales = newValue.dropFirst().map(\.exponential)
        }
    }
    public var logParameterBounds: [ClosedRange<Double>] {
        let a = amplitudeBounds.lowerBound.logarithm...amplitudeBounds.upperBound.logarithm
        let l = lengthScaleBounds.lowerBound.logarithm...lengthScaleBounds.upperBound.logarithm
        return [a] + Array(repeating: l, count: lengthScales.count)
    }
    public var parameterKinds: [HyperparameterKind] {
        [.amplitude] + Array(repeating: .lengthScale, count: lengthScales.count)
    }

    /// The inputs divided by the length scales, transposed: d×n, so `zt[k*n + j]` is z_jk.
    func scaledTransposed(_ x: Matrix<Double>) -> [Double] {
        let (n, d) = (x.rows, x.columns)
        precondition(
            d == lengthScales.count,
            "\(Self.self) has \(lengthScales.count) length scales, inputs are \(n)×\(d)")
        var zt = [Double](repeating: 0, count: n * d)
        x.withUnsafeBufferPointer { xp in
            for k in 0..<d {
                let inverse = 1 / lengthScales[k]
                for j in 0..<n { zt[k * n + j] = xp[j * d + k] * inverse }
            }
        }
        return zt
    }

    /// r²(p, z_j) into `r2[j]` for j in `range`, for a scaled point `p` against the columns of `zt` (d×n).
    @inline(__always)
    func squaredDistances(
        from p: UnsafePointer<Double>, _ zt: UnsafeBufferPointer<Double>, n: Int,
        range: Range<Int>, into r2: UnsafeMutableBufferPointer<Double>
    ) {
        for j in range { r2[j] = 0 }
        for k in 0..<lengthScales.count {
            let pk = p[k]
            let column = zt.baseAddress! + k &* n
            for j in range {
                let t = column[j] - pk
                r2[j] += t * t
            }
        }
    }

    public func covariance(_ a: Matrix<Double>, _ b: Matrix<Double>) -> Matrix<Double> {
        let (m, n, d) = (a.rows, b.rows, lengthScales.count)
        precondition(
            a.columns == d && b.columns == d,
            "\(Self.self) covariance: A is \(m)×\(a.columns), B is \(n)×\(b.columns), d = \(d)")
        let zt = scaledTransposed(b)
        var result = Matrix<Double>(rows: m, columns: n)
        if n == 0 { return result }
        var p = [Double](repeating: 0, count: d)
        let inverse = lengthScales.map { 1 / $0 }
        var r2 = [Double](repeating: 0, count: n)
        let sigma2 = amplitude
        zt.withUnsafeBufferPointer { z in
            r2.withUnsafeMutableBufferPointer { r2p in
                a.withUnsafeBufferPointer { ap in
                    result.withUnsafeMutableBufferPointer { out in
                        for i in 0..<m {
                            for k in 0..<d { p[k] = ap[i &* d &+ k] * inverse[k] }
                            p.withUnsafeBufferPointer {
                                squaredDistances(from: $0.baseAddress!, z, n: n, range: 0..<n, into: r2p)
                            }
                            for j in 0..<n { r2p[j] = r2p[j].squareRoot() }
                            Profile.scaledValues(
                                r2p.baseAddress!, range: 0..<n, scale: sigma2,
                                into: out.baseAddress! + i &* n)
                        }
                    }
                }
            }
        }
        return result
    }

    public func fillUpperGram(_ x: Matrix<Double>, into gram: inout Matrix<Double>) {
        let (n, d) = (x.rows, lengthScales.count)
        precondition(
            gram.rows == n && gram.columns == n,
            "\(Self.self) Gram: X is \(n)×\(x.columns), target is \(gram.rows)×\(gram.columns)")
        let zt = scaledTransposed(x)
        var r2 = [Double](repeating: 0, count: n)
        var p = [Double](repeating: 0, count: d)
        let sigma2 = amplitude
        zt.withUnsafeBufferPointer { z in
            r2.withUnsafeMutableBufferPointer { r2p in
                gram.withUnsafeMutableBufferPointer { out in
                    for i in 0..<n {
                        for k in 0..<d { p[k] = z[k &* n &+ i] }
                        p.withUnsafeBufferPointer {
                            squaredDistances(from: $0.baseAddress!, z, n: n, range: i..<n, into: r2p)
                        }
                        for j in i..<n { r2p[j] = r2p[j].squareRoot() }
                        Profile.scaledValues(
                            r2p.baseAddress!, range: i..<n, scale: sigma2,
                            into: out.baseAddress! + i &* n)
                    }
                }
            }
        }
    }
}

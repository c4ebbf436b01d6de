import LinearAlgebra

/// The hyperparameter-gradient contraction of stationary kernels, used directly by sums and products (a single
/// stationary kernel in a marginal likelihood takes the faster `StationaryKernel+Slopes.swift` path).
///
/// For weights W (upper triangle read, symmetric sum): c_0 = Σ_ij W_ij k_ij (∂k/∂log σ² = k) and
/// c_k = −σ² Σ_ij W_ij h(r_ij)(z_ik − z_jk)² with z = x/ℓ; the profile is evaluated once per pair, a row at a time.
extension StationaryKernel {
    public func gradientContraction(_ x: Matrix<Double>, weights: Matrix<Double>) -> [Double] {
        let (n, d) = (x.rows, lengthScales.count)
        precondition(
            weights.rows == n && weights.columns == n,
            "\(Self.self) gradient: X is \(n)×\(x.columns), W is \(weights.rows)×\(weights.columns)")
        let zt = scaledTransposed(x)
        var r2 = [Double](repeating: 0, count: n)
        var m = [Double](repeating: 0, count: n)
        var f = [Double](repeating: 0, count: n)
        var p = [Double](repeating: 0, count: d)
        var gradient = [Double](repeating: 0, count: d + 1)
        let sigma2 = amplitude
        zt.withUnsafeBufferPointer { z in
            r2.withUnsafeMutableBufferPointer { r2p in
                m.withUnsafeMutableBufferPointer { mp in
                    f.withUnsafeMutableBufferPointer { fp in
                        weights.withUnsafeBufferPointer { w in
                            for i in 0..<n {
                                for k in 0..<d { p[k] = z[k &* n &+ i] }
                                p.withUnsafeBufferPointer {
                                    squaredDistances(from: $0.baseAddress!, z, n: n, range: i..<n, into: r2p)
                                }
                                for j in i..<n { r2p[j] = r2p[j].squareRoot() }
                                // f(r_ij) into fp, h(r_ij) into mp, then mp_j ← −w_ij·h(r_ij).
                                Profile.scaledValuesAndSlopes(
                                    r2p.baseAddress!, range: i..<n, scale: 1,
                                    values: fp.baseAddress!, slopes: mp.baseAddress!)
                                // Off-diagonal pairs appear twice in the symmetric sum.
                                var amplitudeSum = 0.0
                                for j in i..<n {
                                    let wij = (j == i ? 1 : 2) * w[i &* n &+ j]
                                    amplitudeSum += wij * fp[j]
                                    mp[j] = -wij * mp[j]
                                }
                                gradient[0] += sigma2 * amplitudeSum
                                for k in 0..<d {
                                    let s = weightedSquaredDifferences(
                                        z.baseAddress! + k &* n, p[k], mp.baseAddress!,
                                        range: i..<n)
                                    gradient[k + 1] += sigma2 * s
                                }
                            }
                        }
                    }
                }
            }
        }
        return gradient
    }
}

/// Σ_{j ∈ range} m_j (c_j − p)², with four partial sums so that the loop is not bound by the latency of one
/// floating-point addition chain (the compiler may not reassociate a plain reduction).
@inline(__always)
func weightedSquaredDifferences(
    _ c: UnsafePointer<Double>, _ p: Double, _ m: UnsafePointer<Double>,
    range: Range<Int>
) -> Double {
    var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
    var j = range.lowerBound
    let end = range.upperBound
    while j &+ 4 <= end {
        let t0 = c[j] - p
        let t1 = c[j &+ 1] - p
        let t2 = c[j &+ 2] - p
        let t3 = c[j &+ 3] - p
        s0 += m[j] * t0 * t0
        s1 += m[j &+ 1] * t1 * t1
        s2 += m[j &+ 2] * t2 * t2
        s3 += m[j &+ 3] * t3 * t3
        j &+= 4
    }
    while j < end {
        let t = c[j] - p
        s0 += m[j] * t * t
        j &+= 1
    }
    return (s0 + s1) + (s2 + s3)
}

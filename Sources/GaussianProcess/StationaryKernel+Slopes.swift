import LinearAlgebra

/// The marginal-likelihood fast path of stationary kernels: one profile evaluation per pair and evaluation.
///
/// The gradient needs h(r_ij) = f′(r_ij)/r_ij for every pair, and the plain path (`gradientContraction`)
/// evaluates the profile (an `exp`) a second time after K has been overwritten by its factor. Here the fill
/// stores s_ij = σ²·h(r_ij) in a second n×n buffer, and the gradient reads it back:
///   Σ_ij W_ij ∂K_ij/∂log ℓ_k = −Σ_ij W_ij s_ij (z_ik − z_jk)²,   z = x/ℓ.
/// The amplitude component needs no pass at all: with K = σ²F + cI (c = σ²ₙ + δ) and W = ααᵀ − K⁻¹,
///   Σ_ij W_ij ∂K_ij/∂log σ² = Σ_ij W_ij σ²F_ij = αᵀKα − tr(K⁻¹K) − c·tr W = yᵀα − n − c·tr W,
/// which `MarginalLikelihood` applies.
extension StationaryKernel {
    public func fillUpperGram(
        _ x: Matrix<Double>, into gram: inout Matrix<Double>,
        slopes: inout Matrix<Double>
    ) {
        let (n, d) = (x.rows, lengthScales.count)
        precondition(
            gram.rows == n && gram.columns == n && slopes.rows == n && slopes.columns == n,
            "\(Self.self) Gram: X is \(n)×\(x.columns), targets are \(gram.rows)×\(gram.columns) "
                + "and \(slopes.rows)×\(slopes.columns)")
        let zt = scaledTransposed(x)
        var r = [Double](repeating: 0, count: n)
        var p = [Double](repeating: 0, count: d)
        let sigma2 = amplitude
        zt.withUnsafeBufferPointer { z in
            r.withUnsafeMutableBufferPointer { rp in
                gram.withUnsafeMutableBufferPointer { out in
                    slopes.withUnsafeMutableBufferPointer { sl in
                        for i in 0..<n {
                            for k in 0..<d { p[k] = z[k &* n &+ i] }
                            p.withUnsafeBufferPointer {
                                squaredDistances(from: $0.baseAddress!, z, n: n, range: i..<n, into: rp)
                            }
                            for j in i..<n { rp[j] = rp[j].squareRoot() }
                            Profile.scaledValuesAndSlopes(
                                rp.baseAddress!, range: i..<n, scale: sigma2,
                                values: out.baseAddress! + i &* n,
                                slopes: sl.baseAddress! + i &* n)
                        }
                    }
                }
            }
        }
    }

    public func lengthScaleContraction(
        _ x: Matrix<Double>, weights: Matrix<Double>,
        slopes: Matrix<Double>
    ) -> [Double] {
        let (n, d) = (x.rows, lengthScales.count)
        precondition(
            weights.rows == n && weights.columns == n && slopes.rows == n && slopes.columns == n,
            "\(Self.self) gradient: X is \(n)×\(x.columns), W is \(weights.rows)×\(weights.columns), "
                + "slopes \(slopes.rows)×\(slopes.columns)")
        let zt = scaledTransposed(x)
        var m = [Double](repeating: 0, count: n)
        var gradient = [Double](repeating: 0, count: d)
        zt.withUnsafeBufferPointer { z in
            m.withUnsafeMutableBufferPointer { mp in
                weights.withUnsafeBufferPointer { w in
                    slopes.withUnsafeBufferPointer { sl in
                        for i in 0..<n {
                            // Off-diagonal pairs appear twice in the symmetric sum; diagonal terms are zero.
                            for j in (i &+ 1)..<n { mp[j] = -2 * w[i &* n &+ j] * sl[i &* n &+ j] }
                            for k in 0..<d {
                                let column = z.baseAddress! + k &* n
                                gradient[k] += weightedSquaredDifferences(
                                    column, column[i], mp.baseAddress!,
                                    range: (i &+ 1)..<n)
                            }
                        }
                    }
                }
            }
        }
        return gradient
    }
}

/// Products with the pieces of B = θI − W M Wᵀ (see `LimitedMemoryMatrix`). Vectors of length 2k use their
/// first 2k entries (buffers are allocated with room for 2m); the first k entries go with Y, the last k with θS.
extension LimitedMemoryMatrix {
    /// out ← wᵣ, row r of W = [Y θS] (2k entries).
    func rowOfW(_ r: Int, into out: inout [Double]) {
        let k = count
        let m = capacity
        let base = r * m
        for j in 0..<k {
            out[j] = y[base + j]
            out[k + j] = theta * s[base + j]
        }
    }

    /// wᵣᵀ v for row r of W and a 2k-vector v.
    func dotRowOfW(_ r: Int, _ v: [Double]) -> Double {
        let k = count
        let m = capacity
        let base = r * m
        var yPart = 0.0
        var sPart = 0.0
        for j in 0..<k {
            yPart += y[base + j] * v[j]
            sPart += s[base + j] * v[k + j]
        }
        return yPart + theta * sPart
    }

    /// out ← Wᵀ v for an n-vector v (2k entries).
    func multiplyWTransposed(_ v: [Double], into out: inout [Double]) {
        let k = count
        let m = capacity
        for j in 0..<(2 * k) { out[j] = 0 }
        for r in 0..<dimension {
            let vr = v[r]
            if vr == 0 { continue }
            let base = r * m
            for j in 0..<k {
                out[j] += y[base + j] * vr
                out[k + j] += s[base + j] * vr
            }
        }
        for j in 0..<k { out[k + j] *= theta }
    }

    /// out ← M v for a 2k-vector v (`bmv` of Algorithm 778). With v = [v₁; v₂] and M v = [a; b], the system
    ///
    ///     −D a + Lᵀ b = v₁,     L a + θSᵀS b = v₂
    ///
    /// gives (θSᵀS + L D⁻¹ Lᵀ) b = v₂ + L D⁻¹ v₁ (solved with J Jᵀ = T), then a = D⁻¹ (Lᵀ b − v₁). O(k²).
    func multiplyMiddle(_ v: [Double], into out: inout [Double]) {
        let k = count
        let m = capacity
        if k == 0 { return }
        precondition(
            v.count >= 2 * k && out.count >= 2 * k,
            "multiplyMiddle: 2k = \(2 * k), |v| = \(v.count), |out| = \(out.count)")
        sy.withUnsafeBufferPointer { syBuffer in
            factorT.withUnsafeBufferPointer { factorBuffer in
                v.withUnsafeBufferPointer { vBuffer in
                    out.withUnsafeMutableBufferPointer { outBuffer in
                        let sy = syBuffer.baseAddress!
                        let factor = factorBuffer.baseAddress!
                        let v = vBuffer.baseAddress!
                        let a = outBuffer.baseAddress!
                        let b = a + k
                        // a ← D⁻¹ v₁ for now; b ← J⁻¹ (v₂ + L D⁻¹ v₁) by forward substitution.
                        for i in 0..<k { a[i] = v[i] / sy[i &* m &+ i] }
                        for i in 0..<k {
                            let syRow = sy + i &* m
                            let factorRow = factor + i &* m
                            var t = v[k &+ i]
                            for j in 0..<i { t += syRow[j] * a[j] - factorRow[j] * b[j] }
                            b[i] = t / factorRow[i]
                        }
                        // b ← J⁻ᵀ b.
                        for i in stride(from: k &- 1, through: 0, by: -1) {
                            var t = b[i]
                            for j in (i &+ 1)..<k { t -= factor[j &* m &+ i] * b[j] }
                            b[i] = t / factor[i &* m &+ i]
                        }
                        // a = D⁻¹ (Lᵀ b − v₁), (Lᵀ b)ᵢ = Σ_{j > i} sⱼᵀyᵢ bⱼ.
                        for i in 0..<k {
                            var t = -v[i]
                            for j in (i &+ 1)..<k { t += sy[j &* m &+ i] * b[j] }
                            a[i] = t / sy[i &* m &+ i]
                        }
                    }
                }
            }
        }
    }

    /// Writes M⁻¹ = [[−D, Lᵀ], [L, θSᵀS]] (2k × 2k) into `out`, row-major with row stride `rowStride`.
    func writeMiddleInverse(into out: inout [Double], rowStride: Int) {
        let k = count
        let m = capacity
        for i in 0..<k {
            for j in 0..<k {
                let syij = sy[i * m + j]
                out[i * rowStride + j] = i == j ? -syij : 0
                out[i * rowStride + k + j] = j > i ? sy[j * m + i] : 0
                out[(k + i) * rowStride + j] = i > j ? syij : 0
                out[(k + i) * rowStride + k + j] = theta * ss[i * m + j]
            }
        }
    }

    /// out ← B v for an n-vector v, with `scratch` (two 2m-vectors) as workspace. Used by tests and checks, not
    /// by the iteration itself.
    func multiply(_ v: [Double], into out: inout [Double], scratch: inout [Double], scratch2: inout [Double]) {
        multiplyWTransposed(v, into: &scratch)
        multiplyMiddle(scratch, into: &scratch2)
        for r in 0..<dimension {
            out[r] = theta * v[r] - (count == 0 ? 0 : dotRowOfW(r, scratch2))
        }
    }
}

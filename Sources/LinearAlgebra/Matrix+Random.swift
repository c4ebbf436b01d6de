import Randomness

/// Random matrices from an injected generator (same generator state, same matrix).
extension Matrix {
    /// Elements drawn uniformly from `range`.
    public static func random<G: RandomNumberGenerator>(
        rows: Int, columns: Int, in range: ClosedRange<Scalar> = -1...1,
        using generator: inout G
    ) -> Matrix {
        var m = Matrix(rows: rows, columns: columns)
        for k in 0..<m._elements.count { m._elements[k] = Scalar.random(in: range, using: &generator) }
        return m
    }

    /// Elements drawn from N(mean, standardDeviation²).
    public static func randomNormal<G: RandomNumberGenerator>(
        rows: Int, columns: Int, mean: Scalar = 0,
        standardDeviation: Scalar = 1,
        using generator: inout G
    ) -> Matrix {
        var m = Matrix(rows: rows, columns: columns)
        for k in 0..<m._elements.count {
            m._elements[k] = generator.nextNormal(mean: mean, standardDeviation: standardDeviation)
        }
        return m
    }

    /// A random symmetric positive-definite matrix, B·Bᵀ + n·I with B uniform in [−1, 1] (for tests and benchmarks).
    public static func randomSPD<G: RandomNumberGenerator>(_ n: Int, using generator: inout G) -> Matrix {
        let b = random(rows: n, columns: n, using: &generator)
        var a = Matrix.identity(n)
        a.scale(by: Scalar(n))
        gemm(1, b, .noTranspose, b, .transpose, 1, into: &a)
        return a
    }
}

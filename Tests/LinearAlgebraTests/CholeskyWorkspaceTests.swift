import LinearAlgebra
import Randomness
import Testing

/// `Cholesky.factorInPlace`, `solveInPlace` and `invertInPlace` on a caller's buffer, against textbook products.
@Suite struct CholeskyWorkspaceTests {
    /// A's upper triangle in a row-major buffer with leading dimension `ld`; everything else holds `sentinel`.
    func workspace<S: BLASScalar>(_ a: Matrix<S>, leadingDimension ld: Int, sentinel: S) -> [S] {
        let n = a.rows
        var w = [S](repeating: sentinel, count: n * ld)
        for i in 0..<n { for j in i..<n { w[i * ld + j] = a[i, j] } }
        return w
    }

    /// `Cholesky.factorInPlace` on the whole array.
    func factor<S: BLASScalar>(_ w: inout [S], order n: Int, leadingDimension ld: Int) throws {
        try w.withUnsafeMutableBufferPointer { try Cholesky<S>.factorInPlace($0, order: n, leadingDimension: ld) }
    }

    /// The symmetric matrix whose upper triangle is in `w`.
    func symmetric<S: BLASScalar>(_ w: [S], order n: Int, leadingDimension ld: Int) -> Matrix<S> {
        var m = Matrix<S>(rows: n, columns: n)
        for i in 0..<n {
            for j in i..<n {
                m[i, j] = w[i * ld + j]
                m[j, i] = w[i * ld + j]
            }
        }
        return m
    }

    /// True when nothing outside the upper triangle changed.
    func onlyUpperTriangleWritten<S: BLASScalar>(
        _ w: [S], order n: Int, leadingDimension ld: Int,
        sentinel: S
    ) -> Bool {
        (0..<n).allSatisfy { i in
            (0..<ld).allSatisfy { j in (j >= i && j < n) || w[i * ld + j] == sentinel }
        }
    }

    func checkFactorSolveInvert<S: BLASScalar>(_: S.Type) throws {
        var rng = Xoshiro256StarStar(seed: 21)
        let sentinel: S = 1234
        // 16 and 17 straddle the inverse's switch from `trtri` to the recursion; 90 recurses three levels.
        for n in [1, 2, 5, 16, 17, 40, 90] {
            for ld in [n, n + 3] {
                let a = Matrix<S>.randomSPD(n, using: &rng)
                var w = workspace(a, leadingDimension: ld, sentinel: sentinel)
                try factor(&w, order: n, leadingDimension: ld)
                var u = Matrix<S>(rows: n, columns: n)
                for i in 0..<n { for j in i..<n { u[i, j] = w[i * ld + j] } }
                #expect(close(Naive.product(Naive.transpose(u), u), a), "Uᵀ·U ≈ A, n=\(n), ld=\(ld)")
                #expect(close(u, Naive.transpose(try Cholesky(a).factor)), "U = Lᵀ of the value type")
                #expect(onlyUpperTriangleWritten(w, order: n, leadingDimension: ld, sentinel: sentinel))

                let b = (0..<n).map { _ in S.random(in: -1...1, using: &rng) }
                var x = b
                w.withUnsafeBufferPointer { factor in
                    x.withUnsafeMutableBufferPointer {
                        Cholesky<S>.solveInPlace(factor: factor, order: n, leadingDimension: ld, $0)
                    }
                }
                #expect(approxEqual(Naive.matrixVector(a, x), b, tol: tolerance(S.self)), "A·x = b, n=\(n)")

                try w.withUnsafeMutableBufferPointer {
                    try Cholesky<S>.invertInPlace(factor: $0, order: n, leadingDimension: ld)
                }
                let inverse = symmetric(w, order: n, leadingDimension: ld)
                #expect(close(Naive.product(a, inverse), Matrix.identity(n)), "A·A⁻¹ = I, n=\(n), ld=\(ld)")
                #expect(close(inverse, try Cholesky(a).inverse()), "same as potri")
                #expect(onlyUpperTriangleWritten(w, order: n, leadingDimension: ld, sentinel: sentinel))
            }
        }
    }

    @Test func factorSolveInvertFloat() throws { try checkFactorSolveInvert(Float.self) }
    @Test func factorSolveInvertDouble() throws { try checkFactorSolveInvert(Double.self) }

    @Test func emptyOrderIsANoOp() throws {
        var w: [Double] = []
        try w.withUnsafeMutableBufferPointer { buffer in
            try Cholesky<Double>.factorInPlace(buffer, order: 0, leadingDimension: 1)
            Cholesky<Double>.solveInPlace(factor: UnsafeBufferPointer(buffer), order: 0, leadingDimension: 1, buffer)
            try Cholesky<Double>.invertInPlace(factor: buffer, order: 0, leadingDimension: 1)
        }
    }

    @Test func indefiniteMatrixNamesTheMinor() {
        var w: [Double] = [1, 2, 0, 1]  // [[1, 2], [2, 1]]: the 2×2 minor is −3
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 2)) {
            try factor(&w, order: 2, leadingDimension: 2)
        }
    }

    @Test func nonFiniteInputThrows() {
        for bad in [Double.nan, .infinity] {
            var w: [Double] = [4, 1, 0, bad]
            do {
                try factor(&w, order: 2, leadingDimension: 2)
                Issue.record("\(bad) on the diagonal was factored")
            } catch {
                // OpenBLAS lets NaN through `potrf` (caught on the factor's diagonal); reference LAPACK stops at it.
                let expected: [LinearAlgebraError] = [.nonFinite(index: 3), .notPositiveDefinite(leadingMinor: 2)]
                #expect(expected.contains { $0 == error as? LinearAlgebraError }, "\(error)")
            }
        }
    }

    @Test func zeroOnTheFactorDiagonalIsSingular() {
        for n in [3, 20] {
            var w = workspace(Matrix<Double>.identity(n), leadingDimension: n, sentinel: 0)
            w[(n - 2) * n + (n - 2)] = 0
            #expect(throws: LinearAlgebraError.singular(pivot: n - 2)) {
                try w.withUnsafeMutableBufferPointer {
                    try Cholesky<Double>.invertInPlace(factor: $0, order: n, leadingDimension: n)
                }
            }
        }
    }
}

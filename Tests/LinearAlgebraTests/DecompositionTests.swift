import Foundation
import LinearAlgebra
import Randomness
import Testing

@Suite struct CholeskyTests {
    func checkFactorAndSolve<S: BLASScalar>(_: S.Type) throws {
        var rng = Xoshiro256StarStar(seed: 10)
        for n in [0, 1, 2, 9, 64] {
            let a = Matrix<S>.randomSPD(n, using: &rng)
            let chol = try Cholesky(a)
            let l = chol.factor
            #expect(close(Naive.product(l, Naive.transpose(l)), a), "L·Lᵀ ≈ A, n=\(n)")
            #expect(l == Naive.lowerTriangle(l), "L is lower triangular")
            let b = (0..<n).map { _ in S.random(in: -1...1, using: &rng) }
            #expect(approxEqual(Naive.matrixVector(a, chol.solve(b)), b, tol: tolerance(S.self)))
            let bs = Matrix<S>.random(rows: n, columns: 3, using: &rng)
            #expect(close(Naive.product(a, chol.solve(bs)), bs))
            #expect(close(Naive.product(a, chol.inverse()), Matrix.identity(n)))
            if n > 0 && n < 10 {  // larger determinants overflow Float
                let det = try LU(a).determinant
                #expect(abs(chol.logDeterminant - S(Double(det).logValueForTests)) <= tolerance(S.self) * S(n))
            }
        }
    }

    @Test func factorSolveInverseFloat() throws { try checkFactorAndSolve(Float.self) }
    @Test func factorSolveInverseDouble() throws { try checkFactorAndSolve(Double.self) }

    @Test func readsOnlyTheUpperTriangle() throws {
        var a = Matrix<Double>([[4, 2], [2, 3]])
        let expected = try Cholesky(a).factor
        a[1, 0] = 1000
        #expect(try Cholesky(a).factor == expected)
    }

    @Test func halfSolveGivesPredictiveVarianceTerm() throws {
        let a = Matrix<Double>([[4, 2], [2, 3]])
        let chol = try Cholesky(a)
        var z = [1.0, 1.0]
        chol.solveTriangular(&z)  // L⁻¹·b, so ‖z‖² = bᵀA⁻¹b
        let quadratic = dot([1.0, 1.0], chol.solve([1.0, 1.0]))
        #expect(abs(dot(z, z) - quadratic) < 1e-12)
    }

    @Test func notPositiveDefiniteNamesTheMinor() {
        let a = Matrix<Double>([[1, 0, 0], [0, 1, 0], [0, 0, -1]])
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 3)) { try Cholesky(a) }
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 2)) {
            try Cholesky(Matrix<Float>([[1, 2], [2, 1]]))
        }
    }

    @Test func nonFiniteInputIsReported() {
        #expect(throws: LinearAlgebraError.nonFinite(index: 1)) { try Cholesky(Matrix<Double>([[1, .nan], [0, 1]])) }
        #expect(throws: LinearAlgebraError.nonFinite(index: 0)) {
            try Cholesky(Matrix<Double>([[.infinity, 0], [0, 1]]))
        }
        #expect(throws: LinearAlgebraError.nonFinite(index: 3)) {
            try Cholesky(Matrix<Double>([[1, 0], [0, .infinity]]))
        }
    }

    func checkExtension<S: BLASScalar>(_: S.Type) throws {
        var rng = Xoshiro256StarStar(seed: 11)
        for (n, m) in [(0, 3), (1, 1), (5, 1), (12, 4)] {
            let full = Matrix<S>.randomSPD(n + m, using: &rng)
            let a = Matrix(full.rows(at: 0..<n).elements.chunked(full.columns).map { Array($0.prefix(n)) }, columns: n)
            var b = Matrix<S>(rows: n, columns: m)
            var c = Matrix<S>(rows: m, columns: m)
            for i in 0..<n { for j in 0..<m { b[i, j] = full[i, n + j] } }
            for i in 0..<m { for j in 0..<m { c[i, j] = full[n + i, n + j] } }
            var chol = try Cholesky(a)
            try chol.extend(crossCovariance: b, newBlock: c)
            #expect(
                close(chol.factor, try Cholesky(full).factor), "extended factor equals direct factor, n=\(n) m=\(m)")
        }
        // A new block that makes the matrix indefinite: the error counts from the start and nothing changes.
        var chol = try Cholesky(Matrix<S>([[1, 0], [0, 1]]))
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 3)) {
            try chol.extend(crossCovariance: [1, 0], newDiagonal: 0.5)
        }
        #expect(chol.dimension == 2)
        try chol.extend(crossCovariance: [0.5, 0.5], newDiagonal: 2)
        #expect(chol.dimension == 3)
    }

    @Test func extensionFloat() throws { try checkExtension(Float.self) }
    @Test func extensionDouble() throws { try checkExtension(Double.self) }
}

@Suite struct LUTests {
    func checkLU<S: BLASScalar>(_: S.Type) throws {
        var rng = Xoshiro256StarStar(seed: 12)
        for n in [1, 3, 25] {
            var a = Matrix<S>.random(rows: n, columns: n, using: &rng)
            for i in 0..<n { a[i, i] += S(n) }  // keep it comfortably non-singular
            let lu = try LU(a)
            let b = Matrix<S>.random(rows: n, columns: 2, using: &rng)
            #expect(close(Naive.product(a, lu.solve(b)), b))
            let x = lu.solve(b.column(0))
            #expect(approxEqual(Naive.matrixVector(a, x), b.column(0), tol: tolerance(S.self)))
        }
        #expect(abs(try LU(Matrix<S>([[0, 2], [3, 4]])).determinant - -6) <= tolerance(S.self))
        #expect(
            abs(try LU(Matrix<S>([[2, 0, 0], [0, 3, 0], [0, 0, 4]])).determinant - 24) <= tolerance(S.self) * 24)
    }

    @Test func solveAndDeterminantFloat() throws { try checkLU(Float.self) }
    @Test func solveAndDeterminantDouble() throws { try checkLU(Double.self) }

    @Test func singularMatrixNamesThePivot() {
        #expect(throws: LinearAlgebraError.singular(pivot: 1)) { try LU(Matrix<Double>([[1, 2], [2, 4]])) }
        #expect(throws: LinearAlgebraError.nonFinite(index: 1)) { try LU(Matrix<Double>([[1, .nan], [2, 4]])) }
    }
}

@Suite struct QRTests {
    func checkQR<S: BLASScalar>(_: S.Type) throws {
        var rng = Xoshiro256StarStar(seed: 13)
        for (m, n) in [(1, 1), (5, 3), (3, 5), (40, 7)] {
            let a = Matrix<S>.random(rows: m, columns: n, using: &rng)
            let qr = try QR(a)
            let k = min(m, n)
            #expect(qr.q.rows == m && qr.q.columns == k && qr.r.rows == k && qr.r.columns == n)
            #expect(close(Naive.product(qr.q, qr.r), a), "Q·R ≈ A for \(m)×\(n)")
            #expect(close(Naive.product(Naive.transpose(qr.q), qr.q), Matrix.identity(k)), "QᵀQ ≈ I")
            #expect(qr.r == Naive.upperTriangle(qr.r))
        }
    }

    @Test func factorFloat() throws { try checkQR(Float.self) }
    @Test func factorDouble() throws { try checkQR(Double.self) }

    @Test func leastSquaresFitsALine() throws {
        // y = 2 + 3x exactly, plus a point pair symmetric around the line: the fit is exact.
        let xs: [Double] = [0, 1, 2, 3, 4]
        let a = Matrix(xs.map { [1, $0] })
        let y = xs.map { 2 + 3 * $0 } + []
        let coefficients = try QR(a).leastSquares(y)
        #expect(approxEqual(coefficients, [2, 3], tol: 1e-12))
        // Against the normal equations on noisy data.
        var rng = Xoshiro256StarStar(seed: 14)
        let design = Matrix<Double>.random(rows: 30, columns: 4, using: &rng)
        let target = (0..<30).map { _ in Double.random(in: -1...1, using: &rng) }
        let viaQR = try QR(design).leastSquares(target)
        let normal = try Cholesky(Naive.product(Naive.transpose(design), design))
            .solve(Naive.matrixVector(Naive.transpose(design), target))
        #expect(approxEqual(viaQR, normal, tol: 1e-10))
    }

    @Test func rankDeficientLeastSquaresThrows() throws {
        let a = Matrix<Double>([[1, 2], [2, 4], [3, 6]])
        #expect(throws: LinearAlgebraError.singular(pivot: 1)) { try QR(a).leastSquares([1, 2, 3]) }
    }
}

@Suite struct EigenTests {
    func checkEigen<S: BLASScalar>(_: S.Type) throws {
        var rng = Xoshiro256StarStar(seed: 15)
        for n in [1, 2, 10, 33] {
            let b = Matrix<S>.random(rows: n, columns: n, using: &rng)
            let a = b + Naive.transpose(b)
            let eig = try SymmetricEigendecomposition(a)
            #expect(eig.eigenvalues == eig.eigenvalues.sorted())
            let v = eig.eigenvectors
            #expect(close(Naive.product(Naive.transpose(v), v), Matrix.identity(n)))
            for i in 0..<n {
                let vi = v.column(i)
                #expect(
                    approxEqual(
                        Naive.matrixVector(a, vi), vi.map { eig.eigenvalues[i] * $0 },
                        tol: tolerance(S.self) * 10), "A·v ≈ λ·v")
            }
        }
        let known = try SymmetricEigendecomposition(Matrix<S>([[2, 1], [1, 2]]))
        #expect(approxEqual(known.eigenvalues, [1, 3], tol: tolerance(S.self)))
    }

    @Test func eigenFloat() throws { try checkEigen(Float.self) }
    @Test func eigenDouble() throws { try checkEigen(Double.self) }

    @Test func nonFiniteInputThrows() {
        #expect(throws: LinearAlgebraError.nonFinite(index: 2)) {
            try SymmetricEigendecomposition(Matrix<Double>([[1, 0], [.nan, 1]]))
        }
    }
}

extension Double {
    var logValueForTests: Double { Foundation.log(self) }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: Swift.max(size, 1)).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

extension Matrix {
    init(_ rows: [[Scalar]], columns: Int) {
        self.init(rows: rows.count, columns: columns, elements: rows.flatMap { $0 })
    }
}

@Suite struct CholeskyRefactorTests {
    @Test func refactorReusesStorageAndMatchesAFreshFactor() throws {
        var rng = Xoshiro256StarStar(seed: 16)
        let a = Matrix<Double>.randomSPD(6, using: &rng)
        let b = Matrix<Double>.randomSPD(6, using: &rng)
        var chol = try Cholesky(a)
        try chol.refactor(b)
        #expect(chol.factor == (try Cholesky(b)).factor)
        try chol.refactor(Matrix<Double>.randomSPD(3, using: &rng))
        #expect(chol.dimension == 3)
        #expect(throws: LinearAlgebraError.notPositiveDefinite(leadingMinor: 1)) { try chol.refactor(Matrix([[-1.0]])) }
        #expect(chol.dimension == 0, "a failed refactor leaves an empty factorization, never a stale one")
    }
}

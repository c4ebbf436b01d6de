import LinearAlgebra
import Randomness
import Testing

/// Shapes (m, k, n) including empty, 1×1, non-square and sizes past OpenBLAS's blocking thresholds.
let productShapes: [(Int, Int, Int)] = [
    (0, 3, 2), (3, 0, 2), (1, 1, 1), (2, 3, 4), (5, 1, 7), (17, 33, 9), (70, 65, 80),
]

@Suite struct BLASTests {
    func checkLevel1<S: BLASScalar>(_: S.Type) {
        var rng = Xoshiro256StarStar(seed: 1)
        for n in [0, 1, 7, 100] {
            let x = (0..<n).map { _ in S.random(in: -1...1, using: &rng) }
            let y = (0..<n).map { _ in S.random(in: -1...1, using: &rng) }
            let tol = tolerance(S.self)
            #expect(abs(dot(x, y) - zip(x, y).reduce(0) { $0 + $1.0 * $1.1 }) <= tol * S(n + 1))
            var z = y
            axpy(S(2.5), x, &z)
            #expect(approxEqual(z, zip(x, y).map { 2.5 * $0 + $1 }, tol: tol))
            var w = x
            scal(S(-3), &w)
            #expect(approxEqual(w, x.map { -3 * $0 }, tol: tol))
            #expect(abs(nrm2(x) - x.reduce(0) { $0 + $1 * $1 }.squareRoot()) <= tol)
            #expect(abs(asum(x) - x.reduce(0) { $0 + abs($1) }) <= tol * S(n + 1))
        }
    }

    @Test func level1Float() { checkLevel1(Float.self) }
    @Test func level1Double() { checkLevel1(Double.self) }

    func checkLevel2<S: BLASScalar>(_: S.Type) {
        var rng = Xoshiro256StarStar(seed: 2)
        for (m, n, _) in productShapes {
            let a = Matrix<S>.random(rows: m, columns: n, using: &rng)
            for t in [Transpose.noTranspose, .transpose] {
                let opA = Naive.op(a, t)
                let x = (0..<opA.columns).map { _ in S.random(in: -1...1, using: &rng) }
                let y0 = (0..<opA.rows).map { _ in S.random(in: -1...1, using: &rng) }
                var y = y0
                gemv(S(1.5), a, t, x, S(-0.5), into: &y)
                let expected = zip(Naive.matrixVector(opA, x), y0).map { 1.5 * $0 - 0.5 * $1 }
                #expect(approxEqual(y, expected, tol: tolerance(S.self)), "gemv \(m)×\(n) \(t)")
            }
            let x = (0..<m).map { _ in S.random(in: -1...1, using: &rng) }
            let y = (0..<n).map { _ in S.random(in: -1...1, using: &rng) }
            var b = a
            ger(S(2), x, y, into: &b)
            var expected = a
            for i in 0..<m { for j in 0..<n { expected[i, j] += 2 * x[i] * y[j] } }
            #expect(close(b, expected), "ger \(m)×\(n)")
        }
    }

    @Test func level2Float() { checkLevel2(Float.self) }
    @Test func level2Double() { checkLevel2(Double.self) }

    func checkGemm<S: BLASScalar>(_: S.Type) {
        var rng = Xoshiro256StarStar(seed: 3)
        for (m, k, n) in productShapes {
            for ta in [Transpose.noTranspose, .transpose] {
                for tb in [Transpose.noTranspose, .transpose] {
                    let a = Matrix<S>.random(
                        rows: ta == .noTranspose ? m : k, columns: ta == .noTranspose ? k : m, using: &rng)
                    let b = Matrix<S>.random(
                        rows: tb == .noTranspose ? k : n, columns: tb == .noTranspose ? n : k, using: &rng)
                    let c0 = Matrix<S>.random(rows: m, columns: n, using: &rng)
                    var c = c0
                    gemm(S(0.75), a, ta, b, tb, S(2), into: &c)
                    let expected = 0.75 * Naive.product(Naive.op(a, ta), Naive.op(b, tb)) + 2 * c0
                    #expect(close(c, expected), "gemm \(m)×\(k)×\(n) \(ta) \(tb)")
                }
            }
        }
        // beta = 0 ignores NaN in C, as BLAS specifies.
        var c = Matrix<S>(rows: 2, columns: 2, repeating: .nan)
        gemm(1, Matrix<S>.identity(2), .noTranspose, Matrix<S>([[1, 2], [3, 4]]), .noTranspose, 0, into: &c)
        #expect(c == Matrix([[1, 2], [3, 4]]))
        #expect(Matrix<S>([[1, 2], [3, 4]]) * Matrix<S>([[5], [6]]) == Matrix([[17], [39]]))
        #expect(Matrix<S>([[1, 2], [3, 4]]) * [S(1), 1] == [3, 7])
    }

    @Test func gemmFloat() { checkGemm(Float.self) }
    @Test func gemmDouble() { checkGemm(Double.self) }

    func checkSyrkAndTrsm<S: BLASScalar>(_: S.Type) {
        var rng = Xoshiro256StarStar(seed: 4)
        for (n, k, _) in productShapes {
            for t in [Transpose.noTranspose, .transpose] {
                let a = Matrix<S>.random(
                    rows: t == .noTranspose ? n : k, columns: t == .noTranspose ? k : n, using: &rng)
                let c0 = Matrix<S>.random(rows: n, columns: n, using: &rng)
                var c = c0
                syrk(S(2), a, t, S(1), into: &c, triangle: .lower)
                let opA = Naive.op(a, t)
                let full = 2 * Naive.product(opA, Naive.transpose(opA)) + c0
                for i in 0..<n {
                    for j in 0..<n {
                        let expected = j <= i ? full[i, j] : c0[i, j]  // the upper triangle is untouched
                        #expect(abs(c[i, j] - expected) <= tolerance(S.self) * Swift.max(1, abs(expected)))
                    }
                }
            }
        }
        for n in [1, 4, 30] {
            // A well-conditioned triangular matrix: random off-diagonal part, diagonal ≥ n.
            var l = Naive.lowerTriangle(Matrix<S>.random(rows: n, columns: n, using: &rng))
            for i in 0..<n { l[i, i] = S(n) + abs(l[i, i]) }
            for (side, tri, ta) in [
                (Side.left, Triangle.lower, Transpose.noTranspose), (.left, .lower, .transpose),
                (.right, .upper, .noTranspose), (.right, .upper, .transpose),
            ] {
                let a = tri == .lower ? l : Naive.transpose(l)
                let b0 = Matrix<S>.random(rows: side == .left ? n : 3, columns: side == .left ? 3 : n, using: &rng)
                var x = b0
                trsm(side, tri, ta, .nonUnit, S(2), a, &x)
                let back = side == .left ? Naive.product(Naive.op(a, ta), x) : Naive.product(x, Naive.op(a, ta))
                #expect(close(back, 2 * b0), "trsm \(side) \(tri) \(ta) n=\(n)")
            }
        }
    }

    @Test func syrkTrsmFloat() { checkSyrkAndTrsm(Float.self) }
    @Test func syrkTrsmDouble() { checkSyrkAndTrsm(Double.self) }

    @Test func threadControl() {
        let before = BLASThreads.count
        #expect(before >= 1)
        BLASThreads.with(1) { #expect(BLASThreads.count == 1) }
        #expect(BLASThreads.count == before)
    }
}

import LinearAlgebra
import Randomness
import Testing

/// The raw `BLASScalar` entry points that the `Matrix` API does not reach (or reaches with one layout only),
/// against textbook loops. A column-major m×n matrix is stored like its row-major n×m transpose.
@Suite struct RawEntryPointTests {
    /// A well-conditioned triangular n×n matrix (diagonal in [1, 2], other entries in [−0.5, 0.5]).
    func triangular<S: BLASScalar>(_ n: Int, _ triangle: Triangle, using rng: inout Xoshiro256StarStar) -> Matrix<S> {
        var t = Matrix<S>.random(rows: n, columns: n, in: -0.5...0.5, using: &rng)
        for i in 0..<n { t[i, i] = S.random(in: 1...2, using: &rng) }
        return triangle == .lower ? Naive.lowerTriangle(t) : Naive.upperTriangle(t)
    }

    func checkGemmInColumnMajor<S: BLASScalar>(_: S.Type) {
        var rng = Xoshiro256StarStar(seed: 31)
        let (m, k, n) = (7, 5, 9)
        let a = Matrix<S>.random(rows: m, columns: k, using: &rng)
        let b = Matrix<S>.random(rows: k, columns: n, using: &rng)
        let (ac, bc) = (Naive.transpose(a).elements, Naive.transpose(b).elements)
        var cc = [S](repeating: 0, count: m * n)
        S.blasGemm(
            .columnMajor, .noTranspose, .noTranspose, Int32(m), Int32(n), Int32(k), 1,
            ac, Int32(m), bc, Int32(k), 0, &cc, Int32(m))
        let c = Naive.transpose(Matrix(rows: n, columns: m, elements: cc))
        #expect(close(c, Naive.product(a, b)))
    }

    @Test func gemmInColumnMajorFloat() { checkGemmInColumnMajor(Float.self) }
    @Test func gemmInColumnMajorDouble() { checkGemmInColumnMajor(Double.self) }

    func checkTrmm<S: BLASScalar>(_: S.Type) {
        var rng = Xoshiro256StarStar(seed: 32)
        let (m, n) = (6, 4)
        for side in [Side.left, .right] {
            for triangle in [Triangle.lower, .upper] {
                for trans in [Transpose.noTranspose, .transpose] {
                    let order = side == .left ? m : n
                    let a: Matrix<S> = triangular(order, triangle, using: &rng)
                    let b = Matrix<S>.random(rows: m, columns: n, using: &rng)
                    var out = b.elements
                    S.blasTrmm(
                        .rowMajor, side, triangle, trans, .nonUnit, Int32(m), Int32(n), 2,
                        a.elements, Int32(order), &out, Int32(n))
                    let opA = Naive.op(a, trans)
                    let product = side == .left ? Naive.product(opA, b) : Naive.product(b, opA)
                    #expect(
                        close(Matrix(rows: m, columns: n, elements: out), 2 * product),
                        "trmm \(side) \(triangle) \(trans)")
                }
            }
        }
    }

    @Test func trmmFloat() { checkTrmm(Float.self) }
    @Test func trmmDouble() { checkTrmm(Double.self) }

    func checkTrtriAndLauum<S: BLASScalar>(_: S.Type) {
        var rng = Xoshiro256StarStar(seed: 33)
        let n = 23
        for order in [StorageOrder.rowMajor, .columnMajor] {
            for triangle in [Triangle.lower, .upper] {
                let t: Matrix<S> = triangular(n, triangle, using: &rng)
                // Column-major, t is stored as the row-major elements of tᵀ; LAPACK still sees t and its triangle.
                let stored = order == .rowMajor ? t : Naive.transpose(t)
                var inverse = stored.elements
                #expect(S.lapackTrtri(order, triangle, .nonUnit, Int32(n), &inverse, Int32(n)) == 0)
                let tInverse =
                    order == .rowMajor
                    ? Matrix(rows: n, columns: n, elements: inverse)
                    : Naive.transpose(Matrix(rows: n, columns: n, elements: inverse))
                #expect(close(Naive.product(t, tInverse), Matrix.identity(n)), "trtri \(order) \(triangle)")

                var gram = stored.elements
                #expect(S.lapackLauum(order, triangle, Int32(n), &gram, Int32(n)) == 0)
                let result =
                    order == .rowMajor
                    ? Matrix(rows: n, columns: n, elements: gram)
                    : Naive.transpose(Matrix(rows: n, columns: n, elements: gram))
                // lauum: Lᵀ·L for a lower L, U·Uᵀ for an upper U, into the same triangle.
                let expected =
                    triangle == .lower
                    ? Naive.product(Naive.transpose(t), t)
                    : Naive.product(t, Naive.transpose(t))
                func keep(_ m: Matrix<S>) -> Matrix<S> {
                    triangle == .lower ? Naive.lowerTriangle(m) : Naive.upperTriangle(m)
                }
                #expect(close(keep(result), keep(expected)), "lauum \(order) \(triangle)")
            }
        }
    }

    @Test func trtriAndLauumFloat() { checkTrtriAndLauum(Float.self) }
    @Test func trtriAndLauumDouble() { checkTrtriAndLauum(Double.self) }

    @Test func trtriReportsAZeroDiagonal() {
        var t: [Double] = [1, 0, 0, 5, 0, 0, 2, 3, 4]  // lower, T(1, 1) = 0
        #expect(Double.lapackTrtri(.rowMajor, .lower, .nonUnit, 3, &t, 3) == 2)
    }

    @Test func checkingPotrfFactorsLikePotrfAndRejectsNaN() {
        var rng = Xoshiro256StarStar(seed: 34)
        let a = Matrix<Double>.randomSPD(12, using: &rng)
        var plain = a.elements
        var checked = a.elements
        #expect(Double.lapackPotrf(.columnMajor, .lower, 12, &plain, 12) == 0)
        #expect(Double.lapackPotrfCheckingInput(.columnMajor, .lower, 12, &checked, 12) == 0)
        #expect(plain == checked)
        var bad = a.elements
        bad[5 * 12 + 7] = .nan  // column-major lower triangle: row 7, column 5
        #expect(Double.lapackPotrfCheckingInput(.columnMajor, .lower, 12, &bad, 12) == -4)  // argument 4 is a
    }

    @Test func eigenvaluesAloneMatchThoseWithVectors() throws {
        var rng = Xoshiro256StarStar(seed: 35)
        let a = Matrix<Double>.randomSPD(10, using: &rng)
        var values = [Double](repeating: 0, count: 10)
        var storage = a.elements
        #expect(Double.lapackSyevd(.rowMajor, .valuesOnly, .lower, 10, &storage, 10, &values) == 0)
        #expect(approxEqual(values, try SymmetricEigendecomposition(a).eigenvalues, tol: 1e-10))
    }
}

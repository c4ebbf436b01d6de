import Foundation
import LinearAlgebra
import Randomness
import Testing

@Suite struct MatrixTests {
    @Test func initializersAndSubscripts() {
        let m = Matrix<Double>([[1, 2, 3], [4, 5, 6]])
        #expect(m.rows == 2 && m.columns == 3)
        #expect(m[1, 2] == 6 && m[0, 1] == 2)
        #expect(m.elements == [1, 2, 3, 4, 5, 6])
        #expect(Matrix<Float>(rows: 2, columns: 2, repeating: 7).elements == [7, 7, 7, 7])
        #expect(Matrix<Double>.identity(3).elements == [1, 0, 0, 0, 1, 0, 0, 0, 1])
        #expect(Matrix<Double>(rows: 0, columns: 5).elements.isEmpty)
        var n = m
        n[0, 0] = 10
        #expect(m[0, 0] == 1, "value semantics: the copy changed, not the original")
    }

    @Test func rowsColumnsAndTranspose() {
        var m = Matrix<Float>([[1, 2, 3], [4, 5, 6]])
        #expect(m.row(1) == [4, 5, 6] && m.column(2) == [3, 6])
        #expect(m.transposed == Matrix([[1, 4], [2, 5], [3, 6]]))
        m.setRow(0, to: [7, 8, 9])
        m.setColumn(1, to: [0, 0])
        #expect(m == Matrix([[7, 0, 9], [4, 0, 6]]))
        #expect(m.rows(at: [1, 1, 0]) == Matrix([[4, 0, 6], [4, 0, 6], [7, 0, 9]]))
        var rng = Xoshiro256StarStar(seed: 3)
        let big = Matrix<Double>.random(rows: 67, columns: 45, using: &rng)
        #expect(big.transposed.transposed == big)
        #expect(big.transposed[44, 66] == big[66, 44])
    }

    @Test func elementwiseArithmetic() {
        let a = Matrix<Double>([[1, 2], [3, 4]])
        let b = Matrix<Double>([[5, 6], [7, 8]])
        #expect(a + b == Matrix([[6, 8], [10, 12]]))
        #expect(b - a == Matrix([[4, 4], [4, 4]]))
        #expect(a.hadamard(b) == Matrix([[5, 12], [21, 32]]))
        #expect(b ./ a == Matrix([[5, 3], [7.0 / 3, 2]]))
        #expect(2 * a == Matrix([[2, 4], [6, 8]]) && a * 2 == 2 * a && a / 2 == Matrix([[0.5, 1], [1.5, 2]]))
        #expect(-a == Matrix([[-1, -2], [-3, -4]]))
        var c = a
        c += b
        c -= a
        c *= 3
        #expect(c == 3 * b)
        #expect(a.sum == 10 && a.trace == 5)
        #expect(abs(a.frobeniusNorm - 30.0.squareRoot()) < 1e-12)
    }

    @Test func approximateEquality() {
        let a = Matrix<Double>([[1, 2]])
        #expect(a.isApproximatelyEqual(to: Matrix([[1 + 1e-12, 2]])))
        #expect(!a.isApproximatelyEqual(to: Matrix([[1.1, 2]])))
        #expect(!a.isApproximatelyEqual(to: Matrix([[1, 2, 3]])))
        #expect(!a.isApproximatelyEqual(to: Matrix([[.nan, 2]])))
        #expect(a.isApproximatelyEqual(to: Matrix([[1.05, 2]]), absoluteTolerance: 0.1))
    }

    @Test func seededRandomIsReproducible() {
        var r1 = Xoshiro256StarStar(seed: 42)
        var r2 = Xoshiro256StarStar(seed: 42)
        var r3 = Xoshiro256StarStar(seed: 43)
        let a = Matrix<Float>.random(rows: 4, columns: 5, using: &r1)
        #expect(a == Matrix<Float>.random(rows: 4, columns: 5, using: &r2))
        #expect(a != Matrix<Float>.random(rows: 4, columns: 5, using: &r3))
        #expect(a.elements.allSatisfy { (-1...1).contains($0) })
        var r4 = Xoshiro256StarStar(seed: 7)
        let normal = Matrix<Double>.randomNormal(rows: 200, columns: 50, mean: 2, standardDeviation: 3, using: &r4)
        let mean = normal.sum / 10_000
        let variance = normal.elements.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 9_999
        #expect(abs(mean - 2) < 0.1 && abs(variance.squareRoot() - 3) < 0.1)
    }

    @Test func codableRoundTripAndValidation() throws {
        let m = Matrix<Double>([[1, 2], [3, 4]])
        let data = try JSONEncoder().encode(m)
        #expect(try JSONDecoder().decode(Matrix<Double>.self, from: data) == m)
        let bad = #"{"rows":2,"columns":2,"elements":[1,2,3]}"#.data(using: .utf8)!
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Matrix<Double>.self, from: bad) }
    }
}

import LinearAlgebra
import Randomness
import Testing

/// `firstNonFiniteIndex` against the plain definition, on generated matrices: every shape up to 9×9 (the scan's
/// four-way unrolled body and its tail), NaN, ±∞ and signalling NaN at random positions, and finite extremes
/// (±greatestFiniteMagnitude, subnormals, −0) that must not count.
@Suite struct MatrixFiniteTests {
    static func reference<S: BLASScalar>(_ m: Matrix<S>) -> Int? { m.elements.firstIndex { !$0.isFinite } }

    @Test func firstNonFiniteIndexMatchesTheDefinition() {
        var rng = Xoshiro256StarStar(seed: 41)
        let poison: [Double] = [.nan, .infinity, -.infinity, .signalingNaN]
        let extremes: [Double] = [.greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude, -0.0]
        var withPoison = 0
        for rows in 0...9 {
            for columns in 0...9 {
                for _ in 0..<6 {
                    var elements = (0..<rows * columns).map { _ in
                        Bool.random(using: &rng)
                            ? extremes.randomElement(using: &rng)! : Double.random(in: -1e6...1e6, using: &rng)
                    }
                    if !elements.isEmpty && Bool.random(using: &rng) {
                        for _ in 0..<Int.random(in: 1...2, using: &rng) {
                            elements[Int.random(in: 0..<elements.count, using: &rng)] =
                                poison.randomElement(using: &rng)!
                        }
                        withPoison += 1
                    }
                    let m = Matrix(rows: rows, columns: columns, elements: elements)
                    #expect(m.firstNonFiniteIndex == Self.reference(m), "\(rows)×\(columns): \(elements)")
                    let f = Matrix(rows: rows, columns: columns, elements: elements.map { Float($0) })
                    #expect(f.firstNonFiniteIndex == Self.reference(f), "Float \(rows)×\(columns)")
                }
            }
        }
        #expect(withPoison > 100, "the generator placed NaN or ∞ in \(withPoison) matrices")
    }

    @Test func aNonFiniteLastElementOfALargeMatrixIsFound() {
        var m = Matrix<Double>(rows: 301, columns: 301, repeating: 1)
        #expect(m.firstNonFiniteIndex == nil)
        m[300, 300] = -.infinity
        m[300, 299] = .nan
        #expect(m.firstNonFiniteIndex == 301 * 301 - 2)
    }
}
